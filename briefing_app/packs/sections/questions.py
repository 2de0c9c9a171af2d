"""Questions for this meeting, in the order they will be asked: each with why it
matters, the report's paragraphs it rests on, the latest figures, what was said before,
and lined space for notes."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph

from briefing_app.domain.dates import long_date
from briefing_app.domain.packs.content import PackContent, SectionKey
from briefing_app.domain.packs.sections import QuestionEntry
from briefing_app.packs.layout import ContentsEntry, Kit, Notes, RuledLines, esc
from briefing_app.packs.sections import section_key

NOTE_LINES = 6
KEEP_WITH_HEADING = 70 * mm


def _key(entry: QuestionEntry) -> str:
    return f"question-{entry.number}"


def _title(entry: QuestionEntry) -> str:
    return f"Question {entry.number}" + (f" ({entry.code})" if entry.code else "")


def contents_entries(content: PackContent) -> list[ContentsEntry]:
    entries = content.questions.entries if content.questions else ()
    return [
        ContentsEntry(0, SectionKey.QUESTIONS.title, section_key(SectionKey.QUESTIONS)),
        *(ContentsEntry(1, f"{_title(e)}: {e.text}", _key(e)) for e in entries),
    ]


def _entry(entry: QuestionEntry, kit: Kit, notes: Notes) -> list[Flowable]:
    styles = kit.styles
    items: list[Flowable] = [
        CondPageBreak(KEEP_WITH_HEADING),
        kit.heading(_title(entry), key=_key(entry), level=1),
        kit.para(entry.text, styles.question),
        kit.para(f"Theme: {entry.theme}", styles.small),
    ]
    if entry.why:
        items += [Paragraph("Why ask it", styles.h3), kit.para(entry.why)]
    if entry.paragraphs:
        items.append(Paragraph("What the report says", styles.h3))
        items += [
            Paragraph(f"<b>{p.paragraph}</b>  {esc(p.excerpt)}", styles.quote)
            for p in entry.paragraphs
        ]
    if entry.figures:
        items.append(Paragraph("The latest figures", styles.h3))
        items += kit.bullets([notes.statement(f) for f in entry.figures])
    if entry.earlier:
        items.append(Paragraph("Asked before", styles.h3))
        lines = []
        for earlier in entry.earlier:
            text = f"<b>{esc(earlier.meeting)}:</b> {esc(earlier.outcome)}."
            if earlier.answer:
                label = " (private note)" if earlier.private else ""
                text += f" {esc(earlier.answer)}{label}"
            lines.append(text)
        items += kit.bullets(lines)
    if entry.open_actions:
        items.append(Paragraph("Actions still open from earlier meetings", styles.h3))
        items += kit.bullets(
            [
                (f"<b>{esc(a.owner)}:</b> " if a.owner else "")
                + f"{esc(a.description)} Due {long_date(a.due)}: {esc(a.state)}, {esc(a.when)}."
                for a in entry.open_actions
            ]
        )
    if entry.outcome:
        items.append(Paragraph("At this meeting", styles.h3))
        text = esc(entry.outcome)
        if entry.answer:
            label = " (private note)" if entry.answer_private else ""
            text += f": {esc(entry.answer)}{label}"
        items.append(Paragraph(text, styles.body))
    items.append(KeepTogether([Paragraph("Your notes", styles.h3), RuledLines(NOTE_LINES)]))
    return items


def render(content: PackContent, kit: Kit) -> list[Flowable]:
    questions = content.questions
    if questions is None:
        return []
    notes = kit.notes()
    items: list[Flowable] = [
        kit.heading(SectionKey.QUESTIONS.title, key=section_key(SectionKey.QUESTIONS)),
        kit.para(questions.meeting, kit.styles.lead),
    ]
    if not questions.entries:
        items.append(kit.para("No questions have been chosen for this meeting yet."))
        return items
    items += [
        kit.para(
            f"The {len(questions.entries)} questions in the order they will be asked. Under "
            "each: why it matters, the paragraphs of the inspection report it rests on (in "
            "the inspectors' words), the latest figures, what was said when it was asked "
            "before, and space for your notes."
        ),
        kit.source(questions.source),
    ]
    for entry in questions.entries:
        items += _entry(entry, kit, notes)
    items += notes.flowables()
    return items
