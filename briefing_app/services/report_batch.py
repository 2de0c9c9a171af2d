"""Importing many reports at once: a folder of them, or several files.

Each file is read (the slow part, which touches no database) and then saved whole, in a
transaction of its own, or not at all: a file that cannot be read is refused with the
reason, and never stops the others. The database is backed up once, before the first
report is saved. A report of an inspection already held (same authority and dates, or a
file already imported in the same batch) is skipped, unless asked to replace the one
held or keep both. The work can be stopped between two files: what was saved stays
saved, and the summary names the files not reached.

The window runs a batch off its own thread (``run_on_own_connection``), so it stays
responsive; the command line runs it as it is (``run``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from briefing_app.domain.errors import BriefingError, DuplicateReportError
from briefing_app.domain.progress import ProgressCallback
from briefing_app.domain.reports import InspectionReport
from briefing_app.domain.wording import plural
from briefing_app.services.report_import import (
    DuplicateChoice,
    ReportImportService,
    describe,
    import_summary,
)
from briefing_app.storage.database import Database

log = logging.getLogger(__name__)

# What a file in a folder must end with to be read as a report (PDF, or the report's text).
REPORT_SUFFIXES = (".pdf", ".txt")

Stop = Callable[[], bool]


class Outcome(Enum):
    IMPORTED = "imported"
    SKIPPED = "skipped"
    REFUSED = "refused"
    NOT_REACHED = "not_reached"


@dataclass(frozen=True)
class FileResult:
    """What became of one file: its report (imported, or skipped as already held) and id,
    or why it was refused."""

    path: Path
    outcome: Outcome
    reason: str = ""
    report: InspectionReport | None = None
    report_id: int | None = None
    replaced: tuple[int, ...] = ()

    @property
    def line(self) -> str:
        """The file and what became of it, in a sentence or two."""
        if self.outcome is Outcome.IMPORTED and self.report is not None:
            replaced = " It replaces the report held before." if self.replaced else ""
            return f"{self.path.name}: {describe(self.report)}.{replaced}"
        if self.outcome is Outcome.NOT_REACHED:
            return f"{self.path.name}: not read, because the import was stopped."
        if self.reason.startswith(f"{self.path.name}:"):  # the reader names the file itself
            return self.reason
        return f"{self.path.name}: {self.reason}"


@dataclass(frozen=True)
class BatchResult:
    """What a batch did to each file, and the backup made before the first report saved
    (None when nothing was saved)."""

    files: tuple[FileResult, ...]
    backup: Path | None = None

    def of(self, outcome: Outcome) -> list[FileResult]:
        return [f for f in self.files if f.outcome is outcome]

    @property
    def stopped(self) -> bool:
        return bool(self.of(Outcome.NOT_REACHED))

    @property
    def headline(self) -> str:
        """ "Imported 30 reports; skipped 3 already held; refused 2." """
        imported, skipped = self.of(Outcome.IMPORTED), self.of(Outcome.SKIPPED)
        refused, not_reached = self.of(Outcome.REFUSED), self.of(Outcome.NOT_REACHED)
        parts = [f"Imported {plural(len(imported), 'report')}"]
        if skipped:
            parts.append(f"skipped {len(skipped)} already held")
        if refused:
            parts.append(f"refused {plural(len(refused), 'file')}")
        if not_reached:
            parts.append(f"stopped before {plural(len(not_reached), 'file')}")
        return "; ".join(parts) + "."

    def lines(self) -> list[str]:
        """The whole summary, for the command line and the window: the headline, then each
        file under what became of it, each report's warnings under it, and the backup."""
        lines = [self.headline]
        for outcome, heading in (
            (Outcome.IMPORTED, "Imported:"),
            (Outcome.SKIPPED, "Skipped (already held):"),
            (Outcome.REFUSED, "Refused:"),
            (Outcome.NOT_REACHED, "Not read (the import was stopped):"),
        ):
            chosen = self.of(outcome)
            if not chosen:
                continue
            lines.append(heading)
            for result in chosen:
                lines.append(f"- {result.line}")
                if outcome is Outcome.IMPORTED and result.report and result.report.warnings:
                    lines.append("  Some things looked wrong when it was read; check them:")
                    lines.extend(f"  - {warning}" for warning in result.report.warnings)
        if self.backup is not None:
            lines.append(f"A backup of the database from before the import is in {self.backup}.")
        elif not self.of(Outcome.IMPORTED):
            lines.append("Nothing was changed.")
        return lines

    def summary(self) -> dict[str, Any]:
        """What was done as plain data (``import-report --json`` with several files)."""

        def entry(result: FileResult) -> dict[str, Any]:
            found: dict[str, Any] = {"path": str(result.path)}
            if result.report is not None:
                found.update(import_summary(result.report))
            if result.outcome is Outcome.IMPORTED:
                found.update(report_id=result.report_id, replaced=list(result.replaced))
            elif result.reason:
                found["reason"] = result.reason
            return found

        return {
            **{outcome.value: [entry(r) for r in self.of(outcome)] for outcome in Outcome},
            "backup": str(self.backup) if self.backup is not None else None,
        }


