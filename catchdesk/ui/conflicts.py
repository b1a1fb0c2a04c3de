"""The conflicts screen: what collided between desks, what the rule decided, and settling it.

Nothing is dropped in silence when desks merge (DESIGN.md §6): a person admitted at two desks
offline, a coaching slot booked twice, a row deleted on one desk and used on another all come
here, naming the attendee's code and the slot. A person settles each with one of the choices
the core allows for its kind; the decision is synced, so every desk sees it settled.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from catchdesk.core.errors import CatchDeskError
from catchdesk.core.models import Event
from catchdesk.core.sync.conflicts import CHOICES, ConflictView, list_conflicts, settle_conflict
from catchdesk.core.timeutil import local_time
from catchdesk.ui.context import DeskContext
from catchdesk.ui.desk import verdict_language
from catchdesk.ui.import_wizard_widgets import Notice

KIND_WORDS: dict[str, str] = {
    "double_admission": QT_TRANSLATE_NOOP("ConflictsScreen", "Admitted at two desks"),
    "double_booking": QT_TRANSLATE_NOOP("ConflictsScreen", "Slot booked twice"),
    "deleted_in_use": QT_TRANSLATE_NOOP("ConflictsScreen", "Deleted but still in use"),
    "duplicate": QT_TRANSLATE_NOOP("ConflictsScreen", "Made twice"),
}
CHOICE_WORDS: dict[str, str] = {
    "keep_both": QT_TRANSLATE_NOOP("ConflictsScreen", "Keep both check-ins"),
    "revoke_one": QT_TRANSLATE_NOOP("ConflictsScreen", "Revoke the later check-in"),
    "rebooked": QT_TRANSLATE_NOOP("ConflictsScreen", "Rebook in the next free slot"),
    "cancelled": QT_TRANSLATE_NOOP("ConflictsScreen", "Cancel the booking"),
    "acknowledged": QT_TRANSLATE_NOOP("ConflictsScreen", "Acknowledge"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("ConflictsScreen", "State"),
    QT_TRANSLATE_NOOP("ConflictsScreen", "Raised at"),
    QT_TRANSLATE_NOOP("ConflictsScreen", "What collided"),
    QT_TRANSLATE_NOOP("ConflictsScreen", "Attendee"),
    QT_TRANSLATE_NOOP("ConflictsScreen", "Slot"),
    QT_TRANSLATE_NOOP("ConflictsScreen", "What the rule decided"),
)
WIDE_COLUMNS = {0: 130, 3: 220, 4: 220}
"""The state, names and slots get a fixed start width (resizable): sized to content they push
the rule's decision, the one long text, out of sight (a settled state is long in French)."""
OPEN_COLOUR = "#b71c1c"


def _words(table: dict[str, str], key: str) -> str:
    source = table.get(key)
    return QCoreApplication.translate("ConflictsScreen", source) if source else key


