"""The findings browser with several reports: filters, search, compare, acronyms."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from briefing_app.domain.reports import JudgementArea
from briefing_app.services.opening.container import Services
from briefing_app.services.report_import import DuplicateChoice
from briefing_app.ui.pages.findings import COMPARE_TAB, SEARCH_TAB, FindingsPage
from tests.conftest import REFERENCE_PDFS


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` one key event per character (keyClicks crashes on non-ASCII)."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def _page(qtbot: QtBot, services: Services) -> FindingsPage:
    page = FindingsPage(services.reports, services.history, services.glossary.glossary())
    qtbot.addWidget(page)
    page.show()
    return page


def _searched(qtbot: QtBot, page: FindingsPage) -> None:
    """Wait for the search running off the window's thread to be shown."""
    qtbot.waitUntil(lambda: not page.search.waiting, timeout=10000)


def _choose(box: object, text: str) -> None:
    index = box.findText(text)  # type: ignore[attr-defined]
    assert index >= 0, text
    box.setCurrentIndex(index)  # type: ignore[attr-defined]


def test_filter_by_judgement_and_theme(qtbot: QtBot, services: Services) -> None:
    page = _page(qtbot, services)
    assert page.filter_note.text() == "Showing all 163 paragraphs."
    _choose(page.judgement_filter, JudgementArea.ADOPTION.label)
    assert [f.paragraph for f in page.shown_findings()] == list(range(81, 97))
    assert page.shown_section() == "Adoption performance"
    assert page.filter_note.text() == "Showing 16 of 163 paragraphs."
    _choose(page.theme_filter, "Health")
    shown = page.shown_findings()
    assert shown
    assert all("health" in f.themes for f in shown)
    assert {f.paragraph for f in shown} < set(range(81, 97))
    # Going to a paragraph outside the filters clears them.
    assert page.go_to_paragraph(112)
    assert page.judgement_filter.currentIndex() == 0
    assert page.shown_section() == "Leadership, management and governance"


def test_choose_council_and_report(qtbot: QtBot, services: Services) -> None:
    services.imports.import_file(REFERENCE_PDFS / "sheffield-2023-11-03.pdf")
    page = _page(qtbot, services)
    councils = [page.council.itemText(i) for i in range(page.council.count())]
    assert councils == ["All councils", "Portsmouth", "Sheffield"]
    _choose(page.council, "Sheffield")
    assert page.chooser.count() == 1
    assert page.report is not None
    assert page.report.authority == "Sheffield"
    assert page.shown_section() == (
        "The experiences and progress of children who need help and protection"
    )
    page.tabs.setCurrentIndex(1)
    assert page.recommendations.rowCount() == 4
    assert page.recommendations.index(0, 0).data() == "Point 1"


def test_search_all_reports_highlights_and_opens_paragraphs(
    qtbot: QtBot, services: Services
) -> None:
    services.imports.import_file(REFERENCE_PDFS / "sheffield-2023-11-03.pdf")
    page = _page(qtbot, services)
    page.focus_search()
    assert page.tabs.currentIndex() == SEARCH_TAB
    qtbot.keyClicks(page.search.box, "return home interviews")
    qtbot.keyClick(page.search.box, Qt.Key.Key_Return)
    _searched(qtbot, page)
    hits = page.search.hits
    assert {h.authority for h in hits} == {"Sheffield", "Portsmouth City Council"}
    assert "paragraphs found in 2 reports" in page.search.count.text()
    html = page.search.results.toHtml()
    assert "font-weight:700" in html or "font-weight:600" in html  # matches in bold
    first = hits[0]
    page.search.results.anchorClicked.emit(QUrl(f"hit:{first.report_id}/{first.paragraph}"))
    assert page.tabs.currentIndex() == 0
    assert page.report is not None
    assert page.report.id == first.report_id
    assert page.paragraph_box.value() == first.paragraph
    assert f"{first.paragraph}. " in page.section_text.toPlainText()


def test_search_with_accents_and_scope(qtbot: QtBot, services: Services) -> None:
    page = _page(qtbot, services)
    page.focus_search()
    type_text(page.search.box, "fóster")
    qtbot.keyClick(page.search.box, Qt.Key.Key_Return)
    _searched(qtbot, page)
    assert page.search.box.text() == "fóster"
    assert page.search.hits
    assert all("foster" in h.text.casefold() for h in page.search.hits)
    page.search.box.setText("zzzznothing")
    page.search.search()
    _searched(qtbot, page)
    assert "No paragraph uses all of" in page.search.results.toPlainText()


