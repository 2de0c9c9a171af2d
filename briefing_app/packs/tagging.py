"""Tagged PDF: the structure tree of a pack and the marked content that ties each page to it.

A screen reader reads a tagged PDF through its structure tree (headings, paragraphs,
lists, tables, figures, links) rather than through the page's drawing. reportlab has no
tagging of its own, so the pack does it in three parts:

- while the story is made, each flowable that shows something is given its ``Node`` in
  the tree (``Structure``), in reading order;
- while it is drawn, the flowable wraps what it draws in a marked-content sequence,
  ``/P <</MCID n>> BDC ... EMC``, with ``Canvas.addLiteral``; ``Marker`` numbers the
  sequences page by page and records which node owns each. Running heads, ruled lines,
  table shading and other decoration go in ``/Artifact BMC ... EMC`` instead;
- once the last page is drawn, ``packs/structure_pdf.py`` turns the nodes into the
  PDF's structure tree, written with the pages.

A flowable without a node draws untagged content; the tests read every page back to
make sure nothing is left so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas


class MarkedContent:
    """One marked-content sequence: its page (from 0) and its number on that page."""

    __slots__ = ("mcid", "page")

    def __init__(self, page: int, mcid: int) -> None:
        self.page = page
        self.mcid = mcid


class AnnotationRef:
    """A link annotation: its page (from 0) and its place in the page's annotations."""

    __slots__ = ("index", "page")

    def __init__(self, page: int, index: int) -> None:
        self.page = page
        self.index = index


class Node:
    """A structure element: its standard role ("P", "H1", "TD"...) and what it holds.

    A node made with ``add`` takes its place under its parent at once (the cells of a
    row, the parts of a list item). A node made by ``Structure.node`` takes its place
    when its first content is drawn, so the tree follows the order the pages are
    drawn in, whatever order the flowables were made in. A node never drawn, and
    holding nothing drawn, is left out of the PDF.

    ``alt`` is the alternative text (a figure's words); ``scope`` a header cell's
    ("Column" or "Row"); ``span`` how many columns a cell covers.
    """

    __slots__ = ("alt", "in_tree", "kids", "parent", "placed", "role", "scope", "span")

    def __init__(self, role: str, parent: Node | None = None) -> None:
        self.role = role
        self.parent = parent
        self.kids: list[Node | MarkedContent | AnnotationRef] = []
        self.alt = ""
        self.scope = ""
        self.span = 1
        self.placed = parent is None
        self.in_tree = parent is None

    def add(self, role: str) -> Node:
        """A child in its place at once, after the children before it."""
        node = Node(role, self)
        node.placed = True
        self.kids.append(node)
        return node

    def place(self) -> None:
        """Put this node, and any ancestor not yet placed, into the tree."""
        if self.in_tree:
            return
        chain: list[Node] = []
        node: Node | None = self
        while node is not None and not node.in_tree:
            chain.append(node)
            node = node.parent
        for node in reversed(chain):
            if not node.placed and node.parent is not None:
                node.parent.kids.append(node)
                node.placed = True
            node.in_tree = True

    @property
    def drawn(self) -> bool:
        """Whether any of this node's own content has been drawn yet."""
        return any(isinstance(kid, MarkedContent) for kid in self.kids)

    def walk(self) -> list[Node]:
        """This node and every node under it, in reading order."""
        found = [self]
        for kid in self.kids:
            if isinstance(kid, Node):
                found += kid.walk()
        return found


class Tagged:
    """A flowable that draws the content of one node of the tree (``tag``), set when it
    takes its place in the structure (a table gives each cell's content its cell)."""

    tag: Node | None = None


class Structure:
    """The tree being built while a story is made: new nodes go under the open one.

    ``descriptions`` holds each link destination's description, for the links that
    lead to it ("Note 3: Ofsted report, paragraph 104").
    """

    def __init__(self) -> None:
        self.root = Node("Document")
        self._open = [self.root]
        self.descriptions: dict[str, str] = {}

    @property
    def parent(self) -> Node:
        return self._open[-1]

    def node(self, role: str) -> Node:
        return Node(role, self.parent)

    def open(self, role: str) -> Node:
        node = self.node(role)
        self._open.append(node)
        return node

    def close(self) -> None:
        if len(self._open) > 1:
            self._open.pop()


class Marker:
    """Numbers the marked-content sequences of each page and records who owns them.

    Tagged content never nests: a sequence is closed before an artifact starts and a
    new one is opened for the same node after it. Inside an artifact (a table header
    repeated on a new page, say) nodes are not marked at all.
    """

    def __init__(self) -> None:
        self.owners: list[list[Node]] = [[]]  # page -> MCID -> node
        # page -> each link annotation's owner, and the annotation with its destination
        self.annotations: list[list[Node | None]] = [[]]
        self.links: list[list[tuple[Any, str]]] = [[]]
        self._open: Node | None = None
        self._resume: list[Node | None] = []
        self._artifacts = 0

    @property
    def page(self) -> int:
        return len(self.owners) - 1

    @property
    def current(self) -> Node | None:
        return self._open

    def begin(self, canvas: Canvas, node: Node) -> bool:
        """Start ``node``'s content; False (and nothing written) inside an artifact."""
        if self._artifacts:
            return False
        if self._open is not None:
            self.end(canvas)
        owners = self.owners[-1]
        mcid = len(owners)
        owners.append(node)
        node.place()
        node.kids.append(MarkedContent(self.page, mcid))
        canvas.addLiteral(f"/{node.role} <</MCID {mcid}>> BDC")
        self._open = node
        return True

    def end(self, canvas: Canvas) -> None:
        if self._open is not None:
            canvas.addLiteral("EMC")
            self._open = None

    def begin_artifact(self, canvas: Canvas, kind: str = "") -> None:
        """Start decoration: ``kind`` is an artifact type ("Pagination", "Layout")."""
        self._resume.append(self._open)
        if self._artifacts == 0:
            self.end(canvas)
            properties = f" <</Type /{kind}>> BDC" if kind else " BMC"
            canvas.addLiteral("/Artifact" + properties)
        self._artifacts += 1

    def end_artifact(self, canvas: Canvas) -> None:
        self._artifacts -= 1
        resume = self._resume.pop()
        if self._artifacts == 0:
            canvas.addLiteral("EMC")
            if resume is not None:
                self.begin(canvas, resume)

    def annotation(self, annotation: Any, destination: str) -> None:
        """Note a link annotation just added to the page, with the node it belongs to."""
        self.annotations[-1].append(self._open)
        self.links[-1].append((annotation, destination))

    def next_page(self) -> None:
        self._open = None
        self.owners.append([])
        self.annotations.append([])
        self.links.append([])


def marker_of(canvas: Canvas) -> Marker | None:
    """The canvas's marker, or None when the pack is printed untagged."""
    marker: Marker | None = getattr(canvas, "marker", None)
    return marker
