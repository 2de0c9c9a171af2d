"""Schema changes, in order. Each one runs once, inside a transaction, via sqlite-utils.

Add a change by appending a function decorated with ``@migration``; never edit one that
has shipped. ``PRAGMA user_version`` holds how many have been applied, so a file from a
newer version (a larger number) can be refused without importing anything heavy.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

MIGRATION_SET = "briefing_app"
MigrationFunction = Callable[["sqlite_utils.Database"], None]
MIGRATIONS: list[MigrationFunction] = []


def migration(function: MigrationFunction) -> MigrationFunction:
    MIGRATIONS.append(function)
    return function


def _run(db: sqlite_utils.Database, script: str) -> None:
    """Run several statements inside the migration's transaction (no executescript: it commits).

    Statements are split where SQLite says one is complete, so triggers (whose bodies hold
    ``;`` between BEGIN and END) stay whole.
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            db.execute(pending.strip().rstrip(";"))
            pending = ""
    if pending.strip():
        db.execute(pending.strip())


@migration
def m001_inspection_reports(db: sqlite_utils.Database) -> None:
    _run(
        db,
        """
        CREATE TABLE reports (
            id INTEGER PRIMARY KEY,
            authority TEXT NOT NULL,
            framework TEXT NOT NULL,
            inspection_start TEXT NOT NULL,
            inspection_end TEXT NOT NULL,
            published TEXT,
            title TEXT NOT NULL DEFAULT '',
            source_name TEXT NOT NULL DEFAULT '',
            imported_at TEXT NOT NULL
        );
        CREATE TABLE judgements (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            area TEXT NOT NULL,
            grade TEXT NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            UNIQUE (report_id, area)
        );
        CREATE TABLE findings (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            paragraph INTEGER NOT NULL,
            part TEXT NOT NULL,
            section TEXT NOT NULL,
            subsection TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            themes TEXT NOT NULL DEFAULT '',
            UNIQUE (report_id, paragraph)
        );
        CREATE TABLE recommendations (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            paragraph INTEGER,
            text TEXT NOT NULL,
            priority INTEGER NOT NULL,
            topic TEXT NOT NULL DEFAULT '',
            part TEXT NOT NULL,
            UNIQUE (report_id, number)
        );
        CREATE TABLE recommendation_evidence (
            recommendation_id INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
            paragraph INTEGER NOT NULL,
            PRIMARY KEY (recommendation_id, paragraph)
        );
        CREATE TABLE strengths (
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            paragraph INTEGER NOT NULL,
            part TEXT NOT NULL,
            PRIMARY KEY (report_id, paragraph)
        );
        CREATE TABLE seeds (
            name TEXT PRIMARY KEY,
            applied_at TEXT NOT NULL
        )
        """,
    )


@migration
def m002_glossary(db: sqlite_utils.Database) -> None:
    _run(
        db,
        """
        CREATE TABLE glossary (
            term TEXT PRIMARY KEY,
            stands_for TEXT NOT NULL DEFAULT '',
            meaning TEXT NOT NULL
        )
        """,
    )


@migration
def m_reports_1_findings_search(db: sqlite_utils.Database) -> None:
    """Full-text search over every report's paragraphs, accents folded ("Wojcik" finds "Wójcik").

    Triggers keep the index in step with the findings table, including cascaded deletes.
    """
    columns = "text, section, subsection"
    statements = [
        "CREATE VIRTUAL TABLE findings_fts USING fts5("
        f"{columns}, content='findings', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2')",
        "INSERT INTO findings_fts(findings_fts) VALUES ('rebuild')",
        "CREATE TRIGGER findings_fts_insert AFTER INSERT ON findings BEGIN "
        f"INSERT INTO findings_fts (rowid, {columns}) "
        "VALUES (new.id, new.text, new.section, new.subsection); END",
        "CREATE TRIGGER findings_fts_delete AFTER DELETE ON findings BEGIN "
        f"INSERT INTO findings_fts (findings_fts, rowid, {columns}) "
        "VALUES ('delete', old.id, old.text, old.section, old.subsection); END",
        "CREATE TRIGGER findings_fts_update AFTER UPDATE ON findings BEGIN "
        f"INSERT INTO findings_fts (findings_fts, rowid, {columns}) "
        "VALUES ('delete', old.id, old.text, old.section, old.subsection); "
        f"INSERT INTO findings_fts (rowid, {columns}) "
        "VALUES (new.id, new.text, new.section, new.subsection); END",
        "CREATE INDEX reports_same_inspection ON reports "
        "(authority COLLATE NOCASE, inspection_start, inspection_end)",
    ]
    for statement in statements:
        db.execute(statement)


