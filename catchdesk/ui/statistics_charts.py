"""The charts of the statistics screen: arrivals per quarter hour, and answers as horizontal bars.

Both are refreshed every few seconds while the doors are open, so an update changes the bars'
values in place when the categories are the same as before (the common case: one more arrival in
the current quarter hour) and rebuilds the series only when a category appears. Animations are
off: a chart that wobbles every five seconds draws the eye away from the queue for nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from catchdesk.core.reports import ArrivalSlot

BAR_COLOUR = QColor("#2f6690")
MUTED_COLOUR = QColor("#6b7280")
LABEL_CHARS = 30
"""Longer answers are shortened with "…" so the bars keep most of the width."""
ALL_LABELS_UP_TO = 12
"""Up to this many quarter hours every bar is labelled; beyond it, only the full hours."""


def _nice_maximum(value: int) -> int:
    """A round top for the value axis (5, 10, 20, 50, 100, 200…) a little above ``value``."""
    top = 5
    while top < value * 1.12:
        top = top * 2 if str(top)[0] in "15" else top * 5 // 2
    return top


def _unique(labels: Sequence[str]) -> list[str]:
    """Qt merges equal category names; invisible zero-width spaces keep them apart."""
    seen: set[str] = set()
    result = []
    for label in labels:
        while label in seen:
            label += "\u200b"
        seen.add(label)
        result.append(label)
    return result


def _shorten(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "…"


class _BarChart(QChartView):
    """A chart with one bar set over text categories, updated in place when it can be."""

    def __init__(self, horizontal: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._horizontal = horizontal
        self._categories: list[str] = []
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().hide()
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.layout().setContentsMargins(0, 0, 0, 0)  # flush with the title above it
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.bar_set = QBarSet("")
        self.bar_set.setColor(BAR_COLOUR)
        self.bar_set.setBorderColor(BAR_COLOUR)
        self.bar_set.setSelectedColor(MUTED_COLOUR)
        self.bar_set.setLabelColor(QColor("#1c2230"))
        label_font = QFont(self.font())
        label_font.setBold(True)
        self.bar_set.setLabelFont(label_font)
        series: QAbstractBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
        series.append(self.bar_set)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setBarWidth(0.7)
        self.series = series
        chart.addSeries(series)
        self.category_axis = QBarCategoryAxis()
        self.value_axis = QValueAxis()
        self.value_axis.setLabelFormat("%d")
        self.value_axis.setMin(0)
        axis_font = QFont(self.font())
        self.category_axis.setLabelsFont(axis_font)
        self.value_axis.setLabelsFont(axis_font)
        self.category_axis.setGridLineVisible(False)
        # Qt elides category labels to a fixed share of the chart ("…" for "commerce de
        # détail"); ours are already short enough, so they are drawn whole.
        self.category_axis.setTruncateLabels(False)
        if horizontal:
            chart.addAxis(self.category_axis, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(self.value_axis, Qt.AlignmentFlag.AlignBottom)
            self.value_axis.setVisible(False)
        else:
            chart.addAxis(self.category_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(self.value_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(self.category_axis)
        series.attachAxis(self.value_axis)

    def values(self) -> list[int]:
        """The bars' values as drawn, in category order (tests read them)."""
        return [int(self.bar_set.at(i)) for i in range(self.bar_set.count())]

    def categories(self) -> list[str]:
        """The category labels as shown, without the invisible de-duplicating characters."""
        return [label.replace("\u200b", "") for label in self._categories]

    def set_bars(self, labels: Sequence[str], values: Sequence[int]) -> None:
        labels = _unique(labels)
        if labels != self._categories:
            self.category_axis.clear()
            self.category_axis.append(labels)
            self.bar_set.remove(0, self.bar_set.count())
            self.bar_set.append([float(v) for v in values])
            self._categories = labels
        else:
            for index, value in enumerate(values):
                if self.bar_set.at(index) != value:
                    self.bar_set.replace(index, float(value))
        self.value_axis.setMax(_nice_maximum(max(values, default=0)))


class ArrivalsChart(_BarChart):
    """First arrivals per quarter hour of the venue's clock, one bar each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(horizontal=False, parent=parent)
        self.setObjectName("arrivalsChart")

    def show_arrivals(self, slots: Sequence[ArrivalSlot]) -> None:
        label_all = len(slots) <= ALL_LABELS_UP_TO
        labels = [
            f"{slot.starts_at:%H:%M}" if label_all or slot.starts_at.minute == 0 else ""
            for slot in slots
        ]
        self.series.setLabelsVisible(len(slots) <= 2 * ALL_LABELS_UP_TO)
        self.set_bars(labels, [slot.count for slot in slots])


class TallyChart(_BarChart):
    """Answers to one question (sector, needs) as horizontal bars, the most frequent on top.

    The bar of those who gave no answer is grey, so it reads as "missing data", not as one more
    sector competing with the others.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(horizontal=True, parent=parent)

    def show_tallies(self, rows: Sequence[tuple[str, int]], *, unanswered_last: bool) -> None:
        """``rows`` from the most frequent down; Qt draws the first category at the bottom.

        ``unanswered_last`` says that the last row counts the people who gave no answer.
        """
        ordered = list(reversed(rows))
        self.set_bars([_shorten(label) for label, _ in ordered], [n for _, n in ordered])
        self.bar_set.deselectAllBars()
        if unanswered_last and ordered:
            self.bar_set.selectBar(0)
