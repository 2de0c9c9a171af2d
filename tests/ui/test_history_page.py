"""A council's history on the Inspection findings page: every report held of it with its
grades (a chart, and the same in words), its neighbours' reports, reading and comparing
any two."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from briefing_app.domain.reports import Grade, JudgementArea
from briefing_app.services.opening.container import Services
from briefing_app.ui.pages.findings import (
    COMPARE_TAB,
    HISTORY_TAB,
    SECTIONS_TAB,
    FindingsPage,
)
from tests.conftest import REFERENCE_PDFS


def _library(services: Services) -> tuple[int, int, int]:
    """Portsmouth's 2014 report, a later one of Portsmouth with better grades (made from
    it), and Sheffield's (one of Portsmouth's statistical neighbours)."""
    first = services.reports.headers()[0].id
    held = services.reports.get(first)
    judgements = tuple(dataclasses.replace(j, grade=Grade.GOOD) for j in held.judgements)
    later = services.imports.save(
        dataclasses.replace(
            held,
            authority="Portsmouth",
            inspection_start=date(2017, 1, 9),
            inspection_end=date(2017, 1, 27),
            judgements=judgements,
        )
    ).report_id
    sheffield = services.imports.import_file(REFERENCE_PDFS / "sheffield-2023-11-03.pdf")
    return first, later, sheffield.report_id


def _page(qtbot: QtBot, services: Services) -> FindingsPage:
    page = FindingsPage(services.reports, services.history, services.glossary.glossary())
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    return page


def test_the_history_of_the_council_shown(qtbot: QtBot, services: Services) -> None:
    _first, later, sheffield = _library(services)
    page = _page(qtbot, services)
    page.read_report(later)
    page.tabs.setCurrentIndex(HISTORY_TAB)
    history = page.history
    assert history.summary.text().startswith(
        "Portsmouth: 2 reports held, from July 2014 to January 2017."
    )
    # The chart, with every grade in words for those who cannot see it.
    assert history.chart.isVisible()
    assert history.chart.accessibleName() == "Portsmouth: overall effectiveness over time"
    description = history.chart.accessibleDescription()
    assert "graded it: July 2014: ! Requires improvement; January 2017: ✓ Good." in description
    qtbot.waitUntil(lambda: history.chart.height() > 100)
    # The same in words, oldest first.
    timeline = history.timeline.toPlainText()
    assert timeline.index("Inspection, July 2014") < timeline.index("Inspection, January 2017")
    assert "Overall effectiveness: ! Requires improvement\n" in timeline
    assert "Overall effectiveness: ✓ Good\n" in timeline
    # The neighbours' reports alongside.
    neighbours = history.neighbours.toPlainText()
    assert "Sheffield" in neighbours
    assert "Reports are held of 1 of them" in neighbours
    assert f'href="compare:{later}/{sheffield}"' in history.neighbours.toHtml()


def test_reading_and_comparing_from_the_history(qtbot: QtBot, services: Services) -> None:
    first, later, sheffield = _library(services)
    page = _page(qtbot, services)
    page.read_report(later)
    page.tabs.setCurrentIndex(HISTORY_TAB)
    assert f'href="compare:{first}/{later}"' in page.history.timeline.toHtml()
    page.history.timeline.anchorClicked.emit(QUrl(f"compare:{first}/{later}"))
    assert page.tabs.currentIndex() == COMPARE_TAB
    changes = page.compare.changes.toPlainText()
    assert "Higher grade later" in changes
    assert (
        "Portsmouth City Council, July 2014 (earlier) compared with Portsmouth, January 2017"
        in (changes)
    )
    page.tabs.setCurrentIndex(HISTORY_TAB)
    page.history.neighbours.anchorClicked.emit(QUrl(f"report:{sheffield}"))
    assert page.tabs.currentIndex() == SECTIONS_TAB
    assert page.report is not None
    assert page.report.id == sheffield


def test_any_two_reports_compare_across_councils_and_frameworks(
    qtbot: QtBot, services: Services
) -> None:
    first, later, sheffield = _library(services)
    page = _page(qtbot, services)
    page.read_report(first)
    # This council's reports first, then its neighbours', then the rest.
    offered = [page.compare.first_box.itemData(i) for i in range(page.compare.first_box.count())]
    assert offered == [later, first, sheffield]
    page.compare_reports(sheffield, first)  # either order: the earlier is on the left
    changes = page.compare.changes.toPlainText()
    assert changes.startswith("Portsmouth City Council, July 2014 (earlier) compared with")
    assert "Not compared: different frameworks" in changes
    assert "different councils" in changes
    assert "not compared" in changes
    assert "Better" not in changes
    assert "Worse" not in changes
    page.compare.show_box.setCurrentIndex(
        page.compare.show_box.findData(JudgementArea.HELP_AND_PROTECTION.value)
    )
    assert page.compare.left.toPlainText().startswith("Portsmouth City Council, July 2014")
    assert page.compare.right.toPlainText().startswith("Sheffield")
