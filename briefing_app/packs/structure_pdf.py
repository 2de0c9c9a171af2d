"""Writing a pack's structure tree into the PDF reportlab made, with pikepdf (on qpdf).

What PDF/UA-1 asks of the file beyond its marked content: the structure tree
(``StructTreeRoot``) with an element for every node that holds content, the
``ParentTree`` that leads from each page's marked content and each link annotation back
to its element (``StructParents`` on pages, ``StructParent`` on annotations), links
described (``Contents``) and visited in structure order (``Tabs /S``), ``MarkInfo``, and
XMP metadata with the title and the PDF/UA identification. All of it is added in one
save of the document reportlab wrote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from io import BytesIO
from xml.sax.saxutils import escape

import pikepdf
from pikepdf import Array, Dictionary, Name

from briefing_app.packs.tagging import AnnotationRef, MarkedContent, Marker, Node

PDF_VERSION = "1.7"
# Parts of a table that stay even when empty, so every row has all its cells.
TABLE_PARTS = frozenset({"TR", "TH", "TD"})


@dataclass(frozen=True)
class Metadata:
    title: str
    author: str
    subject: str
    keywords: str
    creator: str
    language: str


def write_structure(
    data: bytes,
    root: Node,
    marker: Marker,
    metadata: Metadata,
    descriptions: dict[str, str],
) -> bytes:
    """``data`` (a PDF reportlab wrote, with marked content by ``marker``) with its
    structure tree and metadata added."""
    with pikepdf.open(BytesIO(data)) as pdf:
        _Writer(pdf, marker, descriptions).write(root)
        pdf.Root.MarkInfo = Dictionary(Marked=True)
        pdf.Root.Metadata = pdf.make_stream(
            _xmp(metadata, _created(pdf)).encode("utf-8"), Type=Name.Metadata, Subtype=Name.XML
        )
        out = BytesIO()
        pdf.save(out, min_version=PDF_VERSION, fix_metadata_version=False)
    return out.getvalue()


class _Writer:
    def __init__(self, pdf: pikepdf.Pdf, marker: Marker, descriptions: dict[str, str]) -> None:
        self.pdf = pdf
        self.pages = [page.obj for page in pdf.pages]
        self.marker = marker
        self.descriptions = descriptions
        # page -> MCID -> element; and each annotation's element
        self.owners: list[list[Dictionary | None]] = [
            [None] * len(owners) for owners in marker.owners[: len(self.pages)]
        ]
        self.links: list[tuple[pikepdf.Object, Dictionary]] = []

    def write(self, root: Node) -> None:
        _prune(root)
        tree_root = self.pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
        tree_root.K = self._element(root, tree_root)
        nums: list[object] = []
        for number, (page, owners) in enumerate(zip(self.pages, self.owners, strict=True)):
            page.StructParents = number
            page.Tabs = Name.S
            nums += [number, self.pdf.make_indirect(Array(owners))]
        key = len(self.pages)
        for annotation, element in self.links:
            annotation.StructParent = key
            nums += [key, element]
            key += 1
        tree_root.ParentTree = self.pdf.make_indirect(Dictionary(Nums=Array(nums)))
        tree_root.ParentTreeNextKey = key
        self.pdf.Root.StructTreeRoot = tree_root

    def _element(self, node: Node, parent: Dictionary) -> Dictionary:
        element = self.pdf.make_indirect(
            Dictionary(Type=Name.StructElem, S=Name("/" + node.role), P=parent)
        )
        first_page: int | None = None
        kids: list[object] = []
        for kid in node.kids:
            if isinstance(kid, Node):
                kids.append(self._element(kid, element))
            elif isinstance(kid, MarkedContent):
                if kid.page >= len(self.owners):
                    continue
                self.owners[kid.page][kid.mcid] = element
                if first_page is None:
                    first_page = kid.page
                if kid.page == first_page:
                    kids.append(kid.mcid)
                else:
                    kids.append(Dictionary(Type=Name.MCR, Pg=self.pages[kid.page], MCID=kid.mcid))
            else:
                kids.append(self._annotation(kid, element))
        if first_page is not None:
            element.Pg = self.pages[first_page]
        element.K = kids[0] if len(kids) == 1 else Array(kids)
        self._attributes(node, element)
        return element

    def _annotation(self, ref: AnnotationRef, element: Dictionary) -> Dictionary:
        page = self.pages[ref.page]
        annotation = page.Annots[ref.index]
        _owner, destination = self.marker.annotations[ref.page][ref.index]
        description = self.descriptions.get(destination) or destination
        annotation.Contents = pikepdf.String(description)
        self.links.append((annotation, element))
        return Dictionary(Type=Name.OBJR, Obj=annotation, Pg=page)

    @staticmethod
    def _attributes(node: Node, element: Dictionary) -> None:
        if node.alt:
            element.Alt = pikepdf.String(node.alt)
        table: dict[str, object] = {}
        if node.scope:
            table["/Scope"] = Name("/" + node.scope)
        if node.span > 1:
            table["/ColSpan"] = node.span
        if table:
            element.A = Dictionary({"/O": Name.Table, **table})


def link_nodes(marker: Marker) -> None:
    """Give every link annotation its own Link element, under the element whose content
    was being drawn when the link was made (a footnote number's paragraph, say)."""
    for page, links in enumerate(marker.annotations):
        for index, (owner, _destination) in enumerate(links):
            if owner is None:
                continue
            link = owner if owner.role == "Link" else owner.add("Link")
            link.kids.append(AnnotationRef(page, index))


def _prune(node: Node) -> bool:
    """Drop the elements that hold no content; True if ``node`` holds some."""
    held = False
    for kid in list(node.kids):
        if isinstance(kid, Node):
            if _prune(kid):
                held = True
            elif kid.role not in TABLE_PARTS:
                node.kids.remove(kid)
        else:
            held = True
    return held


_PDF_DATE = re.compile(r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)([+-]\d\d)'(\d\d)'")


def _created(pdf: pikepdf.Pdf) -> str:
    """The document's creation date, as XMP writes it."""
    info = pdf.trailer.get("/Info")
    raw = str(info.get("/CreationDate", "")) if info is not None else ""
    match = _PDF_DATE.match(raw)
    if match is None:
        return ""
    year, month, day, hour, minute, second, zone_hour, zone_minute = match.groups()
    return f"{year}-{month}-{day}T{hour}:{minute}:{second}{zone_hour}:{zone_minute}"


def _xmp(meta: Metadata, created: str) -> str:
    def text(value: str) -> str:
        return escape(value, {'"': "&quot;"})

    date = f"\n   <xmp:CreateDate>{created}</xmp:CreateDate>" if created else ""
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{text(meta.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{text(meta.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{text(meta.subject)}</rdf:li></rdf:Alt>
   </dc:description>
   <dc:language><rdf:Bag><rdf:li>{text(meta.language)}</rdf:li></rdf:Bag></dc:language>
   <pdf:Keywords>{text(meta.keywords)}</pdf:Keywords>
   <xmp:CreatorTool>{text(meta.creator)}</xmp:CreatorTool>{date}
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
