"""DfE figures made by hand, for tests that need a council's figures without a database:
``statistic()`` defines an indicator, ``period()`` a year ending 31 March, and
``period_figures()`` every area's figure for one period, each from a line of "f.csv"."""

from __future__ import annotations

from datetime import date

from briefing_app.domain.benchmarks import PeriodFigures
from briefing_app.domain.councils import Council
from briefing_app.domain.ratings import Polarity, Unit
from briefing_app.domain.statistics import (
    AreaLevel,
    DfeSource,
    FigureSource,
    Period,
    PublishedFigure,
    PublishedValue,
    StatisticDefinition,
)
from briefing_app.domain.topics import Audience

OURS = Council("100", "E06000100", "Ourtown", "E12000008", "South East", ("101", "102", "103"))
NEIGHBOUR = Council("101", "E06000101", "Nextown", "E12000008", "South East")


def statistic(
    key: str,
    unit: Unit,
    audience: Audience = Audience.CHILDREN_IN_CARE,
    *,
    polarity: Polarity | None = None,
    topic: str = "health",
    statement: str = "",
    position: int = 1,
) -> StatisticDefinition:
    if polarity is None:
        polarity = Polarity.HIGHER_IS_BETTER if unit is Unit.PERCENT else Polarity.NEITHER
    return StatisticDefinition(
        key=key,
        label="A measure",
        definition="What it is.",
        unit=unit,
        polarity=polarity,
        audience=audience,
        topic=topic,
        source=DfeSource("Publication", "Table", "file.csv", ("percentage",), (("Row",),)),
        statement=statement,
        position=position,
    )


def period(year: int) -> Period:
    return Period(date(year, 3, 31), f"year ending 31 March {year}")


def period_figures(
    key: str, year: int, england: str, region: str, councils: dict[str, str]
) -> PeriodFigures:
    when = period(year)

    def figure(level: AreaLevel, code: str, text: str, line: int) -> PublishedFigure:
        return PublishedFigure(
            key, when, level, code, PublishedValue.parse(text), FigureSource("f.csv", line)
        )

    return PeriodFigures(
        key,
        when,
        figure(AreaLevel.ENGLAND, "E92000001", england, 2),
        {"E12000008": figure(AreaLevel.REGION, "E12000008", region, 3)},
        {
            code: figure(AreaLevel.COUNCIL, code, text, 10 + i)
            for i, (code, text) in enumerate(councils.items())
        },
    )
