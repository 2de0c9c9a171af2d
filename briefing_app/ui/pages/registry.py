"""The app's pages, in the order the page list shows them: each one's key, title, and how
to build it.

A page's module is imported only when the page is first shown, so start-up pays only for
the first page. The key names the page everywhere else: in the user guide's contents
(``page = "<key>"``), in the tests that walk every page, and in the screenshots.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QSettings

from briefing_app.services.opening.container import Services

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class PageSpec(NamedTuple):
    """A page: its key, its title in the page list, and how to build it."""

    key: str
    title: str
    build: Callable[[], QWidget]


OpenParagraph = Callable[[int | None, int], None]


def page_specs(services: Services, open_paragraph: OpenParagraph | None = None) -> list[PageSpec]:
    """The pages in navigation order. Each page imports its module only when first shown.

    ``open_paragraph(report_id, paragraph)`` shows a paragraph on the Inspection findings
    page; pages that link to findings are given it.
    """

    def overview() -> QWidget:
        from briefing_app.ui.pages.overview import OverviewPage

        return OverviewPage(services.reports, open_paragraph)

    def findings() -> QWidget:
        from briefing_app.ui.pages.findings import FindingsPage

        return FindingsPage(services.reports, services.glossary.glossary())

    def children_in_care() -> QWidget:
        from briefing_app.domain.outcomes import Audience
        from briefing_app.ui.pages.outcomes import OutcomesPage

        return OutcomesPage(
            services.outcomes,
            Audience.CHILDREN_IN_CARE,
            open_paragraph,
            services.glossary.glossary(),
        )

    def care_leavers() -> QWidget:
        from briefing_app.domain.outcomes import Audience
        from briefing_app.ui.pages.outcomes import OutcomesPage

        return OutcomesPage(
            services.outcomes, Audience.CARE_LEAVERS, open_paragraph, services.glossary.glossary()
        )

    def questions() -> QWidget:
        from briefing_app.ui.pages.questions import QuestionsPage

        return QuestionsPage(
            services.scrutiny, services.meetings, services.glossary, open_paragraph
        )

    def meetings() -> QWidget:
        from briefing_app.ui.pages.meetings import MeetingsPage

        return MeetingsPage(services.meetings, services.records, lambda: services.packs)

    def actions() -> QWidget:
        from briefing_app.ui.pages.actions import ActionsPage

        return ActionsPage(services.actions)

    def training() -> QWidget:
        from briefing_app.ui.pages.training import TrainingPage

        return TrainingPage(services.training)

    def packs() -> QWidget:
        from briefing_app.ui.pages.packs import PackBuilderPage

        settings = QSettings(str(services.paths.settings_file), QSettings.Format.IniFormat)
        return PackBuilderPage(services.packs, settings)

    return [
        PageSpec("overview", "Overview", overview),
        PageSpec("findings", "Inspection findings", findings),
        PageSpec("children-in-care", "Children in care", children_in_care),
        PageSpec("care-leavers", "Care leavers", care_leavers),
        PageSpec("questions", "Scrutiny questions", questions),
        PageSpec("meetings", "Meetings", meetings),
        PageSpec("actions", "Actions", actions),
        PageSpec("training", "Training", training),
        PageSpec("packs", "Briefing packs", packs),
    ]
