"""Briefing packs: gather what a pack shows from the app's data, then print it as a PDF.

``content`` reads the database and returns a plain ``PackContent``, already filtered for
its audience; ``render`` turns that into PDF bytes without touching the database (so
the window can run it on another thread); ``save`` writes the file safely. ``build``
does all three, for the command line.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.domain.errors import NotFoundError, PackError, PackWriteError
from briefing_app.domain.packs import (
    Audience,
    CoverContent,
    PackContent,
    SectionKey,
)
from briefing_app.domain.reports import InspectionReport
from briefing_app.packs.sections import has_renderer
from briefing_app.services import pack_report
from briefing_app.services.glossary import GlossaryService
from briefing_app.services.reports import ReportService

if TYPE_CHECKING:
    from briefing_app.packs.builder import RenderedPack

DEFAULT_COMMITTEE = "Corporate Parenting Board"
PACK_TITLE = "Briefing pack"

ProgressCallback = Callable[[float, str], None]


@dataclass(frozen=True)
class PackRequest:
    """What the person building a pack chose. ``sections=None`` means every section offered."""

    audience: Audience = Audience.MEMBERS
    sections: tuple[SectionKey, ...] | None = None
    pack_date: date | None = None
    committee: str = DEFAULT_COMMITTEE
    meeting_id: int | None = None
    covering_note: str = ""
    covering_note_members_only: bool = True


@dataclass(frozen=True)
class BuiltPack:
    path: Path
    pages: int
    sections: tuple[SectionKey, ...]
    audience: Audience


def pack_file_name(committee: str, pack_date: date, audience: Audience) -> str:
    """A file name that says what the pack is, safe on Windows as well as Linux and macOS."""
    words = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", committee).split()
    stem = " ".join(words)[:60].strip() or "Briefing"
    return f"{stem} {pack_date.isoformat()} {audience.value} pack.pdf"


class PackService:
    def __init__(
        self,
        reports: ReportService,
        glossary: GlossaryService,
        font_dir: Path,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._reports = reports
        self._glossary = glossary
        self._font_dir = font_dir
        self._today = today

    # -- which sections can be printed -------------------------------------------------

    def offered_sections(self) -> tuple[SectionKey, ...]:
        """Every section the app can print now, in pack order (cover and contents first)."""
        return self._offered(self._reports.latest())

    def choosable_sections(self) -> tuple[SectionKey, ...]:
        """The offered sections a person may leave out (all but the cover and contents)."""
        return tuple(key for key in self.offered_sections() if not key.always_included)

    def _offered(self, report: InspectionReport | None) -> tuple[SectionKey, ...]:
        return tuple(key for key in SectionKey if has_renderer(key) and self._has_data(key, report))

    @staticmethod
    def _has_data(key: SectionKey, report: InspectionReport | None) -> bool:
        if key in (SectionKey.COVER, SectionKey.CONTENTS, SectionKey.GLOSSARY):
            return True
        if key in (SectionKey.AT_A_GLANCE, SectionKey.SOURCES):
            return report is not None
        if key is SectionKey.FINDINGS:
            return report is not None and bool(report.findings)
        return False

    def parse_sections(self, text: str) -> tuple[SectionKey, ...]:
        """Section keys from a comma-separated list such as "at-a-glance,findings"."""
        offered = self.offered_sections()
        choices = ", ".join(key.value for key in offered if not key.always_included)
        keys = []
        for word in (w.strip().lower() for w in text.split(",")):
            if not word:
                continue
            try:
                key = SectionKey(word)
            except ValueError:
                raise PackError(
                    f"'{word}' is not a section of a briefing pack.", f"Choose from: {choices}."
                ) from None
            if key not in offered:
                raise PackError(
                    f"The '{word}' section cannot be printed yet: the app holds nothing for it.",
                    f"Choose from: {choices}.",
                )
            keys.append(key)
        if not keys:
            raise PackError("No sections were named.", f"Choose from: {choices}.")
        return SectionKey.in_order(keys)

    # -- content -----------------------------------------------------------------------

    def content(self, request: PackRequest) -> PackContent:
        """Everything the pack will show, read from the database now."""
        if request.meeting_id is not None:
            raise NotFoundError(
                f"There is no meeting number {request.meeting_id}: no meetings are recorded "
                "in this database yet.",
                "Build the pack for a date instead (--date on the command line).",
            )
        report = self._reports.latest()
        offered = self._offered(report)
        wanted = offered if request.sections is None else request.sections
        missing = [key for key in wanted if key not in offered]
        if missing:
            raise PackError(
                f"The '{missing[0].value}' section cannot be printed yet: the app holds "
                "nothing for it.",
                "Leave it out of the pack.",
            )
        sections = SectionKey.in_order([*wanted, *(key for key in offered if key.always_included)])
        audience = request.audience
        created = self._today()
        note = request.covering_note.strip()
        if not audience.may_see(request.covering_note_members_only):
            note = ""
        content = PackContent(
            audience=audience,
            pack_date=request.pack_date or created,
            created=created,
            sections=sections,
            cover=CoverContent(
                title=PACK_TITLE,
                authority=report.authority if report else "The council",
                committee=request.committee.strip() or DEFAULT_COMMITTEE,
                covering_note=note,
            ),
        )
        if report is not None:
            content = dataclasses.replace(
                content,
                glance=pack_report.glance(report) if SectionKey.AT_A_GLANCE in sections else None,
                findings=pack_report.findings_by_theme(report)
                if SectionKey.FINDINGS in sections
                else None,
                sources=pack_report.sources(report, sections, created),
            )
        if SectionKey.GLOSSARY in sections:
            terms = self._glossary.glossary().used_in(content.texts())
            content = dataclasses.replace(content, glossary=tuple(terms))
        return content

    # -- printing ----------------------------------------------------------------------

    def render(
        self, content: PackContent, progress: ProgressCallback | None = None
    ) -> RenderedPack:
        """The pack as PDF bytes. Touches no database, so it may run on any thread."""
        from briefing_app.packs.builder import render_pack

        return render_pack(content, self._font_dir, progress)

    @staticmethod
    def save(data: bytes, path: Path) -> None:
        """Write the PDF whole or not at all: a failed save leaves any older file as it was."""
        path = Path(path)
        folder = path.parent
        if path.is_dir():
            raise PackWriteError(path, f"{path} is a folder.", "Give a file name for the pack.")
        if not folder.is_dir():
            raise PackWriteError(
                path,
                f"The pack cannot be saved: the folder {folder} does not exist.",
                "Choose a folder that exists.",
            )
        try:
            handle, temporary = tempfile.mkstemp(prefix=".pack-", suffix=".pdf", dir=folder)
            try:
                with os.fdopen(handle, "wb") as stream:
                    stream.write(data)
                    stream.flush()
                    os.fsync(stream.fileno())
                Path(temporary).replace(path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError as error:
            raise PackWriteError(
                path,
                f"The pack could not be saved as {path} ({error.strerror or error}).",
                "If the file is open in a PDF reader, close it and try again, or choose "
                "another name or folder.",
            ) from error

    def write(
        self, content: PackContent, path: Path, progress: ProgressCallback | None = None
    ) -> BuiltPack:
        """Print ``content`` and save it as ``path``. Touches no database."""
        rendered = self.render(content, progress)
        self.save(rendered.data, path)
        return BuiltPack(Path(path), rendered.pages, content.sections, content.audience)

    def build(
        self, request: PackRequest, path: Path, progress: ProgressCallback | None = None
    ) -> BuiltPack:
        return self.write(self.content(request), path, progress)
