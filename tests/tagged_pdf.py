"""Reading a tagged PDF back with pikepdf, as a screen reader's software would: the
structure tree in reading order, and every page's drawing checked against it."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pikepdf
from pikepdf import Array, Dictionary, Name

# Operators that put something on the page: text, paths painted, images, forms, shadings.
PAINTING = frozenset(
    {"Tj", "TJ", "'", '"', "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "Do", "sh", "BI"}
)


@dataclass
class Element:
    """A structure element: its role, attributes, the text it holds and its children."""

    role: str
    obj: Dictionary
    alt: str = ""
    attributes: dict[str, Any] = field(default_factory=dict)
    mcids: list[tuple[int, int]] = field(default_factory=list)  # (page from 0, MCID)
    links: list[str] = field(default_factory=list)  # each link annotation's description
    children: list[Element] = field(default_factory=list)
    text: str = ""

    def walk(self) -> list[Element]:
        found = [self]
        for child in self.children:
            found += child.walk()
        return found

    @property
    def all_text(self) -> str:
        return " ".join([self.text, *(c.all_text for c in self.children)]).strip()


@dataclass
class TaggedPdf:
    root: Element
    problems: list[str]
    pages: int
    metadata: str

    def elements(self, role: str) -> list[Element]:
        return [e for e in self.root.walk() if e.role == role]

    def headings(self) -> list[tuple[int, str]]:
        return [
            (int(e.role[1]), e.all_text)
            for e in self.root.walk()
            if len(e.role) == 2 and e.role[0] == "H" and e.role[1].isdigit()
        ]


def read_tagged(path: Path) -> TaggedPdf:
    """The structure tree of ``path``, with every problem found in tying the pages to it."""
    problems: list[str] = []
    with pikepdf.open(path) as pdf:
        catalog = pdf.Root
        if not bool(catalog.get("/MarkInfo", Dictionary()).get("/Marked", False)):
            problems.append("MarkInfo /Marked is not true")
        tree_root = catalog.get("/StructTreeRoot")
        if tree_root is None:
            return TaggedPdf(Element("None", Dictionary()), ["no structure tree"], 0, "")
        pages = [page.obj for page in pdf.pages]
        page_number = {page.objgen: n for n, page in enumerate(pages)}
        page_texts = [_marked_texts(pdf, n, page, problems) for n, page in enumerate(pages)]
        parent_tree = _parent_tree(tree_root.ParentTree)
        seen: set[tuple[int, int]] = set()

        def build(obj: Dictionary, page: int | None) -> Element:
            role = str(obj.S)[1:]
            element = Element(role, obj, alt=str(obj.get("/Alt", "")))
            for attrs in _attribute_dicts(obj):
                element.attributes.update({str(k)[1:]: v for k, v in attrs.items()})
            if "/Pg" in obj:
                page = page_number[obj.Pg.objgen]
            kids = obj.get("/K")
            kids = list(kids) if isinstance(kids, Array) else ([] if kids is None else [kids])
            texts = []
            for kid in kids:
                if isinstance(kid, int):
                    if page is None:
                        problems.append(f"{role}: MCID {kid} with no page")
                        continue
                    element.mcids.append((page, int(kid)))
                elif kid.get("/Type") == Name.MCR:
                    element.mcids.append((page_number[kid.Pg.objgen], int(kid.MCID)))
                elif kid.get("/Type") == Name.OBJR:
                    element.links.append(str(kid.Obj.get("/Contents", "")))
                    continue
                else:
                    if kid.get("/P") is None or kid.P.objgen != obj.objgen:
                        problems.append(f"{kid.S} under {role} does not name it as parent")
                    element.children.append(build(kid, page))
                    continue
                where = element.mcids[-1]
                seen.add(where)
                owner = parent_tree.get(pages[where[0]].get("/StructParents", -1))
                if owner is None or where[1] >= len(owner) or owner[where[1]].objgen != obj.objgen:
                    problems.append(f"ParentTree does not lead MCID {where} back to its {role}")
                texts.append(page_texts[where[0]].get(where[1], ""))
            element.text = "".join(texts)
            return element

        root = Element("StructTreeRoot", tree_root)
        top = tree_root.K
        for kid in list(top) if isinstance(top, Array) else [top]:
            root.children.append(build(kid, None))
        for number, texts in enumerate(page_texts):
            for mcid in texts:
                if (number, mcid) not in seen:
                    problems.append(f"page {number + 1}: MCID {mcid} belongs to no element")
        _check_annotations(pages, parent_tree, problems)
        metadata = bytes(catalog.Metadata.read_bytes()).decode() if "/Metadata" in catalog else ""
        return TaggedPdf(root, problems, len(pages), metadata)


def _attribute_dicts(obj: Dictionary) -> list[Dictionary]:
    value = obj.get("/A")
    if value is None:
        return []
    return list(value) if isinstance(value, Array) else [value]


def _parent_tree(tree: Dictionary) -> dict[int, Any]:
    found: dict[int, Any] = {}
    if "/Nums" in tree:
        nums = list(tree.Nums)
        for key, value in zip(nums[::2], nums[1::2], strict=True):
            found[int(key)] = value
    for kid in tree.get("/Kids", []):
        found.update(_parent_tree(kid))
    return found


def _marked_texts(pdf: pikepdf.Pdf, number: int, page: Dictionary, problems: list[str]) -> dict:
    """Each MCID's text on the page; and a problem for anything drawn outside both
    tagged content and artifacts, for tagged content inside tagged content or inside an
    artifact, and for an unbalanced marked-content sequence."""
    texts: dict[int, str] = {}
    stack: list[str] = []  # "mcid:N", "artifact" or "other"
    fonts = _font_maps(page)
    current_font: dict[int, str] = {}
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op in ("BDC", "BMC"):
            tag = str(operands[0])
            properties = operands[1] if op == "BDC" else None
            mcid = properties.get("/MCID") if isinstance(properties, Dictionary) else None
            if tag == "/Artifact":
                stack.append("artifact")
            elif mcid is not None:
                if any(s != "other" for s in stack):
                    problems.append(f"page {number + 1}: MCID {mcid} inside {stack[-1]}")
                stack.append(f"mcid:{int(mcid)}")
                texts.setdefault(int(mcid), "")
            else:
                stack.append("other")
        elif op == "EMC":
            if not stack:
                problems.append(f"page {number + 1}: EMC without a start")
            else:
                stack.pop()
        elif op == "Tf":
            current_font = fonts.get(str(operands[0]), {})
        elif op in PAINTING:
            owner = next((s for s in reversed(stack) if s != "other"), None)
            if owner is None:
                problems.append(f"page {number + 1}: {op} drawn untagged")
            elif owner.startswith("mcid:") and op in ("Tj", "TJ", "'", '"'):
                mcid = int(owner[5:])
                texts[mcid] += _decode(operands, current_font)
    if stack:
        problems.append(f"page {number + 1}: {len(stack)} marked-content sequences left open")
    return texts


def _font_maps(page: Dictionary) -> dict[str, dict[int, str]]:
    """For each font of the page, its character codes' Unicode text (from ToUnicode)."""
    maps: dict[str, dict[int, str]] = {}
    for name, font in page.Resources.get("/Font", {}).items():
        mapping: dict[int, str] = {}
        if "/ToUnicode" in font:
            cmap = font.ToUnicode.read_bytes().decode("latin-1")
            for block in cmap.split("beginbfchar")[1:]:
                for line in block.split("endbfchar")[0].strip().splitlines():
                    code, text = line.strip()[1:-1].split("> <")
                    mapping[int(code, 16)] = bytes.fromhex(text).decode("utf-16-be")
            for block in cmap.split("beginbfrange")[1:]:
                for line in block.split("endbfrange")[0].strip().splitlines():
                    parts = line.replace("<", " ").replace(">", " ").split()
                    start, end, first = (int(p, 16) for p in parts[:3])
                    for offset in range(end - start + 1):
                        mapping[start + offset] = chr(first + offset)
        maps[str(name)] = mapping
    return maps


