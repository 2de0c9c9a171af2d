"""The figures behind scrutiny questions, from the outcomes data.

``IndicatorFigures`` is the ``FigureSource`` the scrutiny service reads a question's
indicator figures from. It is given a way to get the outcomes service rather than the
service itself, so connecting it at start-up loads nothing: the outcomes modules are
imported the first time a question's figures are wanted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from briefing_app.domain.scrutiny import LinkedFigure

if TYPE_CHECKING:
    from briefing_app.services.outcomes import OutcomesService


class IndicatorFigures:
    def __init__(self, outcomes: Callable[[], OutcomesService]) -> None:
        self._outcomes = outcomes

    def figures(self, keys: Sequence[str]) -> list[LinkedFigure]:
        """The current figure of each indicator in ``keys`` that has one, in that order."""
        if not keys:
            return []
        # Only when a question's figures are shown, not for the list of meetings (about 12 ms).
        from briefing_app.domain.plain_english import linked_figure

        outcomes = self._outcomes()
        titles = outcomes.report_titles()
        found = []
        for indicator in outcomes.indicators_for(keys):
            current = indicator.current
            report_id = current.source.report_id if current is not None else None
            title = titles.get(report_id, "") if report_id is not None else ""
            figure = linked_figure(indicator, title)
            if figure is not None:
                found.append(figure)
        return found
