"""Briefing packs: choose the date, who the pack is for and what goes in it, then build it.

The pack's content is read from the database on the UI thread (it is quick); laying it
out and saving it runs on another thread with progress shown. The choices are
remembered for next time.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.errors import BriefingError
from briefing_app.domain.packs import Audience, SectionKey
from briefing_app.services.packs import (
    DEFAULT_COMMITTEE,
    BuiltPack,
    PackRequest,
    PackService,
    pack_file_name,
)
from briefing_app.ui.background import BackgroundTask, report_bug
from briefing_app.ui.errors import show_user_error
from briefing_app.ui.widgets.headings import Heading
from briefing_app.ui.widgets.message_boxes import ask

KEY_AUDIENCE = "packs/audience"
KEY_SECTIONS = "packs/sections"
KEY_COMMITTEE = "packs/committee"
KEY_DATE = "packs/date"
KEY_FOLDER = "packs/folder"
KEY_OPEN_AFTER = "packs/open_after"
KEY_NOTE = "packs/note"
KEY_NOTE_MEMBERS_ONLY = "packs/note_members_only"


def _default_folder() -> str:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def _as_bool(value: object, default: bool) -> bool:
    if value is None:
        return default
    return str(value).lower() in ("true", "1", "yes")


class PackBuilderPage(QWidget):
    title = "Briefing packs"

    def __init__(
        self, packs: PackService, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._packs = packs
        self._settings = settings
        self._task: BackgroundTask | None = None
        self.last_pack: BuiltPack | None = None

        self.committee = QLineEdit()
        self.committee.setAccessibleName("Committee")
        self.pack_date = QDateEdit()
        self.pack_date.setAccessibleName("Date of the meeting")
        self.pack_date.setCalendarPopup(True)
        self.pack_date.setDisplayFormat("d MMMM yyyy")

        self.members = QRadioButton("&Members' pack: may hold names and notes (OFFICIAL-SENSITIVE)")
        self.members.setAccessibleName("Members' pack")
        self.public = QRadioButton(
            "P&ublic pack: no names or private notes, small numbers hidden (OFFICIAL)"
        )
        self.public.setAccessibleName("Public pack")
        self._audience_group = QButtonGroup(self)
        self._audience_group.addButton(self.members)
        self._audience_group.addButton(self.public)

        self.section_boxes: dict[SectionKey, QCheckBox] = {
            key: self._section_box(key) for key in packs.choosable_sections()
        }
        self._sections_layout = QVBoxLayout()

        self.note = QPlainTextEdit()
        self.note.setAccessibleName("Note for readers")
        self.note.setPlaceholderText("Optional: a few lines printed on the cover")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.note_members_only = QCheckBox("Print the note in the members' pack o&nly")
        self.note_members_only.setAccessibleName("Note in the members' pack only")

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
        form = QFormLayout()
        committee_label = QLabel("&Committee:")
        committee_label.setBuddy(self.committee)
        form.addRow(committee_label, self.committee)
        date_label = QLabel("&Date of the meeting:")
        date_label.setBuddy(self.pack_date)
        form.addRow(date_label, self.pack_date)

        audience = QGroupBox("Who the pack is for")
        audience_layout = QVBoxLayout(audience)
        audience_layout.addWidget(self.members)
        audience_layout.addWidget(self.public)

        sections = QGroupBox("Sections")
        sections.setLayout(self._sections_layout)
        self._sections_layout.addWidget(QLabel("The cover and the contents are always included."))
        for box in self.section_boxes.values():
            self._sections_layout.addWidget(box)

        note = QGroupBox("Note for readers")
        note_layout = QVBoxLayout(note)
        note_layout.addWidget(self.note)
        note_layout.addWidget(self.note_members_only)

        folder_row = QHBoxLayout()
        folder_label = QLabel("Save in fo&lder:")
        folder_label.setBuddy(self.folder)
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_folder_button)

        buttons = QHBoxLayout()
        buttons.addWidget(self.build_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(Heading("Briefing packs", level=1))
        intro = QLabel(
            "Build a PDF pack for a meeting: choose the date, who it is for and what goes "
            "in it. Page numbers in the pack's contents match the PDF's own."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(audience)
        layout.addWidget(sections)
        layout.addWidget(note)
        layout.addLayout(folder_row)
        layout.addWidget(self.file_name)
        layout.addWidget(self.open_after)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setAccessibleName("Briefing pack choices")
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _connect(self) -> None:
        self.build_button.clicked.connect(self.build)
        self.open_button.clicked.connect(self.open_last_pack)
        self.choose_folder_button.clicked.connect(self._choose_folder)
        self.committee.textChanged.connect(self._update_file_name)
        self.pack_date.dateChanged.connect(self._update_file_name)
        self.members.toggled.connect(self._update_file_name)
        self.folder.textChanged.connect(self._update_file_name)

    @staticmethod
    def _section_box(key: SectionKey) -> QCheckBox:
        box = QCheckBox(key.title)
        box.setAccessibleName(f"Include {key.title}")
        return box

    def refresh(self) -> None:
        """Offer the sections the app now holds data for (after an import, say).

        Sections already offered keep their ticks; a newly offered one starts ticked.
        """
        offered = self._packs.choosable_sections()
        if tuple(self.section_boxes) == offered:
            return
        old = self.section_boxes
        self.section_boxes = {}
        for key in offered:
            box = self._section_box(key)
            box.setChecked(old[key].isChecked() if key in old else True)
            self.section_boxes[key] = box
        for box in old.values():
            self._sections_layout.removeWidget(box)
            box.deleteLater()
        for box in self.section_boxes.values():
            self._sections_layout.addWidget(box)

    # -- choices ---------------------------------------------------------------------

    def audience(self) -> Audience:
        return Audience.PUBLIC if self.public.isChecked() else Audience.MEMBERS

    def chosen_sections(self) -> tuple[SectionKey, ...]:
        return tuple(key for key, box in self.section_boxes.items() if box.isChecked())

    def chosen_date(self) -> date:
        value = self.pack_date.date()
        return date(value.year(), value.month(), value.day())

    def request(self) -> PackRequest:
        return PackRequest(
            audience=self.audience(),
            sections=self.chosen_sections(),
            pack_date=self.chosen_date(),
            committee=self.committee.text().strip() or DEFAULT_COMMITTEE,
            covering_note=self.note.toPlainText(),
            covering_note_members_only=self.note_members_only.isChecked(),
        )

    def target_path(self) -> Path:
        name = pack_file_name(
            self.committee.text().strip() or DEFAULT_COMMITTEE, self.chosen_date(), self.audience()
        )
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
        self._say(f"Saved {built.path.name} ({built.pages} pages) in {built.path.parent}.")
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
        settings.setValue(KEY_AUDIENCE, self.audience().value)
        settings.setValue(KEY_SECTIONS, ",".join(key.value for key in self.chosen_sections()))
        settings.setValue(KEY_COMMITTEE, self.committee.text())
        settings.setValue(KEY_DATE, self.chosen_date().isoformat())
        settings.setValue(KEY_FOLDER, self.folder.text())
        settings.setValue(KEY_OPEN_AFTER, self.open_after.isChecked())
        settings.setValue(KEY_NOTE, self.note.toPlainText())
        settings.setValue(KEY_NOTE_MEMBERS_ONLY, self.note_members_only.isChecked())
        settings.sync()

    def _restore(self) -> None:
        settings = self._settings
        audience = str(settings.value(KEY_AUDIENCE, Audience.MEMBERS.value))
        (self.public if audience == Audience.PUBLIC.value else self.members).setChecked(True)
        saved = settings.value(KEY_SECTIONS)
        chosen = set(str(saved).split(",")) if saved is not None else None
        for key, box in self.section_boxes.items():
            box.setChecked(chosen is None or key.value in chosen)
        self.committee.setText(str(settings.value(KEY_COMMITTEE, DEFAULT_COMMITTEE)))
        saved_date = QDate.fromString(str(settings.value(KEY_DATE, "")), "yyyy-MM-dd")
        self.pack_date.setDate(saved_date if saved_date.isValid() else QDate.currentDate())
        self.folder.setText(str(settings.value(KEY_FOLDER, _default_folder())))
        self.open_after.setChecked(_as_bool(settings.value(KEY_OPEN_AFTER), True))
        self.note.setPlainText(str(settings.value(KEY_NOTE, "")))
        self.note_members_only.setChecked(_as_bool(settings.value(KEY_NOTE_MEMBERS_ONLY), True))
