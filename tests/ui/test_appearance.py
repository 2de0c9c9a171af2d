"""Text size (100% to 200%, on every page) and high-contrast colours, both remembered."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QDialog,
    QStyle,
    QStyleOptionButton,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from briefing_app.domain.reports import Grade
from briefing_app.services.opening.container import Services
from briefing_app.ui.appearance import (
    TEXT_SIZE_KEY,
    Appearance,
    apply_appearance,
    high_contrast_palette,
    high_contrast_sheet,
    system_font,
)
from briefing_app.ui.application import make_settings
from briefing_app.ui.dialogs.display_settings import DisplaySettingsDialog
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.models.indicators import IndicatorTableModel
from briefing_app.ui.pages.findings import FindingsPage
from briefing_app.ui.pages.findings_html import HIGHLIGHT_MARKER
from briefing_app.ui.pages.outcomes import OutcomesPage
from briefing_app.ui.pages.overview import OverviewPage
from briefing_app.ui.pages.registry import PAGES
from briefing_app.ui.widgets.grades import grade_background, grade_foreground
from briefing_app.ui.widgets.headings import Heading
from tests.conftest import REPO
from tests.ui.audit import contrast_ratio, font_problems
from tests.ui.modal_dialogs import drive_modal

CTRL = Qt.KeyboardModifier.ControlModifier


def _page_keys() -> list[str]:
    return [key for key, _title in PAGES]


def rows_not_fitted(root: QWidget) -> list[str]:
    """Rows of wrapped text whose height is not what their text needs: too short, or
    (measured while a column was narrower) too tall."""
    wrong = []
    for table in root.findChildren(QTableView):
        if table.isVisible() and table.wordWrap():
            least = table.verticalHeader().minimumSectionSize()  # Qt's shortest row
            for row in range(min(table.model().rowCount(), 100)):
                needed = max(table.sizeHintForRow(row), least)
                if abs(table.rowHeight(row) - needed) > 1:
                    wrong.append(f"{table.accessibleName()!r} row {row}")
    return wrong


def wait_for_fitted_rows(qtbot: QtBot, page: QWidget) -> None:
    """In every tab of the page, tables of wrapped text show all their text."""
    for tabs in [None, *page.findChildren(QTabWidget)]:
        for index in range(tabs.count() if tabs else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
            qtbot.waitUntil(lambda: rows_not_fitted(page) == [], timeout=2000)


def test_text_size_steps_from_100_to_200() -> None:
    sizes = [Appearance().text_size]
    appearance = Appearance()
    for _ in range(7):
        appearance = appearance.larger()
        sizes.append(appearance.text_size)
    assert sizes == [100, 110, 125, 150, 175, 200, 200, 200]
    assert appearance.smaller().text_size == 175
    assert Appearance(text_size=160).smaller().text_size == 150
    assert Appearance(text_size=160).larger().text_size == 175
    assert Appearance(text_size=130).normal_size().text_size == 100
    assert Appearance(text_size=250).text_size == 200
    assert Appearance(text_size=40).text_size == 100


def test_a_damaged_setting_means_the_normal_size(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(TEXT_SIZE_KEY, "huge")
    assert Appearance.load(settings) == Appearance()


@pytest.mark.parametrize("key", _page_keys())
def test_ctrl_plus_and_minus_resize_every_page(
    qtbot: QtBot, main_window: MainWindow, key: str
) -> None:
    page = main_window.pages.show(key)
    assert font_problems(page, 100) == []
    for _ in range(5):
        qtbot.keyClick(main_window, Qt.Key.Key_Plus, CTRL)
    assert main_window.display.appearance.text_size == 200
    assert font_problems(page, 200) == []
    assert font_problems(main_window.menuBar(), 200) == []
    wait_for_fitted_rows(qtbot, page)

    qtbot.keyClick(main_window, Qt.Key.Key_Minus, CTRL)
    assert main_window.display.appearance.text_size == 175
    assert font_problems(page, 175) == []
    qtbot.keyClick(main_window, Qt.Key.Key_0, CTRL)
    assert main_window.display.appearance.text_size == 100
    wait_for_fitted_rows(qtbot, page)
    base = system_font().pointSizeF()
    plain = [w for w in page.findChildren(QWidget) if w.isVisible() and not isinstance(w, Heading)]
    assert {w.font().pointSizeF() for w in plain} == {base}


def test_headings_follow_the_text_size(qtbot: QtBot, main_window: MainWindow) -> None:
    page = main_window.pages.show("overview")
    assert isinstance(page, OverviewPage)
    base = system_font().pointSizeF()
    assert page.heading.font().pointSizeF() == pytest.approx(base * 1.6)
    main_window.display.larger_text_action.trigger()
    main_window.display.larger_text_action.trigger()
    assert page.heading.font().pointSizeF() == pytest.approx(base * 1.25 * 1.6)
    main_window.display.high_contrast_action.trigger()
    main_window.display.larger_text_action.trigger()
    assert page.heading.font().pointSizeF() == pytest.approx(base * 1.5 * 1.6)
    assert page.heading.font().bold()


def test_the_text_size_and_colours_are_remembered(
    qtbot: QtBot, main_window: MainWindow, services: Services, settings_file: Path
) -> None:
    qtbot.keyClick(main_window, Qt.Key.Key_Equal, CTRL)  # Ctrl+= as well as Ctrl++
    qtbot.keyClick(main_window, Qt.Key.Key_Plus, CTRL)
    main_window.display.high_contrast_action.trigger()
    main_window.close()
    QApplication.setFont(system_font())  # as a new start of the app would find it

    again = MainWindow(services, make_settings(settings_file))
    qtbot.addWidget(again)
    again.show()
    assert again.display.appearance == Appearance(text_size=125, high_contrast=True)
    assert again.display.high_contrast_action.isChecked()
    page = again.pages.current()
    assert font_problems(page, 125) == []
    assert QApplication.palette().color(QPalette.ColorRole.Window) == QColor("#000000")


def test_high_contrast_colours_switch_on_and_off(qtbot: QtBot, main_window: MainWindow) -> None:
    usual = QPalette(QApplication.palette())
    main_window.display.high_contrast_action.trigger()
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window) == QColor("#000000")
    assert palette.color(QPalette.ColorRole.WindowText) == QColor("#ffffff")
    assert "#ffff00" in QApplication.instance().styleSheet()  # type: ignore[union-attr]
    assert main_window.statusBar().currentMessage() == "Text size 100%, high-contrast colours."

    main_window.display.high_contrast_action.trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Window) == usual.color(
        QPalette.ColorRole.Window
    )
    assert QApplication.instance().styleSheet() == ""  # type: ignore[union-attr]


def test_high_contrast_colours_meet_wcag_aaa() -> None:
    palette = high_contrast_palette()
    role = QPalette.ColorRole
    for text, background in (
        (role.WindowText, role.Window),
        (role.Text, role.Base),
        (role.ButtonText, role.Button),
        (role.HighlightedText, role.Highlight),
        (role.Link, role.Base),
        (role.ToolTipText, role.ToolTipBase),
    ):
        assert contrast_ratio(palette.color(text), palette.color(background)) >= 7, text
    disabled = palette.color(QPalette.ColorGroup.Disabled, role.Text)
    assert contrast_ratio(disabled, palette.color(role.Base)) >= 7
    assert contrast_ratio(palette.color(role.PlaceholderText), palette.color(role.Base)) >= 4.5


def test_high_contrast_sheet_finds_its_icons() -> None:
    sheet = high_contrast_sheet(REPO / "resources")
    icons = re.findall(r"url\(([^)]+)\)", sheet)
    assert icons
    assert all(Path(icon).is_file() for icon in icons), icons
    assert not re.search(r"font-size|\d+px\s*;\s*font", sheet)  # text size is set elsewhere


def test_grade_colours_are_readable_and_never_alone() -> None:
    for grade in Grade:
        assert contrast_ratio(grade_background(grade), grade_foreground(grade)) >= 4.5, grade


def test_the_paragraph_gone_to_is_marked_without_colour(
    qtbot: QtBot, services: Services, normal_appearance: None
) -> None:
    page = FindingsPage(services.reports, services.history)
    qtbot.addWidget(page)
    assert page.go_to_paragraph(112)
    text = page.section_text.toPlainText()
    assert f"{HIGHLIGHT_MARKER} 112. The training provided" in text
    assert text.count(HIGHLIGHT_MARKER) == 1
    assert contrast_ratio(QColor("#fff3b0"), QColor("#000000")) >= 7
    page.section_list.setCurrentIndex(page.sections.index(0, 0))
    assert HIGHLIGHT_MARKER not in page.section_text.toPlainText()


def test_the_text_and_colours_dialog_from_the_view_menu(
    qtbot: QtBot, main_window: MainWindow, settings_file: Path
) -> None:
    def use(dialog: QDialog) -> None:
        assert isinstance(dialog, DisplaySettingsDialog)
        dialog.text_size.selectAll()
        qtbot.keyClicks(dialog.text_size, "175")
        assert dialog.preview.font().pointSizeF() == pytest.approx(
            system_font().pointSizeF() * 1.75
        )
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.high_contrast.hasFocus()
        qtbot.keyClick(dialog.high_contrast, Qt.Key.Key_Space)
        qtbot.keyClick(dialog.high_contrast, Qt.Key.Key_Return)

    drive_modal(main_window.display.open_display_settings, use)
    assert main_window.display.appearance == Appearance(text_size=175, high_contrast=True)
    assert font_problems(main_window.pages.current(), 175) == []
    saved = settings_file.read_text(encoding="utf-8")
    assert "text_size=175" in saved
    assert "high_contrast=true" in saved


def test_cancelling_the_dialog_changes_nothing(qtbot: QtBot, main_window: MainWindow) -> None:
    def cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, DisplaySettingsDialog)
        dialog.text_size.setValue(200)
        dialog.high_contrast.setChecked(True)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()

    drive_modal(main_window.display.open_display_settings, cancel)
    assert main_window.display.appearance == Appearance()
    assert QApplication.font().pointSizeF() == system_font().pointSizeF()


def test_normal_size_and_colours_button(qtbot: QtBot, normal_appearance: None) -> None:
    dialog = DisplaySettingsDialog(Appearance(text_size=150, high_contrast=True))
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.text_size.setFocus()
    qtbot.keyClick(dialog.text_size, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.appearance() == Appearance())


def test_without_its_style_sheet_high_contrast_still_changes_the_colours(
    qtbot: QtBot, tmp_path: Path, normal_appearance: None, capsys: pytest.CaptureFixture[str]
) -> None:
    apply_appearance(Appearance(high_contrast=True), tmp_path / "no-resources")
    assert QApplication.palette().color(QPalette.ColorRole.Window) == QColor("#000000")
    assert "style sheet could not be read" in capsys.readouterr().err


def test_the_figures_headings_stay_whole_at_the_largest_text(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    page = main_window.pages.show("children-in-care")
    assert isinstance(page, OutcomesPage)
    page.tabs.setCurrentIndex(1)

    def headings_fit() -> list[str]:
        header = page.table.horizontalHeader()
        metrics = header.fontMetrics()
        return [
            IndicatorTableModel.HEADERS[column]
            for column in (
                IndicatorTableModel.MEASURE,
                IndicatorTableModel.STATUS,
                IndicatorTableModel.TREND,
            )
            if header.sectionSize(column)
            < metrics.horizontalAdvance(IndicatorTableModel.HEADERS[column])
        ]

    assert headings_fit() == []
    for _ in range(5):
        main_window.display.larger_text_action.trigger()
    assert main_window.display.appearance.text_size == 200
    qtbot.waitUntil(lambda: headings_fit() == [], timeout=2000)


@pytest.mark.parametrize("key", _page_keys())
def test_at_200_percent_a_page_scrolls_inside_the_window_and_its_rows_fit(
    qtbot: QtBot, main_window: MainWindow, key: str
) -> None:
    """Large text never makes the window wider than it is (a page too wide scrolls), and
    rows of wrapped text are measured again as their columns settle."""
    width = main_window.width()
    for _ in range(5):
        qtbot.keyClick(main_window, Qt.Key.Key_Plus, CTRL)
    for spec in main_window.pages.specs:  # every page built: the widest counts too
        main_window.pages.show(spec.key)
    page = main_window.pages.show(key)
    assert main_window.minimumSizeHint().width() <= width
    assert main_window.width() == width
    qtbot.waitUntil(lambda: rows_not_fitted(page) == [], timeout=2000)


def test_rows_fit_when_the_app_starts_with_large_text(
    qtbot: QtBot, services: Services, settings_file: Path, normal_appearance: None
) -> None:
    settings = make_settings(settings_file)
    Appearance(text_size=200).save(settings)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.resize(1700, 900)  # a large screen: columns widen after the rows are first measured
    window.show()
    for key in ("questions", "meetings", "actions", "overview"):
        page = window.pages.show(key)
        qtbot.waitUntil(lambda page=page: rows_not_fitted(page) == [], timeout=2000)


def test_tick_boxes_and_round_buttons_grow_with_the_text(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    def indicator_width() -> int:
        box = QCheckBox("Tick")
        qtbot.addWidget(box)
        option = QStyleOptionButton()
        box.initStyleOption(option)
        return (
            box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box).width()
        )

    normal = indicator_width()
    for _ in range(5):
        qtbot.keyClick(main_window, Qt.Key.Key_Plus, CTRL)
    assert indicator_width() >= normal * 1.8


def test_at_the_normal_size_no_page_scrolls_in_a_laptop_sized_window(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """The scroll area round each page is there for large text only: at 100% in a window
    of 1200 by 760 every page fits, wrapped text and all."""
    main_window.resize(1200, 760)
    for spec in main_window.pages.specs:
        main_window.pages.show(spec.key)
        qtbot.wait(50)
        area = main_window.pages.stack.currentWidget()
        assert isinstance(area, QAbstractScrollArea)
        assert not area.verticalScrollBar().isVisible(), spec.key
        assert not area.horizontalScrollBar().isVisible(), spec.key
