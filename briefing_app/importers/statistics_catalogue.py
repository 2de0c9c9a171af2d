"""The DfE indicators the app knows, read from ``data/statistics/indicators.toml``.

The file is the app's own data, so a mistake in it is the app's: it is reported with
the indicator's key (or TOML's own line number) rather than left to fail later.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from briefing_app.domain.errors import ImportFileError, ImportProblemsError
from briefing_app.domain.ratings import Polarity, Unit
from briefing_app.domain.statistics import (
    Catalogue,
    DfeSource,
    SeriesBreak,
    StatisticDefinition,
)
from briefing_app.domain.topics import TOPICS_BY_KEY, Audience

CATALOGUE_FILE = Path("statistics") / "indicators.toml"
_KEY = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")


def catalogue_path(data_dir: Path) -> Path:
    return data_dir / CATALOGUE_FILE


def read_catalogue(path: Path) -> Catalogue:
    """Every indicator in the file, in order; ImportProblemsError lists every mistake."""
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ImportFileError(path, f"the file could not be read ({error.strerror}).") from error
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ImportFileError(path, f"the file is not valid TOML ({error}).") from error
    problems: list[tuple[int | None, str]] = []
    publications = document.get("publications", {})
    matching = document.get("matching", {})
    indicators = document.get("indicator", [])
    totals = matching.get("totals", []) if isinstance(matching, dict) else None
    if not isinstance(publications, dict) or not all(
        isinstance(p, str) for p in publications.values()
    ):
        problems.append((None, "[publications] must give each publication's title."))
        publications = {}
    if not isinstance(totals, list) or not all(isinstance(t, str) for t in totals):
        problems.append((None, "[matching] totals must be a list of phrases."))
        totals = []
    if not isinstance(indicators, list):
        problems.append((None, "the indicators must be [[indicator]] tables."))
        indicators = []
    definitions: list[StatisticDefinition] = []
    seen: set[str] = set()
    for position, table in enumerate(indicators, start=1):
        key = str(table.get("key", "")) if isinstance(table, dict) else ""
        try:
            definition = _definition(table, publications, position)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            problems.append((None, f"the indicator “{key or position}”: {_said(error)}"))
            continue
        if definition.key in seen:
            problems.append((None, f"the indicator key “{definition.key}” is used twice."))
        seen.add(definition.key)
        definitions.append(definition)
    if not definitions and not problems:
        problems.append((None, "the file has no [[indicator]] tables."))
    if problems:
        raise ImportProblemsError(path, problems)
    return Catalogue(tuple(definitions), tuple(str(t) for t in totals))


def _said(error: Exception) -> str:
    if isinstance(error, KeyError):
        return f"“{error.args[0]}” is missing."
    if isinstance(error, ValueError):
        return str(error)
    return "it is not laid out as the app expects (see README.md beside the file)."


def _text(table: Mapping[str, Any], name: str) -> str:
    value = table[name]
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"“{name}” must be some text.")
    return " ".join(value.split())


def _tables(value: Any, name: str) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ValueError(f"“{name}” must be a list of tables.")
    return value


def _phrases(value: Any, name: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(p, str) and p.strip() for p in value):
        raise ValueError(f"“{name}” must be a list of phrases.")
    return tuple(value)


def _definition(table: Any, publications: Mapping[str, str], position: int) -> StatisticDefinition:
    if not isinstance(table, dict) or not isinstance(table.get("source"), dict):
        raise ValueError("it must be a table with a [indicator.source] table.")
    key = _text(table, "key")
    if not _KEY.fullmatch(key):
        raise ValueError("the key must be lower-case words joined by underscores.")
    audience = Audience(table["audience"])
    topic = _text(table, "topic")
    if topic not in TOPICS_BY_KEY or TOPICS_BY_KEY[topic].audience is not audience:
        raise ValueError(f"there is no topic “{topic}” on the {audience.label} page.")
    source = table["source"]
    publication = publications.get(source["publication"])
    if publication is None:
        raise ValueError(f"there is no publication “{source['publication']}”.")
    rows = source["rows"]
    if not isinstance(rows, list) or not rows:
        raise ValueError("“rows” must list at least one group of phrases.")
    similar = table.get("similar_within")
    if similar is not None and (not isinstance(similar, int | float) or similar <= 0):
        raise ValueError("“similar_within” must be a number above 0.")
    breaks = tuple(
        SeriesBreak(int(b["year"]), " ".join(str(b["reason"]).split()))
        for b in _tables(table.get("breaks", []), "breaks")
    )
    return StatisticDefinition(
        key=key,
        label=_text(table, "label"),
        definition=_text(table, "definition"),
        unit=Unit(table["unit"]),
        polarity=Polarity(table["polarity"]),
        audience=audience,
        topic=topic,
        source=DfeSource(
            publication=publication,
            table=_text(source, "table"),
            file=_text(source, "file"),
            measures=_phrases(source["measures"], "measures"),
            rows=tuple(_phrases(group, "rows") for group in rows),
            excluded=_phrases(source.get("excluded", []), "excluded"),
        ),
        similar_within=float(similar) if similar is not None else None,
        breaks=breaks,
        caution=" ".join(str(table.get("caution", "")).split()),
        position=position,
        statement=_statement(table),
    )


def _statement(table: Mapping[str, Any]) -> str:
    statement = _text(table, "statement")
    if "{value}" not in statement:
        raise ValueError("“statement” must say where the figure goes, as {value}.")
    # Its numbers are in words, but for the unit ("10,000") and the day ("31 March").
    if re.search(r"\d", statement.replace("10,000", "").replace("31 March", "")):
        raise ValueError(
            "“statement” must write its numbers in words (only the figure is in digits)."
        )
    return statement
