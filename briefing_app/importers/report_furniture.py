"""What is printed on a report's pages but is not its text: page numbers, running heads
and footnotes.

The rules come from how such documents are laid out, not from any one report:

* a running header or footer is a line that recurs at the top or foot of many pages
  (numbers aside), and a page number is a lone number there;
* a footnote is the block at the foot of a page, in smaller type, that starts with its
  number; its mark in the text (a number glued to a word) goes with it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from briefing_app.importers.page_lines import PARAGRAPH_START, SUPERSCRIPTS, PageLine

_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?$", re.I)
_FOOTNOTE_START = re.compile(r"^\d{1,2}(?:\s+\S|$)")
_FOOTNOTE_NUMBER = re.compile(r"^(\d{1,2})(?:\s|$)")
# A number glued to the end of a word or closing mark: a footnote's mark, if the page has
# a footnote of that number.
# Not the "1" of a list number such as "2.1".
_GLUED_NUMBER = re.compile(r"(?<=[A-Za-z)\].,;:’”'\"])(?<!\d[.,])(\d{1,2})(?=[\s,.;:)\]’”'\"]|$)")
_DIGITS = re.compile(r"\d+")

# A line repeated at a page's edge on this share of pages (and at least 3) is a running head.
_RUNNING_SHARE = 0.3
_EDGE_LINES = 2
# Type this much smaller than the body text is a footnote's (or a running head's).
_SMALL_TYPE = 0.9


def _is_small(line: PageLine, body: float | None) -> bool:
    return line.size is not None and body is not None and line.size < body * _SMALL_TYPE


def without_footnotes(page: list[PageLine], body: float | None) -> list[PageLine]:
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
        if line.text[0] in SUPERSCRIPTS:
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


def without_running_heads(pages: list[list[PageLine]]) -> list[list[PageLine]]:
    """Drop page numbers and lines repeated at the top or foot of many pages."""
    seen: Counter[str] = Counter()
    for page in pages:
        edges = {
            _running_key(line.text)
            for line in page[:_EDGE_LINES] + page[-_EDGE_LINES:]
            if not PARAGRAPH_START.match(line.text)
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
