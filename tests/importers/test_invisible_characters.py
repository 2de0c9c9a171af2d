"""Characters that are not seen but change what is seen (bidirectional overrides,
zero-width spaces and joiners, the byte-order mark) are kept out of names: a council's
name from a report, councillors from the council's list or typed in the app."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from briefing_app.domain.person_names import visible_text
from briefing_app.domain.training.records import Member
from briefing_app.importers.members_csv import read_members
from briefing_app.importers.ofsted_report import parse_report_text
from briefing_app.services.opening.container import Services
from tests.conftest import REPO

OVERRIDE = "\u202e"  # right-to-left override: "Evil" would show as "livE"
HIDDEN = ("\u202e", "\u202d", "\u2066", "\u2069", "\u200b", "\u200d", "\ufeff", "\u00ad")
SEED = REPO / "data" / "portsmouth-2014" / "report.txt"


def test_visible_text_keeps_every_letter_and_drops_what_is_not_seen() -> None:
    assert visible_text("Zo\u200bë Hart\u202eley\u2069") == "Zoë Hartley"
    assert visible_text("Łukasz Wójcik-O'Neill") == "Łukasz Wójcik-O'Neill"
    assert not any(c in visible_text("".join(HIDDEN) + "x") for c in HIDDEN)


def test_a_reports_council_is_read_without_them() -> None:
    text = SEED.read_text(encoding="utf-8").replace(
        "Portsmouth City Council", f"Ports{OVERRIDE}mouth\u200b City Council", 1
    )
    report = parse_report_text(text, "report.txt")
    assert report.authority == "Portsmouth City Council"
    assert not any(c in report.title for c in HIDDEN)


def test_the_councils_list_is_read_without_them(tmp_path: Path) -> None:
    path = tmp_path / "councillors.csv"
    path.write_text(
        f"name,ward,term_start\nCllr Zo\u200bë {OVERRIDE}Hartley,Harbour,2022-05-05\n", "utf-8"
    )
    assert [line.name for line in read_members(path).lines] == ["Zoë Hartley"]


def test_a_member_typed_in_the_app_is_kept_without_them(services: Services) -> None:
    added = services.training.add_member(
        Member(f"Ivy {OVERRIDE}Evil\u200d", date(2022, 5, 5), ward="Har\ufeffbour")
    )
    stored = next(m for m in services.training.members() if m.id == added.id)
    assert (stored.name, stored.ward) == ("Ivy Evil", "Harbour")
