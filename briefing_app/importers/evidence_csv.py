"""Read our curated links from recommendations to the paragraphs that give their evidence.

The file has two columns, ``recommendation`` (a paragraph number) and ``evidence``
(paragraph numbers separated by spaces).
"""

from __future__ import annotations

from pathlib import Path

from briefing_app.domain.errors import ImportFileError
from briefing_app.importers.csv_rows import read_rows

_COLUMNS = ("recommendation", "evidence")
_ADVICE = "Each row needs a recommendation's paragraph number and evidence paragraph numbers."


def _number(text: str) -> int:
    if not text.isascii() or not text.strip().isdigit():
        raise ValueError(text)
    return int(text)


def read_evidence_links(path: Path) -> dict[int, tuple[int, ...]]:
    links: dict[int, tuple[int, ...]] = {}
    for row in read_rows(path, _COLUMNS, advice=_ADVICE):
        try:
            recommendation = _number(row.values["recommendation"])
            evidence = tuple(_number(part) for part in row.values["evidence"].split())
        except ValueError as error:
            raise ImportFileError(
                path, "a paragraph number is not a whole number.", _ADVICE, line=row.line
            ) from error
        links[recommendation] = evidence
    return links
