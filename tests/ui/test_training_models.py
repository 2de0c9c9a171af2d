"""The Training page's table models, checked without a window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from briefing_app.domain.dates import parse_day
from briefing_app.domain.training.compliance import TrainingBoard
from briefing_app.services.opening.container import Services
from briefing_app.ui.models.training_matrix import (
    NeedsTableModel,
    TrainingMatrixModel,
    wrap_title,
)
from briefing_app.ui.models.training_records import (
    CompletionHistoryModel,
    MemberListModel,
    MemberModulesModel,
    ModuleCatalogueModel,
)


@pytest.fixture
def board(services: Services, qapp: QApplication) -> TrainingBoard:
    # Status icons are pictures, which need the application object.
    return services.training.board(services.training.demo_reference_date())


def _row(model: TrainingMatrixModel, name: str) -> int:
    return next(r for r in range(model.rowCount()) if model.record(r).member.name == name)


def _column(model: TrainingMatrixModel, key: str) -> int:
    return next(
        c
        for c in range(model.columnCount())
        if (module := model.module(c)) is not None and module.key == key
    )


def test_matrix_shows_status_as_words_icon_and_colour(
    board: TrainingBoard, qtmodeltester: ModelTester
) -> None:
    model = TrainingMatrixModel()
    model.set_board(board)
    qtmodeltester.check(model)
    assert model.rowCount() == 15
    assert model.columnCount() == 2 + 10
    gareth = _row(model, "Gareth Pryce")
    cell = model.index(gareth, _column(model, "safeguarding"))
    assert cell.data().startswith("Overdue\nsince ")
    assert isinstance(cell.data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) == QColor("#b00020")
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole).startswith(
        "Gareth Pryce, Safeguarding children: Overdue. Last done"
    )
    assert model.index(gareth, TrainingMatrixModel.FULLY).data() == "No (2 to do)"
    zoe = _row(model, "Zoë Hartley")
    assert model.index(zoe, _column(model, "refresher")).data().startswith("Due soon\nby ")
    assert model.index(zoe, TrainingMatrixModel.FULLY).data() == "Yes"
    kwame = _row(model, "Kwame Asante")
    assert model.index(kwame, _column(model, "cp-conference")).data() == "Not required"
    # Kwame was inducted 20 days ago: the induction counts as his first refresher.
    assert model.index(kwame, _column(model, "refresher")).data().startswith("In date\nby ")
    # New at a by-election 45 days ago: he has until six months after to do safeguarding.
    to_do = model.index(kwame, _column(model, "safeguarding"))
    assert to_do.data().startswith("To do\nby ")
    assert to_do.data(Qt.ItemDataRole.BackgroundRole) == QColor("#dcebfa")
    # Not fully in date, but nothing is late: he is still within the time he is given.
    fully = model.index(kwame, TrainingMatrixModel.FULLY)
    assert fully.data() == "Not yet (4 to do)"
    assert fully.data(Qt.ItemDataRole.BackgroundRole) == QColor("#dcebfa")
    assert fully.data(Qt.ItemDataRole.ToolTipRole).endswith("still within the time given.")
    header = model.headerData(_column(model, "cp-conference"), Qt.Orientation.Horizontal)
    assert header == "Observing a child\nprotection\nconference"


def test_matrix_filtered_by_committee(board: TrainingBoard, qtmodeltester: ModelTester) -> None:
    model = TrainingMatrixModel()
    model.set_board(board, "fostering")
    qtmodeltester.check(model)
    names = [model.record(r).member.name for r in range(model.rowCount())]
    assert names == ["Amara Okafor", "Dafydd Ellis"]
    # Dafydd has not done the scrutiny module, but the fostering panel does not need it:
    # as a panel member, only his panel training is out of date.
    tooltip = Qt.ItemDataRole.ToolTipRole
    fully = model.index(1, TrainingMatrixModel.FULLY)
    assert fully.data() == "No (1 to do)"
    assert fully.data(tooltip) == (
        "Dafydd Ellis is not fully in date. To do: Fostering panel member training."
    )
    model.set_board(board, "scrutiny")
    dafydd = model.index(_row(model, "Dafydd Ellis"), TrainingMatrixModel.FULLY)
    assert dafydd.data(tooltip) == (
        "Dafydd Ellis is not fully in date. To do: Effective scrutiny and questioning."
    )


def test_needs_model(board: TrainingBoard, qtmodeltester: ModelTester) -> None:
    model = NeedsTableModel()
    model.set_needs(board.needs())
    qtmodeltester.check(model)
    statuses = [model.index(r, NeedsTableModel.STATUS).data() for r in range(model.rowCount())]
    assert statuses.count("Due soon") == 7
    # Oluwaseun Adeyemi, elected 55 days ago, has not done the induction: due within 60 days.
    assert statuses.count("To do") == 1
    first_soon = min(statuses.index("Due soon"), statuses.index("To do"))
    assert all(s in ("Overdue", "Never done") for s in statuses[:first_soon])
    assert all(s in ("Due soon", "To do") for s in statuses[first_soon:])
    # The most urgent fell due long ago: the date it was due by is shown.
    oldest = model.need(0).status.due
    assert oldest is not None
    assert oldest < board.as_at
    assert parse_day(model.index(0, NeedsTableModel.DUE).data()) == oldest
    due = model.need(first_soon).status.due
    assert due is not None
    assert parse_day(model.index(first_soon, NeedsTableModel.DUE).data()) == due


def test_record_models(board: TrainingBoard, qtmodeltester: ModelTester) -> None:
    members = MemberListModel()
    members.set_members([r.member for r in board.records], board.catalogue)
    qtmodeltester.check(members)
    row = members.row_of(
        next(r.member.id for r in board.records if r.member.name == "Łukasz Wójcik") or 0
    )
    assert row is not None
    assert members.index(row, MemberListModel.SEATS).data() == (
        "Corporate Parenting Board; Lead member for children"
    )
    assert members.index(row, MemberListModel.NAME).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Łukasz Wójcik (demonstration record)"
    )

    record = next(r for r in board.records if r.member.name == "Renée Dubois-Marsh")
    modules = MemberModulesModel()
    modules.set_record(record)
    qtmodeltester.check(modules)
    texts = {
        modules.index(r, MemberModulesModel.MODULE).data(): (
            modules.index(r, MemberModulesModel.STATUS).data(),
            modules.index(r, MemberModulesModel.LAST).data(),
        )
        for r in range(modules.rowCount())
    }
    assert texts["Observing a child protection conference"] == ("Never done", "Never")
    # Her induction was in her previous term, but the refresher she did this term counts.
    assert texts["Corporate parenting induction"][0] == "In date"

    history = CompletionHistoryModel()
    history.set_history(record.history(board.catalogue))
    qtmodeltester.check(history)
    assert history.index(history.rowCount() - 1, CompletionHistoryModel.NOTE).data() == (
        "Done in her previous term of office."
    )
    first = history.completion(0).completed_on
    assert all(history.completion(r).completed_on <= first for r in range(history.rowCount()))

    catalogue = ModuleCatalogueModel()
    catalogue.set_catalogue(board.catalogue)
    qtmodeltester.check(catalogue)
    last = catalogue.rowCount() - 1
    assert catalogue.index(last, ModuleCatalogueModel.REQUIRED).data() == (
        "Fostering panel; Adoption panel"
    )
    assert catalogue.index(0, ModuleCatalogueModel.REQUIRED).data() == "All councillors"
    assert catalogue.index(0, ModuleCatalogueModel.RULE).data() == "Once per term of office"


def test_empty_models_are_valid(
    qtmodeltester: ModelTester, services: Services, qapp: QApplication
) -> None:
    services.training.remove_demo_members()
    board = services.training.board(date(2026, 1, 1))
    model = TrainingMatrixModel()
    model.set_board(board)
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    history = MemberModulesModel()
    history.set_record(None)
    qtmodeltester.check(history)


def test_long_titles_wrap() -> None:
    assert wrap_title("Effective scrutiny and questioning") == "Effective scrutiny\nand questioning"
    assert wrap_title("Short") == "Short"
