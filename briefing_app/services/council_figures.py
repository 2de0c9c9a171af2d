"""The workspace council's DfE figures as the Children in care and Care leavers pages and
the packs show them: each indicator over the years with its comparisons, the chart
against England, the region, the neighbours' average and a neighbour chosen to put beside
it, and which release the figures come from."""

from __future__ import annotations

from collections.abc import Callable

from briefing_app.domain.benchmark_charts import benchmark_chart
from briefing_app.domain.charts import Chart
from briefing_app.domain.council_figures import FigureSeries
from briefing_app.domain.councils import Council
from briefing_app.domain.releases import periods_span
from briefing_app.domain.statistics import Period
from briefing_app.domain.topics import Audience
from briefing_app.domain.wording import joined
from briefing_app.services.statistics import StatisticsService

LICENCE = "Open Government Licence v3.0"


class CouncilFiguresService:
    """``council`` gives the workspace's council (None when the workspace has none)."""

    def __init__(
        self, statistics: StatisticsService, council: Callable[[], Council | None]
    ) -> None:
        self._statistics = statistics
        self._council = council

    def council(self) -> Council | None:
        return self._council()

    def series(self, audience: Audience) -> list[FigureSeries]:
        """The council's figure for each indicator about ``audience``, in the app's order
        (empty when the workspace has no council)."""
        council = self._council()
        if council is None:
            return []
        return self._statistics.series(council, audience)

    def neighbours(self) -> tuple[Council, ...]:
        """The council's statistical neighbours, closest first: the councils a reader may
        put beside it."""
        council = self._council()
        if council is None:
            return ()
        return self._statistics.councils().neighbours_of(council)

    def chart(self, series: FigureSeries, beside: Council | None = None) -> Chart | None:
        return benchmark_chart(series, beside)

    def release_words(self, series: list[FigureSeries]) -> str:
        """Where the figures come from, publication by publication, with the periods
        held: "Published by the Department for Education (DfE): Children looked after in
        England including adoptions, for the years ending 31 March 2018, ..." (empty with
        no figures)."""
        periods: dict[str, set[Period]] = {}
        for one in series:
            held = periods.setdefault(one.definition.source.publication, set())
            held.update(item.period for item in one.benchmarks)
        parts = [
            f"{publication}, for {periods_span(sorted(held))}"
            for publication, held in periods.items()
            if held
        ]
        if not parts:
            return ""
        return (
            f"Published by the Department for Education (DfE): {joined(parts)}. "
            f"Contains public sector information licensed under the {LICENCE}."
        )
