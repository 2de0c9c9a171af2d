"""The paragraphs of Part 1 of Schedule 12A a members' pack can cite, in the Schedule's
words and in plain English."""

from __future__ import annotations

from briefing_app.domain.exempt_information import DEFAULT_EXEMPT_PARAGRAPH, ExemptParagraph


def test_the_seven_paragraphs_that_apply_in_england() -> None:
    assert [p.number for p in ExemptParagraph] == [1, 2, 3, 4, 5, 6, 7]
    for paragraph in ExemptParagraph:
        assert paragraph.wording.endswith(".")
        assert paragraph.meaning.endswith(".")
        assert paragraph.label.startswith(f"Paragraph {paragraph.number}: ")
    assert ExemptParagraph.IDENTITY.wording == (
        "Information which is likely to reveal the identity of an individual."
    )
    assert DEFAULT_EXEMPT_PARAGRAPH.wording == "Information relating to any individual."


def test_the_notice_cites_the_paragraph_in_full() -> None:
    assert ExemptParagraph.CRIME.notice == (
        "Not for publication by virtue of paragraph 7 of Part 1 of Schedule 12A to the Local "
        "Government Act 1972: information relating to any action taken or to be taken in "
        "connection with the prevention, investigation or prosecution of crime."
    )
