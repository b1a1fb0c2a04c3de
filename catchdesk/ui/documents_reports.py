"""Who was left out and why, who was sent what: the tables under the certificate actions.

The core gives reasons as stable values (:class:`~catchdesk.core.certificates.LeftOutReason`,
the send statuses of :mod:`catchdesk.core.mailing`); the words shown here are translated, so a
French organiser reads "jamais enregistré·e", not the command line's English. What a mail
server answered is shown as it came: it is the server's own text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from catchdesk.core.certificates import LeftOut, LeftOutReason
from catchdesk.core.mailing import (
    ALREADY_SENT,
    DRY_RUN,
    FAILED,
    NO_EMAIL,
    SENT,
    SKIPPED,
    SendOutcome,
)

Index = QModelIndex | QPersistentModelIndex

REASONS: dict[str, str] = {
    LeftOutReason.NOT_CHECKED_IN.value: QT_TRANSLATE_NOOP("DocumentReports", "never checked in"),
    LeftOutReason.CHECKIN_UNDONE.value: QT_TRANSLATE_NOOP("DocumentReports", "check-in was undone"),
    LeftOutReason.CANCELLED.value: QT_TRANSLATE_NOOP("DocumentReports", "registration cancelled"),
    LeftOutReason.UNKNOWN_CODE.value: QT_TRANSLATE_NOOP(
        "DocumentReports", "no attendee has this code"
    ),
}
# The core's English reasons as the mail report carries them, to their translated words.
_REASONS_BY_MESSAGE = {
    "never checked in": REASONS[LeftOutReason.NOT_CHECKED_IN.value],
    "check-in was undone": REASONS[LeftOutReason.CHECKIN_UNDONE.value],
    "registration cancelled": REASONS[LeftOutReason.CANCELLED.value],
    "no attendee has this code": REASONS[LeftOutReason.UNKNOWN_CODE.value],
    NO_EMAIL: QT_TRANSLATE_NOOP("DocumentReports", "no e-mail address"),
}
STATUSES: dict[str, str] = {
    SENT: QT_TRANSLATE_NOOP("DocumentReports", "sent"),
    FAILED: QT_TRANSLATE_NOOP("DocumentReports", "failed"),
    ALREADY_SENT: QT_TRANSLATE_NOOP("DocumentReports", "already sent"),
    SKIPPED: QT_TRANSLATE_NOOP("DocumentReports", "left out"),
    DRY_RUN: QT_TRANSLATE_NOOP("DocumentReports", "written as a file"),
}
OUTCOME_COLUMN = 2
HEADERS = (
    QT_TRANSLATE_NOOP("DocumentReports", "Name"),
    QT_TRANSLATE_NOOP("DocumentReports", "Code or e-mail"),
    QT_TRANSLATE_NOOP("DocumentReports", "Outcome"),
    QT_TRANSLATE_NOOP("DocumentReports", "Why"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentReports", text)


def reason_text(reason: str) -> str:
    """A left-out reason (its value or the core's English words) in the interface language."""
    source = REASONS.get(reason) or _REASONS_BY_MESSAGE.get(reason)
    return _tr(source) if source else reason


def reason_summary(left_out: Sequence[LeftOut]) -> str:
    """``12 never checked in, 2 registration cancelled`` (most frequent first)."""
    counts = Counter(item.reason.value for item in left_out)
    return ", ".join(f"{n} {reason_text(reason)}" for reason, n in counts.most_common())


@dataclass(frozen=True)
class ReportRow:
    name: str
    where: str
    outcome: str
    why: str
    severity: str
    """``ok``, ``warning`` or ``error``: the row's colour."""


def left_out_rows(left_out: Sequence[LeftOut]) -> list[ReportRow]:
    return [
        ReportRow(item.name, item.code, _tr("left out"), reason_text(item.reason.value), "warning")
        for item in left_out
    ]


def outcome_rows(outcomes: Sequence[SendOutcome]) -> list[ReportRow]:
    """Every person the e-mail run handled, failures first, then those left out."""
    order = {FAILED: 0, SKIPPED: 1, SENT: 2, DRY_RUN: 2, ALREADY_SENT: 3}
    severity = {FAILED: "error", SKIPPED: "warning"}
    rows = []
    for outcome in sorted(outcomes, key=lambda o: order.get(o.status, 4)):
        detail = reason_text(outcome.detail) if outcome.status == SKIPPED else outcome.detail
        if outcome.status in (SENT, ALREADY_SENT, DRY_RUN):
            detail = outcome.serial or detail
        rows.append(
            ReportRow(
                outcome.name,
                outcome.email or outcome.code,
                _tr(STATUSES.get(outcome.status, outcome.status)),
                detail,
                severity.get(outcome.status, "ok"),
            )
        )
    return rows


ROW_COLOURS = {"error": "#8a1c14", "warning": "#6b4b00"}


class ReportModel(QAbstractTableModel):
    """Rows of a report: name, code or address, outcome, reason (read-only)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ReportRow] = []

    def set_rows(self, rows: list[ReportRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> str | None:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (row.name, row.where, row.outcome, row.why)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == OUTCOME_COLUMN:
            colour = ROW_COLOURS.get(row.severity)
            return QColor(colour) if colour else None
        return None


def report_view(model: ReportModel, object_name: str, parent: QWidget | None = None) -> QTableView:
    """A compact read-only table for a report."""
    view = QTableView(parent)
    view.setObjectName(object_name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view
