"""A council's DfE figures for one indicator over the years, in words: each comparison
with its comparator's figure, the neighbours counted, the rank, and the DfE's symbols
explained, never read as numbers."""

from __future__ import annotations

from dataclasses import replace

from briefing_app.domain.benchmark_charts import benchmark_chart
from briefing_app.domain.council_figures import FigureSeries, council_series
from briefing_app.domain.councils import Council
from briefing_app.domain.outcomes import ComparatorKind
from briefing_app.domain.ratings import Polarity, Rating, Trend, Unit
from briefing_app.domain.statistics import (
    SeriesBreak,
    Symbol,
)
from briefing_app.domain.topics import Audience
from tests.support.statistics import NEIGHBOUR, OURS, period, period_figures, statistic

PERCENT = statistic("measure_percent", Unit.PERCENT)
TABLES = {
    PERCENT.key: {
        period(2021): period_figures(
            PERCENT.key,
            2021,
            "70",
            "72",
            {"100": "60", "101": "65", "102": "c", "103": "71", "104": "80"},
        ),
        period(2022): period_figures(
            PERCENT.key,
            2022,
            "71",
            "c",
            {"100": "74", "101": "c", "102": "70", "103": "72", "104": "80"},
        ),
    }
}


def test_the_latest_figure_against_each_comparator_with_its_figure() -> None:
    series = FigureSeries(PERCENT, OURS, TABLES[PERCENT.key])
    assert series.latest_words == "74%, year ending 31 March 2022"
    assert series.comparison_lines() == (
        "✓ Better than England: 71%",
        "– Not compared with the South East region: its figure is marked c (kept back for privacy)",
        "✓ Better than similar councils: 71%. Average of 2 of the 3 statistical neighbours "
        "(1 had no published figure).",
        "Ranked 2nd of 4 councils (2nd quarter). Rank 1 is the highest figure, because "
        "higher is better.",
    )
    england = series.comparison(ComparatorKind.ENGLAND)
    assert england is not None
    assert england.rating is Rating.BETTER
    # Suppressed figures are explained wherever they are, and never counted as 0.
    assert series.symbols() == (Symbol.SUPPRESSED,)
    assert series.trend.trend is Trend.IMPROVING
    assert series.source_words == "Department for Education: f.csv, line 10"


def test_a_neighbours_figures_are_put_beside_ours() -> None:
    series = FigureSeries(PERCENT, OURS, TABLES[PERCENT.key])
    beside = series.beside(NEIGHBOUR)
    assert [(p.year, v.text if v else None) for p, v in beside] == [(2021, "65"), (2022, "c")]
    assert series.beside(Council("999", "E1", "Elsewhere", "E12000008", "South East")) == (
        (period(2021), None),
        (period(2022), None),
    )


def test_a_count_is_not_set_against_england_s_or_the_region_s_total() -> None:
    count = statistic("measure_number", Unit.COUNT)
    tables = {
        count.key: {
            period(2022): period_figures(
                count.key,
                2022,
                "82080",
                "10840",
                {"100": "386", "101": "300", "102": "400", "103": "500"},
            )
        }
    }
    series = FigureSeries(count, OURS, tables[count.key])
    lines = series.comparison_lines()
    assert lines[0] == (
        "– Not compared with England (its figure is a total for the whole country): 82,080"
    )
    assert lines[1].startswith(
        "– Not compared with the South East region (its figure is a total for every "
        "council in it): 10,840"
    )
    assert (
        lines[2] == "▼ Lower than similar councils: 400. Average of all 3 statistical neighbours."
    )


def test_a_council_with_no_row_says_why() -> None:
    created = Council("100", "E06000100", "Ourtown", "E12000008", "South East", ())
    tables = {
        PERCENT.key: {period(2022): period_figures(PERCENT.key, 2022, "71", "72", {"101": "60"})}
    }
    series = FigureSeries(PERCENT, created, tables[PERCENT.key])
    assert series.latest_words == (
        "The DfE published no figure for Ourtown for the year ending 31 March 2022."
    )
    assert not series.has_figures
    assert series.comparison_lines()[0] == "– Not compared with England (no figure to compare): 71%"


