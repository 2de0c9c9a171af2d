"""Packs laid out like committee papers, read back from the PDF: the front sheet, the
agenda with its page numbers, the item named at the top of every page, the exempt
items of a members' pack and the public pack's own words; all of it tagged."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing_app.domain.exempt_information import ExemptParagraph
from briefing_app.domain.meetings import MeetingArrangements
from briefing_app.domain.packs.content import ExemptPart, PackAudience, PackContent, SectionKey
from briefing_app.domain.packs.sections import FrontSheet
from briefing_app.packs.builder import render_pack
from tests.conftest import REPO
from tests.packs.conftest import sample_content
from tests.pdfcheck import bookmarks, page_texts, qpdf_check
from tests.tagged_pdf import pdfua_findings, read_tagged

FONTS = REPO / "resources" / "fonts"
PAPERS = MeetingArrangements(
    start=time(16, 0),
    venue="Conference Room A, Civic Offices",
    membership=("Councillor Zoë Hartley (Chair)", "Councillor Łukasz Wójcik"),
    clerk="Jane Smith, Democratic Services",
    clerk_contact="023 9283 4057",
    exempt_paragraph=ExemptParagraph.IDENTITY,
)
EXEMPT = (
    ExemptPart(SectionKey.ACTIONS, "the names of those who agreed to each action"),
    ExemptPart(SectionKey.TRAINING, "councillors' names, with their training records"),
)


def _content(
    audience: PackAudience = PackAudience.MEMBERS, papers: MeetingArrangements | None = PAPERS
) -> PackContent:
    content = sample_content(audience=audience)
    sheet = None if papers is None else FrontSheet(date(2024, 6, 12), papers, date(2024, 3, 1))
    return dataclasses.replace(
        content,
        front_sheet=sheet,
        exempt=EXEMPT if audience is PackAudience.MEMBERS else (),
        exempt_paragraph=ExemptParagraph.IDENTITY,
    )


def _write(tmp_path: Path, content: PackContent, name: str = "pack.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(render_pack(content, FONTS).data)
    return path


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_front_sheet_gives_the_meetings_particulars(tmp_path: Path) -> None:
    reader = PdfReader(_write(tmp_path, _content()))
    front = _flat(page_texts(reader)[0])
    for expected in (
        "Members' briefing pack",
        "Date Wednesday 12 June 2024",
        "Time 4pm",
        "Venue Conference Room A, Civic Offices",
        "Membership Councillor Zoë Hartley (Chair), Councillor Łukasz Wójcik",
        "Contact Jane Smith, Democratic Services 023 9283 4057",
        "Issued 1 June 2024",
        "Items 9 and 10 of the agenda are not for publication by virtue of paragraph 2 of "
        "Part 1 of Schedule 12A to the Local Government Act 1972: information which is "
        "likely to reveal the identity of an individual. In plain English: information that "
        "could show who someone is.",
    ):
        assert expected in front, expected
    assert "Public Document Pack" not in front
    assert "another format" not in front


def test_the_public_front_sheet_is_a_public_document_pack_with_other_formats(
    tmp_path: Path,
) -> None:
    reader = PdfReader(_write(tmp_path, _content(PackAudience.PUBLIC)))
    front = _flat(page_texts(reader)[0])
    assert front.startswith("OFFICIAL Public Document Pack OFFICIAL")
    assert "Public briefing pack" in front
    assert "Published 1 June 2024" in front
    assert (
        "If you need this pack in another format, such as large print, Braille, audio, easy "
        "read or another language, contact Jane Smith, Democratic Services, 023 9283 4057."
    ) in front
    assert "not for publication" not in " ".join(page_texts(reader))


def test_what_is_not_recorded_is_said_plainly(tmp_path: Path) -> None:
    reader = PdfReader(_write(tmp_path, _content(PackAudience.PUBLIC, MeetingArrangements())))
    front = _flat(page_texts(reader)[0])
    assert "Time To be confirmed" in front
    assert "Venue To be confirmed" in front
    assert "Membership" not in front
    assert "Contact Ask the council's democratic services team" in front
    assert "another language, contact the council's democratic services team." in front


def test_the_agenda_leads_to_the_page_each_item_starts_on(tmp_path: Path) -> None:
    reader = PdfReader(_write(tmp_path, _content()))
    starts = {m.title: m.page for m in bookmarks(reader) if m.level == 0}
    agenda_page = reader.pages[1]
    text = _flat(agenda_page.extract_text())
    assert text.index("1 Apologies for absence") < text.index("2 Declarations of interest")
    assert "held on 1 March 2024 as a correct record" in text
    assert "Exempt: not for publication (paragraph 2 of Schedule 12A)" in text
    numbers = {page.indirect_reference: n for n, page in enumerate(reader.pages, start=1)}
    linked = [
        numbers[a.get_object()["/Dest"][0]]
        for a in agenda_page.get("/Annots", [])
        if a.get_object()["/Subtype"] == "/Link"
    ]
    titled = [title for title in starts if title not in ("Cover", "Contents")]
    assert linked == [starts[title] for title in titled]
    for title in titled:
        assert re.search(rf"{re.escape(title)} .*? {starts[title]}\b", text), title


def test_every_page_names_its_item_and_an_exempt_one_says_so(tmp_path: Path) -> None:
    reader = PdfReader(_write(tmp_path, _content()))
    marks = [m for m in bookmarks(reader) if m.level == 0]
    texts = page_texts(reader)
    heads = {
        "Contents": "Contents",
        "At a glance": "Agenda item 4",
        "Open actions": "Agenda item 9 · Exempt",
        "Training compliance": "Agenda item 10 · Exempt",
        "Glossary": "For reference",
        "Sources and caveats": "For reference",
    }
    for mark, following in zip(marks, [*marks[1:], None], strict=True):
        last = following.page - 1 if following else len(texts)
        for page in range(mark.page, last + 1):
            head = " ".join(texts[page - 1].splitlines()[:3])
            if mark.title == "Cover":
                assert head.startswith("OFFICIAL-SENSITIVE" if page == 1 else "Wójcik")
                assert page == 1 or head.endswith("Agenda")
            elif mark.title in heads:
                assert head.endswith(heads[mark.title]), (page, head)
            else:
                assert re.search(r"Agenda item \d+$", head), (page, head)
    exempt_from = next(m.page for m in marks if m.title == "Open actions")
    assert not any("Exempt" in " ".join(t.splitlines()[:3]) for t in texts[: exempt_from - 1])


def test_an_exempt_item_opens_with_its_notice_read_after_its_heading(tmp_path: Path) -> None:
    path = _write(tmp_path, _content())
    tagged = read_tagged(path)
    sections = tagged.root.children[0].children
    training = next(s for s in sections if s.children[0].all_text == "Training compliance")
    notice = "".join(child.all_text for child in training.children[1:3])
    # (Words broken over lines come back without the space between them.)
    assert notice.replace(" ", "") == (
        "Exempt information: not for publication Not for publication by virtue of paragraph "
        "2 of Part 1 of Schedule 12A to the Local Government Act 1972: information which is "
        "likely to reveal the identity of an individual. In plain English: information that "
        "could show who someone is. This part holds councillors' names, with their training "
        "records, which the public pack leaves out."
    ).replace(" ", "")
    glance = next(s for s in sections if s.children[0].all_text == "At a glance")
    assert "Exempt" not in glance.children[1].all_text


@pytest.mark.parametrize("audience", [PackAudience.MEMBERS, PackAudience.PUBLIC])
def test_the_papers_are_tagged_and_pass_the_checks(tmp_path: Path, audience: PackAudience) -> None:
    path = _write(tmp_path, _content(audience))
    qpdf_check(path)
    tagged = read_tagged(path)
    assert tagged.problems == []
    tables = [t for t in tagged.elements("Table") if t.children[0].all_text.startswith("Item")]
    [agenda] = tables
    assert [c.role for c in agenda.children[0].children] == ["TH", "TH", "TH"]
    details = next(t for t in tagged.elements("Table") if t.children[0].all_text.startswith("Date"))
    assert [c.role for c in details.children[0].children] == ["TH", "TD"]
    status, report = pdfua_findings(path)
    assert status == 0, report
