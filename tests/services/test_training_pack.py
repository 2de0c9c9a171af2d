"""The yearly training table in the briefing packs: all of it for members; in a public pack,
no figures for a seat or module that fewer than three councillors hold or need."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from briefing_app.domain.packs.content import PackAudience, SectionKey
from briefing_app.services.opening.container import Services
from briefing_app.services.packs.service import PackRequest
from tests.pdfcheck import page_texts, qpdf_check


def _text(path: Path) -> str:
    return " ".join(" ".join(page_texts(PdfReader(path))).split())


def test_the_packs_carry_the_yearly_table_by_seat(services: Services, tmp_path: Path) -> None:
    request = PackRequest(sections=(SectionKey.TRAINING,))
    members = services.packs.content(request)
    public = services.packs.content(PackRequest(PackAudience.PUBLIC, (SectionKey.TRAINING,)))
    assert members.training is not None
    assert public.training is not None
    named = {row.seat: row for row in members.training.year.rows}  # type: ignore[union-attr]
    hidden = {row.seat: row for row in public.training.year.rows}  # type: ignore[union-attr]
    assert named["Lead member for children"].councillors == 1
    assert hidden["Lead member for children"].councillors is None
    for seat in ("All councillors", "Corporate Parenting Board", "Children's scrutiny panel"):
        assert hidden[seat] == named[seat]
    # Modules fewer than three need (each panel's own training) are hidden the same way.
    modules = {m.module: m for m in public.training.modules}
    assert modules["Adoption panel member training"].hidden
    assert not modules["Corporate parenting refresher"].hidden

    out = tmp_path / "public.pdf"
    services.packs.write(public, out)
    qpdf_check(out)
    text = _text(out)
    assert "Corporate parenting training in the year to" in text
    assert "Lead member for children fewer than 3 not shown" in text
    assert "so that no one can be identified" in text
    assert "Zoë" not in text
    members_pdf = tmp_path / "members.pdf"
    services.packs.write(members, members_pdf)
    assert "Lead member for children 1 1 0 0 1" in _text(members_pdf)
