"""An indicator of many figures prints: its chart's figures in words run on from page to
page instead of asking a table's row to be taller than a page (reportlab's LayoutError),
and the pack stays tagged for screen readers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from briefing_app.domain.dates import long_date
from briefing_app.domain.packs.content import PackAudience, SectionKey
from briefing_app.services.opening.container import Services
from briefing_app.services.packs.service import PackRequest
from tests.pdfcheck import page_texts, qpdf_check
from tests.tagged_pdf import pdfua_findings, read_tagged

FIGURES = 120  # one a month, January 2010 to December 2019


def _month(number: int) -> date:
    return date(2010 + number // 12, number % 12 + 1, 1)


def _value(number: int) -> int:
    return 300 + number % 97


def _figures(folder: Path) -> Path:
    path = folder / "figures.csv"
    rows = [
        f"cla-count,{_month(n).isoformat()},{long_date(_month(n))},{_value(n)},Return"
        for n in range(FIGURES)
    ]
    path.write_text("key,as_at,period,value,document\n" + "\n".join(rows) + "\n", "utf-8")
    return path


def test_an_indicator_of_120_figures_prints_whole(services: Services, tmp_path: Path) -> None:
    services.outcomes.import_figures(_figures(tmp_path))
    for audience in PackAudience:
        path = tmp_path / f"{audience.value}.pdf"
        request = PackRequest(
            audience=audience, sections=(SectionKey.CHILDREN_IN_CARE, SectionKey.SOURCES)
        )
        built = services.packs.build(request, path)
        qpdf_check(path)
        text = " ".join(" ".join(page_texts(PdfReader(path))).split())
        assert f"{long_date(_month(0))}: {_value(0)};" in text
        assert f"{long_date(_month(FIGURES - 1))}: {_value(FIGURES - 1)}" in text
        tagged = read_tagged(path)
        assert tagged.problems == []
        assert built.pages == tagged.pages
    code, report = pdfua_findings(tmp_path / "members.pdf")
    assert code == 0, report
