"""How the app looks to someone who needs larger text or stronger colours.

Two choices, both remembered in the settings file and applied to the whole application:

- the text size, 100% to 200% of the system's own text size. It is applied by scaling the
  application font, so every widget that does not set its own font follows, and headings
  (``ui/widgets/headings.py``) re-size themselves when the application font changes;
- high-contrast colours: white on black, yellow focus outlines and links, drawn with the
  Fusion style (native styles on Windows ignore a custom palette) and the style sheet
  ``resources/styles/high-contrast.qss``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from briefing_app.ui.widgets.headings import Heading

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette

TEXT_SIZE_KEY = "display/text_size"
HIGH_CONTRAST_KEY = "display/high_contrast"

NORMAL_TEXT_SIZE = 100
MIN_TEXT_SIZE = 100
MAX_TEXT_SIZE = 200
# The steps taken by View > Larger text and Smaller text (Ctrl++ and Ctrl+-).
TEXT_SIZE_STEPS = (100, 110, 125, 150, 175, 200)

HIGH_CONTRAST_STYLE = "Fusion"
# With larger text, tick boxes and round buttons grow with it (the high-contrast sheet
# sizes them the same way); at the normal size the system draws them as it likes.
LARGE_TEXT_SHEET = "QCheckBox::indicator, QRadioButton::indicator { width: 1em; height: 1em; }"
HIGH_CONTRAST_SHEET = Path("styles") / "high-contrast.qss"
HIGH_CONTRAST_ICONS = Path("icons") / "high-contrast"


def clamp_text_size(percent: int) -> int:
    return max(MIN_TEXT_SIZE, min(MAX_TEXT_SIZE, percent))


@dataclass(frozen=True)
class Appearance:
    """The reader's display choices: text size in per cent, and high contrast on or off."""

    text_size: int = NORMAL_TEXT_SIZE
    high_contrast: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "text_size", clamp_text_size(int(self.text_size)))

    def larger(self) -> Appearance:
        bigger = [step for step in TEXT_SIZE_STEPS if step > self.text_size]
        return replace(self, text_size=bigger[0] if bigger else MAX_TEXT_SIZE)

    def smaller(self) -> Appearance:
        less = [step for step in TEXT_SIZE_STEPS if step < self.text_size]
        return replace(self, text_size=less[-1] if less else MIN_TEXT_SIZE)

    def normal_size(self) -> Appearance:
        return replace(self, text_size=NORMAL_TEXT_SIZE)

    @classmethod
    def load(cls, settings: QSettings) -> Appearance:
        size = settings.value(TEXT_SIZE_KEY, NORMAL_TEXT_SIZE)
        try:
            text_size = int(str(size))
        except ValueError:
            text_size = NORMAL_TEXT_SIZE
        contrast = str(settings.value(HIGH_CONTRAST_KEY, "false")).lower() in ("true", "1")
        return cls(text_size=text_size, high_contrast=contrast)

    def save(self, settings: QSettings) -> None:
        settings.setValue(TEXT_SIZE_KEY, self.text_size)
        settings.setValue(HIGH_CONTRAST_KEY, self.high_contrast)


class _SystemLook:
    """What the application looked like before any choice was applied.

    The style and palette are noted only when high contrast first replaces them: reading
    them costs start-up time that most people, who never change them, would pay.
    """

    def __init__(self, app: QApplication) -> None:
        self.font = QFont(app.font())
        self.style: str | None = None
        self.palette: QPalette | None = None


_system_looks: dict[int, _SystemLook] = {}


def _system_look(app: QApplication) -> _SystemLook:
    key = id(app)
    if key not in _system_looks:
        _system_looks.clear()  # a new QApplication: forget the old one's look
        _system_looks[key] = _SystemLook(app)
    return _system_looks[key]


def system_font() -> QFont:
    """The application font at 100%, as the system set it."""
    return QFont(_system_look(_application()).font)


