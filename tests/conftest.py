"""Shared fixtures. Every test works in temporary folders; nothing touches the real home."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from briefing_app.paths import DATABASE_ENV, AppPaths
from briefing_app.services.opening.container import Services
from briefing_app.services.opening.root import AppRoot

# Property tests: a few dozen examples in the everyday run, thousands under `make fuzz`
# (HYPOTHESIS_PROFILE=fuzz). No deadline: the machines running these are shared.
settings.register_profile("default", max_examples=40, deadline=None)
settings.register_profile(
    "fuzz",
    max_examples=2500,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

REPO = Path(__file__).resolve().parent.parent
# Real Ofsted reports shipped with the project for its tests, benchmarks and crash tests
# (samples/ofsted-reports/README.md gives each one's source and licence).
REFERENCE = REPO / "samples"
REFERENCE_PDFS = REFERENCE / "ofsted-reports"
# Ofsted's text of the 2014 Portsmouth report, shipped unaltered as the default dataset.
PORTSMOUTH_TEXT = REPO / "data" / "portsmouth-2014" / "report.txt"


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.delenv(DATABASE_ENV, raising=False)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    return AppPaths(
        user_data=tmp_path / "user-data",
        user_config=tmp_path / "user-config",
        resources=REPO / "resources",
        data=REPO / "data",
    )


@pytest.fixture(scope="session")
def _seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database built once from the default dataset; tests get their own copy."""
    folder = tmp_path_factory.mktemp("template")
    paths = AppPaths(folder, folder, REPO / "resources", REPO / "data")
    services = AppRoot(paths, folder / "template.sqlite3").open()
    services.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    services.close()
    return folder / "template.sqlite3"


@pytest.fixture
def seeded_db_path(_seeded_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "briefing.sqlite3"
    shutil.copyfile(_seeded_template, target)
    return target


@pytest.fixture
def services(app_paths: AppPaths, seeded_db_path: Path) -> Iterator[Services]:
    opened = AppRoot(app_paths, seeded_db_path).open()
    yield opened
    opened.close()
