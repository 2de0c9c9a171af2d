"""Indicator files: the definitions, and the figures an officer imports.

The figures format is documented for officers in ``data/templates/indicator-figures.md``;
the default dataset's ``data/portsmouth-2014/indicators.csv`` uses the same format. A
file is read whole and every problem is reported with its line; if there is any problem,
nothing from the file is used.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from briefing_app.domain.dates import long_date, parse_day
from briefing_app.domain.errors import ImportProblemsError, InvalidInputError
from briefing_app.domain.figure_checks import observation_problems
from briefing_app.domain.outcomes import (
    FIGURE_FIELDS,
    TOPICS_BY_KEY,
    Audience,
    Comparator,
    ComparatorKind,
    IndicatorDefinition,
    Observation,
    Polarity,
    Source,
    Stated,
    Unit,
)
from briefing_app.domain.scrutiny import parse_paragraph_list
from briefing_app.importers.csv_rows import CsvTable

FIGURE_REQUIRED = ("key", "as_at", "value")
# The indicator's key, then the figure's own fields.
FIGURE_COLUMNS = ("key", *FIGURE_FIELDS)
DEFINITION_COLUMNS = ("key", "label", "audience", "topic", "unit", "polarity", "statement")

_FIGURE_ADVICE = (
    "See data/templates/indicator-figures.md for the columns and what goes in them. "
    "Nothing from the file has been saved."
)
_STATED_WORDS = {
    "above": Stated.ABOVE,
    "higher": Stated.ABOVE,
    "below": Stated.BELOW,
    "lower": Stated.BELOW,
    "close": Stated.CLOSE,
    "similar": Stated.CLOSE,
    "in line": Stated.CLOSE,
    "same": Stated.CLOSE,
}
# No figure about a council's children comes near a thousand million (England has about
# 12 million children): a larger one is a slip of the keyboard, not a figure.
LARGEST_FIGURE = 10**9
# The first figures the Department for Education publishes about children in care are
# from the 1970s; a date before 1970 or more than a year ahead is a slip, not a figure.
EARLIEST_FIGURE = date(1970, 1, 1)
LATEST_AHEAD_DAYS = 366


@dataclass(frozen=True)
class FigureRow:
    line: int
    key: str
    observation: Observation


def parse_number(text: str, column: str, problems: list[str]) -> float | None:
    """ "1,339", "48.1%" or " 74.8 " as a number; None (and a problem) if it is not one."""
    cleaned = text.replace(",", "").replace("%", "").strip()
    if not re.fullmatch(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)", cleaned):
        problems.append(f"the {column} “{text}” is not a number.")
        return None
    number = float(cleaned)
    if not math.isfinite(number) or abs(number) >= LARGEST_FIGURE:
        problems.append(f"the {column} “{text}” is too large to be a figure.")
        return None
    return number


def _optional_number(fields: Mapping[str, str], column: str, problems: list[str]) -> float | None:
    text = fields.get(column, "").strip()
    return parse_number(text, column, problems) if text else None


def _optional_whole(fields: Mapping[str, str], column: str, problems: list[str]) -> int | None:
    value = _optional_number(fields, column, problems)
    if value is None:
        return None
    if value != int(value):
        problems.append(f"the {column} “{fields[column]}” must be a whole number.")
        return None
    return int(value)


def parse_date(text: str, problems: list[str]) -> date | None:
    """A date in any form ``parse_day`` reads (month names in English, whatever the locale)."""
    day = parse_day(text)
    latest = date.today() + timedelta(days=LATEST_AHEAD_DAYS)
    if day is not None and not EARLIEST_FIGURE <= day <= latest:
        problems.append(
            f"the date (as_at) “{text}” is not a date a figure can have: give one from "
            f"{long_date(EARLIEST_FIGURE)} to {long_date(latest)}."
        )
        return None
    if day is not None:
        return day
    problems.append(
        f"the date (as_at) “{text}” is not a date; write it as 2015-03-31 or 31/03/2015."
    )
    return None


def parse_paragraphs(text: str, problems: list[str]) -> tuple[int, ...]:
    try:
        return parse_paragraph_list(text)
    except ValueError:
        problems.append(f"the paragraphs “{text}” must be paragraph numbers, such as 60 82.")
        return ()


def _stated(fields: Mapping[str, str], column: str, problems: list[str]) -> Stated | None:
    text = fields.get(column, "").strip().lower()
    if not text:
        return None
    stated = _STATED_WORDS.get(text)
    if stated is None:
        problems.append(f"the {column} “{fields[column]}” must be above, below or close.")
    return stated


def parse_figure(
    fields: Mapping[str, str],
    definitions: Mapping[str, IndicatorDefinition],
    origin: str,
) -> tuple[str, Observation]:
    """One figure from its fields (a CSV row, or what an officer typed).

    Raises InvalidInputError listing every problem found.
    """
    problems: list[str] = []
    key = fields.get("key", "").strip()
    definition = definitions.get(key)
    if not key:
        problems.append("the key is empty.")
    elif definition is None:
        close = difflib.get_close_matches(key, list(definitions), n=1)
        hint = f" Did you mean “{close[0]}”?" if close else ""
        problems.append(f"there is no indicator with the key “{key}”.{hint}")
    as_at_text = fields.get("as_at", "").strip()
    as_at = parse_date(as_at_text, problems) if as_at_text else None
    if not as_at_text:
        problems.append("the date (as_at) is empty.")
    value_text = fields.get("value", "").strip()
    value = parse_number(value_text, "value", problems) if value_text else None
    if not value_text:
        problems.append("the value is empty.")
    count = _optional_whole(fields, "count", problems)
    denominator = _optional_whole(fields, "denominator", problems)
    comparators = []
    for kind in ComparatorKind:
        number_column, stated_column = kind.value, kind.stated_key
        number = _optional_number(fields, number_column, problems)
        stated = _stated(fields, stated_column, problems)
        if number is not None or stated is not None:
            comparators.append(Comparator(kind, number, None if number is not None else stated))
    paragraphs = parse_paragraphs(fields.get("paragraphs", ""), problems)
    if problems or definition is None or as_at is None or value is None:
        raise InvalidInputError(problems)
    observation = Observation(
        as_at=as_at,
        period=fields.get("period", "").strip() or long_date(as_at),
        value=value,
        count=count,
        denominator=denominator,
        comparators=tuple(comparators),
        source=Source(
            paragraphs=paragraphs,
            section=fields.get("section", "").strip(),
            document=fields.get("document", "").strip(),
            quote=fields.get("quote", "").strip(),
            working=fields.get("working", "").strip(),
        ),
        note=fields.get("note", "").strip(),
        origin=origin,
    )
    problems = observation_problems(definition, observation)
    if problems:
        raise InvalidInputError(problems)
    return key, observation


def read_figures(
    path: Path, definitions: Mapping[str, IndicatorDefinition], origin: str = ""
) -> list[FigureRow]:
    """Every figure in the file, or ImportProblemsError listing every problem by line."""
    table = CsvTable(path, windows_1252=True)
    problems: list[tuple[int | None, str]] = []
    missing = table.missing(FIGURE_REQUIRED)
    if missing:
        problems.append((1, f"the column “{missing[0]}” is missing."))
    unknown = [c for c in table.columns if c and c not in FIGURE_COLUMNS]
    if unknown:
        problems.append((1, f"the column “{unknown[0]}” is not one the app knows."))
    if problems:
        raise ImportProblemsError(path, problems, _FIGURE_ADVICE)
    origin = origin or f"Imported from {path.name}"
    figures: list[FigureRow] = []
    seen: dict[tuple[str, date], int] = {}
    for row in table.rows():
        too_many = table.too_many_cells(row)
        if too_many:
            problems.append((row.line, too_many))
            continue
        try:
            key, observation = parse_figure(row.values, definitions, origin)
        except InvalidInputError as error:
            problems += [(row.line, problem) for problem in error.problems]
            continue
        first = seen.get((key, observation.as_at))
        if first is not None:
            problems.append(
                (
                    row.line,
                    f"the figure for “{key}” on {long_date(observation.as_at)} is already "
                    f"given on line {first}.",
                )
            )
            continue
        seen[(key, observation.as_at)] = row.line
        figures.append(FigureRow(row.line, key, observation))
    if not figures and not problems:
        problems.append((None, "the file has a header but no figures."))
    if problems:
        raise ImportProblemsError(path, problems, _FIGURE_ADVICE)
    return figures


def read_definitions(path: Path) -> list[IndicatorDefinition]:
    """The indicators the app knows: key, label, audience, topic, unit, polarity, statement."""
    table = CsvTable(path, windows_1252=True)
    problems: list[tuple[int | None, str]] = []
    missing = table.missing(DEFINITION_COLUMNS)
    if missing:
        raise ImportProblemsError(path, [(1, f"the column “{missing[0]}” is missing.")])
    definitions: list[IndicatorDefinition] = []
    keys: set[str] = set()
    for position, row in enumerate(table.rows(), start=1):
        fields = row.values
        try:
            definition = IndicatorDefinition(
                key=fields["key"],
                label=fields["label"],
                audience=Audience(fields["audience"]),
                topic=fields["topic"],
                unit=Unit(fields["unit"]),
                polarity=Polarity(fields["polarity"]),
                statement=fields["statement"],
                position=position,
            )
        except ValueError as error:
            problems.append((row.line, f"{error}."))
            continue
        if definition.topic not in TOPICS_BY_KEY:
            problems.append((row.line, f"there is no topic “{definition.topic}”."))
        if not definition.key or definition.key in keys:
            problems.append((row.line, f"the key “{definition.key}” is empty or repeated."))
        if not definition.label or "{value}" not in definition.statement:
            problems.append((row.line, "a label or a statement with {value} is missing."))
        keys.add(definition.key)
        definitions.append(definition)
    if problems:
        raise ImportProblemsError(path, problems)
    return definitions
