"""``briefing-app pack``, run as a real process."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from tests.cli.test_cli import _run
from tests.pdfcheck import bookmarks, page_texts, qpdf_check


def test_with_only_out_it_builds_the_full_members_pack(tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    result = _run("--database", str(tmp_path / "db.sqlite3"), "pack", "--out", str(out))
    assert result.returncode == 0, result.stderr
    qpdf_check(out)
    reader = PdfReader(out)
    pages = len(reader.pages)
    assert result.stdout.strip() == (
        f"Wrote {out}: members' pack, {pages} pages "
        "(cover, contents, at-a-glance, findings, glossary, sources)"
    )
    assert [m.title for m in bookmarks(reader) if m.level == 0] == [
        "Cover",
        "Contents",
        "At a glance",
        "Inspection findings by theme",
        "Glossary",
        "Sources and caveats",
    ]
    assert "OFFICIAL-SENSITIVE" in page_texts(reader)[0]


def test_a_public_pack_of_chosen_sections_for_a_date_and_committee(tmp_path: Path) -> None:
    out = tmp_path / "public.pdf"
    result = _run(
        "pack",
        "--database",
        str(tmp_path / "db.sqlite3"),
        "--out",
        str(out),
        "--audience",
        "public",
        "--sections",
        "glossary,at-a-glance",
        "--date",
        "2024-06-12",
        "--committee",
        "Zoë Wójcik's Scrutiny Panel",
    )
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    assert [m.title for m in bookmarks(reader)] == ["Cover", "Contents", "At a glance", "Glossary"]
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Zoë Wójcik's Scrutiny Panel: Briefing pack, 12 June 2024"
    text = " ".join(page_texts(reader))
    assert "Zoë Wójcik's Scrutiny Panel" in text
    assert "Public pack, 12 June 2024" in text
    assert "OFFICIAL-SENSITIVE" not in text


def test_bad_choices_exit_2_with_one_plain_line(tmp_path: Path) -> None:
    db = str(tmp_path / "db.sqlite3")
    out = str(tmp_path / "x.pdf")
    cases = [
        (["--sections", "children-in-care"], "cannot be printed yet"),
        (["--sections", "minutes"], "'minutes' is not a section"),
        (["--meeting", "3"], "no meeting number 3"),
        (["--date", "2024-13-01"], "is not a date"),
        (["--audience", "everyone"], "invalid choice"),
    ]
    for extra, message in cases:
        result = _run("pack", "--database", db, "--out", out, *extra)
        assert result.returncode == 2, (extra, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, lines
        assert message in lines[0]
        assert "Traceback" not in result.stderr
    assert not Path(out).exists()


def test_a_missing_folder_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "no-such-folder" / "pack.pdf"
    result = _run("pack", "--database", str(tmp_path / "db.sqlite3"), "--out", str(out))
    assert result.returncode == 2
    assert "does not exist" in result.stderr
    assert not out.parent.exists()