def scaled_font(base: QFont, percent: int) -> QFont:
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * percent / 100)
    elif base.pixelSize() > 0:
        font.setPixelSize(round(base.pixelSize() * percent / 100))
    return font


def high_contrast_palette() -> QPalette:
    """White on black, with cyan selection, yellow links and green for what is unavailable."""
    # Qt sets a class up when it is first named: only high contrast needs these two.
    from PySide6.QtGui import QColor, QPalette

    black, white = QColor("#000000"), QColor("#ffffff")
    palette = QPalette()
    for role in (
        QPalette.ColorRole.Window,
        QPalette.ColorRole.Base,
        QPalette.ColorRole.AlternateBase,
        QPalette.ColorRole.Button,
        QPalette.ColorRole.ToolTipBase,
        QPalette.ColorRole.Shadow,
    ):
        palette.setColor(role, black)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.ToolTipText,
        QPalette.ColorRole.BrightText,
        QPalette.ColorRole.Light,
        QPalette.ColorRole.Midlight,
        QPalette.ColorRole.Mid,
        QPalette.ColorRole.Dark,
    ):
        palette.setColor(role, white)
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#c8c8c8"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#1aebff"))
    palette.setColor(QPalette.ColorRole.HighlightedText, black)
    palette.setColor(QPalette.ColorRole.Link, QColor("#ffff00"))
    palette.setColor(QPalette.ColorRole.LinkVisited, QColor("#ffff00"))
    unavailable = QColor("#3ff23f")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, unavailable)
    return palette


def high_contrast_sheet(resources: Path) -> str:
    """The high-contrast style sheet, with its icon folder filled in.

    Without it (a damaged installation) the high-contrast palette is still used.
    """
    try:
        sheet = (resources / HIGH_CONTRAST_SHEET).read_text(encoding="utf-8")
    except OSError as error:
        sys.stderr.write(f"The high-contrast style sheet could not be read: {error}\n")
        return ""
    return sheet.replace("@ICONS@", (resources / HIGH_CONTRAST_ICONS).as_posix())


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("the display can only be changed once the application exists")
    return app


def apply_appearance(appearance: Appearance, resources: Path) -> None:
    """Apply the text size and colours to the whole application."""
    app = _application()
    look = _system_look(app)
    # A style sheet fixes each widget's font when it is applied, so take it off, change
    # the font, let every widget take the new font, and only then put the sheet back.
    app.setStyleSheet("")
    QCoreApplication.sendPostedEvents()
    if appearance.high_contrast:
        # Qt sets a class up when it is first named: only high contrast needs this one.
        from PySide6.QtGui import QPalette

        if look.style is None or look.palette is None:
            look.style, look.palette = app.style().name(), QPalette(app.palette())
        if app.style().name().lower() != HIGH_CONTRAST_STYLE.lower():
            app.setStyle(HIGH_CONTRAST_STYLE)
        app.setPalette(high_contrast_palette())
    elif look.style is not None and look.palette is not None:
        # High contrast was on: put the system's style and colours back.
        if app.style().name().lower() != look.style.lower():
            app.setStyle(look.style)
        app.setPalette(look.palette)
    app.setFont(scaled_font(look.font, appearance.text_size))
    QCoreApplication.sendPostedEvents()
    if appearance.high_contrast:
        app.setStyleSheet(high_contrast_sheet(resources))
    elif appearance.text_size > NORMAL_TEXT_SIZE:
        app.setStyleSheet(LARGE_TEXT_SHEET)
    # A widget with a style sheet of its own (a grade badge, say) keeps the font it had
    # when the sheet was applied, and headings set their own font: bring both up to date.
    for widget in app.allWidgets():
        own_sheet = widget.styleSheet()
        if own_sheet:
            widget.setStyleSheet(own_sheet)
        if isinstance(widget, Heading):
            widget.apply_font()
