"""The section registry: which module renders each section of a pack.

Each module has ``render(content, kit) -> list[Flowable]`` and reads only the
``PackContent`` it is given. A module whose section has headings of its own in the
contents (the themes of the findings) also has ``contents_entries(content)``. The order
of a pack is ``SectionKey``'s order, not this table's. A section is added by writing its
module and naming it here (with the content it needs assembled in
``services/packs/service.py``). ``RECORD`` prints a meeting's record on its own, and
``MY_NOTES`` a member's own notes; neither is ever offered as a section of a briefing pack.

Importing this package does not import reportlab; ``renderer`` loads a module when used.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from briefing_app.domain.packs.content import PackContent, SectionKey
from briefing_app.packs.bookmarks import section_key

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from briefing_app.packs.layout import Kit
    from briefing_app.packs.paragraphs import ContentsEntry

SectionRenderer = Callable[[PackContent, "Kit"], "list[Flowable]"]
EntriesFunction = Callable[[PackContent], "list[ContentsEntry]"]

SECTION_MODULES: dict[SectionKey, str] = {
    SectionKey.COVER: "cover",
    SectionKey.CONTENTS: "contents",
    SectionKey.AT_A_GLANCE: "glance",
    SectionKey.CHILDREN_IN_CARE: "children_in_care",
    SectionKey.CARE_LEAVERS: "care_leavers",
    SectionKey.FINDINGS: "findings",
    SectionKey.QUESTIONS: "questions",
    SectionKey.ACTIONS: "actions",
    SectionKey.TRAINING: "training",
    SectionKey.GLOSSARY: "glossary",
    SectionKey.SOURCES: "sources",
    SectionKey.RECORD: "record",
    SectionKey.MY_NOTES: "my_notes",
}


def has_renderer(key: SectionKey) -> bool:
    return key in SECTION_MODULES


def renderer(key: SectionKey) -> SectionRenderer:
    module = importlib.import_module(f"{__name__}.{SECTION_MODULES[key]}")
    return cast(SectionRenderer, module.render)


def contents_entries(key: SectionKey, content: PackContent) -> list[ContentsEntry]:
    """The lines section ``key`` puts in the contents: its title, and any headings of its own."""
    # reportlab, loaded when a pack is printed, not when sections are offered (about 130 ms).
    from briefing_app.packs.paragraphs import ContentsEntry

    module = importlib.import_module(f"{__name__}.{SECTION_MODULES[key]}")
    own = getattr(module, "contents_entries", None)
    if own is not None:
        return cast(EntriesFunction, own)(content)
    return [ContentsEntry(0, key.title, section_key(key))]
