"""Keeping children unidentifiable in public packs: hiding small local counts.

A count taken from the council's own, unpublished records that is between 1 and 5 could
point to a particular child, so a public pack shows a mark instead, with a footnote. A
count Ofsted or the Department for Education has already published is not hidden (it is
public already), and members' packs show every figure.

A share such as "34 of 36" gives away its complement (2), so it is hidden when either
part is small. A percentage worked out from such a share is hidden with it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from briefing_app.domain.packs import Audience

SMALLEST_DISCLOSIVE = 1
LARGEST_DISCLOSIVE = 5
SUPPRESSED_MARK = "[c]"
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


def _hide(audience: Audience, local: bool) -> bool:
    return audience is Audience.PUBLIC and local


def shown_count(count: int, *, audience: Audience, local: bool) -> ShownFigure:
    """``count`` as the pack for ``audience`` may print it."""
    if count < 0:
        raise ValueError(f"A count cannot be negative ({count}).")
    if _hide(audience, local) and is_disclosive(count):
        return ShownFigure(SUPPRESSED_MARK, suppressed=True)
    return ShownFigure(f"{count:,}", suppressed=False)


def shown_share(part: int, whole: int, *, audience: Audience, local: bool) -> ShownFigure:
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
