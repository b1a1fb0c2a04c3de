"""The verdict, readable from a metre by someone who just looked up from the queue (DESIGN.md §10).

The whole panel takes the verdict's colour, one word says it and a drawn icon repeats it (so
colour is never the only signal, for colour-blind staff or glare), and the person's name is the
largest text, scaled with the panel. After a few seconds the panel falls back to a calm neutral
state, so the next verdict is unmistakably a new one. The desk and the door both use it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from catchdesk.core.timeutil import local_time
from catchdesk.core.verdicts import Status, Verdict

if TYPE_CHECKING:
    from catchdesk.core.day_bookings import DayBooking

RESET_AFTER_MS = 4000
# (background, text): every pair has a contrast ratio of at least 4.5 : 1 (tested).
COLOURS: dict[str, tuple[str, str]] = {
    "neutral": ("#eceff1", "#263238"),
    "ok": ("#1b5e20", "#ffffff"),
    "warning": ("#ffb300", "#1a1a1a"),
    "refused": ("#b71c1c", "#ffffff"),
}
WORDS: dict[Status, str] = {
    Status.CHECKED_IN: QT_TRANSLATE_NOOP("VerdictPanel", "Welcome"),
    Status.ALREADY_CHECKED_IN: QT_TRANSLATE_NOOP("VerdictPanel", "Already checked in"),
    Status.UNKNOWN: QT_TRANSLATE_NOOP("VerdictPanel", "Unknown code"),
    Status.INVALID: QT_TRANSLATE_NOOP("VerdictPanel", "Invalid code"),
    Status.OTHER_EVENT: QT_TRANSLATE_NOOP("VerdictPanel", "Other event"),
    Status.CANCELLED: QT_TRANSLATE_NOOP("VerdictPanel", "Registration cancelled"),
    Status.NOT_ENROLLED: QT_TRANSLATE_NOOP("VerdictPanel", "Not enrolled"),
    Status.FULL: QT_TRANSLATE_NOOP("VerdictPanel", "Room full"),
}
ROLES: dict[str, str] = {
    "participant": QT_TRANSLATE_NOOP("VerdictPanel", "Participant"),
    "coach": QT_TRANSLATE_NOOP("VerdictPanel", "Coach"),
    "staff": QT_TRANSLATE_NOOP("VerdictPanel", "Staff"),
    "partner": QT_TRANSLATE_NOOP("VerdictPanel", "Partner"),
    "speaker": QT_TRANSLATE_NOOP("VerdictPanel", "Speaker"),
}


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of a ``#rrggbb`` colour."""
    channels = []
    for value in QColor(colour).getRgbF()[:3]:
        channels.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
    red, green, blue = channels
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def draw_icon(severity: str, size: int, colour: str) -> QPixmap:
    """A check mark, an exclamation triangle or a cross, drawn crisp at any size."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    if severity == "neutral" or size <= 0:
        return pixmap
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(colour), max(2.0, size / 11))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    box = QRectF(size * 0.08, size * 0.08, size * 0.84, size * 0.84)
    if severity == "ok":
        painter.drawEllipse(box)
        painter.drawPolyline(
            QPolygonF(
                [
                    QPointF(size * 0.30, size * 0.52),
                    QPointF(size * 0.45, size * 0.67),
                    QPointF(size * 0.72, size * 0.36),
                ]
            )
        )
    elif severity == "warning":
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(size * 0.5, size * 0.08),
                    QPointF(size * 0.94, size * 0.90),
                    QPointF(size * 0.06, size * 0.90),
                ]
            )
        )
        painter.drawLine(QPointF(size * 0.5, size * 0.38), QPointF(size * 0.5, size * 0.62))
        painter.drawPoint(QPointF(size * 0.5, size * 0.76))
    else:
        painter.drawEllipse(box)
        painter.drawLine(QPointF(size * 0.34, size * 0.34), QPointF(size * 0.66, size * 0.66))
        painter.drawLine(QPointF(size * 0.66, size * 0.34), QPointF(size * 0.34, size * 0.66))
    painter.end()
    return pixmap


class VerdictPanel(QWidget):
    """Shows one :class:`Verdict` across the whole panel, then returns to neutral."""

    def __init__(self, parent: QWidget | None = None, reset_after_ms: int = RESET_AFTER_MS) -> None:
        super().__init__(parent)
        self.setObjectName("verdictPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.severity = "neutral"
        self.verdict: Verdict | None = None
        self._reset_timer = QTimer(self)
        self._reset_timer.setSingleShot(True)
        self._reset_timer.setInterval(reset_after_ms)
        self._reset_timer.timeout.connect(self.clear)

        self.icon_label = QLabel(objectName="verdictIcon")
        self.word_label = QLabel(objectName="verdictWord")
        self.name_label = QLabel(objectName="verdictName")
        self.details_label = QLabel(objectName="verdictDetails")
        self.first_label = QLabel(objectName="verdictFirstCheckin")
        self.bookings_label = QLabel(objectName="verdictBookings")
        self.message_label = QLabel(objectName="verdictMessage")
        wrapped = (
            self.word_label,
            self.name_label,
            self.details_label,
            self.first_label,
            self.bookings_label,
            self.message_label,
        )
        for label in wrapped:
            label.setWordWrap(True)
        for label in (self.name_label, self.message_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.icon_label)
        top.addWidget(self.word_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(top)
        layout.addStretch(1)
        for label in (self.name_label, self.details_label, self.first_label, self.bookings_label):
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addWidget(self.message_label)
        self.clear()

    @property
    def reset_after_ms(self) -> int:
        return self._reset_timer.interval()

    @reset_after_ms.setter
    def reset_after_ms(self, value: int) -> None:
        self._reset_timer.setInterval(value)

    def background_colour(self) -> str:
        return COLOURS[self.severity][0]

    def text_colour(self) -> str:
        return COLOURS[self.severity][1]

    def show_verdict(self, verdict: Verdict, bookings: Sequence[DayBooking] = ()) -> None:
        """Show a verdict now (colour, word, icon, person) and start the way back to neutral."""
        self.verdict = verdict
        self.severity = verdict.severity
        self.word_label.setText(self.tr(WORDS[verdict.status]))
        person = verdict.attendee
        self.name_label.setText(person.full_name if person is not None else "")
        details = []
        if person is not None:
            details = [person.organisation, self.tr(ROLES.get(person.role, person.role))]
        self.details_label.setText("  ·  ".join(part for part in details if part))
        first = ""
        if verdict.status is Status.ALREADY_CHECKED_IN and verdict.first_checkin_at is not None:
            moment = local_time(verdict.first_checkin_at, verdict.event.timezone)
            first = self.tr("First check-in at {time}, desk {desk}").format(
                time=moment.strftime("%H:%M"), desk=verdict.desk or "?"
            )
        self.first_label.setText(first)
        self.bookings_label.setText(self._bookings_text(verdict, bookings))
        self.message_label.setText(verdict.message)
        self.setAccessibleName(f"{self.word_label.text()} {self.name_label.text()}".strip())
        self._apply_style()
        self._reset_timer.start()

    def _bookings_text(self, verdict: Verdict, bookings: Sequence[DayBooking]) -> str:
        lines = []
        for booking in bookings:
            start = local_time(booking.starts_at, verdict.event.timezone).strftime("%H:%M")
            line = self.tr("Coaching {time} with {coach}").format(time=start, coach=booking.coach)
            if booking.place:
                line += f" ({booking.place})"
            lines.append(line)
        return "\n".join(lines)

    def clear(self) -> None:
        """The calm state between two people: no colour, no name, an invitation to scan."""
        self._reset_timer.stop()
        self.verdict = None
        self.severity = "neutral"
        self.word_label.setText(self.tr("Ready"))
        self.name_label.setText(self.tr("Scan a ticket or search a name"))
        for label in (self.details_label, self.first_label, self.bookings_label):
            label.setText("")
        self.message_label.setText("")
        self.setAccessibleName(self.word_label.text())
        self._apply_style()

    def _apply_style(self) -> None:
        background, text = COLOURS[self.severity]
        self.setStyleSheet(
            f"#verdictPanel {{ background-color: {background}; border-radius: 12px; }}"
            f"#verdictPanel QLabel {{ color: {text}; background: transparent; }}"
        )
        self._scale_fonts()

    def _scale_fonts(self) -> None:
        """Font sizes follow the panel's size; the name is always the largest text."""
        unit = max(8.0, min(self.height() / 14, self.width() / 24))
        inner = max(100, self.width() - 64)
        neutral = self.severity == "neutral"
        name_px = int(unit * (1.6 if neutral else 2.6))
        font = QFont(self.font())
        font.setBold(not neutral)
        longest = max(self.name_label.text().split("\n") or [""], key=len)
        while name_px > 14:
            font.setPixelSize(name_px)
            if QFontMetrics(font).horizontalAdvance(longest) <= inner:
                break
            name_px -= 2
        self.name_label.setFont(font)
        word_px = min(int(unit * 1.7), int(name_px * 0.85)) if not neutral else int(unit * 1.2)
        self._set_px(self.word_label, word_px, bold=True)
        self._set_px(self.details_label, int(unit * 0.95))
        self._set_px(self.first_label, int(unit * 0.95), bold=True)
        self._set_px(self.bookings_label, int(unit * 0.8))
        self._set_px(self.message_label, int(unit * 0.75))
        icon_size = int(word_px * 1.3)
        self.icon_label.setFixedSize(icon_size, icon_size)
        self.icon_label.setPixmap(draw_icon(self.severity, icon_size, self.text_colour()))

    @staticmethod
    def _set_px(label: QLabel, pixels: int, bold: bool = False) -> None:
        font = QFont(label.font())
        font.setPixelSize(max(10, pixels))
        font.setBold(bold)
        label.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Bigger panel, bigger text: the name stays readable from a metre."""
        super().resizeEvent(event)
        self._scale_fonts()

    def tr_word(self, status: Status) -> str:
        """The verdict word of ``status`` in the interface language (for lists and tests)."""
        return QCoreApplication.translate("VerdictPanel", WORDS[status])
