"""A council's Ofsted grades over time, as a chart definition (see ``domain/charts.py``):
the window draws it with QPainter and a pack could draw it with reportlab, from this one
definition.

A TREND chart: one category per graded report, oldest on the left; the value axis is
Ofsted's four grades, best at the top (4 outstanding, 3 good, 2 requires improvement or
adequate, 1 inadequate: see ``history.grade_level``). Overall effectiveness is the
emphasised series, each point labelled with its grade in words and symbol; up to three
other judgements made in at least two of the reports follow, dashed, each with its own
marker. The description gives every grade in words, so nothing rests on the picture or
on colour. Letters without grades (focused and monitoring visits) are left out of the
chart and said to be.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing_app.domain.charts import (
    COMPARATOR_COLOURS,
    OURS_COLOUR,
    Axis,
    Chart,
    ChartKind,
    Marker,
    Point,
    Series,
)
from briefing_app.domain.dates import month_year
from briefing_app.domain.history import JudgedReport, grade_level
from briefing_app.domain.outcomes import ComparatorKind
from briefing_app.domain.reports import Framework, Grade, JudgementArea, ReportKind

# The figures charts' colours (each stands out on white and from the others in grey; the
# window has a high-contrast colour for each), overall effectiveness in our council's.
_COLOURS = (
    OURS_COLOUR,
    COMPARATOR_COLOURS[ComparatorKind.STATISTICAL_NEIGHBOURS],
    COMPARATOR_COLOURS[ComparatorKind.ENGLAND],
    COMPARATOR_COLOURS[ComparatorKind.REGION],
)
_MARKERS = (Marker.CIRCLE, Marker.SQUARE, Marker.DIAMOND, Marker.TRIANGLE)
OTHER_AREAS = 3


def grade_axis(adequate: bool) -> Axis:
    """Ofsted's four grades, inadequate at the bottom; the third is "requires improvement"
    (or "adequate", for inspections before 2013) when ``adequate``."""
    third = Grade.REQUIRES_IMPROVEMENT.text
    if adequate:
        third = f"{third} or {Grade.ADEQUATE.label.lower()}"
    ticks = (
        (1.0, Grade.INADEQUATE.text),
        (2.0, third),
        (3.0, Grade.GOOD.text),
        (4.0, Grade.OUTSTANDING.text),
    )
    return Axis(0.5, 4.5, ticks, "Ofsted grade")


def report_category(report: JudgedReport) -> str:
    """ "July 2014", with what the report was when it was not a full inspection."""
    when = month_year(report.inspection_end)
    if report.kind is ReportKind.INSPECTION:
        return when
    if report.kind is ReportKind.LSCB_REVIEW:
        return f"{when} (LSCB review)"
    return f"{when} ({report.kind.label})"


def grade_chart(name: str, reports: Sequence[JudgedReport]) -> Chart | None:
    """``name``'s grades in every graded report of ``reports``, oldest first; None when
    none of them is graded."""
    graded = sorted((r for r in reports if r.judgements), key=lambda r: (r.inspection_end, r.id))
    if not graded:
        return None
    categories = _unique([report_category(r) for r in graded])
    areas = [JudgementArea.OVERALL_EFFECTIVENESS, *_other_areas(graded)]
    series = []
    for number, area in enumerate(areas):
        points = []
        for category, report in zip(categories, graded, strict=True):
            judgement = report.judgement(area)
            if judgement is not None:
                points.append(
                    Point(category, float(grade_level(judgement.grade)), judgement.grade.text)
                )
        if not points:
            continue
        series.append(
            Series(
                area.label,
                _COLOURS[number],
                tuple(points),
                emphasis=number == 0,
                dashed=number > 0,
                marker=_MARKERS[number],
            )
        )
    if not series:
        return None
    notes = _notes(graded, reports)
    return Chart(
        kind=ChartKind.TREND,
        title=f"{name}: Ofsted's grades over time",
        categories=tuple(categories),
        series=tuple(series),
        axis=grade_axis(any(j.grade is Grade.ADEQUATE for r in graded for j in r.judgements)),
        description=_description(name, series, notes),
        notes=notes,
    )


def _other_areas(graded: Sequence[JudgedReport]) -> list[JudgementArea]:
    """The judgements other than overall effectiveness made in at least two of the
    reports, in the order Ofsted's areas are listed, at most ``OTHER_AREAS`` of them."""
    counted: list[JudgementArea] = [
        area
        for area in JudgementArea
        if area is not JudgementArea.OVERALL_EFFECTIVENESS
        and sum(r.judgement(area) is not None for r in graded) >= 2
    ]
    return counted[:OTHER_AREAS]


def _unique(categories: list[str]) -> list[str]:
    """The categories, with "(2)", "(3)" after a second and third report of one month."""
    seen: dict[str, int] = {}
    unique = []
    for category in categories:
        seen[category] = seen.get(category, 0) + 1
        unique.append(category if seen[category] == 1 else f"{category} ({seen[category]})")
    return unique


def _notes(graded: Sequence[JudgedReport], reports: Sequence[JudgedReport]) -> tuple[str, ...]:
    notes = ["Ofsted's four grades, the best at the top."]
    frameworks = {r.framework for r in graded}
    if len(frameworks) > 1:
        notes.append(
            "The reports were written under different frameworks, whose judgements Ofsted "
            "defines differently: a grade is placed by where it sits among its own "
            "framework's four."
        )
    if Framework.PRE_2013 in frameworks:
        notes.append(
            "Adequate, a grade of the inspections before 2013, is the third of their four "
            "grades, as requires improvement is of later ones; they do not mean the same."
        )
    letters = len(reports) - len(graded)
    if letters:
        notes.append(
            f"{_letters(letters)} without grades (after a visit) "
            f"{'is' if letters == 1 else 'are'} not drawn."
        )
    return tuple(notes)


def _letters(count: int) -> str:
    return "One letter" if count == 1 else f"{count} letters"


def _description(name: str, series: list[Series], notes: tuple[str, ...]) -> str:
    parts = [f"Line chart of {name}'s Ofsted grades over time."]
    for one in series:
        grades = "; ".join(f"{p.category}: {p.label}" for p in one.points)
        parts.append(f"{one.name}: {grades}.")
    return " ".join([*parts, *notes])
