"""Questions the app suggests for any council, from its off-track figures and its report's
recommendations, each naming what it rests on."""

from __future__ import annotations

from pathlib import Path

from briefing_app.domain.council_figures import FigureSeries
from briefing_app.domain.ratings import Polarity, Unit
from briefing_app.domain.reports import Recommendation
from briefing_app.domain.scrutiny import MAX_QUESTION_LENGTH
from briefing_app.domain.statistics import StatisticDefinition
from briefing_app.domain.suggested_questions import (
    recommendation_question,
    suggested_questions,
)
from briefing_app.domain.themes import tag_report
from briefing_app.domain.topics import Audience
from briefing_app.importers.ofsted_report import read_report_file
from tests.support.statistics import OURS, period, period_figures, statistic

REPORT = Path(__file__).parents[2] / "data" / "portsmouth-2014" / "report.txt"

HOMES = statistic(
    "placements_three_or_more_percent",
    Unit.PERCENT,
    polarity=Polarity.LOWER_IS_BETTER,
    topic="safety-and-stability",
)
COUNT = statistic("cla_number", Unit.COUNT, topic="safety-and-stability", position=0)
LEAVERS = statistic(
    "care_leavers_eet_19_21_percent",
    Unit.PERCENT,
    Audience.CARE_LEAVERS,
    topic="education-and-work",
)


def _series(definition: StatisticDefinition, years: dict[int, tuple[str, str]]) -> FigureSeries:
    return FigureSeries(
        definition,
        OURS,
        {
            period(year): period_figures(
                definition.key, year, england, "10", {"100": ours, "101": "10"}
            )
            for year, (england, ours) in years.items()
        },
    )


def test_a_figure_worse_than_england_and_getting_worse_is_asked_about() -> None:
    homes = _series(HOMES, {2020: ("10", "9"), 2022: ("10", "14")})
    (question,) = suggested_questions(Audience.CHILDREN_IN_CARE, [homes])
    assert question.text == (
        "Our figure for “A measure” was 14% in the year to 31 March 2022, worse than "
        "England's (10%), and it has got worse since 2020. What is being done to turn this "
        "round, and when should councillors see a change?"
    )
    assert question.indicators == ("placements_three_or_more_percent",)
    assert question.paragraphs == ()
    # It names the figure it rests on, with its period and the DfE's file and line.
    assert question.rests_on_words == (
        "Rests on: A measure: 14%, year ending 31 March 2022 "
        "(Department for Education: f.csv, line 10)"
    )
    assert "England" in question.why


def test_figures_on_track_or_that_only_describe_are_not_asked_about() -> None:
    better = _series(HOMES, {2021: ("10", "9"), 2022: ("10", "8")})
    count = _series(COUNT, {2021: ("80000", "300"), 2022: ("82000", "400")})
    assert suggested_questions(Audience.CHILDREN_IN_CARE, [better, count]) == []


def test_a_kept_back_figure_is_never_asked_about_as_a_number() -> None:
    kept_back = _series(HOMES, {2021: ("10", "9"), 2022: ("10", "c")})
    assert suggested_questions(Audience.CHILDREN_IN_CARE, [kept_back]) == []


def test_questions_are_for_their_own_page() -> None:
    leavers = _series(LEAVERS, {2022: ("55", "40")})
    homes = _series(HOMES, {2022: ("10", "14")})
    (question,) = suggested_questions(Audience.CARE_LEAVERS, [leavers, homes])
    assert question.indicators == ("care_leavers_eet_19_21_percent",)
    assert question.text.startswith("Our figure for “A measure” was 40% in the year to 31 March")
    assert "worse than England's (55%)" in question.text


def test_a_report_adds_its_recommendations_and_the_paragraphs_on_the_same_topic() -> None:
    report = tag_report(read_report_file(REPORT))
    leavers = _series(LEAVERS, {2022: ("55", "40")})
    questions = suggested_questions(Audience.CARE_LEAVERS, [leavers], report)
    from_report = [q for q in questions if not q.indicators]
    assert from_report, "the report's recommendations on care leavers are followed up"
    for question in from_report:
        (paragraph,) = question.paragraphs
        recommendation = next(r for r in report.recommendations if r.paragraph == paragraph)
        assert "care leaver" in recommendation.text.lower()
        assert f"paragraph {paragraph}" in question.text
        assert len(question.text) <= MAX_QUESTION_LENGTH
    from_figure = questions[-1]
    assert from_figure.indicators == ("care_leavers_eet_19_21_percent",)
    # The report's paragraphs on care leavers' education and work, named as its basis.
    assert from_figure.paragraphs
    for paragraph in from_figure.paragraphs:
        finding = next(f for f in report.findings if f.paragraph == paragraph)
        assert "care-leavers" in finding.themes
        assert str(paragraph) in from_figure.rests_on_words
    assert "of Ofsted's report of" in from_figure.rests_on_words


def test_a_long_recommendation_is_referred_to_not_cut() -> None:
    long = Recommendation(
        paragraph=20, text="Ensure that " + "care leavers are helped " * 30, priority=True
    )
    question = recommendation_question(long, Audience.CARE_LEAVERS)
    assert question.text.startswith("The inspectors made a recommendation in paragraph 20")
    assert len(question.text) <= MAX_QUESTION_LENGTH
    short = Recommendation(
        paragraph=None, text="Improve pathway plans for care leavers.", priority=False, number=2
    )
    assert recommendation_question(short, Audience.CARE_LEAVERS).text == (
        "The inspectors recommended: “Improve pathway plans for care leavers” "
        "(point 2 of what needs to improve). What has been done since, and how will "
        "councillors know it has made a difference?"
    )
