"""The summaries the Children in care and Care leavers pages and the packs show for the
workspace's council, topic by topic: an officer's (or, in the demonstration, the ones
written from its report), or else one the app writes from the council's DfE figures and
its report. An officer's edits are kept for the council; when a later release changes a
figure an edited summary cites, the page says which. The questions the app suggests from
the same figures and report are given here too."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from briefing_app.domain.council_figures import FigureSeries
from briefing_app.domain.councils import Council
from briefing_app.domain.figure_summaries import generated_summaries, quotable_numbers
from briefing_app.domain.suggested_questions import SuggestedQuestion, suggested_questions
from briefing_app.domain.summaries import SourceCheck, Summary
from briefing_app.domain.summary_basis import basis_for, basis_of, changes
from briefing_app.domain.topics import Audience
from briefing_app.services.outcomes import OutcomesService
from briefing_app.services.reports import ReportService
from briefing_app.services.statistics import StatisticsService


@dataclass(frozen=True)
class ShownSummary:
    """A topic's summary as the page shows it: whether the app wrote it from the figures
    (an officer has not), and the figures it cites that have changed since it was saved."""

    summary: Summary
    written_by_app: bool = False
    changed: tuple[str, ...] = ()


class CouncilSummariesService:
    def __init__(
        self,
        outcomes: OutcomesService,
        statistics: StatisticsService,
        reports: ReportService,
        council: Callable[[], Council],
    ) -> None:
        self._outcomes = outcomes
        self._statistics = statistics
        self._reports = reports
        self._council = council

    def _series(self, audience: Audience | None = None) -> list[FigureSeries]:
        return self._statistics.series(self._council(), audience)

    def summaries(self, audience: Audience) -> list[ShownSummary]:
        """A summary for each topic that has one, in the page's order."""
        kept = {s.topic: s for s in self._outcomes.summaries(audience)}
        series = self._series(audience)
        written = {
            s.topic: s
            for s in generated_summaries(audience, series, self._reports.latest())
            if s.topic not in kept
        }
        now = {b.key: b for one in series if (b := basis_of(one)) is not None}
        shown = [ShownSummary(s, False, changes(s.basis, now)) for s in kept.values()]
        shown += [ShownSummary(s, True) for s in written.values()]
        return sorted(shown, key=lambda item: item.summary.position)

    def suggested_questions(self, audience: Audience) -> list[SuggestedQuestion]:
        """Questions for the council's page about ``audience``: following up its report's
        recommendations (when a report is held), then on its figures furthest off track,
        each naming the figures and paragraphs it rests on."""
        return suggested_questions(audience, self._series(audience), self._reports.latest())

    def labels(self) -> dict[str, str]:
        """Every figure's label by key (the report's and the DfE's), for citation links."""
        labels = {i.key: i.definition.label for i in self._outcomes.indicators()}
        labels.update({d.key: d.label for d in self._statistics.catalogue})
        return labels

    def source_check(self) -> SourceCheck:
        """What a summary may cite: the report's paragraphs, the figures it quotes and the
        DfE's figures for the council (read once: an editor checks as one types)."""
        report = self._outcomes.source_check()
        figures = dict(report.indicator_figures)
        figures.update({one.key: quotable_numbers(one) for one in self._series()})
        return SourceCheck(report.paragraph_texts, figures)

    def citable(self, audience: Audience) -> list[tuple[str, str]]:
        """The figures a summary about ``audience`` may cite: (label, key), the DfE's first."""
        dfe = [(one.label, one.key) for one in self._series(audience) if one.has_figures]
        report = [
            (f"{label} (quoted in the report)", key)
            for label, key in self._outcomes.citable(audience)
        ]
        return dfe + report

    def save_summary(self, summary: Summary, text: str) -> Summary | None:
        """Keep an officer's text for the council (refused, InvalidInputError, if it is not
        traceable), with the DfE figures it cites as they are now. Returns the summary it
        replaced (None when the app had written the one shown), for undo."""
        check = self.source_check()
        cited = {
            k
            for sentence in Summary(summary.audience, "", "", text).sentences()
            for k in sentence.citation.indicators
        }
        basis = basis_for([k for k in check.indicator_figures if k in cited], self._series())
        return self._outcomes.save_summary(summary, text, check, basis)

    def restore_summary(self, audience: Audience, topic: str, previous: Summary | None) -> None:
        """Put a topic's summary back as it was: ``previous``, or the app's own again."""
        if previous is None:
            self._outcomes.delete_summary(audience, topic)
        else:
            self._outcomes.restore_summary(previous)
