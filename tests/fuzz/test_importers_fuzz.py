"""Fuzzing every importer: whatever the file holds, only a typed user error may escape.

An importer given a broken, foreign or hostile file must either read it or raise
ImportFileError naming the file; any other exception is a bug. ``make test`` runs these
with a few dozen examples each; ``make fuzz`` with thousands (HYPOTHESIS_PROFILE=fuzz).

Every file the app reads goes through one of these: a report (PDF or text), indicator
figures and definitions, training attendance, the council's list of councillors, the
question bank, the summaries, the training catalogue, self-checks and demonstration
roster, the glossary and the evidence links.
Adding an importer is one entry in IMPORTERS: its reader and a strategy for its files.
"""

from __future__ import annotations

import contextlib
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from briefing_app.domain.errors import ImportFileError
from briefing_app.domain.outcomes import IndicatorDefinition
from briefing_app.domain.reports import InspectionReport
from briefing_app.importers.dfe_release import ReleaseReader
from briefing_app.importers.evidence_csv import read_evidence_links
from briefing_app.importers.glossary_csv import read_glossary
from briefing_app.importers.indicators_csv import read_definitions, read_figures
from briefing_app.importers.ofsted_report import read_report_file
from briefing_app.importers.questions_csv import read_question_bank
from briefing_app.importers.self_checks_toml import read_self_check
from briefing_app.importers.statistics_catalogue import catalogue_path, read_catalogue
from briefing_app.importers.summaries_toml import read_summaries
from briefing_app.importers.training_catalogue_csv import (
    read_demo_completions,
    read_demo_members,
    read_modules,
    read_roles,
)
from briefing_app.services.report_import import ReportImportService
from briefing_app.services.training.attendance import plan_attendance_import
from briefing_app.services.training.members import plan_members_import
from briefing_app.services.training.service import TrainingService
from briefing_app.storage.database import Database
from briefing_app.storage.reports_repo import ReportRepository
from tests import dfe_files
from tests.conftest import REPO
from tests.fuzz.pdf_files import pdf_files
from tests.fuzz.strategies import csv_files, report_text_files, toml_files

DATA = REPO / "data"
REFERENCE_DAY = date(2026, 1, 15)
ROLE_KEYS = {"councillor", "board", "lead-member", "scrutiny", "fostering", "adoption"}


# How an importer reads a file: given the file and a seeded database to check it against
# (most readers need only the file).
Read = Callable[[Path, Database], object]


@dataclass(frozen=True)
class Importer:
    name: str
    read: Read
    files: st.SearchStrategy[bytes]
    suffix: str


def _file_only(reader: Callable[[Path], object]) -> Read:
    return lambda path, _database: reader(path)


@cache
def _definitions() -> dict[str, IndicatorDefinition]:
    return {d.key: d for d in read_definitions(DATA / "indicator_definitions.csv")}


def _figures(path: Path) -> object:
    return read_figures(path, _definitions())


def _attendance(path: Path, database: Database) -> object:
    """What the Training page does first: read the file and match every line to the
    members and modules held (writing nothing)."""
    return plan_attendance_import(TrainingService(database), path)


@cache
def _release_reader() -> ReleaseReader:
    return ReleaseReader(read_catalogue(catalogue_path(DATA)))


def _dfe_sample() -> tuple[tuple[str, ...], str]:
    """The DfE's placement stability table: its header, England's rows and a few councils'."""
    lines = dfe_files.text("la_cla_at_31_march_placement_stability_indicator.csv").splitlines()
    wanted = (",National,", ",Portsmouth,", ",Cumbria,", ",Bournemouth,", ",North East,")
    kept = [line for line in lines[1:] if any(w in line for w in wanted)]
    return tuple(lines[0].split(",")), "\n".join([lines[0], *kept])


def _members(path: Path, database: Database) -> object:
    """What File > Import councillors does first: read the list and work out every change
    against the members held (writing nothing)."""
    return plan_members_import(TrainingService(database), path)


def _real(relative: str) -> str:
    return (DATA / relative).read_text(encoding="utf-8")


def _header(relative: str) -> tuple[str, ...]:
    return tuple(_real(relative).splitlines()[0].split(","))


def _csv(name: str, read: Read, *files: str) -> Importer:
    """A CSV importer, fuzzed from its real files (the first gives the columns)."""
    real = "\n".join([_real(files[0]), *(_real(f).split("\n", 1)[1] for f in files[1:])])
    return Importer(name, read, csv_files(_header(files[0]), real), ".csv")


