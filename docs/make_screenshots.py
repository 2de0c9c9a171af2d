"""Pictures of the real app for the README: every page, and a few key views.

Run with ``make screenshots``. The app runs offscreen (no display needed) on a fresh
database built from ``data/``, with one meeting prepared in it (three questions, an
answer and an action, see ``prepare_meeting``), and the window at a fixed size, so the
pictures change only when the app does. Writes ``docs/screenshots/<page>.png`` for every
page in ``PAGES``, then committee mode, a chart at 150% text in high contrast,
the user guide and the first pages of a briefing pack, and rewrites the block of
pictures in the README between its ``screenshots`` markers: a heading, a sentence and
the picture for each.

    python docs/make_screenshots.py [--out DIR] [--readme FILE]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SCREENSHOTS = REPO / "docs" / "screenshots"
README = REPO / "README.md"
BLOCK_START = "<!-- screenshots:start (made by docs/make_screenshots.py; `make screenshots`) -->"
BLOCK_END = "<!-- screenshots:end -->"
WINDOW_SIZE = (1200, 760)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QTabWidget, QWidget  # noqa: E402

from briefing_app.domain.meetings import ActionDetails, MeetingDetails  # noqa: E402
from briefing_app.paths import AppPaths  # noqa: E402
from briefing_app.services.opening.container import Services  # noqa: E402
from briefing_app.services.opening.root import AppRoot  # noqa: E402
from briefing_app.services.packs.service import PackRequest  # noqa: E402
from briefing_app.ui.appearance import Appearance  # noqa: E402
from briefing_app.ui.application import app_icon, ensure_application, make_settings  # noqa: E402
from briefing_app.ui.main_window import MainWindow  # noqa: E402

# A sentence under each page's picture in the README. A page without one gets its
# picture and heading only.
PAGE_ABOUT = {
    "overview": "How Ofsted judged the council's services for children, every grade with "
    "its meaning in words and a symbol.",
    "findings": "Every numbered paragraph of the report in Ofsted's words, section by "
    "section, with the recommendations and the findings behind them; search every "
    "report, or compare two.",
    "children-in-care": "How children in care are doing: short summaries by topic, each "
    "sentence linked to its source, and every figure compared with England and similar "
    "councils, with its trend and charts.",
    "care-leavers": "The same for young people who have left care: education and work, "
    "housing, staying put, and their rights.",
    "questions": "A bank of plain-English questions, each resting on report paragraphs, "
    "recommendations and figures, filtered by theme, principle and status.",
    "meetings": "A meeting's questions in order, with suggestions (worst-judged areas and "
    "open actions first), actions to follow up, and its record as CSV.",
    "actions": "What officers promised, by whom and by when: open, due soon, overdue or "
    "closed with a note of what was done.",
    "training": "Who is in date with their training (every councillor is a corporate "
    "parent), who needs what before the next meeting, reminders, the yearly table, "
    "self-checks, and the records behind it (here the made-up demonstration members).",
    "packs": "A PDF briefing pack for a meeting: members' or public, with the sections "
    "chosen, built in the background.",
}


@dataclass(frozen=True)
class Shot:
    name: str
    caption: str
    about: str = ""


def settle(widget: QWidget) -> None:
    """Let layouts and deferred updates finish before the picture is taken."""
    for _ in range(3):
        QTest.qWait(50)
    widget.repaint()


def save(widget: QWidget, folder: Path, shot: Shot) -> Shot:
    settle(widget)
    if not widget.grab().save(str(folder / f"{shot.name}.png")):
        raise OSError(f"could not write {folder / shot.name}.png")
    return shot


def page_shots(window: MainWindow, folder: Path) -> list[Shot]:
    shots = []
    for spec in window.pages.specs:
        window.pages.show(spec.key)
        caption = f"The {spec.title} page"
        shots.append(save(window, folder, Shot(spec.key, caption, PAGE_ABOUT.get(spec.key, ""))))
    return shots


def prepare_meeting(services: Services) -> int:
    """A meeting today with three questions, an answer and an action, and an earlier one
    with an action still open, so the Meetings and Actions pages have something to show."""
    meetings = services.meetings
    today = meetings.today()
    questions = services.scrutiny.all_questions()[:4]
    earlier = meetings.create(
        MeetingDetails("Corporate Parenting Board", today - timedelta(days=91), "Health")
    )
    item = meetings.add_question(earlier.id, questions[3].id)
    meetings.add_action(
        item.id,
        ActionDetails("Designated nurse", "report on health assessments", today + timedelta(9)),
    )
    meeting = meetings.create(MeetingDetails("Corporate Parenting Board", today, "Care leavers"))
    items = [meetings.add_question(meeting.id, question.id) for question in questions[:3]]
    meetings.save_answer(
        items[0].id, "The service will report the latest figures at the next meeting.", False
    )
    meetings.add_action(
        items[0].id,
        ActionDetails("Head of Children's Social Care", "share the latest figures", today),
    )
    return meeting.id


def extra_shots(window: MainWindow, folder: Path, meeting_id: int) -> list[Shot]:
    """Views that show what the pages alone do not: a paragraph found, committee mode, the
    display choices, the guide and a pack."""
    shots = []
    findings = window.pages.show("findings")
    go_to_paragraph: Callable[[int], bool] | None = getattr(findings, "go_to_paragraph", None)
    if go_to_paragraph is not None and go_to_paragraph(112):
        shots.append(
            save(
                window,
                folder,
                Shot(
                    "findings-paragraph",
                    "Going straight to paragraph 112 of the report, marked with ▶",
                ),
            )
        )
    committee = window.meetings.start_committee_mode(meeting_id)
    if committee is not None:
        committee.showNormal()  # full screen would take the whole (offscreen) screen
        committee.resize(*WINDOW_SIZE)
        shots.append(
            save(
                committee,
                folder,
                Shot(
                    "committee-mode",
                    "Committee mode (F11)",
                    "One question at a time in large type, with its evidence; marks, "
                    "answers and actions saved as they are made, all from the keyboard.",
                ),
            )
        )
        committee.close()
    page = window.pages.show("children-in-care")
    tabs = page.findChild(QTabWidget)
    if tabs is not None:
        tabs.setCurrentIndex(tabs.count() - 1)  # the figures, with their charts
    window.display.set_appearance(Appearance(text_size=150, high_contrast=True))
    shots.append(
        save(
            window,
            folder,
            Shot(
                "large-text-high-contrast",
                "Text at 150%, high contrast",
                "Text from 100% to 200% and high-contrast colours, charts included "
                "(View menu; remembered).",
            ),
        )
    )
    window.display.set_appearance(Appearance())
    guide = window.guide.show()
    if guide is not None:
        guide.resize(*WINDOW_SIZE)
        about = "Plain-English help for councillors and officers; F1 opens each page's topic."
        shots.append(save(guide, folder, Shot("user-guide", "The user guide (F1)", about)))
        guide.close()
    return shots


def pack_shot(services: Services, scratch: Path, folder: Path) -> Shot:
    """The cover and the first pages of the members' pack, side by side, as PNG."""
    import pypdfium2
    from PIL import Image

    pdf = scratch / "pack.pdf"
    services.packs.build(PackRequest(), pdf)
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        pages = [document[i].render(scale=0.75).to_pil() for i in range(min(3, len(document)))]
    finally:
        document.close()
    gap = 16
    width = sum(page.width for page in pages) + gap * (len(pages) + 1)
    height = max(page.height for page in pages) + 2 * gap
    sheet = Image.new("RGB", (width, height), "#5a5a5a")
    left = gap
    for page in pages:
        sheet.paste(page, (left, gap))
        left += page.width + gap
    shot = Shot(
        "briefing-pack",
        "A briefing pack (PDF)",
        "The cover, contents and first section of the members' pack: page numbers that "
        "match the PDF's, a note of the source of every figure, fonts embedded.",
    )
    sheet.save(folder / f"{shot.name}.png")
    return shot


