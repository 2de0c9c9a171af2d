"""What a summary an officer edited rested on, and which of those figures have changed.

When an officer saves a summary, the latest figure of each DfE indicator it cites is kept
with it (its period and value, as the page showed them). A new release may bring a newer
year or replace a year's figures: the officer's words are kept as they are, and the page
says which figures under them have changed, so the summary can be brought up to date.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from briefing_app.domain.council_figures import FigureSeries
from briefing_app.domain.plain_english import format_value
from briefing_app.domain.summaries import FigureBasis


def basis_of(series: FigureSeries) -> FigureBasis | None:
    """The council's latest figure of ``series`` (None when no period is held)."""
    latest = series.latest
    if latest is None:
        return None
    if latest.own is None:
        value = "no figure"
    elif latest.own.value.number is None:
        assert latest.own.value.symbol is not None
        value = latest.own.value.symbol.short
    else:
        value = format_value(latest.own.value.number, series.definition.unit)
    return FigureBasis(series.key, series.label, latest.period.label, value)


def basis_for(keys: Iterable[str], series: Iterable[FigureSeries]) -> tuple[FigureBasis, ...]:
    """The latest figure of each DfE indicator among ``keys``, in the order cited."""
    by_key = {one.key: one for one in series}
    found = []
    for key in keys:
        one = by_key.get(key)
        basis = basis_of(one) if one is not None else None
        if basis is not None:
            found.append(basis)
    return tuple(found)


def changes(kept: Iterable[FigureBasis], now: Mapping[str, FigureBasis]) -> tuple[str, ...]:
    """A sentence for each figure that is not what it was when the summary was saved:
    "Three or more homes in a year: 9% for the year ending 31 March 2022 when this was
    written; now 11% for the year ending 31 March 2023."""
    found = []
    for before in kept:
        after = now.get(before.key)
        if after is None or (after.period, after.value) == (before.period, before.value):
            continue
        found.append(f"{before.label}: {before.words} when this was written; now {after.words}.")
    return tuple(found)
