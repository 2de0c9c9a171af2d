"""A workspace: one council's data, or the demonstration.

Every database is one workspace. A council's own workspace starts with the DfE's figures
for every council and nothing else from any report; its officers add their own reports,
figures and questions. The demonstration is Ofsted's 2014 report on Portsmouth with the
figures, summaries and questions written for it, and made-up councillors: it is always
said to be a demonstration, wherever it shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing_app.domain.councils import Council

# The demonstration: Ofsted's 2014 inspection of Portsmouth City Council (DfE code 851).
DEMONSTRATION_COUNCIL = "851"
DEMONSTRATION_YEAR = 2014
DEMONSTRATION_CHOICE = f"Try the demonstration (Portsmouth, {DEMONSTRATION_YEAR})"


@dataclass(frozen=True)
class Workspace:
    """Whose data a database holds: the council, and whether it is the demonstration."""

    council: Council
    demonstration: bool
    set_up_at: datetime | None = None

    @property
    def name(self) -> str:
        """The council's name as people say it ("Bristol", not "Bristol, City of")."""
        return spoken_name(self.council.name)

    @property
    def label(self) -> str:
        return workspace_label(self.council.name, self.demonstration)

    @property
    def short_label(self) -> str:
        return short_label(self.council.name, self.demonstration)

    @property
    def demonstration_notice(self) -> str:
        return demonstration_notice(self.council.name) if self.demonstration else ""


def workspace_label(council_name: str, demonstration: bool) -> str:
    """What a workspace is, in a few words: "Sheffield", or "Portsmouth — a
    demonstration, from Ofsted's 2014 report"."""
    name = spoken_name(council_name)
    if demonstration:
        return f"{name} — a demonstration, from Ofsted's {DEMONSTRATION_YEAR} report"
    return name


def short_label(council_name: str, demonstration: bool) -> str:
    """For a title bar or a running head: "Sheffield", "Portsmouth (demonstration)"."""
    name = spoken_name(council_name)
    return f"{name} (demonstration)" if demonstration else name


def demonstration_notice(council_name: str) -> str:
    """The sentences that say the data shown is the demonstration's."""
    return (
        f"Demonstration: Ofsted's {DEMONSTRATION_YEAR} findings on {spoken_name(council_name)}, "
        "with figures, summaries and questions written to show how the app works, and "
        "made-up councillors. It is not your council's data."
    )


def spoken_name(name: str) -> str:
    """A DfE council name as people say it: "Bristol, City of" -> "Bristol";
    "Herefordshire, County of" -> "Herefordshire". Other names are kept as they are."""
    place, comma, rest = name.partition(", ")
    if comma and rest in ("City of", "County of"):
        return place
    return name
