"""Every import backs the database up first, then writes all of the file or none of it.

Each import runs against a real seeded database. The backup it leaves must hold exactly
what the database held before the import. Then the same import is made to fail on its
last row (a trigger aborts that one insert, as a full disk or a constraint would): the
database must come back exactly as it was, with the backup already made.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from briefing_app.domain.errors import BriefingError
from briefing_app.services.opening.container import Services
from briefing_app.services.outcomes import OutcomesService
from briefing_app.services.training.attendance import import_attendance
from briefing_app.services.training.service import TrainingService
from crashtest.states import State, fingerprint
from tests.conftest import REFERENCE_PDFS

SHEFFIELD = REFERENCE_PDFS / "sheffield-2023-11-03.pdf"


def _figures_file(folder: Path) -> Path:
    path = folder / "figures 2015.csv"
    path.write_text(
        "key,as_at,period,value,england,document\n"
        "care-leavers-neet,2015-03-31,2014–15,41,39,Care leavers return 2015\n"
        "cla-count,2014-03-31,31 March 2014,319,,Corrected return\n"
        "cla-count,2015-03-31,31 March 2015,330,,Children looked after return 2015\n",
        encoding="utf-8",
    )
    return path


def _attendance_file(folder: Path) -> Path:
    path = folder / "attendance march.csv"
    path.write_text(
        "member,module,date,provider,note\n"
        "Łukasz Wójcik,Corporate parenting refresher,2026-02-27,LGA,\n"
        "Zoë Hartley,refresher,27/02/2026,LGA,Left early\n"
        "Kwame Asante,Safeguarding children,27 February 2026,,Last line\n",
        encoding="utf-8",
    )
    return path


def _import_report(services: Services, folder: Path) -> Path:
    return services.imports.import_file(SHEFFIELD).backup


def _import_figures(services: Services, folder: Path) -> Path:
    backup = OutcomesService(services.database).import_figures(_figures_file(folder)).backup
    assert backup is not None
    return backup


def _import_attendance(services: Services, folder: Path) -> Path:
    training = TrainingService(services.database, today=lambda: date(2026, 3, 1))
    _plan, recorded = import_attendance(training, _attendance_file(folder))
    assert recorded == 3
    return services.backups.all()[0].path


@dataclass(frozen=True)
class Import:
    name: str
    reason: str
    run: Callable[[Services, Path], Path]  # returns the backup the import made
    # A trigger that aborts the import's last insert, half way through its transaction.
    last_row_fails: str


IMPORTS = [
    Import(
        "report",
        "before-import-report",
        _import_report,
        "CREATE TEMP TRIGGER fail_late AFTER INSERT ON main.findings "
        "WHEN new.paragraph = 66 BEGIN SELECT RAISE(ABORT, 'the disk is full'); END",
    ),
    Import(
        "indicator figures",
        "before-import-figures",
        _import_figures,
        "CREATE TEMP TRIGGER fail_late AFTER INSERT ON main.indicator_values "
        "WHEN new.value = 330 BEGIN SELECT RAISE(ABORT, 'the disk is full'); END",
    ),
    Import(
        "training attendance",
        "before-import-attendance",
        _import_attendance,
        "CREATE TEMP TRIGGER fail_late AFTER INSERT ON main.training_completions "
        "WHEN new.note = 'Last line' BEGIN SELECT RAISE(ABORT, 'the disk is full'); END",
    ),
]


def _state(services: Services) -> State:
    return fingerprint(services.database.connection)


def _state_of(path: Path) -> State:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return fingerprint(connection)
    finally:
        connection.close()


@pytest.mark.parametrize("kind", IMPORTS, ids=[i.name for i in IMPORTS])
def test_an_import_leaves_a_backup_of_the_data_before_it(
    kind: Import, services: Services, tmp_path: Path
) -> None:
    before = _state(services)
    backups = services.backups.all()
    made = kind.run(services, tmp_path)
    after = _state(services)
    assert after != before
    new = [b for b in services.backups.all() if b not in backups]
    assert [(b.path, b.reason) for b in new] == [(made, kind.reason)]
    assert _state_of(made) == before


@pytest.mark.parametrize("kind", IMPORTS, ids=[i.name for i in IMPORTS])
def test_an_import_that_fails_half_way_saves_nothing(
    kind: Import, services: Services, tmp_path: Path
) -> None:
    before = _state(services)
    services.database.execute(kind.last_row_fails)
    with pytest.raises((sqlite3.IntegrityError, BriefingError)):
        kind.run(services, tmp_path)
    services.database.execute("DROP TRIGGER temp.fail_late")
    assert not services.database.connection.in_transaction
    assert _state(services) == before
    # The backup was made before the write began, and holds the same data.
    [backup] = services.backups.all()
    assert backup.reason == kind.reason
    assert _state_of(backup.path) == before
