"""Turn the text of an Ofsted children's services inspection report into an InspectionReport.

The parser works on logical lines: one numbered paragraph, heading or list item per line,
as in the report text shipped in ``data/``. It finds the run of numbered paragraphs
(1, 2, 3, ... N) that forms the body of the report, so that the small numbers the
front page reuses for its list of judgements (1, 2, 2.1, 3) are not taken for paragraphs,
and it keeps track of the section headings each paragraph sits under.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from briefing_app.domain.errors import ImportFileError
from briefing_app.domain.reports import (
    Finding,
    Framework,
    Grade,
    InspectionReport,
    Judgement,
    JudgementArea,
    Part,
    Recommendation,
    Strength,
    area_from_label,
    grade_from_text,
)
from briefing_app.domain.themes import themes_for

_NOT_A_REPORT_ADVICE = (
    "Choose the text of an Ofsted inspection of a council's children's services, "
    "published in 2014 or later."
)

_PARAGRAPH = re.compile(r"^(\d{1,3})\.\s+(\S.*)$")
_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_DASHES = "–—-"
_DATE = r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\s+(\d{4})"
_INSPECTION_DATES = re.compile(
    rf"Inspection dates?:?\s*{_DATE}\s*(?:[{_DASHES}]|to)\s*{_DATE}", re.I
)
_PUBLISHED = re.compile(rf"(?:Report\s+)?published:?\s*{_DATE}", re.I)
_OVERALL = re.compile(r"overall\s+judgement\s+is\s+that\s+(.+)$", re.I)
_GRADED_SENTENCE = re.compile(
    r"^The\s+graded\s+judge?ment\s+(?:for|about|on)\s+(?:the\s+)?(.+?)\s+is\s+that\s+"
    r"(?:it\s+|they\s+)?(.+)$",
    re.I,
)
_LSCB_JUDGEMENT = re.compile(r"^The\s+Local\s+Safeguarding\s+Children\s+Board\s+is\s+(.+)$", re.I)
_JUDGEMENT_LIST_ITEM = re.compile(r"^\d+(?:\.\d+)?\.?\s+(.+?)(?:\t+|\s{2,})(\S.*)$")
_KEY_JUDGEMENT_HEADER = re.compile(r"^Key\s+judge?ment\s+Judge?ment\s+grade$", re.I)

_PART_HEADINGS = {
    "the local authority": Part.LOCAL_AUTHORITY,
    "the local safeguarding children board (lscb)": Part.LSCB,
    "the local safeguarding children board": Part.LSCB,
}
_MAJOR_HEADINGS = re.compile(
    r"^(Summary of findings"
    r"|What does the (?:local authority|LSCB) need to improve\??"
    r"|The (?:local authority|LSCB)['’]s strengths"
    r"|Progress since the last inspection"
    r"|Summary for children and young people"
    r"|Information about this local authority area"
    r"|Inspection judge?ments? about the (?:local authority|LSCB))$",
    re.I,
)
_END_OF_FINDINGS = re.compile(r"^What the inspection judge?ments mean$", re.I)
_IMPROVE_SECTION = re.compile(r"need to improve", re.I)
_STRENGTHS_SECTION = re.compile(r"strengths$", re.I)
_PRIORITY_HEADING = re.compile(r"^Priority and immediate action$", re.I)
_AREAS_HEADING = re.compile(r"^Areas? for improvement$", re.I)
_NO_RECOMMENDATION = re.compile(r"^No (?:areas|recommendations) (?:were|was|are) identified", re.I)


def clean_line(line: str) -> str:
    """Strip a line of surrounding space and footnote markers after its last word."""
    return line.strip().rstrip(_SUPERSCRIPTS).strip()


def parse_date(day: str, month: str, year: str) -> date:
    return datetime.strptime(f"{day} {month[:3]} {year}", "%d %b %Y").date()


@dataclass
class _Position:
    """Where the parser is in the report: which part, section and sub-heading."""

    part: Part = Part.LOCAL_AUTHORITY
    section: str = ""
    subsection: str = ""
    priority: bool | None = None


@dataclass
class _Collected:
    findings: list[Finding] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    strengths: list[Strength] = field(default_factory=list)


def parse_report_text(text: str, source: Path | str) -> InspectionReport:
    """Parse a report's text. Raises ImportFileError, naming ``source``, if it is not one."""
    lines = [
        clean_line(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    ]
    if not any(lines):
        raise ImportFileError(source, "the file is empty.", _NOT_A_REPORT_ADVICE)
    chain = _paragraph_chain(lines)
    if len(chain) < 10:
        raise ImportFileError(
            source,
            "no run of numbered paragraphs was found, so this does not look like an "
            "Ofsted inspection report.",
            _NOT_A_REPORT_ADVICE,
        )
    start, end = _inspection_dates(lines, source)
    judgements = _judgements(lines, chain[0])
    if not any(j.area is JudgementArea.OVERALL_EFFECTIVENESS for j in judgements):
        raise ImportFileError(
            source, "the overall judgement could not be found.", _NOT_A_REPORT_ADVICE
        )
    collected = _walk(lines, set(chain))
    framework = (
        Framework.ILACS
        if any(j.area is JudgementArea.IMPACT_OF_LEADERS for j in judgements)
        else Framework.SIF
    )
    return InspectionReport(
        authority=_authority(lines),
        framework=framework,
        inspection_start=start,
        inspection_end=end,
        published=_published(lines),
        judgements=tuple(judgements),
        findings=tuple(collected.findings),
        recommendations=tuple(collected.recommendations),
        strengths=tuple(collected.strengths),
        source_name=Path(source).name,
        title=_title(lines),
    )


def _paragraph_chain(lines: list[str]) -> list[int]:
    """Line indexes of the longest run of paragraphs numbered 1, 2, 3, ... in order.

    Lines of a judgement list ("1. Children who need help and protection   Good") are not
    paragraphs. Of two runs equally long, the later one wins: front pages come first.
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
        chain: list[int] = []
        expected = 1
        for index, value in numbered[start:]:
            if value == expected:
                chain.append(index)
                expected += 1
        if len(chain) >= len(best):
            best = chain
    return best


def _is_judgement_list_item(line: str) -> bool:
    item = _JUDGEMENT_LIST_ITEM.match(line)
    return bool(item and len(item.group(2)) < 40 and grade_from_text(item.group(2)))


def _authority(lines: list[str]) -> str:
    return next(line for line in lines if line)


def _title(lines: list[str]) -> str:
    body = [line for line in lines if line]
    return body[1] if len(body) > 1 else ""


def _inspection_dates(lines: list[str], source: Path | str) -> tuple[date, date]:
    for line in lines:
        match = _INSPECTION_DATES.search(line)
        if match:
            try:
                start = parse_date(*match.group(1, 2, 3))
                end = parse_date(*match.group(4, 5, 6))
            except ValueError:
                break
            if end < start:
                start, end = end, start
            return start, end
    raise ImportFileError(
        source,
        "the inspection dates could not be found (a line such as "
        "'Inspection date: 25 June 2014 – 16 July 2014').",
        _NOT_A_REPORT_ADVICE,
    )


def _published(lines: list[str]) -> date | None:
    for line in lines:
        match = _PUBLISHED.search(line)
        if match:
            try:
                return parse_date(*match.group(1, 2, 3))
            except ValueError:
                return None
    return None


def _judgements(lines: list[str], first_paragraph: int) -> list[Judgement]:
    """Every graded judgement: the overall one, the front-page list and the LSCB's."""
    found: dict[JudgementArea, Judgement] = {}

    def add(area: JudgementArea | None, grade: Grade | None, label: str) -> None:
        if area is not None and grade is not None and area not in found:
            found[area] = Judgement(area, grade, label)

    for line in lines:
        overall = _OVERALL.search(line)
        if overall:
            add(JudgementArea.OVERALL_EFFECTIVENESS, grade_from_text(overall.group(1)), "")
    for line in lines[:first_paragraph]:
        item = _JUDGEMENT_LIST_ITEM.match(line)
        if item:
            label = item.group(1).strip()
            add(area_from_label(label), grade_from_text(item.group(2)), label)
    for index, line in enumerate(lines):
        graded = _GRADED_SENTENCE.match(line)
        if graded:
            add(area_from_label(graded.group(1)), grade_from_text(graded.group(2)), "")
        lscb = _LSCB_JUDGEMENT.match(line)
        if lscb:
            add(JudgementArea.LSCB, grade_from_text(lscb.group(1)), "")
        if _KEY_JUDGEMENT_HEADER.match(line) and index + 1 < len(lines):
            label, _, grade = lines[index + 1].partition("\t")
            add(area_from_label(label), grade_from_text(grade), label.strip())
    order = list(JudgementArea)
    return sorted(found.values(), key=lambda j: order.index(j.area))


def _is_minor_heading(line: str) -> bool:
    return (
        0 < len(line) <= 90
        and line[0].isupper()
        and line[-1] not in ".:;,"
        and not line.startswith(("<", "-", "•"))
        and not _LSCB_JUDGEMENT.match(line)
    )


def _walk(lines: list[str], chain: set[int]) -> _Collected:
    """Go through the report in order, giving each paragraph the headings it sits under."""
    position = _Position()
    out = _Collected()
    for index, line in enumerate(lines):
        if not line:
            continue
        if index in chain:
            match = _PARAGRAPH.match(line)
            assert match is not None
            _emit(out, position, int(match.group(1)), match.group(2).strip())
            continue
        if _END_OF_FINDINGS.match(line):
            break
        _update_position(position, line, lines[index + 1] if index + 1 < len(lines) else "")
    return out


def _update_position(position: _Position, line: str, next_line: str) -> None:
    part = _PART_HEADINGS.get(line.casefold())
    if part is not None:
        position.part, position.section, position.subsection = part, part.label, ""
        position.priority = None
        return
    graded = _GRADED_SENTENCE.match(line)
    if graded:
        heading = graded.group(1).strip()
        position.section, position.subsection = heading[0].upper() + heading[1:], ""
        return
    if _KEY_JUDGEMENT_HEADER.match(line):
        position.section = next_line.partition("\t")[0].strip()
        position.subsection = ""
        return
    if _MAJOR_HEADINGS.match(line):
        position.section, position.subsection, position.priority = line, "", None
        return
    if _PRIORITY_HEADING.match(line):
        position.priority, position.subsection = True, ""
        return
    if _AREAS_HEADING.match(line):
        position.priority, position.subsection = False, ""
        return
    if "\t" not in line and _is_minor_heading(line):
        position.subsection = line


def _emit(out: _Collected, position: _Position, number: int, text: str) -> None:
    out.findings.append(
        Finding(
            paragraph=number,
            text=text,
            section=position.section or position.part.label,
            part=position.part,
            subsection=position.subsection,
            themes=themes_for(text),
        )
    )
    if _IMPROVE_SECTION.search(position.section) and not _NO_RECOMMENDATION.match(text):
        out.recommendations.append(
            Recommendation(
                paragraph=number,
                text=text,
                priority=bool(position.priority),
                topic=position.subsection,
                part=position.part,
            )
        )
    elif _STRENGTHS_SECTION.search(position.section):
        out.strengths.append(Strength(number, position.part))


def read_report_file(path: Path) -> InspectionReport:
    """Read a report from a plain-text file."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ImportFileError(
            path, f"the file could not be read ({error.strerror}).", "Check the file is there."
        ) from error
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            path,
            "the file is not readable text.",
            "Save the report as plain text (UTF-8), or import the PDF.",
        ) from error
    return parse_report_text(text, path)


def unnumbered_section(text: str, heading: str) -> str:
    """The lines of a named section that has no numbered paragraphs, such as "Information
    about this local authority area", up to the next major heading. Empty if it is absent.

    The heading must stand on a line of its own (so a contents-page entry does not count).
    """
    lines = [clean_line(line) for line in text.replace("\r\n", "\n").split("\n")]
    wanted = heading.strip().casefold()
    try:
        start = next(i for i, line in enumerate(lines) if line.casefold() == wanted)
    except StopIteration:
        return ""
    body: list[str] = []
    for line in lines[start + 1 :]:
        if (
            _MAJOR_HEADINGS.match(line)
            or _KEY_JUDGEMENT_HEADER.match(line)
            or line.casefold() in _PART_HEADINGS
            or _PARAGRAPH.match(line)
        ):
            break
        body.append(line)
    return "\n".join(body).strip()
