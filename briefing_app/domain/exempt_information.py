"""Exempt information: why part of a committee's papers is not for publication.

An English council may keep part of a meeting's papers from the public only when the
information falls within one of the seven descriptions in Part 1 of Schedule 12A to the
Local Government Act 1972, and (by paragraph 10 of Part 2) only while the public
interest in keeping it private outweighs the public interest in disclosing it. Papers
kept back say which paragraph applies: "Not for publication by virtue of paragraph 1 of
Part 1 of Schedule 12A to the Local Government Act 1972".

The officer preparing a meeting chooses the paragraph; a members' pack prints it on the
parts the public pack leaves out. ``wording`` is the Schedule's own text, as substituted
for England by the Local Government (Access to Information) (Variation) Order 2006
(SI 2006/88), from legislation.gov.uk (Crown copyright, Open Government Licence v3.0);
``meaning`` is ours, in plain English.
"""

from __future__ import annotations

from enum import Enum

SCHEDULE = "Schedule 12A to the Local Government Act 1972"


class ExemptParagraph(Enum):
    """A paragraph of Part 1 of Schedule 12A (England); the value is its number."""

    INDIVIDUAL = 1
    IDENTITY = 2
    FINANCIAL = 3
    LABOUR_RELATIONS = 4
    LEGAL_PRIVILEGE = 5
    NOTICES_AND_ORDERS = 6
    CRIME = 7

    @property
    def number(self) -> int:
        return int(self.value)

    @property
    def wording(self) -> str:
        """The paragraph's words in the Schedule."""
        return _WORDING[self]

    @property
    def meaning(self) -> str:
        """What the paragraph covers, in plain English."""
        return _MEANING[self]

    @property
    def citation(self) -> str:
        """ "paragraph 1 of Part 1 of Schedule 12A to the Local Government Act 1972"."""
        return f"paragraph {self.number} of Part 1 of {SCHEDULE}"

    @property
    def label(self) -> str:
        """For a list to choose from: "Paragraph 1: information about a particular person"."""
        return f"Paragraph {self.number}: {self.meaning[0].lower()}{self.meaning[1:]}"

    @property
    def notice(self) -> str:
        """The words that mark exempt papers, with the paragraph's own wording."""
        return (
            f"Not for publication by virtue of {self.citation}: "
            f"{self.wording[0].lower()}{self.wording[1:]}"
        )


# What most briefing papers kept from the public are: names, and figures small enough
# to point to a child. Used when no paragraph has been chosen for a meeting.
DEFAULT_EXEMPT_PARAGRAPH = ExemptParagraph.INDIVIDUAL

_WORDING = {
    ExemptParagraph.INDIVIDUAL: "Information relating to any individual.",
    ExemptParagraph.IDENTITY: (
        "Information which is likely to reveal the identity of an individual."
    ),
    ExemptParagraph.FINANCIAL: (
        "Information relating to the financial or business affairs of any particular "
        "person (including the authority holding that information)."
    ),
    ExemptParagraph.LABOUR_RELATIONS: (
        "Information relating to any consultations or negotiations, or contemplated "
        "consultations or negotiations, in connection with any labour relations matter "
        "arising between the authority or a Minister of the Crown and employees of, or "
        "office holders under, the authority."
    ),
    ExemptParagraph.LEGAL_PRIVILEGE: (
        "Information in respect of which a claim to legal professional privilege could "
        "be maintained in legal proceedings."
    ),
    ExemptParagraph.NOTICES_AND_ORDERS: (
        "Information which reveals that the authority proposes (a) to give under any "
        "enactment a notice under or by virtue of which requirements are imposed on a "
        "person; or (b) to make an order or direction under any enactment."
    ),
    ExemptParagraph.CRIME: (
        "Information relating to any action taken or to be taken in connection with the "
        "prevention, investigation or prosecution of crime."
    ),
}

_MEANING = {
    ExemptParagraph.INDIVIDUAL: "Information about a particular person.",
    ExemptParagraph.IDENTITY: "Information that could show who someone is.",
    ExemptParagraph.FINANCIAL: (
        "Information about anyone's money or business, the council's included."
    ),
    ExemptParagraph.LABOUR_RELATIONS: (
        "Talks, or planned talks, with the council's staff about their employment."
    ),
    ExemptParagraph.LEGAL_PRIVILEGE: (
        "Legal advice the council could keep private if it went to court."
    ),
    ExemptParagraph.NOTICES_AND_ORDERS: (
        "Information showing that the council plans to serve a legal notice on someone, "
        "or to make an order or direction."
    ),
    ExemptParagraph.CRIME: "Information about preventing, investigating or prosecuting crime.",
}