@migration
def m_outcomes_1_indicators(db: sqlite_utils.Database) -> None:
    _run(
        db,
        """
        CREATE TABLE indicators (
            key TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            audience TEXT NOT NULL,
            topic TEXT NOT NULL,
            unit TEXT NOT NULL,
            polarity TEXT NOT NULL,
            statement TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE indicator_values (
            id INTEGER PRIMARY KEY,
            indicator TEXT NOT NULL REFERENCES indicators(key) ON DELETE CASCADE,
            as_at TEXT NOT NULL,
            period TEXT NOT NULL,
            value REAL NOT NULL,
            count INTEGER,
            denominator INTEGER,
            england REAL,
            statistical_neighbours REAL,
            region REAL,
            england_stated TEXT NOT NULL DEFAULT '',
            neighbours_stated TEXT NOT NULL DEFAULT '',
            region_stated TEXT NOT NULL DEFAULT '',
            paragraphs TEXT NOT NULL DEFAULT '',
            section TEXT NOT NULL DEFAULT '',
            document TEXT NOT NULL DEFAULT '',
            report_id INTEGER REFERENCES reports(id) ON DELETE SET NULL,
            quote TEXT NOT NULL DEFAULT '',
            working TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL,
            UNIQUE (indicator, as_at)
        );
        CREATE INDEX indicator_values_by_indicator ON indicator_values (indicator, as_at);
        CREATE TABLE report_sections (
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            heading TEXT NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (report_id, heading)
        );
        CREATE TABLE summaries (
            audience TEXT NOT NULL,
            topic TEXT NOT NULL,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            origin TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (audience, topic)
        )
        """,
    )


