"""Reading the DfE's real files: every file recognised by what it holds, every value kept
exactly as published, symbols kept, and every kind of bad file refused whole with a
sentence naming the file and the line."""

from __future__ import annotations

import gzip
import random
from functools import cache
from pathlib import Path

import pytest

from briefing_app.domain.errors import ImportFileError, ImportProblemsError
from briefing_app.domain.statistics import AreaLevel, Catalogue, StatisticsFile, Symbol
from briefing_app.importers.dfe_release import ReleaseReader, phrase_key
from briefing_app.importers.statistics_catalogue import catalogue_path, read_catalogue
from tests import dfe_files
from tests.conftest import REPO

PLACEMENTS = "la_cla_at_31_march_placement_stability_indicator.csv"


@cache
def _catalogue() -> Catalogue:
    return read_catalogue(catalogue_path(REPO / "data"))


def _reader() -> ReleaseReader:
    return ReleaseReader(_catalogue())


@cache
def _release() -> tuple[StatisticsFile, ...]:
    return tuple(_reader().read_files(dfe_files.all_sources()))


def test_every_dfe_file_is_recognised_and_every_indicator_found() -> None:
    files = _release()
    assert len(files) == 20
    assert all(file.indicators for file in files)
    found = {key for file in files for key in file.indicators}
    # Unaccompanied asylum-seeking children are in the council tables from 2023 on only.
    assert {d.key for d in _catalogue()} - found == {"uasc_number"}
    names = {file.name for file in files}
    assert PLACEMENTS in names  # the DfE's name, without the ".gz" of the app's copy


def _place(row: dict[str, str]) -> tuple[AreaLevel, str]:
    level = row["geographic_level"]
    if level == "National":
        return AreaLevel.ENGLAND, row["country_code"]
    if level == "Regional":
        return AreaLevel.REGION, row["region_code"]
    return AreaLevel.COUNCIL, row["old_la_code"]


def test_every_value_is_the_cell_the_dfe_published_on_the_line_named() -> None:
    chosen = random.Random(2022)
    for file in _release():
        by_line = {int(row["_line"]): row for row in dfe_files.rows(file.name)}
        for figure in chosen.sample(file.figures, min(60, len(file.figures))):
            row = by_line[figure.source.line]
            definition = _catalogue().get(figure.indicator)
            measure = next(m for m in definition.source.measures if m in row)
            assert figure.value.text == row[measure].strip(), (file.name, figure)
            assert _place(row) == (figure.level, figure.area_code)
            assert str(figure.period.year) in row["time_period"][-4:] or (
                row["time_period"][-2:] == str(figure.period.year)[-2:]
            )
            cells = {phrase_key(v) for k, v in row.items() if k not in ("_line", measure)}
            for group in definition.source.rows:
                assert any(phrase_key(p.rstrip("…")) in cells for p in group) or any(
                    c.startswith(phrase_key(p.rstrip("…"))) for p in group for c in cells
                )


def test_symbols_are_kept_and_never_read_as_numbers() -> None:
    symbols = {}
    for file in _release():
        for figure in file.figures:
            if figure.value.symbol is not None:
                assert figure.value.number is None
                symbols.setdefault(figure.value.symbol, figure)
    assert {Symbol.SUPPRESSED, Symbol.NOT_APPLICABLE, Symbol.NOT_AVAILABLE} <= set(symbols)
    assert Symbol.BELOW_HALF in symbols  # "k": a share under 0.5%
    # Bournemouth (837) was abolished in 2019: the DfE marks its later years "z".
    placements = next(f for f in _release() if f.name == PLACEMENTS)
    bournemouth_2022 = [
        f for f in placements.figures if f.area_code == "837" and f.period.year == 2022
    ]
    assert bournemouth_2022
    assert all(f.value.symbol is Symbol.NOT_APPLICABLE for f in bournemouth_2022)


def test_school_years_are_dated_at_the_31_march_within_them() -> None:
    ks4 = next(f for f in _release() if f.name == "ks4_la.csv")
    labels = {(p.end.isoformat(), p.label) for p in ks4.periods}
    assert ("2022-03-31", "2021/22 school year") in labels
    assert ("2017-03-31", "2016/17 school year") in labels


def test_a_compressed_copy_and_the_plain_file_give_the_same_figures(tmp_path: Path) -> None:
    plain = _reader().read(dfe_files.unpacked(PLACEMENTS, tmp_path))
    packed = _reader().read(dfe_files.source(PLACEMENTS))
    assert plain == packed


def test_progress_is_reported_as_the_files_are_read(tmp_path: Path) -> None:
    calls: list[tuple[float, str]] = []
    paths = [dfe_files.source(PLACEMENTS), dfe_files.source("la_care_leavers_activity.csv")]
    _reader().read_files(paths, lambda share, what: calls.append((share, what)))
    assert len(calls) > 3
    shares = [share for share, _ in calls]
    assert shares == sorted(shares)
    assert 0 <= shares[0] < 0.5
    assert shares[-1] == 1.0
    whats = [what for _, what in calls[:-1]]
    assert whats[0] == f"Reading {paths[0].name} (1 of 2)…"
    assert f"Reading {paths[1].name} (2 of 2)…" in whats
    # The second file's reading starts where the first's bytes end.
    first = paths[0].stat().st_size / sum(p.stat().st_size for p in paths)
    second = [share for share, what in calls if "(2 of 2)" in what]
    assert min(second) == pytest.approx(first)


# -- refusals -------------------------------------------------------------------------


def _refused(path: Path) -> ImportFileError:
    with pytest.raises(ImportFileError) as caught:
        _reader().read(path)
    assert caught.value.path == path
    assert caught.value.message.startswith(path.name)
    assert "Nothing has been changed" in caught.value.advice
    return caught.value


