"""The command that builds PDF briefing packs."""

from __future__ import annotations

import argparse

from briefing_app.cli.common import Commands, add_database_option, iso_date, open_services
from briefing_app.cli.output import add_force_option, output_file
from briefing_app.domain.errors import PackError
from briefing_app.paths import AppPaths

# The commands ``register`` adds: running one of them builds only this module's parsers.
COMMANDS = ("pack",)


def register(commands: Commands) -> None:
    pack = commands.add_parser(
        "pack",
        help="build a PDF briefing pack",
        description=(
            "Build a PDF briefing pack. With only --out, builds the full members' pack for "
            "today from the data held now."
        ),
    )
    add_database_option(pack, suppress=True)
    pack.add_argument(
        "--out", required=True, metavar="FILE", help="where to save the PDF (a name ending .pdf)"
    )
    add_force_option(pack)
    pack.add_argument(
        "--audience",
        choices=["members", "public"],
        default="members",
        help="members' pack (the default) or public pack (no names, no private notes, "
        "small numbers hidden)",
    )
    pack.add_argument(
        "--sections",
        metavar="LIST",
        help="the sections to include, separated by commas (default: every section the app "
        "holds data for); the cover and contents are always included",
    )
    pack.add_argument(
        "--meeting",
        type=int,
        metavar="ID",
        help="build the pack for a meeting (see: briefing-app meetings): its committee, its "
        "date and its questions",
    )
    pack.add_argument(
        "--date",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="the date the pack is for (default: today)",
    )
    pack.add_argument(
        "--committee",
        metavar="NAME",
        help='the committee the pack is for (default: "Corporate Parenting Board")',
    )
    pack.set_defaults(handler=_cmd_pack)


def _cmd_pack(args: argparse.Namespace, paths: AppPaths) -> int:
    # Pack code, loaded when a pack is built, not for --help (about 150 ms).
    from briefing_app.domain.packs.content import PackAudience
    from briefing_app.services.packs.service import DEFAULT_COMMITTEE, PackRequest

    if args.meeting is not None and (args.date is not None or args.committee is not None):
        raise PackError(
            "A meeting sets the pack's committee and date.",
            "Give either --meeting, or --date and --committee.",
        )
    out = output_file(args.out, "pdf", force=args.force)
    with open_services(args, paths) as services:
        packs = services.packs
        sections = None
        if args.sections is not None:
            sections = packs.parse_sections(args.sections, args.meeting)
        request = PackRequest(
            audience=PackAudience(args.audience),
            sections=sections,
            pack_date=args.date,
            committee=args.committee or DEFAULT_COMMITTEE,
            meeting_id=args.meeting,
        )
        built = packs.build(request, out, replace=args.force)
    listed = ", ".join(key.value for key in built.sections)
    print(f"Wrote {built.path}: {built.audience.label.lower()}, {built.pages} pages ({listed})")
    for note in built.notes:
        print(f"Note: {note}")
    return 0
