"""Importing training attendance from a CSV file: check everything, then record all or nothing.

``plan_attendance_import`` reads and checks the whole file without writing anything. If
any line has a problem, it raises ``ImportProblemsError`` listing every problem with its
line number. ``apply_attendance_import`` backs the database up and records the plan in
one transaction. A line already recorded (same member, module and day) is not a
problem: it is left as it is and counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefing_app.domain.errors import BriefingError, ImportProblemsError
from briefing_app.domain.person_names import loose_key, name_key
from briefing_app.domain.training.records import Completion, Member, Module
from briefing_app.domain.wording import plural
from briefing_app.services.backups import safe_change
from briefing_app.services.training.service import AttendanceResult, TrainingService
from briefing_app.storage.members_repo import CompletionRepository

TEMPLATE_ADVICE = (
    "Nothing was recorded. Fix these lines and import the file again; "
    "the template and its notes are in the app's data/templates folder."
)


@dataclass(frozen=True)
class AttendancePlan:
    path: Path
    lines: int
    completions: tuple[Completion, ...]
    already_held: int
    repeated: int

    @property
    def members(self) -> int:
        return len({c.member_id for c in self.completions})

    @property
    def summary(self) -> str:
        count = len(self.completions)
        text = f"{self.path.name}: {plural(self.lines, 'line')} read. " + (
            f"{plural(count, 'new completion')} for {plural(self.members, 'member')}."
            if count
            else "Nothing new to record."
        )
        if self.already_held:
            text += f" {self.already_held} already recorded, so left as they are."
        if self.repeated:
            text += f" {self.repeated} repeated in the file, counted once."
        return text


class _Resolver:
    """Finds the member and module a line names, or says plainly why it cannot."""

    def __init__(self, members: list[Member], modules: list[Module]) -> None:
        self.members = members
        self.modules = modules
        self.by_name: dict[str, list[Member]] = {}
        for member in members:
            self.by_name.setdefault(name_key(member.name), []).append(member)

    def member(self, name: str, ward: str) -> Member:
        found = self.by_name.get(name_key(name), [])
        if ward:
            found = [m for m in found if name_key(m.ward) == name_key(ward)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise BriefingError(
                f"{len(found)} members are called {name!r}; "
                "add a ward column to say which one attended."
            )
        where = f" in {ward} ward" if ward else ""
        message = f"No member called {name!r}{where} is on the list of members."
        close = [m.name for m in self.members if loose_key(m.name) == loose_key(name)]
        if close:
            message += f" Did you mean {close[0]!r}?"
        raise BriefingError(message)

    def module(self, text: str) -> Module:
        for module in self.modules:
            if name_key(module.name) == name_key(text) or module.key == text.strip().casefold():
                return module
        names = "; ".join(m.name for m in self.modules)
        raise BriefingError(f"No module is called {text!r}. The modules are: {names}.")


def _saved_id(value: int | None) -> int:
    if value is None:  # records read from the database always have ids
        raise BriefingError("A record has not been saved yet.")
    return value


def plan_attendance_import(training: TrainingService, path: Path) -> AttendancePlan:
    """Read and check the whole file. Writes nothing."""
    # The CSV reader, only when a file is imported (about 4 ms).
    from briefing_app.importers.attendance_csv import read_attendance

    parsed = read_attendance(Path(path))
    resolver = _Resolver(training.members(), list(training.catalogue().modules))
    existing = {(c.member_id, c.module_id, c.completed_on) for c in training.completions()}
    problems = list(parsed.problems)
    planned: dict[tuple[int, int, object], Completion] = {}
    already_held = repeated = 0
    today = training.today()
    for line in parsed.lines:
        try:
            member = resolver.member(line.member, line.ward)
            module = resolver.module(line.module)
            completion = Completion(
                _saved_id(member.id),
                _saved_id(module.id),
                line.completed_on,
                line.provider,
                line.note,
            )
            completion.check_date(today)
        except BriefingError as error:
            problems.append((line.line, str(error)))
            continue
        key = (completion.member_id, completion.module_id, line.completed_on)
        if key in existing:
            already_held += 1
        elif key in planned:
            repeated += 1
        else:
            planned[key] = completion
    if problems:
        problems.sort(key=lambda p: p[0])
        raise ImportProblemsError(path, problems, TEMPLATE_ADVICE)
    return AttendancePlan(
        path=Path(path),
        lines=len(parsed.lines),
        completions=tuple(planned.values()),
        already_held=already_held,
        repeated=repeated,
    )


def apply_attendance_import(training: TrainingService, plan: AttendancePlan) -> AttendanceResult:
    """Back up the database, then record the plan's completions in one transaction."""
    recorded = 0
    backup = None
    if plan.completions:
        with safe_change(training.database, "import-attendance") as backup:
            recorded = CompletionRepository(training.database).add_many(plan.completions)
    return AttendanceResult(
        recorded,
        plan.already_held + len(plan.completions) - recorded,
        tuple(training.completions_matching(plan.completions)),
        backup,
    )


def import_attendance(training: TrainingService, path: Path) -> tuple[AttendancePlan, int]:
    """Check and record a file in one go; returns the plan and how many were recorded."""
    plan = plan_attendance_import(training, path)
    return plan, apply_attendance_import(training, plan).recorded
