"""Questions for this meeting, in the order they will be asked: each with why it
matters, the report's paragraphs it rests on, the latest figures, what was said before,
and lined space for notes. The space for notes is kept on the page with the end of its
question, and each question's notes on sources follow its figures."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from briefing_app.domain.dates import long_date
from briefing_app.domain.packs.content import PackContent, SectionKey
from briefing_app.domain.packs.sections import QuestionEntry
from briefing_app.packs.bookmarks import section_key
from briefing_app.packs.layout import Kit, keep_with_end
from briefing_app.packs.notes import Notes
from briefing_app.packs.paragraphs import ContentsEntry, RuledLines, esc

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
        items += [kit.subheading("Why ask it", 3), kit.para(entry.why)]
    if entry.paragraphs:
        items.append(kit.subheading("What the report says", 3))
        items += [
            kit.markup(f"<b>{p.paragraph}</b>  {esc(p.excerpt)}", styles.quote)
            for p in entry.paragraphs
        ]
    if entry.figures:
        items.append(kit.subheading("The latest figures", 3))
        items += kit.bullets([notes.statement(f) for f in entry.figures])
    if entry.earlier:
        items.append(kit.subheading("Asked before", 3))
        lines = []
        for earlier in entry.earlier:
            text = f"<b>{esc(earlier.meeting)}:</b> {esc(earlier.outcome)}."
            if earlier.answer:
                label = " (private note)" if earlier.private else ""
                text += f" {esc(earlier.answer)}{label}"
            lines.append(text)
        items += kit.bullets(lines)
    if entry.open_actions:
        items.append(kit.subheading("Actions still open from earlier meetings", 3))
        items += kit.bullets(
            [
                (f"<b>{esc(a.owner)}:</b> " if a.owner else "")
                + f"{esc(a.description)} Due {long_date(a.due)}: {esc(a.state)}, {esc(a.when)}."
                for a in entry.open_actions
            ]
        )
    if entry.outcome:
        items.append(kit.subheading("At this meeting", 3))
        text = entry.outcome
        if entry.answer:
            label = " (private note)" if entry.answer_private else ""
            text += f": {entry.answer}{label}"
        items.append(kit.para(text))
    # The notes on sources and the lines for notes never start a page on their own.
    ending = [*notes.flowables(level=3), kit.subheading("Your notes", 3), RuledLines(NOTE_LINES)]
    keep_with_end(items, ending)
    return items


def render(content: PackContent, kit: Kit) -> list[Flowable]:
    questions = content.questions
    if questions is None:
        return []
    notes = Notes(kit)
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
