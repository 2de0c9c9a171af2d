"""Property tests: the text parser refuses bad text only with its own typed error."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.domain.errors import ImportFileError
from briefing_app.domain.reports import InspectionReport
from briefing_app.importers.ofsted_report import parse_report_text
from briefing_app.importers.report_lines import logical_lines, pages_from_text
from tests.conftest import PORTSMOUTH_TEXT

REPORT_LINES = PORTSMOUTH_TEXT.read_text(encoding="utf-8").splitlines()
_WORDS = (
    "Inspection dates: 11 to 22 September 2023",
    "Judgement Grade",
    "Overall effectiveness Requires improvement",
    "to be good",
    "The overall judgement is that children's services are good",
    "Key judgement Judgement grade",
    "What needs to improve?",
    "◼ The quality of plans.",
    "The Local Safeguarding Children Board is good",
    "1. ",
    "2.1 Adoption performance Good",
    "\f",
    "Focused visit to Exampleshire children's services",
    "This letter summarises the findings of the monitoring visit to Exampleshire "
    "children's services on 6 and 7 March 2019.",
    "What needs to improve in this area of social work practice",
    "Yours sincerely",
    "Re-inspection of services for children in need of help and protection",
    "Review of the effectiveness of the Local Safeguarding Children Board",
    "Children’s services in Norfolk are inadequate",
    "Grade 4 (inadequate)",
    "12.",
    "•",
    "¹",
    "\t",
    "",
)

lines = st.one_of(
    st.text(max_size=120),
    st.sampled_from(_WORDS),
    st.sampled_from(REPORT_LINES),
    st.builds(lambda n, t: f"{n}. {t}", st.integers(0, 400), st.text(max_size=60)),
)


def _parse(text: str) -> InspectionReport | None:
    try:
        return parse_report_text(text, "arbitrary.txt")
    except ImportFileError as error:
        message = error.message
    assert message.startswith("arbitrary.txt: ")
    return None


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_is_parsed_or_refused_with_an_import_error(text: str) -> None:
    _parse(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(lines, max_size=80).map("\n".join))
def test_report_like_text_is_parsed_or_refused_with_an_import_error(text: str) -> None:
    report = _parse(text)
    if report is not None:
        numbers = [f.paragraph for f in report.findings]
        assert numbers == sorted(set(numbers))
        assert numbers[0] == 1
        if numbers != list(range(1, len(numbers) + 1)):
            # Paragraphs missing from the run are never passed over in silence.
            assert any(" not found: " in warning for warning in report.warnings)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(REPORT_LINES), min_size=1, max_size=400))
def test_shuffled_and_cut_reports_never_crash(chosen: list[str]) -> None:
    _parse("\n".join(chosen))


@given(st.text())
def test_cleaning_lines_never_fails(text: str) -> None:
    for line in logical_lines(pages_from_text(text)):
        assert line == line.strip()
        assert line