def test_series_follow_the_definitions_and_their_audience() -> None:
    leavers = statistic("leavers_percent", Unit.PERCENT, Audience.CARE_LEAVERS)
    found = council_series([PERCENT, leavers], OURS, TABLES, Audience.CARE_LEAVERS)
    assert [s.key for s in found] == ["leavers_percent"]
    assert found[0].latest is None
    assert found[0].latest_words == "No figures are held."


def test_the_chart_of_the_years_against_every_comparator_reads_in_grey() -> None:
    series = FigureSeries(PERCENT, OURS, TABLES[PERCENT.key])
    chart = benchmark_chart(series, NEIGHBOUR)
    assert chart is not None
    assert chart.categories == ("2021", "2022")
    assert [s.name for s in chart.series] == [
        "Ourtown",
        "England",
        "South East (region)",
        "Average of Ourtown's statistical neighbours",
        "Nextown",
    ]
    assert chart.series[0].emphasis
    # Each line has its own marker and its own dashes, and its own shade of grey.
    assert len({s.marker for s in chart.series}) == 5
    assert len({s.line for s in chart.series}) == 5
    # A symbol is never drawn as 0: the point is left out and named.
    region = chart.series[2]
    assert [(p.value, p.label) for p in region.points] == [
        (72.0, "72%"),
        (None, "c (kept back for privacy)"),
    ]
    nextown = chart.series[4]
    assert [(p.value, p.label) for p in nextown.points] == [
        (65.0, "65%"),
        (None, "c (kept back for privacy)"),
    ]
    assert "South East (region): 2021: 72%; 2022: c (kept back for privacy)." in chart.description
    assert chart.notes == ("Higher is better.",)
    table = chart.table()
    assert table.header == ("Area", "2021", "2022")
    assert table.rows == (
        ("Ourtown", "60%", "74%"),
        ("England", "70%", "71%"),
        ("South East (region)", "72%", "c (kept back for privacy)"),
        ("Average of Ourtown's statistical neighbours", "68%", "71%"),
        ("Nextown", "65%", "c (kept back for privacy)"),
    )


def test_a_count_is_charted_without_england_s_total_and_a_break_is_noted() -> None:
    count = replace(
        statistic("measure_number", Unit.COUNT),
        breaks=(SeriesBreak(2022, "New counts of children."),),
    )
    tables = {
        period(year): period_figures(
            count.key, year, "82080", "10840", {"100": "386", "101": "300"}
        )
        for year in (2020, 2021, 2022)
    }
    chart = benchmark_chart(FigureSeries(count, OURS, tables))
    assert chart is not None
    assert [s.name for s in chart.series] == [
        "Ourtown",
        "Average of Ourtown's statistical neighbours",
    ]
    assert chart.axis.maximum < 1000
    assert chart.notes == (
        "Neither higher nor lower is better in itself.",
        "England's and the region's totals are not drawn: they count many councils.",
        "From 2022, figures are not comparable with earlier ones.",
    )
    assert benchmark_chart(FigureSeries(count, OURS, {})) is None


def test_the_neighbours_cell_says_how_many_the_average_is_of() -> None:
    homes = statistic("homes", Unit.PERCENT, polarity=Polarity.LOWER_IS_BETTER)

    def cell(councils: dict[str, str]) -> str:
        figures = period_figures("homes", 2022, "10", "10", councils)
        return FigureSeries(homes, OURS, {period(2022): figures}).comparison_cell(
            ComparatorKind.STATISTICAL_NEIGHBOURS
        )

    # Two of Ourtown's three neighbours have a figure (one is kept back): 12 and 14.
    assert cell({"100": "9", "101": "12", "102": "c", "103": "14"}) == "✓ Better (13%, 2 of 3)"
    assert cell({"100": "9", "101": "12", "102": "13", "103": "14"}) == "✓ Better (13%)"
