"""Finding a report's graded judgements, however the report sets them out.

Ofsted has written judgements in several ways since 2009, and one report often uses
more than one of them:

* a table of judgement and grade: "Judgement Grade" on an ILACS front page, "Key
  judgement Judgement grade" above each SIF section; cells often wrap, so a label or a
  grade such as "Requires improvement to be good" can be split over lines;
* the SIF front page's numbered list ("1. Children who need help and protection  Good",
  "2.1 Adoption performance  Not judged"), with or without a line introducing it;
* sentences: "The overall judgement is that children's services are good", "The overall
  judgement is requires improvement", "Children's services in Norfolk are inadequate",
  "The graded judgement for adoption is good", "The effectiveness of the Local
  Safeguarding Children Board (LSCB) is inadequate";
* section headings: "The experiences and progress of care leavers: outstanding", "... is
  outstanding", "... Good", or a heading with the grade on the line below it, as
  "Grade 4 (inadequate)" in the inspections of 2009 to 2013.

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
# "Not judged": the area was not graded this time (the Isles of Scilly in 2016).
_NOT_JUDGED = r"not\s+judged"
_PAIR = re.compile(
    rf"\s*(?P<label>.{{3,200}}?)[\s:–-]*\b(?P<grade>{GRADE_PHRASE}|{_NOT_JUDGED})\b[\s.]*",
    re.I | re.S,
)
# A label is words only: a number or full stop means the table has ended.
_LABEL = re.compile(r"^[A-Za-z][A-Za-z ,’'()&/-]{2,160}$")
_SENTENCE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|be|been)$", re.I)
_LIST_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+")
_LIST_START = re.compile(r"^1\.?\s+[A-Z]")
_TABLE_HEADER = re.compile(r"^(?:Key\s+)?judge?ments?\s+(?:judge?ment\s+)?grades?$", re.I)
_FRONT_LIST_HEADER = re.compile(
    r"judge?ments\s+on\s+areas\s+of\s+the\s+service\s+that\s+contribute", re.I
)
_OVERALL_SENTENCE = re.compile(
    r"overall\s+judge?ment\s+(?:for\s+overall\s+effectiveness\s+)?is\s+(?:that\s+)?"
    rf"(?P<what>[^.\n]{{0,80}}?)\b(?P<grade>{GRADE_PHRASE})\b",
    re.I,
)
# "Children's services in Norfolk are inadequate", "... require improvement to be good".
_SERVICES_SENTENCE = re.compile(
    r"^Children['’]s\s+services\s+(?:in|on|for|at)\s+[^.]{2,100}?\s+"
    rf"(?:are\s+|is\s+|were\s+)?(?P<grade>{GRADE_PHRASE})\.?$",
    re.I,
)
_GRADED_SENTENCE = re.compile(
    r"^The\s+graded\s+judge?ment\s+(?:for|about|on)\s+(?:the\s+)?(?P<label>.+?)\s+is\s+"
    rf"(?:that\s+)?(?:it\s+|they\s+)?(?:is\s+|are\s+)?(?P<grade>{GRADE_PHRASE})\.?$",
    re.I,
)
_GRADED_HEADING = re.compile(
    rf"^(?P<label>.{{10,160}}?)(?:\s+(?:is|are))?\s*:\s*(?P<grade>{GRADE_PHRASE})\.?$", re.I
)
# "The experiences and progress of children in care and care leavers are good": a heading,
# so without a full stop.
_GRADED_CLAUSE = re.compile(
    rf"^(?P<label>The\s.{{10,160}}?)\s+(?:is|are)\s+(?P<grade>{GRADE_PHRASE})$", re.I
)
# "Grade 4 (inadequate)" under a section heading (inspections of 2009 to 2013).
_GRADE_LINE = re.compile(rf"^Grade\s+[1-4]\s*\(\s*(?P<grade>{GRADE_PHRASE})\s*\)$", re.I)
_BARE_GRADE = re.compile(rf"^(?P<grade>{GRADE_PHRASE})\.?$", re.I)
_LSCB_NAME = r"LSCB|Local\s+Safeguarding\s+Children['’]?s?\s+Board(?:\s+\(LSCB\))?"
LSCB_SENTENCE = re.compile(
    rf"^The\s+(?:effectiveness\s+of\s+the\s+)?(?:{_LSCB_NAME})\s+"
    rf"(?:is\s+|are\s+)?(?P<grade>{GRADE_PHRASE})(?:\s+because:?)?\.?$",
    re.I,
)
# How many logical lines a wrapped table row can take.
_ROW_LINES = 4
_TABLE_LINES = 16
# A line of a judgement table is short and holds no sentence.
_TABLE_LINE_LENGTH = 130
_SENTENCE_INSIDE = re.compile(r"(?<=[a-z])[.;!?]\s+[A-Z]")


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
    """Read "label grade label grade ..." from the start of ``text`` until it stops making sense.

    A label graded "not judged" is passed over: the area has no grade this time.
    """
    return _scan(text, limit)[0]


def _scan(text: str, limit: int | None = None) -> tuple[list[Graded], int]:
    found: list[Graded] = []
    position = 0
    while limit is None or len(found) < limit:
        match = _PAIR.match(text, position)
        if match is None:
            break
        label = _LIST_NUMBER.sub("", match.group("label")).strip(" :–-.")
        area = area_from_label(label) if _is_label(label) else None
        if area is None:
            break
        position = match.end()
        if re.fullmatch(_NOT_JUDGED, match.group("grade"), re.I):
            continue
        grade = grade_from_text(match.group("grade"))
        if grade is None:
            break
        found.append(Graded(label, area, grade))
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
    match = (
        _GRADED_SENTENCE.match(line) or _GRADED_HEADING.match(line) or _GRADED_CLAUSE.match(line)
    )
    if match is None:
        return None
    label = match.group("label").strip()
    area = area_from_label(label) if _is_label(label) else None
    grade = grade_from_text(match.group("grade"))
    if area is None or grade is None:
        return None
    return Graded(label, area, grade)


def grade_line(line: str) -> Grade | None:
    """The grade on a line of its own under a heading: "Grade 4 (inadequate)", "Outstanding"."""
    match = _GRADE_LINE.match(line) or _BARE_GRADE.match(line)
    return grade_from_text(match.group("grade")) if match else None


def lscb_grade(line: str) -> Grade | None:
    match = LSCB_SENTENCE.match(line)
    return grade_from_text(match.group("grade")) if match else None


def overall_grade(front: Sequence[str]) -> Grade | None:
    """The overall judgement as the front page states it in a sentence, if it does."""
    overall = _OVERALL_SENTENCE.search("\n".join(front))
    if overall:
        return grade_from_text(overall.group("grade"))
    for index, line in enumerate(front):
        # The sentence may wrap: "Children's services in the Royal Borough of Kensington
        # and / Chelsea are outstanding".
        for text in (line, " ".join(front[index : index + 2])):
            match = _SERVICES_SENTENCE.match(text)
            if match:
                return grade_from_text(match.group("grade"))
    return None


def _table_block(lines: Sequence[str], start: int) -> str:
    """The lines of a judgement table or list from ``start``: short lines without sentences."""
    block: list[str] = []
    for line in lines[start : start + _TABLE_LINES]:
        if len(line) > _TABLE_LINE_LENGTH or _SENTENCE_INSIDE.search(line):
            break
        block.append(line)
    return " ".join(block)


def find_judgements(lines: Sequence[str], front_end: int, end: int) -> list[Judgement]:
    """Every graded judgement in ``lines[:end]``; ``lines[:front_end]`` is the front matter."""
    found: dict[JudgementArea, Judgement] = {}

    def add(graded: Graded, keep_label: bool) -> None:
        if graded.area not in found:
            found[graded.area] = graded.judgement(keep_label)

    front = lines[:front_end]
    grade = overall_grade(front)
    if grade is not None:
        add(Graded("", JudgementArea.OVERALL_EFFECTIVENESS, grade), keep_label=False)
    for index, line in enumerate(front):
        if is_table_header(line) or _FRONT_LIST_HEADER.search(line):
            start = index + 1
        elif index + 1 < len(front) and is_table_header(f"{line} {front[index + 1]}"):
            start = index + 2  # "Judgement" and "Grade" as lines of their own
        elif _LIST_START.match(line):
            start = index
        else:
            continue
        for graded in scan_pairs(_table_block(front, start)):
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
        lscb = lscb_grade(line)
        if lscb is not None:
            add(Graded("", JudgementArea.LSCB, lscb), keep_label=False)
            continue
        under = _GRADE_LINE.match(line)
        if under and index > 0 and (area := _heading_area(lines[index - 1])) is not None:
            grade = grade_from_text(under.group("grade"))
            if grade is not None:
                add(Graded(lines[index - 1], area, grade), keep_label=False)
    order = list(JudgementArea)
    return sorted(found.values(), key=lambda j: order.index(j.area))


def _heading_area(line: str) -> JudgementArea | None:
    return area_from_label(line) if _is_label(line) else None
