"""What sort of report it is, and under which framework Ofsted wrote it.

The kind is in the report's title or, for a letter, its subject line and first sentence:

* "Re-inspection of services for children in need of help and protection ..." (SIF);
* "Review of the effectiveness of the Local Safeguarding Children Board", on its own
  rather than after "Inspection of services ... and" (SIF);
* "Focused visit to Xshire children's services", "Monitoring visit to ...", "Joint
  targeted area inspection of the multi-agency response to ...", or a letter that "summarises
  the findings of the focused visit to ...": letters of findings without grades;
* anything else is an inspection.

The framework follows from the judgements where there are any: the grade "adequate" and
judgements of capacity to improve or quality of provision belong to the inspections of
2009 to 2013; "the impact of leaders on social work practice" to ILACS; the judgement of
children looked after and achieving permanence, adoption, or a safeguarding board to the
SIF. A letter without grades, or a report whose judgements do not tell, goes by its dates:
the SIF began in November 2013 and ILACS in January 2018.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from briefing_app.domain.reports import (
    Framework,
    Grade,
    Judgement,
    JudgementArea,
    ReportKind,
)

# How far into a document its title or a letter's subject line can be.
_TITLE_LINES = 40
_LETTER_KINDS = (
    (r"focused\s+visit", ReportKind.FOCUSED_VISIT),
    (r"monitoring\s+visit", ReportKind.MONITORING_VISIT),
    (r"joint\s+targeted\s+area\s+inspection", ReportKind.JTAI),
)
_LETTER_SUBJECT = re.compile(
    r"^(?:(?P<subject>focused\s+visit|monitoring\s+visit|joint\s+targeted\s+area\s+inspection)"
    r"\b(?:\s+\(JTAI\))?\s+(?:to|of|in|on)\b"
    r"|this\s+letter\s+summarises\s+the\s+findings\s+of\s+(?:the|a|an)\s+(?:\w+\s+)?"
    r"(?P<summarised>focused\s+visit|monitoring\s+visit|joint\s+targeted\s+area\s+inspection))",
    re.I,
)
_LETTER_OPENING = re.compile(
    r"^This\s+letter\s+summarises\s+the\s+findings\s+of\s+(?:the|a|an)\b", re.I
)
_REINSPECTION = re.compile(r"^Re-?\s?inspection\s+of\b", re.I)
_INSPECTION_TITLE = re.compile(r"^Inspection\s+of\b", re.I)
_LSCB_REVIEW = re.compile(
    r"^Review\s+of\s+the\s+effectiveness\s+of\s+the\s+local\s+safeguarding\s+children", re.I
)

_SIF_START = date(2013, 11, 1)
_ILACS_START = date(2018, 1, 1)
_PRE_2013_AREAS = {JudgementArea.CAPACITY_TO_IMPROVE, JudgementArea.QUALITY_OF_PROVISION}
_SIF_AREAS = {
    JudgementArea.LOOKED_AFTER_AND_PERMANENCE,
    JudgementArea.ADOPTION,
    JudgementArea.LSCB,
}


def letter_opening(lines: Sequence[str]) -> int | None:
    """The index of a letter's first paragraph of findings ("This letter summarises the
    findings of ..."), or None if the document is not such a letter."""
    return next(
        (i for i, line in enumerate(lines[: _TITLE_LINES * 2]) if _LETTER_OPENING.match(line)),
        None,
    )


def report_kind(lines: Sequence[str]) -> ReportKind:
    """The kind of report whose first lines are ``lines``."""
    head = lines[:_TITLE_LINES]
    for line in head:
        match = _LETTER_SUBJECT.match(line)
        if match:
            words = match.group("subject") or match.group("summarised")
            for pattern, kind in _LETTER_KINDS:
                if re.fullmatch(pattern, words, re.I):
                    return kind
    title = head[:8]
    if any(_REINSPECTION.match(line) for line in title):
        return ReportKind.REINSPECTION
    if any(_LSCB_REVIEW.match(line) for line in title) and not any(
        _INSPECTION_TITLE.match(line) for line in title
    ):
        return ReportKind.LSCB_REVIEW
    return ReportKind.INSPECTION


def framework(judgements: Sequence[Judgement], inspection_end: date) -> Framework:
    """The framework the judgements (or, failing them, the dates) belong to."""
    areas = {j.area for j in judgements}
    if areas & _PRE_2013_AREAS or any(j.grade is Grade.ADEQUATE for j in judgements):
        return Framework.PRE_2013
    if JudgementArea.IMPACT_OF_LEADERS in areas:
        return Framework.ILACS
    if areas & _SIF_AREAS:
        return Framework.SIF
    if inspection_end < _SIF_START:
        return Framework.PRE_2013
    if inspection_end < _ILACS_START:
        return Framework.SIF
    return Framework.ILACS
