"""A dry run of ``import-report`` loads only what reading a report needs: no database
code, no rotating log file, and PDFium through its ctypes layer alone."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import REFERENCE_PDFS, offscreen_env

NOT_NEEDED_TO_READ_A_REPORT = (
    "sqlite3",
    "sqlite_utils",
    "logging.handlers",
    "PySide6",
    "reportlab",
    "pypdfium2",  # pypdfium2's helper classes; its ctypes layer is pypdfium2_raw
    "briefing_app.storage",
    "briefing_app.services.backups",
    "briefing_app.domain.themes",
    "briefing_app.domain.evidence",
)

_DRY_RUN = """
import contextlib, io, json, sys
from briefing_app.cli import main

with contextlib.redirect_stdout(io.StringIO()) as printed:
    code = main(["import-report", sys.argv[1], "--dry-run", "--json"])
print(json.dumps({"code": code, "summary": json.loads(printed.getvalue()),
                  "modules": sorted(sys.modules)}))
"""


def test_a_dry_run_reads_the_report_without_loading_what_saving_needs() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _DRY_RUN, str(REFERENCE_PDFS / "portsmouth-2014-09-01.pdf")],
        capture_output=True,
        text=True,
        env=offscreen_env(),
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout)
    assert outcome["code"] == 0
    assert outcome["summary"]["paragraphs"] == 163
    modules = outcome["modules"]
    assert "pypdfium2_raw" in modules
    loaded = [
        name
        for name in modules
        if any(name == kept or name.startswith(kept + ".") for kept in NOT_NEEDED_TO_READ_A_REPORT)
    ]
    assert loaded == []
