from __future__ import annotations

from briefing_app.domain.principles import PRINCIPLES, PRINCIPLES_BY_KEY, principle


def test_the_seven_principles_in_the_order_of_the_act() -> None:
    assert [p.letter for p in PRINCIPLES] == list("abcdefg")
    assert len(PRINCIPLES_BY_KEY) == 7


def test_the_wording_is_the_act_s_own() -> None:
    # Section 1(1) of the Children and Social Work Act 2017, as enacted.
    assert principle("best-interests").wording == (
        "to act in the best interests, and promote the physical and mental health and "
        "well-being, of those children and young people"
    )
    assert principle("safe-and-stable").wording == (
        "for those children and young people to be safe, and for stability in their home "
        "lives, relationships and education or work"
    )
    assert principle("ready-for-adulthood").wording == (
        "to prepare those children and young people for adulthood and independent living"
    )
    assert principle("take-account-of-views").wording.startswith("to take into account the views")


def test_citation_and_title() -> None:
    access = principle("access-to-services")
    assert access.citation == "Children and Social Work Act 2017, section 1(1)(d)"
    assert access.title == "(d) Help to get and use services"
