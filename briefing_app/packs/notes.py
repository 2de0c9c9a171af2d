"""A section's numbered notes: the source of every figure, numbered in the order cited.

Each note number printed is a link to its note. Notes are printed soon after the
figures that cite them (``flowables`` prints those not printed yet), so a table's
notes follow the table rather than the section's last chart. Two or more note numbers
in one place are printed as one group ("17,18"), never run together ("1718").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, KeepTogether

from briefing_app.domain.disclosure import SUPPRESSION_NOTE
from briefing_app.domain.packs.sections import Statement
from briefing_app.packs.paragraphs import CellParagraph, esc, plain_paragraph

if TYPE_CHECKING:
    from briefing_app.packs.layout import Kit

# Notes kept with the heading at the foot of a page, and kept together at the top of
# the next, so no page holds a single note.
KEEP = 2


class Notes:
    """Each source gets one number, however often it is cited."""

    def __init__(self, kit: Kit) -> None:
        self._kit = kit
        self._prefix = kit.notes_prefix()
        self._numbers: dict[str, int] = {}
        self._printed = 0

    def _destination(self, number: int) -> str:
        return f"{self._prefix}{number}"

    def marks(self, *sources: str) -> str:
        """Paragraph markup for the note numbers of ``sources`` (added if new), as links."""
        links = []
        for source in dict.fromkeys(sources):
            number = self._numbers.get(source)
            if number is None:
                number = self._numbers[source] = len(self._numbers) + 1
                self._kit.describe(self._destination(number), f"Note {number}: {source}")
            links.append(f'<a href="#{self._destination(number)}">{number}</a>')
        return f"<super>{','.join(links)}</super>"

    def mark(self, source: str) -> str:
        return self.marks(source)

    def statement(self, statement: Statement) -> str:
        """A sentence's markup followed by its source's note (and the hidden-number note)."""
        sources = [statement.source]
        if statement.suppressed:
            sources.append(SUPPRESSION_NOTE)
        return esc(statement.text) + self.marks(*sources)

    def hidden(self) -> str:
        """The note explaining the mark of a hidden number."""
        return self.mark(SUPPRESSION_NOTE)

    def __len__(self) -> int:
        return len(self._numbers)

    def flowables(self, level: int = 2) -> list[Flowable]:
        """The notes not printed yet, under a heading tagged H``level``."""
        waiting = list(self._numbers.items())[self._printed :]
        if not waiting:
            return []
        self._printed = len(self._numbers)
        styles = self._kit.styles
        lines: list[Flowable] = []
        for source, number in waiting:
            line = self._kit.tagged(
                plain_paragraph(f"{number}. {source}", styles.note, CellParagraph)
            )
            line.anchor = self._destination(number)
            lines.append(line)
        heading = self._kit.subheading("Notes", level, styles.h3)
        if len(lines) <= 2 * KEEP:
            return [KeepTogether([heading, *lines])]
        return [
            KeepTogether([heading, *lines[:KEEP]]),
            *lines[KEEP:-KEEP],
            KeepTogether(lines[-KEEP:]),
        ]
