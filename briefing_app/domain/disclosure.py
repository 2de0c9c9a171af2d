"""Keeping children unidentifiable in public packs: hiding small local counts.

A count taken from the council's own, unpublished records that is between 1 and 5 could
point to a particular child, so a public pack shows a mark instead, with a footnote. A
count Ofsted or the Department for Education has already published is not hidden (it is
public already), and members' packs show every figure.

A share such as "34 of 36" gives away its complement (2), so it is hidden when either
part is small. A percentage worked out from such a share is hidden with it.

**Which indicator figures are local.** A figure is *published* only when both hold:

1. it came into the app with the published inspection report's own dataset (its
   ``origin`` starts with ``PUBLISHED_ORIGIN``, which only the app's default data
   uses), and
2. its source is that report: it cites report paragraphs or a named section of the
   report, and no other document.

Every other figure is *local*: one an officer imported from a file or typed or corrected
in the app (even when it cites a report paragraph, its value is the officer's, not the
report's), and any figure whose source is a document such as a data return.

**Which numbers in a figure count children.** A count (unit "number"), and for a share
("14 of 56") the rest too; for a percentage, the number of children it stands for
(``count``, or worked out from the group size) and the rest of the group. Rates per
10,000 children and times in days or weeks count no children and are never hidden.
A local figure is hidden when any of those numbers is between 1 and 5, and with it the
percentage, the count and the group size, wherever the figure appears: tables,
charts, sentences and summaries that cite it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from briefing_app.domain.outcomes import Indicator, Observation, Unit
from briefing_app.domain.packs.content import PackAudience
from briefing_app.domain.readability import sentences
from briefing_app.domain.summaries import cited_sentences

SMALLEST_DISCLOSIVE = 1
LARGEST_DISCLOSIVE = 5
SUPPRESSED_MARK = "[c]"
# The origin the app's default data gives figures taken from the published report.
PUBLISHED_ORIGIN = "Default dataset"
SUPPRESSION_NOTE = (
    f"{SUPPRESSED_MARK} marks a number from the council's own records that is between "
    f"{SMALLEST_DISCLOSIVE} and {LARGEST_DISCLOSIVE}. It is hidden in the public pack so "
    "that no child can be identified."
)


def is_disclosive(count: int) -> bool:
    """Whether a count of children is small enough to identify one of them."""
    return SMALLEST_DISCLOSIVE <= count <= LARGEST_DISCLOSIVE


@dataclass(frozen=True)
class ShownFigure:
    """A figure as a pack prints it: its text, and whether it was hidden."""

    text: str
    suppressed: bool


def _hide(audience: PackAudience, local: bool) -> bool:
    return audience is PackAudience.PUBLIC and local


def shown_count(count: int, *, audience: PackAudience, local: bool) -> ShownFigure:
    """``count`` as the pack for ``audience`` may print it."""
    if count < 0:
        raise ValueError(f"A count cannot be negative ({count}).")
    if _hide(audience, local) and is_disclosive(count):
        return ShownFigure(SUPPRESSED_MARK, suppressed=True)
    return ShownFigure(f"{count:,}", suppressed=False)


def shown_share(part: int, whole: int, *, audience: PackAudience, local: bool) -> ShownFigure:
    """ "``part`` of ``whole`` (NN%)", or the mark if either ``part`` or the rest is small."""
    if not 0 <= part <= whole:
        raise ValueError(f"A share needs 0 <= part <= whole (got {part} of {whole}).")
    if _hide(audience, local) and (is_disclosive(part) or is_disclosive(whole - part)):
        return ShownFigure(SUPPRESSED_MARK, suppressed=True)
    if whole == 0:
        return ShownFigure("0 of 0", suppressed=False)
    return ShownFigure(
        f"{part:,} of {whole:,} ({math.floor(100 * part / whole + 0.5)}%)", suppressed=False
    )


# -- indicator figures -------------------------------------------------------------------


def is_local(observation: Observation) -> bool:
    """Whether a figure is local (unpublished) data: see the rule at the top of this module."""
    source = observation.source
    from_report = bool(source.paragraphs or source.section) and not source.document
    published = observation.origin.startswith(PUBLISHED_ORIGIN)
    return not (from_report and published)


def children_counted(observation: Observation, unit: Unit) -> tuple[int, ...]:
    """The numbers of children a figure gives away: its count, and the rest of its group."""
    group = observation.denominator
    part: int | None = None
    if unit is Unit.COUNT:
        part = round(observation.value)
    elif unit is Unit.PERCENT:
        part = observation.count
        if part is None and group is not None:
            part = round(observation.value * group / 100)
    if part is None:
        return ()
    rest = (group - part,) if group is not None and group >= part else ()
    return (part, *rest)


def hides(observation: Observation, unit: Unit, audience: PackAudience) -> bool:
    """Whether a pack for ``audience`` must hide this figure."""
    return _hide(audience, is_local(observation)) and any(
        is_disclosive(n) for n in children_counted(observation, unit)
    )


def hidden_figures(indicator: Indicator, audience: PackAudience) -> frozenset[date]:
    """The dates of the indicator's figures a pack for ``audience`` must hide."""
    return frozenset(o.as_at for o in indicator.observations if hides(o, indicator.unit, audience))


def hidden_numbers(indicator: Indicator, hidden: Collection[date]) -> frozenset[float]:
    """Every number the hidden figures hold (value, count, group size and the rest of the
    group), which a sentence citing the indicator must not repeat."""
    numbers: set[float] = set()
    for observation in indicator.observations:
        if observation.as_at not in hidden:
            continue
        for number in (
            observation.value,
            observation.count,
            observation.denominator,
            *children_counted(observation, indicator.unit),
        ):
            if number is not None:
                numbers.add(float(number))
    return frozenset(numbers)


_NUMBER = re.compile(r"(?<![\d.,])\d+(?:\.\d+)?(?![\d.,]*\d)")


def mask_numbers(text: str, numbers: Iterable[float]) -> ShownFigure:
    """``text`` with every number in ``numbers`` written in digits replaced by the mark."""
    wanted = set(numbers)
    if not wanted:
        return ShownFigure(text, suppressed=False)
    found = False

    def replace(match: re.Match[str]) -> str:
        nonlocal found
        if float(match.group(0)) in wanted:
            found = True
            return SUPPRESSED_MARK
        return match.group(0)

    masked = _NUMBER.sub(replace, text)
    return ShownFigure(masked, suppressed=found)


_CITATION = re.compile(r"(\s*\[[^\[\]]*\])")


def masked_summary(text: str, hidden: Mapping[str, Collection[float]]) -> ShownFigure:
    """A summary's text (citations kept) with the numbers of hidden figures masked in
    each sentence that cites their indicator, as a public pack prints it."""
    found = False
    shown = []
    for sentence in sentences(text):
        cited = cited_sentences(sentence)
        keys = cited[0].citation.indicators if cited else ()
        numbers = {n for key in keys for n in hidden.get(key, ())}
        parts = []
        for part in _CITATION.split(sentence):
            if _CITATION.fullmatch(part) or not numbers:
                parts.append(part)
                continue
            masked = mask_numbers(part, numbers)
            found = found or masked.suppressed
            parts.append(masked.text)
        shown.append("".join(parts))
    return ShownFigure(" ".join(shown) if found else text, suppressed=found)
