"""A pack's agenda: the opening items when it is for a meeting, an item for each section
discussed, the reference papers unnumbered, and what each page's running head says."""

from __future__ import annotations

import dataclasses
from datetime import date

from briefing_app.domain.meetings import MeetingArrangements
from briefing_app.domain.packs.content import ExemptPart, SectionKey
from briefing_app.domain.packs.papers import agenda, item_labels, item_numbers
from briefing_app.domain.packs.sections import FrontSheet
from tests.packs.conftest import sample_content

SHEET = FrontSheet(date(2024, 6, 12), MeetingArrangements(), last_meeting=date(2024, 3, 1))


def test_a_pack_for_a_meeting_opens_with_the_usual_items_then_one_for_each_section() -> None:
    content = dataclasses.replace(
        sample_content(), front_sheet=SHEET, exempt=(ExemptPart(SectionKey.TRAINING, "names"),)
    )
    items = agenda(content)
    assert [(i.number, i.title, i.exempt) for i in items] == [
        (1, "Apologies for absence", False),
        (2, "Declarations of interest", False),
        (3, "Minutes of the last meeting", False),
        (4, "At a glance", False),
        (5, "Children in care", False),
        (6, "Care leavers", False),
        (7, "Inspection findings by theme", False),
        (8, "Questions for this meeting", False),
        (9, "Open actions", False),
        (10, "Training compliance", True),
        (None, "Glossary", False),
        (None, "Sources and caveats", False),
    ]
    assert "held on 1 March 2024" in items[2].purpose
    assert all(i.section is None for i in items[:3])
    labels = item_labels(content)
    assert labels[SectionKey.AT_A_GLANCE] == "Agenda item 4"
    assert labels[SectionKey.GLOSSARY] == "For reference"
    assert labels[SectionKey.COVER] == "Agenda"
    assert item_numbers(content)[SectionKey.TRAINING] == 10
    assert SectionKey.GLOSSARY not in item_numbers(content)


def test_a_pack_for_no_meeting_numbers_its_sections_from_one() -> None:
    content = sample_content(
        sections=(SectionKey.COVER, SectionKey.CONTENTS, SectionKey.FINDINGS, SectionKey.SOURCES)
    )
    assert [(i.number, i.title) for i in agenda(content)] == [
        (1, "Inspection findings by theme"),
        (None, "Sources and caveats"),
    ]
    labels = item_labels(content)
    assert labels[SectionKey.FINDINGS] == "Item 1"
    assert labels[SectionKey.COVER] == "In this pack"
    last = dataclasses.replace(SHEET, last_meeting=None)
    minutes = agenda(dataclasses.replace(content, front_sheet=last))[2]
    assert minutes.purpose.startswith("To agree the minutes of the last meeting as a correct")
