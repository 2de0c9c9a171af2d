"""The on-screen renderer of chart definitions, checked on the pixels it draws."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from briefing_app.domain.chart_styles import COMPARATOR_COLOURS, OURS_COLOUR
from briefing_app.domain.charts import comparison_chart, trend_chart
from briefing_app.domain.outcomes import (
    Comparator,
    ComparatorKind,
    Indicator,
    Observation,
    Source,
)
from briefing_app.ui.appearance import Appearance, apply_appearance
from briefing_app.ui.widgets.chart_view import HIGH_CONTRAST_OTHER, HIGH_CONTRAST_SERIES, ChartView
from tests.conftest import REPO
from tests.support.indicators import definition
from tests.ui.audit import contrast_ratio

NEET = definition(statement="{value}")


def figure(as_at: date, value: float, england: float | None = None) -> Observation:
    comparators = (Comparator(ComparatorKind.ENGLAND, england),) if england is not None else ()
    return Observation(
        as_at, f"{as_at.year}", value, comparators=comparators, source=Source(paragraphs=(104,))
    )


def columns_of(image: QImage, colour: str) -> list[int]:
    """The x positions where ``colour`` appears anywhere in the image."""
    wanted = QColor(colour).rgb()
    found = set()
    for y in range(0, image.height(), 2):
        for x in range(image.width()):
            if image.pixel(x, y) == wanted:
                found.add(x)
    return sorted(found)


def test_bars_are_drawn_in_proportion(qtbot: QtBot) -> None:
    indicator = Indicator(NEET, (figure(date(2014, 7, 16), 25, england=50),))
    chart = comparison_chart(indicator, "Portsmouth")
    view = ChartView()
    qtbot.addWidget(view)
    view.set_chart(chart)
    view.resize(500, view.heightForWidth(500))
    view.show()
    image = view.grab().toImage()
    ours = columns_of(image, OURS_COLOUR)
    england = columns_of(image, COMPARATOR_COLOURS[ComparatorKind.ENGLAND])
    assert ours
    assert england
    ours_length = ours[-1] - ours[0]
    england_length = england[-1] - england[0]
    # Our bar has an outline drawn over its edges, so allow a pixel or two.
    assert abs(ours_length / england_length - 0.5) < 0.02
    assert view.accessibleName() == "Not in education, work or training: how we compare"
    assert "Portsmouth: 25%" in view.accessibleDescription()
    assert view.toolTip() == view.accessibleDescription()


def test_a_trend_line_rises_from_left_to_right(qtbot: QtBot) -> None:
    indicator = Indicator(NEET, (figure(date(2013, 3, 31), 10), figure(date(2014, 3, 31), 40)))
    chart = trend_chart(indicator, "Portsmouth")
    view = ChartView()
    qtbot.addWidget(view)
    view.set_chart(chart)
    view.resize(500, view.heightForWidth(500))
    view.show()
    image = view.grab().toImage()
    wanted = QColor(OURS_COLOUR).rgb()
    points = [
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixel(x, y) == wanted
    ]
    assert points
    left = [y for x, y in points if x < image.width() // 3]
    right = [y for x, y in points if x > 2 * image.width() // 3]
    # Screen y grows downwards: the later, higher figure is drawn nearer the top.
    assert left
    assert right
    assert min(right) < min(left)


def test_no_chart_hides_the_view(qtbot: QtBot) -> None:
    view = ChartView()
    qtbot.addWidget(view)
    view.show()
    view.set_chart(None)
    assert not view.isVisible()
    assert view.heightForWidth(400) == 0


def test_the_chart_grows_with_the_text_size(qtbot: QtBot) -> None:
    indicator = Indicator(NEET, (figure(date(2014, 7, 16), 25, england=50),))
    view = ChartView()
    qtbot.addWidget(view)
    view.set_chart(comparison_chart(indicator, "Portsmouth"))
    small = view.heightForWidth(400)
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    assert view.heightForWidth(400) > small * 1.5


def _colours_in(image: QImage) -> set[int]:
    return {image.pixel(x, y) for y in range(0, image.height(), 2) for x in range(image.width())}


def test_in_high_contrast_the_chart_is_light_on_black(
    qtbot: QtBot, normal_appearance: None
) -> None:
    indicator = Indicator(NEET, (figure(date(2014, 7, 16), 25, england=50),))
    view = ChartView()
    qtbot.addWidget(view)
    view.set_chart(comparison_chart(indicator, "Portsmouth"))
    view.resize(500, view.heightForWidth(500))
    view.show()
    usual = _colours_in(view.grab().toImage())
    assert QColor(OURS_COLOUR).rgb() in usual

    apply_appearance(Appearance(high_contrast=True), REPO / "resources")
    image = view.grab().toImage()
    seen = _colours_in(image)
    black = QColor("#000000").rgb()
    assert image.pixel(1, 1) == black  # the background
    assert QColor(HIGH_CONTRAST_SERIES[OURS_COLOUR]).rgb() in seen
    england = COMPARATOR_COLOURS[ComparatorKind.ENGLAND]
    assert QColor(HIGH_CONTRAST_SERIES[england]).rgb() in seen
    # Our dark blue, which would all but vanish into the black, is gone. (England's grey
    # cannot be checked so: greys are also where white text is smoothed into black.)
    assert QColor(OURS_COLOUR).rgb() not in seen
    # Bars the same length as before: only the colours change.
    ours = columns_of(image, HIGH_CONTRAST_SERIES[OURS_COLOUR])
    assert ours


def test_every_high_contrast_series_colour_reads_on_black() -> None:
    colours = [*HIGH_CONTRAST_SERIES.values(), HIGH_CONTRAST_OTHER]
    assert len(set(colours[:-1])) == len(HIGH_CONTRAST_SERIES)  # each series its own
    for colour in colours:
        assert contrast_ratio(QColor(colour), QColor("#000000")) >= 7, colour
    domain = {OURS_COLOUR, *COMPARATOR_COLOURS.values()}
    assert domain <= set(HIGH_CONTRAST_SERIES)
