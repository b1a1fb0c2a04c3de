"""Small widgets of the door screen: the room's capacity bar, and a stand-in verdict panel.

The capacity bar says the room's state in words as well as colour ("full"), because door staff
glance at it under bad light and some of them do not tell red from green (DESIGN.md §10).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

#: Share of the capacity from which the bar turns amber: the door should start warning people.
NEAR_FULL = 0.9

# Backgrounds with dark or white text at >= 4.5:1 contrast (DESIGN.md §10).
COLOURS = {
    "ok": ("#1e7b34", "#ffffff"),
    "warning": ("#f0b400", "#1f1f1f"),
    "refused": ("#b3261e", "#ffffff"),
    "neutral": ("#eceff1", "#1f2328"),
}


class CapacityBar(QProgressBar):
    """ "inside / capacity" of one workshop: green, amber near full, red when full."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capacityBar")
        self.setTextVisible(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumHeight(44)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.setFont(font)
        self.level = "empty"
        """``ok``, ``near``, ``full``, ``unlimited`` or ``empty`` (no workshop): tests read it."""
        self.show_figures(None, None)

    def show_figures(self, inside: int | None, capacity: int | None) -> None:
        """Show ``inside`` of ``capacity`` people; ``capacity`` None means the room has no limit."""
        if inside is None:
            self.level = "empty"
            self.setRange(0, 1)
            self.setValue(0)
            self.setFormat(self.tr("No workshop chosen"))
        elif capacity is None or capacity <= 0:
            self.level = "unlimited"
            self.setRange(0, 1)
            self.setValue(0)
            self.setFormat(self.tr("%1 inside — no limit").replace("%1", str(inside)))
        else:
            self.setRange(0, capacity)
            self.setValue(min(inside, capacity))
            figures = self.tr("%1 / %2 inside").replace("%1", str(inside))
            figures = figures.replace("%2", str(capacity))
            if inside >= capacity:
                self.level = "full"
                figures = self.tr("%1 — full").replace("%1", figures)
            elif inside >= capacity * NEAR_FULL:
                self.level = "near"
                figures = self.tr("%1 — nearly full").replace("%1", figures)
            else:
                self.level = "ok"
            self.setFormat(figures)
        self._paint()

    def _paint(self) -> None:
        chunk = {"ok": "#2e9d4a", "near": "#f0b400", "full": "#b3261e"}.get(self.level, "#90a4ae")
        self.setStyleSheet(
            "QProgressBar#capacityBar { border: 1px solid #90a4ae; border-radius: 6px;"
            " background: #f5f7f8; color: #1f2328; text-align: center; }"
            f" QProgressBar#capacityBar::chunk {{ background: {chunk}; border-radius: 5px; }}"
        )


class PlainVerdictPanel(QWidget):
    """A minimal verdict panel, used only when the desk's own ``VerdictPanel`` cannot load.

    The door must never be without a verdict display, so this keeps the essentials of §10:
    colour across the panel, the name as the largest text, the message beneath.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictPanel")
        self.setAutoFillBackground(True)
        self._name = QLabel(self)
        self._name.setObjectName("verdictName")
        self._message = QLabel(self)
        self._message.setObjectName("verdictMessage")
        for label, scale in ((self._name, 3.0), (self._message, 1.6)):
            font = QFont(label.font())
            font.setPointSizeF(font.pointSizeF() * scale)
            font.setBold(label is self._name)
            label.setFont(font)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self._name)
        layout.addWidget(self._message)
        layout.addStretch(1)
        self.severity = "neutral"
        self._paint()

    def show_verdict(self, verdict: Any) -> None:
        """Show one verdict (a :class:`catchdesk.core.verdicts.Verdict`)."""
        attendee = verdict.attendee
        self._name.setText(attendee.full_name if attendee is not None else "")
        self._message.setText(verdict.message)
        self.severity = verdict.severity
        self._paint()

    def _paint(self) -> None:
        background, text = COLOURS.get(self.severity, COLOURS["neutral"])
        self.setStyleSheet(
            f"QWidget#verdictPanel {{ background: {background}; border-radius: 8px; }}"
            f" QWidget#verdictPanel QLabel {{ color: {text}; }}"
        )
