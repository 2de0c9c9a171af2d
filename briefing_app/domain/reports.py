"""Inspection reports: judgements, findings, recommendations and strengths.

These are the words of an Ofsted inspection. The text of a finding is always the
report's own wording; anything the app writes about it lives in separate fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import Enum

from briefing_app.domain.dates import date_span, month_year


class ReportKind(Enum):
    """What sort of report Ofsted wrote. The values are stable identifiers used in files."""

    INSPECTION = "inspection"
    REINSPECTION = "reinspection"
    LSCB_REVIEW = "lscb_review"
    FOCUSED_VISIT = "focused_visit"
    MONITORING_VISIT = "monitoring_visit"
    JTAI = "jtai"

    @property
    def label(self) -> str:
        """The kind in words, as a councillor would read it."""
        return _KIND_LABELS[self]

    @property
    def graded(self) -> bool:
        """True for the kinds of report that give grades; visits and joint inspections are
        letters of findings without them."""
        return self in (ReportKind.INSPECTION, ReportKind.REINSPECTION, ReportKind.LSCB_REVIEW)


_KIND_LABELS = {
    ReportKind.INSPECTION: "inspection",
    ReportKind.REINSPECTION: "re-inspection",
    ReportKind.LSCB_REVIEW: "review of the Local Safeguarding Children Board (LSCB)",
    ReportKind.FOCUSED_VISIT: "focused visit",
    ReportKind.MONITORING_VISIT: "monitoring visit",
    ReportKind.JTAI: "joint targeted area inspection (JTAI)",
}


def report_name(
    authority: str, inspection_end: date, kind: ReportKind = ReportKind.INSPECTION
) -> str:
    """ "Portsmouth, July 2014": how a report is named in lists, links and headings. A
    report other than a full inspection says what it is: "Surrey, June 2015 (review of the
    Local Safeguarding Children Board (LSCB))"."""
    name = f"{authority}, {month_year(inspection_end)}"
    return name if kind is ReportKind.INSPECTION else f"{name} ({kind.label})"


class Framework(Enum):
    """The inspection framework a report was written under."""

    PRE_2013 = "pre-2013"
    SIF = "SIF"
    ILACS = "ILACS"

    @property
    def description(self) -> str:
        if self is Framework.PRE_2013:
            return (
                "Inspections of safeguarding and of services for looked after children, "
                "used from 2009 to 2013"
            )
        if self is Framework.SIF:
            return "Single inspection framework (SIF), used from 2013 to 2017"
        return "Inspection of local authority children's services (ILACS), used from 2018"


class Grade(Enum):
    """An Ofsted grade, best first. ``adequate`` belongs to frameworks before 2014."""

    OUTSTANDING = "outstanding"
    GOOD = "good"
    REQUIRES_IMPROVEMENT = "requires improvement"
    ADEQUATE = "adequate"
    INADEQUATE = "inadequate"

    @property
    def label(self) -> str:
        """The grade as a councillor would read it."""
        return self.value.capitalize()

    @property
    def rank(self) -> int:
        """1 for the best grade, larger for worse ones."""
        return list(Grade).index(self) + 1

    @property
    def meaning(self) -> str:
        return _GRADE_MEANINGS[self]

    @property
    def is_below_good(self) -> bool:
        return self.rank > Grade.GOOD.rank

    @property
    def symbol(self) -> str:
        """A mark that goes with the words, so the grade reads without colour vision."""
        return _GRADE_SYMBOLS[self]

    @property
    def text(self) -> str:
        """ "✓ Good": how the window and the packs show a grade."""
        return f"{self.symbol} {self.label}"

    @property
    def colours(self) -> tuple[str, str]:
        """Background and text colours, the same on screen and in packs."""
        return _GRADE_COLOURS[self]


# Ofsted's own words for what each grade means, and nothing added: from "What the
# inspection judgements mean" in its inspections of services for children in need of help
# and protection, children looked after and care leavers (for example Portsmouth, 2014,
# page 35), and, for Adequate, the four-point scale of its 2009 to 2013 inspections
# (for example Medway, 2013, paragraph 3). "The council" stands for "the local authority".
_GRADE_MEANINGS = {
    Grade.OUTSTANDING: (
        "Ofsted: the council leads highly effective services that contribute to "
        "significantly improved outcomes for children and young people who need help and "
        "protection and care. Their progress exceeds expectations and is sustained over time."
    ),
    Grade.GOOD: (
        "Ofsted: the council leads effective services that help, protect and care for "
        "children and young people, and those who are looked after and care leavers have "
        "their welfare safeguarded and promoted."
    ),
    Grade.REQUIRES_IMPROVEMENT: (
        "Ofsted: there are no widespread or serious failures that create or leave children "
        "being harmed or at risk of harm. The welfare of looked after children is "
        "safeguarded and promoted. Minimum requirements are in place, however, the council "
        "is not yet delivering good protection, help and care for children, young people and "
        "families."
    ),
    Grade.ADEQUATE: (
        "A grade of Ofsted's inspections from 2009 to 2013. Ofsted: a service that only "
        "meets minimum requirements."
    ),
    Grade.INADEQUATE: (
        "Ofsted: there are widespread or serious failures that create or leave children "
        "being harmed or at risk of harm or result in children looked after or care "
        "leavers not having their welfare safeguarded and promoted."
    ),
}

