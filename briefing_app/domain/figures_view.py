"""The machine-readable view of a council's published figures (``figures --json``).

A stable shape that tooling reads::

    {"council": {"name", "new_la_code", "old_la_code"},
     "figures": [{"indicator", "period_end", "value", "symbol", "england", "region",
                  "neighbours", "neighbours_count", "rank", "source"}, ...]}

One entry per indicator per period held, indicators in the app's order and periods
oldest first. Values are exactly as the DfE published them: a percentage as its whole
number, a rate as published; ``value`` is null when the DfE published a symbol instead
(``symbol`` says which) or had no row for the council (both null). ``symbol`` gives the
DfE's current marks (``c``, ``low``, ``x``, ``z``, ``k``, ``u``); its older ``:`` is
given as ``x`` and ``~`` as ``low``, which mean the same. ``neighbours`` is the mean of
the statistical neighbours' published figures over ``neighbours_count`` of them; ``rank``
is among every council with a published figure, rank 1 being the best (or, where
neither higher nor lower is better, the highest). ``source`` names the DfE file and line
the council's figure came from (or, when the council has none, England's).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from briefing_app.domain.benchmarks import Benchmark
from briefing_app.domain.councils import Council


def council_entry(council: Council) -> dict[str, str]:
    return {
        "name": council.name,
        "new_la_code": council.new_code,
        "old_la_code": council.old_code,
    }


def figure_entry(item: Benchmark) -> dict[str, Any]:
    own = item.own
    source = own.source if own is not None else item.england.source if item.england else None
    return {
        "indicator": item.definition.key,
        "period_end": item.period.end.isoformat(),
        "value": own.value.number if own is not None else None,
        "symbol": own.value.symbol.code if own is not None and own.value.symbol else None,
        "england": item.england.value.number if item.england is not None else None,
        "region": item.region.value.number if item.region is not None else None,
        "neighbours": item.neighbours.value,
        "neighbours_count": item.neighbours.available,
        "rank": item.position.rank if item.position is not None else None,
        "source": source.label if source is not None else "",
    }


def figures_document(council: Council, figures: Iterable[Benchmark]) -> dict[str, Any]:
    return {
        "council": council_entry(council),
        "figures": [figure_entry(item) for item in figures],
    }
