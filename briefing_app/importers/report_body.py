"""The body of an inspection report: its numbered paragraphs under their headings, and
the recommendations and strengths among them.

``paragraph_chain`` finds the run of paragraphs numbered 1, 2, 3, ... N that forms the
body; ``read_body`` goes through the lines in order, keeping track of the part, section
and sub-heading each paragraph sits under, and collects recommendations (numbered
paragraphs under a "need to improve" heading in SIF reports, bullets under "What needs
to improve" in ILACS ones) and strengths.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from briefing_app.domain.reports import Finding, Part, Recommendation, Strength
from briefing_app.importers import report_judgements
from briefing_app.importers.page_lines import BULLETS, strip_superscripts
from briefing_app.importers.page_lines import PARAGRAPH as _PARAGRAPH

# The heading of each part of a report that covers both the council and its safeguarding
# board: "The local authority", "Section 2: The effectiveness of the local safeguarding
# children board", "The Local Safeguarding Children Board (LSCB)".
_LOCAL_AUTHORITY_PART = re.compile(r"^(?:Section\s+1:\s+)?the\s+local\s+authority$", re.I)
_LSCB_PART = re.compile(
    r"^(?:Section\s+2:\s+)?(?:the\s+)?(?:effectiveness\s+(?:of\s+)?)?(?:the\s+)?"
    r"local\s+safeguarding\s+children\s+board(?:\s+\(LSCB\))?$",
    re.I,
)
_MAJOR_HEADINGS = re.compile(
    r"^(Summary of (?:key )?findings"
    r"|Executive summary"
    r"|Recommendations"
    r"|What does the (?:local authority|LSCB) need to improve[?:]?"
    r"|What needs to improve(?: in this local authority)?[?:]?"
    r"|The (?:local authority|LSCB)['’]s strengths"
    r"|The local authority has the following strengths"
    r"|Key strengths and weaknesses of the (?:local authority|LSCB)"
    r"|Progress since the last inspection"
    r"|Summary for children and young people"
    r"|Information about this (?:local authority )?area"
    r"|Information about this (?:inspection|review|visit)"
    r"|Inspection findings(?:\s+[–-]\s+.{3,80})?"
    r"|Inspection judge?ments? about the (?:local authority|LSCB))$",
    re.I,
)
_END_OF_FINDINGS = re.compile(
    r"^(?:What the inspection judge?ments mean"
    r"|Information about this inspection"
    r"|The Office for Standards in Education, Children['’]s Services and Skills \(Ofsted\)\b.*)$",
    re.I,
)
# Where a report lists what must improve: "What needs to improve?", "Recommendations",
# "Areas for improvement" (inspections of 2009 to 2013, where it heads its own section).
_IMPROVE_SECTION = re.compile(
    r"needs? to improve|^Recommendations$|^Areas? for improvement$"
    r"|^Priority and immediate actions?$|^Areas? for priority action$",
    re.I,
)
_STRENGTHS_SECTION = re.compile(r"strengths$", re.I)
_PRIORITY_HEADING = re.compile(r"^Priority and immediate actions?$|^Immediately:?$", re.I)
# "Within three months:": when the recommendations below it are due.
_WHEN_HEADING = re.compile(r"^Within\s+[a-z0-9 ]{3,30}:$", re.I)
_AREAS_HEADING = re.compile(r"^Areas? for improvement$", re.I)
_NO_RECOMMENDATION = re.compile(
    r"^(?:There\s+(?:are|were)\s+no|No|The\s+inspection\s+(?:did\s+not|has\s+not)\s+"
    r"(?:find|identify))\b",
    re.I,
)
# "..., the local authority should take the following action.": the paragraph that
# introduces a bulleted list of recommendations is not one of them.
_INTRODUCES_LIST = re.compile(r"(?:the\s+following|these)\s+actions?\.$", re.I)
# The "Summary" box under a SIF judgement table is not a sub-heading of the paragraphs.
_SUMMARY_BOX = re.compile(r"^Summary$", re.I)


@dataclass
class _Position:
    """Where the parser is in the report: which part, section and sub-heading."""

    part: Part = Part.LOCAL_AUTHORITY
    section: str = ""
    subsection: str = ""
    priority: bool | None = None


@dataclass
class Body:
    """What the body of a report holds, in the order the report gives it."""

    findings: list[Finding] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    strengths: list[Strength] = field(default_factory=list)
    open_list: bool = False
    # Whether a heading such as "What needs to improve?" was found.
    improve_heading: bool = False


def paragraph_chain(lines: list[str]) -> list[int]:
    """Line indexes of the longest run of paragraphs numbered 1, 2, 3, ... in order.

    Lines of a judgement list ("1. Children who need help and protection Good") are not
    paragraphs. Of two runs equally long, the later one wins: front pages come first.
    Where some paragraphs are missing (text lost from a damaged page), the run carries on
    after the gap if at least ``_RESUMED_RUN`` paragraphs follow in order, so the
    paragraphs after it are kept and the gap can be reported.
    """
    numbered = [
        (i, int(m.group(1)))
        for i, line in enumerate(lines)
        if (m := _PARAGRAPH.match(line)) and not _is_judgement_list_item(line)
    ]
    best: list[int] = []
    for start, (_, number) in enumerate(numbered):
        if number != 1:
            continue
        chain = _run_from(numbered, start)
        if len(chain) >= len(best):
            best = chain
    return best


# A run that resumes after missing paragraphs must go on for this many in a row, and can
# skip at most _MAX_GAP numbers.
_RESUMED_RUN = 3
_MAX_GAP = 30


def _run_from(numbered: list[tuple[int, int]], start: int) -> list[int]:
    chain: list[int] = []
    expected = numbered[start][1]
    position = start
    while True:
        last = None
        for offset, (index, value) in enumerate(numbered[position:], start=position):
            if value == expected:
                chain.append(index)
                expected += 1
                last = offset
        if last is None:
            return chain
        resumed = _resumption(numbered, last + 1, expected)
        if resumed is None:
            return chain
        position, expected = resumed, numbered[resumed][1]


def _resumption(numbered: list[tuple[int, int]], after: int, expected: int) -> int | None:
    """Where the run picks up again after a gap: a later number, then the next ones in order."""
    for place in range(after, len(numbered) - _RESUMED_RUN + 1):
        value = numbered[place][1]
        if not expected < value <= expected + _MAX_GAP:
            continue
        following = [v for _, v in numbered[place : place + _RESUMED_RUN]]
        if following == list(range(value, value + _RESUMED_RUN)):
            return place
    return None


def _is_judgement_list_item(line: str) -> bool:
    return len(line) <= 200 and report_judgements.is_judgement_row(line)


def end_of_findings(lines: list[str], last: int) -> int:
    """Where the findings end: the first closing section after the last paragraph, ``last``
    (a closing section such as "What the inspection judgements mean" can also come between
    the council's findings and the safeguarding board's)."""
    for index in range(last + 1, len(lines)):
        if _END_OF_FINDINGS.match(lines[index]):
            return index
    return len(lines)


def read_body(lines: list[str], chain: set[int]) -> Body:
    """Go through the report in order, giving each paragraph the headings it sits under."""
    position = _Position()
    out = Body()
    skip = 0
    for index, line in enumerate(lines):
        if skip:
            skip -= 1
            continue
        if index in chain:
            match = _PARAGRAPH.match(line)
            assert match is not None
            _emit(out, position, int(match.group(1)), match.group(2).strip())
            continue
        if _is_bullet(line):
            _bullet(out, position, line)
            continue
        out.open_list = False
        if report_judgements.is_table_header(line):
            row, used = report_judgements.table_row(lines, index)
            if row is not None:
                position.section, position.subsection = row.heading, ""
                position.priority, skip = None, used
            continue
        _update_position(position, line)
        if _IMPROVE_SECTION.search(position.section):
            out.improve_heading = True
    return out


def read_letter_body(lines: Sequence[str], subject: str) -> tuple[Body, list[int]]:
    """A letter whose paragraphs are not numbered: its findings numbered in order, and the
    index in ``lines`` of each. Every heading starts a section; a bulleted point is a
    recommendation under a heading such as "What needs to improve", part of the paragraph
    before it when that paragraph ends with a colon, and a finding of its own otherwise.
    The paragraphs before the first heading sit under the letter's ``subject`` line."""
    position = _Position(section=subject)
    out = Body()
    places: list[int] = []
    for index, line in enumerate(lines):
        if _is_bullet(line):
            text = line[1:].strip()
            if not text:
                continue
            if out.open_list or _IMPROVE_SECTION.search(position.section):
                _bullet(out, position, line)
            else:
                _emit(out, position, len(out.findings) + 1, text)
                places.append(index)
            continue
        out.open_list = False
        if _is_letter_heading(line):
            position.section, position.subsection = line.rstrip(":"), ""
            position.priority = bool(_PRIORITY_ACTION.search(line))
            if _IMPROVE_SECTION.search(position.section) or position.priority:
                out.improve_heading = True
            continue
        _emit(out, position, len(out.findings) + 1, line)
        places.append(index)
    return out, places


