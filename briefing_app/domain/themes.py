"""Themes: what a finding, question or figure is about, in words a councillor uses.

A finding is tagged with every theme whose words it uses. The keys are stable
identifiers used in data files; the labels are what people see.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from briefing_app.domain.reports import InspectionReport


@dataclass(frozen=True)
class Theme:
    key: str
    label: str
    description: str
    patterns: tuple[str, ...]


THEMES: tuple[Theme, ...] = (
    Theme(
        "early-help",
        "Early help",
        "Help for children and families when problems first appear.",
        (
            r"early help",
            r"\bCAFs?\b",
            r"Common Assessment Framework",
            r"Team around the Child",
            r"\bTAC\b",
            r"children['’]s centres?",
            r"Joint Action Team",
            r"\bJAT\b",
            r"step(?:ping)? ?up",
            r"thresholds?",
        ),
    ),
    Theme(
        "child-protection",
        "Child protection",
        "Keeping children safe from abuse and neglect.",
        (
            r"child protection",
            r"strategy (?:meeting|discussion)",
            r"section 47",
            r"\bS47\b",
            r"domestic (?:abuse|violence)",
            r"\bMARAC\b",
            r"neglect",
            r"risk of harm",
            r"\bLADO\b",
            r"safeguard",
        ),
    ),
    Theme(
        "missing-and-exploitation",
        "Missing children and exploitation",
        "Children who go missing, and children at risk of sexual or criminal exploitation.",
        (
            r"\bmissing\b",
            r"\bCSE\b",
            r"sexual(?:ly)? exploit",
            r"exploitation",
            r"traffick",
            r"return interviews?",
        ),
    ),
    Theme(
        "placements",
        "Homes and placement stability",
        "Where children in care live, how near home, and whether their home lasts.",
        (
            r"placements?\b",
            r"\bfoster",
            r"residential",
            r"children['’]s homes?",
            r"sibling",
            r"brothers and sisters",
            r"stability",
            r"miles from",
        ),
    ),
    Theme(
        "health",
        "Health",
        "Physical and mental health, health checks and health histories.",
        (
            r"\bhealth\b",
            r"dental",
            r"immunisation",
            r"\bCAMHS\b",
            r"mental (?:ill )?health",
            r"medical",
            r"substance misuse",
            r"drug and alcohol",
        ),
    ),
    Theme(
        "education",
        "Education",
        "School, progress, and the virtual school's support.",
        (
            r"educat",
            r"\bschools?\b",
            r"\bPEPs?\b",
            r"Personal Education Plan",
            r"virtual school",
            r"attainment",
            r"Pupil Premium",
            r"exclusion",
        ),
    ),
    Theme(
        "care-leavers",
        "Care leavers",
        "Young people leaving care: support, housing, work and rights.",
        (
            r"care leavers?",
            r"pathway plans?",
            r"leaving care",
            r"staying put",
            r"\bNEET\b",
            r"independen(?:ce|t living)",
            r"accommodation",
        ),
    ),
    Theme(
        "adoption-and-permanence",
        "Adoption and permanence",
        "Finding children a lasting family: adoption, special guardianship and the courts.",
        (
            r"adopt",
            r"permanen",
            r"special guardianship",
            r"\bSGOs?\b",
            r"court proceedings",
            r"care proceedings",
            r"matching",
        ),
    ),
    Theme(
        "voice-of-the-child",
        "Children's voices",
        "Whether children are heard, take part in decisions and can complain.",
        (
            r"voice of the child",
            r"child['’]s voice",
            r"wishes(?:,)? and feelings",
            r"Children in Care Council",
            r"\bCICC\b",
            r"participat",
            r"complain",
            r"advoca",
            r"listen",
        ),
    ),
    Theme(
        "offending",
        "Offending",
        "Children in care who get into trouble with the law.",
        (r"offend", r"criminal justice", r"youth offending"),
    ),
    Theme(
        "corporate-parenting",
        "Corporate parenting and governance",
        "How councillors and senior leaders oversee, challenge and champion children in care.",
        (
            r"elected members?",
            r"councillors?",
            r"corporate parent",
            r"scrutin",
            r"Lead Member",
            r"Chief Executive",
            r"Director of Children['’]s Services",
            r"governance",
        ),
    ),
    Theme(
        "workforce",
        "Social work practice and workforce",
        "Social workers' caseloads, supervision, training and the quality of their work.",
        (
            r"social workers?",
            r"caseloads?",
            r"supervision",
            r"recruitment",
            r"workforce",
            r"quality assurance",
            r"audits?\b",
            r"management oversight",
        ),
    ),
    Theme(
        "partnership",
        "Partnership and the safeguarding board",
        "How the council works with police, health, schools and the safeguarding board.",
        (
            r"\bLSCB\b",
            r"\bPSCB\b",
            r"Safeguarding Children Board",
            r"\bpartners?\b",
            r"multi-agency",
        ),
    ),
    Theme(
        "private-fostering",
        "Private fostering",
        "Children living with someone who is not a close relative, arranged privately.",
        (r"private(?:ly)? fost",),
    ),
    Theme(
        "consent-and-information",
        "Consent and information sharing",
        "Asking parents' consent and sharing information safely between agencies.",
        (
            r"\bconsent\b",
            r"information shar",
            r"share information",
            r"management information",
            r"\bdata\b",
        ),
    ),
    Theme(
        "diversity",
        "Diversity and disability",
        "Meeting the needs of disabled children and of every culture and ethnicity.",
        (r"disab", r"ethnic", r"diversity", r"\bcultur", r"\brace\b", r"asylum"),
    ),
)

THEMES_BY_KEY: dict[str, Theme] = {theme.key: theme for theme in THEMES}


@cache
def _compiled() -> tuple[tuple[str, re.Pattern[str]], ...]:
    # Matched against lower-cased text: much quicker than re.IGNORECASE. The patterns use
    # no escapes whose meaning changes with case (\b stays \b).
    return tuple(
        (theme.key, re.compile("|".join(f"(?:{p.lower()})" for p in theme.patterns)))
        for theme in THEMES
    )


def themes_for(text: str) -> tuple[str, ...]:
    """The keys of every theme the text speaks of, in the order of ``THEMES``."""
    lowered = text.lower()
    return tuple(key for key, pattern in _compiled() if pattern.search(lowered))


def tag_report(report: InspectionReport) -> InspectionReport:
    """The report with each finding tagged with the themes its words speak of."""
    findings = tuple(replace(f, themes=themes_for(f.text)) for f in report.findings)
    return replace(report, findings=findings)


def theme_label(key: str) -> str:
    theme = THEMES_BY_KEY.get(key)
    return theme.label if theme else key
