"""The summaries a council's workspace shows: written by the app from its figures until an
officer edits one; the edit kept for the council, undone back to the app's, and told when
a later release changes a figure it cites."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing_app.domain.errors import InvalidInputError
from briefing_app.domain.outcomes import Audience, topics_for
from briefing_app.domain.ratings import Polarity
from briefing_app.paths import AppPaths
from briefing_app.services.opening.container import Services
from briefing_app.services.opening.root import AppRoot
from briefing_app.services.opening.workspace import create_workspace
from tests.services.test_statistics import _later_placements

SHEFFIELD = "373"
HOMES = "placements_three_or_more_percent"


@pytest.fixture
def sheffield(app_paths: AppPaths, tmp_path: Path) -> Iterator[Services]:
    path = tmp_path / "sheffield.sqlite3"
    services = AppRoot(app_paths, path).services_over(
        create_workspace(path, app_paths.data, SHEFFIELD)
    )
    yield services
    services.close()


def test_a_council_without_a_report_gets_summaries_of_its_figures(sheffield: Services) -> None:
    shown = sheffield.council_summaries.summaries(Audience.CHILDREN_IN_CARE)
    assert shown
    assert all(item.written_by_app for item in shown)
    topics = [item.summary.topic for item in shown]
    assert topics[0] == "safety-and-stability"
    order = [t.key for t in topics_for(Audience.CHILDREN_IN_CARE)]
    assert topics == sorted(topics, key=order.index)
    text = " ".join(item.summary.text for item in shown)
    assert "[cla_number]" in text
    # Nothing of the demonstration's: no report paragraph is cited, no Portsmouth.
    assert "Portsmouth" not in text
    assert all(not item.summary.paragraphs for item in shown)


def test_an_edit_is_kept_for_the_council_and_undone_back_to_the_app_s(sheffield: Services) -> None:
    service = sheffield.council_summaries
    shown = service.summaries(Audience.CHILDREN_IN_CARE)
    first = shown[0].summary
    homes = next(
        s for s in sheffield.statistics.series(sheffield.council.council()) if s.key == HOMES
    )
    latest = homes.latest
    assert latest is not None
    assert latest.own is not None
    figure = latest.own.value.text
    text = f"Some children in care moved home three or more times: {figure}% of them [{HOMES}]."
    with pytest.raises(InvalidInputError):
        service.save_summary(first, "Children in care are doing well [3].")
    replaced = service.save_summary(first, text)
    assert replaced is None  # the app had written the one shown
    after = service.summaries(Audience.CHILDREN_IN_CARE)
    edited = next(item for item in after if item.summary.topic == first.topic)
    assert not edited.written_by_app
    assert edited.summary.text == text
    assert edited.changed == ()
    assert [b.key for b in edited.summary.basis] == [HOMES]
    # Undone: the app writes the topic's summary again.
    service.restore_summary(first.audience, first.topic, replaced)
    again = service.summaries(Audience.CHILDREN_IN_CARE)
    assert next(i for i in again if i.summary.topic == first.topic).written_by_app


def test_a_later_release_says_which_figures_under_an_edit_changed(
    sheffield: Services, tmp_path: Path
) -> None:
    service = sheffield.council_summaries
    first = service.summaries(Audience.CHILDREN_IN_CARE)[0].summary
    text = f"Some children in care moved home three or more times [{HOMES}]."
    service.save_summary(first, text)
    sheffield.statistics.import_files([_later_placements(tmp_path)])
    edited = next(
        i for i in service.summaries(Audience.CHILDREN_IN_CARE) if i.summary.topic == first.topic
    )
    assert edited.summary.text == text, "the officer's words are kept"
    (change,) = edited.changed
    assert change.startswith("Three or more homes in a year: ")
    assert "for the year ending 31 March 2022 when this was written; now " in change
    assert change.endswith("for the year ending 31 March 2023.")


def test_the_demonstration_keeps_the_summaries_written_from_its_report(services: Services) -> None:
    shown = services.council_summaries.summaries(Audience.CARE_LEAVERS)
    assert shown
    assert not any(item.written_by_app for item in shown)
    assert any("48.1%" in item.summary.text for item in shown)


def _worse(polarity: Polarity, ours: float, england: float) -> bool:
    if polarity is Polarity.HIGHER_IS_BETTER:
        return ours < england
    return ours > england


@pytest.mark.parametrize("audience", [Audience.CHILDREN_IN_CARE, Audience.CARE_LEAVERS])
def test_a_council_without_a_report_is_given_questions_from_its_off_track_figures(
    sheffield: Services, audience: Audience
) -> None:
    questions = sheffield.council_summaries.suggested_questions(audience)
    assert questions
    by_key = {s.key: s for s in sheffield.statistics.series(sheffield.council.council())}
    for question in questions:
        # Each rests on one of the council's figures for this page, named with its file
        # and line; no report paragraph (none is held) and nothing of Portsmouth's.
        (key,) = question.indicators
        assert question.paragraphs == ()
        series = by_key[key]
        assert series.definition.audience is audience
        latest = series.latest
        assert latest is not None
        assert latest.own is not None
        assert latest.england is not None
        ours, england = latest.own.value.number, latest.england.value.number
        assert ours is not None
        assert england is not None
        assert latest.own.source.label in question.rests_on_words
        assert f"{latest.own.value.text}" in question.text
        if "worse than England's" in question.text:
            assert _worse(series.definition.polarity, ours, england)
            assert f"({latest.england.value.text}" in question.text
        else:
            assert "got worse since" in question.text
        assert "Portsmouth" not in question.text + question.why + question.rests_on_words
