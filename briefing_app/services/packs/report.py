"""What a pack says about an inspection report: at a glance, findings by theme, sources.

Plain functions from an ``InspectionReport`` to the pack's content objects. Each figure
they state carries the paragraphs it comes from.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from briefing_app.domain.charts import count_chart
from briefing_app.domain.dates import long_date, month_year
from briefing_app.domain.packs.content import (
    SectionKey,
    grade_verdict,
)
from briefing_app.domain.packs.sections import (
    ChartBlock,
    FindingExcerpt,
    FindingsContent,
    GlanceContent,
    JudgementLine,
    RecommendationLine,
    SourceEntry,
    SourcesContent,
    Statement,
    ThemeFindings,
)
from briefing_app.domain.reports import InspectionReport, Part, Recommendation
from briefing_app.domain.themes import THEMES, themes_for
from briefing_app.domain.wording import first_sentence, paragraph_ranges

TOP_THEMES = 3


def cite(report: InspectionReport) -> str:
    """A short reference; the full one is in the Sources and caveats section."""
    if report.published:
        return f"Ofsted report, published {long_date(report.published)}"
    return f"Ofsted report on the inspection ending {long_date(report.inspection_end)}"


def glance(report: InspectionReport) -> GlanceContent:
    """The grades and the report's headline points. Other areas add points of their own."""
    citation = cite(report)
    overall = report.overall
    verdict = f" Overall, the inspectors {grade_verdict(overall.grade)}." if overall else ""
    introduction = Statement(
        f"Ofsted inspected {report.authority}'s services for children from "
        f"{long_date(report.inspection_start)} to {long_date(report.inspection_end)}."
        f"{verdict}",
        f"{citation}: the judgements on its first page.",
    )
    return GlanceContent(
        introduction=introduction,
        judgements=tuple(JudgementLine(j.title, j.grade) for j in report.judgements),
        judgements_source=f"{citation}, its first page.",
        points=tuple(report_points(report)),
    )


def report_points(report: InspectionReport) -> Iterable[Statement]:
    """Recommendations, strengths, the themes most spoken of, and what it says of governance."""
    citation = cite(report)
    recommendations = report.recommendations
    if recommendations:
        council = sum(1 for r in recommendations if r.part is Part.LOCAL_AUTHORITY)
        board = len(recommendations) - council
        priority = sum(1 for r in recommendations if r.priority)
        split = (
            f": {council} to the council and {board} to the Local Safeguarding Children "
            "Board (LSCB)"
            if board
            else ""
        )
        yield Statement(
            f"The inspectors made {len(recommendations)} recommendations{split}. "
            f"{priority} of them call for priority and immediate action.",
            f"{citation}, {_recommendation_places(recommendations)}.",
        )
    if report.strengths:
        yield Statement(
            f"The report lists {len(report.strengths)} strengths.",
            f"{citation}, {paragraph_ranges(s.paragraph for s in report.strengths)}.",
        )
    counts = sorted(
        ((sum(1 for f in report.findings if t.key in f.themes), t.label) for t in THEMES),
        key=lambda pair: -pair[0],
    )
    top = [(n, label) for n, label in counts[:TOP_THEMES] if n]
    if top:
        named = [f"{label.lower()} ({n} paragraphs)" for n, label in top]
        listed = ", ".join(named[:-1]) + f" and {named[-1]}" if len(named) > 1 else named[0]
        yield Statement(
            f"The themes the report speaks about most are {listed}.",
            f"The app's theme tags on the {len(report.findings)} numbered paragraphs of the "
            f"{citation}; see Inspection findings by theme.",
        )
    governance = [f.paragraph for f in report.findings if "corporate-parenting" in f.themes]
    if governance:
        yield Statement(
            f"{len(governance)} paragraphs speak about how councillors and senior leaders "
            "oversee and challenge children's services.",
            f"{citation}, {paragraph_ranges(governance)}.",
        )