IMPORTERS = [
    Importer("report-text", _file_only(read_report_file), report_text_files(), ".txt"),
    # Ofsted's PDFs cut short, with bytes flipped, numbers and operators swapped, spliced
    # together, and noise dressed as a PDF (see pdf_files.py); read as the window and
    # import-report do: text, then themes and links to evidence. PDFium runs in this
    # process, as in the app: if a file could crash it, the fuzz run would die on it.
    Importer("report-pdf", _file_only(ReportImportService.read), pdf_files(), ".pdf"),
    _csv(
        "indicator-figures-csv",
        _file_only(_figures),
        "templates/indicator-figures.csv",
        "portsmouth-2014/indicators.csv",
    ),
    _csv("indicator-definitions-csv", _file_only(read_definitions), "indicator_definitions.csv"),
    _csv("attendance-csv", _attendance, "templates/attendance-template.csv"),
    _csv("members-csv", _members, "templates/members-template.csv"),
    _csv("question-bank-csv", _file_only(read_question_bank), "portsmouth-2014/questions.csv"),
    Importer(
        "summaries-toml",
        _file_only(read_summaries),
        toml_files(_real("portsmouth-2014/summaries.toml")),
        ".toml",
    ),
    _csv("training-roles-csv", _file_only(read_roles), "training/roles.csv"),
    Importer(
        "self-check-toml",
        _file_only(read_self_check),
        toml_files(_real("training/self-checks/care-leavers.toml")),
        ".toml",
    ),
    _csv(
        "training-modules-csv",
        _file_only(lambda path: read_modules(path, ROLE_KEYS)),
        "training/modules.csv",
    ),
    _csv(
        "demo-members-csv",
        _file_only(lambda path: read_demo_members(path, REFERENCE_DAY)),
        "training/demo-members.csv",
    ),
    _csv(
        "demo-completions-csv",
        _file_only(lambda path: read_demo_completions(path, REFERENCE_DAY)),
        "training/demo-completions.csv",
    ),
    _csv(
        "recommendation-evidence-csv",
        _file_only(read_evidence_links),
        "portsmouth-2014/recommendation_evidence.csv",
    ),
    _csv("glossary-csv", _file_only(read_glossary), "glossary.csv"),
    Importer(
        "dfe-statistics-csv",
        _file_only(lambda path: _release_reader().read(path)),
        csv_files(*_dfe_sample()),
        ".csv",
    ),
    Importer(
        "statistics-catalogue-toml",
        _file_only(read_catalogue),
        # The head of the file: its tables and first indicators (the whole is too long to
        # bend line by line).
        toml_files("\n".join(_real("statistics/indicators.toml").splitlines()[:120])),
        ".toml",
    ),
]


class _RolledBackError(Exception):
    """Raised to roll back a report written only to check it can be."""


def _write_and_undo(database: Database, report: InspectionReport) -> None:
    """Write a report as an import does, then roll it back: whatever the importer reads
    must be storable (unique paragraphs, valid links...), or the import would fail late."""
    with contextlib.suppress(_RolledBackError), database.transaction():
        ReportRepository(database).add(report)
        raise _RolledBackError


def _outcome(importer: Importer, path: Path, database: Database) -> ImportFileError | None:
    try:
        result = importer.read(path, database)
    except ImportFileError as error:
        return error
    if isinstance(result, InspectionReport):
        _write_and_undo(database, result)
    return None


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module")
def scratch(_seeded_template: Path, folder: Path) -> Iterator[Database]:
    """A seeded database that reports are written to and rolled back from."""
    path = folder / "scratch.sqlite3"
    shutil.copyfile(_seeded_template, path)
    database = Database.open(path)
    yield database
    database.close()


@pytest.mark.fuzz
@pytest.mark.parametrize("importer", IMPORTERS, ids=[i.name for i in IMPORTERS])
@given(data=st.data())
def test_only_typed_errors_escape(
    importer: Importer, folder: Path, scratch: Database, data: st.DataObject
) -> None:
    contents = data.draw(importer.files, label="file contents")
    path = folder / f"user file{importer.suffix}"
    path.write_bytes(contents)  # left behind if PDFium ever takes the process down
    error = _outcome(importer, path, scratch)  # anything else fails the test
    if error is None:
        event("read")
        return
    assert error.path == path
    assert str(error).startswith(path.name)
    assert error.detail.strip()
    event("refused: " + re.sub(r"\d+", "N", error.detail)[:70])
