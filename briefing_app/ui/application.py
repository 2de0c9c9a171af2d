"""Starting the Qt application: services, the main window, and the startup smoke mode."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, QTimer
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication

from briefing_app import APP_ID, APP_NAME, ORGANISATION, __version__
from briefing_app.domain.errors import DatabaseError
from briefing_app.services.logbook import start_file_log
from briefing_app.services.opening.container import Services
from briefing_app.services.opening.root import AppRoot
from briefing_app.ui.errors import install_excepthook
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.plain_text import show_labels_as_plain_text
from briefing_app.ui.startup import first_start, is_first_start, open_with_recovery

# The log file is opened this long after the window is up, off the start-up path.
SETTLE_DELAY_MS = 1500


class _AfterFirstPaint(QObject):
    """Calls ``then`` as soon as the watched window has been painted once."""

    def __init__(self, then: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


def _resume_collecting() -> None:
    """Start-up is over: turn the cycle collector back on (cli.main paused it).

    What start-up made lasts as long as the window, so it is set aside for good
    ("frozen") rather than looked through again at every collection.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _settle() -> None:
    """A little after the window is up: whatever start-up left until later."""
    _resume_collecting()  # in case the window was never painted (shown minimised)
    start_file_log()


def _started(exit_after_startup: bool) -> None:
    """The window has been drawn for the first time."""
    _resume_collecting()
    if exit_after_startup:
        QApplication.quit()


def make_settings(settings_file: Path) -> QSettings:
    return QSettings(str(settings_file), QSettings.Format.IniFormat)


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon(resources: Path) -> QIcon:
    """The app's icon, from the PNG sizes drawn by packaging/make_icons.py.

    The first size that loads is read at once; the others are only named, and Qt reads
    each one when that size is first wanted (most systems show two of them). Files are
    added only once the icon holds a pixmap: adding a file to an empty QIcon would load
    Qt's icon-engine plugins, which costs about a tenth of a second at start-up.
    """
    icon = QIcon()
    for size in ICON_SIZES:
        path = str(resources / "icons" / f"briefing-app-{size}.png")
        if not icon.isNull():
            icon.addFile(path, QSize(size, size))
            continue
        pixmap = QPixmap(path)
        if not pixmap.isNull():
            icon = QIcon(pixmap)
    return icon


def ensure_application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    show_labels_as_plain_text(app)
    return app


def run_application(root: AppRoot, *, exit_after_startup: bool = False) -> int:
    """Open the database ``root`` names (offering the way on if it cannot be used) and show
    the main window over it, until the window is closed."""
    app = ensure_application()
    app.setWindowIcon(app_icon(root.paths.resources))
    if not exit_after_startup:
        # A start-up check prints any bug and fails, rather than waiting on a dialog.
        install_excepthook()
    if exit_after_startup:
        try:
            services = root.open()
        except DatabaseError as error:
            sys.stderr.write(f"{APP_ID}: {error}\n")
            return 2
        note = ""
    elif is_first_start(root):
        # No database yet in the user data folder: which council (or the demonstration)?
        started = first_start(root)
        if started is None:
            return 0
        services, note = started.services, started.note
    else:
        opened = open_with_recovery(root)
        if opened is None:
            return 2
        services, note = opened.services, opened.note
    window = MainWindow(services, make_settings(root.paths.settings_file))
    try:
        if note:
            window.statusBar().showMessage(note)
        window.installEventFilter(_AfterFirstPaint(lambda: _started(exit_after_startup), window))
        window.show()
        QTimer.singleShot(SETTLE_DELAY_MS, _settle)
        return app.exec()
    finally:
        window.services.close()


def run_briefing(services: Services, notes: Path, *, exit_after_startup: bool = False) -> int:
    """Show the briefing file ``services`` hold, read-only (no officers' tools), with the
    member's notes file ``notes``, until the window is closed."""
    app = ensure_application()
    app.setWindowIcon(app_icon(services.paths.resources))
    if not exit_after_startup:
        install_excepthook()
    window = MainWindow(services, make_settings(services.paths.settings_file), notes=notes)
    try:
        window.installEventFilter(_AfterFirstPaint(lambda: _started(exit_after_startup), window))
        window.show()
        QTimer.singleShot(SETTLE_DELAY_MS, _settle)
        return app.exec()
    finally:
        window.services.close()
