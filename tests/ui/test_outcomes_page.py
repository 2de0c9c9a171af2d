"""The "Children in care" and "Care leavers" pages, driven as a councillor or officer would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from briefing_app.domain.outcomes import Audience
from briefing_app.services.opening.container import Services
from briefing_app.ui.application import make_settings
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.models.indicators import IndicatorTableModel
from briefing_app.ui.pages.findings import FindingsPage
from briefing_app.ui.pages.outcomes import OutcomesPage


@pytest.fixture
def opened(services: Services) -> list[tuple[int | None, int]]:
    return []


def make_page(
    qtbot: QtBot, services: Services, audience: Audience, opened: list[tuple[int | None, int]]
) -> OutcomesPage:
    page = OutcomesPage(
        services.outcomes,
        audience,
        lambda report, paragraph: opened.append((report, paragraph)),
        services.glossary.glossary(),
        services.council_figures,
        services.council_summaries,
    )
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def rows(page: OutcomesPage, column: int) -> list[str]:
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def test_care_leavers_page_shows_summaries_and_figures(
    qtbot: QtBot, services: Services, opened: list[tuple[int | None, int]]
) -> None:
    page = make_page(qtbot, services, Audience.CARE_LEAVERS, opened)
    text = page.summary_view.toPlainText()
    for title in (
        "Support from workers",
        "Education and work",
        "Housing",
        "Health histories",
        "Rights and entitlements",
    ):
        assert title in text
    assert "Nearly half of them (48.1%) were not, against 34% in England as a whole." in text
    assert "[paragraph 104]" in text
    measures = rows(page, IndicatorTableModel.MEASURE)
    row = measures.index("Not in education, work or training")
    assert page.model.index(row, IndicatorTableModel.FIGURE).data() == "48.1%"
    assert page.model.index(row, IndicatorTableModel.STATUS).data() == "✗ Worse than England"
    assert page.attribution.text() == (
        "The figures the inspection report quotes. Unless a figure says otherwise, it comes "
        "from Ofsted's inspection report on Portsmouth City Council, July 2014."
    )


def test_choosing_a_figure_shows_its_sentence_status_charts_and_source(
    qtbot: QtBot, services: Services, opened: list[tuple[int | None, int]]
) -> None:
    page = make_page(qtbot, services, Audience.CHILDREN_IN_CARE, opened)
    page.show_report_figures()
    page.table.setFocus()
    first = page.current_indicator()
    assert first is not None
    assert first.key == "cla-count"
    assert page.detail.sentence.text() == (
        "318 children were in the council's care on 31 March 2014, up from 306 a year before."
    )
    assert not page.detail.comparison_chart.isVisible()
    assert page.detail.trend_chart.isVisible()
    assert "Information about this local authority area" in page.detail.source.text()

    target = page.model.row_of("adoption-days")
    assert target is not None
    for _ in range(target):
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
    chosen = page.current_indicator()
    assert chosen is not None
    assert chosen.key == "adoption-days"
    detail = page.detail
    # England's and similar councils' waits are for 2010 to 2013: not compared with 2013–14.
    assert detail.rating.text() == "– Not compared: other figures are for another period"
    assert detail.direction.text() == "Lower is better."
    assert "another kind of period, not judged" in detail.trend.text()
    assert "better" not in detail.trend.text()
    assert "for the three years 2010 to 2013, another period" in detail.sentence.text()
    assert not detail.comparison_chart.isVisible()
    assert detail.trend_chart.isVisible()
    assert "Paragraph 83" in detail.source.text()
    assert "had fallen to 583 days" in detail.quote.text()
    assert [b.text() for b in detail.paragraph_buttons] == ["Open paragraph 83"]
    qtbot.mouseClick(detail.paragraph_buttons[0], Qt.MouseButton.LeftButton)
    report_id = services.outcomes.latest_report_id()
    assert opened == [(report_id, 83)]


def test_a_figure_from_the_statistics_section_opens_it(
    qtbot: QtBot, services: Services, opened: list[tuple[int | None, int]]
) -> None:
    page = make_page(qtbot, services, Audience.CHILDREN_IN_CARE, opened)
    page.show_report_figures()
    page.select_indicator("cla-foster-care")
    assert page.detail.paragraph_buttons == []
    assert page.detail.section_button.isVisible()
    qtbot.mouseClick(page.detail.section_button, Qt.MouseButton.LeftButton)
    dialog = page.section_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Information about this local authority area"
    text = dialog.browser.toPlainText()
    assert "225 live with foster families, of whom 63% live out of the authority area" in text
    assert "Approximately 42,800 children and young people" in text
    assert "#fff3b0" in dialog.browser.toHtml()
    page.select_indicator("cla-offending")
    assert not page.detail.section_button.isVisible()


def test_words_in_a_quote_are_explained(
    qtbot: QtBot, services: Services, opened: list[tuple[int | None, int]]
) -> None:
    page = make_page(qtbot, services, Audience.CARE_LEAVERS, opened)
    page.show_report_figures()
    assert page.select_indicator("care-leavers-neet")
    assert "NEET" in page.detail.quote.text()
    assert page.detail.terms.text().startswith("NEET: Not in education, employment or training.")


def test_summary_links_open_paragraphs_and_figures(
    qtbot: QtBot, services: Services, opened: list[tuple[int | None, int]]
) -> None:
    page = make_page(qtbot, services, Audience.CHILDREN_IN_CARE, opened)
    html = page.summary_view.toHtml()
    assert 'href="paragraph:63"' in html
    assert 'href="figure:cla-count"' in html
    page.summary_view.anchorClicked.emit(QUrl("paragraph:63"))
    assert opened == [(services.outcomes.latest_report_id(), 63)]
    page.summary_view.anchorClicked.emit(QUrl("figure:care-proceedings-weeks"))
    assert page.tabs.currentWidget() is page.report_tab
    chosen = page.current_indicator()
    assert chosen is not None
    assert chosen.key == "care-proceedings-weeks"


def test_the_topic_filter(
    qtbot: QtBot, services: Services, opened: list[tuple[int | None, int]]
) -> None:
    page = make_page(qtbot, services, Audience.CHILDREN_IN_CARE, opened)
    everything = page.model.rowCount()
    page.filter_box.setCurrentIndex(page.filter_box.findData("health"))
    assert rows(page, IndicatorTableModel.MEASURE) == [
        "Health checks on time",
        "Dental checks on time",
        "All immunisations done",
        "Development checks for children under 5",
    ]
    page.filter_box.setCurrentIndex(0)
    assert page.model.rowCount() == everything


def test_main_window_follows_a_figure_to_its_paragraph(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    window = MainWindow(services, make_settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    page = window.pages.show("care-leavers")
    assert isinstance(page, OutcomesPage)
    page.show_report_figures()
    page.select_indicator("care-leavers-staying-put")
    qtbot.mouseClick(page.detail.paragraph_buttons[0], Qt.MouseButton.LeftButton)
    assert window.pages.current_key() == "findings"
    findings = window.pages.current()
    assert isinstance(findings, FindingsPage)
    assert findings.paragraph_box.value() == 102
    assert "102. To date 14 care leavers" in findings.section_text.toPlainText()


def test_editing_a_figure_builds_the_trend_and_can_be_undone(
    qtbot: QtBot, services: Services, opened: list[tuple[int | None, int]]
) -> None:
    page = make_page(qtbot, services, Audience.CARE_LEAVERS, opened)
    page.show_report_figures()
    page.select_indicator("care-leavers-neet")
    qtbot.mouseClick(page.detail.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.figure_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.outcome.text().startswith("This corrects the figure held for 16 July 2014")

    dialog.as_at.setDate(QDate(2015, 7, 31))
    assert dialog.outcome.text() == (
        "This adds a new figure for 31 July 2015. The figure for 16 July 2014 (48.1%) "
        "becomes the previous one."
    )
    dialog.fields["period"].clear()
    qtbot.keyClicks(dialog.fields["period"], "2014-15")
    dialog.fields["value"].clear()
    qtbot.keyClicks(dialog.fields["value"], "abc")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible(), "a bad value keeps the dialog open"
    assert "The value “abc” is not a number." in dialog.error.text()
    assert dialog.fields["period"].text() == "2014-15", "what was typed is kept"
    dialog.fields["period"].clear()
    qtbot.keyClicks(dialog.fields["period"], "July 2015")

    dialog.fields["value"].clear()
    qtbot.keyClicks(dialog.fields["value"], "41")
    dialog.fields["paragraphs"].clear()
    qtbot.keyClicks(dialog.fields["document"], "Care leavers return 2015")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    row = page.model.row_of("care-leavers-neet")
    assert row is not None
    assert page.model.index(row, IndicatorTableModel.FIGURE).data() == "41%"
    trend = page.model.index(row, IndicatorTableModel.TREND).data()
    assert trend == "▼ Down from 48.1% (getting better)"
    assert page.detail.trend_chart.isVisible()
    assert page.undo_button.isEnabled()

    with qtbot.waitActive(page):
        page.activateWindow()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.model.index(row, IndicatorTableModel.FIGURE).data() == "48.1%"
    assert not page.undo_button.isEnabled()
    current = services.outcomes.indicator("care-leavers-neet").current
    assert current is not None
    assert current.value == 48.1


def test_changing_only_a_note_keeps_the_sources_own_words(
    qtbot: QtBot, services: Services, opened: list[tuple[int | None, int]]
) -> None:
    page = make_page(qtbot, services, Audience.CHILDREN_IN_CARE, opened)
    page.show_report_figures()
    page.select_indicator("cla-dental-checks")
    with qtbot.waitActive(page):
        page.activateWindow()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.figure_dialog
    assert dialog is not None
    dialog.fields["note"].clear()
    qtbot.keyClicks(dialog.fields["note"], "Checked with the health team.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    current = services.outcomes.indicator("cla-dental-checks").current
    assert current is not None
    assert current.note == "Checked with the health team."
    assert current.source.quote.startswith("91% have their dental health assessments on time")
    assert page.detail.rating.text() == "✓ Better than England", "the report's comparison stays"
    assert page.detail.note.text() == "Note: Checked with the health team."


def test_editing_a_summary_shows_readability_live(
    qtbot: QtBot, services: Services, opened: list[tuple[int | None, int]]
) -> None:
    page = make_page(qtbot, services, Audience.CARE_LEAVERS, opened)
    page.topic_box.setCurrentIndex(page.topic_box.findData("housing"))
    qtbot.mouseClick(page.edit_summary_button, Qt.MouseButton.LeftButton)
    dialog = page.summary_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.readability.text().startswith("✓ Easy to read.")
    assert dialog.traceability.text().startswith("✓ Every sentence")

    dialog.editor.clear()
    qtbot.keyClicks(
        dialog.editor,
        "Notwithstanding considerable organisational investment, accommodation "
        "arrangements for care leavers demonstrate significant variability in "
        "appropriateness and sustainability [105].",
    )
    qtbot.waitUntil(lambda: dialog.readability.text().startswith("✗"))
    assert "Very hard to read" in dialog.readability.text()
    assert "Use shorter, everyday words." in dialog.readability.text()

    dialog.editor.clear()
    qtbot.keyClicks(dialog.editor, "Care leavers feel safe. There were 99 of them [106].")
    qtbot.waitUntil(lambda: "does not say what it rests on" in dialog.traceability.text())
    assert "gives 99" in dialog.traceability.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert "Your text is kept." in dialog.error.text()
    assert dialog.text() == "Care leavers feel safe. There were 99 of them [106]."

    dialog.editor.clear()
    qtbot.keyClicks(dialog.editor, "Care leavers feel safe where they live [106].")
    qtbot.waitUntil(lambda: dialog.traceability.text().startswith("✓"))
    # Citing a figure from the list puts its key at the cursor.
    dialog.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(dialog.editor, " So far 14 have stayed with foster carers")
    dialog.cite_box.setFocus()
    target = dialog.cite_box.findData("care-leavers-staying-put")
    dialog.cite_box.setCurrentIndex(target)
    dialog.cite_box.activated.emit(target)
    qtbot.keyClicks(dialog.editor, ".")
    assert dialog.text().endswith(
        "So far 14 have stayed with foster carers [care-leavers-staying-put]."
    )
    qtbot.waitUntil(lambda: dialog.traceability.text().startswith("✓"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "Care leavers feel safe where they live." in page.summary_view.toPlainText()
    assert "figure: Staying put with foster carers after 18" in page.summary_view.toPlainText()
    assert "Nearly all care leavers live somewhere suitable" not in page.summary_view.toPlainText()

    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert "Nearly all care leavers live somewhere suitable" in page.summary_view.toPlainText()


def test_importing_figures_from_the_file_menu(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "figures.csv"
    path.write_text(
        "key,as_at,value,document\ncla-count,2015-03-31,330,Children looked after return\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), "CSV files (*.csv)")
    )
    shown: list[str] = []

    def record(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    window = MainWindow(services, make_settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    page = window.pages.show("children-in-care")
    assert isinstance(page, OutcomesPage)
    action = next(
        a
        for menu in window.menuBar().actions()
        for a in menu.menu().actions()
        if a.text() == "&Import indicator figures…"
    )
    action.trigger()
    assert shown
    assert shown[0].startswith("Imported 1 figure for 1 indicator from figures.csv")
    row = page.model.row_of("cla-count")
    assert row is not None
    assert page.model.index(row, IndicatorTableModel.FIGURE).data() == "330"
    assert page.model.index(row, IndicatorTableModel.TREND).data() == "▲ Up from 318"

    path.write_text("key,as_at,value,document\ncla-count,2016-03-31,lots,Return\n", "utf-8")
    shown.clear()
    action.trigger()
    assert shown == ["figures.csv, line 2: the value “lots” is not a number."]
    assert page.model.index(row, IndicatorTableModel.FIGURE).data() == "330"


def test_indicator_model(services: Services, qtmodeltester: ModelTester) -> None:
    model = IndicatorTableModel()
    model.set_indicators(services.outcomes.indicators(Audience.CHILDREN_IN_CARE))
    qtmodeltester.check(model)
    row = model.row_of("care-proceedings-weeks")
    assert row is not None
    status = model.index(row, IndicatorTableModel.STATUS)
    assert status.data() == "✗ Worse than England"
    assert status.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(row, IndicatorTableModel.SOURCE).data() == "Paragraphs 60 and 82"
    tooltip = model.index(row, IndicatorTableModel.MEASURE).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Care cases took 39 weeks on average")
    topics = [model.index(r, IndicatorTableModel.TOPIC).data() for r in range(model.rowCount())]
    assert topics.index("Health") < topics.index("Education") < topics.index("Having a say")
