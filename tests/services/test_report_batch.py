"""Importing a folder of reports, or several files: each report whole or not at all, one
backup before the first is saved, what was read, skipped and refused (and why)."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from briefing_app.domain.errors import DatabaseUnavailableError
from briefing_app.services.opening.container import Services
from briefing_app.services.report_batch import Outcome, report_files
from briefing_app.services.report_import import DuplicateChoice
from briefing_app.storage.reports_repo import ReportRepository
from tests.conftest import REFERENCE_PDFS

NAMES = ("sheffield-2023-11-03.pdf", "portsmouth-2014-09-01.pdf", "slough-2019-03-04.pdf")


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    (folder / "older").mkdir(parents=True)
    shutil.copyfile(REFERENCE_PDFS / NAMES[0], folder / NAMES[0])
    shutil.copyfile(REFERENCE_PDFS / NAMES[1], folder / NAMES[1])
    shutil.copyfile(REFERENCE_PDFS / NAMES[2], folder / "older" / NAMES[2])
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\nnot really a PDF at all\n")
    (folder / "minutes.txt").write_text("Minutes of the board, 3 March.\n", encoding="utf-8")
    (folder / "notes.md").write_text("Not a report.\n", encoding="utf-8")
    (folder / ".hidden.pdf").write_bytes(b"")
    return folder


def _backups(services: Services) -> list[Path]:
    return [b.path for b in services.backups.all()]


def test_a_folder_is_read_skipped_and_refused_file_by_file(
    services: Services, tmp_path: Path
) -> None:
    folder = _folder(tmp_path)
    files = report_files([folder])
    assert [p.relative_to(folder).as_posix() for p in files] == [
        "broken.pdf",
        "minutes.txt",
        "older/slough-2019-03-04.pdf",
        NAMES[1],
        NAMES[0],
    ]
    before = _backups(services)
    result = services.report_batch.run(files)
    assert [(f.path.name, f.outcome) for f in result.files] == [
        ("broken.pdf", Outcome.REFUSED),
        ("minutes.txt", Outcome.REFUSED),
        (NAMES[2], Outcome.IMPORTED),
        (NAMES[1], Outcome.SKIPPED),  # the default database holds it already
        (NAMES[0], Outcome.IMPORTED),
    ]
    refused = {f.path.name: f.reason for f in result.of(Outcome.REFUSED)}
    assert "broken.pdf" in refused
    assert refused["broken.pdf"]
    assert refused["minutes.txt"]
    skipped = result.of(Outcome.SKIPPED)[0]
    assert "is already held" in skipped.reason
    # One backup, made before the first report was saved, holding only what was there.
    assert result.backup is not None
    assert _backups(services) == [result.backup, *before]
    with sqlite3.connect(result.backup) as backup:
        assert backup.execute("SELECT count(*) FROM reports").fetchone()[0] == 1
    # Each report saved whole.
    for imported in result.of(Outcome.IMPORTED):
        assert imported.report is not None
        assert imported.report_id is not None
        held = services.reports.get(imported.report_id)
        assert len(held.findings) == len(imported.report.findings)
        assert len(held.recommendations) == len(imported.report.recommendations)
    assert result.headline == "Imported 2 reports; skipped 1 already held; refused 2 files."
    lines = result.lines()
    assert lines[0] == result.headline
    assert "Refused:" in lines
    assert any(line.startswith("- broken.pdf: ") for line in lines)
    summary = result.summary()
    assert [e["path"] for e in summary["imported"]] == [
        str(folder / "older" / NAMES[2]),
        str(folder / NAMES[0]),
    ]
    assert summary["imported"][0]["local_authority"] == "Slough Borough Council"
    assert summary["skipped"][0]["reason"].endswith("is already held.")
    assert summary["backup"] == str(result.backup)


def test_nothing_saved_means_no_backup(services: Services, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    before = _backups(services)
    result = services.report_batch.run([folder / "broken.pdf", folder / NAMES[1]])
    assert result.backup is None
    assert _backups(services) == before
    assert result.lines()[-1] == "Nothing was changed."


def test_replace_or_keep_both_instead_of_skipping(services: Services, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    held = services.reports.headers()[0].id
    replaced = services.report_batch.run([folder / NAMES[1]], DuplicateChoice.REPLACE)
    assert replaced.files[0].outcome is Outcome.IMPORTED
    assert replaced.files[0].replaced == (held,)
    both = services.report_batch.run([folder / NAMES[1]], DuplicateChoice.KEEP_BOTH)
    assert both.files[0].outcome is Outcome.IMPORTED
    assert len(services.reports.headers()) == 2


def test_the_same_inspection_twice_in_one_batch_is_imported_once(
    services: Services, tmp_path: Path
) -> None:
    copy = tmp_path / "copy-of-sheffield.pdf"
    shutil.copyfile(REFERENCE_PDFS / NAMES[0], copy)
    result = services.report_batch.run([REFERENCE_PDFS / NAMES[0], copy])
    assert [f.outcome for f in result.files] == [Outcome.IMPORTED, Outcome.SKIPPED]


def test_stopped_between_files(services: Services, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    files = [folder / NAMES[0], folder / "older" / NAMES[2], folder / "broken.pdf"]
    asked: list[int] = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 1  # after the first file

    progress: list[tuple[float, str]] = []
    result = services.report_batch.run(files, progress=lambda *p: progress.append(p), stop=stop)
    assert [f.outcome for f in result.files] == [
        Outcome.IMPORTED,
        Outcome.NOT_REACHED,
        Outcome.NOT_REACHED,
    ]
    assert result.stopped
    assert "stopped before 2 files" in result.headline
    assert progress[0] == (0.0, f"Reading 1 of 3: {NAMES[0]}")
    assert all(0.0 <= share <= 1.0 for share, _ in progress)
    assert len(services.reports.headers()) == 2


def test_a_report_that_fails_to_save_leaves_nothing_of_itself(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = ReportRepository._write_contents
    calls: list[int] = []

    def fail_second(self: ReportRepository, report_id: int, report: object) -> None:
        calls.append(report_id)
        real(self, report_id, report)  # type: ignore[arg-type]
        if len(calls) == 2:
            raise DatabaseUnavailableError(tmp_path, "The disk is full.", "Free some space.")

    monkeypatch.setattr(ReportRepository, "_write_contents", fail_second)
    files = [REFERENCE_PDFS / NAMES[0], REFERENCE_PDFS / NAMES[2]]
    result = services.report_batch.run(files)
    assert [f.outcome for f in result.files] == [Outcome.IMPORTED, Outcome.REFUSED]
    assert result.files[1].reason == "The disk is full. Free some space."
    assert [h.authority for h in services.reports.headers()] == [
        "Sheffield",
        "Portsmouth City Council",
    ]
    assert services.database.count("findings") == 163 + 66


def test_a_batch_on_its_own_connection_from_another_thread(
    services: Services, tmp_path: Path
) -> None:
    outcome: list[object] = []
    files = [REFERENCE_PDFS / NAMES[0]]
    worker = threading.Thread(
        target=lambda: outcome.append(services.report_batch.run_on_own_connection(files))
    )
    worker.start()
    worker.join()
    result = outcome[0]
    assert result.files[0].outcome is Outcome.IMPORTED  # type: ignore[attr-defined]
    # The window's connection sees it at once.
    assert services.reports.headers()[0].authority == "Sheffield"