def report_files(paths: Sequence[Path]) -> list[Path]:
    """The files a batch reads: each file named, and each PDF or text file in each folder
    named and in its sub-folders (hidden ones left out), in the order of their names."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = [
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.casefold() in REPORT_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ]
            files.extend(sorted(found, key=lambda p: str(p.relative_to(path)).casefold()))
        else:
            files.append(path)
    return list(dict.fromkeys(files))


def read_file(path: Path, progress: ProgressCallback | None = None) -> InspectionReport | str:
    """Read one file (writing nothing): its report, or why it cannot be imported."""
    if not path.exists():
        return "There is no such file or folder."
    if path.suffix.casefold() not in REPORT_SUFFIXES:
        return "This is not a PDF or a text file, so it is not a report the app can read."
    try:
        return ReportImportService.read(path, progress)
    except BriefingError as error:
        return str(error)
    except Exception as error:  # a fault of the app's: the other files are still read
        log.exception("Reading %s failed", path)
        return (
            f"The app failed while reading it ({type(error).__name__}). This is a fault in "
            "the app: please report it, with the file. The log holds the details."
        )


class ReportBatch:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._imports = ReportImportService(database)

    def run(
        self,
        files: Sequence[Path],
        choice: DuplicateChoice = DuplicateChoice.ASK,
        progress: ProgressCallback | None = None,
        stop: Stop | None = None,
    ) -> BatchResult:
        """Read and save each of ``files`` in turn (see the module's note). With
        ``choice`` ASK, a report already held is skipped."""
        results: list[FileResult] = []
        backup: Path | None = None
        for number, path in enumerate(files):
            if stop is not None and stop():
                results.extend(FileResult(p, Outcome.NOT_REACHED) for p in files[number:])
                break
            read = read_file(path, _share(progress, number, len(files), path))
            if isinstance(read, str):
                results.append(FileResult(path, Outcome.REFUSED, read))
                continue
            if backup is None and self._would_save(read, choice):
                backup = self._backup()
            results.append(self._save(path, read, choice))
        if progress is not None:
            progress(1.0, "Done.")
        return BatchResult(tuple(results), backup)

    def run_on_own_connection(
        self,
        files: Sequence[Path],
        choice: DuplicateChoice = DuplicateChoice.ASK,
        progress: ProgressCallback | None = None,
        stop: Stop | None = None,
    ) -> BatchResult:
        """``run``, on a connection of its own to the database: for a thread other than the
        window's, whose connection stays the window's."""
        with self._database.companion() as database:
            return ReportBatch(database).run(files, choice, progress, stop)

    def _would_save(self, report: InspectionReport, choice: DuplicateChoice) -> bool:
        return choice is not DuplicateChoice.ASK or not self._imports.duplicates(report)

    def _backup(self) -> Path:
        # Only once a report is to be saved (about 16 ms to load).
        from briefing_app.services.backups import backup_before

        return backup_before(self._database, "import-reports").path

    def _save(self, path: Path, report: InspectionReport, choice: DuplicateChoice) -> FileResult:
        try:
            report_id, replaced = self._imports.save_after_backup(report, choice)
        except DuplicateReportError as error:
            return FileResult(path, Outcome.SKIPPED, error.message, report=report)
        except BriefingError as error:
            return FileResult(path, Outcome.REFUSED, str(error), report=report)
        except Exception as error:  # a fault of the app's: its transaction was rolled back
            log.exception("Saving the report read from %s failed", path)
            return FileResult(
                path,
                Outcome.REFUSED,
                f"The app failed while saving it ({type(error).__name__}), so nothing of it "
                "was saved. This is a fault in the app: please report it, with the file.",
                report=report,
            )
        return FileResult(
            path, Outcome.IMPORTED, report=report, report_id=report_id, replaced=replaced
        )


def _share(
    progress: ProgressCallback | None, number: int, count: int, path: Path
) -> ProgressCallback | None:
    """The progress of reading file ``number`` of ``count``, as a share of the whole batch."""
    if progress is None:
        return None
    reported = progress
    label = f"Reading {number + 1} of {count}: {path.name}"
    reported(number / count, label)

    def share(fraction: float, _message: str) -> None:
        reported((number + min(max(fraction, 0.0), 1.0)) / count, label)

    return share
