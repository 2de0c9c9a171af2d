"""The Overview and Inspection findings pages, driven as a user would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QUrl
from pytestqt.qtbot import QtBot

from briefing_app.services.opening.container import Services
from briefing_app.ui.application import make_settings
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.pages.findings import FindingsPage
from briefing_app.ui.pages.overview import OverviewPage


def test_overview_shows_portsmouth_and_every_judgement(qtbot: QtBot, services: Services) -> None:
    page = OverviewPage(services.reports)
    qtbot.addWidget(page)
    page.show()
    assert page.heading.text() == "Portsmouth City Council"
    assert "25 June 2014 to 16 July 2014" in page.dates.text()
    assert "1 September 2014" in page.dates.text()
    assert "Requires improvement" in page.overall_badge.text()
    areas = [page.judgements.index(r, 0).data() for r in range(page.judgements.rowCount())]
    assert areas == [
        "Overall effectiveness",
        "Children who need help and protection",
        "Care leavers",
        "Children looked after and achieving permanence",
        "Adoption performance",
        "Leadership, management and governance",
        "Local Safeguarding Children Board (LSCB)",
    ]
    assert "163 numbered paragraphs" in page.counts.text()
    assert "15 recommendations" in page.counts.text()
    assert "4 for priority" in page.counts.text()


def test_findings_page_shows_a_section_and_jumps_to_a_paragraph(
    qtbot: QtBot, services: Services
) -> None:
    page = FindingsPage(services.reports)
    qtbot.addWidget(page)
    page.show()
    assert page.shown_section() == "Summary of findings"
    assert "1. Although there have been real improvements" in page.section_text.toPlainText()

    page.paragraph_box.setValue(112)
    qtbot.mouseClick(page.go_button, Qt.MouseButton.LeftButton)
    assert page.shown_section() == "Leadership, management and governance"
    assert "112. The training provided to help elected members" in page.section_text.toPlainText()

    page.paragraph_box.clear()
    qtbot.keyClicks(page.paragraph_box, "58")
    qtbot.keyClick(page.paragraph_box, Qt.Key.Key_Return)
    assert page.shown_section() == (
        "The experiences and progress of children looked after and achieving permanence"
    )


def test_choosing_a_section_with_the_keyboard(qtbot: QtBot, services: Services) -> None:
    page = FindingsPage(services.reports)
    qtbot.addWidget(page)
    page.show()
    page.section_list.setFocus()
    qtbot.keyClick(page.section_list, Qt.Key.Key_Down)
    assert page.shown_section() == "What does the local authority need to improve?"
    text = page.section_text.toPlainText()
    assert "Priority" not in text.splitlines()[0]
    assert "The right level of support" in text
    assert "13. Review the processes" in text


def test_recommendation_links_lead_to_their_paragraphs(qtbot: QtBot, services: Services) -> None:
    page = FindingsPage(services.reports)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(1)
    model = page.recommendations
    row = next(r for r in range(model.rowCount()) if model.recommendation(r).paragraph == 16)
    page.recommendation_table.selectionModel().setCurrentIndex(
        model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    detail = page.recommendation_detail.toHtml()
    assert "paragraph:112" in detail
    assert (
        "Ensure that elected members are properly trained"
        in page.recommendation_detail.toPlainText()
    )
    page.recommendation_detail.anchorClicked.emit(QUrl("paragraph:112"))
    assert page.tabs.currentIndex() == 0
    assert page.shown_section() == "Leadership, management and governance"
    assert page.paragraph_box.value() == 112


def test_main_window_navigates_and_remembers_its_geometry(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    settings_file = tmp_path / "settings.ini"
    window = MainWindow(services, make_settings(settings_file))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    assert window.pages.current_key() == "overview"
    assert isinstance(window.pages.current(), OverviewPage)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.current_key() == "findings"
    assert isinstance(window.pages.current(), FindingsPage)
    window.resize(720, 520)
    window.move(20, 30)
    window.close()
    assert settings_file.exists()

    again = MainWindow(services, make_settings(settings_file))
    qtbot.addWidget(again)
    again.show()
    assert again.pages.current_key() == "findings"
    assert (again.width(), again.height()) == (720, 520)


def test_overview_starts_on_our_report_and_leads_to_the_rest_of_the_app(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    from tests.conftest import REFERENCE_PDFS

    ours = services.reports.headers()[0]
    sheffield = services.imports.import_file(REFERENCE_PDFS / "sheffield-2023-11-03.pdf")
    window = MainWindow(services, make_settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    page = window.pages.show("overview")
    assert isinstance(page, OverviewPage)
    assert page.chooser.current_report_id() == ours.id  # not the newer report of Sheffield
    assert page.heading.text() == "Portsmouth City Council"
    assert page.counts.text() == (
        "The report has 163 numbered paragraphs of findings, 15 recommendations "
        "(4 for priority and immediate action) and 21 listed strengths."
    )
    assert "Children in care and Care leavers pages" in page.next_steps.text()
    assert "Scrutiny questions page" in page.next_steps.text()

    page.chooser.setCurrentIndex(page.chooser.findData(sheffield.report_id))
    assert page.heading.text() == "Sheffield"
    # An ILACS report lists no strengths and no priority recommendations: nothing says "0".
    assert page.counts.text() == (
        "The report has 66 numbered paragraphs of findings and 4 recommendations."
    )
    assert page.next_steps.text() == (
        "This report is about another council: it is held only to compare with. The "
        "figures, summaries and questions in the app are about Portsmouth."
    )
    qtbot.mouseClick(page.findings_button, Qt.MouseButton.LeftButton)
    assert window.pages.current_key() == "findings"
    findings = window.pages.current()
    assert isinstance(findings, FindingsPage)
    assert findings.report is not None
    assert findings.report.id == sheffield.report_id
    assert findings.paragraph_box.value() == 1


def test_overview_of_a_report_without_an_overall_grade_says_why(
    qtbot: QtBot, services: Services
) -> None:
    from tests.conftest import REFERENCE_PDFS

    page = OverviewPage(services.reports)
    qtbot.addWidget(page)
    page.show()
    assert "Requires improvement" in page.overall_badge.text()  # Portsmouth, shown first
    surrey = services.imports.import_file(REFERENCE_PDFS / "surrey-2015-08-03.pdf")
    page.refresh()
    item = page.chooser.findData(surrey.report_id)
    assert page.chooser.itemText(item).startswith(
        "Surrey Safeguarding Children Board, June 2015 (review of the Local Safeguarding "
        "Children Board (LSCB))"
    )
    page.chooser.setCurrentIndex(item)
    assert page.heading.text() == "Surrey Safeguarding Children Board"
    assert "This report is a review of the Local Safeguarding Children Board" in (page.dates.text())
    # The grade of the report shown before does not stay on screen.
    assert page.overall_badge.text() == "Not given"
    assert "judged the Local Safeguarding Children Board only" in page.overall_meaning.text()
    areas = [page.judgements.index(r, 0).data() for r in range(page.judgements.rowCount())]
    assert areas == ["Local Safeguarding Children Board (LSCB)"]
