"""A meeting's record: each question put, where it got to, the answer and the actions
agreed. It is printed from the same ``MeetingRecord`` the CSV export writes."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from briefing_app.domain.dates import long_date
from briefing_app.domain.meeting_record import MeetingRecord, RecordEntry
from briefing_app.domain.packs.content import PackContent, SectionKey
from briefing_app.domain.scrutiny import format_paragraph_list
from briefing_app.packs.bookmarks import section_key
from briefing_app.packs.layout import Kit
from briefing_app.packs.styles import FRAME_WIDTH
from briefing_app.packs.tables import Cell

LABEL = 36 * mm
KEEP_WITH_HEADING = 50 * mm


def _entry(record: MeetingRecord, entry: RecordEntry, kit: Kit) -> list[Flowable]:
    styles = kit.styles
    code = f" ({entry.code})" if entry.code else ""
    answer = record.answer_text(entry) or "No answer was noted."
    if entry.answer_private and record.include_private and entry.answer.strip():
        answer += " (private note)"
    rows: list[list[Cell]] = [
        ["Outcome", entry.status.text],
        ["Rests on paragraphs", format_paragraph_list(entry.paragraphs) or "None given"],
        ["Answer", answer],
    ]
    items: list[Flowable] = [
        CondPageBreak(KEEP_WITH_HEADING),
        kit.subheading(f"Question {entry.number}{code}", 2),
        kit.para(entry.question, styles.question),
        kit.table([], rows, [LABEL, FRAME_WIDTH - LABEL], row_headers=True),
    ]
    if entry.actions:
        items += [
            kit.subheading("Actions agreed", 3),
            kit.table(
                ["Who", "What", "Due", "Where it stands"],
                [
                    [
                        a.owner,
                        a.description,
                        long_date(a.due),
                        a.state(record.made_on).text
                        + (f": {a.closing_note}" if a.closing_note else ""),
                    ]
                    for a in entry.actions
                ],
                [34 * mm, FRAME_WIDTH - 100 * mm, 28 * mm, 38 * mm],
            ),
        ]
    return items


def render(content: PackContent, kit: Kit) -> list[Flowable]:
    record = content.record
    if record is None:
        return []
    styles = kit.styles
    items: list[Flowable] = [
        kit.heading(SectionKey.RECORD.title, key=section_key(SectionKey.RECORD)),
        kit.para(record.summary, styles.lead),
    ]
    if not record.include_private:
        items.append(
            kit.para(
                "Answers marked private are left out of this record; where one was noted, "
                "the record says so.",
                styles.small,
            )
        )
    if not record.entries:
        items.append(kit.para("No questions were chosen for this meeting."))
    for entry in record.entries:
        items += _entry(record, entry, kit)
    items.append(
        kit.source(
            f"the app's record of the meeting, made on {long_date(record.made_on)}. "
            "Where an action stands is as on that day."
        )
    )
    return items
