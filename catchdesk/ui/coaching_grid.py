"""The coaching day grid: coaches as columns, slot start times as rows, one cell per slot.

A model over the engine's :class:`~catchdesk.core.coaching.grid.DayGrid` (Vorta-style: custom
roles, a reset only when the shape changes, ``dataChanged`` for the cells that did), painted by
one delegate instead of a widget per slot, so a day of 2,000 slots scrolls like a small one.
Each cell says its state in a word and in colour, with the coach's colour as a stripe on the
left; the header shows each coach's colour band, name and table.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from catchdesk.core.coaching.coaches import CoachInfo
from catchdesk.core.coaching.grid import DayGrid, GridCell
from catchdesk.core.coaching.messages import language_name
from catchdesk.ui.coaching_states import (
    NO_SLOT,
    clock_text,
    span_text,
    state_colours,
    state_word,
)

Index = QModelIndex | QPersistentModelIndex

StateRole = Qt.ItemDataRole.UserRole + 1
"""The slot's state (``free``, ``booked``…; ``""`` where the coach has no slot)."""
SlotIdRole = Qt.ItemDataRole.UserRole + 2
BookingIdRole = Qt.ItemDataRole.UserRole + 3
AttendeeIdRole = Qt.ItemDataRole.UserRole + 4
CoachIdRole = Qt.ItemDataRole.UserRole + 5
CoachColourRole = Qt.ItemDataRole.UserRole + 6
CellRole = Qt.ItemDataRole.UserRole + 7
PlaceRole = Qt.ItemDataRole.UserRole + 8

ROW_HEIGHT = 46
COLUMN_MIN_WIDTH = 80


