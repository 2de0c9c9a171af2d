"""A council's pack shows its published figures with the comparisons the window gives:
checked against the DfE's own rows, printed tagged, and alike in members' and public packs
(the DfE published them)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing_app.domain.outcomes import Audience
from briefing_app.domain.packs.content import PackAudience, SectionKey
from briefing_app.paths import AppPaths
from briefing_app.services.opening.container import Services
from briefing_app.services.opening.root import AppRoot
from briefing_app.services.opening.workspace import create_workspace
from briefing_app.services.packs.service import PackRequest
from tests import dfe_files
from tests.pdfcheck import page_texts, qpdf_check
from tests.tagged_pdf import pdfua_findings, read_tagged

SHEFFIELD = "373"
HEALTH = "la_conviction_health_outcome_cla.csv"
SECTIONS = (SectionKey.CHILDREN_IN_CARE, SectionKey.CARE_LEAVERS)


@pytest.fixture
def sheffield(app_paths: AppPaths, tmp_path: Path) -> Iterator[Services]:
    path = tmp_path / "sheffield.sqlite3"
    services = AppRoot(app_paths, path).services_over(
        create_workspace(path, app_paths.data, SHEFFIELD)
    )
    yield services
    services.close()


def _dental(code: str) -> dict[str, str]:
    return next(
        row
        for row in dfe_files.rows(HEALTH)
        if row["time_period"] == "2022"
        and row["characteristic"] == "Had their teeth checked by a dentist"
        and (row["old_la_code"] == code or (code == "E" and row["geographic_level"] == "National"))
    )


def test_a_council_without_a_report_gets_its_published_figures_in_its_pack(
    sheffield: Services,
) -> None:
    assert set(SECTIONS) <= set(sheffield.packs.offered_sections())
    content = sheffield.packs.content(PackRequest(sections=SECTIONS))
    assert content.cover.authority == "Sheffield"
    section = content.children_in_care
    assert section is not None
    assert section.rows == ()  # no report, so no figures quoted from one
    published = section.published
    assert published is not None
    assert published.council == "Sheffield"
    assert published.release.startswith("Published by the Department for Education (DfE)")
    dental = next(row for row in published.rows if row.label == "Dental check")
    ours, england = _dental(SHEFFIELD), _dental("E")
    assert dental.figure == f"{ours['percentage']}% (2022)"
    assert dental.england.text.endswith(f"({england['percentage']}%)")
    assert dental.england.text[0] in "✓≈✗"
    assert dental.source.endswith(f"{HEALTH}, line {ours['_line']}.")
    # The charts are of the figures the summaries speak of.
    shown = sheffield.council_summaries.summaries(Audience.CHILDREN_IN_CARE)
    cited = {k for item in shown for k in item.summary.indicator_keys}
    titles = {block.chart.title.rsplit(": ", 1)[0] for block in published.charts}
    labels = {d.key: d.label for d in sheffield.statistics.catalogue}
    assert titles <= {labels[k] for k in cited}
    assert titles
    # Summaries written by the app are in the pack, citing the figures by name.
    assert section.summaries
    assert any("figure: " in s.source for summary in section.summaries for s in summary.sentences)


def test_the_published_figures_are_alike_in_members_and_public_packs(
    sheffield: Services,
) -> None:
    members = sheffield.packs.content(PackRequest(sections=SECTIONS))
    public = sheffield.packs.content(PackRequest(sections=SECTIONS, audience=PackAudience.PUBLIC))
    assert members.care_leavers is not None
    assert public.care_leavers is not None
    assert members.care_leavers.published == public.care_leavers.published


def test_the_pack_prints_the_published_figures_tagged(sheffield: Services, tmp_path: Path) -> None:
    path = tmp_path / "sheffield.pdf"
    sheffield.packs.build(PackRequest(sections=(*SECTIONS, SectionKey.SOURCES)), path)
    qpdf_check(path)
    tagged = read_tagged(path)
    assert tagged.problems == []
    status, report = pdfua_findings(path)
    assert status == 0, report
    text = " ".join(" ".join(page_texts(PdfReader(path))).split())
    for words in (
        "Published figures",
        "Against similar councils",
        "Rank among councils",
        "Published figures over five years",
        "Figures published by the Department for Education (DfE)",
        "never counted as 0",
    ):
        assert words in text, words
    assert "Portsmouth" not in text


def test_a_council_s_pack_explains_its_acronyms_and_names_each_publication_once(
    sheffield: Services,
) -> None:
    content = sheffield.packs.content(
        PackRequest(sections=(*SECTIONS, SectionKey.GLOSSARY, SectionKey.SOURCES))
    )
    # The labels and summaries speak of the SDQ and the DfE: the glossary explains them.
    terms = {term.term for term in content.glossary}
    assert {"DfE", "SDQ"} <= terms
    assert content.sources is not None
    (dfe,) = [s for s in content.sources.sources if "Department for Education" in s.name]
    assert dfe.detail.count("Children looked after in England including adoptions") == 1
    assert dfe.detail.count("Open Government Licence") == 1
    # No report is held: nothing is said of figures quoted in one.
    assert not any("inspection report" in s.name for s in content.sources.sources)
