"""The Figures tab of the Children in care and Care leavers pages: the council's DfE
figures against England, its region and its neighbours, a neighbour put beside them, and
the figures behind each chart one key press away. Checked against the DfE's own rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from briefing_app.domain.outcomes import Audience
from briefing_app.paths import AppPaths
from briefing_app.services.opening.container import Services
from briefing_app.services.opening.root import AppRoot
from briefing_app.services.opening.workspace import create_workspace
from briefing_app.ui.application import make_settings
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.models.council_figures import CouncilFiguresModel
from briefing_app.ui.pages.outcomes import OutcomesPage
from briefing_app.ui.pages.outcomes_summaries import WRITTEN_BY_APP
from tests import dfe_files
from tests.ui.audit import colour_problems, keyboard_problems, name_problems

PLACEMENTS = "la_cla_at_31_march_placement_stability_indicator.csv"
THREE_OR_MORE = "placements_three_or_more_percent"


@pytest.fixture
def with_figures(services: Services) -> Services:
    """The demonstration, which holds the DfE's figures for every council too."""
    return services


def _page(qtbot: QtBot, services: Services, audience: Audience) -> OutcomesPage:
    page = OutcomesPage(
        services.outcomes,
        audience,
        lambda _report, _paragraph: None,
        services.glossary.glossary(),
        services.council_figures,
        services.council_summaries,
    )
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.show_figures()
    return page


def _dfe(year: str, code: str) -> dict[str, str]:
    return next(
        row
        for row in dfe_files.rows(PLACEMENTS)
        if row["time_period"] == year
        and row["characteristic"] == "With 3 or more placements during the year"
        and row["cla_group"] == "Children looked after at 31 March"
        and (row["old_la_code"] == code or (code == "E" and row["geographic_level"] == "National"))
    )


def test_the_figures_tab_gives_each_dfe_figure_with_its_comparisons(
    qtbot: QtBot, with_figures: Services
) -> None:
    page = _page(qtbot, with_figures, Audience.CHILDREN_IN_CARE)
    tab = page.figures_tab
    assert tab is not None
    assert page.tabs.currentWidget() is tab
    assert tab.release.text().startswith(
        "Portsmouth's figures. Published by the Department for Education (DfE): Children "
        "looked after in England including adoptions, for the years ending 31 March 2018 "
        "to 2022"
    )
    row = tab.model.row_of(THREE_OR_MORE)
    assert row is not None
    ours, england = _dfe("2022", "851"), _dfe("2022", "E")

    def cell(column: int) -> str:
        return str(tab.model.index(row, column).data())

    assert cell(CouncilFiguresModel.FIGURE) == f"{ours['percentage']}% (2022)"
    assert cell(CouncilFiguresModel.ENGLAND).endswith(f"({england['percentage']}%)")
    # Every status is words and a symbol; its colour only repeats them.
    status = tab.model.index(row, CouncilFiguresModel.ENGLAND)
    assert status.data()[0] in "✓≈✗"
    assert isinstance(status.data(Qt.ItemDataRole.BackgroundRole), QColor)

    assert tab.select(THREE_OR_MORE)
    detail = tab.detail
    assert detail.heading.text() == "Three or more homes in a year"
    assert detail.latest.text() == (
        f"Latest figure: {ours['percentage']}%, year ending 31 March 2022"
    )
    lines = detail.comparisons.text().splitlines()
    assert lines[0].endswith(f"England: {england['percentage']}%")
    assert "the South East region" in lines[1]
    assert "statistical neighbours" in lines[2]
    assert lines[3].startswith("Ranked ")
    assert detail.trend.text().startswith("Over the years: ")
    assert detail.source.text().endswith(f"{PLACEMENTS}, line {ours['_line']}.")
    chart = detail.chart.chart
    assert chart is not None
    assert chart.categories == ("2018", "2019", "2020", "2021", "2022")
    assert [s.name for s in chart.series][:2] == ["Portsmouth", "England"]


