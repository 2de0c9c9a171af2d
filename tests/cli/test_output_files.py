"""A command never replaces a file without being told to: every command that writes a file
the user names refuses one already there unless ``--force`` is given, and refuses a name
with the wrong ending. Each refusal is one plain line, exit 2, the file byte for byte as
it was and nothing else written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefing_app.cli import main
from briefing_app.domain.meetings import MeetingDetails
from briefing_app.paths import AppPaths
from briefing_app.services.opening.root import AppRoot
from tests.safety.bad_files import folder_listing

# Each command that writes a file the user names, and the ending its file must have.
WRITERS = {
    "pack": (lambda out: ["pack", "--out", out], ".pdf"),
    "pack (public)": (lambda out: ["pack", "--audience", "public", "--out", out], ".pdf"),
    "export-meeting (PDF)": (lambda out: ["export-meeting", "1", "--out", out], ".pdf"),
    "export-meeting (CSV)": (lambda out: ["export-meeting", "1", "--out", out], ".csv"),
    "export-compliance": (lambda out: ["export-compliance", out], ".csv"),
    "export-reminders": (lambda out: ["export-reminders", out], ".csv"),
    "export-training-table": (lambda out: ["export-training-table", out], ".csv"),
}


@pytest.fixture
def database(app_paths: AppPaths, seeded_db_path: Path) -> Path:
    """The default data and one meeting (number 1), closed again."""
    services = AppRoot(app_paths, seeded_db_path).open()
    try:
        services.meetings.create(
            MeetingDetails("Corporate Parenting Board", date(2026, 1, 15), "Care leavers")
        )
    finally:
        services.close()
    return seeded_db_path


def _run(
    capsys: pytest.CaptureFixture[str], paths: AppPaths, database: Path, *words: str
) -> tuple[int, str, str]:
    code = main(["--database", str(database), *words], paths)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_file_already_there_is_refused_unless_forced(
    writer: str,
    database: Path,
    app_paths: AppPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    words, ending = WRITERS[writer]
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"existing{ending}"
    target.write_bytes(b"the user's own file\n")
    before = folder_listing(folder)
    code, out, err = _run(capsys, app_paths, database, *words(str(target)))
    assert code == 2
    assert out == ""
    assert err == (
        f"briefing-app: existing{ending}: a file of that name is already there, and it was "
        "left as it was. Choose a new name, or add --force to replace it.\n"
    )
    assert folder_listing(folder) == before

    code, out, err = _run(capsys, app_paths, database, *words(str(target)), "--force")
    assert code == 0, err
    assert out.startswith("Wrote ")
    assert target.read_bytes() != b"the user's own file\n"
    assert sorted(p.name for p in folder.iterdir()) == [target.name], "nothing else is left"


def _wrong_names() -> list[tuple[str, str]]:
    """Names each writer must refuse: none, another kind's, and (where the command writes
    only one kind) the other kind the app writes."""
    cases = []
    for writer, (_, ending) in sorted(WRITERS.items()):
        cases += [(writer, "no-ending"), (writer, "wrong.txt"), (writer, "report.pdf.docx")]
        if not writer.startswith("export-meeting"):  # it writes either, by the name
            cases.append((writer, "table.pdf" if ending == ".csv" else "pack.csv"))
    return cases


@pytest.mark.parametrize(("writer", "name"), _wrong_names())
def test_a_name_with_the_wrong_ending_is_refused(
    writer: str,
    name: str,
    database: Path,
    app_paths: AppPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    words, _ = WRITERS[writer]
    folder = tmp_path / "out"
    folder.mkdir()
    for force in ([], ["--force"]):
        code, out, err = _run(capsys, app_paths, database, *words(str(folder / name)), *force)
        assert code == 2
        assert out == ""
        assert len(err.splitlines()) == 1
        assert err.startswith(f"briefing-app: {name}: ")
        assert "name must end in ." in err
        assert "nothing was written" in err
        assert list(folder.iterdir()) == []
