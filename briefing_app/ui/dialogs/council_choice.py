""" "Which council are you?": choosing the council to set the app up for, or the
demonstration.

Keyboard first: the cursor starts in the box that finds a council, typing narrows the
list (a name, a code or a region), the arrow keys move through what is left, and Enter
chooses. Every English council is listed with its codes and region. A council abolished by
reorganisation is listed too, with who took over its children's services, but cannot be
chosen. F1 (or Help) opens the user guide's topic about this choice.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.councils import Council, CouncilDirectory, name_key
from briefing_app.domain.errors import NotFoundError
from briefing_app.domain.workspace import DEMONSTRATION_CHOICE, spoken_name
from briefing_app.ui.errors import show_user_error
from briefing_app.ui.widgets.tables import named_button

if TYPE_CHECKING:
    from briefing_app.ui.dialogs.help_window import HelpWindow

TITLE = "Which council are you?"
# The user guide's topic about this dialog, in the guide's folder.
HELP_TOPIC = "first-start.md"
_COUNCIL = Qt.ItemDataRole.UserRole
# The keys the list understands when the cursor is in the box that finds a council.
_LIST_KEYS = (
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
)


class CouncilChoice(NamedTuple):
    """What was chosen: a council, or (None) the demonstration."""

    council: Council | None

    @property
    def demonstration(self) -> bool:
        return self.council is None


def council_line(council: Council) -> str:
    """How a council is listed: its name, region and codes, or when it was abolished."""
    if council.abolished_on is not None:
        return f"{council.label}: {council.region_name} (DfE code {council.old_code})"
    return (
        f"{spoken_name(council.name)}: {council.region_name} "
        f"(DfE code {council.old_code}, ONS code {council.new_code})"
    )


class CouncilChoiceDialog(QDialog):
    def __init__(
        self,
        directory: CouncilDirectory,
        parent: QWidget | None = None,
        *,
        held: frozenset[str] = frozenset(),
        first_start: bool = False,
        help_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.setAccessibleName(TITLE)
        self.choice: CouncilChoice | None = None
        self._held = held
        self._help_folder = help_folder
        self.help_window: HelpWindow | None = None

        intro = QLabel(
            "Choose your council to set the app up for it. It starts with the Department "
            "for Education's published figures for every council, so you can compare "
            "yours with England, your region and similar councils. Then import your "
            "council's Ofsted report (File > Import report)."
            if first_start
            else "Choose a council to open its workspace, or to set one up for it. The "
            "workspace open now is kept as it is."
        )
        intro.setWordWrap(True)
        intro.setAccessibleName("What this is for")

        self.search = QLineEdit()
        self.search.setAccessibleName("Find your council")
        self.search.setAccessibleDescription(
            "Type a name, a code or a region; use the arrow keys to move through the list"
        )
        self.search.setPlaceholderText("Type a name or code, such as Leeds or 383")
        search_label = QLabel("&Find your council:")
        search_label.setBuddy(self.search)

        self.list = QListWidget()
        self.list.setAccessibleName("Councils")
        self.list.setAccessibleDescription("Every English council with children's services")
        self.list.setWordWrap(True)
        for council in sorted(directory, key=lambda c: (name_key(c.name), c.abolished)):
            item = QListWidgetItem(council_line(council), self.list)
            item.setData(_COUNCIL, council)
            words = " ".join((council.label, council.old_code, council.new_code))
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, council.history)
            item.setToolTip(council.history or council_line(council))
            item.setData(Qt.ItemDataRole.WhatsThisRole, name_key(f"{words} {council.region_name}"))

        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName("About the council chosen")
        self.detail.setMinimumHeight(self.detail.fontMetrics().lineSpacing() * 4)

        self.set_up_button = named_button("&Set up for this council", "Set up for this council")
        self.set_up_button.setDefault(True)
        self.demonstration_button = named_button(
            DEMONSTRATION_CHOICE.replace("Try", "&Try", 1), DEMONSTRATION_CHOICE
        )
        self.cancel_button = (
            named_button("&Quit", "Quit") if first_start else named_button("Cancel", "Cancel")
        )
        self.set_up_button.clicked.connect(self._choose_council)
        self.demonstration_button.clicked.connect(self._choose_demonstration)
        self.cancel_button.clicked.connect(self.reject)
        self.help_button = named_button("&Help", "Help about choosing your council")
        self.help_button.setAutoDefault(False)
        self.help_button.clicked.connect(self.show_help)
        self.help_button.setVisible(help_folder is not None)
        help_key = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self)
        help_key.activated.connect(self.show_help)

        buttons = QHBoxLayout()
        buttons.addWidget(self.help_button)
        buttons.addWidget(self.demonstration_button)
        buttons.addStretch(1)
        buttons.addWidget(self.set_up_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(search_label)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, 560)

        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.list.itemActivated.connect(lambda _item: self._choose_council())
        self.search.setFocus()
        self._filter("")

    # -- finding a council -------------------------------------------------------------

    def _filter(self, text: str) -> None:
        """Show only the councils whose name, codes or region hold every word typed."""
        words = name_key(text).split()
        first: QListWidgetItem | None = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            haystack = str(item.data(Qt.ItemDataRole.WhatsThisRole))
            shown = all(word in haystack for word in words)
            item.setHidden(not shown)
            if shown and first is None:
                first = item
        current = self.list.currentItem()
        if current is None or current.isHidden():
            if first is not None:
                self.list.setCurrentItem(first)
            else:
                self.list.setCurrentRow(-1)
        self._show_current()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The arrow and page keys typed in the box that finds a council move the list."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _LIST_KEYS
        ):
            self.list.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)

    def current_council(self) -> Council | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        council = item.data(_COUNCIL)
        return council if isinstance(council, Council) else None

    def _show_current(self) -> None:
        council = self.current_council()
        if council is None:
            self.detail.setText("No council has that name or code. Try fewer letters.")
            self.set_up_button.setEnabled(False)
            return
        if council.abolished:
            self.detail.setText(
                f"{council.history} Its workspace cannot be set up: choose the council that "
                "runs its children's services now."
            )
            self.set_up_button.setEnabled(False)
            return
        neighbours = council.neighbours_note or (
            "It has ten statistical neighbours: the councils most like it, which its "
            "figures are compared with."
        )
        held = (
            " A workspace for it is already set up: choosing it opens that workspace."
            if council.old_code in self._held
            else ""
        )
        history = f" {council.history}" if council.history else ""
        self.detail.setText(
            f"{spoken_name(council.name)}, in {council.region_name}.{history} {neighbours}{held}"
        )
        self.set_up_button.setEnabled(True)
        held_already = council.old_code in self._held
        text = "Open its workspace" if held_already else "Set up for this council"
        self.set_up_button.setText(f"&{text}")
        self.set_up_button.setAccessibleName(text)

    # -- help --------------------------------------------------------------------------

    def show_help(self) -> None:
        """The user guide, at its topic about this choice, beside the dialog."""
        folder = self._help_folder
        if folder is None:
            return
        # The guide and its window, only when asked for (about 95 ms).
        from briefing_app.ui.dialogs.help_window import HelpWindow
        from briefing_app.ui.help_guide import load_guide

        if self.help_window is None:
            try:
                guide = load_guide(folder)
            except NotFoundError as error:
                show_user_error(self, "The user guide could not be opened", error)
                return
            self.help_window = HelpWindow(guide, self)
        topic = self.help_window.guide.topic_for_file(folder / HELP_TOPIC)
        if topic is not None:
            self.help_window.show_topic(topic)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()

    # -- choosing ----------------------------------------------------------------------

    def _choose_council(self) -> None:
        council = self.current_council()
        if council is None or council.abolished:
            return
        self.choice = CouncilChoice(council)
        self.accept()

    def _choose_demonstration(self) -> None:
        self.choice = CouncilChoice(None)
        self.accept()

    def choose(self, text: str) -> None:
        """Type ``text`` into the box that finds a council (for scripts and tests)."""
        self.search.setText(text)


def ask_for_council(
    directory: CouncilDirectory,
    parent: QWidget | None = None,
    *,
    held: frozenset[str] = frozenset(),
    first_start: bool = False,
    help_folder: Path | None = None,
) -> CouncilChoice | None:
    """Show the dialog; what was chosen, or None if it was closed."""
    dialog = CouncilChoiceDialog(
        directory, parent, held=held, first_start=first_start, help_folder=help_folder
    )
    try:
        dialog.exec()
        return dialog.choice
    finally:
        dialog.setParent(None)
        dialog.deleteLater()