_GRADE_SYMBOLS = {
    Grade.OUTSTANDING: "★",
    Grade.GOOD: "✓",
    Grade.REQUIRES_IMPROVEMENT: "!",
    Grade.ADEQUATE: "!",
    Grade.INADEQUATE: "✗",
}
# Background and text colours with a contrast ratio of at least 4.5:1 (WCAG AA).
_GRADE_COLOURS = {
    Grade.OUTSTANDING: ("#0b5d1e", "#ffffff"),
    Grade.GOOD: ("#d7f0dc", "#0b3d17"),
    Grade.REQUIRES_IMPROVEMENT: ("#ffe8a3", "#4d3800"),
    Grade.ADEQUATE: ("#ffe8a3", "#4d3800"),
    Grade.INADEQUATE: ("#b00020", "#ffffff"),
}

# Most specific phrases first: "requires improvement to be good" must not read as "good".
_GRADE_PATTERNS: tuple[tuple[str, Grade], ...] = (
    (r"\brequires?\s+improvement\b", Grade.REQUIRES_IMPROVEMENT),
    (r"\boutstanding\b", Grade.OUTSTANDING),
    (r"\binadequate\b", Grade.INADEQUATE),
    (r"\badequate\b", Grade.ADEQUATE),
    (r"\bgood\b", Grade.GOOD),
)


def grade_from_text(text: str) -> Grade | None:
    """Find the grade named in a phrase such as "Requires Improvement" or "is good"."""
    for pattern, grade in _GRADE_PATTERNS:
        if re.search(pattern, text, re.I):
            return grade
    return None


class JudgementArea(Enum):
    """What a judgement is about. The values are stable identifiers used in files and JSON."""

    OVERALL_EFFECTIVENESS = "overall_effectiveness"
    IMPACT_OF_LEADERS = "impact_of_leaders"
    HELP_AND_PROTECTION = "help_and_protection"
    CHILDREN_IN_CARE = "children_in_care"
    CARE_LEAVERS = "care_leavers"
    LOOKED_AFTER_AND_PERMANENCE = "looked_after_and_permanence"
    ADOPTION = "adoption"
    LEADERSHIP = "leadership"
    LSCB = "lscb"
    CAPACITY_TO_IMPROVE = "capacity_to_improve"
    QUALITY_OF_PROVISION = "quality_of_provision"

    @property
    def label(self) -> str:
        return _AREA_LABELS[self]


_AREA_LABELS = {
    JudgementArea.OVERALL_EFFECTIVENESS: "Overall effectiveness",
    JudgementArea.IMPACT_OF_LEADERS: "Impact of leaders on social work practice",
    JudgementArea.HELP_AND_PROTECTION: "Children who need help and protection",
    JudgementArea.CHILDREN_IN_CARE: "Children in care",
    JudgementArea.CARE_LEAVERS: "Care leavers",
    JudgementArea.LOOKED_AFTER_AND_PERMANENCE: "Children looked after and achieving permanence",
    JudgementArea.ADOPTION: "Adoption performance",
    JudgementArea.LEADERSHIP: "Leadership, management and governance",
    JudgementArea.LSCB: "Local Safeguarding Children Board (LSCB)",
    JudgementArea.CAPACITY_TO_IMPROVE: "Capacity to improve",
    JudgementArea.QUALITY_OF_PROVISION: "Quality of provision",
}

# Checked in order; the first pattern found in a judgement's label decides its area.
# Kept as strings (``re`` caches them once used) so importing this module stays quick.
_AREA_PATTERNS: tuple[tuple[str, JudgementArea], ...] = (
    (r"overall\s+effectiveness", JudgementArea.OVERALL_EFFECTIVENESS),
    (r"impact\s+of\s+leaders", JudgementArea.IMPACT_OF_LEADERS),
    (r"safeguarding\s+children\s+board|\bLSCB\b", JudgementArea.LSCB),
    (r"help\s+and\s+protection", JudgementArea.HELP_AND_PROTECTION),
    (r"adoption", JudgementArea.ADOPTION),
    (r"achieving\s+permanence", JudgementArea.LOOKED_AFTER_AND_PERMANENCE),
    (
        r"children\s+in\s+care|children\s+looked\s+after|looked\s+after\s+children",
        JudgementArea.CHILDREN_IN_CARE,
    ),
    (r"care\s+leavers", JudgementArea.CARE_LEAVERS),
    (r"leadership", JudgementArea.LEADERSHIP),
    (r"capacity\s+(?:to|for)\s+improve", JudgementArea.CAPACITY_TO_IMPROVE),
    (r"quality\s+of\s+provision", JudgementArea.QUALITY_OF_PROVISION),
)


def area_from_label(label: str) -> JudgementArea | None:
    """Map a judgement's wording in a report to its area.

    "Children in care and care leavers" (ILACS 2018-2022) counts as children in care.
    """
    for pattern, area in _AREA_PATTERNS:
        if re.search(pattern, label, re.I):
            return area
    return None


