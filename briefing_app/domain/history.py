"""A council's inspection history: every report held of it, oldest first, with its grades;
the reports held of its statistical neighbours; and how two reports' grades compare.

Which council a report is about is read from the authority's name as the report prints it
("Norfolk County Council", "City of Bradford Metropolitan District Council", "Surrey
Safeguarding Children Board", "Newcastle") by ``council_for_report``. Grades are compared
only as Ofsted orders them within one framework: the grades of reports written under
different frameworks are shown side by side and not compared.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from briefing_app.domain.councils import (
    Council,
    CouncilDirectory,
    UnknownCouncilError,
    name_key,
)
from briefing_app.domain.dates import month_year
from briefing_app.domain.reports import (
    Framework,
    Grade,
    Judgement,
    JudgementArea,
    ReportHeader,
    ReportKind,
)
from briefing_app.domain.wording import joined, plural

# What a report adds to a council's name: the board a stand-alone review was of, and the
# kinds of council ("metropolitan district council").
_BOARD = re.compile(
    r"\s*\b(?:local\s+)?safeguarding\s+children(?:['’]s)?\s+(?:board|partnership)\b.*$", re.I
)
_SERVICES = re.compile(r"\s*\bchildren['’]?s\s+services\b", re.I)
_KIND_OF_COUNCIL = re.compile(
    r"\b(?:metropolitan\s+(?:district|borough)|district|borough|city|county)\s+council\b", re.I
)
# Words of a council's name that do not tell one council from another.
_NOT_THE_NAME = frozenset(
    ("the", "of", "council", "city", "county", "borough", "district", "metropolitan", "royal")
)


def council_for_report(authority: str, on: date, directory: CouncilDirectory) -> Council | None:
    """The council a report is about, from the authority's name as the report prints it and
    the last day of the inspection; None if no council in ``directory`` has that name.

    A board reviewed on its own belongs to its council ("Surrey Safeguarding Children
    Board" is Surrey's). A name shared by a council abolished and one formed in its place
    (Dorset) is the one that ran children's services on ``on``. A name the DfE writes
    longer ("Newcastle" for Newcastle upon Tyne) is the one council whose name holds it.
    """
    name = _KIND_OF_COUNCIL.sub(" ", _SERVICES.sub("", _BOARD.sub("", authority))).strip(" ,")
    if not name:
        return None
    try:
        found = directory.find(name)
    except UnknownCouncilError:
        held = _only_council_naming(name, directory)
        if held is None:
            return None
        found = held
    if found.existed_on(on):
        return found
    same_name = [
        c for c in directory if name_key(c.name) == name_key(found.name) and c.existed_on(on)
    ]
    return same_name[0] if same_name else found


def _only_council_naming(name: str, directory: CouncilDirectory) -> Council | None:
    """The one council whose name holds ``name``'s words in a row ("Hull" in "Kingston upon
    Hull, City of"); None if none does, or more than one."""
    words = [w for w in name_key(name).split() if w not in _NOT_THE_NAME]
    if not words:
        return None
    wanted = f" {' '.join(words)} "
    found = [c for c in directory if wanted in f" {name_key(c.name)} "]
    return found[0] if len(found) == 1 else None


class Judged(Protocol):
    """A report whose grades can be compared: a whole report, or a ``JudgedReport``."""

    @property
    def framework(self) -> Framework: ...

    @property
    def inspection_end(self) -> date: ...

    def judgement(self, area: JudgementArea) -> Judgement | None: ...


@dataclass(frozen=True)
class JudgedReport:
    """A report held, without its paragraphs: who, when, what kind, and its grades."""

    header: ReportHeader
    judgements: tuple[Judgement, ...] = ()

    @property
    def id(self) -> int:
        return self.header.id

    @property
    def framework(self) -> Framework:
        return self.header.framework

    @property
    def kind(self) -> ReportKind:
        return self.header.kind

    @property
    def inspection_end(self) -> date:
        return self.header.inspection_end

    @property
    def title(self) -> str:
        return self.header.short_title

    def judgement(self, area: JudgementArea) -> Judgement | None:
        return next((j for j in self.judgements if j.area is area), None)

    @property
    def what(self) -> str:
        """ "Inspection, July 2014, single inspection framework (SIF)"."""
        framework = {
            Framework.PRE_2013: "framework of 2009 to 2013",
            Framework.SIF: "single inspection framework (SIF)",
            Framework.ILACS: "inspection of local authority children's services (ILACS)",
        }[self.framework]
        kind = self.kind.label
        return f"{kind[:1].upper()}{kind[1:]}, {month_year(self.inspection_end)}, {framework}"

    @property
    def grades_in_words(self) -> str:
        """Every grade, as "Overall effectiveness: ✓ Good. Care leavers: ! Requires
        improvement."; for a letter without grades, that it gives none."""
        if not self.judgements:
            if self.kind.graded:
                return "No grades were read from this report."
            return f"Ofsted's letter after a {self.kind.label} gives no grades."
        return " ".join(f"{j.title}: {j.grade.text}." for j in self.judgements)


@dataclass(frozen=True)
class NeighbourReports:
    """A statistical neighbour, and its reports held, oldest first."""

    council: Council
    reports: tuple[JudgedReport, ...]

    @property
    def latest(self) -> JudgedReport:
        return self.reports[-1]


@dataclass(frozen=True)
class CouncilHistory:
    """Every report held of one council, oldest first, and its neighbours' reports held.

    ``council`` is None when the reports name an authority the council list does not
    hold: then ``name`` is the authority as the reports print it, and its neighbours are
    not known.
    """

    name: str
    council: Council | None
    reports: tuple[JudgedReport, ...]
    neighbours: tuple[NeighbourReports, ...] = ()
    neighbours_without_reports: tuple[Council, ...] = ()

    @property
    def summary(self) -> str:
        """ "Norfolk: 3 reports held, from July 2013 to November 2017." """
        if not self.reports:
            return f"{self.name}: no reports held."
        first, last = self.reports[0].inspection_end, self.reports[-1].inspection_end
        span = (
            f"from {month_year(first)} to {month_year(last)}"
            if len(self.reports) > 1
            else f"inspected {month_year(first)}"
        )
        return f"{self.name}: {plural(len(self.reports), 'report')} held, {span}."

    @property
    def neighbours_note(self) -> str:
        """What is known of the council's statistical neighbours, in a sentence or two."""
        if self.council is None:
            return (
                f"{self.name} is not in the DfE's list of councils, so its statistical "
                "neighbours are not known."
            )
        if not self.council.neighbours:
            return self.council.neighbours_note
        held = len(self.neighbours)
        parts = [
            f"{self.council.name}'s statistical neighbours are the "
            f"{plural(len(self.council.neighbours), 'council')} most like it, in the DfE's "
            f"list. Reports are held of {held} of them."
        ]
        if self.neighbours_without_reports:
            names = joined([c.name for c in self.neighbours_without_reports])
            parts.append(f"None are held of {names}: import theirs to see them here.")
        return " ".join(parts)


def grade_change(first: Judged, second: Judged, area: JudgementArea) -> str:
    """How the grade for ``area`` differs from the earlier of two reports to the later, in
    words; empty when neither judged it. Grades are compared only within one framework."""
    earlier, later = sorted((first, second), key=lambda r: r.inspection_end)
    before, after = earlier.judgement(area), later.judgement(area)
    if before is None and after is None:
        return ""
    if before is None:
        return "Judged only in the later report"
    if after is None:
        return "Judged only in the earlier report"
    if earlier.framework is not later.framework:
        return "Not compared: different frameworks"
    if after.grade.rank < before.grade.rank:
        return "Higher grade later"
    if after.grade.rank > before.grade.rank:
        return "Lower grade later"
    return "Same grade"


def frameworks_note(first: Judged, second: Judged) -> str:
    """Why two reports' grades are not compared, if they are not (empty if they are)."""
    if first.framework is second.framework:
        return ""
    return (
        "These reports were written under different frameworks, whose judgements and "
        "grades Ofsted defines differently, so their grades are shown side by side but "
        "not compared."
    )


def grade_level(grade: Grade) -> int:
    """Where a grade sits among Ofsted's four, from 4 (outstanding) to 1 (inadequate).

    "Adequate" (before 2013) and "requires improvement" (from 2013) are each the third of
    their framework's four grades, so they share a level; they do not mean the same.
    """
    if grade is Grade.ADEQUATE:
        return 2
    return {
        Grade.OUTSTANDING: 4,
        Grade.GOOD: 3,
        Grade.REQUIRES_IMPROVEMENT: 2,
        Grade.INADEQUATE: 1,
    }[grade]


def oldest_first(reports: Sequence[JudgedReport]) -> tuple[JudgedReport, ...]:
    return tuple(sorted(reports, key=lambda r: (r.inspection_end, r.id)))
