"""Read our curated links from recommendations to the paragraphs that give their evidence.

The file has two columns, ``recommendation`` (a paragraph number) and ``evidence``
(paragraph numbers separated by spaces).
"""

from __future__ import annotations

import csv
from pathlib import Path

from briefing_app.domain.errors import ImportFileError

_COLUMNS = ("recommendation", "evidence")
_ADVICE = "Each row needs a recommendation's paragraph number and evidence paragraph numbers."


def read_evidence_links(path: Path) -> dict[int, tuple[int, ...]]:
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as error:
        raise ImportFileError(path, f"the file could not be read ({error.strerror}).") from error
    links: dict[int, tuple[int, ...]] = {}
    with handle:
        reader = csv.DictReader(handle)
        missing = [c for c in _COLUMNS if c not in (reader.fieldnames or ())]
        if missing:
            raise ImportFileError(path, f"the column {missing[0]!r} is missing.", _ADVICE, line=1)
        for row in reader:
            try:
                recommendation = int(row["recommendation"])
                evidence = tuple(int(part) for part in (row["evidence"] or "").split())
            except ValueError as error:
                raise ImportFileError(
                    path, "a paragraph number is not a whole number.", _ADVICE, line=reader.line_num
                ) from error
            links[recommendation] = evidence
    return links
