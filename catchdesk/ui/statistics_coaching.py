"""Coaching in the statistics screen: each coach's day and each topic, with no-shows and the queue.

The organiser looks here during the day for two things: a coach overbooked while another has
free slots, and a topic whose waitlist grows (add a coach, or a workshop, next time). The
figures are the engine's (:func:`catchdesk.core.coaching.figures.coaching_figures`, the
``coaching`` part of ``catchdesk stats --json``); these tables only lay them out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

HOLDING = ("booked", "arrived", "done")


def _held(row: Mapping[str, Any]) -> int:
    return sum(int(row.get(status, 0)) for status in HOLDING)


class _FiguresTable(QTableWidget):
    """A read-only table of numbers with a text first column."""

    def __init__(self, headers: Sequence[str], object_name: str, parent: QWidget | None) -> None:
        super().__init__(0, len(headers), parent)
        self.setObjectName(object_name)
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(28)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def fill(self, rows: Sequence[Sequence[object]]) -> None:
        self.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                else:
                    item.setToolTip(str(value))
                self.setItem(row, column, item)

    def rows(self) -> list[list[str]]:
        """The table as text, row by row (tests read it)."""
        return [
            [self.item(r, c).text() for c in range(self.columnCount())]  # type: ignore[union-attr]
            for r in range(self.rowCount())
        ]


class CoachTable(_FiguresTable):
    """Per coach: sessions booked (held), done, no-shows, and slots still free."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                self.tr("Coach"),
                self.tr("Booked"),
                self.tr("Done"),
                self.tr("No-shows"),
                self.tr("Free slots"),
            ],
            "coachFiguresTable",
            parent,
        )

    def show_figures(self, coaching: Mapping[str, Any]) -> None:
        rows = []
        for coach in coaching.get("per_coach") or ():
            name = coach.get("name", "")
            place = coach.get("place", "")
            rows.append(
                (
                    f"{name} · {place}" if place else name,
                    _held(coach),
                    coach.get("done", 0),
                    coach.get("no_show", 0),
                    coach.get("free_slots", 0),
                )
            )
        self.fill(rows)


class TopicTable(_FiguresTable):
    """Per topic: sessions booked (held), done, no-shows, and people still waiting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                self.tr("Topic"),
                self.tr("Booked"),
                self.tr("Done"),
                self.tr("No-shows"),
                self.tr("Waiting"),
            ],
            "topicFiguresTable",
            parent,
        )

    def show_figures(self, coaching: Mapping[str, Any]) -> None:
        rows = [
            (
                topic.get("topic") or self.tr("Topic not given"),
                _held(topic),
                topic.get("done", 0),
                topic.get("no_show", 0),
                topic.get("waitlist_waiting", 0),
            )
            for topic in coaching.get("per_topic") or ()
        ]
        self.fill(rows)


def waiting_count(coaching: Mapping[str, Any]) -> int:
    """People on the coaching waitlist now (all topics)."""
    return int((coaching.get("waitlist") or {}).get("waiting", 0))