@migration
def m_scrutiny_1_questions_meetings_actions(db: sqlite_utils.Database) -> None:
    _run(
        db,
        """
        CREATE TABLE questions (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            text TEXT NOT NULL,
            why TEXT NOT NULL DEFAULT '',
            theme TEXT NOT NULL,
            principle TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'active',
            report_id INTEGER REFERENCES reports(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE question_findings (
            question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
            paragraph INTEGER NOT NULL,
            PRIMARY KEY (question_id, paragraph)
        );
        CREATE INDEX question_findings_by_paragraph ON question_findings (paragraph);
        CREATE TABLE question_recommendations (
            question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
            paragraph INTEGER NOT NULL,
            PRIMARY KEY (question_id, paragraph)
        );
        CREATE TABLE question_indicators (
            question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
            indicator_key TEXT NOT NULL,
            PRIMARY KEY (question_id, indicator_key)
        );
        CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            committee TEXT NOT NULL,
            meeting_date TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE TABLE meeting_items (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            question_id INTEGER NOT NULL REFERENCES questions(id),
            position INTEGER NOT NULL,
            status TEXT NOT NULL DEFAULT 'not_asked',
            answer TEXT NOT NULL DEFAULT '',
            answer_private INTEGER NOT NULL DEFAULT 0,
            question_text TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            UNIQUE (meeting_id, question_id)
        );
        CREATE INDEX meeting_items_by_question ON meeting_items (question_id);
        CREATE TABLE actions (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            question_id INTEGER REFERENCES questions(id),
            owner TEXT NOT NULL,
            description TEXT NOT NULL,
            due_date TEXT NOT NULL,
            raised_on TEXT NOT NULL,
            closed_on TEXT,
            closing_note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX actions_by_question ON actions (question_id);
        CREATE VIRTUAL TABLE questions_fts USING fts5(
            code, text, why, content='questions', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER questions_fts_insert AFTER INSERT ON questions BEGIN
            INSERT INTO questions_fts (rowid, code, text, why)
            VALUES (new.id, new.code, new.text, new.why);
        END;
        CREATE TRIGGER questions_fts_delete AFTER DELETE ON questions BEGIN
            INSERT INTO questions_fts (questions_fts, rowid, code, text, why)
            VALUES ('delete', old.id, old.code, old.text, old.why);
        END;
        CREATE TRIGGER questions_fts_update AFTER UPDATE OF code, text, why ON questions BEGIN
            INSERT INTO questions_fts (questions_fts, rowid, code, text, why)
            VALUES ('delete', old.id, old.code, old.text, old.why);
            INSERT INTO questions_fts (rowid, code, text, why)
            VALUES (new.id, new.code, new.text, new.why);
        END;
        CREATE VIRTUAL TABLE answers_fts USING fts5(
            answer, content='meeting_items', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER answers_fts_insert AFTER INSERT ON meeting_items BEGIN
            INSERT INTO answers_fts (rowid, answer) VALUES (new.id, new.answer);
        END;
        CREATE TRIGGER answers_fts_delete AFTER DELETE ON meeting_items BEGIN
            INSERT INTO answers_fts (answers_fts, rowid, answer)
            VALUES ('delete', old.id, old.answer);
        END;
        CREATE TRIGGER answers_fts_update AFTER UPDATE OF answer ON meeting_items BEGIN
            INSERT INTO answers_fts (answers_fts, rowid, answer)
            VALUES ('delete', old.id, old.answer);
            INSERT INTO answers_fts (rowid, answer) VALUES (new.id, new.answer);
        END;
        CREATE VIRTUAL TABLE actions_fts USING fts5(
            owner, description, closing_note, content='actions', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER actions_fts_insert AFTER INSERT ON actions BEGIN
            INSERT INTO actions_fts (rowid, owner, description, closing_note)
            VALUES (new.id, new.owner, new.description, new.closing_note);
        END;
        CREATE TRIGGER actions_fts_delete AFTER DELETE ON actions BEGIN
            INSERT INTO actions_fts (actions_fts, rowid, owner, description, closing_note)
            VALUES ('delete', old.id, old.owner, old.description, old.closing_note);
        END;
        CREATE TRIGGER actions_fts_update AFTER UPDATE OF owner, description, closing_note
        ON actions BEGIN
            INSERT INTO actions_fts (actions_fts, rowid, owner, description, closing_note)
            VALUES ('delete', old.id, old.owner, old.description, old.closing_note);
            INSERT INTO actions_fts (rowid, owner, description, closing_note)
            VALUES (new.id, new.owner, new.description, new.closing_note);
        END
        """,
    )


@migration
def m_training_1_records(db: sqlite_utils.Database) -> None:
    _run(
        db,
        """
        CREATE TABLE training_roles (
            key TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            member_title TEXT NOT NULL,
            member_title_plural TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE members (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL CHECK (name <> ''),
            party TEXT NOT NULL DEFAULT '',
            ward TEXT NOT NULL DEFAULT '',
            term_start TEXT NOT NULL,
            term_end TEXT CHECK (term_end IS NULL OR term_end >= term_start),
            demo INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE member_roles (
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            role_key TEXT NOT NULL REFERENCES training_roles(key) ON DELETE CASCADE,
            PRIMARY KEY (member_id, role_key)
        );
        CREATE TABLE training_modules (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> ''),
            refresh TEXT NOT NULL CHECK (refresh IN ('every', 'term', 'once')),
            months INTEGER NOT NULL DEFAULT 0,
            description TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            CHECK ((refresh = 'every') = (months > 0))
        );
        CREATE TABLE training_requirements (
            module_id INTEGER NOT NULL REFERENCES training_modules(id) ON DELETE CASCADE,
            role_key TEXT NOT NULL REFERENCES training_roles(key) ON DELETE CASCADE,
            PRIMARY KEY (module_id, role_key)
        );
        CREATE TABLE training_completions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            module_id INTEGER NOT NULL REFERENCES training_modules(id) ON DELETE CASCADE,
            completed_on TEXT NOT NULL,
            provider TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (member_id, module_id, completed_on)
        );
        CREATE INDEX training_completions_by_module ON training_completions (module_id);
        CREATE TABLE training_settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )
        """,
    )


