"""Turn an Ofsted children's services inspection report (PDF or text) into an InspectionReport.

Works for both frameworks since 2014: the single inspection framework (SIF, 2013-2017)
and ILACS (2018 onwards). The report is first cleaned into logical lines (see
``report_lines``). The parser then finds the run of numbered paragraphs (1, 2, 3, ... N)
that forms the body, so that the small numbers a front page reuses for its list of
judgements (1, 2, 2.1, 3) are not taken for paragraphs; ``report_body`` reads the body,
``report_front`` the front page and ``report_judgements`` the grades. A file that is not
such a report is refused with a message saying why.

The importer only extracts what the report says; tagging findings with themes and linking
recommendations to evidence are done afterwards (``domain.themes``, ``domain.evidence``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from briefing_app.domain.errors import ImportFileError
from briefing_app.domain.progress import ProgressCallback
from briefing_app.domain.reports import Framework, InspectionReport, JudgementArea
from briefing_app.importers import report_front, report_judgements
from briefing_app.importers.pdf_text import check_pdf_bytes, looks_like_pdf, read_pdf_pages
from briefing_app.importers.report_body import end_of_findings, paragraph_chain, read_body
from briefing_app.importers.report_lines import Page, logical_lines, pages_from_text

NOT_A_REPORT_ADVICE = (
    "Choose an Ofsted inspection report of a council's children's services, "
    "published in 2014 or later, as a PDF or a text file."
)
# Fewer numbered paragraphs than this: not an inspection report.
MIN_PARAGRAPHS = 10

_CHILDRENS_SERVICES_AREAS = frozenset(JudgementArea) - {
    JudgementArea.OVERALL_EFFECTIVENESS,
    JudgementArea.LSCB,
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
    """Parse a report from its printed lines, page by page."""
    lines = logical_lines(pages)
    if not lines:
        raise ImportFileError(source, "the file is empty.", NOT_A_REPORT_ADVICE)
    return parse_logical_lines(lines, source)


def parse_logical_lines(lines: list[str], source: Path | str) -> InspectionReport:
    chain = paragraph_chain(lines)
    if len(chain) < MIN_PARAGRAPHS:
        raise ImportFileError(
            source,
            "no run of numbered paragraphs was found, so this does not look like an "
            "Ofsted inspection report.",
            NOT_A_REPORT_ADVICE,
        )
    end = end_of_findings(lines, chain[0])
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
    collected = read_body(lines[:end], set(chain))
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
