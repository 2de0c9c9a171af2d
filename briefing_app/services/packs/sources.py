"""The parts of a pack's sources and caveats that come from outside the report, and the
at-a-glance sentence on training."""

from __future__ import annotations

from datetime import date

from briefing_app.domain.dates import long_date
from briefing_app.domain.packs.content import PackAudience, PackContent, SectionKey
from briefing_app.domain.packs.sections import SourceEntry, Statement
from briefing_app.domain.training.summary import TrainingSummary
from briefing_app.services.packs.meetings import RECORDS_SOURCE


def training_statements(summary: TrainingSummary | None, created: date) -> tuple[Statement, ...]:
    if summary is None:
        return ()
    text = summary.headline
    if summary.includes_demo:
        text += " These records include made-up demonstration members."
    return (Statement(text, f"The app's training records, on {long_date(created)}."),)


def more_sources(
    content: PackContent,
    training: TrainingSummary | None,
    release: str = "",
    report_held: bool = True,
) -> list[tuple[SourceEntry, str]]:
    """Sources and caveats for the figures, meetings and training the pack shows.
    ``release`` says where the published figures come from, every publication once (each
    section's own words are used without it); the report's figures are described only
    when a report is held."""
    sections = content.sections
    found: list[tuple[SourceEntry, str]] = []
    published = [
        o.published
        for o in (content.children_in_care, content.care_leavers)
        if o is not None and o.published is not None
    ]
    if published:
        found.append(
            (
                SourceEntry(
                    "Figures published by the Department for Education (DfE)",
                    release or " ".join(dict.fromkeys(p.release for p in published)),
                ),
                "A figure is compared only with figures for the same year. The average of "
                "the statistical neighbours is worked out by the app from the figures the "
                "DfE published for them; it says how many had one. Where the DfE kept a "
                "figure back to protect children's privacy, it is marked “c”, never "
                "counted as 0.",
            )
        )
    reported = any(
        o.rows or o.summaries for o in (content.children_in_care, content.care_leavers) if o
    )
    # Without a report, the summaries are the app's, from the published figures; figures
    # an officer added from the council's records are still described.
    added = any(o.rows for o in (content.children_in_care, content.care_leavers) if o)
    if (
        (report_held or added)
        and (reported or SectionKey.AT_A_GLANCE in sections)
        and {
            SectionKey.CHILDREN_IN_CARE,
            SectionKey.CARE_LEAVERS,
            SectionKey.AT_A_GLANCE,
        }
        & set(sections)
    ):
        found.append(
            (
                SourceEntry(
                    "Figures quoted in the inspection report",
                    "Figures quoted from the Ofsted report give their paragraph or section; "
                    "their comparisons with England and similar councils are the ones the "
                    "report gives, for the same period. Figures officers have added or "
                    "corrected from the council's own records say so in their note.",
                ),
                "A figure counts as the council's own (unpublished) data unless it is quoted "
                "from the published inspection report as the app first loaded it. Figures "
                "an officer imported, typed or corrected are the council's own, even when "
                "they cite a paragraph of the report.",
            )
        )
    if {SectionKey.QUESTIONS, SectionKey.ACTIONS} & set(sections):
        caveat = (
            "Answers marked private and the names of action owners are printed in the "
            "members' pack only."
            if content.audience is PackAudience.PUBLIC
            else "Answers marked private are printed here: keep this pack safe."
        )
        found.append(
            (
                SourceEntry(
                    "Meetings, answers and actions",
                    f"{RECORDS_SOURCE}, as officers recorded them during and after each meeting.",
                ),
                caveat,
            )
        )
    if training is not None and {SectionKey.TRAINING, SectionKey.AT_A_GLANCE} & set(sections):
        caveat = (
            "The training records include made-up demonstration members: remove them on "
            "the Training page before relying on these figures."
            if training.includes_demo
            else ""
        )
        found.append(
            (
                SourceEntry(
                    "Training records",
                    "The app's record of the training each councillor has done, kept by "
                    "officers from attendance registers. Whether training is in date is "
                    f"worked out for {long_date(training.as_at)}.",
                ),
                caveat,
            )
        )
    return found
