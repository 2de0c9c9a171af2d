"""Councils: found by either code or by name, near misses answered with the closest names,
and reorganisations said in plain words."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_app.domain.councils import (
    Council,
    CouncilDirectory,
    CouncilName,
    Reorganisation,
    UnknownCouncilError,
)

DORSET_2019 = Reorganisation(
    date(2019, 4, 1),
    (CouncilName("835", "Dorset"), CouncilName("836", "Poole"), CouncilName("837", "Bournemouth")),
    (CouncilName("838", "Dorset"), CouncilName("839", "Bournemouth, Christchurch and Poole")),
)
CUMBRIA_2023 = Reorganisation(
    date(2023, 4, 1),
    (CouncilName("909", "Cumbria"),),
    (CouncilName("942", "Cumberland"), CouncilName("943", "Westmorland and Furness")),
)
NEIGHBOURS = ("852", "801", "810", "884", "873", "938", "881", "886", "850", "837")


def _council(old: str, new: str, name: str, **extra: object) -> Council:
    return Council(old, new, name, "E12000008", "South East", **extra)  # type: ignore[arg-type]


DIRECTORY = CouncilDirectory(
    [
        _council("851", "E06000044", "Portsmouth", neighbours=NEIGHBOURS),
        _council("852", "E06000045", "Southampton"),
        _council("373", "E08000019", "Sheffield"),
        _council("801", "E06000023", "Bristol, City of"),
        _council("304", "E09000005", "Brent"),
        _council("201", "E09000001", "City of London"),
        _council("342", "E08000013", "St. Helens"),
        _council("894", "E06000020", "Telford and Wrekin"),
        _council("835", "E10000009", "Dorset", abolished_by=DORSET_2019),
        _council("838", "E06000059", "Dorset", neighbours=NEIGHBOURS, created_by=DORSET_2019),
        _council("839", "E06000058", "Bournemouth, Christchurch and Poole", created_by=DORSET_2019),
        _council("909", "E10000006", "Cumbria", abolished_by=CUMBRIA_2023),
        _council("942", "E06000063", "Cumberland", neighbours=NEIGHBOURS, created_by=CUMBRIA_2023),
    ]
)


@pytest.mark.parametrize(
    ("query", "old_code"),
    [
        ("851", "851"),
        ("E06000044", "851"),
        ("e06000044", "851"),
        ("Portsmouth", "851"),
        (" portsmouth ", "851"),
        ("Portsmouth City Council", "851"),
        ("Bristol", "801"),
        ("City of Bristol", "801"),
        ("Bristol City Council", "801"),
        ("London Borough of Brent", "304"),
        ("Brent Council", "304"),
        ("City of London", "201"),
        ("St Helens", "342"),
        ("Telford & Wrekin", "894"),
        ("Bournemouth Christchurch and Poole", "839"),
        ("Cumbria County Council", "909"),
    ],
)
def test_a_council_is_found_by_either_code_or_its_name(query: str, old_code: str) -> None:
    assert DIRECTORY.find(query).old_code == old_code


def test_a_name_shared_with_an_abolished_council_finds_the_one_running_services_now() -> None:
    assert DIRECTORY.find("Dorset").old_code == "838"
    assert DIRECTORY.find("835").label == "Dorset (abolished 1 April 2019)"
    assert DIRECTORY.find("838").label == "Dorset"


def test_a_near_miss_lists_the_closest_names() -> None:
    with pytest.raises(UnknownCouncilError) as caught:
        DIRECTORY.find("Sheffeld")
    error = caught.value
    assert error.closest[0] == "Sheffield"
    assert "“Sheffeld”" in error.message
    assert "Did you mean “Sheffield”" in error.advice
    with pytest.raises(UnknownCouncilError) as caught:
        DIRECTORY.find("Portsmuth City Council")
    assert caught.value.closest[0] == "Portsmouth"


def test_nothing_close_says_what_to_give() -> None:
    with pytest.raises(UnknownCouncilError) as caught:
        DIRECTORY.find("Atlantis")
    assert caught.value.closest == ()
    assert "three-digit DfE code" in caught.value.advice


def test_neighbours_are_found_closest_first_and_unknown_codes_left_out() -> None:
    neighbours = DIRECTORY.neighbours_of(DIRECTORY.find("Portsmouth"))
    assert [c.name for c in neighbours] == ["Southampton", "Bristol, City of"]


def test_an_abolished_council_says_why_it_has_no_neighbours() -> None:
    cumbria = DIRECTORY.find("Cumbria")
    assert cumbria.abolished
    assert cumbria.neighbours_note == (
        "Cumbria has no statistical neighbours in the DfE's list. Cumbria was abolished on "
        "1 April 2023: Cumberland and Westmorland and Furness took over its children's services."
    )
    assert DIRECTORY.find("Portsmouth").neighbours_note == ""


def test_a_new_council_says_why_it_has_no_figure_for_a_year_before_it_existed() -> None:
    cumberland = DIRECTORY.find("Cumberland")
    note = cumberland.no_figure_note(date(2022, 3, 31), "year ending 31 March 2022")
    assert note == (
        "There is no figure for Cumberland for the year ending 31 March 2022: the council took "
        "over children's services on 1 April 2023. Figures for that year are for Cumbria."
    )
    assert not cumberland.existed_on(date(2022, 3, 31))
    assert cumberland.existed_on(date(2023, 4, 1))
    cumbria = DIRECTORY.find("Cumbria")
    assert "abolished on 1 April 2023" in cumbria.no_figure_note(
        date(2024, 3, 31), "year ending 31 March 2024"
    )
    assert cumbria.existed_on(date(2022, 3, 31))


def test_a_reorganisation_tells_the_two_dorsets_apart() -> None:
    bcp = DIRECTORY.find("839")
    assert bcp.history == (
        "Bournemouth, Christchurch and Poole took over children's services, with the new Dorset "
        "council, from the former Dorset council, Poole and Bournemouth on 1 April 2019."
    )
    old_dorset = DIRECTORY.find("835")
    assert old_dorset.history == (
        "Dorset was abolished on 1 April 2019: the new Dorset council and Bournemouth, "
        "Christchurch and Poole took over its children's services."
    )
    portsmouth = DIRECTORY.find("851")
    assert portsmouth.history == ""
    assert portsmouth.no_figure_note(date(2022, 3, 31), "year ending 31 March 2022") == (
        "The DfE published no figure for Portsmouth for the year ending 31 March 2022."
    )


def test_current_councils_leave_out_the_abolished() -> None:
    current = {c.old_code for c in DIRECTORY.current()}
    assert "835" not in current
    assert "909" not in current
    assert {"838", "839", "942"} <= current
    assert len(DIRECTORY) == 13
    assert "851" in DIRECTORY
    assert DIRECTORY.get("999") is None
