"""The canvas a pack is drawn on: it fills in the late page numbers (``numbering.py``)
and, for a tagged pack, keeps the ``Marker`` that numbers marked content page by page,
notes each link annotation with the structure element it belongs to, and writes the
structure tree into the document just before it is saved (``structure_pdf.py``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from briefing_app.packs.numbering import LateNumbers, NumberingCanvas
from briefing_app.packs.tagging import Marker


class PackCanvas(NumberingCanvas):
    def __init__(
        self,
        *args: Any,
        numbers: LateNumbers,
        footer_size: float,
        marker: Marker | None,
        before_save: Callable[[PackCanvas], None] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, numbers=numbers, footer_size=footer_size, **kwargs)
        self.marker = marker
        self._before_save = before_save

    def showPage(self) -> None:
        super().showPage()
        if self.marker is not None:
            self.marker.next_page()

    def _addAnnotation(self, annotation: Any, name: str | None = None, addtopage: int = 1) -> None:
        super()._addAnnotation(annotation, name, addtopage)  # type: ignore[misc]
        if self.marker is not None and addtopage:
            destination = getattr(annotation, "Destination", None)
            self.marker.annotation(annotation, str(getattr(destination, "name", "")))

    def save(self) -> None:
        if self._before_save is not None:
            self._before_save(self)
        super().save()
