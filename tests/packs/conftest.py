"""A pack's content made by hand, so the renderer can be tested without a database."""

from __future__ import annotations

from datetime import date

from briefing_app.domain.charts import Chart, comparison_chart, count_chart, trend_chart
from briefing_app.domain.glossary import GlossaryTerm
from briefing_app.domain.meeting_record import MeetingRecord, RecordEntry
from briefing_app.domain.meetings import Action, ItemStatus, Meeting
from briefing_app.domain.outcomes import (
    Comparator,
    ComparatorKind,
    Indicator,
    Observation,
    Rating,
    Source,
    Trend,
)
from briefing_app.domain.packs.content import PackAudience, PackContent, SectionKey
from briefing_app.domain.packs.sections import (
    ActionLine,
    ActionsContent,
    ChartBlock,
    CoverContent,
    EarlierAnswer,
    FigureRow,
    FindingExcerpt,
    FindingsContent,
    GlanceContent,
    JudgementLine,
    MyNotesContent,
    NoteLine,
    OutcomesContent,
    QuestionEntry,
    QuestionsContent,
    RecommendationLine,
    SourceEntry,
    SourcesContent,
    Statement,
    SummaryContent,
    ThemeFindings,
)
from briefing_app.domain.reports import Grade
from briefing_app.domain.training.summary import (
    CommitteeFigures,
    MemberLine,
    ModuleFigures,
    NamedNeed,
    TrainingSummary,
)
from tests.support.indicators import definition

ALL_SECTIONS = tuple(key for key in SectionKey if not key.printed_on_its_own)

NEET = definition(statement="{value} of care leavers were not in education, work or training")
NEET_FIGURES = Indicator(
    NEET,
    (
        Observation(
            date(2013, 7, 1),
            "July 2013",
            40.0,
            comparators=(Comparator(ComparatorKind.ENGLAND, 35.0),),
            source=Source(paragraphs=(104,)),
        ),
        Observation(
            date(2014, 7, 1),
            "July 2014",
            48.1,
            comparators=(Comparator(ComparatorKind.ENGLAND, 34.0),),
            source=Source(paragraphs=(104,)),
        ),
    ),
)


def neet_charts() -> tuple[Chart, Chart]:
    comparison = comparison_chart(NEET_FIGURES, "Wójcik")
    trend = trend_chart(NEET_FIGURES, "Wójcik")
    assert comparison is not None
    assert trend is not None
    return comparison, trend


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


def outcomes(title: str, *, suppressed: bool = False) -> OutcomesContent:
    comparison, trend = neet_charts()
    return OutcomesContent(
        title=title,
        introduction=f"How {title.lower()} are doing.",
        summaries=(
            SummaryContent(
                "Education and work",
                (
                    Statement(
                        "Nearly half of care leavers were not in work or training.",
                        "paragraph 104; figure: Not in education, work or training",
                    ),
                    Statement(
                        "[c] went to university." if suppressed else "3 went to university.",
                        "figure: At university",
                        suppressed,
                    ),
                ),
            ),
        ),
        rows=(
            FigureRow(
                topic="Education and work",
                label="Not in education, work or training",
                figure="48.1%",
                period="July 2014",
                status="✗ Worse than England",
                status_colours=Rating.WORSE.colours,
                trend="▲ Up from 40% (getting worse)",
                trend_colours=Trend.WORSENING.colours,
                source="Ofsted report: paragraph 104.",
            ),
            FigureRow(
                topic="Education and work",
                label="At university",
                figure="[c]" if suppressed else "3",
                period="July 2014",
                status="– No comparison",
                status_colours=Rating.NOT_RATED.colours,
                trend="No earlier figure",
                trend_colours=Trend.NO_TREND.colours,
                source="Council records (imported from leavers.csv).",
                suppressed=suppressed,
            ),
        ),
        charts=(
            ChartBlock(comparison, "Ofsted report: paragraph 104."),
            ChartBlock(trend, "Ofsted report: paragraph 104."),
        ),
    )


ACTIONS = (
    ActionLine(
        owner="Łukasz Wójcik",
        description="Bring the housing plan to the board.",
        due=date(2024, 5, 1),
        state="⚠ Overdue",
        when="42 days overdue",
        overdue=True,
        raised_at="Corporate Parenting Board, 1 March 2024",
        question="POR14-07",
    ),
    ActionLine(
        owner="Director of Children's Services",
        description="Circulate the PEP audit.",
        due=date(2024, 7, 1),
        state="○ Open",
        when="due in 19 days",
        overdue=False,
        raised_at="Corporate Parenting Board, 1 March 2024",
    ),
)


def questions() -> QuestionsContent:
    return QuestionsContent(
        meeting="Zoë's Corporate Parenting Board, 12 June 2024: Summer board",
        source="Ofsted report. Paragraph numbers are the report's own.",
        entries=(
            QuestionEntry(
                number=1,
                code="POR14-07",
                text="How many care leavers are in education, work or training?",
                why="Nearly half were not (paragraph 104).",
                theme="Care leavers",
                paragraphs=(FindingExcerpt(104, "Too many care leavers are not in work."),),
                figures=(
                    Statement(
                        "Not in education, work or training: 48.1%, July 2014.",
                        "Ofsted report: paragraph 104.",
                    ),
                ),
                earlier=(
                    EarlierAnswer(
                        "Corporate Parenting Board, 1 March 2024",
                        "Answered",
                        "A plan is coming in May.",
                    ),
                ),
                open_actions=(ACTIONS[0],),
            ),
        ),
    )


