"""The workshop door: pick the room once, then scan people in and watch it fill up.

A door volunteer stands at one room for a whole session with a scanner or a laptop camera, so
this screen is built for that: the workshop on now is preselected, the scan field keeps the
focus, the verdict fills the screen (admitted, not enrolled, full: DESIGN.md §5), and the
capacity bar is refreshed after each scan and every :data:`REFRESH_MS`, because other doors and
desks admit people to the same room. The rules live in :func:`catchdesk.core.checkin.check_in`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from catchdesk.core.checkin import check_in, workshop_inside
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.models import Event, Workshop
from catchdesk.core.timeutil import local_time, utcnow
from catchdesk.core.verdicts import Status, Verdict
from catchdesk.core.workshops import workshop_at, workshops_in_order
from catchdesk.ui.door_widgets import CapacityBar, PlainVerdictPanel
from catchdesk.ui.webcam import WebcamPanel

if TYPE_CHECKING:
    from catchdesk.ui.context import DeskContext

log = logging.getLogger(__name__)

#: Other doors and desks admit people too: the bar is re-read this often.
REFRESH_MS = 15_000


def _verdict_panel(parent: QWidget) -> QWidget:
    """The desk's verdict panel when it loads, else the plain one: the door never goes blind."""
    try:
        from catchdesk.ui.verdict_panel import VerdictPanel

        return VerdictPanel(parent)
    except Exception:  # a screen being written must not take the door down
        log.exception("verdict panel unavailable, the door uses a plain one")
        return PlainVerdictPanel(parent)


def _scanner_input(field: QLineEdit, settings: Any) -> Any:
    """The desk's scanner-burst detector on ``field`` (None when it cannot load)."""
    try:
        from catchdesk.ui.scanner_input import ScannerInput

        return ScannerInput.for_settings(field, settings)
    except Exception:
        log.exception("scanner burst detection unavailable at the door")
        return None


def _sound_player(settings: Any, parent: QWidget) -> Any:
    try:
        from catchdesk.ui.sounds import SoundPlayer

        return SoundPlayer(bool(getattr(settings, "sounds_enabled", True)), parent)
    except Exception:
        log.exception("sounds unavailable at the door")
        return None


