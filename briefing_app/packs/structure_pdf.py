"""Writing a pack's structure tree into the PDF as reportlab writes it.

What PDF/UA-1 asks of the file beyond its marked content: the structure tree
(``StructTreeRoot``) with an element for every node that holds content, the
``ParentTree`` that leads from each page's marked content and each link annotation back
to its element (``StructParents`` on pages, ``StructParent`` on annotations), links
described (``Contents``) and visited in structure order (``Tabs /S``), ``MarkInfo``, and
XMP metadata with the title and the PDF/UA identification.

All of it is added to reportlab's own document once the last page is drawn and before
the file is written (``PackCanvas.save``), so the PDF is written once, in one pass:
nothing is read back or written again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reportlab.pdfbase.pdfdoc import (
    LinkAnnotation,
    PDFDictionary,
    PDFName,
    PDFObject,
    PDFObjectReference,
    PDFStream,
    PDFString,
)

from briefing_app.packs.tagging import AnnotationRef, MarkedContent, Marker, Node

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

PDF_VERSION = (1, 7)
# Parts of a table that stay even when empty, so every row has all its cells.
TABLE_PARTS = frozenset({"TR", "TH", "TD"})
# What a page dictionary may hold besides reportlab's own entries.
_PAGE_ENTRIES = ("StructParents", "Tabs")


@dataclass(frozen=True)
class Metadata:
    title: str
    author: str
    subject: str
    keywords: str
    creator: str
    language: str


def write_structure(
    canvas: Canvas,
    root: Node,
    marker: Marker,
    metadata: Metadata,
    descriptions: dict[str, str],
) -> None:
    """Add the structure tree of ``root`` and the metadata to the document ``canvas`` is
    about to save (its pages marked by ``marker``)."""
    document: Any = canvas._doc  # type: ignore[attr-defined]
    link_nodes(marker)
    _prune(root)
    writer = _Writer(document, marker, descriptions)
    catalog = document.Catalog
    catalog.StructTreeRoot = writer.write(root)
    catalog.MarkInfo = PDFDictionary({"Marked": "true"})
    xmp = _xmp(metadata, _created(document._timeStamp)).encode("utf-8")
    catalog.Metadata = PDFStream(
        PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
        xmp,
        filters=[],  # left uncompressed, as XMP is meant to be readable
    )


class _Raw(PDFObject):
    """A PDF object written as it is built: its text, with each indirect object it refers
    to named until the file is written (``_Ref``). A structure tree has an element for
    every paragraph and cell, so it is written this way rather than as reportlab's
    general dictionaries, each of whose keys and values is formatted on its own."""

    __slots__ = ("parts",)

    def __init__(self) -> None:
        self.parts: list[str | _Ref] = []

    def format(self, document: Any) -> bytes:
        numbers = document.idToObjectNumberAndVersion
        text = "".join(
            part if isinstance(part, str) else "{} {} R".format(*numbers[part.name])
            for part in self.parts
        )
        return text.encode("latin-1")


class _Ref:
    """An indirect object to refer to, by its name in reportlab's document."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name


def _ref(document: Any, obj: object) -> _Ref:
    return _Ref(document.Reference(obj).name)


