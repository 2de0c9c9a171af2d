"""The recommendation-to-evidence linker."""

from __future__ import annotations

import dataclasses

from briefing_app.domain.evidence import content_stems, link_evidence
from briefing_app.importers.evidence_csv import read_evidence_links
from briefing_app.importers.ofsted_report import read_report_file
from tests.conftest import REPO

SEED = REPO / "data" / "portsmouth-2014"


def test_content_words_share_a_stem() -> None:
    assert content_stems("placements") == content_stems("placement")
    assert "caf" in content_stems("better use of CAF processes")
    assert not content_stems("the children and young people")


def test_linker_finds_most_of_our_curated_links() -> None:
    report = read_report_file(SEED / "report.txt")
    curated = read_evidence_links(SEED / "recommendation_evidence.csv")
    bare = dataclasses.replace(
        report,
        recommendations=tuple(dataclasses.replace(r, evidence=()) for r in report.recommendations),
    )
    linked = link_evidence(bare)
    found = total = chosen = 0
    for rec in linked.recommendations:
        assert rec.paragraph is not None
        assert rec.paragraph not in rec.evidence
        assert len(rec.evidence) <= 4
        wanted = set(curated[rec.paragraph])
        found += len(wanted & set(rec.evidence))
        total += len(wanted)
        chosen += len(rec.evidence)
    assert found / total >= 0.6
    assert found / chosen >= 0.4
    by_paragraph = {r.paragraph: r.evidence for r in linked.recommendations}
    assert 112 in by_paragraph[16]  # elected members' training


def test_links_already_there_are_kept() -> None:
    report = read_report_file(SEED / "report.txt")
    rec = dataclasses.replace(report.recommendations[0], evidence=(99,))
    kept = link_evidence(dataclasses.replace(report, recommendations=(rec,)))
    assert kept.recommendations[0].evidence == (99,)
