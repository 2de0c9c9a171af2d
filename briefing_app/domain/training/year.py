"""The council's yearly table of corporate parenting training, by seat.

For each seat (starting with all councillors, since every councillor is a corporate
parent), the serving councillors who hold it on the day the table is drawn up are
counted once each, in one of three columns, by the training that seat needs:

- **trained**: every module is done and in date, with nothing falling due within the
  window (60 days unless the officer changes it);
- **due**: nothing is overdue, but something falls due within the window, or a new
  member still has training to do in their period of grace;
- **overdue**: at least one module is overdue or was never done.

So trained + due + overdue = councillors. The table also counts how many took part in
any training in the twelve months up to the day.

A public table shows no figures for a seat fewer than ``SMALL_GROUP`` councillors hold:
the row says "fewer than 3" instead (its members are still counted among all
councillors), so nobody can be picked out by their seat.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from briefing_app.domain.dates import long_date
from briefing_app.domain.training.compliance import MemberRecord, TrainingBoard
from briefing_app.domain.training.months import add_months
from briefing_app.domain.training.records import Module, Status

SMALL_GROUP = 3
FEWER = f"fewer than {SMALL_GROUP}"


class Standing:
    TRAINED = "trained"
    DUE = "due"
    OVERDUE = "overdue"


def standing(record: MemberRecord, modules: tuple[Module, ...], board: TrainingBoard) -> str:
    """Where one councillor stands for a seat's ``modules``: trained, due or overdue."""
    wanted = {m.id for m in modules}
    statuses = [s for m, s in record.statuses if m.id in wanted]
    if any(s.status.needs_action for s in statuses):
        return Standing.OVERDUE
    if any(s.status is Status.TO_DO or board.falls_due(s) for s in statuses):
        return Standing.DUE
    return Standing.TRAINED


@dataclass(frozen=True)
class YearRow:
    """One seat's line. Every figure is ``None`` in a public table for a small group."""

    seat: str
    councillors: int | None
    trained: int | None
    due: int | None
    overdue: int | None
    attended: int | None

    @property
    def hidden(self) -> bool:
        return self.councillors is None

    def cells(self) -> list[str]:
        """The row as text: the seat and its five figures, or "fewer than 3"."""
        if self.hidden:
            return [self.seat, FEWER, "not shown", "not shown", "not shown", "not shown"]
        figures = (self.councillors, self.trained, self.due, self.overdue, self.attended)
        return [self.seat, *(str(f) for f in figures)]


HEADINGS = (
    "Seat",
    "Councillors",
    "Trained",
    "Due",
    "Overdue",
    "Took part in training in the year",
)


@dataclass(frozen=True)
class TrainingYearTable:
    year_from: date
    as_at: date
    due_soon_days: int
    rows: tuple[YearRow, ...]
    public: bool
    includes_demo: bool

    @property
    def title(self) -> str:
        return f"Corporate parenting training in the year to {long_date(self.as_at)}"

    @property
    def explanation(self) -> str:
        """What the columns mean, in a sentence or two."""
        return (
            "Each councillor is counted once in each seat they hold. Trained: all the "
            "training the seat needs is done and in date. Due: nothing is overdue, but "
            f"something falls due within {self.due_soon_days} days, or a new member is "
            "still within the time they are given to do it. Overdue: something is overdue "
            "or was never done. The last column counts those who attended any training "
            f"between {long_date(self.year_from)} and {long_date(self.as_at)}."
        )

    @property
    def small_groups_note(self) -> str:
        """What a public table says about the seats it does not show, if any."""
        hidden = [row.seat for row in self.rows if row.hidden]
        if not hidden:
            return ""
        return (
            f"Figures for a seat held by {FEWER} councillors are not shown, so that no one "
            "can be identified; those councillors are counted among all councillors."
        )


def year_table(board: TrainingBoard, *, public: bool) -> TrainingYearTable:
    """The table for the year up to the board's assessment day."""
    year_from = add_months(board.as_at, -12) + timedelta(days=1)
    rows = []
    for role in board.catalogue.roles:
        modules = (
            board.catalogue.modules
            if role.for_everyone
            else (board.catalogue.modules_for_role(role.key))
        )
        holders = [r for r in board.members_of(role.key) if r.member.serving_on(board.as_at)]
        if public and 0 < len(holders) < SMALL_GROUP:
            rows.append(YearRow(role.name, None, None, None, None, None))
            continue
        counts = {Standing.TRAINED: 0, Standing.DUE: 0, Standing.OVERDUE: 0}
        for record in holders:
            counts[standing(record, modules, board)] += 1
        attended = sum(
            1
            for record in holders
            if any(year_from <= c.completed_on <= board.as_at for c in record.completions)
        )
        rows.append(
            YearRow(
                role.name,
                len(holders),
                counts[Standing.TRAINED],
                counts[Standing.DUE],
                counts[Standing.OVERDUE],
                attended,
            )
        )
    return TrainingYearTable(
        year_from=year_from,
        as_at=board.as_at,
        due_soon_days=board.due_soon_days,
        rows=tuple(rows),
        public=public,
        includes_demo=board.includes_demo,
    )
