"""Text from files and from people is shown as text, never as formatting.

A ``QLabel`` left to itself guesses: text that starts like HTML (a report whose council
is ``<b>Evil</b> <img src=x> City Council``, a line reading ``<h1 style='color:red'>``)
is drawn as rich text. One rule for the whole window: every label is made plain text when
Qt prepares it for showing (its *polish*), unless its code chose rich text on purpose, in
which case that code escapes whatever it did not write itself (see ``html.escape`` in
the pages that build HTML). Item views (lists, tables) draw plain text already.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel

_GUARD_NAME = "plain-text-labels"


class _PlainLabels(QObject):
    """Turns every label still guessing its format (``Qt.AutoText``) to plain text."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Polish
            and isinstance(watched, QLabel)
            and watched.textFormat() == Qt.TextFormat.AutoText
        ):
            watched.setTextFormat(Qt.TextFormat.PlainText)
        return False


def show_labels_as_plain_text(app: QApplication) -> None:
    """Apply the rule to every label of ``app`` (once, however often it is called)."""
    if app.findChild(_PlainLabels, _GUARD_NAME) is not None:
        return
    guard = _PlainLabels(app)
    guard.setObjectName(_GUARD_NAME)
    app.installEventFilter(guard)


def rich_label(label: QLabel) -> QLabel:
    """Mark ``label`` as deliberately rich text (its code escapes anything imported)."""
    label.setTextFormat(Qt.TextFormat.RichText)
    return label
