"""The app's pages, in the order the page list shows them: each one's key, title, and how
to build it, and what the main window asks of every page (``Page``).

A page's module is imported only when the page is first shown, so start-up pays only for
the first page. The key names the page everywhere else: in the user guide's contents
(``page = "<key>"``), in the tests that walk every page, and in the screenshots. What a
page asks of the window (show a paragraph, start committee mode, say a meeting changed)
is wired here, by name and type, from ``PageLinks``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple, Protocol

from PySide6.QtCore import QSettings

from briefing_app.services.opening.container import Services

if TYPE_CHECKING:
    from briefing_app.ui.pages.actions import ActionsPage
    from briefing_app.ui.pages.findings import FindingsPage
    from briefing_app.ui.pages.meetings import MeetingsPage
    from briefing_app.ui.pages.outcomes import OutcomesPage
    from briefing_app.ui.pages.overview import OverviewPage
    from briefing_app.ui.pages.packs import PackBuilderPage
    from briefing_app.ui.pages.questions import QuestionsPage
    from briefing_app.ui.pages.training import TrainingPage


class Page(Protocol):
    """What the main window asks of every page. (Each page is also a QWidget.)"""

    def refresh(self) -> None:
        """Show what the database holds now: it was changed elsewhere (an import, a
        restore, committee mode)."""

    def wait_for_background_work(self) -> None:
        """Let any work the page runs on another thread finish: the window is closing."""


# The pages in the order the page list shows them: each one's key and title.
PAGES: tuple[tuple[str, str], ...] = (
    ("overview", "Overview"),
    ("findings", "Inspection findings"),
    ("children-in-care", "Children in care"),
    ("care-leavers", "Care leavers"),
    ("questions", "Scrutiny questions"),
    ("meetings", "Meetings"),
    ("actions", "Actions"),
    ("training", "Training"),
    ("packs", "Briefing packs"),
)


class PageSpec(NamedTuple):
    """A page: its key, its title in the page list, and how to build it."""

    key: str
    title: str
    build: Callable[[], Page]


# Show paragraph ``paragraph`` of the report ``report_id`` (the latest if None).
OpenParagraph = Callable[[int | None, int], None]


class PageLinks(NamedTuple):
    """What pages may ask of the window around them."""

    open_paragraph: OpenParagraph
    # Run a meeting (by id) in committee mode.
    start_committee_mode: Callable[[int], object]
    # A question was added to a meeting (by id) from another page.
    meeting_changed: Callable[[int], None]


def page_specs(services: Services, links: PageLinks) -> list[PageSpec]:
    """The pages in navigation order. Each page imports its module only when first shown."""

    def overview() -> OverviewPage:
        # The page's module, loaded when the page is first shown (about 120 ms).
        from briefing_app.ui.pages.overview import OverviewPage

        return OverviewPage(services.reports, links.open_paragraph)

    def findings() -> FindingsPage:
        # The page's module, loaded when the page is first shown (about 90 ms).
        from briefing_app.ui.pages.findings import FindingsPage

        return FindingsPage(services.reports, services.glossary.glossary())

    def children_in_care() -> OutcomesPage:
        # The page's module, loaded when the page is first shown (about 230 ms).
        from briefing_app.domain.outcomes import Audience
        from briefing_app.ui.pages.outcomes import OutcomesPage

        return OutcomesPage(
            services.outcomes,
            Audience.CHILDREN_IN_CARE,
            links.open_paragraph,
            services.glossary.glossary(),
        )

    def care_leavers() -> OutcomesPage:
        # The page's module, loaded when the page is first shown (about 230 ms).
        from briefing_app.domain.outcomes import Audience
        from briefing_app.ui.pages.outcomes import OutcomesPage

        return OutcomesPage(
            services.outcomes,
            Audience.CARE_LEAVERS,
            links.open_paragraph,
            services.glossary.glossary(),
        )

    def questions() -> QuestionsPage:
        # The page's module, loaded when the page is first shown (about 140 ms).
        from briefing_app.ui.pages.questions import QuestionsPage

        page = QuestionsPage(
            services.scrutiny, services.meetings, services.glossary, links.open_paragraph
        )
        page.meetingChanged.connect(links.meeting_changed)
        return page

    def meetings() -> MeetingsPage:
        # The page's module, loaded when the page is first shown (about 200 ms).
        from briefing_app.ui.pages.meetings import MeetingsPage

        page = MeetingsPage(services.meetings, services.records, lambda: services.packs)
        page.committeeModeRequested.connect(links.start_committee_mode)
        return page

    def actions() -> ActionsPage:
        # The page's module, loaded when the page is first shown (about 110 ms).
        from briefing_app.ui.pages.actions import ActionsPage

        return ActionsPage(services.actions)

    def training() -> TrainingPage:
        # The page's module, loaded when the page is first shown (about 210 ms).
        from briefing_app.ui.pages.training import TrainingPage

        return TrainingPage(services.training, services.self_checks)

    def packs() -> PackBuilderPage:
        # The page's module, loaded when the page is first shown (about 260 ms).
        from briefing_app.ui.pages.packs import PackBuilderPage

        settings = QSettings(str(services.paths.settings_file), QSettings.Format.IniFormat)
        return PackBuilderPage(services.packs, settings)

    builders: dict[str, Callable[[], Page]] = {
        "overview": overview,
        "findings": findings,
        "children-in-care": children_in_care,
        "care-leavers": care_leavers,
        "questions": questions,
        "meetings": meetings,
        "actions": actions,
        "training": training,
        "packs": packs,
    }
    return [PageSpec(key, title, builders[key]) for key, title in PAGES]
