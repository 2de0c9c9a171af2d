"""Importing the council's list of councillors: check everything, then change all or nothing.

``plan_members_import`` reads the whole file and works out what it would change, writing
nothing; any problem raises ``ImportProblemsError`` listing every line with a problem.
``apply_members_import`` backs the database up and makes the changes in one
transaction: new councillors added, changes saved, councillors no longer on the list
archived (kept, with their training history), and demonstration members taken away.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from briefing_app.domain.errors import ImportProblemsError
from briefing_app.domain.training.roster import RosterChanges, compare_roster
from briefing_app.domain.wording import plural
from briefing_app.importers.members_csv import read_members
from briefing_app.services.backups import safe_change
from briefing_app.services.training.service import TrainingService
from briefing_app.storage.members_repo import MemberRepository

MEMBERS_ADVICE = (
    "Nothing was changed. Fix these lines and import the file again; the template and its "
    "notes (members-import.md) are in the app's data/templates folder."
)


@dataclass(frozen=True)
class MembersPlan:
    path: Path
    lines: int
    changes: RosterChanges

    @property
    def summary(self) -> str:
        """ "members.csv: 70 councillors read. 3 new, 1 changed and 66 unchanged."."""
        changes = self.changes.summary()
        return f"{self.path.name}: {plural(self.lines, 'councillor')} read. {changes}"


@dataclass(frozen=True)
class MembersImportResult:
    plan: MembersPlan
    backup: Path | None

    @property
    def message(self) -> str:
        changes = self.plan.changes
        if not changes.anything:
            return "The list of councillors is already up to date: nothing was changed."
        return f"The list of councillors is updated. {changes.summary(done=True)}"


def plan_members_import(training: TrainingService, path: Path) -> MembersPlan:
    """Read and check the whole file, and work out what it would change. Writes nothing."""
    parsed = read_members(Path(path))
    changes = compare_roster(
        training.members(),
        parsed.lines,
        training.catalogue().roles,
        training.today(),
        has_term_start="term_start" in parsed.columns,
    )
    problems = sorted([*parsed.problems, *changes.problems], key=lambda p: p[0])
    if problems:
        raise ImportProblemsError(path, problems, MEMBERS_ADVICE)
    return MembersPlan(Path(path), len(parsed.lines), changes)


def apply_members_import(training: TrainingService, plan: MembersPlan) -> MembersImportResult:
    """Back up the database, then make the plan's changes in one transaction."""
    changes = plan.changes
    if not changes.anything:
        return MembersImportResult(plan, None)
    repository = MemberRepository(training.database)
    with safe_change(training.database, "import-members") as backup:
        if changes.demo_removed:
            repository.delete(m.id for m in changes.demo_removed if m.id is not None)
        for member in changes.added:
            repository.add(replace(member, id=None))
        for change in (*changes.changed, *changes.returned):
            repository.update(change.after)
        for member in changes.left:
            repository.update(member)
    return MembersImportResult(plan, backup)
