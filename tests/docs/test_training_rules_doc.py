"""The user guide's table of who needs what is the one the app starts with."""

from __future__ import annotations

from briefing_app.domain.training.records import EVERY_COUNCILLOR
from briefing_app.importers.training_catalogue_csv import read_modules, read_roles
from tests.conftest import REPO

GUIDE = REPO / "resources" / "help" / "training-rules.md"
FOLDER = REPO / "data" / "training"


def _rows() -> dict[str, list[str]]:
    rows = {}
    for line in GUIDE.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("| ") and len(cells) == 5 and cells[0] not in ("module", "---"):
            rows[cells[0]] = cells[1:]
    return rows


def test_the_guide_lists_every_module_with_its_rule_and_grace() -> None:
    roles = read_roles(FOLDER / "roles.csv")
    modules = read_modules(FOLDER / "modules.csv", {r.key for r in roles})
    rows = _rows()
    names = {module.name.split(" (")[0] for module in modules}
    assert {name.split(" (")[0] for name in rows} == names
    for module in modules:
        row = next(cells for name, cells in rows.items() if name.startswith(module.name))
        needed_by, how_often, grace, _also = row
        assert how_often == module.refresh.label.lower(), module.name
        if module.grace_months:
            assert grace == f"{module.grace_months} months", module.name
        else:
            assert grace.startswith("none"), module.name
        if EVERY_COUNCILLOR in module.required_for:
            assert needed_by == "every councillor", module.name
