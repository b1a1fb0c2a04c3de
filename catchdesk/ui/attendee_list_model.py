"""The attendee table's model: every person of the event, read a window at a time.

It holds the ordered ids of the people the filters keep (from an
:class:`~catchdesk.core.attendee_table.AttendeeIndex`) and reads the rows on screen in windows
of :data:`WINDOW` with :func:`~catchdesk.core.attendee_table.load_rows`, keeping the last few
windows, so 100,000 people scroll without loading 100,000 rows (Anki's browser, DESIGN.md §8).
The index of a big event is loaded off the GUI thread; the table shows the previous one (or
nothing, with a "Loading…" line from the screen) until it is ready.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor

from catchdesk.core.attendee_table import (
    AttendeeIndex,
    AttendeeRow,
    RowStatus,
    SortKey,
    TableQuery,
    attendee_count,
    load_rows,
    matching_ids,
)
from catchdesk.core.codes import format_code
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.store import Store
from catchdesk.core.timeutil import local_time
from catchdesk.ui.attendee_dialog import ROLE_LABELS

WINDOW = 200
KEPT_WINDOWS = 20
SYNC_LIMIT = 1_500
"""Events up to this size load their index at once (about 25 ms for 900 people on a busy
two-core laptop); bigger ones in a worker thread, which also makes every sort order ahead."""
ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS: tuple[tuple[SortKey, str], ...] = (
    (SortKey.NAME, QT_TRANSLATE_NOOP("AttendeeTableModel", "Last name")),
    (SortKey.FIRST_NAME, QT_TRANSLATE_NOOP("AttendeeTableModel", "First name")),
    (SortKey.ORGANISATION, QT_TRANSLATE_NOOP("AttendeeTableModel", "Organisation")),
    (SortKey.SECTOR, QT_TRANSLATE_NOOP("AttendeeTableModel", "Sector")),
    (SortKey.STATUS, QT_TRANSLATE_NOOP("AttendeeTableModel", "Status")),
    (SortKey.CHECKED_IN_AT, QT_TRANSLATE_NOOP("AttendeeTableModel", "Arrived")),
    (SortKey.ROLE, QT_TRANSLATE_NOOP("AttendeeTableModel", "Role")),
    (SortKey.EMAIL, QT_TRANSLATE_NOOP("AttendeeTableModel", "E-mail")),
    (SortKey.CODE, QT_TRANSLATE_NOOP("AttendeeTableModel", "Ticket code")),
)
STATUS_LABELS: dict[RowStatus, str] = {
    RowStatus.CHECKED_IN: QT_TRANSLATE_NOOP("AttendeeTableModel", "Checked in"),
    RowStatus.NOT_ARRIVED: QT_TRANSLATE_NOOP("AttendeeTableModel", "Not arrived"),
    RowStatus.CANCELLED: QT_TRANSLATE_NOOP("AttendeeTableModel", "Cancelled"),
    RowStatus.MERGED: QT_TRANSLATE_NOOP("AttendeeTableModel", "Merged"),
}
# Text colours with a contrast of at least 4.5 : 1 on white; the word says it too.
STATUS_INK: dict[RowStatus, str] = {
    RowStatus.CHECKED_IN: "#1b5e20",
    RowStatus.NOT_ARRIVED: "#3c4350",
    RowStatus.CANCELLED: "#8a1c14",
    RowStatus.MERGED: "#5a6170",
}

Index = QModelIndex | QPersistentModelIndex


def status_label(status: RowStatus) -> str:
    return QCoreApplication.translate("AttendeeTableModel", STATUS_LABELS[status])


class _LoaderSignals(QObject):
    loaded = Signal(object, int)
    failed = Signal(str, int)


class _LoadIndex(QRunnable):
    """Reads an event's index (and makes its sort orders) in the thread pool."""

    def __init__(
        self, store: Store, event_id: str, generation: int, signals: _LoaderSignals
    ) -> None:
        super().__init__()
        self.store, self.event_id, self.generation = store, event_id, generation
        self.signals = signals

    def run(self) -> None:
        try:
            index = load_index(self.store, self.event_id)
        except CatchDeskError as error:
            self.signals.failed.emit(str(error), self.generation)
            return
        self.signals.loaded.emit(index, self.generation)


