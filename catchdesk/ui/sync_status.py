"""The sync indicator of the status bar: online or not, last sync, entries waiting, conflicts.

Colour is never the only signal (DESIGN.md §10): the state is written ("Online", "Offline",
"Sync off") next to its coloured dot, and the reason a hub does not answer is in the tooltip.
The open conflicts are a button of their own, shown only when there are some: it opens the
conflicts screen.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from catchdesk.core.timeutil import local_time

if TYPE_CHECKING:
    from catchdesk.core.sync.rounds import SyncStatus

STATE_STYLES: dict[str, str] = {
    "online": "color: #14532d; background: #e6f4ea; border: 1px solid #2e7d32;",
    "offline": "color: #7f1d1d; background: #fdecea; border: 1px solid #d32f2f;",
    "connecting": "color: #4a3500; background: #fff4d6; border: 1px solid #c89400;",
    "off": "color: #3c4043; background: #f1f3f4; border: 1px solid #9aa0a6;",
}
"""Text and background pairs with a contrast above 4.5 : 1."""
CONFLICT_STYLE = (
    "QToolButton { color: #7f1d1d; background: #fdecea; border: 1px solid #d32f2f;"
    " border-radius: 4px; padding: 1px 8px; font-weight: bold; }"
)


class SyncIndicator(QWidget):
    """Shows a :class:`SyncStatus`; emits :attr:`conflicts_requested` when its button is hit."""

    conflicts_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, timezone: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("syncIndicator")
        self.timezone = timezone
        self.state = "off"
        self.state_label = QLabel(objectName="syncState")
        self.detail_label = QLabel(objectName="syncDetail")
        self.conflicts_button = QToolButton(objectName="syncConflicts")
        self.conflicts_button.setStyleSheet(CONFLICT_STYLE)
        self.conflicts_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.conflicts_button.setToolTip(self.tr("Open the conflicts screen"))
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        self.conflicts_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(8)
        layout.addWidget(self.state_label)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.conflicts_button)
        self.show_not_configured()

    # -- states -----------------------------------------------------------------------------

    def show_not_configured(self) -> None:
        """No hub is set: the desk works alone (bundles still carry its data)."""
        self._set_state("off", self.tr("Sync off"))
        self.detail_label.clear()
        self.setToolTip(
            self.tr(
                "No hub is set: this desk works alone. Set a hub in Settings, or exchange "
                "bundle files from the Sync menu."
            )
        )

    def show_connecting(self, hub: str) -> None:
        """A hub is set and its first round has not ended yet."""
        self._set_state("connecting", self.tr("Connecting…"))
        self.detail_label.clear()
        self.setToolTip(self.tr("Reaching the hub %1…").replace("%1", hub))

    def show_status(self, status: SyncStatus) -> None:
        """The state of the last round, in words and colour."""
        if status.online:
            self._set_state("online", self.tr("Online"))
            tip = self.tr("In sync with the hub %1.").replace("%1", status.hub)
        else:
            self._set_state("offline", self.tr("Offline"))
            tip = status.last_error or self.tr("The hub does not answer.")
            tip += "\n" + self.tr("This desk keeps working and syncs when the hub is back.")
        parts: list[str] = []
        if status.last_sync_at is not None:
            parts.append(self.tr("synced at %1").replace("%1", self._clock(status.last_sync_at)))
        elif not status.online:
            parts.append(self.tr("never synced"))
        if status.waiting_entries:
            parts.append(
                self.tr("%n entries waiting", "", status.waiting_entries)
                if status.waiting_entries != 1
                else self.tr("1 entry waiting")
            )
        self.detail_label.setText(" · ".join(parts))
        self.setToolTip(tip)
        self.set_conflicts(status.conflicts_open)

    def set_conflicts(self, count: int) -> None:
        """The open conflicts (a button, hidden when there are none)."""
        self.conflicts_button.setVisible(count > 0)
        text = self.tr("1 conflict") if count == 1 else self.tr("%n conflicts", "", count)
        self.conflicts_button.setText(text)

    # -- helpers ----------------------------------------------------------------------------

    def _set_state(self, state: str, text: str) -> None:
        self.state = state
        self.state_label.setText(f"● {text}")
        self.state_label.setStyleSheet(
            f"QLabel {{ {STATE_STYLES[state]} border-radius: 4px; padding: 1px 8px; }}"
        )

    def _clock(self, moment: dt.datetime) -> str:
        try:
            shown = local_time(moment, self.timezone) if self.timezone else moment.astimezone()
        except (ValueError, KeyError):
            shown = moment.astimezone()
        return shown.strftime("%H:%M")
