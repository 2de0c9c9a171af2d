"""Turn an Ofsted children's services inspection report (PDF or text) into an InspectionReport.

Works for both frameworks since 2014: the single inspection framework (SIF, 2013-2017)
and ILACS (2018 onwards). The report is first cleaned into logical lines (see
``report_lines``). The parser then finds the run of numbered paragraphs (1, 2, 3, ... N)
that forms the body, so that the small numbers a front page reuses for its list of
judgements (1, 2, 2.1, 3) are not taken for paragraphs, and it keeps track of the
headings each paragraph sits under. Recommendations are the numbered paragraphs under a
"need to improve" heading (SIF) or the bullets under "What needs to improve" (ILACS).

The importer only extracts what the report says; tagging findings with themes and linking
recommendations to evidence are done afterwards (``domain.themes``, ``domain.evidence``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefing_app.domain.errors import ImportFileError
from briefing_app.domain.reports import (
    Finding,
    Framework,
    InspectionReport,
    JudgementArea,
    Part,
    Recommendation,
    Strength,
)
from briefing_app.importers import report_front, report_judgements
from briefing_app.importers.pdf_text import ProgressCallback, check_pdf_bytes, looks_like_pdf
from briefing_app.importers.report_lines import (
    BULLETS,
    Page,
    logical_lines,
    pages_from_text,
    strip_superscripts,
)

NOT_A_REPORT_ADVICE = (
    "Choose an Ofsted inspection report of a council's children's services, "
    "published in 2014 or later, as a PDF or a text file."
)
# Fewer numbered paragraphs than this: not an inspection report.
MIN_PARAGRAPHS = 10

_PARAGRAPH = re.compile(r"^(\d{1,3})\.\s+(\S.*)$")
_PART_HEADINGS = {
    "the local authority": Part.LOCAL_AUTHORITY,
    "the local safeguarding children board (lscb)": Part.LSCB,
    "the local safeguarding children board": Part.LSCB,
}
_MAJOR_HEADINGS = re.compile(
    r"^(Summary of findings"
    r"|What does the (?:local authority|LSCB) need to improve\??"
    r"|What needs to improve(?: in this local authority)?\??"
    r"|The (?:local authority|LSCB)['’]s strengths"
    r"|Progress since the last inspection"
    r"|Summary for children and young people"
    r"|Information about this local authority area"
    r"|Inspection judge?ments? about the (?:local authority|LSCB))$",
    re.I,
)
_END_OF_FINDINGS = re.compile(
    r"^(?:What the inspection judge?ments mean"
    r"|Information about this inspection"
    r"|The Office for Standards in Education, Children['’]s Services and Skills \(Ofsted\)\b.*)$",
    re.I,
)
_IMPROVE_SECTION = re.compile(r"needs? to improve", re.I)
_STRENGTHS_SECTION = re.compile(r"strengths$", re.I)
_PRIORITY_HEADING = re.compile(r"^Priority and immediate actions?$", re.I)
_AREAS_HEADING = re.compile(r"^Areas? for improvement$", re.I)
_NO_RECOMMENDATION = re.compile(
    r"^(?:There\s+(?:are|were)\s+no|No)\s+(?:areas|recommendations|priority)", re.I
)
# The "Summary" box under a SIF judgement table is not a sub-heading of the paragraphs.
_SUMMARY_BOX = re.compile(r"^Summary$", re.I)
_CHILDRENS_SERVICES_AREAS = frozenset(JudgementArea) - {
    JudgementArea.OVERALL_EFFECTIVENESS,
    JudgementArea.LSCB,
}


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
    open_list: bool = False


def read_report_file(path: Path, progress: ProgressCallback | None = None) -> InspectionReport:
    """Read a report from a PDF or a plain-text file; the file's content decides which."""
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
    except OSError as error:
        raise ImportFileError(
            path, f"the file could not be read ({error.strerror}).", "Check the file is there."
        ) from error
    if looks_like_pdf(head) or path.suffix.casefold() == ".pdf":
        from briefing_app.importers.pdf_text import read_pdf_pages

        return parse_report_pages(read_pdf_pages(path, progress), path)
    return parse_report_text(_read_text(path), path)


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ImportFileError(
            path, f"the file could not be read ({error.strerror}).", "Check the file is there."
        ) from error
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" not in raw:
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
            if "\ufffd" not in text:
                return text
    if raw.lstrip()[:1] == b"<":
        check_pdf_bytes(raw, path)  # names a web page as such
    raise ImportFileError(
        path,
        "the file is not readable text.",
        "Save the report as plain text (UTF-8), or import the PDF.",
    )


def parse_report_text(text: str, source: Path | str) -> InspectionReport:
    """Parse a report's text. Raises ImportFileError, naming ``source``, if it is not one."""
    if not text.strip():
        raise ImportFileError(source, "the file is empty.", NOT_A_REPORT_ADVICE)
    if text.lstrip()[:1] == "<" and re.match(r"\s*<(?:!doctype\s+html|html)", text, re.I):
        raise ImportFileError(
            source,
            "this is a web page, not the text of a report.",
            "Download the report's PDF from Ofsted's website and import that.",
        )
    return parse_report_pages(pages_from_text(text), source)