def load_index(store: Store, event_id: str, *, prepare: bool = True) -> AttendeeIndex:
    with store.read() as session:
        index = AttendeeIndex.load(session, event_id)
    if prepare:
        index.prepare()
    return index


class AttendeeTableModel(QAbstractTableModel):
    """Attendees of one event as rows; sorting and filtering re-select the ids."""

    index_loaded = Signal()
    """A fresh index is in place (after :meth:`reload`), and the rows were selected again."""
    load_failed = Signal(str)

    def __init__(
        self, store: Store, event_id: str, zone: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.event_id = event_id
        self.zone = zone
        self.show_dates = False
        self.query = TableQuery()
        self.index_data: AttendeeIndex | None = None
        self.ids: list[str] = []
        self._windows: OrderedDict[int, list[AttendeeRow]] = OrderedDict()
        self._generation = 0
        self._signals = _LoaderSignals()
        self._signals.loaded.connect(self._adopt)
        self._signals.failed.connect(self._failed)
        self.loading = False

    # -- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the event again: at once for a usual event, in a worker for a huge one."""
        self._generation += 1
        with self.store.read() as session:
            people = attendee_count(session, self.event_id)
        if people <= SYNC_LIMIT:
            index = load_index(self.store, self.event_id, prepare=False)
            self._adopt(index, self._generation)
            return
        self.loading = True
        work = _LoadIndex(self.store, self.event_id, self._generation, self._signals)
        QThreadPool.globalInstance().start(work)

    def _adopt(self, index: AttendeeIndex, generation: int) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.index_data = index
        self.set_query(self.query)
        self.index_loaded.emit()

    def _failed(self, message: str, generation: int) -> None:
        if generation == self._generation:
            self.loading = False
            self.load_failed.emit(message)

    # -- selecting ----------------------------------------------------------------------------

    def set_query(self, query: TableQuery) -> None:
        """Filter and sort again; the view starts over at the first row."""
        self.beginResetModel()
        self.query = query
        self._windows.clear()
        if self.index_data is None:
            self.ids = []
        else:
            with self.store.read() as session:
                self.ids = matching_ids(session, self.index_data, query)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][0]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self.query.sort, self.query.descending):
            self.set_query(dataclasses.replace(self.query, sort=key, descending=descending))

    # -- reading ------------------------------------------------------------------------------

    def row_at(self, row: int) -> AttendeeRow | None:
        if not 0 <= row < len(self.ids):
            return None
        window = row // WINDOW
        rows = self._windows.get(window)
        if rows is None:
            start = window * WINDOW
            wanted = self.ids[start : start + WINDOW]
            with self.store.read() as session:
                found = {r.id: r for r in load_rows(session, wanted)}
            rows = [found.get(attendee_id) for attendee_id in wanted]  # type: ignore[misc]
            self._windows[window] = rows
            while len(self._windows) > KEPT_WINDOWS:
                self._windows.popitem(last=False)
        else:
            self._windows.move_to_end(window)
        return rows[row - window * WINDOW]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AttendeeTableModel", COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self.ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, STATUS_ROLE):
            return None
        person = self.row_at(index.row())
        if person is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        if role == STATUS_ROLE:
            return person.status
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(STATUS_INK[person.status]) if key is SortKey.STATUS else None
        return self._text(person, key)

    def _text(self, person: AttendeeRow, key: SortKey) -> str:
        if key is SortKey.STATUS:
            return status_label(person.status)
        if key is SortKey.CHECKED_IN_AT:
            if person.checked_in_at is None:
                return ""
            moment = local_time(person.checked_in_at, self.zone)
            return f"{moment:%d/%m %H:%M}" if self.show_dates else f"{moment:%H:%M}"
        if key is SortKey.ROLE:
            label = ROLE_LABELS.get(person.role)
            return QCoreApplication.translate("AttendeeDialog", label) if label else person.role
        if key is SortKey.CODE:
            return format_code(person.code)
        attribute = {
            SortKey.NAME: "last_name",
            SortKey.FIRST_NAME: "first_name",
            SortKey.ORGANISATION: "organisation",
            SortKey.SECTOR: "sector",
            SortKey.EMAIL: "email",
        }[key]
        return str(getattr(person, attribute))
