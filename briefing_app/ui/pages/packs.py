"""Briefing packs: choose the meeting, who the pack is for and what goes in it, then build it.

The choices are made in ``PackChoices`` (``pack_choices.py``). The pack's content is
read from the database on the UI thread (it is quick); laying it out and saving it runs
on another thread with progress shown. The choices are remembered for next time.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.errors import BriefingError
from briefing_app.domain.packs.content import PackAudience, SectionKey
from briefing_app.services.packs.service import BuiltPack, PackRequest, PackService, pack_file_name
from briefing_app.services.publication import PublicationService
from briefing_app.ui.background import BackgroundTask, report_bug
from briefing_app.ui.errors import show_user_error
from briefing_app.ui.pages.pack_choices import PackChoices, as_bool
from briefing_app.ui.widgets.headings import Heading
from briefing_app.ui.widgets.message_boxes import ask

KEY_FOLDER = "packs/folder"
KEY_OPEN_AFTER = "packs/open_after"


def _default_folder() -> str:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


class PackBuilderPage(QWidget):
    title = "Briefing packs"

    def __init__(
        self,
        packs: PackService,
        settings: QSettings,
        parent: QWidget | None = None,
        publication: PublicationService | None = None,
    ) -> None:
        super().__init__(parent)
        self._packs = packs
        self._publication = publication
        self._settings = settings
        self._task: BackgroundTask | None = None
        self.last_pack: BuiltPack | None = None

        self.choices = PackChoices(packs, on_change=self._update_file_name)
        # The choices' controls, by name, for the keyboard and for tests.
        self.meeting = self.choices.meeting
        self.committee = self.choices.committee
        self.pack_date = self.choices.pack_date
        self.members = self.choices.members
        self.public = self.choices.public
        self.note = self.choices.note
        self.note_members_only = self.choices.note_members_only

        self.folder = QLineEdit()
        self.folder.setAccessibleName("Folder to save the pack in")
        self.choose_folder_button = QPushButton("Choo&se…")
        self.choose_folder_button.setAccessibleName("Choose the folder")
        self.file_name = QLabel()
        self.file_name.setWordWrap(True)
        self.file_name.setAccessibleName("File name of the pack")
        self.open_after = QCheckBox("Open the pack when it is &ready")
        self.open_after.setAccessibleName("Open the pack when it is ready")

        self.build_button = QPushButton("&Build pack")
        self.build_button.setAccessibleName("Build pack")
        self.build_button.setDefault(True)
        self.open_button = QPushButton("&Open pack")
        self.open_button.setAccessibleName("Open the pack just built")
        self.open_button.setEnabled(False)
        self.publish_button = QPushButton("&Publish text for public packs…")
        self.publish_button.setAccessibleName("Publish text for public packs")
        self.publish_button.setToolTip(
            "A public pack prints answers and actions only once you publish them, after "
            "seeing what looks like a name or a small number in them."
        )
        self.publish_button.setVisible(publication is not None)
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Progress of the pack")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QLabel("Choose what goes in the pack, then build it.")
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Pack status")

        self._lay_out()
        self._restore()
        self._connect()
        self._update_file_name()

    # -- layout ----------------------------------------------------------------------

    def _lay_out(self) -> None:
        folder_row = QHBoxLayout()
        folder_label = QLabel("Save in fo&lder:")
        folder_label.setBuddy(self.folder)
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_folder_button)

        buttons = QHBoxLayout()
        buttons.addWidget(self.build_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.publish_button)
        buttons.addStretch(1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(Heading("Briefing packs", level=1))
        intro = QLabel(
            "Build a PDF pack for a meeting: choose the meeting (or a committee and date), "
            "who it is for and what goes in it. Page numbers in the pack's contents match "
            "the PDF's own."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.choices)
        layout.addLayout(folder_row)
        layout.addWidget(self.file_name)
        layout.addWidget(self.open_after)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setAccessibleName("Briefing pack choices")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _connect(self) -> None:
        self.build_button.clicked.connect(self.build)
        self.open_button.clicked.connect(self.open_last_pack)
        self.publish_button.clicked.connect(self.publish_text)
        self.choose_folder_button.clicked.connect(self._choose_folder)
        self.folder.textChanged.connect(self._update_file_name)

    @property
    def section_boxes(self) -> dict[SectionKey, QCheckBox]:
        return self.choices.section_boxes

    def refresh(self) -> None:
        """Offer the meetings and sections the app now holds (after an import, say).

        Sections already offered keep their ticks; a newly offered one starts ticked.
        """
        self.choices.refresh()
        self._update_file_name()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    # -- choices ---------------------------------------------------------------------

    def audience(self) -> PackAudience:
        return self.choices.audience()

    def chosen_sections(self) -> tuple[SectionKey, ...]:
        return self.choices.chosen_sections()

    def chosen_date(self) -> date:
        return self.choices.chosen_date()

    def request(self) -> PackRequest:
        return self.choices.request()

    def target_path(self) -> Path:
        name = pack_file_name(self.choices.committee_name(), self.chosen_date(), self.audience())
        return Path(self.folder.text().strip()).expanduser() / name

    def _update_file_name(self) -> None:
        self.file_name.setText(f"The pack will be saved as: {self.target_path().name}")

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, "Choose the folder to save packs in", self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    # -- building --------------------------------------------------------------------

    def is_building(self) -> bool:
        return self._task is not None

    def wait_for_background_work(self) -> None:
        """Let a build in progress finish (the window is closing)."""
        if self._task is not None:
            self._task.wait()

    def build(self) -> bool:
        """Start building the pack; False if it could not start (the status says why)."""
        if self._task is not None:
            return False
        if not self.chosen_sections():
            self._say("Choose at least one section for the pack.")
            return False
        folder = Path(self.folder.text().strip()).expanduser()
        if not self.folder.text().strip() or not folder.is_dir():
            self._say(f"The folder {folder} does not exist. Choose a folder for the pack.")
            return False
        path = self.target_path()
        if path.exists() and not self._confirm_replace(path):
            return False
        try:
            content = self._packs.content(self.request())
        except BriefingError as error:
            show_user_error(self, "The pack could not be built", error)
            return False
        self._remember()
        packs = self._packs
        self._task = BackgroundTask(
            lambda progress: packs.write(content, path, progress),
            parent=self,
            on_progress=self._on_progress,
            on_success=self._on_built,
            on_failure=self._on_failed,
            on_finished=self._on_finished,
        )
        self.build_button.setEnabled(False)
        self.open_button.setEnabled(False)
        self.progress.setValue(0)
        self._say(f"Building {path.name}…")
        self._task.start()
        return True

    def _confirm_replace(self, path: Path) -> bool:
        return ask(
            self,
            "Replace the pack?",
            f"There is already a pack called {path.name} in {path.parent}. Replace it with "
            "the new one?",
            default_yes=True,
        )

    def _on_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(round(fraction * 100))
        self.status.setText(f"{message}…")

    def _on_built(self, built: BuiltPack) -> None:
        self.last_pack = built
        self.progress.setValue(100)
        self.open_button.setEnabled(True)
        said = f"Saved {built.path.name} ({built.pages} pages) in {built.path.parent}."
        self._say(" ".join([said, *built.notes]))
        if self.open_after.isChecked():
            self.open_last_pack()

    def _on_failed(self, error: Exception) -> None:
        self.progress.setValue(0)
        if isinstance(error, BriefingError):
            self._say(f"The pack was not built. {error.message}")
            show_user_error(self, "The pack could not be built", error)
        else:
            self._say("The pack was not built because of an unexpected problem.")
            report_bug(error)

    def _on_finished(self) -> None:
        self._task = None
        self.build_button.setEnabled(True)

    def publish_text(self) -> None:
        """Open the list of answers and actions to publish for public packs."""
        if self._publication is None:
            return
        # The dialog, only when it is asked for.
        from briefing_app.ui.dialogs.publish_text import PublishTextDialog

        PublishTextDialog(self._publication, self).exec()

    def open_last_pack(self) -> bool:
        if self.last_pack is None:
            return False
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_pack.path)))
        if not opened:
            self._say(
                f"The pack is saved as {self.last_pack.path}, but no program to open PDF "
                "files was found."
            )
        return opened

    def _say(self, text: str) -> None:
        self.status.setText(text)

    # -- remembering -----------------------------------------------------------------

    def _remember(self) -> None:
        settings = self._settings
        self.choices.remember(settings)
        settings.setValue(KEY_FOLDER, self.folder.text())
        settings.setValue(KEY_OPEN_AFTER, self.open_after.isChecked())
        settings.sync()

    def _restore(self) -> None:
        settings = self._settings
        self.choices.restore(settings)
        self.folder.setText(str(settings.value(KEY_FOLDER, _default_folder())))
        self.open_after.setChecked(as_bool(settings.value(KEY_OPEN_AFTER), True))