@migration
def m_reports_2_kind_and_read_warnings(db: sqlite_utils.Database) -> None:
    """What sort of report each one is (inspection, re-inspection, review of a safeguarding
    board, focused visit, monitoring visit, joint targeted area inspection), and what looked
    wrong when it was read, one warning a line. Reports held before are full inspections
    read without warnings."""
    _run(
        db,
        """
        ALTER TABLE reports ADD COLUMN kind TEXT NOT NULL DEFAULT 'inspection';
        ALTER TABLE reports ADD COLUMN read_warnings TEXT NOT NULL DEFAULT ''
        """,
    )


@migration
def m_statistics_1_councils_releases_values(db: sqlite_utils.Database) -> None:
    """Every council (codes, region, statistical neighbours, reorganisations), and the
    DfE's published figures for every area and period, each traced to its file and line.

    A figure is its cell as published (``published``) and what that is: a number
    (``value``) or one of the DfE's symbols (``symbol``), never both. The repository is
    the one writer and keeps that so; the table has no CHECK for it, because checking
    each of the tens of thousands of rows a release brings doubles the time to write them.
    """
    _run(
        db,
        """
        CREATE TABLE councils (
            old_la_code TEXT PRIMARY KEY,
            new_la_code TEXT NOT NULL,
            name TEXT NOT NULL,
            region_code TEXT NOT NULL,
            region_name TEXT NOT NULL
        );
        CREATE TABLE council_neighbours (
            old_la_code TEXT NOT NULL REFERENCES councils(old_la_code) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            neighbour TEXT NOT NULL,
            PRIMARY KEY (old_la_code, position)
        );
        CREATE TABLE council_reorganisations (
            id INTEGER PRIMARY KEY,
            took_effect TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE council_reorganisation_members (
            reorganisation_id INTEGER NOT NULL
                REFERENCES council_reorganisations(id) ON DELETE CASCADE,
            old_la_code TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('abolished', 'created')),
            PRIMARY KEY (reorganisation_id, old_la_code, role)
        );
        CREATE TABLE statistics_releases (
            id INTEGER PRIMARY KEY,
            origin TEXT NOT NULL,
            imported_at TEXT NOT NULL
        );
        CREATE TABLE statistics_files (
            id INTEGER PRIMARY KEY,
            release_id INTEGER NOT NULL REFERENCES statistics_releases(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            publication TEXT NOT NULL DEFAULT '',
            rows INTEGER NOT NULL,
            latest_period TEXT NOT NULL
        );
        CREATE TABLE statistics_values (
            indicator TEXT NOT NULL,
            period_end TEXT NOT NULL,
            period TEXT NOT NULL,
            area_level TEXT NOT NULL,
            area_code TEXT NOT NULL,
            published TEXT NOT NULL,
            value REAL,
            symbol TEXT,
            file_id INTEGER NOT NULL REFERENCES statistics_files(id),
            line INTEGER NOT NULL,
            PRIMARY KEY (indicator, period_end, area_level, area_code)
        ) WITHOUT ROWID
        """,
    )


