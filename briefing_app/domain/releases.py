"""What importing a DfE release does to the figures held, worked out before anything is
written.

Each DfE release revises the years it repeats and adds the newest. So for each indicator
and period in a file:

- a period not held yet is **added**;
- a period held from a release no newer than this file is **replaced**, for every area
  at once, so England, the regions and every council always come from one release;
- a period held from a newer release is **kept** as it is, and the message says so: an
  older file never silently rewrites newer figures.

A release's age is the newest period in its file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from briefing_app.domain.errors import ImportFileError
from briefing_app.domain.statistics import Period, PublishedFigure, StatisticsFile
from briefing_app.domain.wording import joined, plural

Slot = tuple[str, date]  # an indicator and a period's end


@dataclass(frozen=True)
class FilePlan:
    file: StatisticsFile
    added: tuple[tuple[str, Period], ...]
    replaced: tuple[tuple[str, Period], ...]
    kept: tuple[tuple[str, Period], ...]

    @property
    def written(self) -> frozenset[Slot]:
        return frozenset((key, period.end) for key, period in (*self.added, *self.replaced))

    def figures_to_write(self) -> list[PublishedFigure]:
        written = self.written
        return [f for f in self.file.figures if (f.indicator, f.period.end) in written]

    @property
    def added_periods(self) -> tuple[Period, ...]:
        return _periods(self.added)

    @property
    def replaced_periods(self) -> tuple[Period, ...]:
        return _periods(self.replaced)

    @property
    def kept_periods(self) -> tuple[Period, ...]:
        return _periods(self.kept)

    @property
    def message(self) -> str:
        file = self.file
        what = (
            f"{file.name}: {plural(len(file.indicators), 'indicator')} for "
            f"{plural(len(file.councils()), 'council')}"
        )
        parts = []
        if self.added_periods:
            parts.append(f"added {periods_words(self.added_periods)}")
        if self.replaced_periods:
            parts.append(
                f"replaced {periods_words(self.replaced_periods)} with this release's figures"
            )
        if self.kept_periods:
            parts.append(f"kept {periods_words(self.kept_periods)} as held, from a newer release")
        return f"{what}: {'; '.join(parts)}."

    def summary(self) -> dict[str, Any]:
        """The plan as plain data (for a ``--json`` report)."""
        return {
            "file": self.file.name,
            "sha256": self.file.sha256,
            "indicators": list(self.file.indicators),
            "councils": len(self.file.councils()),
            "added": [p.end.isoformat() for p in self.added_periods],
            "replaced": [p.end.isoformat() for p in self.replaced_periods],
            "kept": [p.end.isoformat() for p in self.kept_periods],
        }


@dataclass(frozen=True)
class ImportPlan:
    files: tuple[FilePlan, ...]

    @property
    def message(self) -> str:
        return " ".join(plan.message for plan in self.files)

    @property
    def changes_anything(self) -> bool:
        return any(plan.written for plan in self.files)

    def summary(self) -> dict[str, Any]:
        """The plan as plain data (for a dry run's ``--json`` report)."""
        return {"files": [plan.summary() for plan in self.files]}


def plan_import(files: Sequence[StatisticsFile], held: Mapping[Slot, date]) -> ImportPlan:
    """What importing ``files`` would do, given the periods held (each with the newest
    period of the release it came from).

    Two files that give the same indicator for the same period are refused: one release
    gives each figure once, so one of them is the wrong file.
    """
    given: dict[Slot, str] = {}
    plans = []
    for file in files:
        vintage = file.latest.end
        added, replaced, kept = [], [], []
        for key, period in sorted({(f.indicator, f.period) for f in file.figures}):
            slot = (key, period.end)
            other = given.get(slot)
            if other is not None:
                raise ImportFileError(
                    file.name,
                    f"it gives the same figures ({key}, {period.label}) as {other}.",
                    "Import one of the two files. Nothing has been changed.",
                )
            given[slot] = file.name
            held_vintage = held.get(slot)
            if held_vintage is None:
                added.append((key, period))
            elif held_vintage <= vintage:
                replaced.append((key, period))
            else:
                kept.append((key, period))
        plans.append(FilePlan(file, tuple(added), tuple(replaced), tuple(kept)))
    return ImportPlan(tuple(plans))


def _periods(slots: Sequence[tuple[str, Period]]) -> tuple[Period, ...]:
    return tuple(sorted({period for _, period in slots}))


_YEAR_ENDING = re.compile(r"year ending (\d+ \w+) (\d{4})")
_SCHOOL_YEAR = re.compile(r"(\d{4}/\d{2}) school year")


def periods_span(periods: Sequence[Period]) -> str:
    """ "the years ending 31 March 2018 to 2022", "the 2015/16 to 2021/22 school years":
    the first and last of ``periods`` (every one when there are two)."""
    ordered = sorted(periods)
    if len(ordered) <= 2:
        return periods_words(ordered)
    first, last = ordered[0].label, ordered[-1].label
    ending = [_YEAR_ENDING.fullmatch(label) for label in (first, last)]
    if ending[0] and ending[1] and ending[0].group(1) == ending[1].group(1):
        return f"the years ending {ending[0].group(1)} {ending[0].group(2)} to {ending[1].group(2)}"
    school = [_SCHOOL_YEAR.fullmatch(label) for label in (first, last)]
    if school[0] and school[1]:
        return f"the {school[0].group(1)} to {school[1].group(1)} school years"
    return f"the {first} to the {last}"


def periods_words(periods: Sequence[Period]) -> str:
    """ "the year ending 31 March 2023", "the years ending 31 March 2019, 2020 and 2021",
    "the 2020/21 and 2021/22 school years"."""
    labels = [p.label for p in sorted(periods)]
    ending = [_YEAR_ENDING.fullmatch(label) for label in labels]
    if ending and all(ending) and len({m.group(1) for m in ending if m}) == 1:
        day = ending[0].group(1) if ending[0] else ""
        years = [m.group(2) for m in ending if m]
        if len(years) == 1:
            return f"the year ending {day} {years[0]}"
        return f"the years ending {day} {joined(years)}"
    school = [_SCHOOL_YEAR.fullmatch(label) for label in labels]
    if school and all(school):
        years = [m.group(1) for m in school if m]
        return f"the {joined(years)} school year{'s' if len(years) > 1 else ''}"
    return joined([f"the {label}" for label in labels])
