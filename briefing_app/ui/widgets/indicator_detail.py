"""One indicator in full: what it says in plain English, its charts (each with its figures
as a table, one key press away) and its source."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.charts import Chart
from briefing_app.domain.glossary import Glossary
from briefing_app.domain.outcomes import Indicator
from briefing_app.domain.plain_english import describe, trend_words
from briefing_app.ui.widgets.chart_panel import ChartPanel
from briefing_app.ui.widgets.headings import Heading
from briefing_app.ui.widgets.status import Badge


def _wrapped(name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(name)
    return label


class IndicatorDetail(QWidget):
    """Shows an indicator; asks (by signal) to open a paragraph or edit the figure."""

    paragraphRequested = Signal(int)
    sectionRequested = Signal(str)
    editRequested = Signal()

    def __init__(self, glossary: Glossary | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.indicator: Indicator | None = None
        self._glossary = glossary
        self.heading = Heading("Choose a figure to see it in full", level=2)
        self.rating = Badge("Compared with others")
        self.trend = Badge("Since the figure before")
        self.direction = _wrapped("Which way is better")
        self.sentence = _wrapped("In plain English")
        self.comparison_chart = ChartPanel("Chart comparing the figure")
        self.trend_chart = ChartPanel("Chart of the figure over time")
        self.source = _wrapped("Source")
        self.quote = _wrapped("The source's own words")
        self.working = _wrapped("How the figure was worked out")
        self.note = _wrapped("Note")
        self.origin = _wrapped("How the figure got here")
        self.terms = _wrapped("Words explained")
        self.paragraph_row = QHBoxLayout()
        self.paragraph_buttons: list[QPushButton] = []
        self.section_button = QPushButton("Show the report's section")
        self.section_button.setAccessibleName("Show the section of the report this figure is in")
        self.section_button.clicked.connect(self._on_section)
        self.edit_button = QPushButton("Ed&it this figure…")
        self.edit_button.setAccessibleName("Edit this figure")
        self.edit_button.setToolTip("Add a newer figure, or correct this one")
        self.edit_button.clicked.connect(self.editRequested)
        self.edit_button.setEnabled(False)

        badges = QHBoxLayout()
        badges.addWidget(self.rating)
        badges.addWidget(self.trend)
        badges.addStretch(1)
        sources = QHBoxLayout()
        sources.addLayout(self.paragraph_row)
        sources.addWidget(self.section_button)
        sources.addStretch(1)
        edit_row = QHBoxLayout()
        edit_row.addStretch(1)
        edit_row.addWidget(self.edit_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(badges)
        layout.addWidget(self.direction)
        layout.addWidget(self.sentence)
        layout.addWidget(self.comparison_chart)
        layout.addWidget(self.trend_chart)
        layout.addWidget(self.source)
        layout.addWidget(self.quote)
        layout.addWidget(self.working)
        layout.addWidget(self.note)
        layout.addWidget(self.terms)
        layout.addWidget(self.origin)
        layout.addLayout(sources)
        layout.addLayout(edit_row)
        layout.addStretch(1)
        self.show_indicator(None, None, None, "")

    def _on_section(self) -> None:
        current = self.indicator.current if self.indicator else None
        if current is not None and current.source.section:
            self.sectionRequested.emit(current.source.section)

    def show_indicator(
        self,
        indicator: Indicator | None,
        comparison: Chart | None,
        trend: Chart | None,
        report_title: str,
    ) -> None:
        self.indicator = indicator
        self.comparison_chart.set_chart(comparison)
        self.trend_chart.set_chart(trend)
        for button in self.paragraph_buttons:
            self.paragraph_row.removeWidget(button)
            button.deleteLater()
        self.paragraph_buttons = []
        current = indicator.current if indicator else None
        self.edit_button.setEnabled(indicator is not None)
        self.section_button.setVisible(bool(current and current.source.section))
        for widget in (self.rating, self.trend, self.quote, self.working, self.note, self.terms):
            widget.setVisible(current is not None)
        if indicator is None:
            self.heading.setText("Choose a figure to see it in full")
            for label in (self.sentence, self.source, self.origin, self.direction):
                label.clear()
            return
        self.heading.setText(indicator.definition.label)
        self.direction.setText(f"{indicator.polarity.label}.")
        self.heading.setAccessibleName(indicator.definition.label)
        self.sentence.setText(describe(indicator))
        status = indicator.status()
        self.rating.show_status(status.text, status.rating.colours)
        self.trend.show_status(trend_words(indicator), indicator.trend().colours)
        if current is None:
            self.source.clear()
            self.origin.clear()
            return
        source = current.source
        where = source.label
        if source.paragraphs or source.section:
            where += f" of {report_title}" if report_title else " of the inspection report"
        self.source.setText(f"Source: {where}.")
        self.quote.setText(f"The source says: “{source.quote}”" if source.quote else "")
        self.quote.setVisible(bool(source.quote))
        self.working.setText(
            f"Worked out from the source's figures: {source.working}." if source.working else ""
        )
        self.working.setVisible(bool(source.working))
        self.note.setText(f"Note: {current.note}" if current.note else "")
        self.note.setVisible(bool(current.note))
        self.origin.setText(current.origin)
        texts = [indicator.definition.label, source.quote, current.note, source.document]
        terms = self._glossary.used_in(texts) if self._glossary else []
        self.terms.setText(" ".join(f"{t.explanation}" for t in terms))
        self.terms.setVisible(bool(terms))
        for paragraph in source.paragraphs:
            button = QPushButton(f"Open paragraph {paragraph}")
            button.setAccessibleName(f"Open paragraph {paragraph} of the report")
            button.clicked.connect(
                lambda _checked=False, number=paragraph: self.paragraphRequested.emit(number)
            )
            self.paragraph_row.addWidget(button)
            self.paragraph_buttons.append(button)
