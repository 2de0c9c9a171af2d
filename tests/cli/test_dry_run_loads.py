"""A dry run of ``import-report`` loads only what reading a report needs: no database
code, no rotating log file, and PDFium through its ctypes layer alone."""

from __future__ import annotations

from tests.conftest import REFERENCE_PDFS
from tests.support.processes import modules_under, run_python_for_json

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
    outcome = run_python_for_json(_DRY_RUN, str(REFERENCE_PDFS / "portsmouth-2014-09-01.pdf"))
    assert outcome["code"] == 0
    assert outcome["summary"]["paragraphs"] == 163
    modules = outcome["modules"]
    assert "pypdfium2_raw" in modules
    assert modules_under(modules, NOT_NEEDED_TO_READ_A_REPORT) == []
