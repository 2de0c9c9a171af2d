"""Briefing files and members' notes: ``publish`` (officers), ``open`` and ``notes``
(members).

``briefing-app --database DB publish --out FILE.briefing [--public] [--meeting ID]``
writes a briefing file. ``briefing-app open FILE.briefing`` shows it read-only in the
window (``--check`` only checks it and says what it is).
``briefing-app notes --briefing FILE --notes N add (--paragraph NUM [--report R] |
--indicator KEY | --question CODE | --item MEETING:CODE) TEXT`` keeps a note, and
``notes ... list --json`` prints ``[{"target": str, "text": str, "attached": bool}]``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.cli.common import (
    Commands,
    Parser,
    add_database_option,
    iso_date,
    open_services,
)
from briefing_app.domain.errors import BriefingError
from briefing_app.paths import AppPaths

if TYPE_CHECKING:
    from briefing_app.services.notes import NotesService
    from briefing_app.services.opening.container import Services

# The commands ``register`` adds: running one of them builds only this module's parsers.
COMMANDS = ("publish", "open", "notes")

_OTHER_COUNCIL_HELP = (
    "open a briefing for another council than the one your notes are for (your notes on "
    "the other council are kept, listed as no longer in the briefing)"
)


def register(commands: Commands) -> None:
    publish = commands.add_parser(
        "publish",
        help="publish a read-only briefing file for members (officers)",
        description=(
            "Write one self-contained, read-only briefing file of the council's reports, "
            "figures, summaries, questions and meetings, to send to members (by e-mail, a "
            "shared library or a USB stick). They open it with `open` or by double-clicking "
            "it; their own notes are kept in their notes file and find their place again "
            "in every newer briefing. An earlier briefing file of the same name is "
            "replaced; any other file there is refused and left as it is."
        ),
    )
    add_database_option(publish, suppress=True)
    publish.add_argument("--out", required=True, metavar="FILE.briefing", help="the file to write")
    publish.add_argument(
        "--public",
        action="store_true",
        help="the public edition: only what a public pack may hold (no names, no private "
        "answers, small numbers of children left out)",
    )
    publish.add_argument(
        "--meeting",
        type=int,
        action="append",
        default=[],
        metavar="ID",
        help="keep only this meeting and its agenda (see: briefing-app meetings); give it "
        "again for more meetings. Without it, every meeting is kept.",
    )
    publish.set_defaults(handler=_cmd_publish)

    open_ = commands.add_parser(
        "open",
        help="open a briefing file read-only (members)",
        description="Show a briefing file in the window, read-only, with your own notes.",
    )
    open_.add_argument("briefing", metavar="FILE.briefing", type=Path)
    _add_notes_options(open_)
    open_.add_argument(
        "--check",
        action="store_true",
        help="only check the file and say what it is, without opening the window",
    )
    open_.add_argument(
        "--exit-after-startup",
        action="store_true",
        help="show the window and quit once it has been drawn",
    )
    open_.set_defaults(handler=_cmd_open)

    notes = commands.add_parser(
        "notes",
        help="add or list your own notes on a briefing file",
        description=(
            "Your own notes on a briefing file's paragraphs, figures, questions and meeting "
            "items, kept in your notes file (never in the briefing file)."
        ),
    )
    _add_briefing_options(notes, suppress=False)
    actions = notes.add_subparsers(dest="notes_command", metavar="ACTION", parser_class=Parser)
    actions.required = True
    add = actions.add_parser(
        "add",
        help="keep a note",
        description=(
            "Keep a note on a paragraph, a figure, a question or a meeting item. "
            "--paragraph means a paragraph of the council's latest full inspection; "
            "with several reports in the briefing, --report chooses another (by its "
            "inspection end date, 2019-01-25, or the identity `notes list` shows)."
        ),
    )
    target = add.add_mutually_exclusive_group(required=True)
    target.add_argument("--paragraph", type=int, metavar="NUM", help="a report paragraph")
    target.add_argument("--indicator", metavar="KEY", help="a figure, by its indicator key")
    target.add_argument("--question", metavar="CODE", help="a question, by its code")
    target.add_argument(
        "--item",
        metavar="MEETING:CODE",
        help="a meeting item: the meeting's number (see: briefing-app meetings) and the "
        "question's code, as 3:POR14-02",
    )
    add.add_argument("--report", metavar="DATE_OR_ID", help="the report of --paragraph")
    add.add_argument(
        "--kind",
        choices=["note", "highlight", "to-ask"],
        default="note",
        help="a note (the default), a highlight, or a question marked to ask (TEXT may be empty)",
    )
    add.add_argument("text", metavar="TEXT")
    _add_briefing_options(add, suppress=True)
    add.set_defaults(notes_handler=_cmd_notes_add)
    list_ = actions.add_parser("list", help="list your notes, and whether each is in place")
    list_.add_argument("--json", action="store_true", help="print one JSON list")
    _add_briefing_options(list_, suppress=True)
    list_.set_defaults(notes_handler=_cmd_notes_list)
    export = actions.add_parser(
        "export", help="write your notes to a new CSV file (to move them) or PDF file"
    )
    export.add_argument("out", type=Path, metavar="FILE.csv|FILE.pdf")
    _add_briefing_options(export, suppress=True)
    export.set_defaults(notes_handler=_cmd_notes_export)
    import_ = actions.add_parser(
        "import", help="keep the notes of a CSV file exported on another laptop"
    )
    import_.add_argument("file", type=Path, metavar="FILE.csv")
    _add_briefing_options(import_, suppress=True)
    import_.set_defaults(notes_handler=_cmd_notes_import)
    training = actions.add_parser("training", help="your own training record: list or add")
    training.add_argument("--add", metavar="MODULE", help="record a training session you did")
    training.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD", help="when (with --add)")
    _add_briefing_options(training, suppress=True)
    training.set_defaults(notes_handler=_cmd_notes_training)
    notes.set_defaults(handler=_cmd_notes)


def _add_notes_options(parser: argparse.ArgumentParser, *, suppress: bool = False) -> None:
    """``--notes PATH`` and ``--other-council``; on the actions of ``notes`` they must not
    overwrite those given before the action."""
    parser.add_argument(
        "--notes",
        type=Path,
        metavar="PATH",
        default=argparse.SUPPRESS if suppress else None,
        help="your notes file (default: one in your user data folder; made if there is none)",
    )
    parser.add_argument(
        "--other-council",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help=_OTHER_COUNCIL_HELP,
    )


def _add_briefing_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """``--briefing FILE`` with the notes options, before the action of ``notes`` or after."""
    parser.add_argument(
        "--briefing",
        type=Path,
        metavar="FILE",
        default=argparse.SUPPRESS if suppress else None,
        help="the briefing file the notes are on",
    )
    _add_notes_options(parser, suppress=suppress)


def _cmd_publish(args: argparse.Namespace, paths: AppPaths) -> int:
    # Loaded when the command runs, not for --help (the briefing file's format, about 5 ms).
    from briefing_app.domain.briefing import Edition

    edition = Edition.PUBLIC if args.public else Edition.MEMBERS
    with open_services(args, paths) as services:
        publication = services.publisher.publish(
            Path(args.out), edition=edition, meetings=args.meeting
        )
    print(publication.describe())
    return 0


def _open(
    args: argparse.Namespace, paths: AppPaths, briefing: Path
) -> tuple[Services, NotesService]:
    # Loaded when the command runs, not for --help (the briefing and notes files, ~10 ms).
    from briefing_app.services.notes import NotesService, default_notes_path
    from briefing_app.services.opening.briefing import open_briefing_services

    services = open_briefing_services(paths, briefing)
    assert services.briefing is not None
    try:
        notes = NotesService.open(
            args.notes or default_notes_path(paths),
            services.database,
            services.briefing,
            switch_council=args.other_council,
        )
    except BaseException:
        services.close()
        raise
    return services, notes


def _cmd_open(args: argparse.Namespace, paths: AppPaths) -> int:
    services, notes = _open(args, paths, args.briefing)
    notes_path = notes.path
    notes.close()
    if args.check:
        with services:
            assert services.briefing is not None
            print(f"{args.briefing.name}: {services.briefing.describe()}.")
        return 0
    # The window and Qt, loaded only when the window opens (about 200 ms).
    from briefing_app.app import run_briefing_window

    return run_briefing_window(services, notes_path, exit_after_startup=args.exit_after_startup)


def _cmd_notes(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.briefing is None:
        raise BriefingError(
            "Say which briefing file the notes are on.", "Give --briefing FILE.briefing."
        )
    services, notes = _open(args, paths, args.briefing)
    with services, notes:
        code: int = args.notes_handler(args, notes, services)
    return code


def _cmd_notes_add(args: argparse.Namespace, notes: NotesService, _services: Services) -> int:
    # Loaded when the command runs (the targets' words, about 1 ms).
    from briefing_app.domain.briefing import NoteKind, Target

    if args.paragraph is not None:
        target = notes.paragraph(args.paragraph, args.report)
    elif args.indicator is not None:
        target = Target.indicator(args.indicator)
    elif args.question is not None:
        target = Target.question(args.question)
    else:
        meeting, _, code = str(args.item).rpartition(":")
        target = notes.meeting_item(meeting, code)
    note = notes.add(target, args.text, NoteKind(args.kind))
    print(f"Kept your note on {note.target.text()} in {notes.path}.")
    return 0


def _cmd_notes_list(args: argparse.Namespace, notes: NotesService, _services: Services) -> int:
    placed = notes.placed()
    if args.json:
        # Only for --json (about 2 ms).
        import json

        print(json.dumps([entry.as_json() for entry in placed]))
        return 0
    if not placed:
        print(f"No notes yet in {notes.path}.")
    for entry in placed:
        print(f"{entry.note.target.text()} ({entry.where}): {entry.note.text}")
    return 0


def _cmd_notes_export(args: argparse.Namespace, notes: NotesService, services: Services) -> int:
    out: Path = args.out
    if out.suffix.lower() == ".pdf":
        assert services.briefing is not None
        content = services.packs.notes_content(
            notes.pdf_content(services.briefing), services.training.today()
        )
        built = services.packs.write(content, out)
        print(f"Printed your notes to {out} ({built.pages} pages).")
        return 0
    count = notes.export_csv(out)
    print(f"Exported {count} notes to {out}.")
    return 0


def _cmd_notes_import(args: argparse.Namespace, notes: NotesService, _services: Services) -> int:
    count = notes.import_csv(args.file)
    print(f"Kept {count} new notes from {args.file.name} in {notes.path}.")
    return 0


def _cmd_notes_training(args: argparse.Namespace, notes: NotesService, services: Services) -> int:
    if args.add:
        record = notes.add_training(args.add, args.on or services.training.today())
        print(f"Recorded {record.module} on {record.completed_on.isoformat()} in {notes.path}.")
        return 0
    for record in notes.training():
        print(f"{record.completed_on.isoformat()}  {record.module}")
    return 0