def test_a_csv_that_is_not_dfe_open_data_is_refused() -> None:
    template = REPO / "data" / "templates" / "indicator-figures.csv"
    error = _refused(template)
    assert error.line == 1
    assert "not a DfE open-data file" in error.message
    assert "time_period, time_identifier and geographic_level" in error.message


def test_a_dfe_table_the_app_does_not_read_is_refused(tmp_path: Path) -> None:
    # The DfE's own rows: children leaving care, by gender only.
    text = dfe_files.text("la_children_who_ceased_during_year.csv")
    lines = text.splitlines(keepends=True)
    kept = [lines[0]] + [line for line in lines[1:] if ",Gender," in line]
    path = tmp_path / "leaving care by gender.csv"
    path.write_text("".join(kept), encoding="utf-8")
    error = _refused(path)
    assert "none of its rows is a figure the app knows" in error.message
    assert "Children looked after in England including adoptions" in error.message


def _edited(tmp_path: Path, name: str, edit: object, as_name: str = "edited.csv") -> Path:
    text = dfe_files.text(name)
    path = tmp_path / as_name
    path.write_text(edit(text), encoding="utf-8")  # type: ignore[operator]
    return path


def _without_column(text: str, column: str) -> str:
    import csv
    import io

    rows = list(csv.reader(io.StringIO(text, newline="")))
    index = rows[0].index(column)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(
        [cell for i, cell in enumerate(row) if i != index] for row in rows
    )
    return out.getvalue()


def test_a_file_missing_a_dfe_column_is_refused(tmp_path: Path) -> None:
    path = _edited(tmp_path, PLACEMENTS, lambda t: _without_column(t, "time_identifier"))
    assert "not a DfE open-data file" in _refused(path).message
    path = _edited(tmp_path, PLACEMENTS, lambda t: _without_column(t, "percentage"))
    assert "none of its rows is a figure the app knows" in _refused(path).message
    path = _edited(tmp_path, PLACEMENTS, lambda t: _without_column(t, "old_la_code"))
    error = _refused(path)
    assert isinstance(error, ImportProblemsError)
    assert "the council code (old_la_code)" in error.problems[0][1]
    assert error.line is not None


def test_a_damaged_file_is_refused_naming_the_line(tmp_path: Path) -> None:
    text = dfe_files.text(PLACEMENTS)
    cut = tmp_path / "cut short.csv"
    cut.write_text(text[: len(text) // 2], encoding="utf-8")
    error = _refused(cut)
    assert error.line == text[: len(text) // 2].count("\n") + 1
    assert "damaged" in error.message
    quote = tmp_path / "open quote.csv"
    lines = text.splitlines(keepends=True)
    lines[40] = lines[40].replace(",", ',"', 1)
    quote.write_text("".join(lines), encoding="utf-8")
    error = _refused(quote)
    assert error.line is not None
    assert error.line >= 41
    packed = tmp_path / "damaged.csv.gz"
    packed.write_bytes(dfe_files.source(PLACEMENTS).read_bytes()[:5000])
    assert "compressed (gzip) but damaged" in _refused(packed).message


def test_odd_characters_are_refused(tmp_path: Path) -> None:
    data = gzip.decompress(dfe_files.source(PLACEMENTS).read_bytes())
    lines = data.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if b"Hartlepool" in line)
    not_utf8 = tmp_path / "latin1.csv"
    not_utf8.write_bytes(
        b"".join([*lines[:at], lines[at].replace(b"Hartlepool", b"H\xe9"), *lines[at + 1 :]])
    )
    error = _refused(not_utf8)
    assert "not UTF-8" in error.message
    assert error.line == at + 1
    binary = tmp_path / "nul.csv"
    binary.write_bytes(data.replace(b"Hartlepool", b"Hartle\x00pool"))
    assert "not a text file" in _refused(binary).message
    # Digits from another script in a figure the app reads: Python would read "７１" as 71.
    text = data.decode("utf-8-sig")
    target = next(
        i
        for i, line in enumerate(text.splitlines())
        if ",Local authority," in line and "With 3 or more placements" in line
    )
    edited = text.splitlines(keepends=True)
    cells = edited[target].rstrip("\n").split(",")
    cells[-1] = "７１"
    edited[target] = ",".join(cells) + "\n"
    wide = tmp_path / "wide digits.csv"
    wide.write_text("".join(edited), encoding="utf-8")
    error = _refused(wide)
    assert error.line == target + 1
    assert "the percentage “７１” is neither a number nor one of the DfE's symbols" in error.message


def test_a_period_the_app_cannot_read_is_refused(tmp_path: Path) -> None:
    path = _edited(
        tmp_path, PLACEMENTS, lambda t: t.replace("\n2019,Reporting year", "\n2019,Week")
    )
    error = _refused(path)
    assert "the period “2019” (Week) is not one the app reads" in error.message
    path = _edited(
        tmp_path, PLACEMENTS, lambda t: t.replace("\n2019,Reporting", "\n0000,Reporting")
    )
    assert "the period “0000” (Reporting year) is not one" in _refused(path).message


def test_two_rows_giving_different_figures_for_one_place_and_year_are_refused(
    tmp_path: Path,
) -> None:
    text = dfe_files.text(PLACEMENTS)
    lines = text.splitlines(keepends=True)
    index = next(
        i for i, line in enumerate(lines) if ",Portsmouth," in line and "3 or more" in line
    )
    copy = lines[index].rsplit(",", 1)[0] + ",99\n"
    path = tmp_path / "twice.csv"
    path.write_text("".join([*lines, copy]), encoding="utf-8")
    error = _refused(path)
    assert error.line == len(lines) + 1
    assert f"as line {index + 1}, with a different figure" in error.message