def training(*, names: bool = True) -> TrainingSummary:
    return TrainingSummary(
        as_at=date(2024, 6, 1),
        due_soon_days=60,
        names_included=names,
        headline="On 1 June 2024, 1 of the 2 councillors were fully in date.",
        committees=(CommitteeFigures("Corporate Parenting Board", 2, 1, "1 of 2 board members"),),
        modules=(ModuleFigures("Corporate parenting refresher", "Every 12 months", 2, 1, 0, 1, 0),),
        needs=(
            NamedNeed(
                "Zoë Hartley",
                "Corporate parenting refresher",
                "Overdue",
                date(2024, 3, 1),
                "Last done 1 March 2023.",
                "✗",
            ),
        )
        if names
        else (),
        includes_demo=True,
        members=(
            MemberLine("Łukasz Wójcik", ("Corporate Parenting Board",), True, ()),
            MemberLine(
                "Zoë Hartley",
                ("Corporate Parenting Board",),
                False,
                ("Corporate parenting refresher (✗ Overdue)",),
            ),
        )
        if names
        else (),
    )


def record(*, include_private: bool) -> MeetingRecord:
    meeting = Meeting(7, "Zoë's Corporate Parenting Board", date(2024, 3, 1), "Spring board")
    return MeetingRecord(
        meeting=meeting,
        entries=(
            RecordEntry(
                number=1,
                code="POR14-07",
                question="How many care leavers are in education, work or training?",
                paragraphs=(104,),
                status=ItemStatus.ANSWERED,
                answer="Private-answer-3c1: Łukasz Wójcik's family matter",
                answer_private=True,
                actions=(
                    Action(
                        1,
                        7,
                        3,
                        "Łukasz Wójcik",
                        "Bring the housing plan to the board.",
                        date(2024, 5, 1),
                        date(2024, 3, 1),
                    ),
                ),
            ),
        ),
        made_on=date(2024, 6, 12),
        include_private=include_private,
    )


def sample_content(
    *,
    audience: PackAudience = PackAudience.MEMBERS,
    sections: tuple[SectionKey, ...] = ALL_SECTIONS,
    themes: tuple[ThemeFindings, ...] | None = None,
    chart: Chart | None = None,
    points: tuple[Statement, ...] = (),
) -> PackContent:
    themes = themes or (
        theme("health", "Health", range(60, 64)),
        theme("education", "Education", range(70, 73)),
    )
    findings_chart = chart or count_chart(
        "Paragraphs by theme",
        [(t.label, len(t.findings)) for t in themes],
        counted="paragraphs",
    )
    assert findings_chart is not None
    return PackContent(
        audience=audience,
        pack_date=date(2024, 6, 12),
        created=date(2024, 6, 1),
        sections=sections,
        cover=CoverContent(
            title=audience.pack_title,
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
            off_track=(
                Statement(
                    "Not in education, work or training (care leavers): 48.1%, July 2014. "
                    "Worse than England; getting worse.",
                    "Ofsted report: paragraph 104.",
                ),
            ),
            actions=(Statement("2 actions agreed at meetings are still open.", "Records."),),
            training=(Statement("1 of the 2 councillors were fully in date.", "Training."),),
        ),
        children_in_care=outcomes("Children in care"),
        care_leavers=outcomes("Care leavers"),
        findings=FindingsContent(
            source="Ofsted report.",
            themes=themes,
            chart=ChartBlock(findings_chart, "the app's theme tags."),
        ),
        questions=questions(),
        actions=ActionsContent(
            summary=Statement("2 actions agreed at meetings are still open.", "Records."),
            lines=ACTIONS,
            names_included=audience is PackAudience.MEMBERS,
        ),
        training=training(names=audience is PackAudience.MEMBERS),
        glossary=(
            GlossaryTerm("ŁZW", "Łukasz Zoë Wójcik panel", "A made-up panel named for testing."),
            GlossaryTerm("PEP", "Personal education plan", "The school plan every child has."),
        ),
        sources=SourcesContent(
            sources=(SourceEntry("Ofsted inspection report", "Published 1 September 2014."),),
            caveats=("Services may have changed since.",),
        ),
        record=record(include_private=audience is PackAudience.MEMBERS),
        my_notes=MyNotesContent(
            briefing="Portsmouth, published 4 March 2026 at 14:05, for members",
            notes_file="my-notes.sqlite3",
            lines=(
                NoteLine(
                    "report paragraph",
                    "paragraph:851:inspection:2014-06-25:2014-07-16:12",
                    "note",
                    "Ask why visits were late, Łukasz said.",
                    date(2026, 3, 5),
                ),
                NoteLine(
                    "no longer in the briefing", "question:POR14-03", "to-ask", "", date(2026, 3, 6)
                ),
            ),
        ),
    )
