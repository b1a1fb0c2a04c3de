"""The few pieces every import page shows: a notice in words and colour, a count, a busy bar.

Colours are never the only signal (DESIGN.md §10): a notice always says in words what
happened, and every pair of text and background colours here has a contrast above 4.5 : 1.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

NOTICE_STYLES: dict[str, str] = {
    "error": "background: #fdecea; color: #7f1d1d; border: 1px solid #d32f2f;",
    "warning": "background: #fff4d6; color: #4a3500; border: 1px solid #c89400;",
    "success": "background: #e6f4ea; color: #14532d; border: 1px solid #2e7d32;",
    "info": "background: #eef3fb; color: #0b2e6b; border: 1px solid #7a9cc6;",
}


class Notice(QLabel):
    """A sentence in a coloured box, hidden while there is nothing to say."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.kind = ""
        self.hide()

    def say(self, text: str, kind: str = "info") -> None:
        self.kind = kind
        self.setText(text)
        self.setStyleSheet(f"QLabel {{ {NOTICE_STYLES[kind]} border-radius: 6px; padding: 10px; }}")
        self.setVisible(bool(text))

    def clear_notice(self) -> None:
        self.kind = ""
        self.clear()
        self.hide()


class CountTile(QFrame):
    """One figure of a report, large, with what it counts underneath."""

    def __init__(self, object_name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = QLabel("–")
        self.number.setObjectName(f"{object_name}Number")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.number.font())
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        self.value = 0

    def set_count(self, value: int, *, alert: bool = False) -> None:
        self.value = value
        self.number.setText(str(value))
        self.number.setStyleSheet("color: #b71c1c;" if alert and value else "")


def busy_bar(object_name: str) -> QProgressBar:
    """An indeterminate bar for work whose length is unknown (reading, checking)."""
    bar = QProgressBar()
    bar.setObjectName(object_name)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(14)
    bar.hide()
    return bar
