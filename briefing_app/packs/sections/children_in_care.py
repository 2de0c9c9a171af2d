"""Children in care: how the council's children in care are doing (see ``outcomes.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_app.domain.packs.content import PackContent, SectionKey
from briefing_app.packs.layout import Kit
from briefing_app.packs.paragraphs import ContentsEntry
from briefing_app.packs.sections import outcomes

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


def contents_entries(content: PackContent) -> list[ContentsEntry]:
    return outcomes.contents_entries(SectionKey.CHILDREN_IN_CARE, content.children_in_care)


def render(content: PackContent, kit: Kit) -> list[Flowable]:
    return outcomes.render_outcomes(SectionKey.CHILDREN_IN_CARE, content.children_in_care, kit)
