"""Imports go at the top of their module. One inside a function keeps something off a path
that does not need it (the window's start-up, a command, a dry run), and says so, with
what it keeps off, in a comment just above it; ``bench/lazy_imports.py`` measures each."""

from __future__ import annotations

from pathlib import Path

from tests.architecture.lazy_imports import lazy_imports
from tests.conftest import REPO

PACKAGE = REPO / "briefing_app"


def test_every_import_inside_a_function_says_why() -> None:
    unexplained = []
    for path in sorted(PACKAGE.rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for group in lazy_imports(path):
            if not group.reason(lines):
                where = path.relative_to(REPO)
                unexplained.append(f"{where}:{group.first_line} {', '.join(group.modules)}")
    assert unexplained == []


def test_the_finder_sees_imports_inside_functions_only(tmp_path: Path) -> None:
    module = tmp_path / "module.py"
    module.write_text(
        "import json\n"
        "\n"
        "def quiet():\n"
        "    import csv\n"
        "\n"
        "    from pathlib import Path\n"
        "    return csv, Path\n"
        "\n"
        "def explained():\n"
        "    # Only here: it is slow to load.\n"
        "    import decimal\n"
        "    return decimal\n",
        encoding="utf-8",
    )
    lines = module.read_text(encoding="utf-8").splitlines()
    groups = lazy_imports(module)
    assert [(g.modules, g.reason(lines)) for g in groups] == [
        (("csv", "pathlib"), None),
        (("decimal",), "Only here: it is slow to load."),
    ]
