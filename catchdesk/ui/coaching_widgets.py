"""Small widgets of the coaching screens: the notice line and the big "now / next" card.

Routine refusals at a coaching desk ("that slot is taken", "too early for a no-show") are
answers, not accidents, so they are said in a coloured line inside the screen, with the one
action that helps when there is one (put the person on the waitlist), never in a popup that
must be clicked away while the queue waits.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from catchdesk.ui.coaching_states import state_colours, state_word

# (background, text, border) per severity; text contrast at least 4.5 : 1.
NOTICE_STYLES: dict[str, tuple[str, str, str]] = {
    "info": ("#eef2f6", "#1f2937", "#c9d1da"),
    "ok": ("#e3f4e4", "#14491a", "#7cbf81"),
    "offer": ("#fff3c4", "#3d2e00", "#d9a400"),
    "warning": ("#fff3c4", "#3d2e00", "#d9a400"),
    "refused": ("#fbe3e1", "#7a1911", "#e08a82"),
}


def heading(text: str, scale: float, parent: QWidget | None = None) -> QLabel:
    """A bold title ``scale`` times the system font."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    """One question in words before a destructive action; No is the default."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class NoticeBar(QFrame):
    """One sentence in colour, with at most one action button beside it."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.severity = ""
        """``info``, ``ok``, ``offer``, ``warning`` or ``refused`` (tests read it)."""
        self.label = QLabel(self)
        self.label.setObjectName(f"{object_name}Text")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.label.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.label.setFont(font)
        self.action = QPushButton(self)
        self.action.setObjectName(f"{object_name}Action")
        self.action.hide()
        self.action.clicked.connect(self._act)
        self._callback: Callable[[], object] | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action)
        self.hide()

    @property
    def text(self) -> str:
        return self.label.text()

    def show_text(
        self,
        text: str,
        severity: str = "info",
        action: tuple[str, Callable[[], object]] | None = None,
    ) -> None:
        """Say ``text``; ``action`` is a button's words and what it does."""
        if not text:
            self.clear()
            return
        self.severity = severity
        background, colour, border = NOTICE_STYLES.get(severity, NOTICE_STYLES["info"])
        self.setStyleSheet(
            f"QFrame#{self.objectName()} {{ background: {background}; border: 1px solid {border};"
            " border-radius: 6px; }"
            f"QLabel {{ color: {colour}; background: transparent; border: none; }}"
        )
        self.label.setText(text)
        self._callback = action[1] if action else None
        self.action.setText(action[0] if action else "")
        self.action.setVisible(action is not None)
        self.show()

    def clear(self) -> None:
        self.severity = ""
        self.label.clear()
        self._callback = None
        self.action.hide()
        self.hide()

    def _act(self) -> None:
        callback, self._callback = self._callback, None
        self.action.hide()
        if callback is not None:
            callback()


class SlotCard(QFrame):
    """A big card for coach mode: which slot, who, from where, on what; its state in words."""

    def __init__(self, title: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.state = ""
        self.title = QLabel(title, self)
        self.time = QLabel(self)
        self.time.setObjectName(f"{object_name}Time")
        self.person = QLabel(self)
        self.person.setObjectName(f"{object_name}Person")
        self.person.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setObjectName(f"{object_name}Details")
        self.details.setWordWrap(True)
        self.word = QLabel(self)
        self.word.setObjectName(f"{object_name}State")
        for label, scale, bold in (
            (self.title, 1.2, True),
            (self.time, 1.8, True),
            (self.person, 2.2, True),
            (self.details, 1.15, False),
            (self.word, 1.2, True),
        ):
            font = QFont(label.font())
            font.setPointSizeF(font.pointSizeF() * scale)
            font.setBold(bold)
            label.setFont(font)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.word)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.time)
        layout.addWidget(self.person)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.show_slot("", "", "", "")

    def show_slot(self, time: str, person: str, details: str, state: str) -> None:
        """Fill the card; an empty ``state`` means no slot (the card says ``person`` alone)."""
        self.state = state
        background, colour = state_colours(state)
        self.setStyleSheet(
            f"QFrame#{self.objectName()} {{ background: {background};"
            " border: 1px solid #c9d1da; border-radius: 10px; }"
            f"QLabel {{ color: {colour}; background: transparent; border: none; }}"
        )
        self.time.setText(time)
        self.time.setVisible(bool(time))
        self.person.setText(person)
        self.details.setText(details)
        self.details.setVisible(bool(details))
        self.word.setText(state_word(state) if state else "")
