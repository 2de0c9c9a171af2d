"""Build a workspace's contents from the default dataset in ``data/``.

Every workspace gets the same start: the glossary, the indicators the app knows, the
training catalogue and its self-checks, every council and the DfE's figures for all of
them (``WORKSPACE_STEPS``). The demonstration also gets Ofsted's 2014 report on
Portsmouth with the figures, summaries and questions written for it, and a roster of
made-up councillors (``DEMONSTRATION_STEPS``); a council's own workspace gets none of it.

Each step runs once per database, in its own transaction, and is recorded in the
``seeds`` table, so a database made by an older version gains the new steps later.
Steps import the parsers they need when they run, so an everyday start (nothing to
seed) stays quick.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path

from briefing_app.domain.workspace import DEMONSTRATION_COUNCIL
from briefing_app.storage.database import Database
from briefing_app.storage.sections_repo import ReportSectionRepository
from briefing_app.storage.seeds_repo import SeedLog
from briefing_app.storage.workspace_repo import WorkspaceRepository

SeedStep = Callable[[Database, Path], None]


def _portsmouth_2014_report(database: Database, data_dir: Path) -> None:
    # Only when this step runs (a new database or a new step), not at every start (about 60 ms).
    from briefing_app.domain.themes import tag_report
    from briefing_app.importers.evidence_csv import read_evidence_links
    from briefing_app.importers.ofsted_report import read_report_file
    from briefing_app.storage.reports_repo import ReportRepository

    folder = data_dir / "portsmouth-2014"
    report = tag_report(read_report_file(folder / "report.txt"))
    links = read_evidence_links(folder / "recommendation_evidence.csv")
    recommendations = tuple(
        dataclasses.replace(
            r, evidence=links.get(r.paragraph, r.evidence) if r.paragraph is not None else ()
        )
        for r in report.recommendations
    )
    ReportRepository(database).add(
        dataclasses.replace(report, recommendations=recommendations), council=DEMONSTRATION_COUNCIL
    )


def _portsmouth_2014_glossary(database: Database, data_dir: Path) -> None:
    """Terms only Portsmouth uses (its teams and its safeguarding board)."""
    # Only when this step runs (a new database or a new step), not at every start (about 7 ms).
    from briefing_app.importers.glossary_csv import read_glossary
    from briefing_app.storage.glossary_repo import GlossaryRepository

    GlossaryRepository(database).add_all(
        read_glossary(data_dir / "portsmouth-2014" / "glossary.csv")
    )


def _glossary(database: Database, data_dir: Path) -> None:
    # Only when this step runs (a new database or a new step), not at every start (about 7 ms).
    from briefing_app.importers.glossary_csv import read_glossary
    from briefing_app.storage.glossary_repo import GlossaryRepository

    GlossaryRepository(database).replace_all(read_glossary(data_dir / "glossary.csv"))


def _indicator_definitions(database: Database, data_dir: Path) -> None:
    # Only when this step runs (a new database or a new step), not at every start (about 40 ms).
    from briefing_app.importers.indicators_csv import read_definitions
    from briefing_app.storage.indicators_repo import IndicatorRepository

    definitions = read_definitions(data_dir / "indicator_definitions.csv")
    IndicatorRepository(database).save_definitions(definitions)


STATISTICS_SECTION = "Information about this local authority area"
# The report the default dataset's figures and sections belong to. Other reports may be
# held too (neighbours imported to compare, or a restored older database's), so it is
# found by who and when, never as "the latest".
DEFAULT_REPORT = ("Portsmouth City Council", date(2014, 6, 25), date(2014, 7, 16))


def _default_report_id(database: Database) -> int | None:
    # Only when a seed step runs, not at every start (about 8 ms).
    from briefing_app.storage.reports_repo import ReportRepository

    authority, start, end = DEFAULT_REPORT
    return next(
        (
            h.id
            for h in ReportRepository(database).headers()
            if h.authority == authority and (h.inspection_start, h.inspection_end) == (start, end)
        ),
        None,
    )


def _portsmouth_2014_sections(database: Database, data_dir: Path) -> None:
    """The report's unnumbered statistics section, which many figures come from."""
    # Only when this step runs (a new database or a new step), not at every start (about 30 ms).
    from briefing_app.importers.report_body import unnumbered_section

    report_id = _default_report_id(database)
    if report_id is None:
        return
    text = (data_dir / "portsmouth-2014" / "report.txt").read_text(encoding="utf-8-sig")
    section = unnumbered_section(text, STATISTICS_SECTION)
    if section:
        ReportSectionRepository(database).put(report_id, STATISTICS_SECTION, section)


def _portsmouth_2014_indicators(database: Database, data_dir: Path) -> None:
    # Only when this step runs (a new database or a new step), not at every start (about 180 ms).
    from briefing_app.domain.disclosure import PUBLISHED_ORIGIN
    from briefing_app.services.outcomes import OutcomesService

    # Marked as the published report's own figures: public packs never hide them.
    OutcomesService(database).import_figures(
        data_dir / "portsmouth-2014" / "indicators.csv",
        backup=False,
        origin=f"{PUBLISHED_ORIGIN}: Ofsted's 2014 report",
        report_id=_default_report_id(database),
    )


