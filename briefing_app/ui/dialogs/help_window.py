"""Help > User guide (F1): the guide in ``resources/help/``, read offline in its own window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app import APP_NAME
from briefing_app.ui.help_guide import Guide, HelpTopic

_TOPIC_ROLE = Qt.ItemDataRole.UserRole


class HelpWindow(QDialog):
    """The contents on the left, the chosen topic on the right; links move between topics."""

    def __init__(self, guide: Guide, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide = guide
        self.setWindowTitle(f"User guide: {APP_NAME}")
        self.setAccessibleName("User guide")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setModal(False)

        self.contents = QTreeWidget()
        self.contents.setHeaderHidden(True)
        self.contents.setAccessibleName("Contents of the user guide")
        self.contents.setAccessibleDescription("Choose a topic to read it")
        self._items: dict[str, QTreeWidgetItem] = {}
        for part, topics in guide.parts():
            part_item = QTreeWidgetItem(self.contents, [part])
            part_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            part_item.setExpanded(True)
            for topic in topics:
                item = QTreeWidgetItem(part_item, [topic.title])
                item.setData(0, _TOPIC_ROLE, topic.file)
                self._items[topic.file] = item
        self.contents.expandAll()

        self.text = QTextBrowser()
        self.text.setAccessibleName("User guide text")
        self.text.setAccessibleDescription(
            "Press Tab to move between links, Enter to follow one, and Alt with the left "
            "arrow to go back"
        )
        self.text.setOpenExternalLinks(False)
        self.text.setSearchPaths([str(guide.folder)])

        self.back_button = QPushButton("&Back")
        self.back_button.setAccessibleName("Back")
        self.back_button.setAccessibleDescription("The topic you read before this one")
        self.back_button.setEnabled(False)
        self.forward_button = QPushButton("&Forward")
        self.forward_button.setAccessibleName("Forward")
        self.forward_button.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.forward_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName("Close the user guide")

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.contents, self.text)
        QWidget.setTabOrder(self.text, self.buttons)

        self._fit_contents()
        self.contents.currentItemChanged.connect(self._on_item_changed)
        self.text.sourceChanged.connect(self._on_source_changed)
        self.text.backwardAvailable.connect(self.back_button.setEnabled)
        self.text.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.clicked.connect(self.text.backward)
        self.forward_button.clicked.connect(self.text.forward)
        self.buttons.rejected.connect(self.close)
        self.resize(900, 640)
        self.show_topic(guide.first)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_contents()

    def _fit_contents(self) -> None:
        """Keep every topic's title in view at the current text size."""
        metrics = self.contents.fontMetrics()
        widest = max(metrics.horizontalAdvance(t.title) for t in self.guide.topics)
        indent = 2 * self.contents.indentation()
        self.contents.setMinimumWidth(widest + indent + 3 * metrics.averageCharWidth())

    def show_topic(self, topic: HelpTopic) -> None:
        self.text.setSource(QUrl.fromLocalFile(str(self.guide.path(topic))))

    def shown_topic(self) -> HelpTopic | None:
        return self.guide.topic_for_file(Path(self.text.source().toLocalFile()))

    def _on_item_changed(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        file = item.data(0, _TOPIC_ROLE)
        topic = next((t for t in self.guide.topics if t.file == file), None)
        if topic is not None and topic != self.shown_topic():
            self.show_topic(topic)

    def _on_source_changed(self, url: QUrl) -> None:
        topic = self.guide.topic_for_file(Path(url.toLocalFile()))
        if topic is None:
            return
        self.setWindowTitle(f"{topic.title}: user guide")
        with QSignalBlocker(self.contents):
            self.contents.setCurrentItem(self._items[topic.file])
