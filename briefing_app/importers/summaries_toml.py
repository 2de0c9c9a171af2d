"""Read theme summaries from a TOML file: one ``[[summary]]`` table per topic.

Each table has ``audience`` (children-in-care or care-leavers), ``topic`` (a topic key) and
``text``, whose sentences end with their citations in square brackets. See data/README.md.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from briefing_app.domain.errors import ImportFileError
from briefing_app.domain.outcomes import TOPICS_BY_KEY, Audience
from briefing_app.domain.summaries import Summary

_ADVICE = "Each [[summary]] needs audience, topic and text. See data/README.md."


def _line_of(message: str) -> int | None:
    found = re.search(r"at line (\d+)", message)
    return int(found.group(1)) if found else None


def read_summaries(path: Path, origin: str = "") -> list[Summary]:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ImportFileError(path, f"the file could not be read ({error.strerror}).") from error
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise ImportFileError(path, "the file is not UTF-8 text.", _ADVICE) from error
    except tomllib.TOMLDecodeError as error:
        raise ImportFileError(path, f"{error}.", _ADVICE, line=_line_of(str(error))) from error
    tables = data.get("summary")
    if not isinstance(tables, list) or not tables:
        raise ImportFileError(path, "there is no [[summary]] table.", _ADVICE)
    summaries: list[Summary] = []
    seen: set[tuple[Audience, str]] = set()
    for position, table in enumerate(tables, start=1):
        where = f"summary {position}"
        if not isinstance(table, dict):
            raise ImportFileError(path, f"{where} is not a table.", _ADVICE)
        try:
            audience = Audience(str(table.get("audience", "")))
        except ValueError as error:
            raise ImportFileError(path, f"{where} has an unknown audience.", _ADVICE) from error
        topic_key = str(table.get("topic", ""))
        topic = TOPICS_BY_KEY.get(topic_key)
        if topic is None or topic.audience is not audience:
            raise ImportFileError(
                path,
                f"{where} has a topic “{topic_key}” that is not one of its audience's.",
                _ADVICE,
            )
        text = " ".join(str(table.get("text", "")).split())
        if not text:
            raise ImportFileError(path, f"{where} has no text.", _ADVICE)
        if (audience, topic_key) in seen:
            raise ImportFileError(path, f"{where} repeats the topic “{topic_key}”.", _ADVICE)
        seen.add((audience, topic_key))
        title = str(table.get("title", "")) or topic.title
        summaries.append(Summary(audience, topic_key, title, text, position, origin))
    return summaries
