"""One DfE figure in full: what it measures, the latest figure against England, the region
and the statistical neighbours, its rank, its trend over the years, the DfE's marks
explained, a neighbour's figures beside ours when one is chosen, the chart (or its
figures as a table) and the source."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from briefing_app.domain.charts import Chart
from briefing_app.domain.council_figures import FigureSeries
from briefing_app.domain.councils import Council
from briefing_app.domain.plain_english import format_value
from briefing_app.domain.ratings import Unit
from briefing_app.domain.statistics import PublishedValue
from briefing_app.ui.widgets.chart_panel import ChartPanel
from briefing_app.ui.widgets.headings import Heading

CHOOSE = "Choose a figure to see it in full"


def _wrapped(name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(name)
    return label


def beside_words(series: FigureSeries, other: Council) -> str:
    """ "Southampton: 68% in 2022, ranked 40th of 150 councils." Every year held is
    given, so the two councils can be read year by year."""
    unit = series.definition.unit
    parts = []
    for period, value in series.beside(other):
        parts.append(f"{period.short}: {_value_words(value, unit)}")
    if not parts:
        return ""
    return f"{other.name}, year by year: {'; '.join(parts)}."


def _value_words(value: PublishedValue | None, unit: Unit) -> str:
    if value is None:
        return "no figure"
    if value.number is None:
        assert value.symbol is not None
        return value.symbol.short
    return format_value(value.number, unit)


class FigureSeriesDetail(QWidget):
    """Shows one council's figure for one DfE indicator, with everything it is set
    against."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: FigureSeries | None = None
        self.heading = Heading(CHOOSE, level=2)
        self.definition = _wrapped("What the figure measures")
        self.latest = _wrapped("The latest figure")
        self.comparisons = _wrapped("How it compares")
        self.trend = _wrapped("Over the years")
        self.beside = _wrapped("A neighbour's figures beside ours")
        self.marks = _wrapped("What the DfE's marks mean")
        self.caution = _wrapped("What the DfE warns about")
        self.chart = ChartPanel("Chart of the figure over the years")
        self.source = _wrapped("Source")
        layout = QVBoxLayout(self)
        for widget in (
            self.heading,
            self.definition,
            self.latest,
            self.comparisons,
            self.trend,
            self.beside,
            self.marks,
            self.caution,
            self.chart,
            self.source,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.show_series(None, None, None)

    def show_series(
        self, series: FigureSeries | None, chart: Chart | None, beside: Council | None
    ) -> None:
        self.series = series
        self.chart.set_chart(chart)
        labels = (
            self.definition,
            self.latest,
            self.comparisons,
            self.trend,
            self.beside,
            self.marks,
            self.caution,
            self.source,
        )
        if series is None:
            self.heading.setText(CHOOSE)
            self.heading.setAccessibleName(CHOOSE)
            for label in labels:
                label.clear()
                label.hide()
            return
        definition = series.definition
        self.heading.setText(series.label)
        self.heading.setAccessibleName(series.label)
        self.definition.setText(f"{definition.definition} {definition.polarity.label}.")
        self.latest.setText(f"Latest figure: {series.latest_words}")
        self.comparisons.setText("\n".join(series.comparison_lines()))
        self.trend.setText(f"Over the years: {series.trend.words}")
        self.beside.setText(beside_words(series, beside) if beside is not None else "")
        marks = series.symbols()
        self.marks.setText(
            " ".join(f"“{m.value}” means: {m.meaning}" for m in marks) if marks else ""
        )
        self.caution.setText(f"The DfE says: {definition.caution}" if definition.caution else "")
        source = series.source_words
        self.source.setText(f"Source: {source}." if source else "")
        for label in labels:
            label.setVisible(bool(label.text()))
