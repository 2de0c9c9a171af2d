"""Public packs: no member names, no private answers or notes, small local counts hidden."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from briefing_app.domain.disclosure import SUPPRESSED_MARK, SUPPRESSION_NOTE
from briefing_app.domain.meetings import ActionDetails, ItemStatus, MeetingDetails
from briefing_app.domain.outcomes import Audience
from briefing_app.domain.packs.content import PackAudience, SectionKey
from briefing_app.domain.packs.sections import FigureRow, OutcomesContent
from briefing_app.domain.training.records import Member
from briefing_app.services.opening.container import Services
from briefing_app.services.packs.service import PackRequest
from tests.pdfcheck import page_texts, qpdf_check

PRIVATE_ANSWER = "Private-answer-4d2e: a named child's placement"
MEMBER = "Ysolde Quarrington-Żabińska"
NOTE = "Private-note-7f3a: Zoë Wójcik's foster placement broke down"


def _text(path: Path) -> str:
    return " ".join(" ".join(page_texts(PdfReader(path))).split())


def _plant(services: Services) -> int:
    """A member, an action she owns and private answers, at a meeting and the one before."""
    services.training.add_member(
        Member(MEMBER, date(2022, 5, 5), ward="Harbour", roles=frozenset({"board"}))
    )
    codes = {q.code: q.id for q in services.scrutiny.all_questions()}
    earlier = services.meetings.create(
        MeetingDetails("Corporate Parenting Board", date(2024, 3, 1))
    )
    item = services.meetings.add_question(earlier.id, codes["POR14-32"])
    services.meetings.set_status(item.id, ItemStatus.ANSWERED)
    services.meetings.save_answer(item.id, PRIVATE_ANSWER, private=True)
    services.meetings.add_action(
        item.id, ActionDetails(MEMBER, "Visit the leaving care team.", date(2024, 7, 1))
    )
    meeting = services.meetings.create(
        MeetingDetails("Corporate Parenting Board", date(2024, 6, 12))
    )
    now = services.meetings.add_question(meeting.id, codes["POR14-32"])
    services.meetings.set_status(now.id, ItemStatus.ASKED)
    services.meetings.save_answer(now.id, f"{PRIVATE_ANSWER} (again)", private=True)
    return meeting.id


def _packs(services: Services, tmp_path: Path, request: PackRequest) -> tuple[str, str]:
    members = tmp_path / "members.pdf"
    public = tmp_path / "public.pdf"
    services.packs.build(request, members)
    services.packs.build(dataclasses.replace(request, audience=PackAudience.PUBLIC), public)
    qpdf_check(public)
    return _text(members), _text(public)


def test_names_private_answers_and_notes_stay_out_of_the_public_pack(
    services: Services, tmp_path: Path
) -> None:
    meeting_id = _plant(services)
    request = PackRequest(meeting_id=meeting_id, covering_note=NOTE)
    members, public = _packs(services, tmp_path, request)
    for planted in (PRIVATE_ANSWER, MEMBER, NOTE, "Łukasz Wójcik", "Zoë Hartley"):
        assert planted in members, planted
    for planted in (PRIVATE_ANSWER[:24], "Quarrington", "Private-note-7f3a", "Łukasz", "Zoë"):
        assert planted not in public, planted
    assert "(private note)" in members
    assert "OFFICIAL-SENSITIVE" not in public
    assert "Public pack" in public
    assert "Owners are named in the members' pack only." in public
    assert "Councillors are named in the members' pack only." in public
    assert "Visit the leaving care team." in public  # the action itself is public business


def test_a_members_only_note_never_reaches_the_public_pack(services: Services) -> None:
    public = services.packs.content(
        PackRequest(
            audience=PackAudience.PUBLIC, covering_note=NOTE, covering_note_members_only=True
        )
    )
    # Only the sentence every pack of the demonstration carries on its cover.
    notice = services.council.demonstration_notice()
    assert public.cover.covering_note == notice
    assert notice.startswith("Demonstration: Ofsted's 2014 findings on Portsmouth")
    shared = services.packs.content(
        PackRequest(
            audience=PackAudience.PUBLIC,
            covering_note="The meeting is open to the public.",
            covering_note_members_only=False,
        )
    )
    assert shared.cover.covering_note == f"{notice}\nThe meeting is open to the public."


def _row(content: OutcomesContent | None, label: str) -> FigureRow:
    assert content is not None
    return next(row for row in content.rows if row.label == label)


def test_a_local_count_of_three_is_hidden_in_public_but_a_published_one_is_not(
    services: Services, tmp_path: Path
) -> None:
    sections = (SectionKey.CARE_LEAVERS, SectionKey.SOURCES)
    # The report itself says 3 care leavers were at university: published, so shown.
    public = services.packs.content(PackRequest(audience=PackAudience.PUBLIC, sections=sections))
    published = _row(public.care_leavers, "At university")
    assert (published.figure, published.suppressed) == ("3", False)
    # An officer's own figure of 3 is local data.
    outcomes = services.outcomes
    figure = outcomes.parse_figure(
        {
            "key": "care-leavers-university",
            "as_at": "2015-03-31",
            "value": "3",
            "document": "Leaving care team caseload, March 2015",
        }
    )
    outcomes.record_figure("care-leavers-university", figure)
    summary = next(s for s in outcomes.summaries(Audience.CARE_LEAVERS) if "university" in s.text)
    outcomes.save_summary(
        summary, f"{summary.text} In March 2015, 3 were at university [care-leavers-university]."
    )
    members_text, public_text = _packs(services, tmp_path, PackRequest(sections=sections))

    public = services.packs.content(PackRequest(audience=PackAudience.PUBLIC, sections=sections))
    row = _row(public.care_leavers, "At university")
    assert row.suppressed
    assert (row.figure, row.status, row.trend) == (SUPPRESSED_MARK,) * 3
    sentence = next(
        s
        for summary in public.care_leavers.summaries  # type: ignore[union-attr]
        for s in summary.sentences
        if "at university" in s.text and "2015" in s.text
    )
    assert sentence.text == "In March 2015, [c] were at university."
    assert sentence.suppressed
    members = services.packs.content(PackRequest(sections=sections))
    assert _row(members.care_leavers, "At university").figure == "3"

    assert "In March 2015, [c] were at university." in public_text
    assert "In March 2015, 3 were at university." not in public_text
    assert SUPPRESSION_NOTE in public_text
    assert "the council's own figure" in public_text
    assert "In March 2015, 3 were at university." in members_text


def test_published_small_counts_are_shown_in_public(services: Services) -> None:
    public = services.packs.content(
        PackRequest(audience=PackAudience.PUBLIC, sections=(SectionKey.CHILDREN_IN_CARE,))
    )
    gcse = _row(
        public.children_in_care, "Five good GCSEs (exams at 16), including English and maths"
    )
    assert (gcse.figure, gcse.suppressed) == ("17%", False)  # 5 children, from the report
    fostering = _row(public.children_in_care, "Children in private fostering")
    assert fostering.trend == "▲ Up from 2"
    assert not public.has_suppressed
