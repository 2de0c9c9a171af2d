"""The seven corporate parenting principles, in the words of the law.

Section 1(1) of the Children and Social Work Act 2017 says that a local authority in
England must, in carrying out functions in relation to children in its care and care
leavers, "have regard to the need" for each of the seven things below. Every scrutiny
question is tagged with the principle it tests.

The wording is quoted from the Act as enacted (legislation.gov.uk/ukpga/2017/16/section/1),
which contains public sector information licensed under the Open Government Licence v3.0.
"""

from __future__ import annotations

from dataclasses import dataclass

ACT = "Children and Social Work Act 2017, section 1(1)"


@dataclass(frozen=True)
class Principle:
    """One corporate parenting principle.

    ``key`` is a stable identifier used in data files; ``letter`` is its paragraph in
    section 1(1); ``wording`` is the Act's own text; ``label`` is a short plain-English name.
    """

    key: str
    letter: str
    label: str
    wording: str

    @property
    def citation(self) -> str:
        return f"{ACT}({self.letter})"

    @property
    def title(self) -> str:
        """The label with its place in the Act, e.g. "(f) Safe and stable"."""
        return f"({self.letter}) {self.label}"


PRINCIPLES: tuple[Principle, ...] = (
    Principle(
        "best-interests",
        "a",
        "Best interests, health and well-being",
        "to act in the best interests, and promote the physical and mental health and "
        "well-being, of those children and young people",
    ),
    Principle(
        "express-views",
        "b",
        "Helped to say what they think",
        "to encourage those children and young people to express their views, wishes and feelings",
    ),
    Principle(
        "take-account-of-views",
        "c",
        "Their views taken into account",
        "to take into account the views, wishes and feelings of those children and young people",
    ),
    Principle(
        "access-to-services",
        "d",
        "Help to get and use services",
        "to help those children and young people gain access to, and make the best use of, "
        "services provided by the local authority and its relevant partners",
    ),
    Principle(
        "high-aspirations",
        "e",
        "High hopes and the best outcomes",
        "to promote high aspirations, and seek to secure the best outcomes, for those children "
        "and young people",
    ),
    Principle(
        "safe-and-stable",
        "f",
        "Safe, with stable homes, relationships and schooling",
        "for those children and young people to be safe, and for stability in their home lives, "
        "relationships and education or work",
    ),
    Principle(
        "ready-for-adulthood",
        "g",
        "Ready for adult life",
        "to prepare those children and young people for adulthood and independent living",
    ),
)

PRINCIPLES_BY_KEY: dict[str, Principle] = {p.key: p for p in PRINCIPLES}


def principle(key: str) -> Principle:
    """The principle with this key. Raises KeyError for an unknown key."""
    return PRINCIPLES_BY_KEY[key]
