"""Councils: every English council with children's services, found by code or name.

A council has two codes. The Department for Education's three-digit code (``old_code``,
"851") names it in the DfE's tables and in lists of statistical neighbours; the Office
for National Statistics code (``new_code``, "E06000044") names it everywhere else. Its
ten **statistical neighbours** are the councils most like it (from the DfE's children's
services statistical neighbour benchmarking tool), closest first, as old codes.

Councils are reorganised now and then: some are abolished and others take over their
children's services on the same day. A **Reorganisation** says which and when, so a
council with no neighbours, or with no figures for a year, can say why in plain words.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from briefing_app.domain.dates import long_date
from briefing_app.domain.errors import NotFoundError
from briefing_app.domain.wording import joined

NEIGHBOURS_PUBLISHED = 10


@dataclass(frozen=True)
class CouncilName:
    """A council as a reorganisation names it: its old code and name."""

    old_code: str
    name: str


@dataclass(frozen=True)
class Reorganisation:
    """On ``on``, the ``abolished`` councils stopped and the ``created`` ones took over."""

    on: date
    abolished: tuple[CouncilName, ...]
    created: tuple[CouncilName, ...]
    source: str = ""

    @property
    def abolished_names(self) -> str:
        return joined([self.named(c, "former") for c in self.abolished])

    @property
    def created_names(self) -> str:
        return joined([self.named(c, "new") for c in self.created])

    def named(self, council: CouncilName, which: str) -> str:
        """The name, as "the new Dorset council" where a council of the same name was
        both abolished and created."""
        names = [c.name for c in self.abolished] + [c.name for c in self.created]
        if names.count(council.name) > 1:
            return f"the {which} {council.name} council"
        return council.name


@dataclass(frozen=True)
class Council:
    old_code: str
    new_code: str
    name: str
    region_code: str
    region_name: str
    neighbours: tuple[str, ...] = ()
    abolished_by: Reorganisation | None = None
    created_by: Reorganisation | None = None
    aliases: tuple[str, ...] = field(default=(), compare=False)

    @property
    def abolished(self) -> bool:
        return self.abolished_by is not None

    @property
    def abolished_on(self) -> date | None:
        return self.abolished_by.on if self.abolished_by else None

    @property
    def created_on(self) -> date | None:
        return self.created_by.on if self.created_by else None

    @property
    def label(self) -> str:
        """The name, with "(abolished 1 April 2019)" after a council that no longer runs
        services (two councils have been called Dorset)."""
        if self.abolished_by is not None:
            return f"{self.name} (abolished {long_date(self.abolished_by.on)})"
        return self.name

    def existed_on(self, day: date) -> bool:
        """True if the council ran children's services on ``day``."""
        if self.abolished_by is not None and day >= self.abolished_by.on:
            return False
        return not (self.created_by is not None and day < self.created_by.on)

    @property
    def history(self) -> str:
        """What reorganisation did to the council, in a sentence (empty if nothing)."""
        parts = []
        if self.created_by is not None:
            change = self.created_by
            others = [change.named(c, "new") for c in change.created if c.old_code != self.old_code]
            shared = f", with {joined(others)}," if others else ""
            parts.append(
                f"{self.name} took over children's services{shared} from "
                f"{self.created_by.abolished_names} on {long_date(self.created_by.on)}."
            )
        if self.abolished_by is not None:
            parts.append(
                f"{self.name} was abolished on {long_date(self.abolished_by.on)}: "
                f"{self.abolished_by.created_names} took over its children's services."
            )
        return " ".join(parts)

    @property
    def neighbours_note(self) -> str:
        """Why the council has fewer than ten statistical neighbours (empty if it has ten)."""
        if len(self.neighbours) >= NEIGHBOURS_PUBLISHED:
            return ""
        if not self.neighbours:
            why = f" {self.history}" if self.abolished else ""
            return f"{self.name} has no statistical neighbours in the DfE's list.{why}"
        return (
            f"{self.name} has only {len(self.neighbours)} statistical neighbours in the DfE's list."
        )

    def no_figure_note(self, period_end: date, period_label: str) -> str:
        """Why there may be no figure for the council for a period, in a sentence."""
        if self.created_by is not None and period_end < self.created_by.on:
            return (
                f"There is no figure for {self.name} for the {period_label}: the council "
                f"took over children's services on {long_date(self.created_by.on)}. "
                f"Figures for that year are for {self.created_by.abolished_names}."
            )
        if self.abolished_by is not None and period_end >= self.abolished_by.on:
            return (
                f"There is no figure for {self.name} for the {period_label}: the council "
                f"was abolished on {long_date(self.abolished_by.on)}. Figures from then "
                f"on are for {self.abolished_by.created_names}."
            )
        return f"The DfE published no figure for {self.name} for the {period_label}."


class UnknownCouncilError(NotFoundError):
    """No council matches what was asked for. ``closest`` lists the nearest names."""

    def __init__(self, query: str, closest: tuple[str, ...]) -> None:
        if closest:
            quoted = [f"“{name}”" for name in closest]
            listed = quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} or {quoted[-1]}"
            advice = f"Did you mean {listed}?"
        else:
            advice = "Give the council's name, its three-digit DfE code or its ONS code."
        super().__init__(f"There is no English council called “{query}”.", advice)
        self.query = query
        self.closest = closest


