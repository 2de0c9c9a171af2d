"""Pictures of the real app for the README: every page, large text and high contrast, the guide.

Run with ``make screenshots``. The app runs offscreen (no display needed) on a fresh
database built from ``data/``, with the window at a fixed size, so the pictures change
only when the app does. Writes ``docs/screenshots/<page>.png`` for every page in
``page_specs()`` and a few more views, then rewrites the block of pictures in the
README between its ``screenshots`` markers.

    python docs/make_screenshots.py [--out DIR] [--readme FILE]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SCREENSHOTS = REPO / "docs" / "screenshots"
README = REPO / "README.md"
BLOCK_START = "<!-- screenshots:start (made by docs/make_screenshots.py; `make screenshots`) -->"
BLOCK_END = "<!-- screenshots:end -->"
WINDOW_SIZE = (1200, 760)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from briefing_app.paths import AppPaths  # noqa: E402
from briefing_app.services.container import Services  # noqa: E402
from briefing_app.ui.appearance import Appearance  # noqa: E402
from briefing_app.ui.application import app_icon, ensure_application, make_settings  # noqa: E402
from briefing_app.ui.main_window import MainWindow  # noqa: E402


@dataclass(frozen=True)
class Shot:
    name: str
    caption: str


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
    for spec in window.specs:
        window.show_page_by_key(spec.key)
        shots.append(save(window, folder, Shot(spec.key, f"The {spec.title} page")))
    return shots


def extra_shots(window: MainWindow, folder: Path) -> list[Shot]:
    """Views that show what the pages alone do not: a paragraph found, the display choices."""
    shots = []
    findings = window.show_page_by_key("findings")
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
    window.show_page_by_key("overview")
    window.set_appearance(Appearance(text_size=150, high_contrast=True))
    shots.append(
        save(window, folder, Shot("large-text-high-contrast", "Text at 150%, high contrast"))
    )
    window.set_appearance(Appearance())
    guide = window.show_help()
    if guide is not None:
        guide.resize(*WINDOW_SIZE)
        shots.append(save(guide, folder, Shot("user-guide", "The user guide (F1)")))
        guide.close()
    return shots


def readme_block(shots: list[Shot], folder: Path, readme: Path) -> str:
    relative = os.path.relpath(folder, readme.parent).replace(os.sep, "/")
    lines = [BLOCK_START]
    for shot in shots:
        lines += ["", f"**{shot.caption}**", "", f"![{shot.caption}]({relative}/{shot.name}.png)"]
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
        services = Services.open(paths, folder / "briefing.sqlite3")
        try:
            window = MainWindow(services, make_settings(folder / "settings.ini"))
            window.resize(*WINDOW_SIZE)
            window.show()
            window.statusBar().clearMessage()  # it names a temporary file
            shots = page_shots(window, args.out) + extra_shots(window, args.out)
            window.close()
        finally:
            services.close()
    update_readme(args.readme, readme_block(shots, args.out, args.readme))
    print(f"wrote {len(shots)} pictures to {args.out} and updated {args.readme}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
