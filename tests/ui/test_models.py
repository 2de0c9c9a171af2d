from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from briefing_app.services.opening.container import Services
from briefing_app.ui.models.findings import RecommendationTableModel, SectionListModel
from briefing_app.ui.models.judgements import JudgementTableModel


def test_judgement_model(services: Services, qtmodeltester: ModelTester) -> None:
    report = services.reports.latest()
    assert report is not None
    model = JudgementTableModel(list(report.judgements))
    qtmodeltester.check(model)
    assert model.rowCount() == 7
    grades = [model.index(r, JudgementTableModel.GRADE).data() for r in range(model.rowCount())]
    assert "! Requires improvement" in grades
    accessible = model.index(0, JudgementTableModel.GRADE).data(Qt.ItemDataRole.AccessibleTextRole)
    assert accessible == "Requires improvement"
    assert (
        model.index(0, JudgementTableModel.GRADE).data(Qt.ItemDataRole.BackgroundRole) is not None
    )


def test_section_model(services: Services, qtmodeltester: ModelTester) -> None:
    report = services.reports.latest()
    assert report is not None
    model = SectionListModel()
    model.set_findings(report.findings)
    qtmodeltester.check(model)
    titles = [model.section(r)[0] for r in range(model.rowCount())]
    assert titles[0] == "Summary of findings"
    assert "LSCB: The LSCB's strengths" in titles
    assert model.row_of_paragraph(112) == titles.index("Leadership, management and governance")
    assert model.row_of_paragraph(999) is None
    assert model.index(0, 0).data() == "Summary of findings (1–12)"


def test_recommendation_model(services: Services, qtmodeltester: ModelTester) -> None:
    report = services.reports.latest()
    assert report is not None
    model = RecommendationTableModel()
    model.set_recommendations(report.recommendations)
    qtmodeltester.check(model)
    assert model.rowCount() == 15
    row = next(r for r in range(15) if model.recommendation(r).paragraph == 16)
    assert model.index(row, RecommendationTableModel.EVIDENCE).data() == "7, 111, 112"
    assert model.index(row, RecommendationTableModel.KIND).data() == "Priority and immediate action"
    lscb = next(r for r in range(15) if model.recommendation(r).paragraph == 139)
    assert model.index(lscb, RecommendationTableModel.KIND).data() == "LSCB: Area for improvement"
