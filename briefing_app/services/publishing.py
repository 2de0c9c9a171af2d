"""Publishing a briefing file for members: File > Publish for members… and
``briefing-app publish``.

The file holds a copy of the workspace's data (SQLite's backup API) for one edition:

- **members**: everything a members' pack may hold;
- **public**: exactly what a public pack may hold: the council's own figures small
  enough to identify a child are left out (and their numbers masked in the summaries'
  sentences that cite them), answers marked private and action owners' names are left out,
  and so are the council's members with their training records (no names by role).

With meetings chosen, only those meetings (with their agendas, answers and actions) are
kept. The file names its council, edition, publication time and app version, with a
checksum over the rest (see ``storage.briefing_file``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from briefing_app import __version__
from briefing_app.domain.briefing import BRIEFING_FORMAT_VERSION, Edition, Manifest
from briefing_app.domain.disclosure import hidden_figures, hidden_numbers, masked_summary
from briefing_app.domain.errors import NotFoundError
from briefing_app.domain.packs.content import PackAudience
from briefing_app.services.council import CouncilService
from briefing_app.storage.briefing_content import BriefingContent
from briefing_app.storage.briefing_file import write_briefing
from briefing_app.storage.database import Database
from briefing_app.storage.indicators_repo import IndicatorRepository


@dataclass(frozen=True)
class Publication:
    """A briefing file just written."""

    path: Path
    manifest: Manifest
    size: int

    def describe(self) -> str:
        return f"Published {self.path}: {self.manifest.describe()} ({self.size:,} bytes)."


class Publisher:
    def __init__(self, database: Database, council: CouncilService) -> None:
        self._database = database
        self._council = council

    def publish(
        self,
        out: Path,
        *,
        edition: Edition = Edition.MEMBERS,
        meetings: Sequence[int] = (),
        now: datetime | None = None,
    ) -> Publication:
        """Write the briefing file ``out`` (an earlier briefing file there is replaced;
        any other file is refused, unchanged)."""
        content = BriefingContent(self._database)
        chosen: list[str] = []
        for meeting in meetings:
            stable_id = content.stable_id_of_meeting(meeting)
            if stable_id is None:
                raise NotFoundError(
                    f"There is no meeting {meeting}.", "See the meetings with `meetings`."
                )
            chosen.append(stable_id)
        workspace = self._council.workspace()
        manifest = Manifest(
            council=workspace.council.old_code,
            council_name=workspace.council.name,
            demonstration=workspace.demonstration,
            edition=edition,
            published_at=(now or datetime.now()).replace(microsecond=0),
            app_version=__version__,
            format_version=BRIEFING_FORMAT_VERSION,
            schema_version=self._database.schema_version(),
            meetings=tuple(chosen),
        )

        def prepare(copy: Database) -> None:
            with copy.transaction():
                cut_down(copy, edition, chosen)

        size = write_briefing(self._database, Path(out), manifest, prepare)
        return Publication(Path(out), manifest, size)


def cut_down(copy: Database, edition: Edition, meetings: Sequence[str]) -> None:
    """Cut a copy of the database down to ``edition`` and the chosen ``meetings``."""
    content = BriefingContent(copy)
    if meetings:
        content.keep_only_meetings(meetings)
    if edition is not Edition.PUBLIC:
        return
    content.leave_out_private()
    masked: dict[str, frozenset[float]] = {}
    for indicator in IndicatorRepository(copy).all():
        hidden = hidden_figures(indicator, PackAudience.PUBLIC)
        if not hidden:
            continue
        masked[indicator.key] = hidden_numbers(indicator, hidden)
        for as_at in hidden:
            content.leave_out_figure(indicator.key, as_at)
    for audience, topic, text in content.summaries():
        shown = masked_summary(text, masked)
        if shown.suppressed:
            content.set_summary_text(audience, topic, shown.text)
