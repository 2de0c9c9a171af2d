"""How children in care and care leavers are doing: figures, summaries and charts.

What the "Children in care" and "Care leavers" pages show, what an officer changes
there, and the ``briefing-app import-indicators`` command.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from briefing_app.domain.charts import Chart, comparison_chart, trend_chart
from briefing_app.domain.dates import month_year
from briefing_app.domain.errors import ImportProblemsError, InvalidInputError
from briefing_app.domain.outcomes import (
    Audience,
    Indicator,
    IndicatorDefinition,
    Observation,
)
from briefing_app.domain.summaries import FigureBasis, SourceCheck, Summary, numbers_in
from briefing_app.domain.wording import paragraph_ranges, plural
from briefing_app.domain.workspace import spoken_name
from briefing_app.services.backups import safe_change
from briefing_app.storage.database import Database
from briefing_app.storage.indicators_repo import IndicatorRepository
from briefing_app.storage.reports_repo import ReportRepository
from briefing_app.storage.sections_repo import ReportSectionRepository
from briefing_app.storage.summaries_repo import SummaryRepository
from briefing_app.storage.workspace_repo import WorkspaceRepository

EDITED_IN_APP = "Edited in the app"
_COUNCIL_SUFFIX = re.compile(
    r"\s+(?:City|County|Borough|Metropolitan Borough|District)?\s*Council$", re.IGNORECASE
)


def area_name(authority: str) -> str:
    """ "Portsmouth City Council" -> "Portsmouth"; "London Borough of Brent" -> "Brent"."""
    name = _COUNCIL_SUFFIX.sub("", authority.strip())
    name = re.sub(r"^(?:London Borough of|Royal Borough of|City of)\s+", "", name)
    return name or authority


def _normalise(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


@dataclass(frozen=True)
class FigureChange:
    """A figure written by an officer, and the one it replaced (for undo)."""

    key: str
    as_at: date
    replaced: Observation | None


@dataclass(frozen=True)
class ImportResult:
    path: Path
    added: int
    corrected: int
    indicators: int
    backup: Path | None

    @property
    def message(self) -> str:
        figures = self.added + self.corrected
        parts = []
        if self.added:
            parts.append(f"{self.added} new")
        if self.corrected:
            parts.append(f"{self.corrected} correcting a figure already held for the same date")
        text = (
            f"Imported {plural(figures, 'figure')} for "
            f"{plural(self.indicators, 'indicator')} from {self.path.name} "
            f"({' and '.join(parts)})."
        )
        if self.backup is not None:
            text += f" A copy of the database from before the import is in {self.backup}."
        return text


class OutcomesService:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._indicators = IndicatorRepository(database)
        self._summaries = SummaryRepository(database)
        self._reports = ReportRepository(database)
        self._sections = ReportSectionRepository(database)
        self._workspace = WorkspaceRepository(database)

    # -- reading ----------------------------------------------------------------------

    def area_name(self) -> str:
        """The workspace's council, as people say its name ("Portsmouth")."""
        name = self._workspace.council_name()
        if name is not None:
            return spoken_name(name)
        headers = self._reports.own_reports()
        return area_name(headers[0].authority) if headers else "Our council"

    def indicators(self, audience: Audience | None = None) -> list[Indicator]:
        return self._indicators.all(audience)

    def indicator(self, key: str) -> Indicator:
        return self._indicators.get(key)

    def indicators_for(self, keys: Sequence[str]) -> list[Indicator]:
        """The indicators with these keys, in that order; keys not defined are left out."""
        return self._indicators.many(keys)

    def definitions(self) -> dict[str, IndicatorDefinition]:
        return self._indicators.definitions()

    def summaries(self, audience: Audience) -> list[Summary]:
        return self._summaries.all(audience)

    def charts(self, indicator: Indicator) -> tuple[Chart | None, Chart | None]:
        """The comparison chart and the trend chart (either may be None)."""
        ours = self.area_name()
        return comparison_chart(indicator, ours), trend_chart(indicator, ours)

    def report_title(self) -> str:
        """The report figures come from unless they say otherwise, in words."""
        headers = self._reports.own_reports()
        if not headers:
            return ""
        latest = headers[0]
        when = month_year(latest.inspection_end)
        return f"Ofsted's inspection report on {latest.authority}, {when}"

    def report_titles(self) -> dict[int, str]:
        """Each report held by id, as a short title ("Portsmouth City Council, July 2014")."""
        return {header.id: header.short_title for header in self._reports.headers()}

    def latest_report_id(self) -> int | None:
        """The council's newest report (not one of another council held to compare with)."""
        headers = self._reports.own_reports()
        return headers[0].id if headers else None

    def paragraph_texts(self, report_id: int | None = None) -> dict[int, str]:
        report_id = report_id if report_id is not None else self.latest_report_id()
        if report_id is None:
            return {}
        return {f.paragraph: f.text for f in self._reports.get(report_id).findings}

    def section_text(self, report_id: int | None, heading: str) -> str | None:
        """A named section of a report without numbered paragraphs, if it is held."""
        report_id = report_id if report_id is not None else self.latest_report_id()
        return self._sections.get(report_id, heading) if report_id is not None else None

    # -- figures ----------------------------------------------------------------------

    def parse_figure(self, fields: Mapping[str, str], origin: str = EDITED_IN_APP) -> Observation:
        """A figure from what an officer typed; InvalidInputError lists every problem."""
        # The file reader, only when figures are typed or imported (about 5 ms).
        from briefing_app.importers.indicators_csv import parse_figure

        _key, observation = parse_figure(fields, self.definitions(), origin)
        return self._with_report(observation, self.paragraph_texts(), self.latest_report_id())

    def _with_report(
        self, observation: Observation, paragraphs: Mapping[int, str], report_id: int | None
    ) -> Observation:
        """Tie a figure citing the report to the latest report, checking that the cited
        paragraphs exist and that the quote (if any) is in what is cited."""
        source = observation.source
        if not source.paragraphs and not source.section:
            return observation
        problems = []
        section = self.section_text(report_id, source.section) if source.section else None
        if (
            section is not None
            and source.quote
            and _normalise(source.quote) not in _normalise(section)
            and not any(
                _normalise(source.quote) in _normalise(paragraphs.get(p, ""))
                for p in source.paragraphs
            )
        ):
            problems.append(f"the quote is not in the section “{source.section}” of the report.")
        if source.paragraphs and not paragraphs:
            problems.append("paragraphs are cited, but no inspection report is held.")
        missing = [p for p in source.paragraphs if paragraphs and p not in paragraphs]
        if missing:
            problems.append(f"the report has no paragraph {missing[0]}.")
        if (
            source.quote
            and source.paragraphs
            and not source.section
            and not missing
            and paragraphs
            and not any(
                _normalise(source.quote) in _normalise(paragraphs[p]) for p in source.paragraphs
            )
        ):
            problems.append(
                f"the quote is not in {paragraph_ranges(source.paragraphs)} of the report."
            )
        if problems:
            raise InvalidInputError(problems)
        return replace(observation, source=replace(source, report_id=report_id))

    def record_figure(self, key: str, observation: Observation) -> FigureChange:
        """Save one figure. A figure for a new date becomes the current one and the one
        before becomes the previous; a figure for a date already held corrects it."""
        replaced = self._indicators.put(key, observation)
        return FigureChange(key, observation.as_at, replaced)

    def undo(self, change: FigureChange) -> None:
        """Put things back as they were before ``change``."""
        with self._database.transaction():
            if change.replaced is None:
                self._indicators.delete(change.key, change.as_at)
            else:
                self._indicators.put(change.key, change.replaced)

    def import_figures(
        self, path: Path, *, backup: bool = True, origin: str = "", report_id: int | None = None
    ) -> ImportResult:
        """Read the whole file and, only if every row is sound, save every figure in it
        in one transaction, after backing up the database. Paragraphs cited are checked
        against ``report_id`` (by default, the report the figures are about)."""
        # The file reader, only when figures are typed or imported (about 5 ms).
        from briefing_app.importers.indicators_csv import read_figures

        path = Path(path)
        rows = read_figures(path, self.definitions(), origin)
        if report_id is None:
            report_id = self.latest_report_id()
        paragraphs = self.paragraph_texts(report_id)
        checked = []
        problems: list[tuple[int | None, str]] = []
        for row in rows:
            try:
                checked.append((row.key, self._with_report(row.observation, paragraphs, report_id)))
            except InvalidInputError as error:
                problems += [(row.line, p) for p in error.problems]
        if problems:
            raise ImportProblemsError(
                path,
                problems,
                "Correct the file and import it again. Nothing from the file has been saved.",
            )
        indicators = len({key for key, _ in checked})
        if not backup:
            # The default dataset, loaded by a seed step inside its own transaction.
            with self._database.transaction():
                added, corrected = self._put_figures(checked)
            return ImportResult(path, added, corrected, indicators, None)
        with safe_change(self._database, "import-figures") as copy:
            added, corrected = self._put_figures(checked)
        return ImportResult(path, added, corrected, indicators, copy)

    def _put_figures(self, checked: list[tuple[str, Observation]]) -> tuple[int, int]:
        """Save every figure; how many were new and how many corrected one already held."""
        added = corrected = 0
        for key, observation in checked:
            if self._indicators.put(key, observation) is None:
                added += 1
            else:
                corrected += 1
        return added, corrected

    # -- summaries --------------------------------------------------------------------

    def source_check(self) -> SourceCheck:
        """What summaries may cite, loaded once (an editor checks text as it is typed)."""
        indicators = self._indicators.all()
        return SourceCheck(
            self.paragraph_texts(), {i.key: _quotable_numbers(i) for i in indicators}
        )

    def save_summary(
        self,
        summary: Summary,
        text: str,
        check: SourceCheck | None = None,
        basis: tuple[FigureBasis, ...] = (),
    ) -> Summary | None:
        """Save new text for a summary; refuse (InvalidInputError) if it is not traceable
        (by ``check``, by default what ``source_check`` allows). ``basis`` is the DfE
        figures it cites as they are now. Returns the summary it replaced, for undo."""
        cleaned = " ".join(text.split())
        problems = (check or self.source_check()).problems(cleaned)
        if problems:
            raise InvalidInputError(
                problems, "Give each sentence its paragraphs or figures in square brackets."
            )
        return self._summaries.put(
            replace(summary, text=cleaned, origin=EDITED_IN_APP, basis=basis)
        )

    def restore_summary(self, summary: Summary) -> None:
        self._summaries.put(summary)

    def delete_summary(self, audience: Audience, topic: str) -> Summary | None:
        """Remove the council's summary of a topic; the one removed is returned."""
        return self._summaries.delete(audience, topic)

    def citable(self, audience: Audience) -> list[tuple[str, str]]:
        """The figures a summary about ``audience`` may cite: (label, key)."""
        return [(i.definition.label, i.key) for i in self.indicators(audience)]


def _quotable_numbers(indicator: Indicator) -> set[float]:
    """The numbers a sentence citing this indicator may use: its figures and their dates."""
    numbers = indicator.figures()
    for observation in indicator.observations:
        numbers.update(numbers_in(observation.period))
        numbers.update((observation.as_at.year, observation.as_at.day))
    return numbers
