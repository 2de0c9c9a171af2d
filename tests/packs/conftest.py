"""A pack's content made by hand, so the renderer can be tested without a database."""

from __future__ import annotations

from datetime import date

from briefing_app.domain.glossary import GlossaryTerm
from briefing_app.domain.pack_charts import ChartDefinition, ChartKind, Series
from briefing_app.domain.packs import (
    Audience,
    CoverContent,
    FindingExcerpt,
    FindingsContent,
    GlanceContent,
    JudgementLine,
    PackContent,
    RecommendationLine,
    SectionKey,
    SourceEntry,
    SourcesContent,
    Statement,
    ThemeFindings,
)
from briefing_app.domain.reports import Grade

ALL_SECTIONS = (
    SectionKey.COVER,
    SectionKey.CONTENTS,
    SectionKey.AT_A_GLANCE,
    SectionKey.FINDINGS,
    SectionKey.GLOSSARY,
    SectionKey.SOURCES,
)


def theme(key: str, label: str, paragraphs: range) -> ThemeFindings:
    return ThemeFindings(
        key=key,
        label=label,
        description=f"What {label.lower()} is about.",
        findings=tuple(
            FindingExcerpt(n, f"Finding {n} says something about {label.lower()}.")
            for n in paragraphs
        ),
        recommendations=(
            RecommendationLine(f"Paragraph {paragraphs[0]}", f"Improve {label.lower()}.", True),
        ),
    )


def sample_content(
    *,
    audience: Audience = Audience.MEMBERS,
    sections: tuple[SectionKey, ...] = ALL_SECTIONS,
    themes: tuple[ThemeFindings, ...] | None = None,
    chart: ChartDefinition | None = None,
    points: tuple[Statement, ...] = (),
) -> PackContent:
    themes = themes or (
        theme("health", "Health", range(60, 64)),
        theme("education", "Education", range(70, 73)),
    )
    return PackContent(
        audience=audience,
        pack_date=date(2024, 6, 12),
        created=date(2024, 6, 1),
        sections=sections,
        cover=CoverContent(
            title="Briefing pack",
            authority="Wójcik Borough Council",
            committee="Zoë's Corporate Parenting Board",
            covering_note="Łukasz Nowak will present item 4.",
        ),
        glance=GlanceContent(
            introduction=Statement(
                "Ofsted judged services to require improvement.", "Ofsted report, first page."
            ),
            judgements=(
                JudgementLine("Overall effectiveness", Grade.REQUIRES_IMPROVEMENT),
                JudgementLine("Adoption performance", Grade.GOOD),
                JudgementLine("Care leavers", Grade.INADEQUATE),
                JudgementLine("Leadership", Grade.OUTSTANDING),
            ),
            judgements_source="Ofsted report, first page.",
            points=points or (Statement("There were 318 children in care.", "Data return."),),
        ),
        findings=FindingsContent(
            source="Ofsted report.",
            themes=themes,
            chart=chart
            or ChartDefinition(
                "Paragraphs by theme",
                ChartKind.BAR,
                tuple(t.label for t in themes),
                (Series("Paragraphs", tuple(float(len(t.findings)) for t in themes)),),
                unit="paragraphs",
                horizontal=True,
                source="the app's theme tags.",
            ),
        ),
        glossary=(
            GlossaryTerm("ŁZW", "Łukasz Zoë Wójcik panel", "A made-up panel named for testing."),
            GlossaryTerm("PEP", "Personal education plan", "The school plan every child has."),
        ),
        sources=SourcesContent(
            sources=(SourceEntry("Ofsted inspection report", "Published 1 September 2014."),),
            caveats=("Services may have changed since.",),
        ),
    )