def test_a_neighbour_is_put_beside_the_council_on_the_chart_and_in_words(
    qtbot: QtBot, with_figures: Services
) -> None:
    page = _page(qtbot, with_figures, Audience.CHILDREN_IN_CARE)
    tab = page.figures_tab
    assert tab is not None
    assert tab.select(THREE_OR_MORE)
    neighbours = [tab.neighbour_box.itemText(i) for i in range(tab.neighbour_box.count())]
    assert neighbours[0] == "No neighbour"
    assert len(neighbours) == 11  # Portsmouth's ten statistical neighbours
    # Chosen from the keyboard: focus the box and move down to the first neighbour.
    tab.neighbour_box.setFocus()
    qtbot.keyClick(tab.neighbour_box, Qt.Key.Key_Down)
    chosen = tab.beside()
    assert chosen is not None
    assert chosen.name == neighbours[1]
    theirs = _dfe("2022", chosen.old_code)
    chart = tab.detail.chart.chart
    assert chart is not None
    assert chart.series[-1].name == chosen.name
    assert chart.series[-1].points[-1].label == f"{theirs['percentage']}%"
    assert tab.detail.beside.text().startswith(f"{chosen.name}, year by year: 2018: ")
    assert tab.detail.beside.text().endswith(f"2022: {theirs['percentage']}%.")
    # The neighbour stays chosen from one figure to the next.
    assert tab.select("placement_stable_two_years_percent")
    chart = tab.detail.chart.chart
    assert chart is not None
    assert chart.series[-1].name == chosen.name


