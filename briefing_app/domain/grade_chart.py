"""A council's overall Ofsted grade over time, as a chart definition (see
``domain/charts.py``): the window draws it with QPainter and a pack could draw it with
reportlab, from this one definition.

A TREND chart of one series, overall effectiveness: one category per report that gives
it, oldest on the left, each point labelled with its grade in words and symbol. The value
axis is Ofsted's four grades, best at the top (4 outstanding, 3 good, 2 requires
improvement or adequate, 1 inadequate: see ``history.grade_level``). Other judgements are
left to the words beside the chart: on four levels their lines would lie on each other
and hide one another. The description gives every grade in words, so nothing rests on
the picture or on colour, and the notes say which reports are not drawn and why (letters
after visits give no grades; a review of a safeguarding board alone judges only the
board).
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing_app.domain.chart_styles import OURS_COLOUR
from briefing_app.domain.charts import Axis, Chart, ChartKind, Point, Series
from briefing_app.domain.dates import month_year
from briefing_app.domain.history import JudgedReport, grade_level
from briefing_app.domain.reports import Framework, Grade, JudgementArea, ReportKind

OVERALL = JudgementArea.OVERALL_EFFECTIVENESS


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
    """``name``'s overall grade in each of ``reports`` that gives one, oldest first; None
    when none does."""
    drawn = sorted(
        (r for r in reports if r.judgement(OVERALL) is not None),
        key=lambda r: (r.inspection_end, r.id),
    )
    if not drawn:
        return None
    categories = _unique([report_category(r) for r in drawn])
    grades = [j.grade for r in drawn if (j := r.judgement(OVERALL)) is not None]
    points = [
        Point(category, float(grade_level(grade)), grade.text)
        for category, grade in zip(categories, grades, strict=True)
    ]
    series = Series(OVERALL.label, OURS_COLOUR, tuple(points), emphasis=True)
    notes = _notes(drawn, reports)
    in_words = "; ".join(f"{p.category}: {p.label}" for p in points)
    return Chart(
        kind=ChartKind.TREND,
        title=f"{name}: overall effectiveness over time",
        categories=tuple(categories),
        series=(series,),
        axis=grade_axis(Grade.ADEQUATE in grades),
        description=(
            f"Line chart of {name}'s overall effectiveness, as Ofsted graded it: {in_words}. "
            + " ".join(notes)
        ),
        notes=notes,
    )


def _unique(categories: list[str]) -> list[str]:
    """The categories, with "(2)", "(3)" after a second and third report of one month."""
    seen: dict[str, int] = {}
    unique = []
    for category in categories:
        seen[category] = seen.get(category, 0) + 1
        unique.append(category if seen[category] == 1 else f"{category} ({seen[category]})")
    return unique


def _notes(drawn: Sequence[JudgedReport], reports: Sequence[JudgedReport]) -> tuple[str, ...]:
    notes = ["Ofsted's four grades, the best at the top."]
    frameworks = {r.framework for r in drawn}
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
    letters = [r for r in reports if not r.judgements]
    if letters:
        notes.append(
            f"{_counted(len(letters), 'letter')} after a visit, without grades, "
            f"{'is' if len(letters) == 1 else 'are'} not drawn."
        )
    others = [r for r in reports if r.judgements and r.judgement(OVERALL) is None]
    if others:
        notes.append(
            f"{_counted(len(others), 'report')} without an overall grade (such as a review "
            f"of the safeguarding board alone) {'is' if len(others) == 1 else 'are'} not "
            "drawn: see the list of reports."
        )
    return tuple(notes)


def _counted(count: int, noun: str) -> str:
    return f"One {noun}" if count == 1 else f"{count} {noun}s"
