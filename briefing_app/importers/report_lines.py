"""From the lines of a printed report to its logical lines: one paragraph, heading or item each.

A report's text, whether taken from a PDF or from a text file made from one, comes as
physical lines: wrapped mid-sentence, broken by page numbers and running headers, with
footnotes at the foot of a page. This module cleans those away and joins the wrapped
lines back into paragraphs. The words themselves are kept as they are.

The rules come from how such documents are laid out, not from any one report:

* a running header or footer is a line that recurs at the top or foot of many pages
  (numbers aside), and a page number is a lone number there;
* a footnote is the block at the foot of a page, in smaller type, that starts with its
  number;
* a line ends its paragraph when the first word of the next line would have fitted on
  it (the writer broke the line, not the page width), when a gap or a change of type size
  follows, or when the next line starts a numbered paragraph or a bullet.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

# What a bullet can look like once extracted: symbol-font bullets come out as private-use
# characters, which are shown as "•".
BULLETS = "•◼▪■●◦○‣⁃·-–*"
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_SUPERSCRIPT_RUN = re.compile(f"[{_SUPERSCRIPTS}]+")
# A paragraph's number: "12. The", or "12.The" where the space was lost in setting.
_NUMBER_GAP = r"(?:\s+|(?=[A-Z‘“'\"(]))"
PARAGRAPH = re.compile(rf"^(\d{{1,3}})\.{_NUMBER_GAP}(\S.*)$")
_NUMBERED = re.compile(rf"^\d{{1,3}}(?:\.\d{{1,2}})*\.{_NUMBER_GAP}\S|^\d{{1,3}}\.\d{{1,2}}\s+\S")
_PARAGRAPH_START = re.compile(rf"^(\d{{1,3}})\.{_NUMBER_GAP}")
_LONE_NUMBER = re.compile(rf"^(?:\d{{1,3}}\.|[{re.escape(BULLETS[:5])}])$")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?$", re.I)
_FOOTNOTE_START = re.compile(r"^\d{1,2}(?:\s+\S|$)")
_FOOTNOTE_NUMBER = re.compile(r"^(\d{1,2})(?:\s|$)")
# A number glued to the end of a word or closing mark: a footnote's mark, if the page has
# a footnote of that number.
# Not the "1" of a list number such as "2.1".
_GLUED_NUMBER = re.compile(r"(?<=[A-Za-z)\].,;:’”'\"])(?<!\d[.,])(\d{1,2})(?=[\s,.;:)\]’”'\"]|$)")
_DIGITS = re.compile(r"\d+")
_SENTENCE_END = ".:;?!"
_PARAGRAPH_ENDS = (".", "?", "!", ".”", ".’", '."')

# A line repeated at a page's edge on this share of pages (and at least 3) is a running head.
_RUNNING_SHARE = 0.3
_EDGE_LINES = 2
# Type this much smaller than the body text is a footnote's (or a running head's).
_SMALL_TYPE = 0.9
# A gap between lines this much larger than the usual line spacing ends a paragraph.
_PARAGRAPH_GAP = 1.4
# A text file whose lines are mostly this short was wrapped (a PDF's text saved as text).
_WRAPPED_WIDTH = 120


@dataclass(frozen=True)
class PageLine:
    """One printed line, with where it sits on the page when that is known (PDF points)."""

    text: str
    size: float | None = None
    left: float | None = None
    right: float | None = None
    baseline: float | None = None
    joins_next: bool = False
    blank_before: bool = False

    @property
    def has_geometry(self) -> bool:
        return self.size is not None and self.right is not None and self.baseline is not None


Page = Sequence[PageLine]


def normalise_text(text: str) -> str:
    """Tidy one line's characters: symbol bullets, odd spaces, doubled spaces."""
    if not text.isascii():
        text = _PRIVATE_USE.sub("•", text)
    return " ".join(text.split())


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
                if text and line.text[0] not in _SUPERSCRIPTS:
                    lines.append(text)
                    line_pages.append(number)
                    chars += len(text)
            page_chars.append(chars)
        return ReportText(lines, line_pages, page_chars)
    body = _body_size(pages)
    pages = [_with_numbers_joined(page) for page in pages]
    cleaned = _without_running_heads([_without_footnotes(list(page), body) for page in pages])
    lines, line_pages = _join(cleaned, body, paragraphs_end_with_pages)
    return ReportText(lines, line_pages, [sum(len(line.text) for line in page) for page in cleaned])


