"""Files that are not usable reports are refused with a plain message naming the file."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen.canvas import Canvas

from briefing_app.domain.errors import ImportFileError
from briefing_app.importers.ofsted_report import parse_report_text, read_report_file
from tests.conftest import PORTSMOUTH_TEXT, REFERENCE_PDFS

PORTSMOUTH_PDF = REFERENCE_PDFS / "portsmouth-2014-09-01.pdf"


def make_pdf(path: Path, pages: list[list[str]], *, password: str | None = None) -> Path:
    """A real PDF, written with reportlab; text lines per page (none: a page with a picture)."""
    buffer = io.BytesIO()
    encrypt = StandardEncryption(password, ownerPassword="owner") if password else None
    canvas = Canvas(buffer, encrypt=encrypt)
    for lines in pages:
        if lines:
            text = canvas.beginText(72, 760)
            for line in lines:
                text.textLine(line)
            canvas.drawText(text)
        else:
            canvas.rect(72, 200, 400, 500, fill=1)  # a scanned page is a picture, no text
        canvas.showPage()
    canvas.save()
    path.write_bytes(buffer.getvalue())
    return path


def _refused(path: Path) -> ImportFileError:
    with pytest.raises(ImportFileError) as caught:
        read_report_file(path)
    assert caught.value.message.startswith(f"{path.name}: ")
    assert caught.value.advice
    return caught.value


def test_a_web_page_named_pdf(tmp_path: Path) -> None:
    path = tmp_path / "portsmouth-report.pdf"
    path.write_bytes(
        b"<!DOCTYPE html>\n<html lang='en'><head><title>Ofsted | Portsmouth</title></head>"
        b"<body><p>Download the report</p></body></html>\n"
    )
    assert "web page" in _refused(path).message


def test_a_web_page_named_txt(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("<html><body><p>Inspection report</p></body></html>", encoding="utf-8")
    assert "web page" in _refused(path).message


@pytest.mark.parametrize("name", ["empty.pdf", "empty.txt"])
def test_an_empty_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    assert "empty" in _refused(path).message


@pytest.mark.parametrize("share", [0.1, 0.5, 0.9])
def test_a_truncated_pdf(tmp_path: Path, share: float) -> None:
    data = PORTSMOUTH_PDF.read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: int(len(data) * share)])
    assert "cut short" in _refused(path).message


def test_a_damaged_pdf(tmp_path: Path) -> None:
    data = bytearray(PORTSMOUTH_PDF.read_bytes())
    middle = len(data) // 2
    data[200:middle] = b"\x00" * (middle - 200)
    path = tmp_path / "damaged.pdf"
    path.write_bytes(bytes(data))
    error = _refused(path)
    assert "damaged" in error.message or "no text" in error.message


def test_a_scanned_pdf_with_no_text(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "scan.pdf", [[], [], []])
    assert "looks like a scan" in _refused(path).message


def test_a_password_protected_pdf(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "locked.pdf", [["1. Locked text."]], password="secret")
    assert "password" in _refused(path).message


def test_a_pdf_that_is_not_an_inspection_report(tmp_path: Path) -> None:
    minutes = ["Corporate Parenting Board: minutes of the meeting held on 3 May 2024"] + [
        f"{n}. The board noted item {n} and agreed the actions." for n in range(1, 4)
    ]
    path = make_pdf(tmp_path / "minutes.pdf", [minutes] * 3)
    assert "numbered paragraphs" in _refused(path).message


def test_numbered_text_without_inspection_dates(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(
        "Team notes\n" + "\n".join(f"{n}. Point number {n} of the notes." for n in range(1, 20)),
        encoding="utf-8",
    )
    assert "inspection dates" in _refused(path).message


def test_a_school_report_is_not_a_childrens_services_report(tmp_path: Path) -> None:
    text = (
        "Inspection of Hilltop Primary School\n"
        "Inspection dates: 3 and 4 May 2023\n"
        "Overall effectiveness Good\n"
        "The quality of education Good\n"
        + "\n".join(f"{n}. Pupils enjoy lesson {n} and behave well." for n in range(1, 15))
    )
    path = tmp_path / "school.txt"
    path.write_text(text, encoding="utf-8")
    assert "children's services" in _refused(path).message


def test_a_report_without_its_judgements(tmp_path: Path) -> None:
    text = PORTSMOUTH_TEXT.read_text(encoding="utf-8")
    for word in ("require improvement", "Requires Improvement", "requires improvement"):
        text = text.replace(word, "need work")
    path = tmp_path / "no-grades.txt"
    path.write_text(text, encoding="utf-8")
    assert "overall judgement" in _refused(path).message


def test_text_in_another_encoding_is_read(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(PORTSMOUTH_TEXT.read_text(encoding="utf-8").encode("cp1252", "ignore"))
    report = read_report_file(path)
    assert len(report.findings) == 163
    assert report.finding(85) is not None
    assert "Portsmouth’s robust approach" in report.finding(85).text  # type: ignore[union-attr]


def test_parse_errors_name_the_source() -> None:
    with pytest.raises(ImportFileError, match=r"^odd\.txt: "):
        parse_report_text("1. one\n2. two\n", Path("/x/odd.txt"))
