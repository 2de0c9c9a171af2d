"""``publish``, ``open`` and ``notes`` from the command line: the exact shapes scripts
rely on, and a briefing for another council refused unless the member says so."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

from tests.support.processes import run_cli


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_publish_then_notes_add_and_list_json(seeded_db_path: Path, tmp_path: Path) -> None:
    briefing = tmp_path / "board.briefing"
    published = run_cli("--database", str(seeded_db_path), "publish", "--out", str(briefing))
    assert published.returncode == 0, published.stderr
    assert published.stdout.startswith(f"Published {briefing}: Portsmouth (demonstration)")
    assert "for members" in published.stdout
    sent = _sha(briefing)

    notes = tmp_path / "notes.sqlite3"
    common = ["notes", "--briefing", str(briefing), "--notes", str(notes)]
    for target, text in (
        (["--paragraph", "12"], "Why were visits late?"),
        (["--indicator", "cla-count"], "Café, naïve, “quoted” — and a comma, too"),
        (["--question", "POR14-02"], "Ask in March"),
    ):
        added = run_cli(*common, "add", *target, text)
        assert added.returncode == 0, added.stderr
    listed = run_cli(*common, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == [
        {
            "target": "paragraph:851:inspection:2014-06-25:2014-07-16:12",
            "text": "Why were visits late?",
            "attached": True,
        },
        {
            "target": "indicator:cla-count",
            "text": "Café, naïve, “quoted” — and a comma, too",
            "attached": True,
        },
        {"target": "question:POR14-02", "text": "Ask in March", "attached": True},
    ]
    # A target the briefing does not hold is refused, and nothing is added.
    missing = run_cli(*common, "add", "--question", "NO-SUCH", "text")
    assert missing.returncode == 2
    assert "The briefing holds no question NO-SUCH" in missing.stderr
    assert len(json.loads(run_cli(*common, "list", "--json").stdout)) == 3
    # --report chooses the report of --paragraph; one the briefing lacks is refused.
    wrong = run_cli(*common, "add", "--paragraph", "3", "--report", "1999-01-01", "x")
    assert wrong.returncode == 2
    assert "851:inspection:2014-06-25:2014-07-16" in wrong.stderr
    chosen = run_cli(*common, "add", "--paragraph", "3", "--report", "2014-07-16", "p3")
    assert chosen.returncode == 0, chosen.stderr
    assert _sha(briefing) == sent  # the notes live elsewhere: the briefing is untouched

    checked = run_cli("open", str(briefing), "--check", "--notes", str(notes))
    assert checked.returncode == 0, checked.stderr
    assert "Portsmouth (demonstration), published" in checked.stdout
    # A briefing file given alone (as a double-click gives it) is opened.
    alone = run_cli(str(briefing), "--check", "--notes", str(notes))
    assert alone.returncode == 0, alone.stderr
    assert alone.stdout == checked.stdout


def test_a_briefing_for_another_council_needs_the_members_word(
    seeded_db_path: Path, tmp_path: Path
) -> None:
    ours, theirs = tmp_path / "ours.briefing", tmp_path / "theirs.briefing"
    assert run_cli("--database", str(seeded_db_path), "publish", "--out", str(ours)).returncode == 0
    other = tmp_path / "sheffield.sqlite3"
    shutil.copyfile(seeded_db_path, other)
    with sqlite3.connect(other) as connection:
        connection.execute("UPDATE workspace SET old_la_code = '373'")
    connection.close()
    assert run_cli("--database", str(other), "publish", "--out", str(theirs)).returncode == 0
    notes = tmp_path / "notes.sqlite3"
    add = ["add", "--question", "POR14-02", "Ask"]
    assert run_cli("notes", "--briefing", str(ours), "--notes", str(notes), *add).returncode == 0
    held = _sha(notes)

    refused = run_cli("open", str(theirs), "--check", "--notes", str(notes))
    assert refused.returncode == 2
    assert "is a briefing for Sheffield, but your notes are for Portsmouth" in refused.stderr
    assert _sha(notes) == held

    switched = run_cli(
        "notes",
        "--briefing",
        str(theirs),
        "--notes",
        str(notes),
        "--other-council",
        "list",
        "--json",
    )
    assert switched.returncode == 0, switched.stderr
    assert json.loads(switched.stdout) == [
        {"target": "question:POR14-02", "text": "Ask", "attached": False}
    ]


def test_publish_never_writes_over_another_file(seeded_db_path: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.7 not ours")
    before = _sha(report)
    result = run_cli("--database", str(seeded_db_path), "publish", "--out", str(report))
    assert result.returncode == 2
    assert "report.pdf: a file of another kind is already there" in result.stderr
    assert _sha(report) == before


def test_notes_move_to_another_laptop_and_print(seeded_db_path: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from tests.pdfcheck import bookmarks, fonts, page_texts, qpdf_check

    briefing = tmp_path / "board.briefing"
    assert (
        run_cli("--database", str(seeded_db_path), "publish", "--out", str(briefing)).returncode
        == 0
    )
    laptop_a, laptop_b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    on_a = ["notes", "--briefing", str(briefing), "--notes", str(laptop_a)]
    on_b = ["notes", "--briefing", str(briefing), "--notes", str(laptop_b)]
    assert run_cli(*on_a, "add", "--question", "POR14-02", "--kind", "to-ask", "").returncode == 0
    assert run_cli(*on_a, "add", "--indicator", "cla-count", "=SUM(A1) looks odd").returncode == 0
    recorded = run_cli(
        *on_a, "training", "--add", "Corporate parenting refresher", "--on", "2026-01-20"
    )
    assert recorded.returncode == 0, recorded.stderr
    assert "2026-01-20  Corporate parenting refresher" in run_cli(*on_a, "training").stdout

    csv_file, pdf_file = tmp_path / "notes.csv", tmp_path / "notes.pdf"
    exported = run_cli(*on_a, "export", str(csv_file))
    assert exported.returncode == 0, exported.stderr
    assert "'=SUM(A1) looks odd" in csv_file.read_text(encoding="utf-8-sig")  # safe to open
    again = run_cli(*on_a, "export", str(csv_file))
    assert again.returncode == 2  # an existing file is never written over
    imported = run_cli(*on_b, "import", str(csv_file))
    assert imported.returncode == 0, imported.stderr
    listed_a = json.loads(run_cli(*on_a, "list", "--json").stdout)
    assert json.loads(run_cli(*on_b, "list", "--json").stdout) == listed_a
    assert {
        "target": "indicator:cla-count",
        "text": "=SUM(A1) looks odd",
        "attached": True,
    } in listed_a

    printed = run_cli(*on_a, "export", str(pdf_file))
    assert printed.returncode == 0, printed.stderr
    qpdf_check(pdf_file)
    reader = PdfReader(pdf_file)
    text = " ".join(" ".join(page_texts(reader)).split())
    assert "=SUM(A1) looks odd" in text
    assert "(to ask)" in text
    assert "My notes" in [mark.title for mark in bookmarks(reader)]
    assert all("DejaVuSans" in name for name in fonts(reader))
    assert reader.metadata is not None
    assert "My notes on the briefing" in str(reader.metadata.title)