# "Areas for priority action": what a letter says must be put right first.
_PRIORITY_ACTION = re.compile(r"priority\s+action", re.I)


def _is_letter_heading(line: str) -> bool:
    return _is_minor_heading(line) or bool(_PRIORITY_ACTION.search(line) and len(line) <= 90)


def _is_bullet(line: str) -> bool:
    return line[0] in BULLETS and (len(line) == 1 or line[1] == " ")


def _recommend(out: Body, position: _Position, paragraph: int | None, text: str) -> None:
    """A recommendation where the report has got to: numbered paragraph or bulleted point."""
    out.recommendations.append(
        Recommendation(
            paragraph=paragraph,
            text=text,
            priority=bool(position.priority),
            topic=position.subsection,
            part=position.part,
            number=len(out.recommendations) + 1,
        )
    )


def _bullet(out: Body, position: _Position, line: str) -> None:
    """A bulleted item: a recommendation in a "needs to improve" list, or part of a paragraph."""
    text = line[1:].strip()
    if not text:
        return
    if not out.open_list and _IMPROVE_SECTION.search(position.section):
        _recommend(out, position, None, text)
        return
    if out.open_list and out.findings:
        last = out.findings[-1]
        out.findings[-1] = replace(last, text=f"{last.text}\n{line}")
        if out.recommendations and out.recommendations[-1].paragraph == last.paragraph:
            rec = out.recommendations[-1]
            out.recommendations[-1] = replace(rec, text=f"{rec.text}\n{line}")


