"""The user guide's table of contents, read from ``resources/help/contents.toml``.

Each topic is a Markdown file in ``resources/help/``. A topic may name the page of the app
it explains (a key from ``page_specs``); pressing F1 on that page opens it.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from briefing_app.domain.errors import NotFoundError

CONTENTS_FILE = "contents.toml"


@dataclass(frozen=True)
class HelpTopic:
    part: str
    title: str
    file: str
    page: str | None = None


@dataclass(frozen=True)
class Guide:
    folder: Path
    topics: tuple[HelpTopic, ...]

    @property
    def first(self) -> HelpTopic:
        return self.topics[0]

    def path(self, topic: HelpTopic) -> Path:
        return self.folder / topic.file

    def topic_for_page(self, page_key: str) -> HelpTopic | None:
        return next((t for t in self.topics if t.page == page_key), None)

    def topic_for_file(self, path: Path) -> HelpTopic | None:
        wanted = path.resolve()
        return next((t for t in self.topics if self.path(t).resolve() == wanted), None)

    def parts(self) -> list[tuple[str, list[HelpTopic]]]:
        """The topics grouped by part, in the order the parts first appear."""
        grouped: dict[str, list[HelpTopic]] = {}
        for topic in self.topics:
            grouped.setdefault(topic.part, []).append(topic)
        return list(grouped.items())


def load_guide(folder: Path) -> Guide:
    """Read the table of contents. A missing or broken contents file is a NotFoundError."""
    contents = folder / CONTENTS_FILE
    try:
        data = tomllib.loads(contents.read_text(encoding="utf-8"))
    except OSError as error:
        raise NotFoundError(
            f"The user guide could not be found in {folder} ({error.strerror}).",
            "Reinstall the app to restore it.",
        ) from error
    except tomllib.TOMLDecodeError as error:
        raise NotFoundError(
            f"The user guide's contents file {contents} is damaged ({error}).",
            "Reinstall the app to restore it.",
        ) from error
    topics: list[HelpTopic] = []
    for number, entry in enumerate(data.get("topic", []), start=1):
        try:
            topic = HelpTopic(
                part=str(entry["part"]),
                title=str(entry["title"]),
                file=str(entry["file"]),
                page=str(entry["page"]) if "page" in entry else None,
            )
        except (KeyError, TypeError) as error:
            raise NotFoundError(
                f"Topic {number} in {contents} lacks a part, a title or a file.",
                "Reinstall the app to restore the user guide.",
            ) from error
        topics.append(topic)
    if not topics:
        raise NotFoundError(
            f"The user guide's contents file {contents} lists no topics.",
            "Reinstall the app to restore it.",
        )
    return Guide(folder=folder, topics=tuple(topics))
