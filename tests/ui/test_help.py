"""The user guide: opened offline with F1 at the page's own topic, complete and linked."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from briefing_app.domain.errors import NotFoundError
from briefing_app.paths import AppPaths
from briefing_app.services.opening.root import AppRoot
from briefing_app.ui.application import make_settings
from briefing_app.ui.dialogs.help_window import HelpWindow
from briefing_app.ui.help_guide import load_guide
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.pages.registry import PAGES
from tests.conftest import REPO
from tests.ui.modal_dialogs import drive_modal

HELP = REPO / "resources" / "help"
LINK = re.compile(r"\]\(([^)\s]+)\)")
PLACEHOLDERS = re.compile(r"coming soon|\bTODO\b|\bTBD\b|lorem ipsum|not yet available", re.I)


def _specs() -> list[tuple[str, str]]:
    return list(PAGES)


@pytest.mark.parametrize(("key", "title"), _specs())
def test_every_page_has_a_topic_that_explains_it(key: str, title: str) -> None:
    topic = load_guide(HELP).topic_for_page(key)
    assert topic is not None, f"resources/help/contents.toml has no topic with page = {key!r}"
    text = (HELP / topic.file).read_text(encoding="utf-8")
    assert title.lower() in text.lower()


@pytest.mark.parametrize(("key", "title"), _specs())
def test_f1_opens_the_guide_at_the_pages_topic(
    qtbot: QtBot, main_window: MainWindow, key: str, title: str
) -> None:
    main_window.pages.show(key)
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    guide = main_window.findChild(HelpWindow)
    assert isinstance(guide, HelpWindow)
    qtbot.waitUntil(guide.isVisible)
    topic = guide.shown_topic()
    assert topic is not None
    assert topic.page == key
    assert title.lower() in guide.text.toPlainText().lower()
    assert guide.windowTitle() == f"{topic.title}: user guide"


def test_the_guide_is_for_councillors_and_officers() -> None:
    guide = load_guide(HELP)
    parts = [part for part, _ in guide.parts()]
    assert parts == ["Getting started", "For councillors", "For officers"]
    page_keys = {key for key, _ in _specs()}
    assert {t.page for t in guide.topics if t.page} <= page_keys


def test_every_file_is_listed_and_every_link_works_offline() -> None:
    guide = load_guide(HELP)
    listed = {topic.file for topic in guide.topics}
    assert listed == {path.name for path in HELP.glob("*.md")}
    for topic in guide.topics:
        text = guide.path(topic).read_text(encoding="utf-8")
        assert text.startswith("# "), topic.file
        assert not PLACEHOLDERS.search(text), topic.file
        for target in LINK.findall(text):
            assert "://" not in target, (topic.file, target)
            assert not target.startswith("mailto:"), (topic.file, target)
            assert target in listed, f"{topic.file} links to {target}, which is not in the guide"


def test_choosing_topics_and_following_links_with_the_keyboard(
    qtbot: QtBot, normal_appearance: None
) -> None:
    window = HelpWindow(load_guide(HELP))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    assert window.shown_topic() == window.guide.first
    window.contents.setFocus()
    qtbot.keyClick(window.contents, Qt.Key.Key_Down)
    council = window.shown_topic()
    assert council is not None
    assert council.title == "Which council are you?"
    assert "Choosing your council" in window.text.toPlainText()

    window.show_topic(window.guide.first)
    window.text.setFocus()
    qtbot.keyClick(window.text, Qt.Key.Key_Tab)  # the first link in the text
    assert window.text.textCursor().hasSelection()
    qtbot.keyClick(window.text, Qt.Key.Key_Return)
    followed = window.shown_topic()
    assert followed is not None
    assert followed.file == "first-start.md"
    assert window.contents.currentItem().text(0) == followed.title
    assert window.back_button.isEnabled()
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.shown_topic() == window.guide.first


def test_a_missing_guide_is_a_clear_message(
    qtbot: QtBot, app_paths: AppPaths, seeded_db_path: Path, tmp_path: Path
) -> None:
    paths = dataclasses.replace(app_paths, resources=tmp_path / "no-resources")
    services = AppRoot(paths, seeded_db_path).open()
    try:
        window = MainWindow(services, make_settings(tmp_path / "settings.ini"))
        qtbot.addWidget(window)
        seen: list[str] = []

        def read(dialog: QDialog) -> None:
            assert isinstance(dialog, QMessageBox)
            seen.append(dialog.text())

        drive_modal(window.guide.show, read)
        assert len(seen) == 1
        assert "user guide could not be found" in seen[0]
        assert str(tmp_path / "no-resources" / "help") in seen[0]
        assert window.findChild(HelpWindow) is None
    finally:
        services.close()
    assert QApplication.activeModalWidget() is None


def test_a_damaged_contents_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "contents.toml").write_text("[[topic]\npart = ", encoding="utf-8")
    with pytest.raises(NotFoundError, match=r"contents file .*contents\.toml is damaged"):
        load_guide(tmp_path)
    (tmp_path / "contents.toml").write_text('[[topic]]\npart = "A"\n', encoding="utf-8")
    with pytest.raises(NotFoundError, match=r"Topic 1 .* lacks a part, a title or a file"):
        load_guide(tmp_path)
    (tmp_path / "contents.toml").write_text("", encoding="utf-8")
    with pytest.raises(NotFoundError, match="lists no topics"):
        load_guide(tmp_path)
