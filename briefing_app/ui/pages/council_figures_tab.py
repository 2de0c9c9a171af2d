"""The Figures tab of the Children in care and Care leavers pages: the council's figures
as the Department for Education (DfE) published them, each against England, its region,
its statistical neighbours and every council, with its trend, its chart and the figures
behind the chart. A councillor can put one neighbour's figures beside the council's."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.council_figures import FigureSeries
from briefing_app.domain.councils import Council
from briefing_app.domain.outcomes import Audience, topics_for
from briefing_app.services.council_figures import CouncilFiguresService
from briefing_app.ui.models.council_figures import CouncilFiguresModel
from briefing_app.ui.pages.outcomes_table import Columns, FiguresTable
from briefing_app.ui.widgets.figure_series_detail import FigureSeriesDetail
from briefing_app.ui.widgets.tables import select_row

COLUMNS = Columns(
    measure=CouncilFiguresModel.MEASURE,
    figure=None,
    fitted={
        CouncilFiguresModel.FIGURE: "93 per 10,000 (2022)",
        CouncilFiguresModel.ENGLAND: "≈ About the same (10.3%)",
        CouncilFiguresModel.NEIGHBOURS: "≈ About the same (10.3%)",
        CouncilFiguresModel.TREND: "✗ Getting worse",
    },
    hidden=(CouncilFiguresModel.TOPIC, CouncilFiguresModel.REGION, CouncilFiguresModel.RANK),
)
NO_NEIGHBOUR = "No neighbour"


class CouncilFiguresTab(QWidget):
    def __init__(
        self, figures: CouncilFiguresService, audience: Audience, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._figures = figures
        self.audience = audience
        self._series: list[FigureSeries] = []
        self._neighbours: tuple[Council, ...] = ()
        self.release = QLabel()
        self.release.setWordWrap(True)
        self.release.setAccessibleName("Where these figures come from")
        self.filter_box = QComboBox()
        self.filter_box.setAccessibleName("Show figures for")
        self.filter_box.addItem("All topics", "")
        for topic in topics_for(audience):
            self.filter_box.addItem(topic.title, topic.key)
        self.filter_box.currentIndexChanged.connect(lambda _index: self._fill_table())
        self.neighbour_box = QComboBox()
        self.neighbour_box.setAccessibleName("Statistical neighbour to put beside ours")
        self.neighbour_box.setToolTip(
            "Show one of the council's statistical neighbours (the councils most like it) "
            "on each chart and under each figure."
        )
        self.neighbour_box.currentIndexChanged.connect(lambda _index: self._show_current())
        self.model = CouncilFiguresModel()
        self.table = FiguresTable(self.model, f"DfE figures: {audience.label}", COLUMNS)
        self.detail = FigureSeriesDetail()
        self._build_layout()
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)

    def _build_layout(self) -> None:
        choices = QHBoxLayout()
        filter_label = QLabel("Show &topic:")
        filter_label.setBuddy(self.filter_box)
        choices.addWidget(filter_label)
        choices.addWidget(self.filter_box, 1)
        neighbour_label = QLabel("Put &beside ours:")
        neighbour_label.setBuddy(self.neighbour_box)
        choices.addWidget(neighbour_label)
        choices.addWidget(self.neighbour_box, 1)
        scroll = QScrollArea()
        scroll.setAccessibleName("The chosen figure in full")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        table_side = QWidget()
        table_layout = QVBoxLayout(table_side)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(table_side)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 440])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.release)
        layout.addLayout(choices)
        layout.addWidget(splitter, 1)

    # -- loading --------------------------------------------------------------------------

    @property
    def has_series(self) -> bool:
        """True when there are indicators to show (each says why when the council has
        no figure for it)."""
        return bool(self._series)

    def refresh(self) -> None:
        """Read the council's figures again, keeping the chosen figure, topic and neighbour."""
        keep = self.current_series()
        chosen = self.beside()
        self._series = self._figures.series(self.audience)
        self._neighbours = self._figures.neighbours()
        self.neighbour_box.blockSignals(True)
        self.neighbour_box.clear()
        self.neighbour_box.addItem(NO_NEIGHBOUR, "")
        for council in self._neighbours:
            self.neighbour_box.addItem(council.name, council.old_code)
        if chosen is not None and self.neighbour_box.findData(chosen.old_code) >= 0:
            self.neighbour_box.setCurrentIndex(self.neighbour_box.findData(chosen.old_code))
        self.neighbour_box.setEnabled(bool(self._neighbours))
        self.neighbour_box.blockSignals(False)
        workspace = self._figures.council()
        if workspace is None:
            self.release.setText(
                "This workspace is not set up for a council, so it holds no published figures."
            )
        else:
            words = self._figures.release_words(self._series)
            self.release.setText(
                f"{workspace.name}'s figures. {words}" if words else "No figures are held."
            )
        self._fill_table(keep.key if keep is not None else None)

    def _fill_table(self, keep: str | None = None) -> None:
        if keep is None:
            chosen = self.current_series()
            keep = chosen.key if chosen else None
        topic = self.filter_box.currentData()
        shown = [s for s in self._series if not topic or s.definition.topic == topic]
        self.model.set_series(shown)
        self.table.fit_columns()
        if keep is None or not self.select(keep):
            self.select(self.model.series(0).key if shown else "")

    def beside(self) -> Council | None:
        """The neighbour chosen to put beside the council, if any."""
        code = self.neighbour_box.currentData()
        return next((c for c in self._neighbours if c.old_code == code), None)

    def current_series(self) -> FigureSeries | None:
        index = self.table.currentIndex()
        return self.model.series(index.row()) if index.isValid() else None

    def select(self, key: str) -> bool:
        """Show the figure with this key; False if the table does not hold it."""
        row = self.model.row_of(key)
        if row is None:
            self.detail.show_series(None, None, None)
            return False
        select_row(self.table, row, CouncilFiguresModel.MEASURE)
        self._show(self.model.series(row))
        return True

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show(self.model.series(current.row()))

    def _show_current(self) -> None:
        series = self.current_series()
        if series is not None:
            self._show(series)

    def _show(self, series: FigureSeries) -> None:
        beside = self.beside()
        self.detail.show_series(series, self._figures.chart(series, beside), beside)
