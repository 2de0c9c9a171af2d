"""Turn an Ofsted report on a council's children's services (PDF or text) into an
InspectionReport.

Reads every framework since 2009: the inspections of safeguarding and of looked-after
children's services (2009-2013), the single inspection framework (SIF, 2013-2018) with its
re-inspections and its reviews of Local Safeguarding Children Boards, and ILACS (2018
onwards); and Ofsted's letters of findings without grades (focused visits, monitoring
visits, joint targeted area inspections; see ``report_letter``). The report is first
cleaned into logical lines (see ``report_lines``). The parser then finds the run of
numbered paragraphs (1, 2, 3, ... N) that forms the body, so that the small numbers a
front page reuses for its list of judgements (1, 2, 2.1, 3) are not taken for paragraphs;
``report_body`` reads the body, ``report_front`` the front page, ``report_kind`` the sort
of report and its framework, and ``report_judgements`` the grades. What was read is then
checked (``report_checks``): a report whose council cannot be named is refused, and
anything else that looks wrong is kept with the report as a warning. A file that is not
such a report is refused with a message saying why.

The importer only extracts what the report says; tagging findings with themes and linking
recommendations to evidence are done afterwards (``domain.themes``, ``domain.evidence``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from pathlib import Path

from briefing_app.domain.errors import ImportFileError
from briefing_app.domain.progress import ProgressCallback
from briefing_app.domain.reports import InspectionReport, Judgement, JudgementArea, ReportKind
from briefing_app.importers import report_checks, report_front, report_judgements
from briefing_app.importers.page_lines import Page
from briefing_app.importers.pdf_text import check_pdf_bytes, looks_like_pdf, read_pdf_pages
from briefing_app.importers.report_body import (
    end_of_findings,
    paragraph_chain,
    read_body,
    read_letter_body,
)
from briefing_app.importers.report_kind import framework, letter_opening, report_kind
from briefing_app.importers.report_lines import ReportText, pages_from_text, read_text

NOT_A_REPORT_ADVICE = (
    "Choose an Ofsted report on a council's children's services (an inspection, or a "
    "letter after a visit), as a PDF or a text file."
)
# Fewer numbered paragraphs than this: not an inspection report.
MIN_PARAGRAPHS = 10
# A letter of findings has at least this many paragraphs.
MIN_LETTER_PARAGRAPHS = 3

_CHILDRENS_SERVICES_AREAS = frozenset(JudgementArea) - {
    JudgementArea.OVERALL_EFFECTIVENESS,
    JudgementArea.LSCB,
    JudgementArea.CAPACITY_TO_IMPROVE,
}


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
    """Parse a report from its printed lines, page by page, and check what was read."""
    text = read_text(pages)
    if not text.lines:
        raise ImportFileError(source, "the file is empty.", NOT_A_REPORT_ADVICE)
    if letter_opening(text.lines) is not None and len(paragraph_chain(text.lines)) < MIN_PARAGRAPHS:
        # A letter without paragraph numbers: a page break after a full stop ends a paragraph.
        text = read_text(pages, paragraphs_end_with_pages=True)
    return parse_logical_lines(text, source)


def parse_logical_lines(text: ReportText, source: Path | str) -> InspectionReport:
    lines = text.lines
    kind = report_kind(lines)
    chain = paragraph_chain(lines)
    letter = not kind.graded and letter_opening(lines) is not None
    if letter and len(chain) < MIN_PARAGRAPHS:
        return _parse_letter(text, kind, source)
    if len(chain) < MIN_PARAGRAPHS:
        raise ImportFileError(
            source,
            "no run of numbered paragraphs was found, so this does not look like an "
            "Ofsted inspection report.",
            NOT_A_REPORT_ADVICE,
        )
    end = end_of_findings(lines, chain[-1])
    chain = [index for index in chain if index < end]
    front = lines[: chain[0]]
    dates = report_front.inspection_dates(front)
    if dates is None and letter:
        # The letter reader, only for a letter of findings (about 4 ms).
        from briefing_app.importers import report_letter

        dates = report_letter.visit_dates(" ".join(front))
    if dates is None:
        raise ImportFileError(
            source,
            "the inspection dates could not be found (a line such as "
            "'Inspection dates: 11 to 22 September 2023').",
            NOT_A_REPORT_ADVICE,
        )
    judgements = report_judgements.find_judgements(lines, chain[0], end)
    _check_judgements(kind, judgements, source)
    if letter:
        # The letter reader, only for a letter of findings (about 4 ms).
        from briefing_app.importers import report_letter

        start = report_letter.body_start(lines)
        title = report_letter.subject(lines, start)
        authority = report_letter.authority(title, report_letter.first_paragraphs(lines, start))
    else:
        authority = report_front.authority(front)
        title = report_front.title(front, authority)
    report_checks.check_authority(authority, source)
    collected = read_body(lines[:end], set(chain))
    report = InspectionReport(
        authority=authority,
        framework=framework(judgements, dates[1]),
        inspection_start=dates[0],
        inspection_end=dates[1],
        published=report_front.published(front),
        judgements=tuple(judgements),
        findings=tuple(collected.findings),
        recommendations=tuple(collected.recommendations),
        strengths=tuple(collected.strengths),
        source_name=Path(source).name,
        title=title,
        kind=kind,
    )
    warnings = report_checks.read_warnings(
        report,
        [text.line_pages[index] for index in chain],
        text.page_chars,
        collected.improve_heading,
    )
    return dataclasses.replace(report, warnings=warnings)


def _parse_letter(text: ReportText, kind: ReportKind, source: Path | str) -> InspectionReport:
    """A letter of findings whose paragraphs are not numbered (see ``report_letter``)."""
    # The letter reader, only for a letter of findings (about 4 ms).
    from briefing_app.importers import report_letter

    lines = text.lines
    start = report_letter.body_start(lines)
    end = report_letter.closing(lines, start)
    subject = report_letter.subject(lines, start)
    opening = report_letter.first_paragraphs(lines, start)
    dates = report_letter.visit_dates(opening)
    if dates is None:
        raise ImportFileError(
            source,
            "the dates of the visit could not be found (a sentence such as 'This letter "
            "summarises the findings of the focused visit to ... on 6 and 7 March 2019').",
            NOT_A_REPORT_ADVICE,
        )
    authority = report_letter.authority(subject, opening)
    report_checks.check_authority(authority, source)
    body, places = read_letter_body(lines[start:end], subject)
    if len(body.findings) < MIN_LETTER_PARAGRAPHS:
        raise ImportFileError(
            source,
            "the letter's findings could not be found between its first paragraph and "
            "'Yours sincerely'.",
            NOT_A_REPORT_ADVICE,
        )
    report = InspectionReport(
        authority=authority,
        framework=framework((), dates[1]),
        inspection_start=dates[0],
        inspection_end=dates[1],
        published=None,
        judgements=(),
        findings=tuple(body.findings),
        recommendations=tuple(body.recommendations),
        strengths=(),
        source_name=Path(source).name,
        title=subject,
        kind=kind,
    )
    warnings = report_checks.read_warnings(
        report,
        [text.line_pages[start + place] for place in places],
        text.page_chars,
        body.improve_heading,
    )
    return dataclasses.replace(report, warnings=warnings)


def _check_judgements(
    kind: ReportKind, judgements: Sequence[Judgement], source: Path | str
) -> None:
    """Refuse a graded report whose grades were not found: it was not read as it should be."""
    areas = {j.area for j in judgements}
    if kind is ReportKind.LSCB_REVIEW:
        if JudgementArea.LSCB not in areas:
            raise ImportFileError(
                source,
                "the judgement of the Local Safeguarding Children Board could not be found.",
                NOT_A_REPORT_ADVICE,
            )
        return
    if not kind.graded:
        return
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