def findings_by_theme(report: InspectionReport) -> FindingsContent:
    """Every theme the report speaks of, most spoken of first, with its paragraphs' openings."""
    themes: list[ThemeFindings] = []
    # Each recommendation's themes, found once rather than once for every theme.
    spoken_of = [(r, themes_for(r.text)) for r in report.recommendations]
    for theme in THEMES:
        findings = [f for f in report.findings if theme.key in f.themes]
        if not findings:
            continue
        themes.append(
            ThemeFindings(
                key=theme.key,
                label=theme.label,
                description=theme.description,
                findings=tuple(
                    FindingExcerpt(f.paragraph, first_sentence(f.text)) for f in findings
                ),
                recommendations=tuple(
                    RecommendationLine(r.reference, r.text, r.priority)
                    for r, keys in spoken_of
                    if theme.key in keys
                ),
            )
        )
    themes.sort(key=lambda t: -len(t.findings))
    citation = cite(report)
    chart = count_chart(
        "How many paragraphs of the report speak about each theme",
        [(t.label, len(t.findings)) for t in themes],
        counted="paragraphs",
        notes=("A paragraph can speak about more than one theme.",),
    )
    block = (
        ChartBlock(
            chart,
            f"the app's theme tags on the {len(report.findings)} numbered paragraphs of the "
            f"{citation}.",
        )
        if chart is not None
        else None
    )
    return FindingsContent(
        source=f"{citation}. Paragraph numbers are the report's own.",
        themes=tuple(themes),
        chart=block,
    )


def sources(
    report: InspectionReport | None,
    sections: tuple[SectionKey, ...],
    created: date,
    more: Iterable[tuple[SourceEntry, str]] = (),
) -> SourcesContent:
    """The report in full (when the council has one), the app's own additions, and how
    far to trust them.

    ``more`` adds other sections' sources, each with a caveat (or "" for none).
    """
    sources: list[SourceEntry] = []
    caveats: list[str] = []
    if report is not None:
        published = f"; published {long_date(report.published)}" if report.published else ""
        sources.append(
            SourceEntry(
                "Ofsted inspection report",
                f"{report.title or 'Inspection report'}, {report.authority}. Inspected from "
                f"{long_date(report.inspection_start)} to {long_date(report.inspection_end)}"
                f"{published}. {report.framework.description}. © Crown copyright. The "
                "report's words are quoted without change, and its paragraph numbers are "
                "used throughout this pack.",
            )
        )
        caveats.append(
            f"The inspection took place in {month_year(report.inspection_end)}. Services "
            "may have changed since: ask officers what is different now."
        )
    if SectionKey.FINDINGS in sections:
        sources.append(
            SourceEntry(
                "Themes",
                "The app tags each paragraph of the report with every theme whose words "
                "it uses (for example 'foster' or 'placement' for homes and placement "
                "stability). The tags are the app's, not Ofsted's.",
            )
        )
        caveats.append(
            "A paragraph can sit under more than one theme, and now and then under a "
            "theme it mentions only in passing. The first sentence of a paragraph is not "
            "the whole of it."
        )
    for entry, caveat in more:
        sources.append(entry)
        if caveat:
            caveats.append(caveat)
    if SectionKey.GLOSSARY in sections:
        sources.append(
            SourceEntry(
                "Glossary", "Plain-English meanings written for this app (data/glossary.csv)."
            )
        )
    caveats.append(
        f"This pack was made on {long_date(created)} from the information held in the app "
        "on that day."
    )
    return SourcesContent(sources=tuple(sources), caveats=tuple(caveats))


def _recommendation_places(recommendations: Sequence[Recommendation]) -> str:
    """Where the recommendations are: paragraph ranges, or the list they sit in (ILACS)."""
    numbers = [r.paragraph for r in recommendations if r.paragraph is not None]
    if numbers:
        return paragraph_ranges(numbers)
    return "the list under what needs to improve"
