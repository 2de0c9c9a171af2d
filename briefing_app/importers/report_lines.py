"""From the lines of a printed report to its logical lines: one paragraph, heading or item each.

A report's text, whether taken from a PDF or from a text file made from one, comes as
physical lines: wrapped mid-sentence, broken by page numbers and running headers, with
footnotes at the foot of a page. This module cleans those away and joins the wrapped
lines back into paragraphs. The words themselves are kept as they are.

Page numbers, running heads and footnotes are taken away first (``report_furniture``).
Then, by rules that come from how such documents are laid out, not from any one report,
a line ends its paragraph when the first word of the next line would have fitted on it
(the writer broke the line, not the page width), when a gap or a change of type size
follows, or when the next line starts a numbered paragraph or a bullet. A paragraph
number or a bullet left on a line of its own is joined to the line it starts.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from briefing_app.importers.page_lines import (
    BULLETS,
    PARAGRAPH_START,
    SUPERSCRIPTS,
    Page,
    PageLine,
    normalise_text,
    starts_item,
    strip_superscripts,
)
from briefing_app.importers.report_furniture import without_footnotes, without_running_heads

# A paragraph number or a bullet on a line of its own.
_LONE_NUMBER = re.compile(rf"^(?:\d{{1,3}}\.|[{re.escape(BULLETS[:5])}])$")
_SENTENCE_END = ".:;?!"
_PARAGRAPH_ENDS = (".", "?", "!", ".”", ".’", '."')
# A gap between lines this much larger than the usual line spacing ends a paragraph.
_PARAGRAPH_GAP = 1.4
# A text file whose lines are mostly this short was wrapped (a PDF's text saved as text).
_WRAPPED_WIDTH = 120


def pages_from_text(text: str) -> list[list[PageLine]]:
    """Physical lines of a text file. Form feeds separate pages; blank lines are noted."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pages: list[list[PageLine]] = []
    for page_text in text.split("\f"):
        lines: list[PageLine] = []
        blank = False
        for raw in page_text.split("\n"):
            cleaned = normalise_text(raw)
            if not cleaned:
                blank = True
                continue
            lines.append(PageLine(cleaned, blank_before=blank))
            blank = False
        pages.append(lines)
    return pages


def is_wrapped(pages: Sequence[Page]) -> bool:
    """True if the lines were wrapped to a page width (rather than one paragraph a line)."""
    lengths = [len(line.text) for page in pages for line in page]
    if not lengths:
        return False
    if any(line.has_geometry for page in pages for line in page):
        return True
    lengths.sort()
    return lengths[int(len(lengths) * 0.95)] <= _WRAPPED_WIDTH


@dataclass(frozen=True)
class ReportText:
    """A report's logical lines, with where each came from."""

    lines: list[str]
    # The page (from 0) each line starts on.
    line_pages: list[int]
    # How many characters of text each page holds once its running heads, page number
    # and footnotes are taken away.
    page_chars: list[int]


def logical_lines(pages: Sequence[Page]) -> list[str]:
    """The report as logical lines, with page furniture and footnotes removed."""
    return read_text(pages).lines


def read_text(pages: Sequence[Page], paragraphs_end_with_pages: bool = False) -> ReportText:
    """The report's logical lines (see ``logical_lines``) and the pages they came from.

    A page that opens with a capital after a page that ended a sentence usually carries
    on the paragraph; with ``paragraphs_end_with_pages`` it starts a new one, as it does in
    a letter whose paragraphs are not numbered.
    """
    if not is_wrapped(pages):
        lines: list[str] = []
        line_pages: list[int] = []
        page_chars: list[int] = []
        for number, page in enumerate(pages):
            chars = 0
            for line in page:
                text = strip_superscripts(line.text)
                if text and line.text[0] not in SUPERSCRIPTS:
                    lines.append(text)
                    line_pages.append(number)
                    chars += len(text)
            page_chars.append(chars)
        return ReportText(lines, line_pages, page_chars)
    body = _body_size(pages)
    pages = [_with_numbers_joined(page) for page in pages]
    cleaned = without_running_heads([without_footnotes(list(page), body) for page in pages])
    lines, line_pages = _join(cleaned, body, paragraphs_end_with_pages)
    return ReportText(lines, line_pages, [sum(len(line.text) for line in page) for page in cleaned])


def _body_size(pages: Sequence[Page]) -> float | None:
    sizes = Counter(round(line.size, 1) for page in pages for line in page if line.size is not None)
    return sizes.most_common(1)[0][0] if sizes else None


