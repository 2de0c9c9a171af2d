"""A database made before every councillor had training duties, opened by this version."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from briefing_app.services.opening.workspace import open_workspace
from briefing_app.services.training.self_checks import SelfCheckService
from briefing_app.services.training.service import TrainingService
from briefing_app.storage.database import Database, apply_migrations
from briefing_app.storage.migrations import (
    MIGRATIONS,
    SCHEMA_VERSION,
    m_training_2_every_councillor,
)
from tests.conftest import REPO

OLD_CATALOGUE = """
INSERT INTO training_roles (key, name, member_title, member_title_plural, position) VALUES
    ('board', 'Corporate Parenting Board', 'board member', 'board members', 1),
    ('scrutiny', 'Children''s scrutiny panel', 'scrutiny panel member',
     'scrutiny panel members', 2);
INSERT INTO training_modules (id, key, name, refresh, months, position) VALUES
    (1, 'induction', 'Corporate parenting induction', 'term', 0, 1),
    (2, 'refresher', 'Corporate parenting refresher', 'every', 12, 2),
    (3, 'cp-conference', 'Our own conference visit', 'every', 12, 3);
INSERT INTO training_requirements (module_id, role_key) VALUES
    (1, 'board'), (1, 'scrutiny'), (2, 'board'), (2, 'scrutiny'), (3, 'scrutiny');
INSERT INTO members (id, name, party, ward, term_start, demo) VALUES
    (1, 'Siân Evans', 'Labour', 'Harbour', '2022-05-05', 0);
INSERT INTO member_roles (member_id, role_key) VALUES (1, 'board');
INSERT INTO training_completions (member_id, module_id, completed_on, provider) VALUES
    (1, 1, '2022-06-01', 'Council learning and development team');
INSERT INTO seeds (name, applied_at) VALUES
    ('training-catalogue', '2025-01-01'), ('training-demo-roster', '2025-01-01');
"""


def test_an_older_database_gains_every_councillor_s_training(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = Database(path, sqlite3.connect(path, isolation_level=None))
    apply_migrations(old, stop_after=MIGRATIONS.index(m_training_2_every_councillor))
    for statement in OLD_CATALOGUE.split(";"):
        if statement.strip():
            old.execute(statement)
    old.close()

    database = open_workspace(path, REPO / "data")
    try:
        assert database.schema_version() == SCHEMA_VERSION
        assert any("before-upgrade" in b.name for b in database.backups())
        training = TrainingService(database, REPO / "data")
        catalogue = training.catalogue()
        assert [r.key for r in catalogue.roles][:1] == ["councillor"]
        modules = {m.key: m for m in catalogue.modules}
        # What the officer had is kept; every councillor now needs the induction too.
        assert modules["induction"].required_for == {"board", "scrutiny", "councillor"}
        assert modules["induction"].grace_months == 3
        assert modules["induction"].also_met_by == {"refresher"}
        assert modules["refresher"].also_met_by == {"induction"}
        # A module the officer changed keeps their changes.
        assert modules["cp-conference"].name == "Our own conference visit"
        assert modules["cp-conference"].required_for == {"scrutiny"}
        # The modules it lacked are added after the officer's own.
        assert list(modules)[:3] == ["induction", "refresher", "cp-conference"]
        assert {"care-leavers", "fostering-panel", "adoption-panel", "dbs-check"} <= set(modules)
        board = next(r for r in catalogue.roles if r.key == "board")
        assert board.is_called("corporate parenting panel")
        (siân,) = training.members()
        assert (siân.email, siân.archived_on, siân.roles) == ("", None, {"board"})
        assert len(training.completions(siân.id)) == 1
        checks = SelfCheckService(database).checks()
        keys = {m.id: m.key for m in catalogue.modules}
        assert {"induction", "refresher", "care-leavers"} <= {keys[i] for i in checks}
    finally:
        database.close()