class Part(Enum):
    """Which body a paragraph is about: the council, or the safeguarding board reviewed with it."""

    LOCAL_AUTHORITY = "local_authority"
    LSCB = "lscb"

    @property
    def label(self) -> str:
        if self is Part.LOCAL_AUTHORITY:
            return "The local authority"
        return "The Local Safeguarding Children Board (LSCB)"


@dataclass(frozen=True)
class Judgement:
    """Ofsted's grade for one area, and the area's name as the report words it."""

    area: JudgementArea
    grade: Grade
    label: str = ""

    @property
    def title(self) -> str:
        return self.label or self.area.label


@dataclass(frozen=True)
class Finding:
    """One numbered paragraph of a report, in the report's own words."""

    paragraph: int
    text: str
    section: str
    part: Part = Part.LOCAL_AUTHORITY
    subsection: str = ""
    summary: str = ""
    themes: tuple[str, ...] = ()

    @property
    def heading(self) -> str:
        if self.subsection:
            return f"{self.section}: {self.subsection}"
        return self.section


def finding_area(finding: Finding) -> JudgementArea | None:
    """The judgement a finding bears on: the one its section is about, if any."""
    if finding.part is Part.LSCB:
        return JudgementArea.LSCB
    return area_from_label(finding.section)


@dataclass(frozen=True)
class Recommendation:
    """Something the inspectors asked the council (or board) to improve.

    SIF reports number their recommendations as paragraphs; ILACS reports list them as
    bullets under "What needs to improve", so ``paragraph`` is None. ``number`` is the
    recommendation's place in the report's list of them, from 1.
    """

    paragraph: int | None
    text: str
    priority: bool
    topic: str = ""
    part: Part = Part.LOCAL_AUTHORITY
    evidence: tuple[int, ...] = ()
    number: int = 0

    @property
    def kind_label(self) -> str:
        return "Priority and immediate action" if self.priority else "Area for improvement"

    @property
    def reference(self) -> str:
        """Where the report gives it: "Paragraph 13", or "Point 2 of what needs to improve"."""
        if self.paragraph is not None:
            return f"Paragraph {self.paragraph}"
        return f"Point {self.number} of what needs to improve"


@dataclass(frozen=True)
class Strength:
    """A paragraph under the report's strengths (of the council, or of the LSCB)."""

    paragraph: int
    part: Part = Part.LOCAL_AUTHORITY


@dataclass(frozen=True)
class InspectionReport:
    """A whole inspection report: who, when, the judgements and every numbered paragraph."""

    authority: str
    framework: Framework
    inspection_start: date
    inspection_end: date
    published: date | None
    judgements: tuple[Judgement, ...]
    findings: tuple[Finding, ...]
    recommendations: tuple[Recommendation, ...] = ()
    strengths: tuple[Strength, ...] = ()
    source_name: str = ""
    id: int | None = None
    title: str = ""
    kind: ReportKind = ReportKind.INSPECTION
    # What looked wrong when the report was read (see ``importers.report_checks``): the
    # report was read, but these parts may not be as Ofsted printed them.
    warnings: tuple[str, ...] = ()

    @property
    def overall(self) -> Judgement | None:
        return self.judgement(JudgementArea.OVERALL_EFFECTIVENESS)

    def judgement(self, area: JudgementArea) -> Judgement | None:
        return next((j for j in self.judgements if j.area is area), None)

    def finding(self, paragraph: int) -> Finding | None:
        return next((f for f in self.findings if f.paragraph == paragraph), None)

    @property
    def paragraph_range(self) -> tuple[int, int]:
        numbers = [f.paragraph for f in self.findings]
        return (min(numbers), max(numbers)) if numbers else (0, 0)

    @property
    def short_title(self) -> str:
        return report_name(self.authority, self.inspection_end, self.kind)

    @property
    def inspection_dates(self) -> str:
        return date_span(self.inspection_start, self.inspection_end)


@dataclass(frozen=True)
class ReportHeader:
    """A report without its paragraphs: enough to list and choose reports."""

    id: int
    authority: str
    framework: Framework
    inspection_start: date
    inspection_end: date
    published: date | None
    overall: Grade | None
    kind: ReportKind = ReportKind.INSPECTION
    # The council the report is about (its old DfE code), if it is one the app knows.
    council: str | None = None

    @property
    def short_title(self) -> str:
        return report_name(self.authority, self.inspection_end, self.kind)


def group_by_section(findings: Iterable[Finding]) -> list[tuple[str, list[Finding]]]:
    """Findings in report order, grouped under the section heading they sit in."""
    groups: list[tuple[str, list[Finding]]] = []
    for finding in sorted(findings, key=lambda f: f.paragraph):
        key = finding.section
        if finding.part is Part.LSCB and not key.startswith("LSCB"):
            key = f"LSCB: {key}"
        if groups and groups[-1][0] == key:
            groups[-1][1].append(finding)
        else:
            groups.append((key, [finding]))
    return groups
