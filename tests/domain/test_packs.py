"""The words of a pack: audiences, sections, excerpts and paragraph references."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_app.domain.dates import long_date
from briefing_app.domain.packs.content import (
    CoverContent,
    PackAudience,
    PackContent,
    SectionKey,
    Statement,
)
from briefing_app.domain.wording import first_sentence, paragraph_ranges


def test_members_packs_are_marked_sensitive_and_public_ones_official() -> None:
    assert PackAudience.MEMBERS.marking == "OFFICIAL-SENSITIVE"
    assert PackAudience.PUBLIC.marking == "OFFICIAL"


def test_only_members_see_members_only_content() -> None:
    assert PackAudience.MEMBERS.may_see(members_only=True)
    assert PackAudience.MEMBERS.may_see(members_only=False)
    assert not PackAudience.PUBLIC.may_see(members_only=True)
    assert PackAudience.PUBLIC.may_see(members_only=False)


def test_sections_keep_pack_order_whatever_order_they_are_chosen_in() -> None:
    chosen = [SectionKey.SOURCES, SectionKey.AT_A_GLANCE, SectionKey.COVER, SectionKey.FINDINGS]
    assert SectionKey.in_order(chosen) == (
        SectionKey.COVER,
        SectionKey.AT_A_GLANCE,
        SectionKey.FINDINGS,
        SectionKey.SOURCES,
    )
    assert [k.value for k in SectionKey][:3] == ["cover", "contents", "at-a-glance"]
    assert SectionKey.COVER.always_included
    assert SectionKey.CONTENTS.always_included
    assert not SectionKey.GLOSSARY.always_included


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Good quality assurance systems are in place. Audits happen.",
            "Good quality assurance systems are in place.",
        ),
        ("No full stop at all", "No full stop at all"),
        ("Is it safe? Mostly.", "Is it safe?"),
        ("  Spaces   are\n tidied. ", "Spaces are tidied."),
    ],
)
def test_first_sentence(text: str, expected: str) -> None:
    assert first_sentence(text) == expected


def test_a_long_first_sentence_is_cut_with_an_ellipsis() -> None:
    text = " ".join(f"word{i}," for i in range(60)) + " end."
    cut = first_sentence(text, max_words=10)
    assert cut == "word0, word1, word2, word3, word4, word5, word6, word7, word8, word9…"


@pytest.mark.parametrize(
    ("numbers", "expected"),
    [
        ([7], "paragraph 7"),
        ([3, 5, 9], "paragraphs 3, 5 and 9"),
        (
            [13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 137, 138, 139, 140],
            "paragraphs 13 to 23 and 137 to 140",
        ),
        ([4, 5, 9, 9], "paragraphs 4, 5 and 9"),
        ([], ""),
    ],
)
def test_paragraph_ranges(numbers: list[int], expected: str) -> None:
    assert paragraph_ranges(numbers) == expected


def test_dates_are_written_the_british_way() -> None:
    assert long_date(date(2014, 9, 1)) == "1 September 2014"


def test_pack_title_subject_and_suppression_flag() -> None:
    content = PackContent(
        audience=PackAudience.PUBLIC,
        pack_date=date(2024, 6, 12),
        created=date(2024, 6, 1),
        sections=(SectionKey.COVER,),
        cover=CoverContent("Briefing pack", "Zoë Borough Council", "Corporate Parenting Board"),
    )
    assert content.title == "Corporate Parenting Board: Briefing pack, 12 June 2024"
    assert content.subject == (
        "Public pack for the Corporate Parenting Board of Zoë Borough Council, 12 June 2024"
    )
    assert not content.has_suppressed
    assert "Corporate Parenting Board" in list(content.texts())
    assert Statement("x", "y", suppressed=True).suppressed