def parse_report_pages(pages: Sequence[Page], source: Path | str) -> InspectionReport:
    """Parse a report from its printed lines, page by page."""
    lines = logical_lines(pages)
    if not lines:
        raise ImportFileError(source, "the file is empty.", NOT_A_REPORT_ADVICE)
    return parse_logical_lines(lines, source)


def parse_logical_lines(lines: list[str], source: Path | str) -> InspectionReport:
    chain = _paragraph_chain(lines)
    if len(chain) < MIN_PARAGRAPHS:
        raise ImportFileError(
            source,
            "no run of numbered paragraphs was found, so this does not look like an "
            "Ofsted inspection report.",
            NOT_A_REPORT_ADVICE,
        )
    end = _end_of_findings(lines, chain[0])
    chain = [index for index in chain if index < end]
    front = lines[: chain[0]]
    dates = report_front.inspection_dates(front)
    if dates is None:
        raise ImportFileError(
            source,
            "the inspection dates could not be found (a line such as "
            "'Inspection dates: 11 to 22 September 2023').",
            NOT_A_REPORT_ADVICE,
        )
    judgements = report_judgements.find_judgements(lines, chain[0], end)
    areas = {j.area for j in judgements}
    if JudgementArea.OVERALL_EFFECTIVENESS not in areas:
        raise ImportFileError(
            source,
            "the overall judgement could not be found, so this does not look like a "
            "full inspection of children's services.",
            NOT_A_REPORT_ADVICE,
        )
    if not areas & _CHILDRENS_SERVICES_AREAS:
        raise ImportFileError(
            source,
            "no judgement about children's services was found (such as help and "
            "protection, or children in care).",
            NOT_A_REPORT_ADVICE,
        )
    collected = _walk(lines[:end], set(chain))
    framework = Framework.ILACS if JudgementArea.IMPACT_OF_LEADERS in areas else Framework.SIF
    authority = report_front.authority(front)
    return InspectionReport(
        authority=authority,
        framework=framework,
        inspection_start=dates[0],
        inspection_end=dates[1],
        published=report_front.published(front),
        judgements=tuple(judgements),
        findings=tuple(collected.findings),
        recommendations=tuple(collected.recommendations),
        strengths=tuple(collected.strengths),
        source_name=Path(source).name,
        title=report_front.title(front, authority),
    )


def _paragraph_chain(lines: list[str]) -> list[int]:
    """Line indexes of the longest run of paragraphs numbered 1, 2, 3, ... in order.

    Lines of a judgement list ("1. Children who need help and protection Good") are not
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
    return len(line) <= 200 and report_judgements.is_judgement_row(line)


def _end_of_findings(lines: list[str], first: int) -> int:
    for index in range(first, len(lines)):
        if _END_OF_FINDINGS.match(lines[index]):
            return index
    return len(lines)


def _walk(lines: list[str], chain: set[int]) -> _Collected:
    """Go through the report in order, giving each paragraph the headings it sits under."""
    position = _Position()
    out = _Collected()
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
    return out


def _is_bullet(line: str) -> bool:
    return line[0] in BULLETS and (len(line) == 1 or line[1] == " ")


def _recommend(out: _Collected, position: _Position, paragraph: int | None, text: str) -> None:
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


def _bullet(out: _Collected, position: _Position, line: str) -> None:
    """A bulleted item: a recommendation in a "needs to improve" list, or part of a paragraph."""
    text = line[1:].strip()
    if not text:
        return
    if not out.open_list and _IMPROVE_SECTION.search(position.section):
        _recommend(out, position, None, text)
        return
    if out.open_list and out.findings:
        last = out.findings[-1]
        out.findings[-1] = Finding(
            paragraph=last.paragraph,
            text=f"{last.text}\n{line}",
            section=last.section,
            part=last.part,
            subsection=last.subsection,
        )
        if out.recommendations and out.recommendations[-1].paragraph == last.paragraph:
            rec = out.recommendations[-1]
            out.recommendations[-1] = Recommendation(
                paragraph=rec.paragraph,
                text=f"{rec.text}\n{line}",
                priority=rec.priority,
                topic=rec.topic,
                part=rec.part,
                number=rec.number,
            )


def _update_position(position: _Position, line: str) -> None:
    part = _PART_HEADINGS.get(line.casefold())
    if part is not None:
        position.part, position.section, position.subsection = part, part.label, ""
        position.priority = None
        return
    graded = report_judgements.graded_heading(line)
    if graded is not None:
        position.section, position.subsection, position.priority = graded.heading, "", None
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
    if _is_minor_heading(line):
        position.subsection = line


def _is_minor_heading(line: str) -> bool:
    return (
        0 < len(line) <= 90
        and line[0].isupper()
        and line[-1] not in ".:;,"
        and not _SUMMARY_BOX.match(line)
        and report_judgements.lscb_grade(line) is None
    )


def _emit(out: _Collected, position: _Position, number: int, text: str) -> None:
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
    if _IMPROVE_SECTION.search(position.section) and not _NO_RECOMMENDATION.match(text):
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
            or report_judgements.is_judgement_table_header(line)
            or line.casefold() in _PART_HEADINGS
            or _PARAGRAPH.match(line)
        ):
            break
        body.append(line)
    return "\n".join(body).strip()
