"""What each shipped report says, read from the reports themselves: see
``reference_reports.toml`` beside this file for what each entry holds."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

EXPECTED: dict[str, dict[str, Any]] = {
    f"{name}.pdf": facts
    for name, facts in tomllib.loads(
        Path(__file__).with_name("reference_reports.toml").read_text("utf-8")
    ).items()
}
