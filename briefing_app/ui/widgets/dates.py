"""Days in the window: the app's date field, and moving between QDate and date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

# The day, the month's name and the year, as the app writes dates ("4 March 2025").
DISPLAY_FORMAT = "d MMMM yyyy"


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(name: str, value: date, latest: date | None = None) -> QDateEdit:
    """A date field with a calendar to pick from, no earlier than 1950 nor after ``latest``."""
    edit = QDateEdit(to_qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DISPLAY_FORMAT)
    edit.setMinimumDate(QDate(1950, 1, 1))
    if latest is not None:
        edit.setMaximumDate(to_qdate(latest))
    edit.setAccessibleName(name)
    return edit
