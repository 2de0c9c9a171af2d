"""The installable app: built with PyInstaller from packaging/briefing-app.spec, then run.

These take about a minute, so ``make test`` leaves them out; ``make test-package`` and CI
run them. The bundle is built in a temporary folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing_app import APP_ID, __version__
from tests.conftest import REFERENCE_PDFS, REPO
from tests.pdfcheck import fonts, page_texts, qpdf_check

pytestmark = pytest.mark.packaging

SPEC = REPO / "packaging" / "briefing-app.spec"
BUILD_TIMEOUT = 1200


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("package")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--distpath",
            str(folder / "dist"),
            "--workpath",
            str(folder / "build"),
            str(SPEC),
        ],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return folder / "dist" / APP_ID


def _program(bundle: Path, name: str) -> Path:
    return bundle / (f"{name}.exe" if sys.platform == "win32" else name)


def _clean_env(home: Path, **extra: str) -> dict[str, str]:
    """A user with an empty home: nothing from the developer's environment leaks in."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "LANG": "C.UTF-8",
    }
    (home / "runtime").mkdir(parents=True, exist_ok=True, mode=0o700)
    env.update(extra)
    return env


def _run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=120, check=False, cwd="/"
    )


def test_the_bundle_is_one_folder_with_both_programs(bundle: Path) -> None:
    assert _program(bundle, APP_ID).is_file()
    assert _program(bundle, f"{APP_ID}-cli").is_file()
    internal = bundle / "_internal"
    for shipped in (
        "resources/help/contents.toml",
        "resources/help/overview.md",
        "resources/styles/high-contrast.qss",
        "resources/icons/briefing-app-256.png",
        "resources/icons/high-contrast/check.svg",
        "data/portsmouth-2014/report.txt",
        "data/glossary.csv",
    ):
        assert (internal / shipped).is_file(), shipped
    # The high-contrast style sheet draws its arrows and ticks from SVG files.
    assert list(internal.glob("PySide6/Qt/plugins/imageformats/*qsvg*"))
    # Nothing from the test and development tools.
    for tool in ("pytest", "_pytest", "hypothesis", "mypy", "ruff", "PyInstaller"):
        assert not (internal / tool).exists(), tool


def test_the_bundled_app_starts_with_large_text_and_high_contrast(
    bundle: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    settings = home / "config" / APP_ID / "settings.ini"
    settings.parent.mkdir(parents=True)
    settings.write_text("[display]\ntext_size=200\nhigh_contrast=true\n", encoding="utf-8")
    result = _run(
        [str(_program(bundle, APP_ID)), "--exit-after-startup"],
        _clean_env(home, QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode == 0, result.stderr
    # The database went to the user's data folder and was filled from the bundled data/.
    assert (home / "data" / APP_ID / "briefing.sqlite3").is_file()


def test_the_bundled_app_starts_on_an_x_server(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = _run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1280x800x24",
            str(_program(bundle, APP_ID)),
            "--exit-after-startup",
            "--database",
            str(tmp_path / "x.sqlite3"),
        ],
        _clean_env(home, QT_QPA_PLATFORM="xcb"),
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "x.sqlite3").is_file()


def test_the_command_line_program_reads_the_bundled_data(bundle: Path, tmp_path: Path) -> None:
    env = _clean_env(tmp_path / "home")
    cli = str(_program(bundle, f"{APP_ID}-cli"))
    version = _run([cli, "--version"], env)
    assert version.stdout.strip() == f"{APP_ID} {__version__}"

    info = _run([cli, "info", "--json", "--database", str(tmp_path / "i.sqlite3")], env)
    assert info.returncode == 0, info.stderr
    counts = json.loads(info.stdout)["counts"]
    assert counts["reports"] == 1
    assert counts["findings"] == 163
    assert counts["terms"] >= 40

    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all")
    refused = _run([cli, "info", "--database", str(bad)], env)
    assert refused.returncode == 2
    assert len(refused.stderr.strip().splitlines()) == 1
    assert bad.read_bytes() == b"not a database at all"


def test_the_bundled_program_builds_a_pdf_pack(bundle: Path, tmp_path: Path) -> None:
    """reportlab, its data and the DejaVu fonts are in the bundle, and embedded in the PDF."""
    env = _clean_env(tmp_path / "home")
    cli = str(_program(bundle, f"{APP_ID}-cli"))
    pack = tmp_path / "pack.pdf"
    database = str(tmp_path / "p.sqlite3")
    result = _run([cli, "pack", "--out", str(pack), "--database", database], env)
    assert result.returncode == 0, result.stderr
    qpdf_check(pack)
    reader = PdfReader(pack)
    assert len(reader.pages) > 5
    text = "\n".join(page_texts(reader))
    assert "Corporate Parenting Board" in text
    assert "Portsmouth City Council" in text
    embedded = fonts(reader)
    assert embedded, "the pack uses no fonts"
    for name, font in embedded.items():
        assert "DejaVuSans" in name
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), f"{name} is not embedded"

    public = tmp_path / "public.pdf"
    result = _run(
        [cli, "pack", "--out", str(public), "--audience", "public", "--database", database], env
    )
    assert result.returncode == 0, result.stderr
    assert "OFFICIAL" in "\n".join(page_texts(PdfReader(public)))


def test_the_bundled_program_imports_a_pdf_report(bundle: Path, tmp_path: Path) -> None:
    """pypdfium2's own PDF library is in the bundle: a real Ofsted PDF is read."""
    env = _clean_env(tmp_path / "home")
    cli = str(_program(bundle, f"{APP_ID}-cli"))
    database = str(tmp_path / "r.sqlite3")
    report = REFERENCE_PDFS / "southampton-2020-01-09.pdf"
    result = _run([cli, "import-report", str(report), "--json", "--database", database], env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["local_authority"] == "Southampton City Council"
    info = _run([cli, "info", "--json", "--database", database], env)
    assert json.loads(info.stdout)["counts"]["reports"] == 2
    assert list((tmp_path / "backups").glob("r-*-before-import-report.sqlite3"))


def test_the_desktop_entry_is_valid() -> None:
    entry = REPO / "packaging" / f"{APP_ID}.desktop"
    result = _run(["desktop-file-validate", str(entry)], dict(os.environ))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_windows_version_numbers() -> None:
    sys.path.insert(0, str(REPO / "packaging"))
    try:
        from windows_version import version_numbers
    finally:
        sys.path.remove(str(REPO / "packaging"))
    assert version_numbers(__version__)[:3] == tuple(int(p) for p in __version__.split("."))
    assert version_numbers("2.10") == (2, 10, 0, 0)
    assert version_numbers("1.2.3.4.5") == (1, 2, 3, 4)