def test_compare_two_reports_of_one_council(qtbot: QtBot, services: Services) -> None:
    report = services.imports.read(REFERENCE_PDFS / "portsmouth-2014-09-01.pdf")
    services.imports.save(report, DuplicateChoice.KEEP_BOTH)
    page = _page(qtbot, services)
    page.tabs.setCurrentIndex(COMPARE_TAB)
    assert page.compare.first_box.count() == 2
    changes = page.compare.changes.toPlainText()
    assert "Adoption performance" in changes
    assert "Same grade" in changes
    assert "Ensure that elected members are properly trained" in page.compare.left.toPlainText()
    _choose(page.compare.show_box, JudgementArea.CARE_LEAVERS.label)
    assert "Care leavers: Requires improvement" in page.compare.right.toPlainText()
    assert "97. The support that care leavers receive" in page.compare.right.toPlainText()


def test_acronyms_explain_themselves_by_keyboard(qtbot: QtBot, services: Services) -> None:
    page = _page(qtbot, services)
    assert page.go_to_paragraph(13)
    assert 'href="term:JAT"' in page.section_text.toHtml()
    browser = page.section_text.browser
    browser.setFocus()
    explained: list[str] = []
    page.section_text.termExplained.connect(explained.append)
    for _ in range(4):
        qtbot.keyClick(browser, Qt.Key.Key_Tab)
        if explained:
            break
    assert explained
    assert explained[0].startswith(("JAT", "CAF", "TAC"))
    assert page.section_text.meaning.text() == explained[0]


def test_acronyms_explain_themselves_on_hover(qtbot: QtBot, services: Services) -> None:
    page = _page(qtbot, services)
    assert page.go_to_paragraph(13)
    browser = page.section_text.browser
    document = browser.document()
    found = document.find("JAT")
    assert not found.isNull()
    found.setPosition(found.selectionStart() + 1)
    rect = browser.cursorRect(found)
    with qtbot.waitSignal(page.section_text.termExplained, timeout=2000) as signal:
        qtbot.mouseMove(browser.viewport(), rect.center())
    assert "Joint Action Team" in signal.args[0]


def test_search_in_paragraph_order_a_page_at_a_time(qtbot: QtBot, services: Services) -> None:
    services.imports.import_file(REFERENCE_PDFS / "sheffield-2023-11-03.pdf")
    page = _page(qtbot, services)
    page.focus_search()
    _choose(page.search.order, "Newest report first, in paragraph order")
    qtbot.keyClicks(page.search.box, "care")
    _searched(qtbot, page)
    hits = page.search.hits
    assert len(hits) == 20
    assert hits[0].authority == "Sheffield"  # the newer report first
    assert [h.paragraph for h in hits] == sorted(h.paragraph for h in hits)
    assert "Showing the first 20, newest report first, in paragraph order." in (
        page.search.count.text()
    )
    assert page.search.more_button.isEnabled()
    qtbot.mouseClick(page.search.more_button, Qt.MouseButton.LeftButton)
    _searched(qtbot, page)
    assert len(page.search.hits) == 40
    assert page.search.hits[:20] == hits


def test_search_the_council_and_its_neighbours(qtbot: QtBot, services: Services) -> None:
    services.imports.import_file(REFERENCE_PDFS / "sheffield-2023-11-03.pdf")  # a neighbour
    services.imports.import_file(REFERENCE_PDFS / "norfolk-2018-01-19.pdf")  # not a neighbour
    page = _page(qtbot, services)
    _choose(page.council, "Portsmouth")
    page.search.box.setText("return home interviews")
    for scope, authorities in (
        ("This council's reports", {"Portsmouth City Council"}),
        (
            "This council's and its statistical neighbours' reports",
            {"Portsmouth City Council", "Sheffield"},
        ),
        ("All reports", {"Portsmouth City Council", "Sheffield", "Norfolk Council"}),
    ):
        _choose(page.search.scope, scope)
        _searched(qtbot, page)
        assert {h.authority for h in page.search.hits} == authorities, scope
