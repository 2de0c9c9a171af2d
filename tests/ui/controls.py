"""Finding a window's interactive controls, and walking them with the Tab key.

Used by the keyboard and screen-reader tests, which run over every page in
``PAGES`` and every window the menus open, so pages added later are covered
without changing the tests.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QTextBrowser,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

# Things a person operates: buttons, inputs, lists, tables, tabs, text they can scroll...
CONTROL_TYPES: tuple[type[QWidget], ...] = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QTabBar,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
    QKeySequenceEdit,
    QCalendarWidget,
    QScrollArea,
)
# Controls that hold other controls: what is inside them is a control of its own.
CONTAINER_TYPES: tuple[type[QWidget], ...] = (QScrollArea,)
KEYBOARD_LABEL_FLAGS = (
    Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    | Qt.TextInteractionFlag.TextSelectableByKeyboard
)


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    name = widget.accessibleName() or widget.objectName()
    text = widget.text() if isinstance(widget, QAbstractButton | QLabel) else ""
    return f"{type(widget).__name__}({name or text or 'unnamed'!r})"


def _is_control(widget: QWidget) -> bool:
    if isinstance(widget, QScrollBar):
        return False  # scrolling is done with the keys in the area that has focus
    if isinstance(widget, QLabel):
        return bool(widget.textInteractionFlags() & KEYBOARD_LABEL_FLAGS)
    if isinstance(widget, QGroupBox):
        return widget.isCheckable()
    return isinstance(widget, CONTROL_TYPES)


def _inside_another_control(widget: QWidget, root: QWidget) -> bool:
    """True for the pieces Qt builds inside a control: a spin box's line edit, a table's
    header and corner button, a tab bar's scroll buttons, a combo box's list..."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if _is_control(parent) and not isinstance(parent, CONTAINER_TYPES):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget, *, usable_now: bool = True) -> list[QWidget]:
    """The interactive controls in ``root``: those that can be seen and used right now,
    or with ``usable_now=False`` all of them, hidden (in another tab, say) or not."""
    found = [root] if _is_control(root) else []
    found += [
        widget
        for widget in root.findChildren(QWidget)
        if _is_control(widget)
        and (not usable_now or (widget.isVisible() and widget.isEnabled()))
        and not _inside_another_control(widget, root)
    ]
    return found


def control_of(widget: QWidget | None, known: list[QWidget]) -> QWidget | None:
    """The control that ``widget`` (the focus widget) belongs to."""
    current = widget
    while current is not None:
        if any(current is k for k in known):
            return current
        current = current.parentWidget()
    return widget


def _moves_within(widget: QWidget) -> bool:
    """Controls that keep Tab for a few presses, then let it go on: a text browser moves
    from link to link, a date box from the day to the month to the year."""
    if isinstance(widget, QTextBrowser):
        return not widget.tabChangesFocus()
    return isinstance(widget, QDateTimeEdit)


def tab_cycle(
    qtbot: QtBot,
    start: QWidget,
    limit: int = 400,
    stays: dict[int, tuple[QWidget, int]] | None = None,
) -> list[QWidget]:
    """Press Tab from ``start`` until focus comes back to it; the focus widgets in order.

    Fails if focus leaves the window or never comes back (a control keeps the Tab key).
    ``stays``, if given, counts the presses of Tab that left the focus where it was, by
    widget: a text browser moving between its links, or a table moving between its cells.
    """
    start.setFocus(Qt.FocusReason.TabFocusReason)
    first = QApplication.focusWidget()
    assert first is not None, f"{describe(start)} could not take the keyboard focus"
    cycle = [first]
    left_first = False
    for _ in range(limit):
        current = QApplication.focusWidget()
        assert current is not None, f"the focus left the window after {describe(cycle[-1])}"
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        after = QApplication.focusWidget()
        if after is current and stays is not None:
            _, count = stays.get(id(after), (after, 0))
            stays[id(after)] = (after, count + 1)
        if after is first:
            if left_first or not _moves_within(first):
                return cycle
            continue  # Tab moved within the first control; it moves on from its last part
        left_first = True
        if after is not cycle[-1]:
            loop_start = next((i for i, w in enumerate(cycle) if w is after), None)
            if loop_start is not None:
                loop = " -> ".join(describe(w) for w in [*cycle[loop_start:], after])
                raise AssertionError(
                    f"pressing Tab goes round {loop} and never comes back to {describe(first)}"
                )
            cycle.append(after)
    raise AssertionError(
        f"pressing Tab never came back to {describe(first)}: it stays in "
        f"{describe(QApplication.focusWidget())} (a text box that takes Tab as input needs "
        "setTabChangesFocus(True); a table needs setTabKeyNavigation(False))"
    )


