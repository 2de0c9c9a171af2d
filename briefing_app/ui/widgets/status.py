"""How a status or a problem looks: words (and an icon) first, colour only as a second signal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    # Only named in annotations: the Overview page, shown at start-up, uses this module
    # and need not load the indicators' domain.
    from briefing_app.domain.outcomes import Rating, Trend


def rating_colours(rating: Rating) -> tuple[QColor, QColor]:
    background, foreground = rating.colours
    return QColor(background), QColor(foreground)


def trend_colours(trend: Trend) -> tuple[QColor, QColor]:
    background, foreground = trend.colours
    return QColor(background), QColor(foreground)


# A problem to put right, dark red on pale red (contrast above 4.5:1).
PROBLEM_COLOURS = ("#fde0dc", "#7a1010")


def badge_style(colours: tuple[str, str]) -> str:
    background, foreground = colours
    return (
        f"background-color: {background}; color: {foreground}; "
        "border-radius: 4px; padding: 2px 8px; font-weight: bold;"
    )


class ProblemLabel(QLabel):
    """Why a form cannot go on yet, shown above its buttons until it is put right.

    It has its own dark-on-light colours, so it reads the same in high contrast."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setWordWrap(True)
        self.hide()

    def show_problem(self, text: str) -> None:
        self.setText(text)
        self.setStyleSheet(badge_style(PROBLEM_COLOURS))
        self.show()

    def show_problems(self, problems: Sequence[str]) -> None:
        """Every problem a form's checks found, one sentence after another."""
        self.show_problem("⚠ " + " ".join(problems))


class Badge(QLabel):
    """A short status in words, with its colour behind it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setWordWrap(True)

    def show_status(self, text: str, colours: tuple[str, str]) -> None:
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setStyleSheet(badge_style(colours))
