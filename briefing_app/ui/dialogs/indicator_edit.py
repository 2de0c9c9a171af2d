"""Adding or correcting one figure of an indicator, with what will happen said as you type."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.dates import long_date
from briefing_app.domain.errors import InvalidInputError
from briefing_app.domain.outcomes import ComparatorKind, Indicator, Observation, Stated
from briefing_app.domain.plain_english import format_number, format_value
from briefing_app.services.outcomes import FigureChange, OutcomesService
from briefing_app.ui.widgets.dates import date_edit, from_qdate, to_qdate
from briefing_app.ui.widgets.headings import Heading
from briefing_app.ui.widgets.message_boxes import button_box
from briefing_app.ui.widgets.status import ProblemLabel

_STATED_COLUMNS = {
    ComparatorKind.ENGLAND: "england_stated",
    ComparatorKind.STATISTICAL_NEIGHBOURS: "neighbours_stated",
    ComparatorKind.REGION: "region_stated",
}

# (field name, label, accessible description)
_TEXT_FIELDS = (
    ("period", "&Period:", "The period in words, such as 2014–15 or 31 March 2015"),
    ("value", "&Value:", "The figure itself"),
    ("count", "&How many children:", "For a percentage: how many children it stands for"),
    ("denominator", "Out &of:", "The size of the group the figure is out of, if known"),
    ("england", "&England:", "England's figure for the same period, if known"),
    ("statistical_neighbours", "Si&milar councils:", "The statistical neighbours' average"),
    ("region", "Re&gion:", "The region's figure for the same period, if known"),
    ("paragraphs", "Report pa&ragraphs:", "Paragraph numbers of the inspection report, e.g. 63"),
    ("section", "Report se&ction:", "A named section of the report without paragraph numbers"),
    ("document", "Other doc&ument:", "Where else the figure comes from, e.g. a data return"),
    ("note", "&Note:", "Anything a reader should know about the figure"),
)


def _number(value: float | int | None) -> str:
    return "" if value is None else f"{value:g}"


class FigureEditDialog(QDialog):
    def __init__(
        self, outcomes: OutcomesService, indicator: Indicator, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._outcomes = outcomes
        self.indicator = indicator
        self.change: FigureChange | None = None
        self._original = indicator.current
        label = indicator.definition.label
        self.setWindowTitle(f"Edit figure: {label}")
        self.setAccessibleName(f"Edit a figure for {label}")

        intro = QLabel(
            "Change the date to add a newer figure: the current one then becomes the previous "
            "figure, so the trend builds up. Keep the date to correct the current figure."
        )
        intro.setWordWrap(True)
        self.as_at = date_edit("Date the figure is for", date.today())
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        date_label = QLabel("&Date (as at):")
        date_label.setBuddy(self.as_at)
        form.addRow(date_label, self.as_at)
        for name, text, description in _TEXT_FIELDS:
            edit = QLineEdit()
            edit.setAccessibleName(text.replace("&", "").rstrip(":"))
            edit.setAccessibleDescription(description)
            edit.setToolTip(description)
            row_label = QLabel(text)
            row_label.setBuddy(edit)
            form.addRow(row_label, edit)
            self.fields[name] = edit
        self.fields["value"].setPlaceholderText(indicator.unit.label)

        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName("What saving will do")
        self.error = ProblemLabel("Why the figure was not saved")

        buttons = button_box(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
            names={"Save": "Save the figure"},
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(Heading(label, level=2))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self._fill(self._original)
        self.as_at.dateChanged.connect(self._update_outcome)
        self.fields["value"].textChanged.connect(self._update_outcome)
        self._update_outcome()

    def _fill(self, observation: Observation | None) -> None:
        if observation is None:
            today = date.today()
            self.as_at.setDate(to_qdate(today))
            return
        self.as_at.setDate(to_qdate(observation.as_at))
        values = {
            "period": observation.period,
            "value": _number(observation.value),
            "count": _number(observation.count),
            "denominator": _number(observation.denominator),
            "paragraphs": " ".join(str(p) for p in observation.source.paragraphs),
            "section": observation.source.section,
            "document": observation.source.document,
            "note": observation.note,
        }
        for kind in ComparatorKind:
            comparator = observation.comparator(kind)
            values[kind.value] = _number(comparator.value) if comparator else ""
        for name, text in values.items():
            self.fields[name].setText(text)

    def chosen_date(self) -> date:
        return from_qdate(self.as_at.date())

    def field_values(self) -> dict[str, str]:
        """What the officer typed, as the same fields a CSV row has."""
        values = {name: edit.text() for name, edit in self.fields.items()}
        values["key"] = self.indicator.key
        values["as_at"] = self.chosen_date().isoformat()
        original = self._original
        unchanged = (
            original is not None
            and original.as_at == self.chosen_date()
            and values["value"].strip() == _number(original.value)
        )
        if original is not None and unchanged:
            # The source's own words belong to this figure; keep them while it stands.
            values["quote"] = original.source.quote
            values["working"] = original.source.working
            for kind, column in _STATED_COLUMNS.items():
                comparator = original.comparator(kind)
                stated: Stated | None = comparator.stated if comparator else None
                values[column] = stated.value if stated else ""
        return values

    def _update_outcome(self) -> None:
        chosen = self.chosen_date()
        held = {o.as_at: o for o in self.indicator.observations}
        current = self.indicator.current
        unit = self.indicator.unit
        if chosen in held:
            old = held[chosen]
            self.outcome.setText(
                f"This corrects the figure held for {long_date(chosen)} "
                f"({format_value(old.value, unit)})."
            )
        elif current is None or chosen > current.as_at:
            before = (
                f" The figure for {long_date(current.as_at)} "
                f"({format_value(current.value, unit)}) becomes the previous one."
                if current
                else ""
            )
            self.outcome.setText(f"This adds a new figure for {long_date(chosen)}.{before}")
        else:
            self.outcome.setText(
                f"This adds an earlier figure, for {long_date(chosen)}, to the history. "
                f"The current figure ({format_number(current.value)}) stays current."
            )

    def _save(self) -> None:
        try:
            observation = self._outcomes.parse_figure(self.field_values())
        except InvalidInputError as error:
            self.error.show_problem(f"✗ Not saved yet: {error.message} Your entries are kept.")
            return
        self.change = self._outcomes.record_figure(self.indicator.key, observation)
        self.accept()
