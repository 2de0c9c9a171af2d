"""Inspection findings by theme: for each theme, the paragraphs that speak of it and
what the inspectors asked the council to do about it, always with paragraph numbers.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from briefing_app.domain.packs.content import PackContent, SectionKey
from briefing_app.domain.packs.sections import ThemeFindings
from briefing_app.domain.wording import plural
from briefing_app.packs.bookmarks import section_key
from briefing_app.packs.charts import chart_flowables
from briefing_app.packs.layout import Kit
from briefing_app.packs.paragraphs import ContentsEntry, esc
from briefing_app.packs.styles import FRAME_WIDTH

PARAGRAPH_COLUMN = 25 * mm
KEEP_WITH_HEADING = 55 * mm


def _theme(theme: ThemeFindings, kit: Kit) -> list[Flowable]:
    styles = kit.styles
    count = len(theme.findings)
    items: list[Flowable] = [
        # A theme's heading never sits alone at the foot of a page.
        CondPageBreak(KEEP_WITH_HEADING),
        kit.heading(theme.label, key=_theme_key(theme), level=1),
        kit.para(
            f"{theme.description} {plural(count, 'paragraph')} of the report speak about this.",
            styles.small,
        ),
        kit.table(
            ["Paragraph", "What the report says (its first sentence)"],
            [[kit.number(str(f.paragraph)), f.excerpt] for f in theme.findings],
            [PARAGRAPH_COLUMN, FRAME_WIDTH - PARAGRAPH_COLUMN],
        ),
    ]
    if theme.recommendations:
        items.append(kit.subheading("What the inspectors asked for", 3))
        items += kit.bullets(
            [
                f"<b>{r.reference}{' (priority)' if r.priority else ''}:</b> {esc(r.text)}"
                for r in theme.recommendations
            ]
        )
    return items


def contents_entries(content: PackContent) -> list[ContentsEntry]:
    themes = content.findings.themes if content.findings else ()
    return [
        ContentsEntry(0, SectionKey.FINDINGS.title, section_key(SectionKey.FINDINGS)),
        *(ContentsEntry(1, theme.label, _theme_key(theme)) for theme in themes),
    ]


def _theme_key(theme: ThemeFindings) -> str:
    return f"theme-{theme.key}"


def render(content: PackContent, kit: Kit) -> list[Flowable]:
    findings = content.findings
    if findings is None:
        return []
    items: list[Flowable] = [
        kit.heading(SectionKey.FINDINGS.title, key=section_key(SectionKey.FINDINGS)),
        kit.para(
            "Each theme below lists the paragraphs of the inspection report that speak about "
            "it, with the first sentence of each in the inspectors' own words. The numbers "
            "are the report's own paragraph numbers: read the whole paragraph in the app or "
            "the report before relying on it.",
        ),
        kit.source(findings.source),
    ]
    if findings.chart is not None:
        items += chart_flowables(
            findings.chart.chart, kit, FRAME_WIDTH, source=findings.chart.source
        )
    for theme in findings.themes:
        items += _theme(theme, kit)
    return items