def _update_position(position: _Position, line: str) -> None:
    part = part_heading(line)
    if part is not None:
        position.part, position.section, position.subsection = part, part.label, ""
        position.priority = None
        return
    graded = report_judgements.graded_heading(line)
    if graded is None and len(line) <= 200:
        row = report_judgements.scan_pairs(line, limit=1)
        graded = row[0] if row and report_judgements.is_judgement_row(line) else None
    if graded is not None:
        position.section, position.subsection, position.priority = graded.heading, "", None
        return
    if report_judgements.grade_line(line) is not None:
        # A heading's grade on the line below it: the heading was a section's, not a
        # sub-heading's.
        if position.subsection:
            position.section, position.subsection = position.subsection, ""
        position.priority = None
        return
    if _PRIORITY_HEADING.match(line) and not _IMPROVE_SECTION.search(position.section):
        # A list of recommendations under no heading of its own (a safeguarding board's
        # in 2014) starts here.
        position.section = line
    if _AREAS_HEADING.match(line) and (
        not _IMPROVE_SECTION.search(position.section) or _PRIORITY_HEADING.match(position.section)
    ):
        position.section, position.subsection, position.priority = line, "", False
        return
    if _MAJOR_HEADINGS.match(line):
        position.section, position.subsection, position.priority = line, "", None
        return
    if _PRIORITY_HEADING.match(line):
        position.priority, position.subsection = True, line.rstrip(":")
        return
    if _AREAS_HEADING.match(line):
        position.priority, position.subsection = False, ""
        return
    if _WHEN_HEADING.match(line):
        position.priority, position.subsection = False, line.rstrip(":")
        return
    if _is_minor_heading(line):
        position.subsection = line


def part_heading(line: str) -> Part | None:
    """The part of the report a heading starts, if it starts one."""
    if _LOCAL_AUTHORITY_PART.match(line):
        return Part.LOCAL_AUTHORITY
    if _LSCB_PART.match(line):
        return Part.LSCB
    return None


def _is_minor_heading(line: str) -> bool:
    return (
        0 < len(line) <= 90
        and line[0].isupper()
        and line[-1] not in ".:;,"
        and not _SUMMARY_BOX.match(line)
        and report_judgements.lscb_grade(line) is None
    )


def _emit(out: Body, position: _Position, number: int, text: str) -> None:
    out.open_list = text.endswith(":")
    out.findings.append(
        Finding(
            paragraph=number,
            text=text,
            section=position.section or position.part.label,
            part=position.part,
            subsection=position.subsection,
        )
    )
    if (
        _IMPROVE_SECTION.search(position.section)
        and not _NO_RECOMMENDATION.match(text)
        and not _INTRODUCES_LIST.search(text)
    ):
        _recommend(out, position, number, text)
    elif _STRENGTHS_SECTION.search(position.section):
        out.strengths.append(Strength(number, position.part))


def unnumbered_section(text: str, heading: str) -> str:
    """The lines of a named section that has no numbered paragraphs, such as "Information
    about this local authority area", up to the next major heading. Empty if it is absent.

    The heading must stand on a line of its own (so a contents-page entry does not count).
    """
    lines = [strip_superscripts(line) for line in text.replace("\r\n", "\n").split("\n")]
    wanted = heading.strip().casefold()
    try:
        start = next(i for i, line in enumerate(lines) if line.casefold() == wanted)
    except StopIteration:
        return ""
    body: list[str] = []
    for line in lines[start + 1 :]:
        if (
            _MAJOR_HEADINGS.match(line)
            or report_judgements.is_table_header(line)
            or part_heading(line) is not None
            or _PARAGRAPH.match(line)
        ):
            break
        body.append(line)
    return "\n".join(body).strip()
