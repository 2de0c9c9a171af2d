"""Assembling packs from the seeded Portsmouth data, and saving them safely."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing_app.domain.dates import long_date
from briefing_app.domain.errors import NotFoundError, PackError, PackWriteError
from briefing_app.domain.meetings import ActionDetails, ItemStatus, MeetingDetails
from briefing_app.domain.packs.content import PackAudience, SectionKey
from briefing_app.services.opening.container import Services
from briefing_app.services.packs.service import PackRequest, pack_file_name
from tests.pdfcheck import bookmarks, page_texts, qpdf_check

PLANTED = "Private-note-7f3a: Zoë Wójcik's foster placement broke down"
TODAY = date(2024, 6, 1)


def _text(path: Path) -> str:
    return " ".join(" ".join(page_texts(PdfReader(path))).split())


def _meeting(services: Services) -> int:
    """A meeting on 12 June 2024 with three questions, after an earlier one in March."""
    codes = {q.code: q.id for q in services.scrutiny.all_questions()}
    earlier = services.meetings.create(
        MeetingDetails("Corporate Parenting Board", date(2024, 3, 1), "Spring board")
    )
    asked = services.meetings.add_question(earlier.id, codes["POR14-32"])
    services.meetings.set_status(asked.id, ItemStatus.ANSWERED)
    services.meetings.save_answer(asked.id, "A plan for care leavers' housing is coming.", False)
    services.meetings.add_action(
        asked.id, ActionDetails("Head of Service", "Bring the housing plan.", date(2024, 5, 1))
    )
    meeting = services.meetings.create(
        MeetingDetails("Children and Young People Scrutiny Panel", date(2024, 6, 12), "Summer")
    )
    for code in ("POR14-31", "POR14-32", "POR14-07"):
        services.meetings.add_question(meeting.id, codes[code])
    return meeting.id


def test_sections_are_offered_when_the_app_holds_data_for_them(services: Services) -> None:
    packs = services.packs
    assert packs.offered_sections() == (
        SectionKey.COVER,
        SectionKey.CONTENTS,
        SectionKey.AT_A_GLANCE,
        SectionKey.CHILDREN_IN_CARE,
        SectionKey.CARE_LEAVERS,
        SectionKey.FINDINGS,
        SectionKey.TRAINING,
        SectionKey.GLOSSARY,
        SectionKey.SOURCES,
    )
    assert SectionKey.COVER not in packs.choosable_sections()
    meeting_id = _meeting(services)
    assert SectionKey.ACTIONS in packs.offered_sections()  # meetings are now recorded
    assert SectionKey.QUESTIONS not in packs.offered_sections()
    assert SectionKey.QUESTIONS in packs.offered_sections(meeting_id)
    assert SectionKey.RECORD not in packs.offered_sections(meeting_id)
    assert [m.id for m in packs.meetings()] == [meeting_id, meeting_id - 1]


def test_sections_are_read_from_a_comma_separated_list(services: Services) -> None:
    packs = services.packs
    assert packs.parse_sections(" Glossary, at-a-glance ,care-leavers") == (
        SectionKey.AT_A_GLANCE,
        SectionKey.CARE_LEAVERS,
        SectionKey.GLOSSARY,
    )
    with pytest.raises(PackError, match="'minutes' is not a section") as unknown:
        packs.parse_sections("minutes")
    assert "at-a-glance, children-in-care, care-leavers, findings, training" in unknown.value.advice
    with pytest.raises(PackError, match="'record' is not a section"):
        packs.parse_sections("record")
    with pytest.raises(PackError, match="'questions' section needs a meeting"):
        packs.parse_sections("findings,questions")
    with pytest.raises(PackError, match="'actions' section cannot be printed yet"):
        packs.parse_sections("actions")
    with pytest.raises(PackError, match="No sections"):
        packs.parse_sections(" , ")


def test_the_full_members_pack_has_the_key_figures(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "members.pdf"
    built = services.packs.build(PackRequest(pack_date=date(2024, 6, 12)), path)
    qpdf_check(path)
    reader = PdfReader(path)
    assert built.pages == len(reader.pages)
    assert built.sections == services.packs.offered_sections()
    meta = reader.metadata
    assert meta is not None
    assert meta.author == "Portsmouth (demonstration)"
    # The demonstration says so on the cover, and at the head of every page after it.
    pages = [" ".join(page.split()) for page in page_texts(reader)]
    assert "Demonstration: Ofsted's 2014 findings on Portsmouth" in pages[0]
    assert all("Portsmouth (demonstration)" in page for page in pages[1:])
    assert meta.title == "Corporate Parenting Board: Briefing pack, 12 June 2024"
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    titles = [m.title for m in bookmarks(reader)]
    assert titles[:4] == ["Cover", "Contents", "At a glance", "Children in care"]
    for title in ("Care leavers", "Corporate parenting and governance", "Training compliance"):
        assert title in titles
    text = _text(path)
    for figure in (
        "Ofsted inspected Portsmouth City Council's services for children from 25 June 2014 to "
        "16 July 2014",
        "The inspectors made 15 recommendations: 11 to the council and 4 to the Local "
        "Safeguarding Children Board (LSCB). 4 of them call for priority and immediate action.",
        "The report lists 21 strengths.",
        "112 The training provided to help elected members",
        "Paragraph 16 (priority): Ensure that elected members are properly trained",
        # figures, their status and trend in words with a symbol, and their sources
        "Not in education, work or training (care leavers): 48.1%, July 2014. Worse than England.",
        "✗ Worse than England",
        "▲ Up from 306",
        "Ofsted report, published 1 September 2014: paragraph 104.",
        "Ofsted report, published 1 September 2014: the section “Information about this "
        "local authority area”.",
        "In words: Bar chart comparing Portsmouth: 48.1%; England: 34%.",
        "In words: Line chart of Portsmouth over time: 31 March 2013: 306; 31 March 2014: 318. ",
        # training, with the demonstration roster's accented names
        # (the demonstration roster is dated from the day it was loaded: today)
        f"On {long_date(date.today())}, 7 of the 15 councillors were fully in date with "
        "their corporate parenting training.",
        "Łukasz Wójcik",
        "Zoë Hartley",
        "Hannah Møller-Jones",
    ):
        assert figure in text, figure
    assert text.count("! Requires improvement") == 3
    assert text.count("✓ Good") == 4


def test_choosing_a_meeting_sets_the_committee_and_date_and_brings_its_questions(
    services: Services, tmp_path: Path
) -> None:
    meeting_id = _meeting(services)
    services.packs.today = lambda: TODAY
    request = PackRequest(meeting_id=meeting_id, committee="Ignored", pack_date=date(2030, 1, 1))
    content = services.packs.content(request)
    assert content.cover.committee == "Children and Young People Scrutiny Panel"
    assert content.cover.meeting_title == "Summer"
    assert content.pack_date == date(2024, 6, 12)
    assert content.questions is not None
    entries = content.questions.entries
    assert [e.code for e in entries] == ["POR14-31", "POR14-32", "POR14-07"]
    second = entries[1]
    assert [p.paragraph for p in second.paragraphs] == [8, 22, 104]
    assert second.paragraphs[2].excerpt.startswith("Too many care leavers")
    assert any(
        f.text.startswith("Not in education, work or training: 48.1%") for f in second.figures
    )
    assert [(e.outcome, e.answer) for e in second.earlier] == [
        ("Answered", "A plan for care leavers' housing is coming.")
    ]
    assert [a.description for a in second.open_actions] == ["Bring the housing plan."]
    assert second.open_actions[0].overdue

    path = tmp_path / "meeting.pdf"
    services.packs.write(content, path)
    qpdf_check(path)
    reader = PdfReader(path)
    assert reader.metadata is not None
    assert reader.metadata.title == (
        "Children and Young People Scrutiny Panel: Briefing pack, 12 June 2024"
    )
    titles = [m.title for m in bookmarks(reader)]
    assert [t for t in titles if t.startswith("Question ")] == [
        "Question 1 (POR14-31)",
        "Question 2 (POR14-32)",
        "Question 3 (POR14-07)",
    ]
    text = _text(path)
    assert text.count("Your notes") == 3
    assert "⚠ Overdue 31 days overdue" in text  # the open action, flagged
    assert "Head of Service" in text


def test_a_meeting_that_does_not_exist_is_a_clear_error(services: Services) -> None:
    with pytest.raises(NotFoundError, match="no meeting number 3") as caught:
        services.packs.content(PackRequest(meeting_id=3))
    assert "briefing-app meetings" in caught.value.advice


def test_a_section_without_data_cannot_be_asked_for(services: Services) -> None:
    with pytest.raises(PackError, match="'actions' section cannot be printed yet"):
        services.packs.content(PackRequest(sections=(SectionKey.ACTIONS,)))
    with pytest.raises(PackError, match="'questions' section needs a meeting"):
        services.packs.content(PackRequest(sections=(SectionKey.QUESTIONS,)))


def test_at_a_glance_gains_off_track_figures_actions_and_training(services: Services) -> None:
    _meeting(services)
    glance = services.packs.content(PackRequest(sections=(SectionKey.AT_A_GLANCE,))).glance
    assert glance is not None
    assert [s.text.split(":")[0] for s in glance.off_track] == [
        "Not in education, work or training (care leavers)",
        "Weeks to finish a care case in court (children in care)",
        "Children in care who offended (children in care)",
    ]
    assert glance.off_track[0].source == (
        "Ofsted report, published 1 September 2014: paragraph 104."
    )
    assert [s.text for s in glance.actions] == [
        "1 action agreed at a meeting is still open: 1 is overdue."
    ]
    assert glance.training[0].text.startswith(f"On {long_date(date.today())}, 7 of the 15")
    assert glance.training[0].text.endswith("These records include made-up demonstration members.")


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


def test_the_meeting_record_prints_as_a_pdf(services: Services, tmp_path: Path) -> None:
    meeting_id = _meeting(services) - 1  # the earlier meeting, with its answer and action
    services.records.today = lambda: TODAY
    path = tmp_path / "record.pdf"
    built = services.packs.build_record(meeting_id, path)
    qpdf_check(path)
    assert built.sections == (SectionKey.RECORD,)
    reader = PdfReader(path)
    assert reader.metadata is not None
    assert reader.metadata.title == "Corporate Parenting Board: Meeting record, 1 March 2024"
    text = _text(path)
    record = services.records.record(meeting_id)
    assert record.summary in text
    for cell in ("A plan for care leavers' housing is coming.", "Head of Service", "OFFICIAL"):
        assert cell in text
    assert "Meeting record, 1 March 2024" in text


def test_saving_replaces_the_file_whole_and_leaves_nothing_behind(tmp_path: Path) -> None:
    from briefing_app.services.packs.service import PackService

    target = tmp_path / "pack.pdf"
    target.write_bytes(b"old pack")
    PackService.save(b"%PDF-new", target)
    assert target.read_bytes() == b"%PDF-new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.pdf"]


def test_saving_where_it_cannot_be_saved_is_a_clear_error(tmp_path: Path) -> None:
    from briefing_app.services.packs.service import PackService

    with pytest.raises(PackWriteError, match=r"folder .* does not exist"):
        PackService.save(b"%PDF", tmp_path / "missing" / "pack.pdf")
    with pytest.raises(PackWriteError, match="is a folder"):
        PackService.save(b"%PDF", tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(PackWriteError):
        PackService.save(b"%PDF", blocker / "pack.pdf")


def test_file_names_are_safe_on_every_system() -> None:
    name = pack_file_name('Board: "Zoë"/Wójcik?', date(2024, 6, 12), PackAudience.PUBLIC)
    assert name == "Board Zoë Wójcik 2024-06-12 public pack.pdf"
    assert pack_file_name("///", date(2024, 6, 12), PackAudience.MEMBERS) == (
        "Briefing 2024-06-12 members pack.pdf"
    )


def test_open_actions_are_listed_soonest_first_with_owners_for_members(
    services: Services,
) -> None:
    _meeting(services)
    services.packs.today = lambda: TODAY
    item = services.meetings.items(services.packs.meetings()[0].id)[0]
    services.meetings.add_action(
        item.id, ActionDetails("Virtual School head", "Audit PEPs.", TODAY + timedelta(days=40))
    )
    members = services.packs.content(PackRequest(sections=(SectionKey.ACTIONS,))).actions
    assert members is not None
    assert [(a.owner, a.overdue) for a in members.lines] == [
        ("Head of Service", True),
        ("Virtual School head", False),
    ]
    assert members.lines[0].state == "⚠ Overdue"
    assert members.lines[0].when == "31 days overdue"