def _tab_bars_not_yet_shown(cycle: list[QWidget], seen: set[tuple[int, int]]) -> QTabBar | None:
    for widget in cycle:
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabEnabled(index) and (id(widget), index) not in seen:
                    return widget
    return None


@dataclass
class Arrangement:
    """One walk of the Tab key round a window, with its tabs as they were then."""

    expected: list[QWidget]  # the controls that can be seen and used
    cycle: list[QWidget]  # the focus widgets, in the order Tab reached them
    # Presses of Tab that left the focus in the same widget, by widget.
    stays: dict[int, tuple[QWidget, int]] = field(default_factory=dict)
    # Radio buttons reached with the arrow keys from the one Tab reached in their group.
    by_arrows: list[QWidget] = field(default_factory=list)

    def missing(self) -> list[QWidget]:
        reached = [control_of(w, self.expected) for w in self.cycle + self.by_arrows]
        return [c for c in self.expected if not any(c is r for r in reached)]


def _radios_by_arrows(qtbot: QtBot, start: QRadioButton) -> list[QWidget]:
    """The radio buttons of ``start``'s group that the arrow keys move to from it.

    Tab stops once in a group of radio buttons (at the one chosen) and the arrow keys move
    within it, as on every desktop. The choice is put back afterwards.
    """
    reached: list[QWidget] = []
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Right, Qt.Key.Key_Left):
        start.setFocus(Qt.FocusReason.TabFocusReason)
        for _ in range(20):
            before = QApplication.focusWidget()
            assert before is not None
            qtbot.keyClick(before, key)
            after = QApplication.focusWidget()
            if after is before or not isinstance(after, QRadioButton):
                break
            if not any(after is r for r in reached):
                reached.append(after)
    start.setChecked(True)
    return reached


def walk_every_tab(
    qtbot: QtBot, root: QWidget, start: QWidget, extra: list[QWidget] | None = None
) -> Iterator[Arrangement]:
    """Walk the Tab cycle once for each tab of each tab bar, switching tabs with the
    arrow keys, and move through each group of radio buttons Tab reaches with the arrow
    keys. Yields each arrangement of tabs as it is walked."""
    seen: set[tuple[int, int]] = set()
    for _ in range(50):
        walk = Arrangement(controls(root) + list(extra or []), [])
        walk.cycle = tab_cycle(qtbot, start, stays=walk.stays)
        for widget in walk.cycle:
            if isinstance(widget, QTabBar):
                seen.add((id(widget), widget.currentIndex()))
            if isinstance(widget, QRadioButton) and not any(widget is r for r in walk.by_arrows):
                walk.by_arrows += _radios_by_arrows(qtbot, widget)
        yield walk
        bar = _tab_bars_not_yet_shown(walk.cycle, seen)
        if bar is None:
            return
        bar.setFocus(Qt.FocusReason.TabFocusReason)
        before = bar.currentIndex()
        qtbot.keyClick(bar, Qt.Key.Key_Right)
        if bar.currentIndex() == before:  # at the last tab: go round to the first
            qtbot.keyClick(bar, Qt.Key.Key_Home)
        assert bar.currentIndex() != before, f"the arrow keys do not switch {describe(bar)}"
    raise AssertionError("too many tabs to walk")


def cell_by_cell_problems(walk: Arrangement) -> list[str]:
    """A list or table takes one press of Tab to leave: the arrow keys move inside it."""
    return [
        f"Tab moves from cell to cell in {describe(widget)} ({count} presses to leave it): "
        "it needs setTabKeyNavigation(False)"
        for widget, count in walk.stays.values()
        if isinstance(widget, QAbstractItemView) and count > 0
    ]


def _rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def reading_order_problems(cycle: list[QWidget], expected: list[QWidget]) -> list[str]:
    """Moves that jump back up the window to a control that is not in a column further
    right: the order a reader would not expect. The cycle is read from its top-left control."""
    steps: list[QWidget] = []
    for widget in cycle:
        control = control_of(widget, expected)
        if control is not None and (not steps or steps[-1] is not control):
            steps.append(control)
    if len(steps) < 2:
        return []
    first = min(range(len(steps)), key=lambda i: (_rect(steps[i]).top(), _rect(steps[i]).left()))
    steps = steps[first:] + steps[:first]
    problems = []
    for before, after in itertools.pairwise(steps):
        a, b = _rect(before), _rect(after)
        if b.bottom() < a.top() and b.left() <= a.right():
            problems.append(f"{describe(before)} -> {describe(after)} goes back up the window")
    return problems