# Words people put around a council's name that the DfE's names leave out: "Portsmouth
# City Council", "London Borough of Brent", "Bristol, City of".
_COUNCIL_WORD = re.compile(
    r"\b(?:metropolitan (?:borough|district)|borough|city|county|district)?\s*council\b"
    # A review of a council's safeguarding children board is about the council's area.
    r"|\b(?:local )?safeguarding children (?:board|partnership)\b"
)
_PREFIX = re.compile(
    r"^(?:the )?(?:london borough of|royal borough of|borough of|city of|county of) "
)
_SUFFIX = re.compile(r",? (?:city|county) of$")


def name_key(text: str) -> str:
    """A name reduced for matching: case, punctuation and spacing ignored, "&" read as
    "and", "St." as "St"."""
    text = text.casefold().replace("&", " and ").replace("’", "'")
    text = re.sub(r"[^\w ]", " ", text.replace("'", ""))
    return " ".join(text.split())


def _bare_key(text: str, *, prefix: bool) -> str:
    """The key without the council words around the place name (and, if ``prefix``,
    without "City of" and the like in front: a query may add them, but the DfE's
    "City of London" needs its own)."""
    key = _SUFFIX.sub("", _COUNCIL_WORD.sub(" ", name_key(text)).strip())
    if prefix:
        key = _PREFIX.sub("", key)
    return " ".join(key.split())


class CouncilDirectory:
    """Every council the app knows, found by old code, new code or name."""

    def __init__(self, councils: Iterable[Council]) -> None:
        self._councils = tuple(sorted(councils, key=lambda c: (c.name, c.abolished)))
        self._by_old = {c.old_code: c for c in self._councils}
        self._by_new: dict[str, Council] = {}
        self._by_name: dict[str, list[Council]] = {}
        for council in self._councils:
            # A code reused by a council re-formed under a new name keeps the newer one.
            held = self._by_new.get(council.new_code.casefold())
            if held is None or held.abolished:
                self._by_new[council.new_code.casefold()] = council
            for name in (council.name, *council.aliases):
                for key in {name_key(name), _bare_key(name, prefix=False)}:
                    self._by_name.setdefault(key, []).append(council)

    def __iter__(self) -> Iterator[Council]:
        return iter(self._councils)

    def __len__(self) -> int:
        return len(self._councils)

    def __contains__(self, old_code: object) -> bool:
        return old_code in self._by_old

    def get(self, old_code: str) -> Council | None:
        return self._by_old.get(old_code)

    def current(self) -> tuple[Council, ...]:
        """The councils not abolished."""
        return tuple(c for c in self._councils if not c.abolished)

    def neighbours_of(self, council: Council) -> tuple[Council, ...]:
        """The council's statistical neighbours the directory knows, closest first."""
        return tuple(c for code in council.neighbours if (c := self._by_old.get(code)))

    def find(self, text: str) -> Council:
        """The council with this old code, new code or name (any case, "Council" or
        "City of" added or not). A name shared by a council abolished and one formed in
        its place finds the one running services now.

        Raises UnknownCouncilError, listing the closest names, when nothing matches.
        """
        query = text.strip()
        if query in self._by_old:
            return self._by_old[query]
        if query.casefold() in self._by_new:
            return self._by_new[query.casefold()]
        keys = (name_key(query), _bare_key(query, prefix=False), _bare_key(query, prefix=True))
        for key in dict.fromkeys(keys):
            found = self._by_name.get(key)
            if found:
                current = [c for c in found if not c.abolished]
                return (current or found)[0]
        shortened = self._shortened(keys[-1])
        if shortened is not None:
            return shortened
        raise UnknownCouncilError(query, self.closest_names(query))

    def _shortened(self, key: str) -> Council | None:
        """The one council running services now whose name begins with the words of
        ``key`` ("Newcastle" for "Newcastle upon Tyne"), if only one does."""
        if not key:
            return None
        found = {
            c.old_code: c
            for name, councils in self._by_name.items()
            if name.startswith(f"{key} ")
            for c in councils
            if not c.abolished
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def match(self, text: str) -> Council | None:
        """The council ``text`` names (as ``find``), or None when it names none."""
        try:
            return self.find(text)
        except UnknownCouncilError:
            return None

    def closest_names(self, text: str, count: int = 5) -> tuple[str, ...]:
        """The names most like ``text``, most alike first (difflib's ratio, at least 0.6)."""
        names: dict[str, str] = {}
        for council in self._councils:
            for name in (council.name, *council.aliases):
                names.setdefault(_bare_key(name, prefix=False), council.name)
        wanted = _bare_key(text, prefix=True)
        keys = difflib.get_close_matches(wanted, list(names), n=count * 2, cutoff=0.6)
        return tuple(dict.fromkeys(names[key] for key in keys))[:count]
