"""Published values: numbers exactly as published, the DfE's symbols kept with their
meaning and never read as 0, and breaks in a series."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_app.domain.ratings import Polarity, Unit
from briefing_app.domain.statistics import (
    DfeSource,
    Period,
    PublishedValue,
    SeriesBreak,
    StatisticDefinition,
    Symbol,
)
from briefing_app.domain.topics import Audience


def test_a_whole_number_stays_whole_and_a_decimal_stays_as_published() -> None:
    whole = PublishedValue.parse("71")
    assert whole.number == 71
    assert isinstance(whole.number, int)
    assert whole.symbol is None
    assert PublishedValue.parse("13.6").number == 13.6
    assert PublishedValue.parse("-1.63").number == -1.63
    assert PublishedValue.parse(" 0.38 ").text == "0.38"
    assert PublishedValue.parse("0").number == 0


@pytest.mark.parametrize(
    ("text", "symbol", "code"),
    [
        ("c", Symbol.SUPPRESSED, "c"),
        ("low", Symbol.LOW, "low"),
        ("x", Symbol.NOT_AVAILABLE, "x"),
        ("z", Symbol.NOT_APPLICABLE, "z"),
        ("k", Symbol.BELOW_HALF, "k"),
        ("u", Symbol.LOW_RELIABILITY, "u"),
        (":", Symbol.NOT_AVAILABLE_OLD, "x"),
        ("~", Symbol.ROUNDS_TO_ZERO_OLD, "low"),
    ],
)
def test_a_symbol_is_kept_with_its_meaning_and_never_read_as_a_number(
    text: str, symbol: Symbol, code: str
) -> None:
    value = PublishedValue.parse(text)
    assert value.symbol is symbol
    assert value.number is None
    assert value.text == text
    assert symbol.code == code
    assert symbol.meaning
    assert value.words.startswith(f"“{text}”: ")


@pytest.mark.parametrize(
    "text", ["", "abc", "7 1", "1,234", "１２", "٣", "NaN", "inf", "1e3", "71%", "C", "+5", "."]
)
def test_anything_else_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="neither a number nor"):
        PublishedValue.parse(text)


def _definition(*breaks: SeriesBreak) -> StatisticDefinition:
    return StatisticDefinition(
        key="rate",
        label="Rate",
        definition="A rate.",
        unit=Unit.RATE_PER_10000,
        polarity=Polarity.NEITHER,
        audience=Audience.CHILDREN_IN_CARE,
        topic="safety-and-stability",
        source=DfeSource("P", "T", "f.csv", ("rate",), (("Children looked after",),)),
        breaks=breaks,
    )


def _year(year: int) -> Period:
    return Period(date(year, 3, 31), f"year ending 31 March {year}")


def test_a_break_separates_the_years_on_either_side_of_it() -> None:
    census = SeriesBreak(2022, "New population estimates.")
    definition = _definition(census)
    assert definition.break_between(_year(2021), _year(2022)) is census
    assert definition.break_between(_year(2018), _year(2022)) is census
    assert definition.break_between(_year(2018), _year(2021)) is None
    assert _definition().break_between(_year(2018), _year(2022)) is None


def test_the_source_says_which_rows_and_column_in_words() -> None:
    source = DfeSource(
        "Children looked after in England including adoptions",
        "Placement stability",
        "la_cla_at_31_march_placement_stability_indicator.csv",
        ("percentage",),
        (("CLA on 31 March", "Children looked after at 31 March"), ("With 3 or more placements",)),
    )
    assert source.selection == (
        "rows saying “CLA on 31 March” or “Children looked after at 31 March”; "
        "“With 3 or more placements”; column percentage"
    )