class _Writer:
    def __init__(self, document: Any, marker: Marker, descriptions: dict[str, str]) -> None:
        self.document = document
        self.pages: list[Any] = list(document.Pages.pages)
        self.page_refs = [_ref(document, page) for page in self.pages]
        self.marker = marker
        self.descriptions = descriptions
        # page -> MCID -> element; and each link annotation with its element
        self.owners: list[list[_Ref | None]] = [
            [None] * len(owners) for owners in marker.owners[: len(self.pages)]
        ]
        self.links: list[tuple[Any, _Ref]] = []

    def write(self, root: Node) -> PDFDictionary:
        document = self.document
        tree_root = PDFDictionary({"Type": PDFName("StructTreeRoot")})
        tree_root["K"] = PDFObjectReference(self._element(root, _ref(document, tree_root)).name)
        nums = _Raw()
        nums.parts.append("<< /Nums [")
        for number, (page, owners) in enumerate(zip(self.pages, self.owners, strict=True)):
            page.__NoDefault__ = [*type(page).__NoDefault__, *_PAGE_ENTRIES]
            page.StructParents = number
            page.Tabs = PDFName("S")
            nums.parts.append(f" {number} [")
            for owner in owners:
                nums.parts += (" ", owner or "null")
            nums.parts.append(" ]")
        key = len(self.pages)
        for annotation, element in self.links:
            annotation.permitted = (*LinkAnnotation.permitted, "StructParent")
            annotation.otherkw["StructParent"] = key
            nums.parts += (f" {key} ", element)
            key += 1
        nums.parts.append(" ] >>")
        tree_root["ParentTree"] = document.Reference(nums)
        tree_root["ParentTreeNextKey"] = key
        return tree_root

    def _element(self, node: Node, parent: _Ref) -> _Ref:
        element = _Raw()
        reference = _ref(self.document, element)
        kids: list[str | _Ref] = []
        first_page: int | None = None
        for kid in node.kids:
            if isinstance(kid, Node):
                kids += (" ", self._element(kid, reference))
            elif isinstance(kid, MarkedContent):
                if kid.page >= len(self.owners):
                    continue
                self.owners[kid.page][kid.mcid] = reference
                if first_page is None:
                    first_page = kid.page
                if kid.page == first_page:
                    kids.append(f" {kid.mcid}")
                else:
                    kids += (
                        " << /Type /MCR /Pg ",
                        self.page_refs[kid.page],
                        f" /MCID {kid.mcid} >>",
                    )
            else:
                kids += self._annotation(kid, reference)
        parts = element.parts
        parts += ("<< /Type /StructElem /S /", node.role, " /P ", parent)
        if first_page is not None:
            parts += (" /Pg ", self.page_refs[first_page])
        parts += (" /K [", *kids, " ]")
        parts += _attributes(node, self.document)
        parts.append(" >>")
        return reference

    def _annotation(self, ref: AnnotationRef, element: _Ref) -> tuple[str | _Ref, ...]:
        annotation, destination = self.marker.links[ref.page][ref.index]
        annotation.Contents = self.descriptions.get(destination) or destination
        self.links.append((annotation, element))
        return (
            " << /Type /OBJR /Obj ",
            _ref(self.document, annotation),
            " /Pg ",
            self.page_refs[ref.page],
            " >>",
        )


def _attributes(node: Node, document: Any) -> tuple[str, ...]:
    found: tuple[str, ...] = ()
    if node.alt:
        found += (" /Alt ", PDFString(node.alt).format(document).decode("latin-1"))
    table = ""
    if node.scope:
        table += f" /Scope /{node.scope}"
    if node.span > 1:
        table += f" /ColSpan {node.span}"
    if table:
        found += (f" /A << /O /Table{table} >>",)
    return found


def link_nodes(marker: Marker) -> None:
    """Give every link annotation its own Link element, under the element whose content
    was being drawn when the link was made (a footnote number's paragraph, say)."""
    for page, links in enumerate(marker.annotations):
        for index, owner in enumerate(links):
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


def _created(stamp: Any) -> str:
    """The document's creation date (the one in its Info dictionary), as XMP writes it."""
    year, month, day, hour, minute, second = stamp.YMDhms
    sign = "-" if stamp.dhh < 0 else "+"
    return (
        f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}"
        f"{sign}{abs(stamp.dhh):02d}:{stamp.dmm:02d}"
    )


# (xml.sax.saxutils.escape would bring in urllib and email: about 20 ms for four lines.)
_XML_ENTITIES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"))


def _xmp(meta: Metadata, created: str) -> str:
    def text(value: str) -> str:
        for plain, entity in _XML_ENTITIES:
            value = value.replace(plain, entity)
        return value

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
   <xmp:CreatorTool>{text(meta.creator)}</xmp:CreatorTool>
   <xmp:CreateDate>{created}</xmp:CreateDate>
   <xmp:ModifyDate>{created}</xmp:ModifyDate>
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
