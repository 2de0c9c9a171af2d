"""Commands about meetings and their records."""

from __future__ import annotations

import argparse

from briefing_app.cli.common import Commands, add_database_option, open_services
from briefing_app.cli.output import add_force_option, kind_of_output, output_file
from briefing_app.domain.wording import plural
from briefing_app.paths import AppPaths

# The commands ``register`` adds: running one of them builds only this module's parsers.
COMMANDS = ("meetings", "export-meeting")


def register(commands: Commands) -> None:
    meetings = commands.add_parser("meetings", help="list meetings, newest first, with their ids")
    add_database_option(meetings, suppress=True)
    meetings.add_argument("--json", action="store_true", help="print one JSON array")
    meetings.set_defaults(handler=_cmd_meetings)

    export = commands.add_parser(
        "export-meeting", help="write the record of a meeting (questions, answers, actions)"
    )
    add_database_option(export, suppress=True)
    export.add_argument("meeting", type=int, metavar="ID", help="the meeting's id (see meetings)")
    export.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help="the file to write: a PDF if its name ends in .pdf, a CSV file if it ends in .csv",
    )
    add_force_option(export)
    export.add_argument(
        "--format",
        choices=["csv", "pdf"],
        help="write CSV or PDF (the file's name must end to match)",
    )
    export.add_argument(
        "--include-private",
        action="store_true",
        help="include answers marked private (leave them out of anything made public)",
    )
    export.set_defaults(handler=_cmd_export_meeting)


def _cmd_meetings(args: argparse.Namespace, paths: AppPaths) -> int:
    with open_services(args, paths) as services:
        summaries = services.meetings.meetings()
    if args.json:
        # Only for --json (about 3 ms).
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
    kind = kind_of_output(args.out, args.format)
    out = output_file(args.out, kind, force=args.force)
    with open_services(args, paths) as services:
        if kind == "pdf":
            content = services.packs.record_content(
                args.meeting, include_private=args.include_private
            )
            built = services.packs.write(content, out, replace=args.force)
            assert content.record is not None
            summary = content.record.summary
            pages = f" ({plural(built.pages, 'page')})"
        else:
            summary = services.records.export_csv(
                args.meeting, out, include_private=args.include_private, replace=args.force
            ).summary
            pages = ""
    print(f"Wrote {out}{pages}: {summary}")
    return 0
