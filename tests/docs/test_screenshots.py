"""The README's pictures: made from the real app by docs/make_screenshots.py, one per page."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from briefing_app.ui.pages.registry import PAGES
from tests.conftest import REPO
from tests.support.processes import offscreen_env

SCRIPT = REPO / "docs" / "make_screenshots.py"
START = "<!-- screenshots:start (made by docs/make_screenshots.py; `make screenshots`) -->"
END = "<!-- screenshots:end -->"
IMAGE = re.compile(r"!\[([^\]]+)\]\(([^)]+)\)")


def _page_keys() -> list[str]:
    return [key for key, _title in PAGES]


def _looks_like_a_window(path: Path) -> bool:
    image = QImage(str(path))
    if image.isNull() or image.width() < 600 or image.height() < 400:
        return False
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)
    }
    return len(colours) > 8


def test_the_script_pictures_every_page_and_rewrites_the_readme_block(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(f"# Title\n\n{START}\nold pictures\n{END}\n\n## After\n", encoding="utf-8")
    out = tmp_path / "shots"
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(out), "--readme", str(readme)],
        capture_output=True,
        text=True,
        env=offscreen_env(XDG_CONFIG_HOME=str(tmp_path / "config")),
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for key in _page_keys():
        assert _looks_like_a_window(out / f"{key}.png"), key
    assert _looks_like_a_window(out / "large-text-high-contrast.png")
    assert _looks_like_a_window(out / "user-guide.png")

    text = readme.read_text(encoding="utf-8")
    assert text.startswith(f"# Title\n\n{START}\n")
    assert text.endswith(f"{END}\n\n## After\n")
    assert "old pictures" not in text
    pictures = {Path(target).name for _, target in IMAGE.findall(text)}
    assert pictures == {path.name for path in out.glob("*.png")}
    assert all(alt.strip() for alt, _ in IMAGE.findall(text))


def test_the_readme_shows_every_page() -> None:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = text[text.index(START) : text.index(END)]
    targets = [target for _, target in IMAGE.findall(block)]
    for key in _page_keys():
        assert f"docs/screenshots/{key}.png" in targets, f"run `make screenshots` for {key}"
    for target in targets:
        assert _looks_like_a_window(REPO / target), target
