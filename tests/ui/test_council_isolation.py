"""Nothing from one council or report appears in another council's workspace.

A Sheffield workspace holding Sheffield's 2023 report (and a question, a meeting and the
council's councillors) is walked whole: every page of the real window (each widget's text,
tooltips, accessible names, and every row of every table and list), every file the app
writes (meeting records as CSV and PDF, the training exports, members' and public packs,
read back with pypdf) and the figures the command line prints. None of it may hold a
sentence or figure of the Portsmouth demonstration (``data/portsmouth-2014``). Then the
reverse: a Leeds workspace with Leeds's own report holds nothing of Sheffield's.
"""

from __future__ import annotations

import csv
import re
import tomllib
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from briefing_app.domain.meetings import ActionDetails, MeetingDetails
from briefing_app.domain.scrutiny import QuestionDraft
from briefing_app.paths import AppPaths
from briefing_app.services.opening.container import Services
from briefing_app.services.opening.root import AppRoot
from briefing_app.services.training.members import apply_members_import, plan_members_import
from briefing_app.ui.application import make_settings
from briefing_app.ui.main_window import MainWindow
from tests.conftest import REFERENCE_PDFS, REPO
from tests.support.processes import run_cli

DEMONSTRATION = REPO / "data" / "portsmouth-2014"
MEMBERS = REPO / "data" / "templates" / "members-template.csv"
_CITATION = re.compile(r"\s*\[[^\[\]]*\]")
_PARAGRAPH = re.compile(r"^(\d+)\.\s+(.*)$")
_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
)


