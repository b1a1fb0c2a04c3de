"""Widgets of the statistics screen: big numbers, and the workshops against their capacity.

The organiser glances at this screen between two questions, often from across the desk, so a
figure is a large number with one line of words under it, and a room's state is said in words
as well as colour ("full"), as at the door (DESIGN.md §10).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

NEAR_FULL = 0.9
"""Share of the capacity from which a room's bar turns amber, as at the door."""
FILL_COLOURS = {"ok": "#2f6690", "near": "#b7791f", "full": "#b3261e", "open": "#9aa5b1"}


class BigNumber(QFrame):
    """A titled figure in large type with a line of explanation under it."""

    def __init__(self, title: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet(
            f"QFrame#{object_name} {{ background: #eef2f6; border-radius: 8px; }}"
            "QLabel { background: transparent; }"
        )
        self.title = QLabel(title, self)
        self.title.setStyleSheet("color: #4b5563;")
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self.title.setFont(title_font)
        self.value = QLabel("—", self)
        self.value.setObjectName(f"{object_name}Value")
        value_font = QFont(self.font())
        value_font.setBold(True)
        value_font.setPointSizeF(value_font.pointSizeF() * 2.8)
        self.value.setFont(value_font)
        self.value.setStyleSheet("color: #1b3a5c;")
        self.note = QLabel("", self)
        self.note.setObjectName(f"{object_name}Note")
        self.note.setStyleSheet("color: #4b5563;")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.note)

    def show_value(self, value: str, note: str) -> None:
        if self.value.text() != value:
            self.value.setText(value)
        if self.note.text() != note:
            self.note.setText(note)
        self.setAccessibleName(f"{self.title.text()}: {value}. {note}")


class FillBar(QProgressBar):
    """ "26 / 30" for one room: blue, amber near full, red and the word "full" when full."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextVisible(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.level = ""
        """``ok``, ``near``, ``full`` or ``open`` (no capacity): tests read it."""

    def show_fill(self, inside: int, capacity: int | None) -> None:
        if capacity:
            self.setRange(0, capacity)
            self.setValue(min(inside, capacity))
            share = inside / capacity
            level = "full" if inside >= capacity else "near" if share >= NEAR_FULL else "ok"
            text = self.tr("%1 / %2").replace("%1", str(inside)).replace("%2", str(capacity))
            if level == "full":
                text = self.tr("%1 — full").replace("%1", text)
        else:
            self.setRange(0, 1)
            self.setValue(0)
            level = "open"
            text = self.tr("%1 — no limit").replace("%1", str(inside))
        self.setFormat(text)
        if level != self.level:
            self.level = level
            self.setStyleSheet(
                "QProgressBar { border: 1px solid #c9d1da; border-radius: 4px; background: #f6f8fa;"
                " color: #1c2230; font-weight: bold; }"
                f"QProgressBar::chunk {{ background: {FILL_COLOURS[level]}; border-radius: 3px; }}"
            )


class WorkshopTable(QTableWidget):
    """Each workshop with its time, room, and attendance against capacity."""

    TIME, TITLE, ROOM, FILL = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("workshopTable")
        self.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Workshop"), self.tr("Room"), self.tr("Attended / capacity")]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(30)
        header = self.horizontalHeader()
        header.setSectionResizeMode(self.TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.ROOM, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.FILL, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(self.FILL, 180)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._ids: list[str] = []

    def bar(self, row: int) -> FillBar:
        widget = self.cellWidget(row, self.FILL)
        assert isinstance(widget, FillBar)
        return widget

    def show_workshops(self, workshops: Sequence[dict[str, Any]]) -> None:
        """Rebuild the rows when the programme changed, else only move the bars."""
        ids = [str(w["id"]) for w in workshops]
        if ids != self._ids:
            self.setRowCount(len(workshops))
            for row, w in enumerate(workshops):
                span = f"{str(w['starts_at'])[11:16]}–{str(w['ends_at'])[11:16]}"
                for column, text in (
                    (self.TIME, span),
                    (self.TITLE, w["title"]),
                    (self.ROOM, w["room"]),
                ):
                    item = QTableWidgetItem(str(text))
                    item.setToolTip(str(text))
                    self.setItem(row, column, item)
                self.setCellWidget(row, self.FILL, FillBar(self))
            self._ids = ids
        for row, w in enumerate(workshops):
            self.bar(row).show_fill(int(w["inside"]), w.get("capacity"))
