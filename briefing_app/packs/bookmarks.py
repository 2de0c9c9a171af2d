"""The names of a pack's bookmarks that more than one part of the layout refers to."""

from __future__ import annotations

from briefing_app.domain.packs.content import SectionKey


def section_key(key: SectionKey) -> str:
    """The bookmark name of a section's heading."""
    return f"section-{key.value}"