def _portsmouth_2014_summaries(database: Database, data_dir: Path) -> None:
    # Only when this step runs (a new database or a new step), not at every start (about 50 ms).
    from briefing_app.importers.summaries_toml import read_summaries
    from briefing_app.storage.summaries_repo import SummaryRepository

    repository = SummaryRepository(database)
    path = data_dir / "portsmouth-2014" / "summaries.toml"
    report_id = _default_report_id(database)
    for summary in read_summaries(path, origin="Default dataset"):
        repository.put(dataclasses.replace(summary, report_id=report_id))


def _portsmouth_2014_questions(database: Database, data_dir: Path) -> None:
    # Only when this step runs (a new database or a new step), not at every start (about 30 ms).
    from briefing_app.services.question_bank import load_question_bank

    load_question_bank(database, data_dir / "portsmouth-2014" / "questions.csv")


def _training_catalogue(database: Database, data_dir: Path) -> None:
    # Only when this step runs (a new database or a new step), not at every start (about 20 ms).
    from briefing_app.services.training.catalogue_seed import load_catalogue

    load_catalogue(database, data_dir)


def _training_demo_roster(database: Database, data_dir: Path) -> None:
    # Only when this step runs (a new database or a new step), not at every start (about 20 ms).
    from briefing_app.services.training.demo import load_demo_roster

    load_demo_roster(database, data_dir, date.today())


def _training_every_councillor(database: Database, data_dir: Path) -> None:
    # Only when this step runs (a new database or a new step), not at every start (about 40 ms).
    from briefing_app.services.training.catalogue_seed import update_catalogue

    update_catalogue(database, data_dir)


def _training_self_checks(database: Database, data_dir: Path) -> None:
    # Only when this step runs (a new database or a new step), not at every start (about 40 ms).
    from briefing_app.services.training.catalogue_seed import load_self_checks

    load_self_checks(database, data_dir)


def _councils_and_statistics(database: Database, data_dir: Path) -> None:
    # Only when this step runs (a new database or a new step), not at every start (about 20 ms).
    from briefing_app.services.statistics import load_shipped_statistics

    load_shipped_statistics(database, data_dir)


def _reports_councils(database: Database, data_dir: Path) -> None:
    """Name the council of each report held before reports named theirs, and give its
    questions that council."""
    # Only when this step runs (a new database or a new step), not at every start (about 8 ms).
    from briefing_app.storage.questions_repo import QuestionRepository
    from briefing_app.storage.reports_repo import ReportRepository
    from briefing_app.storage.statistics_repo import CouncilRepository

    directory = CouncilRepository(database).directory()
    reports = ReportRepository(database)
    for header in reports.headers():
        if header.council is None:
            council = directory.match(header.authority)
            if council is not None:
                reports.set_council(header.id, council.old_code)
    QuestionRepository(database).take_council_from_reports()


# What every workspace gets, in order.
WORKSPACE_STEPS: dict[str, SeedStep] = {
    "glossary": _glossary,
    "indicator-definitions": _indicator_definitions,
    "training-catalogue": _training_catalogue,
    "training-every-councillor": _training_every_councillor,
    "training-self-checks": _training_self_checks,
    "councils-and-statistics": _councils_and_statistics,
    "reports-councils": _reports_councils,
}
# What only the demonstration gets, after them.
DEMONSTRATION_STEPS: dict[str, SeedStep] = {
    "portsmouth-2014-report": _portsmouth_2014_report,
    "portsmouth-2014-glossary": _portsmouth_2014_glossary,
    "portsmouth-2014-sections": _portsmouth_2014_sections,
    "portsmouth-2014-indicators": _portsmouth_2014_indicators,
    "portsmouth-2014-summaries": _portsmouth_2014_summaries,
    "portsmouth-2014-questions": _portsmouth_2014_questions,
    "training-demo-roster": _training_demo_roster,
}
SEED_STEPS: dict[str, SeedStep] = {**WORKSPACE_STEPS, **DEMONSTRATION_STEPS}


def begin_workspace(database: Database, council: str | None) -> None:
    """Make a new database the workspace of ``council`` (an old DfE code), or the
    demonstration if None. A database that is already a workspace keeps its own."""
    workspaces = WorkspaceRepository(database)
    if workspaces.get() is None:
        workspaces.set(council or DEMONSTRATION_COUNCIL, demonstration=council is None)


def ensure_default_dataset(database: Database, data_dir: Path) -> list[str]:
    """Load any part of the default dataset this workspace lacks; return the steps run.

    A database that is not yet a workspace (one made by hand) becomes the demonstration,
    which is what the app has always made."""
    workspace = WorkspaceRepository(database).get()
    if workspace is None:
        with database.transaction():
            begin_workspace(database, None)
        workspace = WorkspaceRepository(database).get()
    steps = dict(WORKSPACE_STEPS)
    if workspace is not None and workspace.demonstration:
        steps.update(DEMONSTRATION_STEPS)
    log = SeedLog(database)
    done = log.applied()
    ran: list[str] = []
    for name, step in steps.items():
        if name in done:
            continue
        with database.transaction():
            step(database, data_dir)
            log.mark(name)
        ran.append(name)
    return ran
