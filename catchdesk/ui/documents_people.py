"""Picking people for badges and certificates: a checkable list that filters as you type.

It must stay usable with 100,000 attendees, so it is one model and one view (never a widget per
person): the model holds light rows (:class:`~catchdesk.core.document_people.PersonRow`) and
the indices of those that match the filter; ticks are a set of attendee ids, kept when the
filter changes, so the organiser can search "dubois", tick two people, search "martin", tick
one more. Filtering narrows the list word by word over precomputed folded text, a few
milliseconds for 100,000 rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from catchdesk.core.document_people import PersonRow, filter_words, people_rows
from catchdesk.core.store import Store

Index = QModelIndex | QPersistentModelIndex

COL_NAME, COL_ORGANISATION, COL_STATE = range(3)
AttendeeIdRole = Qt.ItemDataRole.UserRole + 1
CodeRole = Qt.ItemDataRole.UserRole + 2
FILTER_DELAY_MS = 120
"""Filter once typing pauses: a 100,000-row filter costs a few ms, but not one per key."""

BADGE_STATE = "badge"
CAME_STATE = "came"
HEADERS = {
    COL_NAME: QT_TRANSLATE_NOOP("PeopleModel", "Name"),
    COL_ORGANISATION: QT_TRANSLATE_NOOP("PeopleModel", "Organisation"),
}
STATE_HEADERS = {
    BADGE_STATE: QT_TRANSLATE_NOOP("PeopleModel", "Badge printed"),
    CAME_STATE: QT_TRANSLATE_NOOP("PeopleModel", "Came"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PeopleModel", text)


@dataclass(frozen=True)
class PeopleList:
    """Everyone of the event, and what the lists need about them, worked out off the GUI thread.

    With 100,000 people even a loop over the rows costs tens of milliseconds, so the indices,
    the counts and the text each row is filtered on are computed once, in the worker that
    loads them; the GUI thread then only hands the lists to the models.
    """

    rows: list[PersonRow] = field(default_factory=list)
    haystacks: list[str] = field(default_factory=list)
    """Per row: folded name, organisation, e-mail and code, what the filter looks in."""
    everyone: list[int] = field(default_factory=list)
    active: list[int] = field(default_factory=list)
    """Rows of people whose registration is not cancelled."""
    index_of: dict[str, int] = field(default_factory=dict)
    ids: frozenset[str] = frozenset()
    active_ids: frozenset[str] = frozenset()
    came: int = 0
    """People not cancelled with a standing entrance check-in."""
    unprinted: int = 0
    """People not cancelled whose badge was never printed."""

    @property
    def count(self) -> int:
        return len(self.rows)


def load_people(store: Store, event_id: str) -> PeopleList:
    """Every attendee with what the pick lists need; for a worker thread."""
    with store.read() as session:
        rows = people_rows(session, event_id)
    active = [i for i, row in enumerate(rows) if not row.cancelled]
    return PeopleList(
        rows=rows,
        haystacks=[f"{row.search} {row.code.lower()}" for row in rows],
        everyone=list(range(len(rows))),
        active=active,
        index_of={row.attendee_id: i for i, row in enumerate(rows)},
        ids=frozenset(row.attendee_id for row in rows),
        active_ids=frozenset(rows[i].attendee_id for i in active),
        came=sum(1 for i in active if rows[i].came),
        unprinted=sum(1 for i in active if not rows[i].badge_printed),
    )


STATE_WORDS = (
    QT_TRANSLATE_NOOP("PeopleModel", "cancelled"),
    QT_TRANSLATE_NOOP("PeopleModel", "yes"),
    QT_TRANSLATE_NOOP("PeopleModel", "came"),
    QT_TRANSLATE_NOOP("PeopleModel", "not checked in"),
)


def state_text(row: PersonRow, state: str) -> str:
    """The third column: whether the badge was printed, or whether the person came."""
    if row.cancelled:
        return _tr("cancelled")
    if state == BADGE_STATE:
        return _tr("yes") if row.badge_printed else ""
    return _tr("came") if row.came else _tr("not checked in")


class PeopleModel(QAbstractTableModel):
    """Every attendee, the ones matching the filter visible, each with a tick box."""

    ticks_changed = Signal(int)
    """How many people are ticked now."""

    def __init__(
        self, state: str, *, active_only: bool = False, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.active_only = active_only
        """List only people whose registration is not cancelled (badges)."""
        self._people = PeopleList()
        self._all: list[int] = []
        self._visible: list[int] = []
        self._words: list[str] = []
        self._only_ticked = False
        self.ticked: set[str] = set()

    # -- content ------------------------------------------------------------------------------

    def set_people(self, people: PeopleList) -> None:
        """New rows (a reload): the filter and the ticks of people still listed are kept."""
        self.beginResetModel()
        self._people = people
        self._all = people.active if self.active_only else people.everyone
        self.ticked &= self._listed_ids
        self._visible = self._matching(self._all, self._words, self._only_ticked)
        self.endResetModel()
        self.ticks_changed.emit(len(self.ticked))

    @property
    def _listed_ids(self) -> frozenset[str]:
        return self._people.active_ids if self.active_only else self._people.ids

    def set_filter(self, text: str, only_ticked: bool = False) -> None:
        words = filter_words(text)
        if words == self._words and only_ticked == self._only_ticked:
            return
        # Typing one more letter only narrows what is shown: filter the shown rows, not all.
        narrower = (
            only_ticked == self._only_ticked
            and len(words) >= len(self._words)
            and all(old in new for new, old in zip(words, self._words, strict=False))
            and not only_ticked
        )
        self.beginResetModel()
        self._visible = self._matching(self._visible if narrower else self._all, words, only_ticked)
        self._words, self._only_ticked = words, only_ticked
        self.endResetModel()

    def _matching(self, start: list[int], words: list[str], only_ticked: bool = False) -> list[int]:
        """Indices of rows matching every word: each word narrows the previous survivors."""
        found = start
        haystacks = self._people.haystacks
        for word in words:
            found = [i for i in found if word in haystacks[i]]
        if only_ticked:
            rows = self._people.rows
            found = [i for i in found if rows[i].attendee_id in self.ticked]
        return found

    def row_at(self, row: int) -> PersonRow | None:
        if 0 <= row < len(self._visible):
            return self._people.rows[self._visible[row]]
        return None

    @property
    def listed(self) -> int:
        """How many people the list holds (before the filter)."""
        return len(self._all)

    def _ticked_rows(self) -> list[PersonRow]:
        """The ticked people in list order (last name first), without walking every row."""
        rows, index_of = self._people.rows, self._people.index_of
        return [rows[i] for i in sorted(index_of[a] for a in self.ticked if a in index_of)]

    def ticked_codes(self) -> list[str]:
        """Codes of the ticked people, in list order (last name first)."""
        return [row.code for row in self._ticked_rows()]

    # -- ticking ------------------------------------------------------------------------------

    def set_ticked(self, attendee_ids: Sequence[str], ticked: bool) -> None:
        if ticked:
            self.ticked |= self._listed_ids.intersection(attendee_ids)
        else:
            self.ticked.difference_update(attendee_ids)
        self._ticks_shown()

    def _ticks_shown(self) -> None:
        if self._visible:
            last = self.index(len(self._visible) - 1, COL_NAME)
            self.dataChanged.emit(self.index(0, COL_NAME), last, [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit(len(self.ticked))

    def tick_visible(self, ticked: bool) -> None:
        """Tick (or untick) everyone the filter shows."""
        if self._visible is self._all and ticked:  # no filter: everyone, as one set copy
            self.ticked = set(self._listed_ids)
            self._ticks_shown()
            return
        rows = self._people.rows
        shown = {rows[i].attendee_id for i in self._visible}
        if ticked:
            self.ticked |= shown
        else:
            self.ticked -= shown
        self._ticks_shown()

    def untick_all(self) -> None:
        self.ticked = set()
        self._ticks_shown()

    def toggle(self, row: int) -> None:
        person = self.row_at(row)
        if person is not None:
            self.set_ticked([person.attendee_id], person.attendee_id not in self.ticked)

    # -- Qt model API ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else 3

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> str | None:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == COL_STATE:
            return _tr(STATE_HEADERS[self.state])
        return _tr(HEADERS[section])

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == COL_NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        person = self.row_at(index.row()) if index.isValid() else None
        if person is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return person.name or person.code
            if column == COL_ORGANISATION:
                return person.organisation
            return state_text(person, self.state)
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_NAME:
            ticked = person.attendee_id in self.ticked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{person.name} — {person.code}" + (f" — {person.email}" if person.email else "")
        if role == AttendeeIdRole:
            return person.attendee_id
        if role == CodeRole:
            return person.code
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        person = self.row_at(index.row()) if index.isValid() else None
        if person is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        state = value.value if isinstance(value, Qt.CheckState) else value
        self.ticked.discard(person.attendee_id)
        if state == Qt.CheckState.Checked.value:
            self.ticked.add(person.attendee_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit(len(self.ticked))
        return True


class PeoplePicker(QWidget):
    """A filter field, the list with tick boxes, and buttons to tick what the filter shows."""

    def __init__(self, model: PeopleModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.filter_input = QLineEdit(objectName="peopleFilter")
        self.filter_input.setPlaceholderText(
            self.tr("Filter by name, organisation, e-mail or code")
        )
        self.filter_input.setClearButtonEnabled(True)
        self.only_ticked = QCheckBox(self.tr("Only ticked"), objectName="peopleOnlyTicked")
        self.view = QTableView(objectName="peopleView")
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        # Fixed row heights: the view never measures 100,000 rows.
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ORGANISATION, QHeaderView.ResizeMode.Stretch)
        # A fixed width from the words it can hold: sizing to contents would ask the model
        # for a thousand rows on every filter, a tenth of a second with 100,000 people.
        words = [model.headerData(COL_STATE, Qt.Orientation.Horizontal)] + [
            _tr(word) for word in STATE_WORDS
        ]
        header.setSectionResizeMode(COL_STATE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(
            COL_STATE, max(self.fontMetrics().horizontalAdvance(str(w)) for w in words) + 24
        )
        self.tick_shown = QPushButton(self.tr("Tick all shown"), objectName="peopleTickShown")
        self.untick_all = QPushButton(self.tr("Untick all"), objectName="peopleUntickAll")
        for button in (self.tick_shown, self.untick_all):
            button.setAutoDefault(False)
        self.count_label = QLabel(objectName="peopleCount")

        top = QHBoxLayout()
        top.addWidget(self.filter_input, 1)
        top.addWidget(self.only_ticked)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.tick_shown)
        bottom.addWidget(self.untick_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.filter_input.textChanged.connect(lambda _text: self._timer.start())
        self.filter_input.returnPressed.connect(self.apply_filter)
        self.only_ticked.toggled.connect(lambda _on: self.apply_filter())
        self.tick_shown.clicked.connect(lambda: model.tick_visible(True))
        self.untick_all.clicked.connect(model.untick_all)
        self.view.activated.connect(lambda index: model.toggle(index.row()))
        model.ticks_changed.connect(lambda _n: self._show_count())
        model.modelReset.connect(self._show_count)
        self._show_count()

    def apply_filter(self) -> None:
        """Filter now (the field waits for a pause in typing; tests and Enter do not)."""
        self._timer.stop()
        self.model.set_filter(self.filter_input.text(), self.only_ticked.isChecked())
        self._show_count()

    def _show_count(self) -> None:
        text = self.tr("%1 ticked · %2 shown of %3")
        self.count_label.setText(
            text.replace("%1", str(len(self.model.ticked)))
            .replace("%2", str(self.model.rowCount()))
            .replace("%3", str(self.model.listed))
        )
