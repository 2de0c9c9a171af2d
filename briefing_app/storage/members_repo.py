"""Members, their seats, and the training they have completed. Returns domain objects."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date

from briefing_app.domain.errors import InvalidInputError, NotFoundError
from briefing_app.domain.training.records import Completion, Member
from briefing_app.storage.database import Database


class MemberRepository:
    def __init__(self, database: Database) -> None:
        self.db = database

    def all(self) -> list[Member]:
        roles: dict[int, set[str]] = {}
        for row in self.db.query("SELECT member_id, role_key FROM member_roles"):
            roles.setdefault(row["member_id"], set()).add(row["role_key"])
        return [
            _member(row, frozenset(roles.get(row["id"], ())))
            for row in self.db.query("SELECT * FROM members ORDER BY name COLLATE NOCASE, id")
        ]

    def get(self, member_id: int) -> Member:
        rows = self.db.query("SELECT * FROM members WHERE id = ?", (member_id,))
        if not rows:
            raise NotFoundError(f"There is no member number {member_id}.")
        roles = frozenset(
            row["role_key"]
            for row in self.db.query(
                "SELECT role_key FROM member_roles WHERE member_id = ?", (member_id,)
            )
        )
        return _member(rows[0], roles)

    def add(self, member: Member) -> int:
        with self.db.transaction():
            cursor = self.db.execute(
                "INSERT INTO members (id, name, party, ward, term_start, term_end, demo, "
                "email, archived_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    member.id,
                    member.name,
                    member.party,
                    member.ward,
                    member.term_start.isoformat(),
                    _iso(member.term_end),
                    int(member.demo),
                    member.email,
                    _iso(member.archived_on),
                ),
            )
            member_id = int(cursor.lastrowid or 0)
            self._write_roles(member_id, member.roles)
        return member_id

    def update(self, member: Member) -> None:
        if member.id is None:
            raise NotFoundError("This member has not been saved yet.")
        with self.db.transaction():
            cursor = self.db.execute(
                "UPDATE members SET name = ?, party = ?, ward = ?, term_start = ?, term_end = ?, "
                "email = ?, archived_on = ? WHERE id = ?",
                (
                    member.name,
                    member.party,
                    member.ward,
                    member.term_start.isoformat(),
                    _iso(member.term_end),
                    member.email,
                    _iso(member.archived_on),
                    member.id,
                ),
            )
            if cursor.rowcount == 0:
                raise NotFoundError(f"There is no member called {member.name!r} any more.")
            self.db.execute("DELETE FROM member_roles WHERE member_id = ?", (member.id,))
            self._write_roles(member.id, member.roles)

    def delete(self, member_ids: Iterable[int]) -> None:
        """Remove members and, with them, their seats and completions."""
        with self.db.transaction():
            self.db.connection.executemany(
                "DELETE FROM members WHERE id = ?", [(i,) for i in member_ids]
            )

    def restore(self, members: Iterable[Member], completions: Iterable[Completion]) -> None:
        """Put back deleted members with their original ids, seats and completions."""
        with self.db.transaction():
            for member in members:
                self.add(member)
            CompletionRepository(self.db).restore(completions)

    def _write_roles(self, member_id: int, role_keys: Iterable[str]) -> None:
        try:
            self.db.connection.executemany(
                "INSERT INTO member_roles (member_id, role_key) VALUES (?, ?)",
                [(member_id, key) for key in sorted(role_keys)],
            )
        except sqlite3.IntegrityError as error:
            raise InvalidInputError(
                "A member can only hold seats the app knows.", "Choose from the seats listed."
            ) from error


class CompletionRepository:
    def __init__(self, database: Database) -> None:
        self.db = database

    def all(self) -> list[Completion]:
        return [
            _completion(row)
            for row in self.db.query(
                f"SELECT {_COMPLETION} FROM training_completions ORDER BY completed_on, id"
            )
        ]

    def latest(self, on: date) -> list[Completion]:
        """For each member and module, only the latest completion on or before ``on``: all a
        status needs (the history is not read)."""
        return [
            _completion(row)
            for row in self.db.query(
                # SQLite takes the other columns from the row holding the max().
                "SELECT id, member_id, module_id, max(completed_on), provider, note "
                "FROM training_completions WHERE completed_on <= ? "
                "GROUP BY member_id, module_id",
                (on.isoformat(),),
            )
        ]

    def for_member(self, member_id: int) -> list[Completion]:
        return [
            _completion(row)
            for row in self.db.query(
                f"SELECT {_COMPLETION} FROM training_completions WHERE member_id = ? "
                "ORDER BY completed_on, id",
                (member_id,),
            )
        ]

    def for_module(self, module_id: int) -> list[Completion]:
        return [
            _completion(row)
            for row in self.db.query(
                f"SELECT {_COMPLETION} FROM training_completions WHERE module_id = ? "
                "ORDER BY completed_on, id",
                (module_id,),
            )
        ]

    def get(self, completion_id: int) -> Completion:
        rows = self.db.query(
            f"SELECT {_COMPLETION} FROM training_completions WHERE id = ?", (completion_id,)
        )
        if not rows:
            raise NotFoundError(f"There is no completion number {completion_id}.")
        return _completion(rows[0])

    def exists(self, member_id: int, module_id: int, completed_on: date) -> bool:
        return bool(
            self.db.scalar(
                "SELECT 1 FROM training_completions WHERE member_id = ? AND module_id = ? "
                "AND completed_on = ?",
                (member_id, module_id, completed_on.isoformat()),
            )
        )

    def add_many(self, completions: Iterable[Completion]) -> int:
        """Record completions in one transaction, skipping any already held; return how many."""
        with self.db.transaction():
            before = self.db.connection.total_changes
            try:
                self.db.connection.executemany(
                    "INSERT OR IGNORE INTO training_completions (id, member_id, module_id, "
                    "completed_on, provider, note) VALUES (?, ?, ?, ?, ?, ?)",
                    [_values(c) for c in completions],
                )
            except sqlite3.IntegrityError as error:
                raise InvalidInputError(
                    "A member or module named here has just been removed, so nothing was recorded.",
                    "Check the list of members and modules, then try again.",
                ) from error
            return self.db.connection.total_changes - before

    def update(self, completion: Completion) -> None:
        with self.db.transaction():
            try:
                cursor = self.db.execute(
                    "UPDATE training_completions SET member_id = ?, module_id = ?, "
                    "completed_on = ?, provider = ?, note = ? WHERE id = ?",
                    (*_values(completion)[1:], completion.id),
                )
            except sqlite3.IntegrityError as error:
                raise InvalidInputError(
                    "That training is already recorded for this member on that day.",
                    "Choose another date, or edit the record that is there.",
                ) from error
            if cursor.rowcount == 0:
                raise NotFoundError("That completion is no longer in the database.")

    def delete(self, completion_ids: Iterable[int]) -> None:
        with self.db.transaction():
            self.db.connection.executemany(
                "DELETE FROM training_completions WHERE id = ?", [(i,) for i in completion_ids]
            )

    def restore(self, completions: Iterable[Completion]) -> None:
        """Put back deleted completions with their ids; any now held again are left as they are."""
        self.add_many(completions)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _values(c: Completion) -> tuple[int | str | None, ...]:
    return (c.id, c.member_id, c.module_id, c.completed_on.isoformat(), c.provider, c.note)


def _member(row: sqlite3.Row, roles: frozenset[str]) -> Member:
    return Member(
        id=row["id"],
        name=row["name"],
        party=row["party"],
        ward=row["ward"],
        term_start=date.fromisoformat(row["term_start"]),
        term_end=date.fromisoformat(row["term_end"]) if row["term_end"] else None,
        roles=roles,
        demo=bool(row["demo"]),
        email=row["email"],
        archived_on=date.fromisoformat(row["archived_on"]) if row["archived_on"] else None,
    )


# A council's records run to thousands of completions: they are read by position.
_COMPLETION = "id, member_id, module_id, completed_on, provider, note"


def _completion(row: sqlite3.Row) -> Completion:
    return Completion(row[1], row[2], date.fromisoformat(row[3]), row[4], row[5], row[0])