class DayGridModel(QAbstractTableModel):
    """The day grid as a table: ``cell_at(row, column)`` is the slot there, or None."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = "UTC"
        self.language: str | None = None
        """The language of coach tooltips' language names (the screen's)."""
        self._times: tuple[dt.datetime, ...] = ()
        self._coaches: tuple[CoachInfo, ...] = ()
        self._cells: dict[tuple[int, int], GridCell] = {}

    # -- filling -----------------------------------------------------------------------------

    def set_grid(self, grid: DayGrid, zone: str) -> None:
        """Show ``grid``; only the cells that changed are repainted when the shape holds."""
        coaches = tuple(column.coach for column in grid.columns)
        cells = self._index(grid)
        if grid.times == self._times and [c.id for c in coaches] == [c.id for c in self._coaches]:
            old, self._cells = self._cells, cells
            if coaches != self._coaches:
                self._coaches = coaches
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(coaches) - 1)
            for key in old.keys() | cells.keys():
                if old.get(key) != cells.get(key):
                    changed = self.index(*key)
                    self.dataChanged.emit(changed, changed)
            return
        self.beginResetModel()
        self.zone = zone
        self._times = grid.times
        self._coaches = coaches
        self._cells = cells
        self.endResetModel()

    @staticmethod
    def _index(grid: DayGrid) -> dict[tuple[int, int], GridCell]:
        rows = {moment: row for row, moment in enumerate(grid.times)}
        return {
            (rows[cell.starts_at], column): cell
            for column, coach_column in enumerate(grid.columns)
            for cell in coach_column.cells
        }

    # -- reading -----------------------------------------------------------------------------

    def cell_at(self, row: int, column: int) -> GridCell | None:
        return self._cells.get((row, column))

    def coach_at(self, column: int) -> CoachInfo | None:
        return self._coaches[column] if 0 <= column < len(self._coaches) else None

    def find_slot(self, slot_id: str) -> QModelIndex:
        """The index of a slot (to select it again after a refresh); invalid if not shown."""
        for (row, column), cell in self._cells.items():
            if cell.slot_id == slot_id:
                return self.index(row, column)
        return QModelIndex()

    def find_booking(self, booking_id: str) -> QModelIndex:
        for (row, column), cell in self._cells.items():
            if cell.booking_id == booking_id:
                return self.index(row, column)
        return QModelIndex()

    def cells(self) -> list[GridCell]:
        return list(self._cells.values())

    def coaches(self) -> tuple[CoachInfo, ...]:
        return self._coaches

    # -- Qt API ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._times)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._coaches)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and (index.row(), index.column()) in self._cells:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.NoItemFlags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._times):
                return clock_text(self._times[section], self.zone)
            return None
        coach = self.coach_at(section)
        if coach is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return coach.name
        if role == PlaceRole:
            return coach.place
        if role == CoachColourRole:
            return QColor(coach.colour)
        if role == CoachIdRole:
            return coach.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return coach_tooltip(coach, self.language)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        cell = self._cells.get((index.row(), index.column()))
        if role == StateRole:
            return cell.state.value if cell is not None else NO_SLOT
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.attendee_name or state_word(cell.state.value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(cell, index.column())
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            background, text = state_colours(cell.state.value)
            return QColor(background if role == Qt.ItemDataRole.BackgroundRole else text)
        return {
            SlotIdRole: cell.slot_id,
            BookingIdRole: cell.booking_id,
            AttendeeIdRole: cell.attendee_id,
            CoachIdRole: cell.coach_id,
            CellRole: cell,
            CoachColourRole: QColor(self._coaches[index.column()].colour),
        }.get(role)

    def _tooltip(self, cell: GridCell, column: int) -> str:
        coach = self._coaches[column]
        lines = [
            f"{span_text(cell.starts_at, cell.ends_at, self.zone)} · {coach.name}",
            state_word(cell.state.value),
        ]
        if cell.attendee_name:
            lines.append(cell.attendee_name)
        if cell.topic:
            lines.append(cell.topic)
        if cell.note:
            lines.append(cell.note)
        return "\n".join(lines)


def coach_tooltip(coach: CoachInfo, language: str | None) -> str:
    """Who the coach is, where they sit, what they cover and speak (for a header tooltip)."""
    languages = ", ".join(language_name(code, language) for code in coach.languages)
    lines = [coach.name]
    if coach.organisation:
        lines.append(coach.organisation)
    if coach.place:
        lines.append(
            QCoreApplication.translate("CoachingGrid", "Place: %1").replace("%1", coach.place)
        )
    if coach.topics:
        lines.append(
            QCoreApplication.translate("CoachingGrid", "Topics: %1").replace(
                "%1", ", ".join(coach.topics)
            )
        )
    if languages:
        lines.append(
            QCoreApplication.translate("CoachingGrid", "Languages: %1").replace("%1", languages)
        )
    return "\n".join(lines)


class SlotDelegate(QStyledItemDelegate):
    """Paints a slot: its state's colour, the coach's stripe, the state word and the name."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        state = index.data(StateRole)
        rect = QRect(option.rect)  # type: ignore[attr-defined]
        painter.save()
        painter.fillRect(rect, QColor("#ffffff"))
        if not state:
            painter.restore()
            return
        background, text = state_colours(state)
        box = rect.adjusted(2, 2, -2, -2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(box, 4, 4)
        stripe = index.data(CoachColourRole)
        if isinstance(stripe, QColor):
            painter.fillRect(QRect(box.left(), box.top(), 4, box.height()), stripe)
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("#0b57d0"), 3))
            painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 4, 4)
        inner = box.adjusted(9, 3, -5, -3)
        base = QFont(option.font)  # type: ignore[attr-defined]
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.82))
        small.setBold(True)
        painter.setPen(QColor(text))
        painter.setFont(small)
        word = state_word(state)
        top = QRect(inner.left(), inner.top(), inner.width(), inner.height() // 2)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, word)
        name = index.data(Qt.ItemDataRole.DisplayRole)
        if name and name != word:
            painter.setFont(base)
            bottom = QRect(inner.left(), top.bottom(), inner.width(), inner.height() - top.height())
            elided = QFontMetrics(base).elidedText(
                str(name), Qt.TextElideMode.ElideRight, bottom.width()
            )
            painter.drawText(
                bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided
            )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(COLUMN_MIN_WIDTH, ROW_HEIGHT)


class CoachHeader(QHeaderView):
    """Column headers with the coach's colour band, name and place."""

    BAND = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        lines = QFontMetrics(self.font()).height() * 2
        return QSize(hint.width(), lines + self.BAND + 12)

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:
        model = self.model()
        if model is None or not rect.isValid():
            return
        painter.save()
        painter.fillRect(rect, QColor("#f6f8fa"))
        colour = model.headerData(logical_index, Qt.Orientation.Horizontal, CoachColourRole)
        if isinstance(colour, QColor):
            painter.fillRect(QRect(rect.left(), rect.top(), rect.width(), self.BAND), colour)
        painter.setPen(QColor("#d0d7de"))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        text_rect = rect.adjusted(6, self.BAND + 3, -4, -3)
        half = text_rect.height() // 2
        bold = QFont(self.font())
        bold.setBold(True)
        name = str(model.headerData(logical_index, Qt.Orientation.Horizontal) or "")
        place = str(model.headerData(logical_index, Qt.Orientation.Horizontal, PlaceRole) or "")
        painter.setPen(QColor("#1f2328"))
        painter.setFont(bold)
        top = QRect(text_rect.left(), text_rect.top(), text_rect.width(), half)
        painter.drawText(
            top,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(name, Qt.TextElideMode.ElideRight, top.width()),
        )
        painter.setFont(self.font())
        painter.setPen(QColor("#4b5563"))
        bottom = QRect(text_rect.left(), top.bottom(), text_rect.width(), half)
        painter.drawText(
            bottom,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(self.font()).elidedText(
                place, Qt.TextElideMode.ElideRight, bottom.width()
            ),
        )
        painter.restore()


def grid_view(model: DayGridModel, parent: QWidget | None = None) -> QTableView:
    """The table showing ``model``: one cell selected at a time, columns sharing the width."""
    view = QTableView(parent)
    view.setObjectName("coachingGrid")
    view.setModel(model)
    view.setHorizontalHeader(CoachHeader(view))
    view.setItemDelegate(SlotDelegate(view))
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setMouseTracking(True)
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
    )
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(COLUMN_MIN_WIDTH)
    view.setAccessibleName(QCoreApplication.translate("CoachingGrid", "Coaching slots of the day"))
    return view
