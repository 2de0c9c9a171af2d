"""Reminders: for each councillor, what falls due in the coming days, and a letter saying so.

A reminder lists everything overdue or never done, and everything that falls due
within the chosen number of days (60 unless asked otherwise), for a councillor serving
on the day. The letter is plain text, ready to paste into an e-mail or to mail-merge
from the CSV file the app writes; it never mentions anyone else's training.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from briefing_app.domain.dates import long_date
from briefing_app.domain.training.compliance import MemberRecord, Need, TrainingBoard
from briefing_app.domain.training.records import Member, Module, ModuleStatus, Status
from briefing_app.domain.wording import plural

REMINDER_DAYS = 60


def need_line(need: Need) -> str:
    """ "Safeguarding children: overdue since 3 March 2026 (last done 3 March 2024)"."""
    result = need.status
    module = need.module.name
    last = f" (last done {long_date(result.last_done)})" if result.last_done else ""
    if result.status is Status.NEVER_DONE:
        since = f", due by {long_date(result.due)}" if result.due else ""
        return f"{module}: not done yet{since}, so it is needed now"
    if result.status is Status.OVERDUE:
        if result.due is None:
            return f"{module}: needed once in each term of office, and not done this term{last}"
        return f"{module}: overdue since {long_date(result.due)}{last}"
    if result.status is Status.TO_DO:
        return f"{module}: to be done by {long_date(result.due)}" if result.due else module
    return f"{module}: due again by {long_date(result.due)}{last}" if result.due else module


@dataclass(frozen=True)
class Reminder:
    member: Member
    needs: tuple[Need, ...]
    as_at: date
    until: date

    @property
    def greeting(self) -> str:
        return f"Dear Councillor {self.member.name},"

    @property
    def subject(self) -> str:
        return f"Your corporate parenting training: what is due by {long_date(self.until)}"

    @property
    def earliest(self) -> date | None:
        """The earliest due date among the needs (for sorting a mail merge), if any."""
        return min((n.status.due for n in self.needs if n.status.due), default=None)

    @property
    def items(self) -> list[str]:
        return [need_line(n) for n in self.needs]

    @property
    def letter(self) -> str:
        """The whole letter or e-mail, in plain text with blank lines between paragraphs."""
        count = plural(len(self.needs), "piece", "pieces")
        lines = [
            self.greeting,
            "",
            "As a councillor you are a corporate parent of every child the council looks "
            "after and of every young person leaving its care. Keeping your training up to "
            "date helps you ask the right questions on their behalf.",
            "",
            f"On {long_date(self.as_at)}, our records show {count} of corporate parenting "
            f"training for you to do by {long_date(self.until)}:",
            "",
            *(f"- {item}." for item in self.items),
            "",
            "Please reply to book a place on the next session. If you have already done "
            "any of this training and it is not on our records, please tell us when and "
            "where, so that we can put the records right.",
            "",
            "Yours sincerely,",
        ]
        return "\n".join(lines)


def reminders(
    board: TrainingBoard, days: int = REMINDER_DAYS, member_ids: Iterable[int] | None = None
) -> list[Reminder]:
    """One reminder per serving councillor with training due within ``days`` of the
    board's day (or overdue), in name order; only for ``member_ids`` if given."""
    until = board.as_at + timedelta(days=days)
    wanted = None if member_ids is None else set(member_ids)
    found = []
    for record in board.members_of(None):
        member = record.member
        if not member.serving_on(board.as_at) or (wanted is not None and member.id not in wanted):
            continue
        needs = record.needs_now + _upcoming(record.statuses, member, until)
        if needs:
            found.append(Reminder(member, tuple(needs), board.as_at, until))
    return found


def _upcoming(
    statuses: Iterable[tuple[Module, ModuleStatus]], member: Member, until: date
) -> list[Need]:
    """The modules not yet needing action that fall due on or before ``until``."""
    found = [
        Need(member, module, result)
        for module, result in statuses
        if not result.status.needs_action
        and result.status is not Status.NOT_REQUIRED
        and result.due is not None
        and result.due <= until
    ]
    return sorted(found, key=lambda n: (n.status.due or date.min, n.module.position))


def next_steps(record: MemberRecord) -> str:
    """What this member must do now, and what falls due next."""
    parts = []
    needs = record.needs_now
    if needs:
        items = []
        for need in needs:
            result = need.status
            if result.status is Status.NEVER_DONE:
                items.append(f"{need.module.name} (never done)")
            elif result.due is not None:
                items.append(f"{need.module.name} (overdue since {long_date(result.due)})")
            else:
                items.append(f"{need.module.name} (not done this term)")
        parts.append("Needs now: " + "; ".join(items) + ".")
    to_do = [
        f"{module.name} by {long_date(result.due)}"
        for module, result in record.statuses
        if result.status is Status.TO_DO and result.due is not None
    ]
    if to_do:
        parts.append("New this term, still to do: " + "; ".join(to_do) + ".")
    upcoming = record.next_due
    if upcoming is not None and upcoming.status.due is not None:
        parts.append(f"Next due: {upcoming.module.name}, by {long_date(upcoming.status.due)}.")
    if not record.required:
        parts.append("No training is required of this member on this date.")
    elif not needs and not to_do and upcoming is None:
        parts.append("Fully in date, with nothing falling due.")
    return " ".join(parts)
