"""The findings page's HTML: a section's paragraphs, a recommendation and its evidence."""

from __future__ import annotations

import html

from briefing_app.domain.glossary import Glossary
from briefing_app.domain.reports import Finding, InspectionReport, Recommendation
from briefing_app.domain.wording import first_sentence
from briefing_app.ui.widgets.term_browser import MATCH_STYLE, marked_html

PARAGRAPH_SCHEME = "paragraph"


def paragraph_url(number: int) -> str:
    return f"{PARAGRAPH_SCHEME}:{number}"


# Shown before the paragraph the reader asked for, so it stands out without colour.
HIGHLIGHT_MARKER = "▶"


def section_html(
    title: str,
    findings: list[Finding],
    highlight: int | None = None,
    glossary: Glossary | None = None,
) -> str:
    parts = [f"<h2>{html.escape(title)}</h2>"]
    subsection = ""
    for finding in findings:
        if finding.subsection and finding.subsection != subsection:
            subsection = finding.subsection
            parts.append(f"<h3>{html.escape(subsection)}</h3>")
        style, marker = "", ""
        if finding.paragraph == highlight:
            # Marked by a symbol as well as the colour, so it stands out without colour.
            style, marker = f' style="{MATCH_STYLE}"', f"{HIGHLIGHT_MARKER} "
        parts.append(
            f'<a name="p{finding.paragraph}"></a>'
            f"<p{style}><b>{marker}{finding.paragraph}.</b> "
            f"{marked_html(finding.text, glossary)}</p>"
        )
    return "\n".join(parts)


def recommendation_html(
    rec: Recommendation, report: InspectionReport, glossary: Glossary | None = None
) -> str:
    parts = [
        f"<h3>{html.escape(rec.reference)}: {html.escape(rec.kind_label)}"
        + (f" ({html.escape(rec.topic)})" if rec.topic else "")
        + "</h3>",
        f"<p>{marked_html(rec.text, glossary)}</p>",
    ]
    if rec.evidence:
        parts.append("<p><b>The findings behind it:</b></p><ul>")
        for number in rec.evidence:
            finding = report.finding(number)
            excerpt = marked_html(first_sentence(finding.text), glossary) if finding else ""
            parts.append(
                f'<li><a href="{paragraph_url(number)}">Paragraph {number}</a>: {excerpt}</li>'
            )
        parts.append("</ul>")
    else:
        parts.append("<p>No paragraphs are linked to this recommendation yet.</p>")
    return "\n".join(parts)
