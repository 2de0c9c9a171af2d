"""Reading theme summaries."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.domain.errors import ImportFileError
from briefing_app.domain.outcomes import Audience
from briefing_app.importers.report_body import unnumbered_section
from briefing_app.importers.summaries_toml import read_summaries
from tests.conftest import PORTSMOUTH_TEXT


def test_reads_summaries(tmp_path: Path) -> None:
    path = tmp_path / "summaries.toml"
    path.write_text(
        '[[summary]]\naudience = "care-leavers"\ntopic = "housing"\n'
        'text = """\nNearly all care leavers live somewhere suitable [105].\n'
        'They feel safe [106].\n"""\n',
        encoding="utf-8",
    )
    (summary,) = read_summaries(path, origin="test")
    assert summary.audience is Audience.CARE_LEAVERS
    assert summary.title == "Housing"
    assert summary.text == (
        "Nearly all care leavers live somewhere suitable [105]. They feel safe [106]."
    )


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ('[[summary]]\naudience = "x"\n', "unknown audience", None),
        (
            '[[summary]]\naudience = "care-leavers"\ntopic = "health"\ntext = "A [1]."\n',
            "not one of its audience's",
            None,
        ),
        ("[[summary]]\naudience = = 2\n", "Invalid value", 2),
        ("title = 'no summaries'\n", "there is no [[summary]] table", None),
    ],
)
def test_problems_name_the_file(tmp_path: Path, text: str, message: str, line: int | None) -> None:
    path = tmp_path / "summaries.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        read_summaries(path)
    assert message in str(caught.value)
    assert str(caught.value).startswith("summaries.toml")
    assert caught.value.line == line


def test_the_unnumbered_statistics_section_is_found_in_the_report() -> None:
    text = PORTSMOUTH_TEXT.read_text(encoding="utf-8")
    section = unnumbered_section(text, "Information about this local authority area")
    assert section.startswith("Children living in this area")
    assert "318 children were being looked after" in section
    assert "there have been 27 adoptions" in section
    # It stops at the next major heading, before the first numbered paragraph.
    assert "Key judgement" not in section
    assert "Director of Children's Services has been in post" in section
    assert unnumbered_section(text, "No such heading") == ""
