"""Searching reports' findings, questions, answers and actions: one service, composable
sources."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.domain.meetings import ActionDetails, MeetingDetails
from briefing_app.domain.search import MATCH_END, MATCH_START, SearchHit
from briefing_app.services.opening.container import Services
from briefing_app.services.search import FunctionSource

TODAY = date(2025, 3, 12)


def _meeting_with_records(services: Services) -> tuple[int, int, int]:
    meeting = services.meetings.create(MeetingDetails("Corporate Parenting Board", TODAY))
    question = next(q for q in services.scrutiny.all_questions() if q.code == "POR14-33")
    item = services.meetings.add_question(meeting.id, question.id)
    services.meetings.save_answer(
        item.id, "Zoë Łukasiewicz said eleven apprentices started.", False
    )
    action = services.meetings.add_action(
        item.id, ActionDetails("Agnieszka Wójcik", "report university places", TODAY)
    )
    return meeting.id, item.id, action.id


def test_questions_answers_and_actions_are_found(services: Services) -> None:
    meeting_id, item_id, action_id = _meeting_with_records(services)
    hits = services.search.search("apprentice")
    kinds = {(h.kind, h.ref) for h in hits}
    assert ("answer", item_id) in kinds
    assert any(h.kind == "question" and "apprenticeships" in h.title for h in hits)
    answer = next(h for h in hits if h.kind == "answer")
    assert answer.meeting_id == meeting_id
    assert "apprentices" in [text for text, matched in answer.snippet_parts() if matched]
    assert MATCH_START not in answer.plain_snippet
    assert MATCH_END not in answer.plain_snippet
    action = services.search.search("university places", kinds=["action"])
    assert [(h.kind, h.ref) for h in action] == [("action", action_id)]


def test_a_question_is_found_by_its_code(services: Services) -> None:
    hits = services.search.search("POR14-33", kinds=["question"])
    assert hits[0].title.startswith("POR14-33: ")


def test_accents_do_not_matter(services: Services) -> None:
    _meeting_with_records(services)
    assert [h.kind for h in services.search.search("wojcik")] == ["action"]
    assert [h.kind for h in services.search.search("Zoe")] == ["answer"]


def test_the_index_follows_every_change(services: Services) -> None:
    meeting_id, item_id, action_id = _meeting_with_records(services)
    services.meetings.save_answer(item_id, "Nothing about that today.", False)
    assert services.search.search("apprentices", kinds=["answer"]) == []
    services.actions.close(action_id, "Reported to the board in June.")
    assert [h.ref for h in services.search.search("june", kinds=["action"])] == [action_id]
    services.meetings.delete(meeting_id)
    assert services.search.search("wojcik") == []
    assert services.search.search("june", kinds=["question", "answer", "action"]) == []
    assert {h.kind for h in services.search.search("june")} == {"finding"}  # the report's own


def test_question_edits_are_searchable(services: Services) -> None:
    question = services.scrutiny.all_questions()[0]
    draft = question.draft()
    services.scrutiny.update_question(
        question.id,
        type(draft)(
            "Has the Joint Action Team cut its queue?",
            draft.why,
            draft.theme,
            draft.principle,
            draft.findings,
            draft.recommendations,
        ),
    )
    assert [h.ref for h in services.search.search("queue")] == [question.id]


def test_another_source_joins_the_search(services: Services) -> None:
    def minutes(text: str, limit: int) -> list[SearchHit]:
        return [SearchHit("minutes", "Minutes", 3, "Minutes of 3 March", f"{text}!", -100.0)]

    services.search.add_source(FunctionSource("minutes", minutes))
    hits = services.search.search("champions")
    assert hits[0].kind == "minutes"
    assert services.search.kinds == ["finding", "question", "answer", "action", "minutes"]
    assert services.search.search("champions", kinds=["question"])[0].kind == "question"


def test_the_reports_findings_are_searched_too(services: Services) -> None:
    _meeting_with_records(services)
    hits = services.search.search("apprenticeships")
    kinds = [h.kind for h in hits]
    assert {"finding", "question"} <= set(kinds)
    report = services.reports.latest()
    assert report is not None
    # Paragraph 104: "Four new apprenticeships within the council have been specifically
    # ring-fenced to care leavers".
    finding = next(h for h in hits if h.kind == "finding" and h.paragraph == 104)
    assert finding.report_id == report.id
    assert finding.title == (
        f"{report.short_title}, paragraph 104 (Experience and progress of care leavers)"
    )
    assert "apprenticeships" in [text for text, matched in finding.snippet_parts() if matched]
    assert len(finding.plain_snippet) < len(report.finding(104).text)  # an extract
    assert finding.plain_snippet.strip("…") in report.finding(104).text
    # The same paragraphs the findings page finds, in the same order.
    page = [(h.report_id, h.paragraph) for h in services.reports.search("apprenticeships")]
    found = [(h.report_id, h.paragraph) for h in hits if h.kind == "finding"]
    assert found == page
    assert services.search.search("résidential", kinds=["finding"]) == services.search.search(
        "residential", kinds=["finding"]
    )


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_any_typed_text_is_a_safe_search(services: Services, text: str) -> None:
    hits = services.search.search(text)
    assert all(h.kind in {"finding", "question", "answer", "action"} for h in hits)
