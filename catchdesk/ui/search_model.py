"""Table models of the desk: search results and the last scans (Vorta-style models).

Both hold only what they show: search never returns more than a page of best matches (core
ranks and limits them), so a reset per keystroke stays cheap even on a 100,000-person event.
Column constants and custom roles let tests read them without a window.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from catchdesk.core.timeutil import local_time
from catchdesk.ui.verdict_panel import COLOURS

if TYPE_CHECKING:
    from catchdesk.core.search import SearchHit

Index = QModelIndex | QPersistentModelIndex

COL_NAME, COL_ORGANISATION, COL_EMAIL, COL_CHECKED_IN = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("SearchResultsModel", "Name"),
    QT_TRANSLATE_NOOP("SearchResultsModel", "Organisation"),
    QT_TRANSLATE_NOOP("SearchResultsModel", "E-mail"),
    QT_TRANSLATE_NOOP("SearchResultsModel", "Checked in"),
)
AttendeeIdRole = Qt.ItemDataRole.UserRole + 1
CodeRole = Qt.ItemDataRole.UserRole + 2
CheckedInRole = Qt.ItemDataRole.UserRole + 3
SeverityRole = Qt.ItemDataRole.UserRole + 4


@dataclass(frozen=True)
class ResultRow:
    """One person as the results table shows them (plain values: no session needed)."""

    attendee_id: str
    name: str
    organisation: str
    email: str
    code: str
    checked_in: str
    """Local time of the first check-in (``HH:MM``), or empty."""


def rows_from_hits(
    hits: list[SearchHit], first: dict[str, tuple[dt.datetime, str]], zone: str
) -> list[ResultRow]:
    """Turn core's hits and first check-ins into rows, while the session is still open."""
    rows = []
    for hit in hits:
        person = hit.attendee
        seen = first.get(person.id)
        rows.append(
            ResultRow(
                attendee_id=person.id,
                name=person.full_name,
                organisation=person.organisation,
                email=person.email,
                code=person.code,
                checked_in=local_time(seen[0], zone).strftime("%H:%M") if seen else "",
            )
        )
    return rows


class SearchResultsModel(QAbstractTableModel):
    """The people matching the search text, best first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ResultRow] = []

    def set_rows(self, rows: list[ResultRow]) -> None:
        """Replace every row (a new search)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ResultRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> str | None:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("SearchResultsModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.name, row.organisation, row.email, row.checked_in)[index.column()]
        if role == AttendeeIdRole:
            return row.attendee_id
        if role == CodeRole:
            return row.code
        if role == CheckedInRole:
            return bool(row.checked_in)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.name} — {row.code}"
        return None


@dataclass(frozen=True)
class RecentScan:
    """One line of the last scans: when, who (or what was scanned), which verdict."""

    time: str
    name: str
    word: str
    severity: str
    attendee_id: str | None = None
    """Who it was, when someone was found: double-click opens their details."""


class RecentScansModel(QAbstractListModel):
    """The last scans at this desk, newest first, capped so a long day stays light."""

    LIMIT = 50

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scans: list[RecentScan] = []

    def add(self, scan: RecentScan) -> None:
        """Put the newest scan on top, dropping the oldest beyond :attr:`LIMIT`."""
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._scans.insert(0, scan)
        self.endInsertRows()
        if len(self._scans) > self.LIMIT:
            last = len(self._scans) - 1
            self.beginRemoveRows(QModelIndex(), last, last)
            self._scans.pop()
            self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._scans)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._scans):
            return None
        scan = self._scans[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{scan.time}  {scan.name}  —  {scan.word}"
        if role == SeverityRole:
            return scan.severity
        if role == AttendeeIdRole:
            return scan.attendee_id
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(COLOURS.get(scan.severity, COLOURS["neutral"])[0])
        return None
