"""Text from files and from people is shown as text, on every page and in every window.

The database is loaded with text that looks like HTML: a report whose council is
``<b>Evil</b> <img src=x> City Council``, a finding and a section that open with an
``<h1 style='color:red'>`` line, and names, answers, actions, notes and summaries with
tags in them. Every page, every window its buttons open and every window the menus open
is walked, and each label and text view must show those tags as typed (escaped where the
view is rich text on purpose), never drawn as bold, images or headings.
"""

from __future__ import annotations

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from briefing_app.services.opening.container import Services
from briefing_app.ui.application import make_settings
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.pages.registry import PAGES
from tests.ui.menu_windows import check_menu_windows
from tests.ui.page_windows import check_button_windows
from tests.ui.test_page_windows import prepare_meetings

# What is stored, by a word that shows whether it was drawn as text or as formatting.
HOSTILE = {
    "Evilcorp": "<b>Evilcorp</b> <img src=x> City Council",
    "Redheading": "<h1 style='color:red'>Redheading</h1>",
    "Ivyname": "<i>Ivyname</i> Hostile",
    "Answertext": "<b>Answertext</b> said <u>so</u>",
    "Ownername": "<u>Ownername</u>",
    "Actiontext": "<s>Actiontext</s> this",
    "Notetext": "<b>Notetext</b>",
    "Meetingtitle": "<h1 style='color:red'>Meetingtitle</h1>",
    "Summarytext": "<h1 style='color:red'>Summarytext</h1>",
}


def _plant(services: Services) -> None:
    prepare_meetings(services)
    database = services.database
    with database.transaction():
        database.execute("UPDATE reports SET authority = ?", (HOSTILE["Evilcorp"],))
        database.execute(
            "UPDATE findings SET text = ? || ' ' || text WHERE id IN "
            "(SELECT id FROM findings ORDER BY id LIMIT 5)",
            (HOSTILE["Redheading"],),
        )
        database.execute(
            "UPDATE report_sections SET text = ? || char(10) || text", (HOSTILE["Redheading"],)
        )
        database.execute(
            "UPDATE members SET name = ? WHERE id = (SELECT min(id) FROM members)",
            (HOSTILE["Ivyname"],),
        )
        database.execute("UPDATE meeting_items SET answer = ?", (HOSTILE["Answertext"],))
        database.execute(
            "UPDATE actions SET owner = ?, description = ?, closing_note = ?",
            (HOSTILE["Ownername"], HOSTILE["Actiontext"], HOSTILE["Notetext"]),
        )
        database.execute("UPDATE meetings SET title = ?", (HOSTILE["Meetingtitle"],))
        database.execute("UPDATE summaries SET text = ? || ' ' || text", (HOSTILE["Summarytext"],))


def _shown(widget: QWidget) -> str | None:
    """The words ``widget`` shows, as a reader sees them."""
    if isinstance(widget, QTextEdit):
        return widget.toPlainText()
    if not isinstance(widget, QLabel):
        return None
    text = widget.text()
    rich = widget.textFormat() == Qt.TextFormat.RichText or (
        widget.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def rich_text_problems(root: QWidget) -> list[str]:
    """Each label or text view in ``root`` that drew stored tags as formatting."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        shown = _shown(widget)
        if not shown:
            continue
        for word, stored in HOSTILE.items():
            tag = stored[: stored.index(word)]
            if word in shown and tag not in shown:
                name = widget.accessibleName() or widget.objectName() or type(widget).__name__
                problems.append(f"{name}: {word} drawn as formatting")
    return problems


@pytest.fixture
def hostile_window(
    qtbot: QtBot, services: Services, settings_file: object, normal_appearance: None
) -> MainWindow:
    _plant(services)
    window = MainWindow(services, make_settings(settings_file))  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def test_the_check_sees_text_drawn_as_formatting(qtbot: QtBot) -> None:
    """A label left to guess draws the stored tags: the check must say so."""
    guessing = QLabel(HOSTILE["Evilcorp"])
    guessing.setTextFormat(Qt.TextFormat.AutoText)
    qtbot.addWidget(guessing)
    assert rich_text_problems(guessing) == ["QLabel: Evilcorp drawn as formatting"]


def test_a_label_is_plain_text_once_shown(qtbot: QtBot, hostile_window: MainWindow) -> None:
    label = QLabel(HOSTILE["Evilcorp"])
    qtbot.addWidget(label)
    label.show()
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert rich_text_problems(label) == []


@pytest.mark.parametrize("key", [key for key, _title in PAGES])
def test_every_page_and_what_its_buttons_open_show_text_as_text(
    qtbot: QtBot, hostile_window: MainWindow, key: str
) -> None:
    page = hostile_window.pages.show(key)
    qtbot.waitUntil(page.isVisible)
    assert rich_text_problems(hostile_window) == []
    results, _pressed = check_button_windows(
        hostile_window,
        page,
        qtbot,
        rich_text_problems,
        show_again=lambda: hostile_window.pages.show(key),
    )
    assert str({title: problems for title, problems in results.items() if problems}) == "{}"


def test_every_window_the_menus_open_shows_text_as_text(
    qtbot: QtBot, hostile_window: MainWindow
) -> None:
    results = check_menu_windows(hostile_window, qtbot, rich_text_problems)
    assert results
    assert str({title: problems for title, problems in results.items() if problems}) == "{}"


def test_the_overview_shows_the_council_as_stored(hostile_window: MainWindow) -> None:
    page = hostile_window.pages.show("overview")
    shown = [w.text() for w in page.findChildren(QLabel) if "Evilcorp" in w.text()]
    assert shown
    assert all(
        w.textFormat() == Qt.TextFormat.PlainText
        for w in page.findChildren(QLabel)
        if "Evilcorp" in w.text()
    )
