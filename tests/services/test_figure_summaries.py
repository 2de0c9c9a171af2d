"""Summaries written by the app from any council's DfE figures (and its report, when one
is held) pass the gates the written summaries pass: plain English, every sentence says
what it rests on, and every number is found in what it cites."""

from __future__ import annotations

import random

import pytest

from briefing_app.domain.council_figures import FigureSeries
from briefing_app.domain.councils import Council
from briefing_app.domain.figure_summaries import generated_summaries, quotable_numbers
from briefing_app.domain.outcomes import Audience
from briefing_app.domain.reports import InspectionReport
from briefing_app.domain.summaries import SourceCheck
from briefing_app.services.opening.container import Services

# Councils whose figures try the wording: the smallest (many figures kept back or not
# applying), one created since the figures were published, and London's.
EDGES = ("Isles of Scilly", "City of London", "Rutland", "Cumberland", "Kent")


def _problems(services: Services, council: Council, report: InspectionReport | None) -> list[str]:
    found = []
    paragraphs = {f.paragraph: f.text for f in report.findings} if report else {}
    for audience in Audience:
        series: list[FigureSeries] = services.statistics.series(council, audience)
        check = SourceCheck(paragraphs, {s.key: quotable_numbers(s) for s in series})
        for summary in generated_summaries(audience, series, report):
            where = f"{council.name}, {summary.title}"
            readability = summary.readability()
            if not readability.meets_target:
                found.append(
                    f"{where}: reading ease {readability.reading_ease:.0f}, "
                    f"{readability.words_per_sentence:.1f} words a sentence"
                )
            found += [f"{where}: {problem}" for problem in check.problems(summary.text)]
    return found


def test_summaries_for_councils_picked_at_random_are_plain_and_traceable(
    services: Services,
) -> None:
    seed = random.randrange(10**6)
    councils = services.statistics.councils()
    picked = random.Random(seed).sample(list(councils.current()), 12)
    picked += [councils.find(name) for name in EDGES]
    problems = [p for council in picked for p in _problems(services, council, None)]
    assert problems == [], f"seed {seed}"


def test_the_demonstration_s_summaries_use_its_report_too(services: Services) -> None:
    report = services.reports.latest()
    assert report is not None
    portsmouth = services.council.council()
    assert _problems(services, portsmouth, report) == []
    series = services.statistics.series(portsmouth, Audience.CHILDREN_IN_CARE)
    summaries = generated_summaries(Audience.CHILDREN_IN_CARE, series, report)
    first = summaries[0]
    assert first.topic == "safety-and-stability"
    assert first.text.startswith("Ofsted judged the help for children in care “Good” [")
    assert first.report_id == report.id
    assert "Ofsted's report says more about this [" in first.text
    # The figures' keys are cited as they are: words joined by underscores.
    assert "[cla_number]" in first.text


@pytest.mark.parametrize("audience", list(Audience))
def test_a_council_with_no_figures_gets_no_summary_of_figures(
    services: Services, audience: Audience
) -> None:
    cumberland = services.statistics.councils().find("Cumberland")
    series = services.statistics.series(cumberland, audience)
    assert series
    assert generated_summaries(audience, series) == []
