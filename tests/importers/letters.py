"""Letters laid out as Ofsted lays out its letters of findings, written as PDFs for tests.

The wording is made up for the tests (the councils, people and findings are fictional);
the layout follows Ofsted's published letters: the office's address, the date and the
person written to, "Dear ...", a bold subject line, a first paragraph giving the dates of
the visit, bold headings, paragraphs and bulleted points wrapped to the page, a running
page number, and "Yours sincerely" with the inspector's name.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from pathlib import Path

ADDRESS = (
    "Piccadilly Gate",
    "Store Street",
    "Manchester",
    "M1 2WD",
    "T 0300 123 1231",
    "enquiries@ofsted.gov.uk",
)


@dataclass(frozen=True)
class Letter:
    written: str  # the letter's own date, "5 April 2019"
    addressee: tuple[str, ...]
    salutation: str
    subject: str
    # (heading, paragraphs): a paragraph starting "• " is a bulleted point.
    sections: tuple[tuple[str, tuple[str, ...]], ...]
    signature: tuple[str, ...] = ("Alex Example", "His Majesty's Inspector")
    numbered: bool = False


def write_letter(letter: Letter, path: Path) -> Path:
    """Lay ``letter`` out on A4 pages as a PDF at ``path``."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    width, height = A4
    page = 1
    y = height - 60

    def new_page() -> None:
        nonlocal page, y
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(width - 56, 30, str(page))
        canvas.showPage()
        page += 1
        y = height - 60

    def line(text: str, font: str = "Helvetica", size: float = 11, x: float = 56) -> None:
        nonlocal y
        if y < 70:
            new_page()
        canvas.setFont(font, size)
        canvas.drawString(x, y, text)
        y -= size * 1.35

    for address_line in ADDRESS:
        canvas.setFont("Helvetica", 9)
        canvas.drawRightString(width - 56, y, address_line)
        y -= 12
    y -= 20
    line(letter.written)
    y -= 8
    for addressee_line in letter.addressee:
        line(addressee_line)
    y -= 12
    line(letter.salutation)
    y -= 8
    line(letter.subject, "Helvetica-Bold", 12)
    y -= 8
    number = 0
    for heading, paragraphs in letter.sections:
        if heading:
            y -= 4
            line(heading, "Helvetica-Bold", 12)
            y -= 4
        for paragraph in paragraphs:
            if paragraph.startswith("• "):
                wrapped = textwrap.wrap(paragraph[2:], 80)
                line("•  " + wrapped[0], x=70)
                for rest in wrapped[1:]:
                    line(rest, x=82)
            else:
                if letter.numbered and heading:
                    number += 1
                    paragraph = f"{number}. {paragraph}"
                for wrapped_line in textwrap.wrap(paragraph, 88):
                    line(wrapped_line)
            y -= 8
    y -= 8
    line("Yours sincerely")
    y -= 20
    for signature_line in letter.signature:
        line(signature_line)
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(width - 56, 30, str(page))
    canvas.showPage()
    canvas.save()
    return path


FOCUSED_VISIT = Letter(
    written="2 April 2019",
    addressee=("Sam Sample", "Director of Children's Services", "Exampleshire County Council"),
    salutation="Dear Sam",
    subject="Focused visit to Exampleshire County Council children's services",
    sections=(
        (
            "",
            (
                "This letter summarises the findings of the focused visit to Exampleshire "
                "County Council children's services on 6 and 7 March 2019. The inspectors "
                "were Alex Example, His Majesty's Inspector, and Jo Specimen, His Majesty's "
                "Inspector.",
                "Inspectors evaluated the arrangements for children in need and children "
                "subject to a child protection plan. They looked at the quality of "
                "assessments, plans and the oversight given by managers.",
            ),
        ),
        (
            "Overview",
            (
                "Since the last inspection, leaders have made steady progress in improving "
                "the help given to children in need. Most children are seen regularly and "
                "their plans are reviewed on time.",
                "Plans for a minority of children are not specific enough, so families do "
                "not always know what must change and by when.",
            ),
        ),
        (
            "What needs to improve in this area of social work practice",
            (
                "• The quality of plans, so that each action says who will do what by when.",
                "• The timeliness of visits to children on child protection plans during "
                "school holidays.",
            ),
        ),
        (
            "Findings",
            (
                "• Social workers know their children well and see them alone. Children's "
                "wishes and feelings are recorded and inform their plans.",
                "• Managers oversee work regularly, but their decisions are not always "
                "recorded with the reasons for them.",
                "Ofsted will take the findings from this focused visit into account when "
                "planning the next inspection or visit.",
            ),
        ),
    ),
)

MONITORING_VISIT = Letter(
    written="4 July 2022",
    addressee=("Pat Placeholder", "Corporate Director for Children's Services"),
    salutation="Dear Pat",
    subject="Monitoring visit to Sampletown children's services",
    sections=(
        (
            "",
            (
                "This letter summarises the findings of the monitoring visit to Sampletown "
                "children's services on 7 and 8 June 2022. This was the first monitoring "
                "visit since the local authority was judged inadequate in December 2021.",
            ),
        ),
        (
            "Areas covered by the visit",
            (
                "The focus of the visit was the front door, where concerns about children are "
                "first received. Inspectors reviewed the progress made in the following areas "
                "of concern identified at the last inspection:",
                "• The quality of decisions about what help children need.",
                "• The timeliness of strategy meetings when children may be at risk.",
                "This visit was carried out in line with the inspection of local authority "
                "children's services framework.",
            ),
        ),
        (
            "Headline findings",
            (
                "Leaders have acted with purpose since the inspection. Decisions at the front "
                "door are now timely for most children, though not yet for all.",
            ),
        ),
        (
            "Findings and evaluation of progress",
            (
                *(
                    f"Inspectors looked at the work done for children in the {area}. Most "
                    "decisions were timely and well recorded. For a few children, managers "
                    "did not record why they decided what they did, which makes it harder "
                    "for the next worker to understand the plan."
                    for area in (
                        "screening team",
                        "assessment team",
                        "out-of-hours service",
                        "multi-agency hub",
                        "early help team",
                        "disabled children's team",
                        "duty team",
                        "youth justice service",
                    )
                ),
                "Ofsted will take the findings from this monitoring visit into account when "
                "planning the next monitoring visit.",
            ),
        ),
    ),
)

JTAI = Letter(
    written="12 June 2019",
    addressee=("Lee Sample", "Director of Children's Services", "Democouncil"),
    salutation="Dear Lee",
    subject=(
        "Joint targeted area inspection of the multi-agency response to children's mental "
        "health in Democouncil"
    ),
    sections=(
        (
            "",
            (
                "Between 30 April and 3 May 2019, Ofsted, the Care Quality Commission, His "
                "Majesty's Inspectorate of Constabulary and Fire & Rescue Services and His "
                "Majesty's Inspectorate of Probation undertook a joint inspection in "
                "Democouncil.",
                "This letter summarises the findings of the joint targeted area inspection "
                "(JTAI) of the multi-agency response to children's mental health in "
                "Democouncil.",
            ),
        ),
        (
            "Headline findings",
            (
                "Agencies work well together when a child's need is first identified. "
                "Waiting times for specialist help are too long for some children.",
            ),
        ),
        (
            "Areas for improvement",
            (
                "• Waiting times for specialist mental health assessments.",
                "• The sharing of information between schools and health services.",
            ),
        ),
        (
            "Next steps",
            (
                "The director of children's services should prepare a written statement of "
                "proposed action responding to the findings in this letter.",
            ),
        ),
    ),
)