def strip_superscripts(text: str) -> str:
    """A line without footnote marks (¹²³), and without surrounding space."""
    return _SUPERSCRIPT_RUN.sub("", text).strip()


def _body_size(pages: Sequence[Page]) -> float | None:
    sizes = Counter(round(line.size, 1) for page in pages for line in page if line.size is not None)
    return sizes.most_common(1)[0][0] if sizes else None


def _is_small(line: PageLine, body: float | None) -> bool:
    return line.size is not None and body is not None and line.size < body * _SMALL_TYPE


def _without_footnotes(page: list[PageLine], body: float | None) -> list[PageLine]:
    """Drop the footnotes at the foot of a page, and their marks in the page's text.

    With type sizes known: the trailing run of small-type lines (below some body text),
    from the first of them that starts with a footnote number. Without: a trailing block
    after a blank line that starts with a number and a capital, or with a superscript digit.
    """
    cut = _footnote_start(page, body)
    if cut is None:
        return page
    numbers = {
        match.group(1) for line in page[cut:] if (match := _FOOTNOTE_NUMBER.match(line.text))
    }

    def unmarked(match: re.Match[str]) -> str:
        return "" if match.group(1) in numbers else match.group()

    return [replace(line, text=_GLUED_NUMBER.sub(unmarked, line.text)) for line in page[:cut]]


def _footnote_start(page: list[PageLine], body: float | None) -> int | None:
    if body is not None:
        start = len(page)
        while start > 0 and _is_small(page[start - 1], body):
            start -= 1
        if start == 0:
            return None  # all in small type: a page of its own, not footnotes
        for index in range(start, len(page)):
            if _FOOTNOTE_START.match(page[index].text):
                return index
        return None
    for index in range(len(page) - 1, 0, -1):
        line = page[index]
        if line.text[0] in _SUPERSCRIPTS:
            return index
        if line.blank_before:
            if re.match(r"^\d{1,2}\s+[A-Z]", line.text) and len(page) - index <= 8:
                return index
            return None
    return None


def _running_key(text: str) -> str:
    """A line as it recurs from page to page: numbers aside, and a page number set at its
    end ("11 to 22 September 2023 10") ignored."""
    return _DIGITS.sub("#", text.casefold()).rstrip(" #")


def _without_running_heads(pages: list[list[PageLine]]) -> list[list[PageLine]]:
    """Drop page numbers and lines repeated at the top or foot of many pages."""
    seen: Counter[str] = Counter()
    for page in pages:
        edges = {
            _running_key(line.text)
            for line in page[:_EDGE_LINES] + page[-_EDGE_LINES:]
            if not _PARAGRAPH_START.match(line.text)
        }
        seen.update(edges)
    threshold = max(3, int(len(pages) * _RUNNING_SHARE))
    running = {key for key, count in seen.items() if count >= threshold and key}
    cleaned: list[list[PageLine]] = []
    for page in pages:
        keep = list(page)
        while keep and _is_furniture(keep[0].text, running):
            keep.pop(0)
        while keep and _is_furniture(keep[-1].text, running):
            keep.pop()
        # A page number printed at the foot can come first in the extracted text.
        cleaned.append(keep)
    return cleaned


def _is_furniture(text: str, running: set[str]) -> bool:
    return bool(_PAGE_NUMBER.match(text)) or _running_key(text) in running


def starts_item(text: str) -> bool:
    """True if a line starts a numbered paragraph or a bulleted item."""
    return bool(_NUMBERED.match(text)) or (
        text[0] in BULLETS and (len(text) == 1 or text[1] == " " or text[0] in "•◼▪■●")
    )


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
    match = _PARAGRAPH_START.match(text)
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
