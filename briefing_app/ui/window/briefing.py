"""Briefing files in the open window: File > Publish for members… (officers), File > Open
briefing… and a briefing file dropped on the window (members), and File > My notes….

A briefing file opens read-only: the window shows no officers' tools while one is open
(``Services.officer_tools`` says so). The member's notes are kept in their notes file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app import BRIEFING_SUFFIX
from briefing_app.domain.errors import BriefingError, OtherCouncilError
from briefing_app.services.opening.container import Services
from briefing_app.ui.busy import busy
from briefing_app.ui.errors import show_user_error
from briefing_app.ui.window.action import window_action

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QMainWindow

    from briefing_app.domain.briefing import Edition

FILE_FILTER = f"Briefing files (*{BRIEFING_SUFFIX});;All files (*)"


def dropped_briefing(urls: list[QUrl]) -> Path | None:
    """The briefing file among dropped ``urls`` (one local file ending .briefing)."""
    files = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    if len(files) == 1 and files[0].suffix.lower() == BRIEFING_SUFFIX:
        return files[0]
    return None


class BriefingFiles:
    """The briefing file actions; ``switch`` puts the window on a briefing's services."""

    def __init__(
        self,
        window: QMainWindow,
        services: Callable[[], Services],
        switch: Callable[[Services], None],
        notes: Path | None = None,
    ) -> None:
        self._window = window
        self._services = services
        self._switch = switch
        # The member's notes file (None: the one in the user data folder).
        self.notes_file = notes
        self.publish_action = window_action(
            window, "&Publish for members…", [], self.choose_and_publish
        )
        self.publish_action.setStatusTip(
            "Write a read-only briefing file to send to members, who open it with this app"
        )
        self.open_action = window_action(
            window, "Open &briefing…", ["Ctrl+O"], self.choose_and_open
        )
        self.open_action.setStatusTip("Open a briefing file an officer sent you, read-only")
        self.notes_action = window_action(window, "My &notes…", [], self.show_notes)
        self.notes_action.setStatusTip("Your own notes on the briefing open, kept on this laptop")

    @property
    def notes_path(self) -> Path:
        # Only when notes are wanted (about 2 ms).
        from briefing_app.services.notes import default_notes_path

        return self.notes_file or default_notes_path(self._services().paths)

    def show_state(self) -> None:
        """Offer what fits what is open: publishing from a workspace, notes on a briefing."""
        services = self._services()
        self.publish_action.setVisible(services.officer_tools)
        self.publish_action.setEnabled(services.officer_tools)
        self.notes_action.setEnabled(services.briefing is not None)

    # -- officers -------------------------------------------------------------------------

    def choose_and_publish(self) -> None:
        # Only when publishing: the dialogs (about 20 ms).
        from PySide6.QtWidgets import QFileDialog

        from briefing_app.ui.dialogs.publish_briefing import PublishChoices, ask_publish_choices

        services = self._services()
        if not services.officer_tools:
            return
        meetings = [(m.meeting.id, m.meeting.heading) for m in services.meetings.meetings()]
        choices: PublishChoices | None = ask_publish_choices(self._window, meetings)
        if choices is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self._window,
            "Publish for members",
            str(Path.home() / f"{services.council.short_label()}{BRIEFING_SUFFIX}"),
            FILE_FILTER,
        )
        if name:
            self.publish(Path(name), choices.edition, choices.meetings)

    def publish(self, path: Path, edition: Edition, meetings: list[int]) -> bool:
        """Publish the workspace open as the briefing file ``path``."""
        # Only when publishing: the boxes (about 10 ms).
        from briefing_app.ui.widgets.message_boxes import inform

        if path.suffix.lower() != BRIEFING_SUFFIX:
            path = path.with_name(path.name + BRIEFING_SUFFIX)
        try:
            with busy():
                publication = self._services().publisher.publish(
                    path, edition=edition, meetings=meetings
                )
        except BriefingError as error:
            show_user_error(self._window, "The briefing file could not be published", error)
            return False
        inform(
            self._window,
            "Published for members",
            f"{publication.describe()} Send it to members as you send their papers: they "
            "open it with this app, and their own notes find their place in every newer "
            "briefing you publish.",
        )
        return True

    # -- members --------------------------------------------------------------------------

    def choose_and_open(self) -> None:
        # Only when a file is chosen: Qt's file dialog class.
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self._window, "Open briefing", str(Path.home()), FILE_FILTER
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> bool:
        """Open the briefing file ``path`` read-only in the window, asking first if it is
        for another council than the member's notes. The file is never written to."""
        # Only when a briefing is opened (about 10 ms).
        from briefing_app.services.notes import NotesService
        from briefing_app.services.opening.briefing import open_briefing_services
        from briefing_app.ui.widgets.message_boxes import ask

        try:
            with busy():
                opened = open_briefing_services(self._services().paths, path)
        except BriefingError as error:
            show_user_error(self._window, "The briefing file could not be opened", error)
            return False
        assert opened.briefing is not None
        switch = False
        while True:
            try:
                NotesService.open(
                    self.notes_path, opened.database, opened.briefing, switch_council=switch
                ).close()
                break
            except OtherCouncilError as error:
                if switch or not ask(
                    self._window,
                    "A briefing for another council",
                    f"{error.message} Open it anyway? Your notes on {error.expected} are "
                    "kept, and listed as no longer in the briefing while this one is open.",
                ):
                    opened.close()
                    return False
                switch = True
            except BriefingError as error:
                opened.close()
                show_user_error(self._window, "Your notes file could not be used", error)
                return False
        self._switch(opened)
        self._window.statusBar().showMessage(
            f"Opened {path.name}: {opened.briefing.describe()}. It is read-only."
        )
        return True

    def show_notes(self) -> None:
        # Only when the notes are shown: the dialog (about 20 ms).
        from briefing_app.services.notes import NotesService
        from briefing_app.ui.dialogs.my_notes import MyNotesDialog

        services = self._services()
        if services.briefing is None:
            return
        try:
            notes = NotesService.open(
                self.notes_path, services.database, services.briefing, switch_council=True
            )
        except BriefingError as error:
            show_user_error(self._window, "Your notes file could not be used", error)
            return
        manifest = services.briefing

        def print_pdf(path: Path) -> None:
            content = services.packs.notes_content(
                notes.pdf_content(manifest), services.training.today()
            )
            with busy():
                services.packs.write(content, path)

        with notes:
            dialog = MyNotesDialog(notes, self._window, print_pdf)
            dialog.exec()
            dialog.deleteLater()
