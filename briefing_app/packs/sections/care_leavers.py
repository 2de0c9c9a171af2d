"""Care leavers: how young people who have left the council's care are doing (see
``outcomes.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_app.domain.packs.content import PackContent, SectionKey
from briefing_app.packs.layout import Kit
from briefing_app.packs.paragraphs import ContentsEntry
from briefing_app.packs.sections import outcomes

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


def contents_entries(content: PackContent) -> list[ContentsEntry]:
    return outcomes.contents_entries(SectionKey.CARE_LEAVERS, content.care_leavers)


def render(content: PackContent, kit: Kit) -> list[Flowable]:
    return outcomes.render_outcomes(SectionKey.CARE_LEAVERS, content.care_leavers, kit)
