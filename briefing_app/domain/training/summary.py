"""What the briefing packs say about members' training.

The members' pack names who needs which training; the public pack gives numbers only,
and no figure for a group of fewer than ``SMALL_GROUP`` councillors (a seat held by one
or two people, or a module only they need): such a figure is ``None``, shown as "fewer
than 3", never as a number. Neither pack carries anyone's notes on their completions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from briefing_app.domain.dates import long_date
from briefing_app.domain.training.compliance import TrainingBoard
from briefing_app.domain.training.records import Status
from briefing_app.domain.training.year import SMALL_GROUP, TrainingYearTable, year_table


@dataclass(frozen=True)
class CommitteeFigures:
    """A seat's line; in a public pack, ``None`` figures for a seat fewer than 3 hold."""

    committee: str
    members: int | None
    fully_in_date: int | None
    line: str


@dataclass(frozen=True)
class ModuleFigures:
    """How many serving members each module is required of, and how they stand.

    In a public pack, a module fewer than 3 councillors need has ``None`` figures."""

    module: str
    refresh: str
    required_of: int | None
    in_date: int | None
    due_soon: int | None
    overdue: int | None
    never_done: int | None
    to_do: int | None = 0

    @property
    def hidden(self) -> bool:
        return self.required_of is None


@dataclass(frozen=True)
class NamedNeed:
    member: str
    module: str
    status: str
    due: date | None
    explanation: str
    symbol: str = ""


@dataclass(frozen=True)
class MemberLine:
    """One serving member with training duties: their seats and whether they are in date."""

    name: str
    seats: tuple[str, ...]
    fully_in_date: bool
    needs: tuple[str, ...]  # "Safeguarding children (✗ Overdue)"
    demo: bool = False


@dataclass(frozen=True)
class TrainingSummary:
    as_at: date
    due_soon_days: int
    names_included: bool
    headline: str
    committees: tuple[CommitteeFigures, ...]
    modules: tuple[ModuleFigures, ...]
    needs: tuple[NamedNeed, ...]
    includes_demo: bool
    members: tuple[MemberLine, ...] = ()
    # The council's yearly table: by seat, how many are trained, have training due, or
    # are overdue.
    year: TrainingYearTable | None = None


def _summary(board: TrainingBoard, *, names: bool) -> TrainingSummary:
    serving = [r for r in board.records if r.member.serving_on(board.as_at) and r.required]
    fully = sum(1 for r in serving if r.fully_in_date())
    if serving:
        # Every councillor is a corporate parent: the figure is of the whole council.
        headline = (
            f"On {long_date(board.as_at)}, {fully} of the {len(serving)} councillors were "
            "fully in date with their corporate parenting training."
        )
    else:
        headline = "No councillors are recorded."
    committees = tuple(
        CommitteeFigures(c.role.name, c.total, c.fully_in_date, c.line)
        if names or c.total == 0 or c.total >= SMALL_GROUP
        else CommitteeFigures(
            c.role.name,
            None,
            None,
            f"{c.role.name}: fewer than {SMALL_GROUP} councillors, so not shown in a public pack",
        )
        for c in board.compliance()
    )
    modules = []
    for module in board.catalogue.modules:
        statuses = [r.status_of(module).status for r in serving]
        required = [s for s in statuses if s is not Status.NOT_REQUIRED]
        if not names and 0 < len(required) < SMALL_GROUP:
            modules.append(
                ModuleFigures(module.name, module.refresh.label, None, None, None, None, None, None)
            )
            continue
        modules.append(
            ModuleFigures(
                module=module.name,
                refresh=module.refresh.label,
                required_of=len(required),
                in_date=required.count(Status.IN_DATE),
                due_soon=required.count(Status.DUE_SOON),
                overdue=required.count(Status.OVERDUE),
                never_done=required.count(Status.NEVER_DONE),
                to_do=required.count(Status.TO_DO),
            )
        )
    needs: tuple[NamedNeed, ...] = ()
    if names:
        needs = tuple(
            NamedNeed(
                n.member.name,
                n.module.name,
                n.status.status.label,
                n.status.due,
                n.status.explanation,
                n.status.status.symbol,
            )
            for n in board.needs()
            if n.member.serving_on(board.as_at)
        )
    members = tuple(
        MemberLine(
            name=r.member.name,
            seats=tuple(board.catalogue.role_names(r.member)),
            fully_in_date=r.fully_in_date(),
            needs=tuple(f"{m.name} ({s.status.text})" for m, s in r.required if board.falls_due(s)),
            demo=r.member.demo,
        )
        for r in serving
        if names
    )
    return TrainingSummary(
        as_at=board.as_at,
        due_soon_days=board.due_soon_days,
        names_included=names,
        headline=headline,
        committees=committees,
        modules=tuple(modules),
        needs=needs,
        includes_demo=board.includes_demo,
        members=members,
        year=year_table(board, public=not names),
    )


def members_pack_summary(board: TrainingBoard) -> TrainingSummary:
    """For councillors and officers: figures, and who needs which training, by name."""
    return _summary(board, names=True)


def public_pack_summary(board: TrainingBoard) -> TrainingSummary:
    """For the public: figures only, no names and no notes."""
    return _summary(board, names=False)
