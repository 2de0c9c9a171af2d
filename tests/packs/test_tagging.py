"""Tagged packs (PDF/UA-1), read back with pikepdf: every page's drawing is tagged or an
artifact, and the structure tree holds headings, lists, tables, figures and links."""

from __future__ import annotations

import dataclasses
import itertools
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing_app.domain.meetings import ActionDetails, ItemStatus, MeetingDetails
from briefing_app.domain.packs.content import PackAudience, PackContent, SectionKey
from briefing_app.packs.builder import render_pack
from briefing_app.services.opening.container import Services
from briefing_app.services.packs.service import PackRequest
from tests.conftest import REPO
from tests.packs.conftest import neet_charts, sample_content, theme
from tests.packs.test_layout_faults import check_real_pack_layout
from tests.pdfcheck import bookmarks, page_texts, qpdf_check
from tests.tagged_pdf import TaggedPdf, pdfua_findings, read_tagged

FONTS = REPO / "resources" / "fonts"


def _write(tmp_path: Path, content: PackContent, name: str = "pack.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(render_pack(content, FONTS).data)
    return path


@pytest.fixture(params=[PackAudience.MEMBERS, PackAudience.PUBLIC], ids=["members", "public"])
def pack(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, TaggedPdf]:
    path = _write(tmp_path, sample_content(audience=request.param))
    return path, read_tagged(path)


def test_every_mark_on_every_page_is_tagged_content_or_an_artifact(
    pack: tuple[Path, TaggedPdf],
) -> None:
    path, tagged = pack
    qpdf_check(path)
    assert tagged.problems == []
    assert tagged.pages == len(PdfReader(path).pages)
    assert [e.role for e in tagged.root.children] == ["Document"]
    sections = list(tagged.root.children[0].children)
    assert {e.role for e in sections} == {"Sect"}
    assert len(sections) == len(sample_content().sections)


def test_the_pdfua_checker_finds_nothing_to_warn_about(pack: tuple[Path, TaggedPdf]) -> None:
    path, _tagged = pack
    status, report = pdfua_findings(path)
    assert status == 0, report


def test_headings_nest_as_the_bookmarks_do(pack: tuple[Path, TaggedPdf]) -> None:
    path, tagged = pack
    headings = tagged.headings()
    assert headings[0][0] == 1
    deepest = 0
    for level, text in headings:
        assert text.strip(), "an empty heading"
        assert level <= deepest + 1, (level, text)
        deepest = level
    # Every bookmark is a heading at its own depth (H1 for a section, H2 for its parts),
    # in the same order; the cover's bookmark is the cover's title.
    marks = [(m.level + 1, m.title) for m in bookmarks(PdfReader(path))]
    shown = [(level, text) for level, text in headings if (level, text) in marks]
    assert shown == [m for m in marks if m[1] != "Cover"]
    assert headings[0][1] in ("Members' briefing pack", "Public briefing pack")


def test_tables_have_header_cells_with_their_scope_and_regular_rows(
    pack: tuple[Path, TaggedPdf],
) -> None:
    _path, tagged = pack
    tables = tagged.elements("Table")
    assert len(tables) >= 8
    for table in tables:
        rows = [row for row in table.children if row.role == "TR"]
        assert rows == table.children
        widths = {sum(int(c.attributes.get("ColSpan", 1)) for c in row.children) for row in rows}
        assert len(widths) == 1, "rows of different widths"
        for cell in table.walk():
            if cell.role == "TH":
                assert str(cell.attributes.get("Scope")) in ("/Column", "/Row")
    glossary = next(t for t in tables if t.children[0].children[0].all_text == "Term")
    assert [c.role for c in glossary.children[0].children] == ["TH", "TH", "TH"]
    assert [c.role for c in glossary.children[1].children] == ["TH", "TD", "TD"]
    assert glossary.children[1].children[1].all_text == "Łukasz Zoë Wójcik panel"


def test_a_table_header_repeated_on_a_new_page_is_tagged_once(tmp_path: Path) -> None:
    long_theme = theme("workforce", "Workforce", range(1, 121))
    path = _write(tmp_path, sample_content(themes=(long_theme,)))
    tagged = read_tagged(path)
    assert tagged.problems == []
    table = next(
        t for t in tagged.elements("Table") if "Finding 120 says" in t.children[-1].all_text
    )
    headers = [c for c in table.walk() if c.role == "TH"]
    assert [h.all_text for h in headers] == [
        "Paragraph",
        "What the report says (its first sentence)",
    ]
    assert len(table.children) == 121
    pages = {page for row in table.children for cell in row.children for page, _ in cell.mcids}
    assert len(pages) >= 3  # the header shows on each of them, as an artifact after the first


def test_figures_carry_the_charts_words_with_every_value(tmp_path: Path) -> None:
    comparison, trend = neet_charts()
    path = _write(tmp_path, sample_content())
    figures = read_tagged(path).elements("Figure")
    alts = [f.alt for f in figures]
    assert comparison.description in alts
    assert trend.description in alts
    for chart in (comparison, trend):
        for series in chart.series:
            for point in series.points:
                if point.value is not None:
                    assert point.label in chart.description
    # 48.1% against England's 34%: the comparison is in the words.
    assert "Wójcik: 48.1%" in comparison.description
    assert "England: 34%" in comparison.description
    for figure in figures:
        assert figure.alt.strip()
        assert figure.mcids, "a figure that draws nothing"


def test_lists_are_tagged_with_their_bullets_as_labels(pack: tuple[Path, TaggedPdf]) -> None:
    _path, tagged = pack
    lists = tagged.elements("L")
    assert lists
    for listing in lists:
        for item in listing.children:
            assert item.role == "LI"
            assert [c.role for c in item.children] == ["Lbl", "LBody"]
            assert item.children[0].all_text == "•"
            assert item.children[1].all_text


def test_note_numbers_and_contents_lines_are_described_links(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        sample_content(sections=(SectionKey.COVER, SectionKey.CONTENTS, SectionKey.AT_A_GLANCE)),
    )
    tagged = read_tagged(path)
    assert tagged.problems == []
    links = tagged.elements("Link")
    descriptions = [d for link in links for d in link.links]
    assert "Go to At a glance" in descriptions
    assert "Note 1: Ofsted report, first page." in descriptions
    assert "Note 2: Data return." in descriptions
    toc = tagged.elements("TOC")[0]
    assert [c.role for c in toc.children] == ["TOCI"]
    assert toc.children[0].children[0].all_text.replace(" ", "").startswith("1.Ataglance")
    # Each note number leads to its note, on the page the note is printed.
    reader = PdfReader(path)
    pages = {page.indirect_reference: n for n, page in enumerate(reader.pages)}
    texts = page_texts(reader)
    followed = 0
    for number, page in enumerate(reader.pages):
        for annotation in page.get("/Annots", []):
            annotation = annotation.get_object()
            described = str(annotation["/Contents"])
            match = re.match(r"Note (\d+): (.*)", described)
            if match is None:
                continue
            note_page = pages[annotation["/Dest"][0]]
            assert f"{match[1]}. {match[2]}" in texts[note_page], (number, described)
            followed += 1
    assert followed == 5  # the five sentences of the glance section with notes


def test_metadata_names_the_title_and_pdfua(pack: tuple[Path, TaggedPdf]) -> None:
    path, tagged = pack
    assert "<pdfuaid:part>1</pdfuaid:part>" in tagged.metadata
    title = PdfReader(path).metadata.title  # type: ignore[union-attr]
    assert f'<rdf:li xml:lang="x-default">{title}</rdf:li>' in tagged.metadata.replace(
        "&#x27;", "'"
    ).replace("&apos;", "'")
    assert "<rdf:li>en-GB</rdf:li>" in tagged.metadata
    reader = PdfReader(path)
    assert reader.pdf_header.endswith("1.7")
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"]


def test_names_with_accents_are_in_the_tagged_text(pack: tuple[Path, TaggedPdf]) -> None:
    _path, tagged = pack
    text = tagged.root.all_text
    for name in ("Łukasz Nowak will present item 4.", "Wójcik Borough Council"):
        assert name in text


def test_each_page_reads_head_then_body_then_foot(pack: tuple[Path, TaggedPdf]) -> None:
    path, _tagged = pack
    texts = page_texts(PdfReader(path))
    for number, text in enumerate(texts, start=1):
        assert text.rstrip().endswith(f"Page {number} of {len(texts)}"), number


def test_a_meeting_record_is_tagged_too(tmp_path: Path) -> None:
    content = dataclasses.replace(
        sample_content(), sections=(SectionKey.RECORD,), document="Meeting record"
    )
    path = _write(tmp_path, content, "record.pdf")
    tagged = read_tagged(path)
    assert tagged.problems == []
    assert pdfua_findings(path)[0] == 0
    assert [level for level, _ in tagged.headings()] == [1, 2, 3]
    label_table = tagged.elements("Table")[0]
    assert [c.role for c in label_table.children[0].children] == ["TH", "TD"]


def test_an_untagged_pack_has_no_structure_tree(tmp_path: Path) -> None:
    path = tmp_path / "plain.pdf"
    path.write_bytes(render_pack(sample_content(), FONTS, tagged=False).data)
    qpdf_check(path)
    assert read_tagged(path).problems == ["no structure tree"]


def _meeting(services: Services) -> int:
    """A meeting with twelve questions, after an earlier one with answers and actions."""
    codes = [q.id for q in services.scrutiny.all_questions()]
    earlier = services.meetings.create(
        MeetingDetails("Corporate Parenting Board", date(2024, 3, 1), "Spring board")
    )
    for code in codes[:3]:
        item = services.meetings.add_question(earlier.id, code)
        services.meetings.set_status(item.id, ItemStatus.ANSWERED)
        services.meetings.save_answer(item.id, "Łukasz Wójcik said a plan is coming.", False)
        services.meetings.add_action(
            item.id, ActionDetails("Zoë Hartley", "Bring the plan.", date(2024, 5, 1))
        )
    meeting = services.meetings.create(
        MeetingDetails("Corporate Parenting Board", date(2024, 6, 12), "Summer board")
    )
    for code in codes[:12]:
        services.meetings.add_question(meeting.id, code)
    return earlier.id


def test_real_packs_with_and_without_a_meeting_and_a_record_are_tagged_throughout(
    services: Services, tmp_path: Path
) -> None:
    earlier = _meeting(services)
    later = earlier + 1
    built = []
    for audience in PackAudience:
        for meeting in (None, later):
            request = PackRequest(audience=audience, meeting_id=meeting)
            path = tmp_path / f"{audience.value}-{meeting}.pdf"
            built.append(services.packs.build(request, path).path)
    built.append(services.packs.build_record(earlier, tmp_path / "record.pdf").path)
    for path in built:
        qpdf_check(path)
        tagged = read_tagged(path)
        assert tagged.problems == [], path.name
        status, report = pdfua_findings(path)
        assert status == 0, report
        levels = [level for level, _ in tagged.headings()]
        assert all(b <= a + 1 for a, b in itertools.pairwise(levels)), path.name
        for figure in tagged.elements("Figure"):
            assert re.search(r"\d", figure.alt), figure.alt  # the values, in words
        check_real_pack_layout(tagged, path.name)
