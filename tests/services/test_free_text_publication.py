"""Free text reaches a public pack only as an officer published it, after the app has
flagged what looks like a person's name or a small number in it.

The database is full of names and small numbers in answers, action descriptions and a
covering note; the public pack holds none of them until published, and an edit after
publishing takes the text out again. Groups of fewer than three are not shown by seat,
and a hidden figure leaves no trace in "Figures most off track".
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from briefing_app.domain.disclosure import SUPPRESSED_MARK
from briefing_app.domain.meetings import ActionDetails, ItemStatus, MeetingDetails
from briefing_app.domain.packs.content import PackAudience, SectionKey
from briefing_app.domain.publication import NOT_PUBLISHED, FlagKind, TextKind, flags
from briefing_app.domain.training.records import Member
from briefing_app.services.opening.container import Services
from briefing_app.services.packs.service import PackRequest
from tests.pdfcheck import page_texts, qpdf_check

COUNCILLOR = "Ysolde Quarrington"
ANSWER = "Director said Amara Okafor will chase the placement with Ysolde Quarrington."
ACTION = "Check on the 2 children at Oak House before the summer."
EARLIER = "Mr Bartholomew Finch reported that three young people had moved."
NOTE = "Cllr Łukasz Wójcik will present this pack."
SECRETS = ("Amara", "Okafor", "Quarrington", "Oak House", "Bartholomew", "Finch", "Łukasz")


def _text(path: Path) -> str:
    return " ".join(" ".join(page_texts(PdfReader(path))).split())


def _plant(services: Services) -> int:
    services.training.add_member(
        Member(COUNCILLOR, date(2022, 5, 5), ward="Harbour", roles=frozenset({"board"}))
    )
    codes = {q.code: q.id for q in services.scrutiny.all_questions()}
    earlier = services.meetings.create(
        MeetingDetails("Corporate Parenting Board", date(2024, 3, 1))
    )
    item = services.meetings.add_question(earlier.id, codes["POR14-32"])
    services.meetings.set_status(item.id, ItemStatus.ANSWERED)
    services.meetings.save_answer(item.id, EARLIER, private=False)
    services.meetings.add_action(
        item.id, ActionDetails("Head of Service", ACTION, date(2024, 7, 1))
    )
    meeting = services.meetings.create(
        MeetingDetails("Corporate Parenting Board", date(2024, 6, 12))
    )
    now = services.meetings.add_question(meeting.id, codes["POR14-32"])
    services.meetings.set_status(now.id, ItemStatus.ANSWERED)
    services.meetings.save_answer(now.id, ANSWER, private=False)
    return meeting.id


def _public(services: Services, tmp_path: Path, meeting_id: int, name: str) -> str:
    request = PackRequest(
        audience=PackAudience.PUBLIC,
        meeting_id=meeting_id,
        covering_note=NOTE,
        covering_note_members_only=True,
    )
    path = tmp_path / f"{name}.pdf"
    services.packs.build(request, path)
    qpdf_check(path)
    return _text(path)


def test_the_app_flags_names_and_small_numbers() -> None:
    assert [f.words for f in flags(ANSWER, [COUNCILLOR])] == [COUNCILLOR, "Amara Okafor"]
    assert [(f.kind, f.words) for f in flags(ACTION)] == [
        (FlagKind.NAME, "Oak House"),
        (FlagKind.SMALL_NUMBER, "2"),
    ]
    assert [f.words for f in flags(NOTE)] == ["Cllr Łukasz Wójcik"]
    assert [f.words for f in flags(EARLIER)] == ["Mr Bartholomew Finch", "three"]
    assert flags("The Head of Service will report in 12 weeks, on 3 March 2025.") == ()


def test_public_packs_hold_no_free_text_until_published(services: Services, tmp_path: Path) -> None:
    meeting_id = _plant(services)
    members_path = tmp_path / "members.pdf"
    services.packs.build(PackRequest(meeting_id=meeting_id, covering_note=NOTE), members_path)
    members = _text(members_path)
    for planted in (ANSWER, ACTION, EARLIER, NOTE):
        assert planted in members, planted

    public = _public(services, tmp_path, meeting_id, "before")
    for secret in SECRETS:
        assert secret not in public, secret
    assert "the 2 children" not in public
    assert NOT_PUBLISHED in public
    assert (
        "It leaves out councillors' and officers' names, private notes and any typed text an "
        "officer has not checked and published"
    ) in public

    texts = {(t.kind, t.text): t for t in services.publication.texts()}
    action = texts[(TextKind.ACTION, ACTION)]
    assert not action.published
    assert [f.words for f in action.flags] == ["Oak House", "2"]
    assert {COUNCILLOR, "Amara Okafor"} <= {f.words for f in texts[(TextKind.ANSWER, ANSWER)].flags}

    services.publication.publish(TextKind.ACTION, action.item_id, ACTION)
    published = _public(services, tmp_path, meeting_id, "published")
    assert ACTION in published
    assert "Amara" not in published, "only what was published"

    edited = ACTION.replace("summer", "autumn")
    services.actions.update(
        action.item_id, ActionDetails("Head of Service", edited, date(2024, 7, 1))
    )
    again = _public(services, tmp_path, meeting_id, "edited")
    assert "Oak House" not in again, "an edit after publishing takes it out again"
    assert not next(t for t in services.publication.texts() if t.text == edited).published


def test_small_groups_are_not_shown_by_seat_in_public(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "training.pdf"
    services.packs.build(
        PackRequest(audience=PackAudience.PUBLIC, sections=(SectionKey.TRAINING,)), path
    )
    said = _text(path)
    assert "Lead member for children fewer than 3 not shown not shown" in said
    assert "Figures for a seat held by fewer than 3 councillors are not shown" in said
    assert "1 of 1" not in said


def test_a_hidden_figure_is_never_among_those_most_off_track(services: Services) -> None:
    outcomes = services.outcomes
    off_before = services.packs.content(
        PackRequest(audience=PackAudience.PUBLIC, sections=(SectionKey.AT_A_GLANCE,))
    ).glance.off_track
    # An officer's own small count, much further off track than any: hidden in public.
    key = "care-leavers-university"
    for as_at, value in (("2014-03-31", "5"), ("2015-03-31", "1")):
        outcomes.record_figure(
            key,
            outcomes.parse_figure(
                {"key": key, "as_at": as_at, "value": value, "document": "Team caseload"}
            ),
        )
    label = outcomes.indicator(key).definition.label
    members = services.packs.content(PackRequest(sections=(SectionKey.AT_A_GLANCE,)))
    public = services.packs.content(
        dataclasses.replace(
            PackRequest(sections=(SectionKey.AT_A_GLANCE,)), audience=PackAudience.PUBLIC
        )
    )
    public_words = " ".join(s.text for s in public.glance.off_track)
    assert label in " ".join(s.text for s in members.glance.off_track)
    assert label not in public_words
    assert SUPPRESSED_MARK not in public_words
    assert public.glance.off_track == off_before


def test_a_publication_goes_with_what_it_was_for(services: Services) -> None:
    _plant(services)
    action = next(t for t in services.publication.texts() if t.text == ACTION)
    services.publication.publish(action.kind, action.item_id, action.text)
    services.actions.delete(action.item_id)
    assert services.database.scalar("SELECT count(*) FROM published_texts") == 0
