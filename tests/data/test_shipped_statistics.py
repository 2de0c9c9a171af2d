"""The DfE figures and councils the app ships: exactly what the importer reads from the
DfE's own files, indicators defined in plain English, and every council accounted for."""

from __future__ import annotations

import csv
import gzip
import re
from functools import cache

from briefing_app.domain.readability import measure, sentences, words
from briefing_app.domain.statistics import AreaLevel, Catalogue
from briefing_app.importers.councils_csv import read_councils
from briefing_app.importers.dfe_release import ReleaseReader
from briefing_app.importers.statistics_bundle import (
    FIGURES_NAME,
    FILES_NAME,
    bundle_texts,
    compress,
    read_bundle,
)
from briefing_app.importers.statistics_catalogue import catalogue_path, read_catalogue
from tests import dfe_files
from tests.conftest import REPO

DATA = REPO / "data"
SHIPPED = DATA / "statistics"
STABLE_KEYS = {
    "cla_rate_per_10000",
    "cla_number",
    "placements_three_or_more_percent",
    "placement_stable_two_years_percent",
    "health_assessment_percent",
    "immunisations_percent",
    "dental_check_percent",
    "sdq_average_score",
    "care_leavers_eet_17_18_percent",
    "care_leavers_eet_19_21_percent",
    "care_leavers_suitable_accommodation_19_21_percent",
    "care_leavers_in_touch_19_21_percent",
    "staying_put_18_percent",
}
OGL = (
    "Contains public sector information licensed under the Open Government Licence v3.0. "
    "Source: Department for Education."
)


@cache
def _catalogue() -> Catalogue:
    return read_catalogue(catalogue_path(DATA))


def test_the_shipped_figures_are_exactly_what_the_importer_reads_from_the_dfe_files() -> None:
    files = ReleaseReader(_catalogue()).read_files(dfe_files.all_sources())
    listing, figures = bundle_texts(files)
    assert (SHIPPED / FILES_NAME).read_text(encoding="utf-8") == listing
    assert gzip.decompress((SHIPPED / FIGURES_NAME).read_bytes()).decode("utf-8") == figures
    assert (SHIPPED / FIGURES_NAME).read_bytes() == compress(figures)
    # And read back, they are the importer's own results, figure for figure.
    shipped = {file.name: file for file in read_bundle(SHIPPED)}
    assert set(shipped) == {file.name for file in files}
    for file in files:
        assert shipped[file.name].record == file.record
        assert set(shipped[file.name].figures) == set(file.figures)


def test_at_least_25_indicators_including_every_stable_key() -> None:
    keys = [d.key for d in _catalogue()]
    assert len(keys) >= 25
    assert set(keys) >= STABLE_KEYS
    assert len(keys) == len(set(keys))


def test_every_definition_is_plain_english() -> None:
    for definition in _catalogue():
        text = definition.definition
        reading = measure(text)
        assert reading.reading_ease >= 60, (definition.key, reading.reading_ease)
        assert reading.words_per_sentence <= 20, definition.key
        assert max(len(words(s)) for s in sentences(text)) <= 25, definition.key
        for note in [b.reason for b in definition.breaks] + [definition.caution]:
            if note:
                assert measure(note).words_per_sentence <= 20, (definition.key, note)


def test_every_acronym_is_explained_where_it_is_used() -> None:
    with (DATA / "glossary.csv").open(encoding="utf-8", newline="") as handle:
        glossary = {row["term"] for row in csv.DictReader(handle)}
    for definition in _catalogue():
        texts = [definition.label, definition.definition, definition.caution]
        texts += [b.reason for b in definition.breaks]
        for text in texts:
            for acronym in re.findall(r"\b[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9-]*\b", text):
                explained = any(f"({acronym})" in t for t in (text, definition.definition))
                explained = explained or acronym in glossary
                assert explained, f"{definition.key}: “{acronym}” is not explained"


def test_every_source_names_a_dfe_file_and_its_rows() -> None:
    shipped = {path.name.removesuffix(".gz") for path in dfe_files.all_sources()}
    for definition in _catalogue():
        source = definition.source
        assert source.publication in (
            "Children looked after in England including adoptions",
            "Outcomes for children in need, including children looked after by local "
            "authorities in England",
        )
        assert source.table
        assert source.measures
        assert source.rows
        # Every source is a file the app ships, bar the one first published in 2023.
        assert source.file in shipped or definition.key == "uasc_number", definition.key


def test_every_council_in_the_figures_is_a_council_the_app_knows() -> None:
    councils = {c.old_code: c for c in read_councils(DATA / "councils")}
    assert len(councils) == 158
    codes = {
        f.area_code
        for file in read_bundle(SHIPPED)
        for f in file.figures
        if f.level is AreaLevel.COUNCIL
    }
    assert codes <= set(councils)
    # Every council has figures but the two created in 2023.
    assert set(councils) - codes == {"942", "943"}
    for council in councils.values():
        assert all(code in councils for code in council.neighbours)
        assert len(council.neighbours) in (0, 10)
        assert bool(council.neighbours) != council.abolished, council.name
    assert {c.name for c in councils.values() if c.abolished} == {
        "Bournemouth",
        "Poole",
        "Dorset",
        "Northamptonshire",
        "Cumbria",
    }
    assert councils["942"].created_by is not None
    assert [c.old_code for c in councils["942"].created_by.abolished] == ["909"]


def test_the_shipped_data_carries_its_licence_and_source() -> None:
    for readme in (SHIPPED / "README.md", REPO / "sources" / "dfe" / "README.md"):
        assert OGL in " ".join(readme.read_text(encoding="utf-8").split())
    councils = (DATA / "councils" / "README.md").read_text(encoding="utf-8")
    assert "Open Government Licence v3.0" in councils
    assert "data-to-insight" in councils
    assert (DATA / "councils" / "LICENSE-data-to-insight.txt").exists()
    guidance = REPO / "sources" / "dfe" / "cla-2022-release" / "data-guidance.txt"
    assert "Rounding and suppression" in guidance.read_text(encoding="utf-8")
