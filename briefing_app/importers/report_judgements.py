"""Finding a report's graded judgements, however the report sets them out.

Ofsted has written judgements in several ways since 2014, and one report often uses
more than one of them:

* a table of judgement and grade: "Judgement Grade" on an ILACS front page, "Key
  judgement Judgement grade" above each SIF section; cells often wrap, so a grade such
  as "Requires improvement to be good" can be split over lines;
* the SIF front page's numbered list ("1. Children who need help and protection  Good");
* sentences: "The overall judgement is that children's services are good", "The graded
  judgement for adoption is good", "The Local Safeguarding Children Board is good";
* ILACS section headings: "The experiences and progress of care leavers: outstanding".

Each is read from logical lines (see ``report_lines``). The first grade found for an
area wins, so the front page (read first) decides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing_app.domain.reports import (
    Grade,
    Judgement,
    JudgementArea,
    area_from_label,
    grade_from_text,
)
from briefing_app.domain.wording import capitalise

GRADE_PHRASE = (
    r"(?:requires?\s+improvement(?:\s+to\s+be\s+good)?|outstanding|inadequate|adequate|good)"
)
_PAIR = re.compile(
    rf"\s*(?P<label>.{{3,200}}?)[\s:–-]*\b(?P<grade>{GRADE_PHRASE})\b[\s.]*", re.I | re.S
)
# A label is words only: a number or full stop means the table has ended.
_LABEL = re.compile(r"^[A-Za-z][A-Za-z ,’'()&/-]{2,160}$")
_SENTENCE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|be|been)$", re.I)
_LIST_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+")
_TABLE_HEADER = re.compile(r"^(?:Key\s+)?judge?ments?\s+(?:judge?ment\s+)?grades?$", re.I)
_FRONT_LIST_HEADER = re.compile(
    r"judge?ments\s+on\s+areas\s+of\s+the\s+service\s+that\s+contribute", re.I
)
_OVERALL_SENTENCE = re.compile(
    rf"overall\s+judge?ment\s+is\s+that\s+(?P<what>[^.\n]{{0,80}}?)\b(?P<grade>{GRADE_PHRASE})\b",
    re.I,
)
_GRADED_SENTENCE = re.compile(
    r"^The\s+graded\s+judge?ment\s+(?:for|about|on)\s+(?:the\s+)?(?P<label>.+?)\s+is\s+"
    rf"(?:that\s+)?(?:it\s+|they\s+)?(?:is\s+|are\s+)?(?P<grade>{GRADE_PHRASE})\.?$",
    re.I,
)
_GRADED_HEADING = re.compile(rf"^(?P<label>.{{10,160}}?)\s*:\s*(?P<grade>{GRADE_PHRASE})\.?$", re.I)
LSCB_SENTENCE = re.compile(
    r"^The\s+(?:LSCB|Local\s+Safeguarding\s+Children['’]?s?\s+Board(?:\s+\(LSCB\))?)\s+"
    rf"(?:is\s+|are\s+)?(?P<grade>{GRADE_PHRASE})(?:\s+because:?)?\.?$",
    re.I,
)
# How many logical lines a wrapped table row can take.
_ROW_LINES = 4
_TABLE_LINES = 16


@dataclass(frozen=True)
class Graded:
    """A judgement as the report words it: its label, area and grade."""

    label: str
    area: JudgementArea
    grade: Grade

    @property
    def heading(self) -> str:
        return capitalise(self.label)

    def judgement(self, keep_label: bool) -> Judgement:
        return Judgement(self.area, self.grade, self.label if keep_label else "")


def scan_pairs(text: str, limit: int | None = None) -> list[Graded]:
    """Read "label grade label grade ..." from the start of ``text`` until it stops making sense."""
    return _scan(text, limit)[0]


def _scan(text: str, limit: int | None = None) -> tuple[list[Graded], int]:
    found: list[Graded] = []
    position = 0
    while limit is None or len(found) < limit:
        match = _PAIR.match(text, position)
        if match is None:
            break
        label = _LIST_NUMBER.sub("", match.group("label")).strip(" :–-")
        area = area_from_label(label) if _is_label(label) else None
        grade = grade_from_text(match.group("grade"))
        if area is None or grade is None:
            break
        found.append(Graded(label, area, grade))
        position = match.end()
    return found, position


def _is_label(text: str) -> bool:
    """A judgement's name: words only, and not the start of a sentence ("Adoption is")."""
    return bool(_LABEL.match(text)) and not _SENTENCE_VERB.search(text)


def is_judgement_row(line: str) -> bool:
    """True if the whole line is one judgement and its grade, as in a front-page list."""
    found, end = _scan(line)
    return len(found) == 1 and end >= len(line.rstrip())


def is_table_header(line: str) -> bool:
    """True for the header row of a judgement table ("Key judgement  Judgement grade")."""
    return bool(_TABLE_HEADER.match(line))


def table_row(lines: Sequence[str], header: int) -> tuple[Graded | None, int]:
    """The one row under a "Key judgement / Judgement grade" header, and the lines it used."""
    for used in range(1, _ROW_LINES + 1):
        row = " ".join(lines[header + 1 : header + 1 + used])
        pairs = scan_pairs(row, limit=1)
        if pairs:
            return pairs[0], used
    return None, 0


def graded_heading(line: str) -> Graded | None:
    """A heading or sentence that gives one area's grade, as ILACS and SIF sections open."""
    match = _GRADED_SENTENCE.match(line) or _GRADED_HEADING.match(line)
    if match is None:
        return None
    label = match.group("label").strip()
    area = area_from_label(label) if _is_label(label) else None
    grade = grade_from_text(match.group("grade"))
    if area is None or grade is None:
        return None
    return Graded(label, area, grade)


def lscb_grade(line: str) -> Grade | None:
    match = LSCB_SENTENCE.match(line)
    return grade_from_text(match.group("grade")) if match else None


def find_judgements(lines: Sequence[str], front_end: int, end: int) -> list[Judgement]:
    """Every graded judgement in ``lines[:end]``; ``lines[:front_end]`` is the front matter."""
    found: dict[JudgementArea, Judgement] = {}

    def add(graded: Graded, keep_label: bool) -> None:
        if graded.area not in found:
            found[graded.area] = graded.judgement(keep_label)

    front = "\n".join(lines[:front_end])
    overall = _OVERALL_SENTENCE.search(front)
    if overall:
        grade = grade_from_text(overall.group("grade"))
        if grade is not None:
            add(Graded("", JudgementArea.OVERALL_EFFECTIVENESS, grade), keep_label=False)
    for index, line in enumerate(lines[:front_end]):
        if is_table_header(line) or _FRONT_LIST_HEADER.search(line):
            block = " ".join(lines[index + 1 : index + 1 + _TABLE_LINES])
            for graded in scan_pairs(block):
                keep = graded.area is not JudgementArea.OVERALL_EFFECTIVENESS
                add(graded, keep_label=keep)
    for index, line in enumerate(lines[:end]):
        if is_table_header(line):
            row, _ = table_row(lines, index)
            if row is not None:
                add(row, keep_label=True)
            continue
        heading = graded_heading(line)
        if heading is not None:
            add(heading, keep_label=False)
            continue
        grade = lscb_grade(line)
        if grade is not None:
            add(Graded("", JudgementArea.LSCB, grade), keep_label=False)
    order = list(JudgementArea)
    return sorted(found.values(), key=lambda j: order.index(j.area))