class ConflictsScreen(QWidget):
    """The event's conflicts in a table, one in detail, and the ways to settle it."""

    conflicts_changed = Signal(int)
    """A conflict was settled here; carries how many are still open."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsScreen")
        self.context = context
        self.views: list[ConflictView] = []
        self._timezone = ""
        self._build()
        self.reload()

    def _build(self) -> None:
        title = QLabel(self.tr("Conflicts between desks"), objectName="conflictsTitle")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.summary = QLabel(objectName="conflictsSummary")
        self.show_settled = QCheckBox(self.tr("Show settled"), objectName="conflictsShowSettled")
        self.show_settled.toggled.connect(lambda _on: self.reload())
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.show_settled)

        self.table = QTableWidget(0, len(COLUMNS), objectName="conflictsTable")
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ConflictsScreen", c) for c in COLUMNS]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column, width in WIDE_COLUMNS.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._show_selected)

        self.detail = QLabel(objectName="conflictsDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLineEdit(objectName="conflictsNote")
        self.note.setPlaceholderText(self.tr("Why (optional): kept in the event's history"))
        self.buttons: dict[str, QPushButton] = {}
        choices = QVBoxLayout()
        for choice in dict.fromkeys(c for group in CHOICES.values() for c in group):
            button = QPushButton(_words(CHOICE_WORDS, choice), objectName=f"settle_{choice}")
            button.clicked.connect(lambda _checked=False, choice=choice: self.settle(choice))
            self.buttons[choice] = button
            choices.addWidget(button)
        self.notice = Notice("conflictsNotice")
        actions = QVBoxLayout()
        actions.addWidget(self.note)
        actions.addLayout(choices)
        actions.addWidget(self.notice)
        actions.addStretch(1)
        pane = QWidget(objectName="conflictsPane")
        side = QHBoxLayout(pane)
        side.setContentsMargins(0, 8, 0, 0)
        side.addWidget(self.detail, 3)
        side.addLayout(actions, 2)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    # -- data -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the conflicts again (after a merge, a settlement, or the toggle)."""
        selected = self.selected()
        try:
            with self.context.store.read() as session:
                event = session.get(Event, self.context.event_id)
                if event is None:
                    return
                self._timezone = event.timezone
                self.views = list_conflicts(
                    session,
                    event,
                    open_only=not self.show_settled.isChecked(),
                    language=verdict_language(self.context),
                )
        except CatchDeskError as exc:
            self.notice.say(str(exc), "error")
            return
        self._fill()
        row = next(
            (i for i, v in enumerate(self.views) if selected and v.id == selected.id),
            0 if self.views else -1,
        )
        if row >= 0:
            self.table.selectRow(row)
        self._show_selected()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.views))
        for row, view in enumerate(self.views):
            state = (
                self.tr("Settled: %1").replace("%1", _words(CHOICE_WORDS, view.choice))
                if view.settled
                else self.tr("Open")
            )
            cells = (
                state,
                self._clock(view.raised_at),
                _words(KIND_WORDS, view.kind),
                self._person(view),
                self._slot(view),
                view.rule_decision,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 0 and not view.settled:
                    item.setForeground(Qt.GlobalColor.darkRed)
                    bold = QFont(item.font())
                    bold.setBold(True)
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        open_count = sum(1 for v in self.views if not v.settled)
        if not self.views:
            self.summary.setText(self.tr("No conflict: the desks agree on everything."))
        else:
            self.summary.setText(self.tr("Open conflicts: %1").replace("%1", str(open_count)))

    def selected(self) -> ConflictView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if rows and 0 <= rows[0].row() < len(self.views):
            return self.views[rows[0].row()]
        return None

    def select_conflict(self, conflict_id: str) -> None:
        for row, view in enumerate(self.views):
            if view.id == conflict_id:
                self.table.selectRow(row)

    # -- detail and settling ----------------------------------------------------------------

    def _show_selected(self) -> None:
        view = self.selected()
        for choice, button in self.buttons.items():
            button.setVisible(view is not None and not view.settled and choice in view.choices)
        self.note.setVisible(view is not None and not view.settled)
        self.detail.setText(self._detail_html(view) if view is not None else "")

    def _detail_html(self, view: ConflictView) -> str:
        lines = [f"<p><b>{html.escape(_words(KIND_WORDS, view.kind))}</b></p>"]
        if view.attendee_code or view.attendee_name:
            lines.append(self._line(self.tr("Attendee"), self._person(view)))
        if view.slot:
            lines.append(self._line(self.tr("Slot"), self._slot(view)))
        lines.append(self._line(self.tr("What the rule decided"), view.rule_decision))
        for checkin in view.detail.get("checkins", []):
            when = self._clock(dt.datetime.fromisoformat(checkin["scanned_at"]))
            text = f"{checkin.get('desk') or '?'}, {when}"
            if checkin.get("revoked"):
                text += " — " + self.tr("revoked")
            lines.append(self._line(self.tr("Check-in"), text))
        kept = view.detail.get("kept_by") or {}
        if kept.get("attendee_code"):
            person = f"{kept['attendee_code']} — {kept.get('attendee_name', '')}"
            lines.append(self._line(self.tr("Slot kept by"), person))
        if view.settled and view.settled_at is not None:
            settled = (
                self.tr("%1 by %2 at %3")
                .replace("%1", _words(CHOICE_WORDS, view.choice))
                .replace("%2", view.settled_by or "?")
                .replace("%3", self._clock(view.settled_at))
            )
            lines.append(self._line(self.tr("Settled"), settled))
            if view.note:
                lines.append(self._line(self.tr("Note"), view.note))
        return "".join(lines)

    def settle(self, choice: str) -> ConflictView | None:
        """Settle the selected conflict with ``choice``; the refusal, if any, said in words."""
        view = self.selected()
        if view is None:
            return None
        try:
            with self.context.store.write() as session:
                event = session.get(Event, self.context.event_id)
                assert event is not None
                settled = settle_conflict(
                    session,
                    event,
                    view.id,
                    choice,
                    self.note.text(),
                    settled_by=self.context.desk_name,
                )
        except CatchDeskError as exc:
            self.notice.say(str(exc), "error")
            return None
        self.note.clear()
        self.notice.say(
            self.tr("Settled: %1.").replace("%1", _words(CHOICE_WORDS, choice)), "success"
        )
        self.reload()
        self.conflicts_changed.emit(self.open_count())
        return settled

    def open_count(self) -> int:
        try:
            with self.context.store.read() as session:
                event = session.get(Event, self.context.event_id)
                return len(list_conflicts(session, event)) if event is not None else 0
        except CatchDeskError:
            return 0

    # -- text -------------------------------------------------------------------------------

    @staticmethod
    def _line(label: str, text: str) -> str:
        return f"<p><b>{html.escape(label)}:</b> {html.escape(text)}</p>"

    def _person(self, view: ConflictView) -> str:
        return " — ".join(p for p in (view.attendee_code, view.attendee_name) if p)

    def _slot(self, view: ConflictView) -> str:
        slot: dict[str, Any] | None = view.slot
        if not slot:
            return ""
        starts = slot.get("starts_at")
        when = self._clock(dt.datetime.fromisoformat(starts)) if starts else "?"
        return self.tr("%1 at %2").replace("%1", str(slot.get("coach") or "?")).replace("%2", when)

    def _clock(self, moment: dt.datetime) -> str:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)
        try:
            return local_time(moment, self._timezone or "UTC").strftime("%H:%M")
        except (ValueError, KeyError):
            return moment.strftime("%H:%M")