def test_the_figures_behind_the_chart_are_one_key_press_away(
    qtbot: QtBot, with_figures: Services
) -> None:
    page = _page(qtbot, with_figures, Audience.CARE_LEAVERS)
    tab = page.figures_tab
    assert tab is not None
    assert tab.select("care_leavers_eet_19_21_percent")
    panel = tab.detail.chart
    assert panel.view.isVisible()
    assert not panel.table.isVisible()
    with qtbot.waitActive(page):
        page.activateWindow()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert panel.table.isVisible()
    assert not panel.view.isVisible()
    model = panel.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Area"
    assert model.index(0, 0).data() == "Portsmouth"
    chart = panel.chart
    assert chart is not None
    last = chart.series[0].points[-1].label
    assert model.index(0, model.columnCount() - 1).data() == last
    assert model.index(0, model.columnCount() - 1).data(Qt.ItemDataRole.AccessibleTextRole) == (
        f"Portsmouth, {chart.categories[-1]}: {last}"
    )
    qtbot.keyClick(tab.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert panel.view.isVisible()


def test_a_summary_link_to_a_dfe_figure_opens_it(qtbot: QtBot, with_figures: Services) -> None:
    page = _page(qtbot, with_figures, Audience.CHILDREN_IN_CARE)
    page.tabs.setCurrentIndex(0)
    page.summary_view.anchorClicked.emit(QUrl(f"figure:{THREE_OR_MORE}"))
    tab = page.figures_tab
    assert tab is not None
    assert page.tabs.currentWidget() is tab
    current = tab.current_series()
    assert current is not None
    assert current.key == THREE_OR_MORE


def test_the_figures_model(with_figures: Services, qtmodeltester: ModelTester) -> None:
    model = CouncilFiguresModel()
    model.set_series(with_figures.council_figures.series(Audience.CARE_LEAVERS))
    qtmodeltester.check(model)
    keys = [s.key for s in with_figures.council_figures.series(Audience.CARE_LEAVERS)]
    assert sorted(model.series(r).key for r in range(model.rowCount())) == sorted(keys)
    assert "care_leavers_in_touch_19_21_percent" in keys


def test_a_council_with_no_figures_yet_says_why(
    qtbot: QtBot, app_paths: AppPaths, tmp_path: Path
) -> None:
    # Cumberland took over children's services in April 2023; the figures shipped end in
    # March 2022.
    path = tmp_path / "cumberland.sqlite3"
    services = AppRoot(app_paths, path).services_over(create_workspace(path, app_paths.data, "942"))
    try:
        page = _page(qtbot, services, Audience.CHILDREN_IN_CARE)
        tab = page.figures_tab
        assert tab is not None
        assert page.tabs.isTabVisible(page.tabs.indexOf(tab))
        assert not page.tabs.isTabVisible(page.tabs.indexOf(page.report_tab))
        row = tab.model.row_of(THREE_OR_MORE)
        assert row is not None
        assert tab.model.index(row, CouncilFiguresModel.FIGURE).data() == "No figure (2022)"
        assert tab.select(THREE_OR_MORE)
        assert tab.detail.latest.text() == (
            "Latest figure: There is no figure for Cumberland for the year ending 31 March "
            "2022: the council took over children's services on 1 April 2023. Figures for "
            "that year are for Cumbria."
        )
        chart = tab.detail.chart.chart
        assert chart is not None  # England's and the region's lines, and the neighbours'
        assert all(p.value is None for p in chart.series[0].points)
        assert chart.series[0].points[-1].label == "no figure"
    finally:
        services.close()


@pytest.mark.parametrize("key", ["children-in-care", "care-leavers"])
def test_the_figures_tab_is_reached_with_tab_names_its_controls_and_needs_no_colour(
    qtbot: QtBot, with_figures: Services, settings_file: Path, normal_appearance: None, key: str
) -> None:
    window = MainWindow(with_figures, make_settings(settings_file))
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    page = window.pages.show(key)
    assert isinstance(page, OutcomesPage)
    page.show_figures()
    tab = page.figures_tab
    assert tab is not None
    tab.neighbour_box.setCurrentIndex(1)
    tab.detail.chart.switch()  # the figures behind the chart, as a table
    page.tabs.setCurrentIndex(0)  # the walk goes through the tabs from the first
    assert name_problems(page) == []
    assert colour_problems(page) == []
    problems = keyboard_problems(
        qtbot, page, start=window.pages.navigation, chrome=[window.pages.navigation]
    )
    assert problems == []


def test_a_council_s_summaries_are_written_from_its_figures_and_can_be_edited(
    qtbot: QtBot, app_paths: AppPaths, tmp_path: Path
) -> None:
    path = tmp_path / "sheffield.sqlite3"
    services = AppRoot(app_paths, path).services_over(create_workspace(path, app_paths.data, "373"))
    try:
        page = _page(qtbot, services, Audience.CARE_LEAVERS)
        page.tabs.setCurrentIndex(0)
        text = page.summary_view.toPlainText()
        assert WRITTEN_BY_APP in text
        assert "figure: In education, work or training, aged 19 to 21" in text
        assert 'href="figure:care_leavers_eet_19_21_percent"' in page.summary_view.toHtml()
        topic = page.topic_box.currentData()
        qtbot.mouseClick(page.edit_summary_button, Qt.MouseButton.LeftButton)
        dialog = page.summary_dialog
        assert dialog is not None
        keys = [dialog.cite_box.itemData(i) for i in range(dialog.cite_box.count())]
        assert "care_leavers_eet_19_21_percent" in keys
        dialog.editor.setPlainText(
            "Care leavers get help from their personal adviser "
            "[care_leavers_in_touch_19_21_percent]."
        )
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        text = page.summary_view.toPlainText()
        assert "Care leavers get help from their personal adviser." in text
        kept = services.outcomes.summaries(Audience.CARE_LEAVERS)
        assert [s.topic for s in kept] == [topic]
        assert page.undo_button.isEnabled()
        qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
        assert services.outcomes.summaries(Audience.CARE_LEAVERS) == []
        assert "Care leavers get help from their personal adviser." not in (
            page.summary_view.toPlainText()
        )
    finally:
        services.close()


def test_questions_to_ask_name_what_they_rest_on_and_link_to_it(
    qtbot: QtBot, with_figures: Services
) -> None:
    page = _page(qtbot, with_figures, Audience.CARE_LEAVERS)
    tab = page.questions_tab
    assert tab is not None
    index = page.tabs.indexOf(tab)
    assert page.tabs.tabText(index) == "Questions to as&k"
    assert page.tabs.isTabVisible(index)
    with qtbot.waitActive(page):
        page.activateWindow()
    qtbot.keyClick(page, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentWidget() is tab
    assert tab.questions
    text = tab.view.toPlainText()
    # The demonstration's report is followed up (paragraph 22 asks for better pathway
    # plans for care leavers), and a figure off track is asked about with its source.
    assert "(paragraph 22)" in text
    figure_question = next(q for q in tab.questions if q.indicators)
    assert figure_question.text in text
    assert figure_question.rests_on[0].source in text
    html = tab.view.toHtml()
    key = figure_question.indicators[0]
    assert f'href="figure:{key}"' in html
    tab.view.anchorClicked.emit(QUrl(f"figure:{key}"))
    assert page.tabs.currentWidget() is page.figures_tab
    assert page.figures_tab is not None
    current = page.figures_tab.current_series()
    assert current is not None
    assert current.key == key