def normalised(text: str) -> str:
    """Case, curly quotes and spacing (a line broken in a PDF) left out."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.casefold().split())


def _opening(sentence: str, words: int = 8) -> str | None:
    """A sentence's first words: distinctive enough, and short enough to survive a page
    that shows only the start of a paragraph."""
    found = sentence.split()
    return " ".join(found[:words]) if len(found) >= 6 else None


def demonstration_texts() -> set[str]:
    """Distinctive sentences and figures of the Portsmouth demonstration, read from its
    files here: the summaries, the questions, the figures' quotes, the report's paragraphs
    and the demonstration's own glossary."""
    found: set[str] = set()
    summaries = tomllib.loads((DEMONSTRATION / "summaries.toml").read_text(encoding="utf-8"))
    for summary in summaries["summary"]:
        for sentence in re.split(r"(?<=\.)\s+", _CITATION.sub("", summary["text"])):
            found.add(_opening(sentence) or "")
    with (DEMONSTRATION / "questions.csv").open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            found.add(_opening(row["question"]) or "")
            found.add(_opening(row["why"]) or "")
    with (DEMONSTRATION / "indicators.csv").open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            found.add(_opening(row["quote"], 6) or "")
    report = (DEMONSTRATION / "report.txt").read_text(encoding="utf-8-sig")
    for line in report.splitlines():
        match = _PARAGRAPH.match(line.strip())
        if match and int(match[1]) <= 163:
            found.add(_opening(match[2]) or "")
    with (DEMONSTRATION / "glossary.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            found.add(_opening(row["meaning"], 5) or "")
    found.discard("")
    return {normalised(text) for text in found}


# -- reading everything a workspace shows ----------------------------------------------


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model keeps its one column to itself
        return 1


def _has_children(model: QAbstractItemModel, index: QModelIndex) -> bool:
    try:
        return model.hasChildren(index)
    except TypeError:  # a list model's rows have none
        return False


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    parent = QModelIndex() if parent is None else parent
    for row in range(model.rowCount(parent)):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            for role in _ROLES:
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value
            if column == 0 and _has_children(model, index):
                yield from _model_texts(model, index)
    for column in range(_columns(model, parent)):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if isinstance(header, str):
            yield header


def widget_texts(root: QWidget) -> Iterator[str]:
    """Every text ``root`` and the widgets in it show or tell a screen reader."""
    yield root.windowTitle()
    for widget in (root, *root.findChildren(QWidget)):
        yield from (widget.toolTip(), widget.accessibleName(), widget.accessibleDescription())
        yield widget.statusTip()
        if isinstance(widget, QLabel | QAbstractButton):
            yield _plain(widget.text())
        elif isinstance(widget, QLineEdit):
            yield from (widget.text(), widget.placeholderText())
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            yield widget.toPlainText()
        elif isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTabBar):
            yield from (widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from _model_texts(widget.model())


def pages_text(qtbot: QtBot, services: Services, settings: Path) -> str:
    """What every page of the real window shows, each page built and shown in turn."""
    window = MainWindow(services, make_settings(settings))
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    texts: list[str] = []
    try:
        for row in range(len(window.pages.specs)):
            window.pages.show_row(row)
            qtbot.wait(20)
            texts += widget_texts(window)
        window.pages.wait_for_background_work()
    finally:
        window.close()
    return "\n".join(texts)


def files_text(database: Path, folder: Path, meeting: int) -> str:
    """Every file the app writes for the workspace, as text, and the figures it prints."""
    folder.mkdir()
    base = ("--database", str(database))
    writes = {
        "record.csv": ("export-meeting", str(meeting), "--out"),
        "record.pdf": ("export-meeting", str(meeting), "--include-private", "--out"),
        "compliance.csv": ("export-compliance",),
        "reminders.csv": ("export-reminders",),
        "training.csv": ("export-training-table",),
        "training-public.csv": ("export-training-table", "--public"),
        "members.pdf": ("pack", "--out"),
        "public.pdf": ("pack", "--audience", "public", "--out"),
        "meeting.pdf": ("pack", "--meeting", str(meeting), "--out"),
    }
    texts = []
    for name, command in writes.items():
        path = folder / name
        words = [*command, str(path)]
        if command[-1] != "--out":  # the CSV exports take the path first
            words = [command[0], str(path), *command[1:]]
        result = run_cli(*base, *words)
        assert result.returncode == 0, f"{name}: {result.stderr}"
        if path.suffix == ".pdf":
            reader = PdfReader(path)
            texts += [page.extract_text() for page in reader.pages]
            texts += [str(value) for value in (reader.metadata or {}).values()]
        else:
            texts.append(path.read_text(encoding="utf-8-sig"))
    figures = run_cli(*base, "figures", "--json")
    assert figures.returncode == 0, figures.stderr
    texts.append(figures.stdout)
    return "\n".join(texts)


def _found(texts: set[str], shown: str) -> list[str]:
    haystack = normalised(shown)
    return sorted(text for text in texts if text in haystack)


# -- the workspaces ------------------------------------------------------------------------


def _council_workspace(
    app_paths: AppPaths, path: Path, council: str, report: Path
) -> tuple[Services, int, str]:
    """A council's workspace with its own report, its councillors, a question of its own
    in a meeting with an answer and actions. Returns the services, the meeting's id and
    the question's text."""
    root = AppRoot(app_paths, path)
    services = root.set_up(root.council_to_set_up(council))
    imported = services.imports.import_file(report)
    assert imported.other_council_of is None
    apply_members_import(services.training, plan_members_import(services.training, MEMBERS))
    finding = imported.report.findings[2]
    text = f"What has changed since Ofsted wrote paragraph {finding.paragraph} about {council}?"
    question = services.scrutiny.add_question(
        QuestionDraft(
            text,
            "Ofsted asked for it.",
            "corporate-parenting",
            "best-interests",
            (finding.paragraph,),
        ),
        imported.report_id,
    )
    today = services.meetings.today()
    meeting = services.meetings.create(
        MeetingDetails("Corporate Parenting Board", today, f"{council}'s report")
    )
    item = services.meetings.add_question(meeting.id, question.id)
    services.meetings.save_answer(item.id, f"The director answered for {council}.", False)
    services.meetings.add_action(
        item.id, ActionDetails("Director of Children's Services", "report back", today)
    )
    services.meetings.add_action(
        item.id,
        ActionDetails("Head of Service", "share the plan", today + timedelta(days=30)),
    )
    return services, meeting.id, text


def _everything(qtbot: QtBot, services: Services, meeting: int, folder: Path) -> tuple[str, str]:
    shown = pages_text(qtbot, services, folder / "settings.ini")
    database = services.database_path
    services.close()
    return shown, files_text(database, folder / "files", meeting)


def test_a_sheffield_workspace_shows_nothing_of_the_portsmouth_demonstration(
    qtbot: QtBot, app_paths: AppPaths, tmp_path: Path
) -> None:
    portsmouth = demonstration_texts()
    assert len(portsmouth) > 200
    services, meeting, question = _council_workspace(
        app_paths,
        tmp_path / "sheffield.sqlite3",
        "Sheffield",
        REFERENCE_PDFS / "sheffield-2023-11-03.pdf",
    )
    sheffield_paragraph = services.reports.latest().findings[10].text  # type: ignore[union-attr]
    shown, written = _everything(qtbot, services, meeting, tmp_path)
    # The walk reads what it should: Sheffield's own report, question and answer.
    assert normalised(question) in normalised(shown)
    assert normalised(" ".join(sheffield_paragraph.split()[:8])) in normalised(shown)
    assert normalised(question) in normalised(written)
    assert "the director answered for sheffield" in normalised(written)
    assert "(demonstration)" not in written
    assert _found(portsmouth, shown) == []
    assert _found(portsmouth, written) == []


def test_a_leeds_workspace_shows_nothing_of_sheffield_s(
    qtbot: QtBot, app_paths: AppPaths, tmp_path: Path
) -> None:
    sheffield, _meeting, sheffield_question = _council_workspace(
        app_paths,
        tmp_path / "sheffield.sqlite3",
        "Sheffield",
        REFERENCE_PDFS / "sheffield-2023-11-03.pdf",
    )
    report = sheffield.reports.latest()
    assert report is not None
    sheffield_texts = {
        normalised(opening)
        for finding in report.findings
        if (opening := _opening(finding.text)) is not None
    } | {normalised(sheffield_question), "the director answered for sheffield"}
    sheffield.close()
    portsmouth = demonstration_texts()

    services, meeting, question = _council_workspace(
        app_paths, tmp_path / "leeds.sqlite3", "Leeds", REFERENCE_PDFS / "leeds-2015-03-27.pdf"
    )
    shown, written = _everything(qtbot, services, meeting, tmp_path)
    assert normalised(question) in normalised(shown)
    assert "the director answered for leeds" in normalised(written)
    assert _found(sheffield_texts, shown) == []
    assert _found(sheffield_texts, written) == []
    assert _found(portsmouth, shown) == []
    assert _found(portsmouth, written) == []
