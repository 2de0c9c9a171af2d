"""Briefing packs: gather what a pack shows from the app's data, then print it as a PDF.

``content`` reads the database and returns a plain ``PackContent``, already filtered for
its audience; ``render`` turns that into PDF bytes without touching the database (so
the window can run it on another thread); ``save`` writes the file safely. ``build``
does all three, for the command line.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.domain.errors import PackError, PackWriteError
from briefing_app.domain.meeting_record import MeetingRecord
from briefing_app.domain.meetings import Meeting
from briefing_app.domain.outcomes import Audience
from briefing_app.domain.packs.content import PackAudience, PackContent, SectionKey
from briefing_app.domain.packs.papers import gaps
from briefing_app.domain.packs.sections import (
    CoverContent,
    MyNotesContent,
    OutcomesContent,
    Statement,
)
from briefing_app.domain.progress import ProgressCallback
from briefing_app.domain.publication import Flag
from briefing_app.domain.reports import InspectionReport
from briefing_app.domain.training.summary import TrainingSummary
from briefing_app.packs.sections import has_renderer
from briefing_app.services.actions import ActionService
from briefing_app.services.council import CouncilService
from briefing_app.services.file_saving import save_whole
from briefing_app.services.glossary import GlossaryService
from briefing_app.services.meeting_record import MeetingRecordService
from briefing_app.services.meetings import MeetingService
from briefing_app.services.packs import report as pack_report
from briefing_app.services.packs.meetings import (
    FreeTextPolicy,
    QuestionsAssembler,
    actions_content,
    find_meeting,
)
from briefing_app.services.packs.outcomes import (
    FigureSources,
    has_outcomes,
    off_track_statements,
    outcomes_content,
)
from briefing_app.services.packs.papers import ExemptParts, exempt_paragraph, front_sheet
from briefing_app.services.packs.published import off_track_published, published_figures
from briefing_app.services.packs.sources import more_sources, training_statements
from briefing_app.services.reports import ReportService
from briefing_app.services.scrutiny import ScrutinyService

if TYPE_CHECKING:
    from briefing_app.packs.builder import RenderedPack
    from briefing_app.services.council_figures import CouncilFiguresService
    from briefing_app.services.council_summaries import CouncilSummariesService
    from briefing_app.services.outcomes import OutcomesService
    from briefing_app.services.publication import PublicationService
    from briefing_app.services.training.service import TrainingService

DEFAULT_COMMITTEE = "Corporate Parenting Board"
# At a glance: the published figures furthest off track, and as many of the report's.
OFF_TRACK_EACH = 3
RECORD_TITLE = "Meeting record"
MY_NOTES_TITLE = "My notes on the briefing"


@dataclass(frozen=True)
class PackRequest:
    """What the person building a pack chose. ``sections=None`` means every section offered.

    A meeting, when chosen, sets the committee and the date (``committee`` and
    ``pack_date`` are then not used) and brings its questions.
    """

    audience: PackAudience = PackAudience.MEMBERS
    sections: tuple[SectionKey, ...] | None = None
    pack_date: date | None = None
    committee: str = DEFAULT_COMMITTEE
    meeting_id: int | None = None
    covering_note: str = ""
    covering_note_members_only: bool = True


@dataclass(frozen=True)
class BuiltPack:
    """A pack saved: where, how long, what it holds, and what its front sheet could not
    say (``notes``, in words for the officer who made it)."""

    path: Path
    pages: int
    sections: tuple[SectionKey, ...]
    audience: PackAudience
    notes: tuple[str, ...] = ()


def pack_file_name(committee: str, pack_date: date, audience: PackAudience) -> str:
    """A file name that says what the pack is, safe on Windows as well as Linux and macOS."""
    words = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", committee).split()
    stem = " ".join(words)[:60].strip() or "Briefing"
    return f"{stem} {pack_date.isoformat()} {audience.value} pack.pdf"


@dataclass(frozen=True)
class PackData:
    """The services a pack reads from."""

    reports: ReportService
    glossary: GlossaryService
    outcomes: OutcomesService
    scrutiny: ScrutinyService
    meetings: MeetingService
    actions: ActionService
    records: MeetingRecordService
    training: TrainingService
    figures: CouncilFiguresService
    summaries: CouncilSummariesService
    council: CouncilService
    publication: PublicationService


class PackService:
    def __init__(
        self, data: PackData, font_dir: Path, today: Callable[[], date] = date.today
    ) -> None:
        self._data = data
        self._font_dir = font_dir
        self.today = today

    # -- which sections can be printed -------------------------------------------------

    def meetings(self) -> list[Meeting]:
        """Every meeting a pack can be built for, newest first."""
        return [summary.meeting for summary in self._data.meetings.meetings()]

    def offered_sections(self, meeting_id: int | None = None) -> tuple[SectionKey, ...]:
        """Every section the app can print now, in pack order (cover and contents first).

        Questions for the meeting are offered only when a meeting is chosen.
        """
        return self._offered(self._data.reports.latest(), meeting_id)

    def choosable_sections(self, meeting_id: int | None = None) -> tuple[SectionKey, ...]:
        """The offered sections a person may leave out (all but the cover and contents)."""
        return tuple(k for k in self.offered_sections(meeting_id) if not k.always_included)

    def _offered(
        self, report: InspectionReport | None, meeting_id: int | None
    ) -> tuple[SectionKey, ...]:
        return tuple(
            key
            for key in SectionKey
            if not key.printed_on_its_own
            and has_renderer(key)
            and self._has_data(key, report, meeting_id)
        )

    def _has_data(
        self, key: SectionKey, report: InspectionReport | None, meeting_id: int | None
    ) -> bool:
        data = self._data
        if key in (SectionKey.COVER, SectionKey.CONTENTS, SectionKey.GLOSSARY):
            return True
        if key is SectionKey.AT_A_GLANCE:
            return report is not None
        if key is SectionKey.SOURCES:
            return report is not None or any(self._has_outcomes(a) for a in Audience)
        if key is SectionKey.FINDINGS:
            return report is not None and bool(report.findings)
        if key is SectionKey.CHILDREN_IN_CARE:
            return self._has_outcomes(Audience.CHILDREN_IN_CARE)
        if key is SectionKey.CARE_LEAVERS:
            return self._has_outcomes(Audience.CARE_LEAVERS)
        if key is SectionKey.QUESTIONS:
            return meeting_id is not None
        if key is SectionKey.ACTIONS:
            return bool(data.meetings.meetings())
        if key is SectionKey.TRAINING:
            return bool(data.training.members())
        return False

    def _has_outcomes(self, audience: Audience) -> bool:
        data = self._data
        return has_outcomes(data.outcomes, audience) or any(
            s.has_figures for s in data.figures.series(audience)
        )

    def parse_sections(self, text: str, meeting_id: int | None = None) -> tuple[SectionKey, ...]:
        """Section keys from a comma-separated list such as "at-a-glance,findings"."""
        offered = self.offered_sections(meeting_id)
        choices = ", ".join(key.value for key in offered if not key.always_included)
        keys = []
        for word in (w.strip().lower() for w in text.split(",")):
            if not word:
                continue
            try:
                key = SectionKey(word)
            except ValueError:
                key = None
            if key is None or key.printed_on_its_own:
                raise PackError(
                    f"'{word}' is not a section of a briefing pack.", f"Choose from: {choices}."
                )
            if key not in offered:
                raise PackError(_not_offered(key), f"Choose from: {choices}.")
            keys.append(key)
        if not keys:
            raise PackError("No sections were named.", f"Choose from: {choices}.")
        return SectionKey.in_order(keys)

    # -- content -----------------------------------------------------------------------

    def content(self, request: PackRequest) -> PackContent:
        """Everything the pack will show, read from the database now."""
        data = self._data
        meeting = None
        if request.meeting_id is not None:
            meeting = find_meeting(data.meetings, request.meeting_id)
        report = data.reports.latest()
        offered = self._offered(report, request.meeting_id)
        wanted = offered if request.sections is None else request.sections
        missing = [key for key in wanted if key not in offered]
        if missing:
            raise PackError(_not_offered(missing[0]), "Leave it out of the pack.")
        sections = SectionKey.in_order([*wanted, *(key for key in offered if key.always_included)])
        audience = request.audience
        created = self.today()
        pack_date = meeting.meeting_date if meeting else request.pack_date or created
        policy = FreeTextPolicy(audience, data.publication.publications())
        note = request.covering_note.strip()
        if not audience.may_see(request.covering_note_members_only):
            note = ""
        figures = FigureSources(pack_report.cite(report) if report else "the inspection report")
        training = self._training_summary(audience, sections)
        glance_wanted = SectionKey.AT_A_GLANCE in sections and report is not None
        actions = None
        if SectionKey.ACTIONS in sections or (glance_wanted and SectionKey.ACTIONS in offered):
            actions = actions_content(data.actions, policy, pack_date)

        def outcomes(key: SectionKey, group: Audience) -> OutcomesContent | None:
            if key not in sections:
                return None
            shown = [item.summary for item in data.summaries.summaries(group)]
            cited = {k for summary in shown for k in summary.indicator_keys}
            return outcomes_content(
                data.outcomes,
                group,
                audience,
                figures,
                shown,
                published_figures(data.figures, group, cited),
                data.summaries.labels(),
            )

        def off_track() -> tuple[Statement, ...]:
            # The council's published figures first (the newest), then those its report
            # quotes, each saying its own year.
            published = off_track_published(data.figures, audience)[:OFF_TRACK_EACH]
            quoted = off_track_statements(data.outcomes, audience, figures)[:OFF_TRACK_EACH]
            return published + quoted

        content = PackContent(
            audience=audience,
            pack_date=pack_date,
            created=created,
            sections=sections,
            cover=self._cover(
                audience.pack_title,
                report,
                (meeting.committee if meeting else request.committee.strip()) or DEFAULT_COMMITTEE,
                meeting.title if meeting else "",
                note,
            ),
            glance=dataclasses.replace(
                pack_report.glance(report),
                off_track=off_track(),
                actions=(actions.summary,) if actions else (),
                training=training_statements(training, created),
            )
            if glance_wanted and report is not None
            else None,
            children_in_care=outcomes(SectionKey.CHILDREN_IN_CARE, Audience.CHILDREN_IN_CARE),
            care_leavers=outcomes(SectionKey.CARE_LEAVERS, Audience.CARE_LEAVERS),
            findings=pack_report.findings_by_theme(report)
            if report is not None and SectionKey.FINDINGS in sections
            else None,
            questions=QuestionsAssembler(
                data.meetings, data.scrutiny, data.outcomes, figures, policy, pack_date
            ).content(meeting)
            if meeting is not None and SectionKey.QUESTIONS in sections
            else None,
            actions=actions if SectionKey.ACTIONS in sections else None,
            training=training if SectionKey.TRAINING in sections else None,
            front_sheet=front_sheet(data.meetings, meeting) if meeting is not None else None,
            exempt_paragraph=exempt_paragraph(meeting),
        )
        exempt = ExemptParts(data.outcomes, data.meetings, data.scrutiny).find(
            content,
            meeting,
            # The officer's own note, not the demonstration's notice the cover adds to it.
            members_only_note=bool(note) and request.covering_note_members_only,
        )
        content = dataclasses.replace(content, exempt=exempt)
        if SectionKey.SOURCES in sections or report is not None:
            every = [s for group in Audience for s in data.figures.series(group)]
            extra = more_sources(
                content, training, data.figures.release_words(every), report is not None
            )
            sources = pack_report.sources(report, sections, created, extra)
            content = dataclasses.replace(content, sources=sources)
        if SectionKey.GLOSSARY in sections:
            terms = data.glossary.glossary().used_in(content.texts())
            content = dataclasses.replace(content, glossary=tuple(terms))
        return content

    def _cover(
        self,
        title: str,
        report: InspectionReport | None,
        committee: str,
        meeting_title: str,
        note: str,
    ) -> CoverContent:
        """The cover, naming the workspace's council (on the cover and at the head of every
        page). The demonstration's says so there, and in a note on the cover."""
        council = self._data.council
        authority = report.authority if report is not None else council.short_label()
        if council.is_demonstration():
            # Short enough for the head of a page: "Portsmouth (demonstration)".
            authority = council.short_label()
            note = "\n".join(line for line in (council.demonstration_notice(), note) if line)
        return CoverContent(
            title=title,
            authority=authority,
            committee=committee,
            meeting_title=meeting_title,
            covering_note=note,
        )

    def _training_summary(
        self, audience: PackAudience, sections: tuple[SectionKey, ...]
    ) -> TrainingSummary | None:
        if not ({SectionKey.TRAINING, SectionKey.AT_A_GLANCE} & set(sections)):
            return None
        if not self._has_data(SectionKey.TRAINING, None, None):
            return None
        training = self._data.training
        if audience is PackAudience.MEMBERS:
            return training.members_pack_summary(self.today())
        return training.public_pack_summary(self.today())

    def record_content(self, meeting_id: int, *, include_private: bool = False) -> PackContent:
        """A meeting's record (the one its CSV is made from), ready to print as a PDF.

        It names action owners, as the CSV does. With private answers it is marked
        OFFICIAL-SENSITIVE; without them, OFFICIAL.
        """
        record: MeetingRecord = self._data.records.record(
            meeting_id, include_private=include_private
        )
        report = self._data.reports.latest()
        meeting = record.meeting
        return PackContent(
            audience=PackAudience.MEMBERS if include_private else PackAudience.PUBLIC,
            pack_date=meeting.meeting_date,
            created=record.made_on,
            sections=(SectionKey.RECORD,),
            cover=self._cover(RECORD_TITLE, report, meeting.committee, meeting.title, ""),
            record=record,
            document=RECORD_TITLE,
        )

    def note_flags(self, note: str) -> tuple[Flag, ...]:
        """What in a covering note looks like a person's name or a small number, for the
        person building a pack to see before printing it in a public pack."""
        return self._data.publication.flags_in(note)

    def notes_content(self, notes: MyNotesContent, today: date) -> PackContent:
        """A member's own notes, ready to print as a PDF for themselves (marked
        OFFICIAL-SENSITIVE, as a members' pack is: they are private)."""
        return PackContent(
            audience=PackAudience.MEMBERS,
            pack_date=today,
            created=today,
            sections=(SectionKey.MY_NOTES,),
            cover=self._cover(MY_NOTES_TITLE, self._data.reports.latest(), "My notes", "", ""),
            my_notes=notes,
            document=MY_NOTES_TITLE,
        )

    # -- printing ----------------------------------------------------------------------

    def render(
        self, content: PackContent, progress: ProgressCallback | None = None
    ) -> RenderedPack:
        """The pack as PDF bytes. Touches no database, so it may run on any thread."""
        # reportlab, only when a pack is printed (about 180 ms).
        from briefing_app.packs.builder import render_pack

        return render_pack(content, self._font_dir, progress)

    @staticmethod
    def save(data: bytes, path: Path, *, replace: bool = True) -> None:
        """Write the PDF whole or not at all: a failed save leaves any older file as it was.
        With ``replace=False`` a file already there is refused and left as it was."""
        save_whole(path, data, PackWriteError, "a PDF reader", replace=replace)

    def write(
        self,
        content: PackContent,
        path: Path,
        progress: ProgressCallback | None = None,
        *,
        replace: bool = True,
    ) -> BuiltPack:
        """Print ``content`` and save it as ``path``. Touches no database."""
        rendered = self.render(content, progress)
        self.save(rendered.data, path, replace=replace)
        notes = tuple(gaps(content))
        return BuiltPack(Path(path), rendered.pages, content.sections, content.audience, notes)

    def build(
        self,
        request: PackRequest,
        path: Path,
        progress: ProgressCallback | None = None,
        *,
        replace: bool = True,
    ) -> BuiltPack:
        return self.write(self.content(request), path, progress, replace=replace)

    def build_record(
        self,
        meeting_id: int,
        path: Path,
        *,
        include_private: bool = False,
        progress: ProgressCallback | None = None,
    ) -> BuiltPack:
        """Print a meeting's record as a PDF and save it as ``path``."""
        content = self.record_content(meeting_id, include_private=include_private)
        return self.write(content, path, progress)


def _not_offered(key: SectionKey) -> str:
    if key is SectionKey.QUESTIONS:
        return f"The '{key.value}' section needs a meeting: choose the meeting the pack is for."
    return f"The '{key.value}' section cannot be printed yet: the app holds nothing for it."