def _decode(operands: Any, mapping: dict[int, str]) -> str:
    out = []
    for operand in operands:
        items = list(operand) if isinstance(operand, Array) else [operand]
        for item in items:
            if isinstance(item, pikepdf.String):
                out += [mapping.get(byte, "") for byte in bytes(item)]
            elif isinstance(item, (int, float)) and item < -200:
                out.append(" ")
    return "".join(out)


def _check_annotations(pages: list[Dictionary], parent_tree: dict[int, Any], problems: list[str]):
    for number, page in enumerate(pages):
        annotations = page.get("/Annots", [])
        if len(annotations) and page.get("/Tabs") != Name.S:
            problems.append(f"page {number + 1}: links not visited in structure order (Tabs)")
        for annotation in annotations:
            if not str(annotation.get("/Contents", "")).strip():
                problems.append(f"page {number + 1}: a link with no description")
            owner = parent_tree.get(int(annotation.get("/StructParent", -1)))
            if owner is None or owner.get("/S") != Name.Link:
                problems.append(f"page {number + 1}: a link not in a Link element")


def pdfua_findings(path: Path) -> tuple[int, str]:
    """``pdfua check`` (the PyPI checker) at warning level and above: its exit status and
    report (0 when it finds nothing)."""
    result = subprocess.run(
        [sys.executable, "-m", "pdfua", "check", "--min-severity", "warning", str(path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    return result.returncode, result.stdout + result.stderr
