"""Inspection reports in the database. Returns domain objects, never rows."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date

from briefing_app.domain.errors import NotFoundError
from briefing_app.domain.reports import (
    Finding,
    Framework,
    Grade,
    InspectionReport,
    Judgement,
    JudgementArea,
    Part,
    Recommendation,
    ReportHeader,
    ReportKind,
    Strength,
)
from briefing_app.storage.database import Database, now_text
from briefing_app.storage.workspace_repo import OWN_COUNCIL


class ReportRepository:
    def __init__(self, database: Database) -> None:
        self.db = database

    def add(self, report: InspectionReport, council: str | None = None) -> int:
        """Write a whole report in one transaction and return its id. ``council`` is the
        old DfE code of the council it is about, if known."""
        with self.db.transaction():
            cursor = self.db.execute(
                "INSERT INTO reports (authority, framework, inspection_start, inspection_end, "
                "published, title, source_name, imported_at, kind, read_warnings, council) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*_header_values(report), council),
            )
            report_id = int(cursor.lastrowid or 0)
            self._write_contents(report_id, report)
        return report_id

    def set_council(self, report_id: int, council: str | None) -> None:
        """Say which council (old DfE code) the report is about."""
        self.db.execute("UPDATE reports SET council = ? WHERE id = ?", (council, report_id))

    def replace(self, report_id: int, report: InspectionReport, absorb: Iterable[int] = ()) -> None:
        """Put ``report`` in place of the report ``report_id``, keeping its id, in one
        transaction. Its judgements, paragraphs, recommendations and strengths are written
        afresh; everything else that points at the report (questions, figures, stored
        sections) keeps pointing at it.

        Each report in ``absorb`` (another copy of the same inspection) is deleted, after
        what points at it has been moved over to ``report_id``.
        """
        with self.db.transaction():
            found = self.db.execute(
                "UPDATE reports SET authority = ?, framework = ?, inspection_start = ?, "
                "inspection_end = ?, published = ?, title = ?, source_name = ?, imported_at = ?, "
                "kind = ?, read_warnings = ? WHERE id = ?",
                (*_header_values(report), report_id),
            ).rowcount
            if not found:
                raise NotFoundError(f"There is no inspection report number {report_id}.")
            for table in _CONTENT_TABLES:
                self.db.execute(f"DELETE FROM {table} WHERE report_id = ?", (report_id,))
            self._write_contents(report_id, report)
            links = self._links_to_reports()
            for other in absorb:
                if other == report_id:
                    continue
                for table, column in links:
                    # OR IGNORE: a row that would clash with one the kept report already has
                    # stays with the copy, and goes with it.
                    self.db.execute(
                        f"UPDATE OR IGNORE {table} SET {column} = ? WHERE {column} = ?",
                        (report_id, other),
                    )
                self.delete(other)

    def _links_to_reports(self) -> list[tuple[str, str]]:
        """(table, column) of every reference to reports(id), other than a report's own
        contents, read from the schema so links added by any part of the app are kept."""
        rows = self.db.query(
            'SELECT m.name, k."from" FROM sqlite_master AS m '
            "JOIN pragma_foreign_key_list(m.name) AS k "
            "WHERE m.type = 'table' AND k.\"table\" = 'reports' ORDER BY m.name, k.id"
        )
        return [(table, column) for table, column in rows if table not in _CONTENT_TABLES]

    def _write_contents(self, report_id: int, report: InspectionReport) -> None:
        conn = self.db.connection
        conn.executemany(
            "INSERT INTO judgements (report_id, area, grade, label) VALUES (?, ?, ?, ?)",
            [(report_id, j.area.value, j.grade.value, j.label) for j in report.judgements],
        )
        conn.executemany(
            "INSERT INTO findings (report_id, paragraph, part, section, subsection, text, "
            "summary, themes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    report_id,
                    f.paragraph,
                    f.part.value,
                    f.section,
                    f.subsection,
                    f.text,
                    f.summary,
                    ",".join(f.themes),
                )
                for f in report.findings
            ],
        )
        for position, rec in enumerate(report.recommendations, start=1):
            rec_id = self.db.execute(
                "INSERT INTO recommendations (report_id, number, paragraph, text, priority, "
                "topic, part) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    report_id,
                    rec.number or position,
                    rec.paragraph,
                    rec.text,
                    int(rec.priority),
                    rec.topic,
                    rec.part.value,
                ),
            ).lastrowid
            conn.executemany(
                "INSERT INTO recommendation_evidence (recommendation_id, paragraph) VALUES (?, ?)",
                [(rec_id, paragraph) for paragraph in sorted(set(rec.evidence))],
            )
        conn.executemany(
            "INSERT INTO strengths (report_id, paragraph, part) VALUES (?, ?, ?)",
            [(report_id, s.paragraph, s.part.value) for s in report.strengths],
        )

    def delete(self, report_id: int) -> None:
        """Remove a report and everything that belongs to it (the tables cascade)."""
        self.db.execute("DELETE FROM reports WHERE id = ?", (report_id,))

    def same_inspection(self, report: InspectionReport) -> list[ReportHeader]:
        """Reports held of the same inspection: same authority and inspection dates."""
        return [
            header
            for header in self.headers()
            if header.authority.casefold() == report.authority.casefold()
            and header.inspection_start == report.inspection_start
            and header.inspection_end == report.inspection_end
        ]

    def own_reports(self) -> list[ReportHeader]:
        """The reports of the workspace's council, newest first. Reports of other
        councils, held to compare with, are never the workspace's own."""
        return self._headers(f"WHERE r.council = {OWN_COUNCIL}")

    def headers(self) -> list[ReportHeader]:
        """Every report held (the workspace's council's and others'), newest first."""
        return self._headers("")

    def _headers(self, where: str) -> list[ReportHeader]:
        rows = self.db.query(
            "SELECT r.*, j.grade AS overall FROM reports r LEFT JOIN judgements j "
            f"ON j.report_id = r.id AND j.area = ? {where} "
            "ORDER BY r.inspection_end DESC, r.authority",
            (JudgementArea.OVERALL_EFFECTIVENESS.value,),
        )
        return [_header(row) for row in rows]

    def judgements(self) -> dict[int, tuple[Judgement, ...]]:
        """Every report's judgements, by report id, in the order the report gives them."""
        found: dict[int, list[Judgement]] = {}
        for row in self.db.query(
            "SELECT report_id, area, grade, label FROM judgements ORDER BY id"
        ):
            found.setdefault(row["report_id"], []).append(
                Judgement(JudgementArea(row["area"]), Grade(row["grade"]), row["label"])
            )
        return {report_id: tuple(judgements) for report_id, judgements in found.items()}

    def get(self, report_id: int) -> InspectionReport:
        row = self.db.query("SELECT * FROM reports WHERE id = ?", (report_id,))
        if not row:
            raise NotFoundError(f"There is no inspection report number {report_id}.")
        r = row[0]
        judgements = tuple(
            Judgement(JudgementArea(j["area"]), Grade(j["grade"]), j["label"])
            for j in self.db.query(
                "SELECT * FROM judgements WHERE report_id = ? ORDER BY id", (report_id,)
            )
        )
        findings = tuple(
            Finding(
                paragraph=f["paragraph"],
                text=f["text"],
                section=f["section"],
                part=Part(f["part"]),
                subsection=f["subsection"],
                summary=f["summary"],
                themes=tuple(t for t in f["themes"].split(",") if t),
            )
            for f in self.db.query(
                "SELECT * FROM findings WHERE report_id = ? ORDER BY paragraph", (report_id,)
            )
        )
        evidence: dict[int, list[int]] = {}
        for e in self.db.query(
            "SELECT e.recommendation_id, e.paragraph FROM recommendation_evidence e "
            "JOIN recommendations r ON r.id = e.recommendation_id WHERE r.report_id = ? "
            "ORDER BY e.paragraph",
            (report_id,),
        ):
            evidence.setdefault(e["recommendation_id"], []).append(e["paragraph"])
        recommendations = tuple(
            Recommendation(
                paragraph=x["paragraph"],
                text=x["text"],
                priority=bool(x["priority"]),
                topic=x["topic"],
                part=Part(x["part"]),
                evidence=tuple(evidence.get(x["id"], ())),
                number=x["number"],
            )
            for x in self.db.query(
                "SELECT * FROM recommendations WHERE report_id = ? ORDER BY number", (report_id,)
            )
        )
        strengths = tuple(
            Strength(s["paragraph"], Part(s["part"]))
            for s in self.db.query(
                "SELECT * FROM strengths WHERE report_id = ? ORDER BY paragraph", (report_id,)
            )
        )
        return InspectionReport(
            id=r["id"],
            authority=r["authority"],
            framework=Framework(r["framework"]),
            inspection_start=date.fromisoformat(r["inspection_start"]),
            inspection_end=date.fromisoformat(r["inspection_end"]),
            published=date.fromisoformat(r["published"]) if r["published"] else None,
            title=r["title"],
            source_name=r["source_name"],
            kind=ReportKind(r["kind"]),
            warnings=tuple(line for line in r["read_warnings"].split("\n") if line),
            judgements=judgements,
            findings=findings,
            recommendations=recommendations,
            strengths=strengths,
        )


# The tables that hold a report's own contents, written afresh when it is replaced.
# (recommendation_evidence goes with its recommendations.)
_CONTENT_TABLES = ("judgements", "findings", "recommendations", "strengths")


def _header_values(report: InspectionReport) -> tuple[object, ...]:
    return (
        report.authority,
        report.framework.value,
        report.inspection_start.isoformat(),
        report.inspection_end.isoformat(),
        report.published.isoformat() if report.published else None,
        report.title,
        report.source_name,
        now_text(),
        report.kind.value,
        "\n".join(report.warnings),
    )


def _header(row: sqlite3.Row) -> ReportHeader:
    return ReportHeader(
        id=row["id"],
        authority=row["authority"],
        framework=Framework(row["framework"]),
        inspection_start=date.fromisoformat(row["inspection_start"]),
        inspection_end=date.fromisoformat(row["inspection_end"]),
        published=date.fromisoformat(row["published"]) if row["published"] else None,
        overall=Grade(row["overall"]) if row["overall"] else None,
        kind=ReportKind(row["kind"]),
        council=row["council"],
    )