class DoorScreen(QWidget):
    """Scan people into one workshop; refuses the non-enrolled and a full room."""

    attendee_checked_in = Signal(str)
    """Someone was admitted to the workshop just now (the attendee's id)."""

    def __init__(
        self,
        context: DeskContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("doorScreen")
        self.context = context
        self._clock = clock
        self._event: Event = context.event()
        self._workshops: list[Workshop] = []
        self.last_verdict: Verdict | None = None
        """The verdict shown last (tests and the status bar read it)."""

        self.workshop_picker = QComboBox(self)
        self.workshop_picker.setObjectName("workshopPicker")
        picker_label = QLabel(self.tr("&Workshop"), self)
        picker_label.setBuddy(self.workshop_picker)
        self.camera_toggle = QPushButton(self.tr("&Camera"), self)
        self.camera_toggle.setObjectName("cameraToggle")
        self.camera_toggle.setCheckable(True)
        self.camera_toggle.setToolTip(self.tr("Scan tickets with this computer's camera"))
        self.capacity_bar = CapacityBar(self)
        self.scan_input = QLineEdit(self)
        self.scan_input.setObjectName("doorScanInput")
        self.scan_input.setPlaceholderText(self.tr("Scan a ticket or type its code, then Enter"))
        self.scan_input.setAccessibleName(self.tr("Ticket code"))
        self.scan_input.setClearButtonEnabled(True)
        self.notice = QLabel(self)
        self.notice.setObjectName("doorNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #8a1c14;")
        self.notice.hide()
        self.verdict_panel = _verdict_panel(self)
        self.webcam = WebcamPanel(context, self)
        self.webcam.hide()

        self._scale_fonts(picker_label)
        self._lay_out(picker_label)

        self.workshop_picker.currentIndexChanged.connect(self._on_workshop_changed)
        self.workshop_picker.activated.connect(lambda _index: self.focus_scan())
        self.camera_toggle.toggled.connect(self._on_camera_toggled)
        self.scan_input.returnPressed.connect(self._on_return)
        self.webcam.scan_received.connect(self.scan)
        self._scanner = _scanner_input(self.scan_input, context.settings)
        if self._scanner is not None:
            self._scanner.scan_received.connect(self.scan)
        self._sounds = _sound_player(context.settings, self)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._on_timer)
        self._timer.start()
        self.reload_workshops()
        self.setFocusProxy(self.scan_input)

    # -- layout --------------------------------------------------------------------------------

    def _scale_fonts(self, picker_label: QLabel) -> None:
        """Door staff read this from a step back: everything a size or two above the system's."""
        for widget, scale in (
            (picker_label, 1.4),
            (self.workshop_picker, 1.4),
            (self.camera_toggle, 1.2),
            (self.scan_input, 1.6),
            (self.notice, 1.2),
        ):
            font = QFont(widget.font())
            font.setPointSizeF(font.pointSizeF() * scale)
            widget.setFont(font)
        self.scan_input.setMinimumHeight(48)
        self.workshop_picker.setMinimumHeight(44)
        self.camera_toggle.setMinimumHeight(40)

    def _lay_out(self, picker_label: QLabel) -> None:
        top = QGridLayout()
        top.addWidget(picker_label, 0, 0)
        top.addWidget(self.workshop_picker, 0, 1)
        top.addWidget(self.camera_toggle, 0, 2)
        top.addWidget(self.capacity_bar, 1, 0, 1, 3)
        top.addWidget(self.scan_input, 2, 0, 1, 3)
        top.setColumnStretch(1, 1)
        body = QHBoxLayout()
        body.addWidget(self.verdict_panel, 3)
        body.addWidget(self.webcam, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addLayout(body, 1)

    # -- public --------------------------------------------------------------------------------

    def apply_settings(self) -> None:
        """Take changed settings at once: mute, scanner timing (the settings dialog was saved)."""
        settings = self.context.settings
        if self._sounds is not None:
            self._sounds.set_enabled(settings.sounds_enabled)
        if self._scanner is not None:
            self._scanner.apply_settings(settings)

    def current_workshop(self) -> Workshop | None:
        index = self.workshop_picker.currentIndex()
        if 0 <= index < len(self._workshops):
            return self._workshops[index]
        return None

    def select_workshop(self, workshop_id: str) -> bool:
        """Pick a workshop by id (a test or a remembered choice); False when it is not listed."""
        for index, workshop in enumerate(self._workshops):
            if workshop.id == workshop_id:
                self.workshop_picker.setCurrentIndex(index)
                self.refresh_capacity()  # also when it was already chosen: show today's figure
                return True
        return False

    def focus_scan(self) -> None:
        self.scan_input.setFocus(Qt.FocusReason.OtherFocusReason)

    def reload_workshops(self) -> None:
        """List the workshops by start time; keep the choice, or preselect the one on now."""
        chosen = self.current_workshop()
        with self.context.store.read() as session:
            self._workshops = workshops_in_order(session, self._event.id)
        self.workshop_picker.blockSignals(True)
        self.workshop_picker.clear()
        for workshop in self._workshops:
            self.workshop_picker.addItem(self._label(workshop), workshop.id)
        keep = chosen.id if chosen is not None else None
        target = next((w for w in self._workshops if w.id == keep), None)
        target = target or workshop_at(self._workshops, self._clock())
        if target is not None:
            self.workshop_picker.setCurrentIndex(self._workshops.index(target))
        self.workshop_picker.blockSignals(False)
        self.workshop_picker.setEnabled(bool(self._workshops))
        self.scan_input.setEnabled(bool(self._workshops))
        if not self._workshops:
            self._show_notice(self.tr("This event has no workshops yet."))
        self.refresh_capacity()

    def refresh_capacity(self) -> None:
        """Re-read how many are inside the chosen workshop (other desks admit people too)."""
        workshop = self.current_workshop()
        if workshop is None:
            self.capacity_bar.show_figures(None, None)
            return
        try:
            with self.context.store.read() as session:
                inside = workshop_inside(session, workshop.id)
        except CatchDeskError as error:
            self._show_notice(str(error))
            return
        self.capacity_bar.show_figures(inside, workshop.capacity)

    def scan(self, raw: str) -> Verdict | None:
        """Admit the person ``raw`` names into the chosen workshop, and show the verdict."""
        workshop = self.current_workshop()
        if not raw.strip() or workshop is None:
            return None
        language = self._language()
        try:
            with self.context.store.write() as session:
                verdict = check_in(
                    session,
                    self._event,
                    raw,
                    desk=self.context.desk_name,
                    workshop_id=workshop.id,
                    now=self._clock(),
                    language=language,
                )
        except CatchDeskError as error:
            self._show_notice(str(error))
            return None
        self._show_notice("")
        self.last_verdict = verdict
        self.verdict_panel.show_verdict(verdict)  # type: ignore[attr-defined]
        if self._sounds is not None:
            self._sounds.play(verdict.severity)
        if verdict.inside is not None:
            self.capacity_bar.show_figures(verdict.inside, workshop.capacity)
        else:
            self.refresh_capacity()
        if (
            verdict.status is Status.CHECKED_IN
            and not verdict.repeated
            and verdict.attendee is not None
        ):
            self.attendee_checked_in.emit(verdict.attendee.id)
        return verdict

    # -- internals -----------------------------------------------------------------------------

    def _label(self, workshop: Workshop) -> str:
        """ "10:00–11:00 · Room · Title": the time first, as on the printed programme."""
        zone = self._event.timezone
        start = local_time(workshop.starts_at, zone).strftime("%H:%M")
        end = local_time(workshop.ends_at, zone).strftime("%H:%M")
        parts = [f"{start}–{end}", workshop.room, workshop.title]
        return "  ·  ".join(p for p in parts if p)

    def _language(self) -> str | None:
        """The verdict language: the desk's setting, else the interface's, else the default."""
        chosen = getattr(self.context.settings, "language", "") or ""
        if not chosen:
            app = QApplication.instance()
            chosen = str(app.property("catchdesk_language") or "") if app is not None else ""
        return chosen or None

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _on_return(self) -> None:
        raw = self.scan_input.text()
        self.scan_input.clear()
        self.scan(raw)

    def _on_workshop_changed(self, _index: int) -> None:
        self.refresh_capacity()

    def _on_camera_toggled(self, on: bool) -> None:
        self.webcam.setVisible(on)
        self.focus_scan()

    def _on_timer(self) -> None:
        if self.isVisible():
            self.refresh_capacity()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_capacity()
        self.focus_scan()
