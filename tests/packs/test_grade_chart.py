"""The chart of a council's grades over time, drawn by the packs from the definition the
window draws."""

from __future__ import annotations

from datetime import date

from briefing_app.domain.grade_chart import grade_chart
from briefing_app.domain.history import JudgedReport
from briefing_app.domain.reports import Framework, Grade, Judgement, JudgementArea, ReportHeader
from briefing_app.packs.charts import chart_drawing
from briefing_app.packs.fonts import register_fonts
from tests.conftest import REPO


def _report(number: int, end: date, framework: Framework, grade: Grade) -> JudgedReport:
    header = ReportHeader(number, "Testshire", framework, end, end, None, grade)
    return JudgedReport(header, (Judgement(JudgementArea.OVERALL_EFFECTIVENESS, grade),))


def test_the_pdf_renderer_draws_the_same_definition() -> None:
    register_fonts(REPO / "resources" / "fonts")
    chart = grade_chart(
        "Testshire",
        [
            _report(1, date(2015, 3, 1), Framework.SIF, Grade.INADEQUATE),
            _report(2, date(2018, 1, 1), Framework.SIF, Grade.REQUIRES_IMPROVEMENT),
            _report(3, date(2022, 6, 1), Framework.ILACS, Grade.GOOD),
        ],
    )
    assert chart is not None
    texts = {getattr(item, "text", "") for item in chart_drawing(chart, 400).getContents()}
    # The grades on the axis and by each point, the reports' months, the legend.
    assert {"✓ Good", "✗ Inadequate", "★ Outstanding", "Overall effectiveness"} <= texts
    assert {"March 2015", "January 2018", "June 2022"} <= texts