def _join(
    pages: Sequence[Page], body: float | None, paragraphs_end_with_pages: bool = False
) -> tuple[list[str], list[int]]:
    """Logical lines, and the page (from 0) each starts on."""
    metrics = _Metrics.measure(pages, body)
    flat = [
        (line, index == 0, number)
        for number, page in enumerate(pages)
        for index, line in enumerate(page)
    ]
    out: list[str] = []
    starts: list[int] = []
    last_number = 0
    for position, (line, new_page, page_number) in enumerate(flat):
        text = line.text
        number = _paragraph_number(text)
        if position == 0:
            out.append(text)
            starts.append(page_number)
            last_number = number or last_number
            continue
        previous = flat[position - 1][0]
        following = flat[position + 1][:2] if position + 1 < len(flat) else None
        # "...against a target of / 35. The preparation": a number out of sequence after an
        # unfinished sentence is the sentence running on, not paragraph 35.
        out_of_turn = (
            number is not None
            and number not in (1, last_number + 1)
            and not previous.text.endswith(tuple(_SENTENCE_END))
        )
        page_ends_paragraph = (
            paragraphs_end_with_pages
            and new_page
            and previous.text.endswith(_PARAGRAPH_ENDS)
            and text[0].isupper()
        )
        if not out_of_turn and (
            page_ends_paragraph
            or _breaks(previous, line, new_page, metrics)
            or (new_page and _heading_after_page_break(previous, line, following, metrics))
        ):
            out.append(text)
            starts.append(page_number)
            last_number = number or last_number
        elif previous.joins_next or (previous.text.endswith("-") and text[0].islower()):
            out[-1] += text
        else:
            out[-1] += " " + text
    return out, starts


def _with_numbers_joined(page: Page) -> list[PageLine]:
    """A paragraph number or a bullet set on a line of its own ("12." or "•", then the
    paragraph's first line, as some converters give them) joined to the line it starts."""
    out: list[PageLine] = []
    lines = list(page)
    index = 0
    while index < len(lines):
        line = lines[index]
        if _LONE_NUMBER.match(line.text) and index + 1 < len(lines):
            following = lines[index + 1]
            if not _LONE_NUMBER.match(following.text) and not starts_item(following.text):
                out.append(
                    replace(
                        following,
                        text=f"{line.text} {following.text}",
                        left=line.left,
                        blank_before=line.blank_before,
                    )
                )
                index += 2
                continue
        out.append(line)
        index += 1
    return out


def _paragraph_number(text: str) -> int | None:
    match = PARAGRAPH_START.match(text)
    return int(match.group(1)) if match else None


def _heading_after_page_break(
    previous: PageLine,
    line: PageLine,
    following: tuple[PageLine, bool] | None,
    metrics: _Metrics,
) -> bool:
    """A new page that opens with a heading, after a page that ended a sentence or a heading.

    Headings in large type never run on over a page. A line in body type is a heading if
    it ends without punctuation and stands alone (the line after it starts afresh).
    """
    if metrics.body is not None and previous.size is not None and previous.size > metrics.body + 1:
        return True
    if not previous.text.endswith(tuple(_SENTENCE_END)) or line.text.endswith(
        tuple(_SENTENCE_END + ",")
    ):
        return False
    if following is None:
        return True
    next_line, next_new_page = following
    return _breaks(line, next_line, next_new_page, metrics)


@dataclass(frozen=True)
class _Metrics:
    """What a full line looks like: where lines end, and how far apart they sit."""

    body: float | None
    right_margin: float | None
    pitch: float | None
    width_chars: int

    @classmethod
    def measure(cls, pages: Sequence[Page], body: float | None) -> _Metrics:
        rights = sorted(
            line.right
            for page in pages
            for line in page
            if line.right is not None and line.size is not None and line.size == body
        )
        right_margin = rights[int(len(rights) * 0.9)] if rights else None
        pitches = [
            above.baseline - below.baseline
            for page in pages
            for above, below in itertools.pairwise(page)
            if above.baseline is not None
            and below.baseline is not None
            and above.size == body
            and below.size == body
            and 0 < above.baseline - below.baseline < 3 * (body or 12)
        ]
        pitch = sorted(pitches)[len(pitches) // 2] if pitches else None
        lengths = sorted(len(line.text) for page in pages for line in page)
        width_chars = lengths[int(len(lengths) * 0.95)] if lengths else 80
        return cls(body, right_margin, pitch, width_chars)


def _breaks(previous: PageLine, line: PageLine, new_page: bool, metrics: _Metrics) -> bool:
    """True if ``line`` starts a new logical line rather than continuing ``previous``."""
    text = line.text
    if starts_item(text):
        return True
    if previous.joins_next:
        return False
    if line.blank_before and not new_page:
        return True
    first = text[0]
    if first.islower():
        return False
    if previous.size is not None and line.size is not None:
        if abs(previous.size - line.size) > 1:
            return True
        if not new_page and _gap_after(previous, line, metrics):
            return True
    return _would_have_fitted(previous, line, metrics)


def _gap_after(previous: PageLine, line: PageLine, metrics: _Metrics) -> bool:
    if previous.baseline is None or line.baseline is None or metrics.pitch is None:
        return False
    drop = previous.baseline - line.baseline
    scale = (line.size or 12) / 12
    return drop > metrics.pitch * _PARAGRAPH_GAP * max(scale, 1)


def _would_have_fitted(previous: PageLine, line: PageLine, metrics: _Metrics) -> bool:
    """True if the first word of ``line`` had room at the end of ``previous``."""
    word = line.text.split(" ", 1)[0]
    if (
        previous.left is not None
        and previous.right is not None
        and metrics.right_margin is not None
    ):
        width = previous.right - previous.left
        per_char = width / max(len(previous.text), 1)
        room = metrics.right_margin - previous.right
        return room > per_char * (len(word) + 1.5)
    return len(previous.text) + 1 + len(word) <= metrics.width_chars
