"""Scrutiny questions and the outcomes data: figures as evidence, steering suggestions,
loaded only when first wanted, and every linked indicator defined."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from briefing_app.domain.meetings import MeetingDetails
from briefing_app.services.opening.container import Services
from tests.conftest import REPO
from tests.support.processes import run_python_for_json

TODAY = date(2025, 3, 12)


def _id(services: Services, code: str) -> int:
    return next(q.id for q in services.scrutiny.all_questions() if q.code == code)


def _neet_reason(services: Services, meeting_id: int) -> str:
    suggestion = next(
        s for s in services.meetings.suggestions(meeting_id, 100) if s.question.code == "POR14-32"
    )
    return suggestion.why


def test_figures_follow_the_data_held_and_steer_suggestions(services: Services) -> None:
    services.meetings.today = lambda: TODAY
    meeting = services.meetings.create(MeetingDetails("Corporate Parenting Board", TODAY))
    question = _id(services, "POR14-32")
    (before,) = services.scrutiny.evidence(question).figures
    assert before.status == "✗ Worse than England"
    ranked = [s.question.code for s in services.meetings.suggestions(meeting.id, 100)]
    assert ranked[:3] == ["POR14-12", "POR14-32", "POR14-33"]  # every NEET question first
    assert (
        "Nearly half (48.1%) of care leavers were not in education, work or training in "
        "July 2014, worse than England (34%)."
    ) in _neet_reason(services, meeting.id)

    # An officer records a newer figure, better than England's.
    newer = services.outcomes.parse_figure(
        {
            "key": "care-leavers-neet",
            "as_at": "2015-03-31",
            "period": "2014–15",
            "value": "30",
            "england": "34",
            "document": "Care leavers return 2015",
        }
    )
    services.outcomes.record_figure("care-leavers-neet", newer)

    (after,) = services.scrutiny.evidence(question).figures
    assert after.value == "30%"
    assert after.status == "✓ Better than England"
    assert after.concern == 0.0
    assert after.source == "Care leavers return 2015"
    assert "down from 48.1%" in after.sentence
    assert "worse than England" not in _neet_reason(services, meeting.id)
    ranked = [s.question.code for s in services.meetings.suggestions(meeting.id, 100)]
    assert ranked.index("POR14-32") > 3


_STARTUP = """
import json, sys
from pathlib import Path
from briefing_app.paths import AppPaths
from briefing_app.services.opening.root import AppRoot
from briefing_app.ui.application import ensure_application, make_settings
from briefing_app.ui.main_window import MainWindow

repo, database, settings = (Path(a) for a in sys.argv[1:4])
paths = AppPaths(database.parent, database.parent, repo / "resources", repo / "data")
app = ensure_application()
services = AppRoot(paths, database).open()
window = MainWindow(services, make_settings(settings))
window.show()
app.processEvents()
loaded = {"at_start": "briefing_app.services.outcomes" in sys.modules}
question = next(q for q in services.scrutiny.all_questions() if q.code == "POR14-32")
loaded["figures"] = [f.value for f in services.scrutiny.evidence(question.id).figures]
loaded["after"] = "briefing_app.services.outcomes" in sys.modules
print(json.dumps(loaded))
"""


def test_starting_up_does_not_load_the_outcomes_data(seeded_db_path: Path, tmp_path: Path) -> None:
    loaded = run_python_for_json(_STARTUP, str(REPO), str(seeded_db_path), str(tmp_path / "s.ini"))
    assert loaded == {"at_start": False, "figures": ["48.1%"], "after": True}


def test_every_indicator_a_question_links_to_is_defined_and_has_a_figure(
    services: Services,
) -> None:
    data = REPO / "data"
    with (data / "indicator_definitions.csv").open(encoding="utf-8", newline="") as file:
        defined = {row["key"] for row in csv.DictReader(file)}
    with (data / "portsmouth-2014" / "questions.csv").open(encoding="utf-8", newline="") as file:
        used = {
            (row["code"], key) for row in csv.DictReader(file) for key in row["indicators"].split()
        }
    assert len({key for _, key in used}) >= 17
    assert [(code, key) for code, key in sorted(used) if key not in defined] == []
    with (data / "portsmouth-2014" / "indicators.csv").open(encoding="utf-8", newline="") as file:
        with_figures = {row["key"] for row in csv.DictReader(file)}
    assert [(code, key) for code, key in sorted(used) if key not in with_figures] == []
    # And in the app: every linked indicator's figure reaches its question's evidence.
    for question in services.scrutiny.all_questions():
        evidence = services.scrutiny.evidence(question.id)
        assert evidence.indicators_without_figures == (), question.code
        assert [f.key for f in evidence.figures] == list(question.indicators), question.code
