"""Assembling packs from the seeded Portsmouth data, and saving them safely."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing_app.domain.errors import NotFoundError, PackError, PackWriteError
from briefing_app.domain.packs import Audience, SectionKey
from briefing_app.services.container import Services
from briefing_app.services.packs import PackRequest, pack_file_name
from tests.pdfcheck import bookmarks, page_texts, qpdf_check

PLANTED = "Private-note-7f3a: Zoë Wójcik's foster placement broke down"


def _text(path: Path) -> str:
    return " ".join(" ".join(page_texts(PdfReader(path))).split())


def test_only_sections_with_data_are_offered(services: Services) -> None:
    assert services.packs.offered_sections() == (
        SectionKey.COVER,
        SectionKey.CONTENTS,
        SectionKey.AT_A_GLANCE,
        SectionKey.FINDINGS,
        SectionKey.GLOSSARY,
        SectionKey.SOURCES,
    )
    choosable = services.packs.choosable_sections()
    assert SectionKey.COVER not in choosable
    for waiting in (
        SectionKey.CHILDREN_IN_CARE,
        SectionKey.CARE_LEAVERS,
        SectionKey.QUESTIONS,
        SectionKey.ACTIONS,
        SectionKey.TRAINING,
    ):
        assert waiting not in choosable


def test_sections_are_read_from_a_comma_separated_list(services: Services) -> None:
    assert services.packs.parse_sections(" Glossary, at-a-glance ,") == (
        SectionKey.AT_A_GLANCE,
        SectionKey.GLOSSARY,
    )
    with pytest.raises(PackError, match="'minutes' is not a section") as unknown:
        services.packs.parse_sections("minutes")
    assert "at-a-glance, findings, glossary, sources" in unknown.value.advice
    with pytest.raises(PackError, match="'training' section cannot be printed yet"):
        services.packs.parse_sections("findings,training")
    with pytest.raises(PackError, match="No sections"):
        services.packs.parse_sections(" , ")


def test_the_full_members_pack_has_the_key_figures(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "members.pdf"
    built = services.packs.build(PackRequest(pack_date=date(2024, 6, 12)), path)
    qpdf_check(path)
    reader = PdfReader(path)
    assert built.pages == len(reader.pages)
    assert built.sections == services.packs.offered_sections()
    meta = reader.metadata
    assert meta is not None
    assert meta.author == "Portsmouth City Council"
    assert meta.title == "Corporate Parenting Board: Briefing pack, 12 June 2024"
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    titles = [m.title for m in bookmarks(reader)]
    assert titles[:4] == ["Cover", "Contents", "At a glance", "Inspection findings by theme"]
    assert "Corporate parenting and governance" in titles
    text = _text(path)
    for figure in (
        "Ofsted inspected Portsmouth City Council's services for children from 25 June 2014 to "
        "16 July 2014",
        "The inspectors made 15 recommendations: 11 to the council and 4 to the Local "
        "Safeguarding Children Board (LSCB). 4 of them call for priority and immediate action.",
        "The report lists 21 strengths.",
        "Ofsted report, published 1 September 2014, paragraphs 13 to 23 and 137 to 140.",
        "112 The training provided to help elected members",
        "Paragraph 16 (priority): Ensure that elected members are properly trained",
    ):
        assert figure in text, figure
    assert text.count("! Requires improvement") == 3
    assert text.count("✓ Good") == 4


def test_the_glossary_holds_only_the_acronyms_the_pack_uses(services: Services) -> None:
    full = services.packs.content(PackRequest())
    terms = {t.term for t in full.glossary}
    assert {"LSCB", "CAF", "IRO", "SIF"} <= terms
    known = {t.term for t in services.glossary.glossary()}
    assert terms < known
    texts = " ".join(full.texts())
    for term in terms:
        assert term in texts
    assert "UASC" not in terms

    short = services.packs.content(PackRequest(sections=(SectionKey.GLOSSARY,)))
    assert "CAF" not in {t.term for t in short.glossary}  # only the findings mention it


def test_a_members_only_note_never_reaches_the_public_pack(
    services: Services, tmp_path: Path
) -> None:
    request = PackRequest(covering_note=PLANTED, covering_note_members_only=True)
    members = tmp_path / "members.pdf"
    public = tmp_path / "public.pdf"
    services.packs.build(request, members)
    services.packs.build(dataclasses.replace(request, audience=Audience.PUBLIC), public)
    assert PLANTED in _text(members)
    public_text = _text(public)
    assert "Private-note-7f3a" not in public_text
    assert "OFFICIAL-SENSITIVE" not in public_text
    assert "Public pack" in public_text
    assert "hidden in the public pack so that no child can be identified" in public_text


def test_a_note_meant_for_everyone_is_in_the_public_pack(services: Services) -> None:
    content = services.packs.content(
        PackRequest(
            audience=Audience.PUBLIC,
            covering_note="The meeting is open to the public.",
            covering_note_members_only=False,
        )
    )
    assert content.cover.covering_note == "The meeting is open to the public."


def test_a_meeting_that_does_not_exist_is_a_clear_error(services: Services) -> None:
    with pytest.raises(NotFoundError, match="no meeting number 3"):
        services.packs.content(PackRequest(meeting_id=3))


def test_a_section_without_data_cannot_be_asked_for(services: Services) -> None:
    with pytest.raises(PackError, match="'care-leavers' section cannot be printed yet"):
        services.packs.content(PackRequest(sections=(SectionKey.CARE_LEAVERS,)))


def test_saving_replaces_the_file_whole_and_leaves_nothing_behind(tmp_path: Path) -> None:
    from briefing_app.services.packs import PackService

    target = tmp_path / "pack.pdf"
    target.write_bytes(b"old pack")
    PackService.save(b"%PDF-new", target)
    assert target.read_bytes() == b"%PDF-new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.pdf"]


def test_saving_where_it_cannot_be_saved_is_a_clear_error(tmp_path: Path) -> None:
    from briefing_app.services.packs import PackService

    with pytest.raises(PackWriteError, match=r"folder .* does not exist"):
        PackService.save(b"%PDF", tmp_path / "missing" / "pack.pdf")
    with pytest.raises(PackWriteError, match="is a folder"):
        PackService.save(b"%PDF", tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(PackWriteError):
        PackService.save(b"%PDF", blocker / "pack.pdf")


def test_file_names_are_safe_on_every_system() -> None:
    name = pack_file_name('Board: "Zoë"/Wójcik?', date(2024, 6, 12), Audience.PUBLIC)
    assert name == "Board Zoë Wójcik 2024-06-12 public pack.pdf"
    assert pack_file_name("///", date(2024, 6, 12), Audience.MEMBERS) == (
        "Briefing 2024-06-12 members pack.pdf"
    )