@migration
def m_training_2_every_councillor(db: sqlite_utils.Database) -> None:
    """The council's own list of members (with e-mail, and archived rather than deleted
    when they leave), a period of grace and stand-in modules for each module, and
    self-checks whose results are kept with the attendance they follow."""
    _run(
        db,
        """
        ALTER TABLE members ADD COLUMN email TEXT NOT NULL DEFAULT '';
        ALTER TABLE members ADD COLUMN archived_on TEXT;
        ALTER TABLE training_roles ADD COLUMN also_called TEXT NOT NULL DEFAULT '';
        ALTER TABLE training_modules ADD COLUMN grace_months INTEGER NOT NULL DEFAULT 0
            CHECK (grace_months BETWEEN 0 AND 24);
        CREATE TABLE training_module_equivalents (
            module_id INTEGER NOT NULL REFERENCES training_modules(id) ON DELETE CASCADE,
            counts_id INTEGER NOT NULL REFERENCES training_modules(id) ON DELETE CASCADE,
            PRIMARY KEY (module_id, counts_id),
            CHECK (module_id <> counts_id)
        );
        CREATE TABLE self_check_questions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            module_id INTEGER NOT NULL REFERENCES training_modules(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            choices TEXT NOT NULL,
            answer INTEGER NOT NULL,
            explanation TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            UNIQUE (module_id, position)
        );
        CREATE TABLE self_check_results (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            completion_id INTEGER NOT NULL UNIQUE
                REFERENCES training_completions(id) ON DELETE CASCADE,
            taken_on TEXT NOT NULL,
            correct INTEGER NOT NULL,
            total INTEGER NOT NULL CHECK (total > 0 AND correct BETWEEN 0 AND total)
        );
        CREATE TABLE self_check_answers (
            result_id INTEGER NOT NULL REFERENCES self_check_results(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            question TEXT NOT NULL,
            chosen TEXT NOT NULL,
            right_answer TEXT NOT NULL,
            correct INTEGER NOT NULL,
            explanation TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (result_id, position)
        )
        """,
    )


@migration
def m_history_1_findings_search_by_word_starts(db: sqlite_utils.Database) -> None:
    """The index of every report's paragraphs holds their words only (nothing searched the
    section headings it held too), and also indexes the first one, two and three letters
    of every word, so a search for words as they are typed ("c", "ca", "car") is answered
    from the index at once rather than by reading every word that starts so. The index is
    rebuilt from the paragraphs held; a paragraph's summary changing no longer touches it.
    ``findings_words`` lists the index's words, so a longer word begun ("chil") can be
    spelt out as the words it stands for.
    """
    _run(
        db,
        """
        DROP TRIGGER findings_fts_insert;
        DROP TRIGGER findings_fts_delete;
        DROP TRIGGER findings_fts_update;
        DROP TABLE findings_fts;
        CREATE VIRTUAL TABLE findings_fts USING fts5(
            text, content='findings', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
        );
        INSERT INTO findings_fts (findings_fts) VALUES ('rebuild');
        CREATE TRIGGER findings_fts_insert AFTER INSERT ON findings BEGIN
            INSERT INTO findings_fts (rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER findings_fts_delete AFTER DELETE ON findings BEGIN
            INSERT INTO findings_fts (findings_fts, rowid, text)
            VALUES ('delete', old.id, old.text);
        END;
        CREATE TRIGGER findings_fts_update AFTER UPDATE OF text ON findings BEGIN
            INSERT INTO findings_fts (findings_fts, rowid, text)
            VALUES ('delete', old.id, old.text);
            INSERT INTO findings_fts (rowid, text) VALUES (new.id, new.text);
        END;
        CREATE VIRTUAL TABLE findings_words USING fts5vocab(findings_fts, 'row')
        """,
    )


# The council whose data an existing database holds: every database made before
# workspaces is the demonstration, Ofsted's 2014 report on Portsmouth (DfE code 851).
_DEMONSTRATION_COUNCIL = "851"
_DEMONSTRATION_REPORT = (
    "(SELECT id FROM reports WHERE authority LIKE 'Portsmouth%' "
    "AND inspection_start = '2014-06-25' AND inspection_end = '2014-07-16' "
    "ORDER BY id LIMIT 1)"
)


