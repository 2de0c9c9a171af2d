"""Packs: ``briefing-app pack`` against a bare reportlab document of the same length,
and what tagging the pack for screen readers (PDF/UA) costs.

All are whole processes. Ours opens the database, gathers the full default members'
pack and lays it out (contents, bookmarks, "page n of m", embedded fonts, the structure
tree); the baseline imports reportlab and writes the same number of A4 pages of plain
paragraphs in a standard font. They are run one after the other, alternately, in the
same run.

Goals: our median at most 2 times the baseline's, and about 2 s or less; and the pack
tagged at most 1.25 times the same pack printed untagged (both built the way the
command does, in a process of their own). Then the same on ten times the data (ten
times the report's findings, the indicators with their figures and charts, and the
councillors with their training), to show the time grows in proportion to the pack's
length. Run with ``make bench``.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PYTHON, REPO, alternate, env, report, time_command

sys.path.insert(0, str(REPO))

GOAL_RATIO = 2.0
GOAL_TAGGING = 1.25
GOAL_SECONDS = 2.0
SCALE = 10

BARE_DOCUMENT = """
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

pages, out = int(sys.argv[1]), sys.argv[2]
style = getSampleStyleSheet()["BodyText"]
words = ("The council looks after children in its care and supports young people "
         "leaving it; councillors ask how well it does so. ") * 6
story = []
for page in range(pages):
    story += [Paragraph(f"{page + 1}.{n} {words}", style) for n in range(5)]
    story.append(PageBreak())
document = SimpleDocTemplate(out, pagesize=A4)
document.build(story[:-1])
assert document.page == pages, (document.page, pages)
"""


# The pack built as ``briefing-app pack`` builds it, tagged or not (argv: database, out,
# "tagged" or "untagged").
PACK = """
import sys
from pathlib import Path
from briefing_app.packs.builder import render_pack
from briefing_app.paths import AppPaths
from briefing_app.services.opening.root import AppRoot
from briefing_app.services.packs.service import PackRequest

database, out, tagged = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] == "tagged"
repo = Path.cwd()
paths = AppPaths(database.parent, database.parent, repo / "resources", repo / "data")
services = AppRoot(paths, database).open()
content = services.packs.content(PackRequest())
services.close()
out.write_bytes(render_pack(content, repo / "resources" / "fonts", tagged=tagged).data)
"""


def _pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


def _scaled_database(target: Path, data: Path, scale: int) -> None:
    """A new default database with ``scale`` times the findings in its latest report,
    ``scale`` times the indicators (copies with their figures) and ``scale`` times the
    councillors (copies with their training)."""
    from briefing_app.paths import AppPaths
    from briefing_app.services.opening.root import AppRoot
    from briefing_app.storage.indicators_repo import IndicatorRepository
    from briefing_app.storage.reports_repo import ReportRepository

    paths = AppPaths(target.parent, target.parent, REPO / "resources", data)
    services = AppRoot(paths, target).open()
    report = services.reports.latest()
    assert report is not None
    step = max(f.paragraph for f in report.findings)
    findings = tuple(
        dataclasses.replace(f, paragraph=f.paragraph + copy * step)
        for copy in range(scale)
        for f in report.findings
    )
    bigger = dataclasses.replace(
        report,
        findings=findings,
        inspection_start=report.inspection_start.replace(year=report.inspection_start.year + 1),
        inspection_end=report.inspection_end.replace(year=report.inspection_end.year + 1),
    )
    ReportRepository(services.database).add(bigger)
    indicators = IndicatorRepository(services.database)
    originals = indicators.all()
    for copy in range(1, scale):
        indicators.save_definitions(
            dataclasses.replace(
                i.definition, key=f"{i.key}-{copy}", label=f"{i.definition.label} ({copy})"
            )
            for i in originals
        )
        for indicator in originals:
            for observation in indicator.observations:
                indicators.put(f"{indicator.key}-{copy}", observation)
    training = services.training
    members = training.members()
    completions = training.completions()
    for copy in range(1, scale):
        for member in members:
            added = training.add_member(
                dataclasses.replace(member, id=None, name=f"{member.name} {copy}")
            )
            for completion in completions:
                if completion.member_id == member.id:
                    training.record_completion(
                        dataclasses.replace(completion, id=None, member_id=added.id or 0)
                    )
    services.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    services.close()


def _compare(
    name: str,
    database: Path,
    folder: Path,
    rounds: int,
    environment: dict[str, str],
    *,
    seconds_goal: bool,
) -> tuple[float, int]:
    out = folder / f"{name}.pdf"
    # --force: each round writes the same file again.
    ours = [PYTHON, "-m", "briefing_app", "pack", "--database", str(database), "--out", str(out)]
    ours.append("--force")
    time_command(ours, environment)  # builds the database on first use; finds the page count
    pages = _pages(out)
    baseline = [PYTHON, "-c", BARE_DOCUMENT, str(pages), str(folder / f"{name}-bare.pdf")]
    ours_times, base_times = alternate(ours, baseline, rounds=rounds, environment=environment)
    print(f"{name}: {pages} pages")
    report(name, ours_times, base_times, GOAL_RATIO)
    median = statistics.median(ours_times)
    if seconds_goal:
        verdict = "meets" if median <= GOAL_SECONDS else "MISSES"
        print(f"{name}: {median:.2f} s ({verdict} the goal of about {GOAL_SECONDS:.0f} s)")
    return median, pages


def _tagging(database: Path, folder: Path, rounds: int, environment: dict[str, str]) -> None:
    """The same pack tagged and untagged, each in a process of its own."""
    out = str(folder / "tagging.pdf")
    tagged = [PYTHON, "-c", PACK, str(database), out, "tagged"]
    untagged = [PYTHON, "-c", PACK, str(database), out, "untagged"]
    tagged_times, untagged_times = alternate(
        tagged, untagged, rounds=rounds, environment=environment
    )
    report("tagging", tagged_times, untagged_times, GOAL_TAGGING)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--scaled-rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        environment = env(XDG_CONFIG_HOME=str(folder / "config"))
        database = folder / "bench.sqlite3"
        one_time, one_pages = _compare(
            "pack", database, folder, args.rounds, environment, seconds_goal=True
        )
        _tagging(database, folder, args.rounds, environment)
        scaled = folder / "scaled.sqlite3"
        _scaled_database(scaled, REPO / "data", SCALE)
        big_time, big_pages = _compare(
            f"pack x{SCALE}", scaled, folder, args.scaled_rounds, environment, seconds_goal=False
        )
    per_page = (big_time - one_time) / (big_pages - one_pages)
    print(
        f"ten times the data: {big_pages / one_pages:.1f} times the pages, "
        f"{big_time / one_time:.1f} times the time"
    )
    print(
        f"growth: {1000 * per_page:.1f} ms for each extra page, on top of about "
        f"{one_time - per_page * one_pages:.2f} s to start, read the data and load the fonts"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
