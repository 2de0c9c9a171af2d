"""Starting the app: its icon, drawn from resources/icons/."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from briefing_app.ui.application import ICON_SIZES, app_icon
from tests.conftest import REPO


def test_the_app_icon_has_every_size(qapp: QApplication) -> None:
    icon = app_icon(REPO / "resources")
    assert {size.width() for size in icon.availableSizes()} == set(ICON_SIZES)
    assert not icon.pixmap(QSize(32, 32)).toImage().isNull()
    # Sizes are read from their files when first wanted: each one comes out whole.
    for size in ICON_SIZES:
        assert icon.pixmap(QSize(size, size)).size() == QSize(size, size)


def test_without_its_icon_files_the_app_still_starts(qapp: QApplication, tmp_path: Path) -> None:
    assert app_icon(tmp_path).isNull()