@migration
def m_council_1_workspace_and_owners(db: sqlite_utils.Database) -> None:
    """Whose data the database holds (the workspace: one council, or the demonstration),
    and the council, report or DfE release each piece of content came from.

    - ``workspace``: one row, the council's old (DfE) code, whether it is the
      demonstration, and when it was set up. A new database gets its row when it is
      filled; one made before (always the demonstration) gets it here.
    - ``reports.council``: the council the report is about (its old code; empty until
      matched with a council the app knows). A report of another council is kept to
      compare with, never used for the workspace's own content.
    - ``summaries``, ``indicator_values`` and ``questions`` name their council and the
      report (or release) they rest on. Summaries are kept per council, audience and
      topic; figures per council, indicator and date.

    What an existing database holds becomes Portsmouth's, from its 2014 report: its
    Portsmouth reports, summaries and figures, and its questions (those resting on
    another council's report take that report's council once reports are matched).
    """
    demonstration, report = _DEMONSTRATION_COUNCIL, _DEMONSTRATION_REPORT
    _run(
        db,
        f"""
        CREATE TABLE workspace (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            old_la_code TEXT NOT NULL,
            demonstration INTEGER NOT NULL DEFAULT 0 CHECK (demonstration IN (0, 1)),
            set_up_at TEXT NOT NULL
        );
        INSERT INTO workspace (id, old_la_code, demonstration, set_up_at)
            SELECT 1, '{demonstration}', 1, min(applied_at) FROM seeds HAVING count(*) > 0;
        ALTER TABLE reports ADD COLUMN council TEXT;
        UPDATE reports SET council = '{demonstration}' WHERE authority LIKE 'Portsmouth%';
        CREATE INDEX reports_by_council ON reports (council, inspection_end);

        CREATE TABLE summaries_by_council (
            council TEXT NOT NULL,
            audience TEXT NOT NULL,
            topic TEXT NOT NULL,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            origin TEXT NOT NULL DEFAULT '',
            report_id INTEGER REFERENCES reports(id) ON DELETE CASCADE,
            release_id INTEGER REFERENCES statistics_releases(id) ON DELETE SET NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (council, audience, topic)
        );
        INSERT INTO summaries_by_council (council, audience, topic, title, text, position,
            origin, report_id, updated_at)
            SELECT '{demonstration}', audience, topic, title, text, position, origin,
                {report}, updated_at
            FROM summaries;
        DROP TABLE summaries;
        ALTER TABLE summaries_by_council RENAME TO summaries;

        CREATE TABLE indicator_values_by_council (
            id INTEGER PRIMARY KEY,
            council TEXT NOT NULL,
            indicator TEXT NOT NULL REFERENCES indicators(key) ON DELETE CASCADE,
            as_at TEXT NOT NULL,
            period TEXT NOT NULL,
            value REAL NOT NULL,
            count INTEGER,
            denominator INTEGER,
            england REAL,
            statistical_neighbours REAL,
            region REAL,
            england_stated TEXT NOT NULL DEFAULT '',
            neighbours_stated TEXT NOT NULL DEFAULT '',
            region_stated TEXT NOT NULL DEFAULT '',
            paragraphs TEXT NOT NULL DEFAULT '',
            section TEXT NOT NULL DEFAULT '',
            document TEXT NOT NULL DEFAULT '',
            report_id INTEGER REFERENCES reports(id) ON DELETE SET NULL,
            quote TEXT NOT NULL DEFAULT '',
            working TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL,
            UNIQUE (council, indicator, as_at)
        );
        INSERT INTO indicator_values_by_council (id, council, indicator, as_at, period, value,
            count, denominator, england, statistical_neighbours, region, england_stated,
            neighbours_stated, region_stated, paragraphs, section, document, report_id, quote,
            working, note, origin, recorded_at)
            SELECT id, '{demonstration}', indicator, as_at, period, value, count, denominator,
                england, statistical_neighbours, region, england_stated, neighbours_stated,
                region_stated, paragraphs, section, document, report_id, quote, working, note,
                origin, recorded_at
            FROM indicator_values;
        DROP TABLE indicator_values;
        ALTER TABLE indicator_values_by_council RENAME TO indicator_values;
        CREATE INDEX indicator_values_by_indicator
            ON indicator_values (council, indicator, as_at);

        ALTER TABLE questions ADD COLUMN council TEXT;
        ALTER TABLE questions ADD COLUMN release_id INTEGER
            REFERENCES statistics_releases(id) ON DELETE SET NULL;
        UPDATE questions SET council = '{demonstration}'
            WHERE report_id IS NULL
            OR report_id IN (SELECT id FROM reports WHERE council = '{demonstration}');
        CREATE INDEX questions_by_council ON questions (council, code)
        """,
    )


