"""The ``briefing-app`` command: the window by default, and subcommands for scripts.

Errors a user can fix print one plain line on stderr and exit with status 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import NoReturn

from briefing_app import APP_ID, __version__
from briefing_app.domain.errors import BriefingError
from briefing_app.paths import DATABASE_ENV, AppPaths

EXIT_USER_ERROR = 2


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one plain line."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USER_ERROR, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _common(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--database",
        metavar="PATH",
        default=default,
        help=(
            f"the database file to use (default: ${DATABASE_ENV}, or one in your user data folder)"
        ),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=APP_ID,
        description="Corporate Parenting Briefing. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _common(parser, suppress=False)
    parser.add_argument(
        "--exit-after-startup",
        action="store_true",
        help="load the data, show the window and quit once it has been drawn",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    info = commands.add_parser("info", help="show the database file and what it holds")
    _common(info, suppress=True)
    info.add_argument("--json", action="store_true", help="print one JSON object")
    info.set_defaults(handler=_cmd_info)

    report = commands.add_parser(
        "import-report",
        help="import an Ofsted inspection report of children's services (PDF or text)",
        description=(
            "Import an Ofsted inspection report of a council's children's services, from its "
            "PDF or a text file. The database is backed up first and the report is written in "
            "one go."
        ),
    )
    _common(report, suppress=True)
    report.add_argument("path", metavar="PATH", help="the report's PDF or text file")
    report.add_argument(
        "--dry-run",
        action="store_true",
        help="read the report and say what it holds; write nothing",
    )
    report.add_argument("--json", action="store_true", help="print one JSON object")
    same = report.add_mutually_exclusive_group()
    same.add_argument(
        "--replace",
        action="store_true",
        help="if this inspection is already held, replace the report held",
    )
    same.add_argument(
        "--keep-both",
        action="store_true",
        help="if this inspection is already held, keep both reports",
    )
    report.set_defaults(handler=_cmd_import_report)

    imports = commands.add_parser(
        "import-indicators",
        help="add or correct indicator figures from a CSV file (all of it or none of it)",
        description=(
            "Add or correct indicator figures from a CSV file. The file is checked first; if "
            "any line has a problem, nothing is saved. The database is backed up before the "
            "figures are saved. The format is described in data/templates/indicator-figures.md."
        ),
    )
    _common(imports, suppress=True)
    imports.add_argument("path", metavar="PATH", help="the CSV file of figures")
    imports.set_defaults(handler=_cmd_import_indicators)

    meetings = commands.add_parser("meetings", help="list meetings, newest first, with their ids")
    _common(meetings, suppress=True)
    meetings.add_argument("--json", action="store_true", help="print one JSON array")
    meetings.set_defaults(handler=_cmd_meetings)

    export = commands.add_parser(
        "export-meeting", help="write the record of a meeting (questions, answers, actions)"
    )
    _common(export, suppress=True)
    export.add_argument("meeting", type=int, metavar="ID", help="the meeting's id (see meetings)")
    export.add_argument("--out", required=True, metavar="FILE", help="the CSV file to write")
    export.add_argument(
        "--include-private",
        action="store_true",
        help="include answers marked private (leave them out of anything made public)",
    )
    export.set_defaults(handler=_cmd_export_meeting)
    attendance = commands.add_parser(
        "import-attendance",
        help="record training attendance from a CSV file (all lines or none)",
        description=(
            "Record training attendance from a CSV file with the columns member, module and "
            "date (and optionally provider, note and ward). If any line has a problem, "
            "nothing is recorded. See data/templates/attendance-import.md."
        ),
    )
    _common(attendance, suppress=True)
    attendance.add_argument("path", metavar="PATH", help="the CSV file")
    attendance.add_argument(
        "--dry-run", action="store_true", help="check the file and say what it would record"
    )
    attendance.set_defaults(handler=_cmd_import_attendance)

    export = commands.add_parser(
        "export-compliance",
        help="write everyone's training status to a CSV file",
        description=(
            "Write one row per member and required module: status, last done, due by. "
            "Cells are made safe to open in a spreadsheet."
        ),
    )
    _common(export, suppress=True)
    export.add_argument("path", metavar="PATH", help="the CSV file to write")
    export.add_argument(
        "--committee", metavar="KEY", help="only this seat (board, scrutiny, lead-member, ...)"
    )
    export.add_argument(
        "--as-at",
        metavar="YYYY-MM-DD",
        type=_day,
        help="the status on this day, such as the next meeting (default: today)",
    )
    export.add_argument(
        "--due-soon-days",
        metavar="N",
        type=int,
        help="how many days ahead counts as due soon (default: the app's setting, 60)",
    )
    export.set_defaults(handler=_cmd_export_compliance)
    return parser


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-04") from None


def _cmd_import_attendance(args: argparse.Namespace, paths: AppPaths) -> int:
    from pathlib import Path

    from briefing_app.services.container import Services
    from briefing_app.services.training_import import (
        apply_attendance_import,
        plan_attendance_import,
    )

    services = Services.open(paths, paths.database(args.database))
    try:
        plan = plan_attendance_import(services.training, Path(args.path))
        print(plan.summary)
        if args.dry_run:
            print("Dry run: nothing was recorded.")
        else:
            result = apply_attendance_import(services.training, plan)
            print(f"Recorded {result.recorded}.")
    finally:
        services.close()
    return 0


def _cmd_export_compliance(args: argparse.Namespace, paths: AppPaths) -> int:
    from pathlib import Path

    from briefing_app.domain.errors import NotFoundError
    from briefing_app.services.container import Services
    from briefing_app.services.training_export import write_compliance_csv

    services = Services.open(paths, paths.database(args.database))
    try:
        training = services.training
        keys = [r.key for r in training.catalogue().roles]
        if args.committee is not None and args.committee not in keys:
            raise NotFoundError(
                f"There is no seat called {args.committee!r}.",
                f"Use one of: {', '.join(keys)}.",
            )
        board = training.board(args.as_at, args.due_soon_days)
        rows = write_compliance_csv(board, Path(args.path), args.committee)
        print(f"Wrote {rows} rows to {args.path}.")
    finally:
        services.close()
    return 0


def _cmd_info(args: argparse.Namespace, paths: AppPaths) -> int:
    from briefing_app.services.info import database_info
    from briefing_app.services.workspace import open_workspace

    with open_workspace(paths.database(args.database), paths.data) as database:
        info = database_info(database)
    if args.json:
        import json

        print(json.dumps(info.as_json()))
    else:
        print(info.as_text())
    return 0


def _cmd_import_report(args: argparse.Namespace, paths: AppPaths) -> int:
    import json
    from pathlib import Path

    from briefing_app.services.report_import import (
        DuplicateChoice,
        ReportImportService,
        describe,
        import_summary,
    )

    report = ReportImportService.read(Path(args.path), link=not args.dry_run)
    if args.dry_run:
        print(json.dumps(import_summary(report)) if args.json else describe(report))
        return 0

    from briefing_app.domain.errors import DuplicateReportError
    from briefing_app.services.workspace import open_workspace

    choice = (
        DuplicateChoice.REPLACE
        if args.replace
        else DuplicateChoice.KEEP_BOTH
        if args.keep_both
        else DuplicateChoice.ASK
    )
    with open_workspace(paths.database(args.database), paths.data) as database:
        try:
            result = ReportImportService(database).save(report, choice)
        except DuplicateReportError as error:
            raise DuplicateReportError(
                error.message,
                "Run again with --replace to replace the report held, or --keep-both to keep "
                "both. Nothing has been changed.",
                error.existing,
            ) from error
    if args.json:
        summary = import_summary(result.report)
        summary.update(report_id=result.report_id, replaced=list(result.replaced))
        print(json.dumps(summary))
    else:
        replaced = " (it replaces the report held before)" if result.replaced else ""
        print(f"Imported {describe(result.report)}{replaced}.")
        print(f"A backup of the database from before the import is in {result.backup}.")
    return 0


def _cmd_import_indicators(args: argparse.Namespace, paths: AppPaths) -> int:
    from pathlib import Path

    from briefing_app.services.outcomes import OutcomesService
    from briefing_app.services.workspace import open_workspace

    with open_workspace(paths.database(args.database), paths.data) as database:
        result = OutcomesService(database).import_figures(Path(args.path))
    print(result.message)
    return 0


def _cmd_meetings(args: argparse.Namespace, paths: AppPaths) -> int:
    from briefing_app.services.container import Services

    services = Services.open(paths, paths.database(args.database))
    try:
        summaries = services.meetings.meetings()
    finally:
        services.close()
    if args.json:
        import json

        print(
            json.dumps(
                [
                    {
                        "id": s.meeting.id,
                        "committee": s.meeting.committee,
                        "date": s.meeting.meeting_date.isoformat(),
                        "title": s.meeting.title,
                        "questions": s.questions,
                        "done": s.done,
                        "open_actions": s.open_actions,
                    }
                    for s in summaries
                ]
            )
        )
    elif not summaries:
        print("No meetings yet.")
    else:
        for s in summaries:
            print(f"{s.meeting.id}\t{s.meeting.heading}\t{s.progress}")
    return 0


def _cmd_export_meeting(args: argparse.Namespace, paths: AppPaths) -> int:
    from pathlib import Path

    from briefing_app.services.container import Services

    services = Services.open(paths, paths.database(args.database))
    try:
        out = Path(args.out).expanduser()
        record = services.records.export_csv(
            args.meeting, out, include_private=args.include_private
        )
    finally:
        services.close()
    print(f"Wrote {out}: {record.summary}")
    return 0


def main(argv: Sequence[str] | None = None, paths: AppPaths | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = paths or AppPaths.default()
    handler: Callable[[argparse.Namespace, AppPaths], int] | None = getattr(args, "handler", None)
    try:
        if handler is not None:
            return handler(args, paths)
        from briefing_app.app import run_gui

        return run_gui(paths, args.database, exit_after_startup=args.exit_after_startup)
    except BriefingError as error:
        print(f"{APP_ID}: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