def readme_block(shots: list[Shot], folder: Path, readme: Path) -> str:
    relative = os.path.relpath(folder, readme.parent).replace(os.sep, "/")
    lines = [BLOCK_START]
    for shot in shots:
        lines += ["", f"### {shot.caption}", ""]
        if shot.about:
            lines += [shot.about, ""]
        lines.append(f"![{shot.caption}]({relative}/{shot.name}.png)")
    lines += ["", BLOCK_END]
    return "\n".join(lines)


def update_readme(readme: Path, block: str) -> None:
    text = readme.read_text(encoding="utf-8")
    start, end = text.find(BLOCK_START), text.find(BLOCK_END)
    if start < 0 or end < start:
        raise ValueError(f"{readme} has no block between {BLOCK_START!r} and {BLOCK_END!r}")
    readme.write_text(text[:start] + block + text[end + len(BLOCK_END) :], encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SCREENSHOTS, help="folder for the PNGs")
    parser.add_argument("--readme", type=Path, default=README, help="the README to update")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    app = ensure_application()
    app.setWindowIcon(app_icon(REPO / "resources"))
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        paths = AppPaths(folder / "data", folder / "config", REPO / "resources", REPO / "data")
        services = AppRoot(paths, folder / "briefing.sqlite3").open()
        try:
            meeting_id = prepare_meeting(services)
            window = MainWindow(services, make_settings(folder / "settings.ini"))
            window.resize(*WINDOW_SIZE)
            window.show()
            window.statusBar().clearMessage()  # it names a temporary file
            shots = page_shots(window, args.out) + extra_shots(window, args.out, meeting_id)
            window.close()
            shots.append(pack_shot(services, folder, args.out))
        finally:
            services.close()
    update_readme(args.readme, readme_block(shots, args.out, args.readme))
    print(f"wrote {len(shots)} pictures to {args.out} and updated {args.readme}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