@migration
def m_figures_1_summary_basis(db: sqlite_utils.Database) -> None:
    """The DfE figures a summary cites, as they were when an officer saved it (a JSON
    list of key, label, period and value), so a new release can say which have changed."""
    _run(db, "ALTER TABLE summaries ADD COLUMN basis TEXT NOT NULL DEFAULT ''")


@migration
def m_publication_1_free_text(db: sqlite_utils.Database) -> None:
    """Free text an officer has published for public packs, with a digest of the exact text
    published: an edit since makes it unpublished again. A publication goes with the answer
    or action it is for, so a later one given the same id is not taken as published."""
    _run(
        db,
        """
        CREATE TABLE published_texts (
            kind TEXT NOT NULL,
            item_id INTEGER NOT NULL,
            text_digest TEXT NOT NULL,
            published_on TEXT NOT NULL,
            PRIMARY KEY (kind, item_id)
        );
        CREATE TRIGGER published_answers_go_with_their_item AFTER DELETE ON meeting_items
        BEGIN
            DELETE FROM published_texts WHERE kind = 'answer' AND item_id = old.id;
        END;
        CREATE TRIGGER published_actions_go_with_their_action AFTER DELETE ON actions
        BEGIN
            DELETE FROM published_texts WHERE kind = 'action' AND item_id = old.id;
        END
        """,
    )


@migration
def m_scrutiny_2_meeting_arrangements(db: sqlite_utils.Database) -> None:
    """What a committee's papers say about a meeting: its start time (HH:MM, or empty),
    venue, membership (one member a line), clerk and the clerk's contact details, the
    paragraph of Part 1 of Schedule 12A to the Local Government Act 1972 that makes the
    members' part of its packs exempt (1 to 7, or none chosen), and whom to ask for its
    papers in another format. Meetings held before know none of these."""
    _run(
        db,
        """
        ALTER TABLE meetings ADD COLUMN start_time TEXT NOT NULL DEFAULT ''
            CHECK (start_time = '' OR start_time GLOB '[0-2][0-9]:[0-5][0-9]');
        ALTER TABLE meetings ADD COLUMN venue TEXT NOT NULL DEFAULT '';
        ALTER TABLE meetings ADD COLUMN membership TEXT NOT NULL DEFAULT '';
        ALTER TABLE meetings ADD COLUMN clerk TEXT NOT NULL DEFAULT '';
        ALTER TABLE meetings ADD COLUMN clerk_contact TEXT NOT NULL DEFAULT '';
        ALTER TABLE meetings ADD COLUMN exempt_paragraph INTEGER
            CHECK (exempt_paragraph BETWEEN 1 AND 7);
        ALTER TABLE meetings ADD COLUMN alternative_formats TEXT NOT NULL DEFAULT ''
        """,
    )


@migration
def m_briefing_1_meeting_stable_ids(db: sqlite_utils.Database) -> None:
    """A lasting id for each meeting (``meetings.stable_id``: 32 hexadecimal digits), kept
    by every briefing file published from the database, so that a member's notes on a
    meeting's items find them again in the next one. A new meeting is given one when it is
    added."""
    _run(
        db,
        """
        ALTER TABLE meetings ADD COLUMN stable_id TEXT;
        UPDATE meetings SET stable_id = lower(hex(randomblob(16)));
        CREATE UNIQUE INDEX meetings_by_stable_id ON meetings (stable_id);
        CREATE TRIGGER meetings_stable_id AFTER INSERT ON meetings
        WHEN new.stable_id IS NULL BEGIN
            UPDATE meetings SET stable_id = lower(hex(randomblob(16))) WHERE id = new.id;
        END
        """,
    )


SCHEMA_VERSION = len(MIGRATIONS)
