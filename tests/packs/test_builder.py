"""The PDF renderer, given content made by hand: structure, metadata, fonts and text."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing_app.domain.charts import Chart
from briefing_app.domain.disclosure import SUPPRESSION_NOTE
from briefing_app.domain.errors import PackError
from briefing_app.domain.packs.content import PackAudience, SectionKey
from briefing_app.domain.packs.sections import Statement
from briefing_app.packs.builder import render_pack
from briefing_app.packs.sections import SECTION_MODULES
from tests.conftest import REPO
from tests.packs.conftest import ALL_SECTIONS, neet_charts, sample_content, theme
from tests.pdfcheck import bookmarks, contents_lines, fonts, page_texts, qpdf_check

FONTS = REPO / "resources" / "fonts"


def _render(tmp_path: Path, name: str = "pack.pdf", **changes: object) -> tuple[Path, PdfReader]:
    content = sample_content(**changes)  # type: ignore[arg-type]
    rendered = render_pack(content, FONTS)
    path = tmp_path / name
    path.write_bytes(rendered.data)
    reader = PdfReader(path)
    assert len(reader.pages) == rendered.pages
    return path, reader


def test_the_pack_carries_its_title_author_subject_creator_and_language(tmp_path: Path) -> None:
    path, reader = _render(tmp_path)
    qpdf_check(path)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == ("Zoë's Corporate Parenting Board: Members' briefing pack, 12 June 2024")
    assert meta.author == "Wójcik Borough Council"
    assert meta.subject == (
        "Members' pack for the Zoë's Corporate Parenting Board of Wójcik Borough Council, "
        "12 June 2024"
    )
    assert meta.creator is not None
    assert meta.creator.startswith("Corporate Parenting Briefing")
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en-GB"
    assert root["/PageMode"] == "/UseOutlines"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]


def test_every_section_and_theme_is_a_bookmark_on_the_page_it_starts(tmp_path: Path) -> None:
    _path, reader = _render(tmp_path)
    marks = bookmarks(reader)
    assert [(m.level, m.title) for m in marks] == [
        (0, "Cover"),
        (0, "Contents"),
        (0, "At a glance"),
        (0, "Children in care"),
        (1, "In plain English"),
        (1, "The figures"),
        (1, "Charts"),
        (0, "Care leavers"),
        (1, "In plain English"),
        (1, "The figures"),
        (1, "Charts"),
        (0, "Inspection findings by theme"),
        (1, "Health"),
        (1, "Education"),
        (0, "Questions for this meeting"),
        (1, "Question 1 (POR14-07)"),
        (0, "Open actions"),
        (0, "Training compliance"),
        (0, "Glossary"),
        (0, "Sources and caveats"),
    ]
    texts = page_texts(reader)
    for mark in marks:
        if mark.title != "Cover":
            assert mark.title in texts[mark.page - 1], mark


def _contents_page(reader: PdfReader) -> int:
    return next(m.page for m in bookmarks(reader) if m.title == "Contents")


def test_the_contents_give_the_pdfs_own_page_numbers_and_each_items_number(
    tmp_path: Path,
) -> None:
    _path, reader = _render(tmp_path)
    lines = contents_lines(reader, _contents_page(reader))
    marks = [m for m in bookmarks(reader) if m.title not in ("Cover", "Contents")]
    # The contents name a question by its words too; the bookmark by its number. A
    # section discussed as an item of business has its number, in the order of the pack.
    numbered = [re.fullmatch(r"(?:(\d+)\. )?(.*)", title.split(":")[0]) for title, _ in lines]
    assert [(m[2] if m else "", page) for m, (_, page) in zip(numbered, lines, strict=True)] == [
        (m.title, m.page) for m in marks
    ]
    numbers = {m[2]: m[1] for m in numbered if m}
    assert [numbers[key.title] for key in ALL_SECTIONS[2:]] == [
        "1", "2", "3", "4", "5", "6", "7", None, None,
    ]  # fmt: skip


def test_each_contents_line_links_to_its_section(tmp_path: Path) -> None:
    _path, reader = _render(tmp_path)
    page = _contents_page(reader)
    links = [a.get_object() for a in reader.pages[page - 1].get("/Annots", [])]
    page_numbers = {page.indirect_reference: n for n, page in enumerate(reader.pages, start=1)}
    targets = [page_numbers[a["/Dest"][0]] for a in links if a["/Subtype"] == "/Link"]
    assert targets == [page for _title, page in contents_lines(reader, page)]
    assert len(targets) == 18


def test_every_page_says_page_n_of_m_and_the_packs_date(tmp_path: Path) -> None:
    _path, reader = _render(tmp_path)
    total = len(reader.pages)
    for number, text in enumerate(page_texts(reader), start=1):
        assert f"Page {number} of {total}" in text
        assert "12 June 2024" in text
        assert "OFFICIAL-SENSITIVE" in text


def test_accented_names_render_in_embedded_fonts_and_copy_out_exactly(tmp_path: Path) -> None:
    _path, reader = _render(tmp_path)
    text = "\n".join(page_texts(reader))
    for name in ("Łukasz Nowak", "Zoë's Corporate Parenting Board", "Wójcik Borough Council"):
        assert name in text
    assert "Łukasz Zoë Wójcik panel" in text
    used = fonts(reader)
    assert used, "the pack uses no fonts"
    for name, font in used.items():
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{name} is not embedded"
        assert "DejaVuSans" in name
        assert "/ToUnicode" in font, f"{name} cannot be copied out"


def test_a_long_table_repeats_its_header_row_on_every_page(tmp_path: Path) -> None:
    long_theme = theme("workforce", "Workforce", range(1, 121))
    _path, reader = _render(tmp_path, themes=(long_theme,))
    texts = page_texts(reader)
    pages = [t for t in texts if re.search(r"Finding \d+ says something about workforce", t)]
    assert len(pages) >= 3
    for text in pages:
        assert "What the report says (its first sentence)" in text
    assert "Finding 120 says something about workforce." in "\n".join(texts)


def test_the_judgements_show_each_grade_in_words_and_a_symbol(tmp_path: Path) -> None:
    _path, reader = _render(tmp_path, sections=(SectionKey.COVER, SectionKey.AT_A_GLANCE))
    # At a glance: the pages after the cover and the contents (the grades' meanings in
    # Ofsted's words take it over a page).
    text = "\n".join(page_texts(reader)[2:])
    for expected in ("! Requires improvement", "✓ Good", "✗ Inadequate", "★ Outstanding"):
        assert expected in text
    assert "There were 318 children in care.2" in text.replace("\n", " ")
    assert "Figures most off track" in text


def test_every_figure_is_footnoted_with_its_source(tmp_path: Path) -> None:
    _path, reader = _render(tmp_path, sections=(SectionKey.COVER, SectionKey.AT_A_GLANCE))
    text = "\n".join(page_texts(reader)[1:])  # the notes go with the section's last points
    assert "Notes" in text
    assert "1. Ofsted report, first page." in text
    assert "2. Data return." in text
    assert "Source: Ofsted report, first page." in text


def test_a_suppressed_figure_is_marked_and_explained(tmp_path: Path) -> None:
    point = Statement("[c] children went missing last month.", "Council records.", True)
    _path, reader = _render(
        tmp_path,
        audience=PackAudience.PUBLIC,
        sections=(SectionKey.COVER, SectionKey.AT_A_GLANCE, SectionKey.SOURCES),
        points=(point,),
    )
    text = " ".join(" ".join(page_texts(reader)).split())
    assert "[c] children went missing" in text
    assert SUPPRESSION_NOTE in text
    assert "OFFICIAL-SENSITIVE" not in text
    assert "Public pack" in text


@pytest.mark.parametrize("key", sorted(SECTION_MODULES, key=lambda k: list(SectionKey).index(k)))
def test_every_section_builds_on_its_own(key: SectionKey, tmp_path: Path) -> None:
    sections = SectionKey.in_order({key, SectionKey.COVER})
    path, reader = _render(tmp_path, sections=sections)
    qpdf_check(path)
    assert key.title in [m.title for m in bookmarks(reader)]


@pytest.mark.parametrize("chart", neet_charts(), ids=["comparison", "trend"])
def test_charts_draw_from_the_screens_definitions(chart: Chart, tmp_path: Path) -> None:
    path, reader = _render(tmp_path, sections=(SectionKey.COVER, SectionKey.FINDINGS), chart=chart)
    qpdf_check(path)
    text = " ".join(" ".join(page_texts(reader)).split())
    assert chart.title in text
    # Every value in words; the notes ("Lower is better.") once, under the chart.
    assert f"In words: {chart.description.removesuffix(' Lower is better.')}" in text
    assert text.count("Lower is better.") == 1
    for series in chart.series:
        for point in series.points:
            if point.value is not None and (series.emphasis or chart.kind.value == "comparison"):
                assert point.label in text, point  # printed beside its bar or point
    if len(chart.series) > 1:
        for series in chart.series:
            assert series.name in text  # the legend
    assert "Source: the app's theme tags." in text
    assert all("DejaVuSans" in name for name in fonts(reader))


def test_a_record_prints_on_its_own_without_cover_or_contents(tmp_path: Path) -> None:
    content = dataclasses.replace(
        sample_content(), sections=(SectionKey.RECORD,), document="Meeting record"
    )
    path = tmp_path / "record.pdf"
    path.write_bytes(render_pack(content, FONTS).data)
    qpdf_check(path)
    reader = PdfReader(path)
    text = " ".join(" ".join(page_texts(reader)).split())
    assert [m.title for m in bookmarks(reader)] == ["Meeting record"]
    assert "Zoë's Corporate Parenting Board, 1 March 2024: Spring board" in text
    assert "Private-answer-3c1: Łukasz Wójcik's family matter" in text
    assert "Meeting record, 12 June 2024" in text  # the footer names the document
    assert "Members' pack" not in text


def test_a_section_without_a_renderer_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(SECTION_MODULES, SectionKey.CHILDREN_IN_CARE)
    content = dataclasses.replace(
        sample_content(), sections=(SectionKey.COVER, SectionKey.CHILDREN_IN_CARE)
    )
    with pytest.raises(PackError, match="Children in care"):
        render_pack(content, FONTS)


def test_missing_fonts_are_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(PackError, match=r"DejaVuSans.*missing") as caught:
        render_pack(sample_content(), tmp_path)
    assert "Reinstall" in caught.value.advice


def test_progress_is_reported_from_start_to_finish() -> None:
    seen: list[tuple[float, str]] = []
    render_pack(sample_content(), FONTS, lambda fraction, message: seen.append((fraction, message)))
    fractions = [fraction for fraction, _ in seen]
    assert fractions == sorted(fractions)
    assert fractions[-1] == 1.0
    assert any(message.startswith("Laying out page") for _, message in seen)
    assert len(seen) > 5
