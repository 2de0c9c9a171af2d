"""Summaries as rich text: each sentence followed by links to what it rests on."""

from __future__ import annotations

import html
from collections.abc import Mapping

from briefing_app.domain.summaries import Summary

PARAGRAPH_SCHEME = "paragraph"
FIGURE_SCHEME = "figure"


def _citation_html(
    paragraphs: tuple[int, ...], keys: tuple[str, ...], labels: dict[str, str]
) -> str:
    links = []
    if paragraphs:
        numbers = ", ".join(f'<a href="{PARAGRAPH_SCHEME}:{p}">{p}</a>' for p in paragraphs)
        word = "paragraph" if len(paragraphs) == 1 else "paragraphs"
        links.append(f"{word} {numbers}")
    for key in keys:
        label = html.escape(labels.get(key, key))
        links.append(f'figure: <a href="{FIGURE_SCHEME}:{key}">{label}</a>')
    # In the text's own colour, so it reads in high contrast as well.
    return f" <small>[{'; '.join(links)}]</small>" if links else ""


def summaries_html(
    summaries: list[Summary],
    labels: dict[str, str],
    notes: Mapping[str, list[str]] | None = None,
) -> str:
    """Every summary, each sentence followed by links to what it rests on, then any
    ``notes`` on it (by topic): who wrote it, what has changed since."""
    if not summaries:
        return "<p>No summaries have been written yet.</p>"
    parts = []
    for summary in summaries:
        parts.append(f"<h2>{html.escape(summary.topic_title)}</h2><p>")
        for sentence in summary.sentences():
            citation = sentence.citation
            parts.append(
                html.escape(sentence.text)
                + _citation_html(citation.paragraphs, citation.indicators, labels)
                + " "
            )
        parts.append("</p>")
        for note in (notes or {}).get(summary.topic, []):
            parts.append(f"<p><i>{html.escape(note)}</i></p>")
    return "".join(parts)
