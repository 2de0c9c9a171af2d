"""Inputs for fuzzing the importers: real files bent out of shape, and plain noise.

Mutating the real files (the Portsmouth report, our CSVs) reaches deep into the parsers;
random bytes and random encodings check the edges. Every strategy gives file contents
as bytes, as a user's file would arrive.
"""

from __future__ import annotations

import csv
import io

from hypothesis import strategies as st

from tests.conftest import REPO

REPORT_LINES = (
    (REPO / "data" / "portsmouth-2014" / "report.txt").read_text(encoding="utf-8").splitlines()
)
FRONT_MATTER = 40
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-32", "latin-1", "cp1252")
NEWLINES = ("\n", "\r\n", "\r")

# Lines that steer the report parser down its branches.
REPORT_SNIPPETS = (
    "Inspection date: 31 February 2014 – 1 March 2014",
    "Inspection dates 1 Jan 0001 to 2 Jan 9999",
    "Inspection date: 25 June 2014 – 16 July 2013",
    "Report published: 40 Smarch 2014",
    "The overall judgement is that children's services are inadequate",
    "The overall judgement is that",
    "The graded judgement about adoption performance is that it is good",
    "The graded judgment for the experiences and progress of care leavers is outstanding",
    "The Local Safeguarding Children Board is good",
    "Key judgement Judgement grade",
    "Children who need help and protection\tRequires improvement to be good",
    "What does the local authority need to improve?",
    "Priority and immediate action",
    "Areas for improvement",
    "No areas for improvement were identified",
    "The local authority’s strengths",
    "What the inspection judgements mean",
    "The Local Safeguarding Children Board (LSCB)",
    "1. ",
    "1.\tx",
    "999. The last paragraph",
    "0. Zero",
    "2.1 Adoption performance\tGood",
    "",
    "\x00",
    "\t\t",
    "¹²³",
    "Łukasz Wójcik, Zoë",
)

line_text = st.one_of(
    st.sampled_from(REPORT_SNIPPETS),
    st.text(max_size=80),
    st.sampled_from(REPORT_LINES),
)


@st.composite
def _mutated_lines(draw: st.DrawFn, lines: list[str]) -> list[str]:
    lines = list(lines)
    for _ in range(draw(st.integers(0, 8))):
        if not lines:
            lines.append(draw(line_text))
            continue
        at = draw(st.integers(0, len(lines) - 1))
        action = draw(
            st.sampled_from(["delete", "duplicate", "swap", "replace", "insert", "cut", "renumber"])
        )
        if action == "delete":
            del lines[at : at + draw(st.integers(1, 20))]
        elif action == "duplicate":
            lines[at:at] = lines[at : at + draw(st.integers(1, 10))]
        elif action == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif action == "replace":
            lines[at] = draw(line_text)
        elif action == "insert":
            lines.insert(at, draw(line_text))
        elif action == "cut":
            lines[at] = lines[at][: draw(st.integers(0, max(0, len(lines[at]))))]
        else:
            head, _, tail = lines[at].partition(". ")
            lines[at] = f"{draw(st.integers(-5, 1200))}. {tail or head}"
    return lines


def _encode(draw: st.DrawFn, text: str) -> bytes:
    """Mostly UTF-8 (so the parser behind the decoding is reached), sometimes not."""
    newline = draw(st.sampled_from(NEWLINES))
    encoding = "utf-8" if draw(st.integers(0, 9)) < 7 else draw(st.sampled_from(ENCODINGS))
    data = text.replace("\n", newline).encode(encoding, errors="replace")
    if draw(st.integers(0, 4)) == 0 and data:
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] + draw(st.binary(max_size=8)) + data[cut:]
    return data


@st.composite
def report_text_files(draw: st.DrawFn) -> bytes:
    """A report text: a stretch of the real one (often with its front page), mutated."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.binary(max_size=4000))
    if draw(st.booleans()):
        body = list(REPORT_LINES)
    else:
        start = draw(st.integers(0, len(REPORT_LINES) - 1))
        body = REPORT_LINES[start : start + draw(st.integers(1, 400))]
        if draw(st.integers(0, 9)) < 7:
            body = REPORT_LINES[:FRONT_MATTER] + body
    return _encode(draw, "\n".join(draw(_mutated_lines(body))))


CSV_CELLS = st.one_of(
    st.integers(-10, 500).map(str),
    st.lists(st.integers(0, 200).map(str), max_size=5).map(" ".join),
    st.sampled_from(
        [
            "",
            " ",
            "12 x",
            "1_000",
            "١٢",
            "9" * 5000,
            "=SUM(A1)",
            '"',
            "a,b",
            "x\ny",
            "\x00",
            "IRO",
            "Wójcik",
        ]
    ),
    st.text(max_size=30),
)


@st.composite
def csv_files(draw: st.DrawFn, columns: tuple[str, ...], real: str) -> bytes:
    """A CSV file: the real one mutated, or rows built around the expected columns."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.binary(max_size=2000))
    if draw(st.booleans()):
        lines = real.splitlines()
        return _encode(draw, "\n".join(draw(_mutated_lines(lines))))
    header = draw(
        st.lists(st.one_of(st.sampled_from(columns), st.text(max_size=12)), min_size=0, max_size=5)
    )
    if draw(st.booleans()):
        header = list(columns) + header[: draw(st.integers(0, 2))]
    rows = draw(st.lists(st.lists(CSV_CELLS, max_size=6), max_size=12))
    buffer = io.StringIO()
    quoting = draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]))
    writer = csv.writer(buffer, quoting=quoting)
    for row in [header, *rows]:
        writer.writerow(row)
    return _encode(draw, buffer.getvalue())


TOML_SNIPPETS = (
    "[[summary]]",
    "[summary]",
    'audience = "children-in-care"',
    'audience = "care-leavers"',
    'audience = "nobody"',
    'topic = "health"',
    'topic = "housing"',
    "topic = 3",
    'text = """',
    '"""',
    'text = ""',
    "text = [1, 2]",
    "summary = 1",
    "[[summary.text]]",
    "Most lived with foster families [62, 63; cla-count].",
    "[999]",
    "[not-an-indicator]",
    'audience = "children-in-care" # comment',
    "= 1",
    "\\u00e9",
)


@st.composite
def toml_files(draw: st.DrawFn, real: str) -> bytes:
    """A TOML file: the real one with lines moved, cut and swapped for TOML-like lines."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.binary(max_size=2000))
    lines = real.splitlines()
    if draw(st.booleans()):
        start = draw(st.integers(0, len(lines) - 1))
        lines = lines[start : start + draw(st.integers(1, 60))]
    snippets = st.one_of(st.sampled_from(TOML_SNIPPETS), st.text(max_size=40))
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(lines)))
        lines.insert(at, draw(snippets))
    return _encode(draw, "\n".join(draw(_mutated_lines(lines))))
