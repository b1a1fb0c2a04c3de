"""The organiser's attendee list: everyone, sorted and filtered, opened, corrected, merged.

Filters (status, sector, workshop, a search) and the column sort re-select the people in memory
(:mod:`catchdesk.core.attendee_table`), so they answer at once even for a very big event; the
table reads only the rows on screen. A double-click opens the attendee detail dialog the desk
uses; "Merge…" on two rows shows them side by side before folding one into the other
(:mod:`catchdesk.core.merge`). The list is read again when the screen is shown, after a
correction or a merge, and with "Refresh".
"""

from __future__ import annotations

import dataclasses
import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from catchdesk.core.attendee_table import (
    NO_SECTOR,
    StatusFilter,
    WorkshopLink,
    sectors_in_use,
    workshop_choices,
)
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.merge import CertificateOutcome, MergeResult, merge_attendees
from catchdesk.ui.attendee_list_merge import MergeDialog
from catchdesk.ui.attendee_list_model import ID_ROLE, AttendeeTableModel
from catchdesk.ui.context import DeskContext

SEARCH_DELAY_MS = 200
STALE_AFTER_S = 10.0
"""Showing the screen again reads the store again when the list is older than this."""
STATUS_CHOICES: tuple[tuple[StatusFilter, str], ...] = (
    (StatusFilter.ANY, QT_TRANSLATE_NOOP("AttendeeListScreen", "Everyone")),
    (StatusFilter.REGISTERED, QT_TRANSLATE_NOOP("AttendeeListScreen", "Registered")),
    (StatusFilter.CHECKED_IN, QT_TRANSLATE_NOOP("AttendeeListScreen", "Checked in")),
    (StatusFilter.NOT_ARRIVED, QT_TRANSLATE_NOOP("AttendeeListScreen", "Not arrived")),
    (StatusFilter.CANCELLED, QT_TRANSLATE_NOOP("AttendeeListScreen", "Cancelled")),
    (StatusFilter.MERGED, QT_TRANSLATE_NOOP("AttendeeListScreen", "Merged duplicates")),
)
LINK_CHOICES: tuple[tuple[WorkshopLink, str], ...] = (
    (WorkshopLink.EITHER, QT_TRANSLATE_NOOP("AttendeeListScreen", "attended or enrolled")),
    (WorkshopLink.ATTENDED, QT_TRANSLATE_NOOP("AttendeeListScreen", "attended")),
    (WorkshopLink.ENROLLED, QT_TRANSLATE_NOOP("AttendeeListScreen", "enrolled")),
)
ANY = object()
"""The "all sectors" / "all workshops" choice (``None`` would be ambiguous for the sector)."""


def _translated(text: str) -> str:
    return QCoreApplication.translate("AttendeeListScreen", text)


class AttendeeListScreen(QWidget):
    """Every attendee of the event in one table."""

    attendees_changed = Signal()
    """A person was corrected or two were merged."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendeeListScreen")
        self.context = context
        event = context.event()
        self.model = AttendeeTableModel(context.store, event.id, event.timezone, self)
        self.model.show_dates = bool(event.ends_on and event.ends_on != event.starts_on)
        self._loaded_at = 0.0
        self._build()
        self.model.index_loaded.connect(self._on_loaded)
        self.model.load_failed.connect(self._on_failed)
        self.model.modelReset.connect(self._update_count)
        self.reload()

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit(objectName="attendeeSearch")
        self.search.setPlaceholderText(self.tr("Search a name, organisation or e-mail"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.status_filter = QComboBox(objectName="attendeeStatusFilter")
        for status, label in STATUS_CHOICES:
            self.status_filter.addItem(_translated(label), status)
        self.sector_filter = QComboBox(objectName="attendeeSectorFilter")
        self.workshop_filter = QComboBox(objectName="attendeeWorkshopFilter")
        self.workshop_filter.setMaximumWidth(320)
        self.link_filter = QComboBox(objectName="attendeeWorkshopLink")
        for link, label in LINK_CHOICES:
            self.link_filter.addItem(_translated(label), link)
        self._fill_workshops()
        for combo in (
            self.status_filter,
            self.sector_filter,
            self.workshop_filter,
            self.link_filter,
        ):
            combo.currentIndexChanged.connect(self.apply_filters)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.sector_filter)
        filters.addWidget(self.workshop_filter, 1)
        filters.addWidget(self.link_filter)

        self.table = QTableView(objectName="attendeeTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        # Fixed widths, never "resize to contents": that would read every one of 100,000 rows.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = (130, 115, 0, 140, 95, 65, 95, 0, 140)
        for column, width in enumerate(widths):
            if width:
                header.resizeSection(column, width)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda index: self.open_attendee(index.data(ID_ROLE)))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.count_label = QLabel(objectName="attendeeCount")
        self.notice = QLabel(objectName="attendeeNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.open_button = QPushButton(self.tr("Open…"), objectName="attendeeOpen")
        self.merge_button = QPushButton(self.tr("Merge…"), objectName="attendeeMerge")
        self.merge_button.setToolTip(self.tr("Select the two records of one person"))
        self.refresh_button = QPushButton(self.tr("Refresh"), objectName="attendeeRefresh")
        self.open_button.clicked.connect(self.open_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        self.refresh_button.clicked.connect(self.reload)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 1)
        actions.addWidget(self.refresh_button)
        actions.addWidget(self.open_button)
        actions.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notice)
        layout.addLayout(actions)
        self._update_buttons()

    def _fill_workshops(self) -> None:
        with self.context.store.read() as session:
            choices = workshop_choices(session, self.context.event_id)
        current = self.workshop_filter.currentData()
        self.workshop_filter.blockSignals(True)
        self.workshop_filter.clear()
        self.workshop_filter.addItem(self.tr("All workshops"), ANY)
        for workshop_id, title in choices:
            self.workshop_filter.addItem(title, workshop_id)
        found = self.workshop_filter.findData(current)
        self.workshop_filter.setCurrentIndex(max(0, found))
        self.workshop_filter.blockSignals(False)
        self.link_filter.setEnabled(self.workshop_filter.currentData() is not ANY)

    def _fill_sectors(self) -> None:
        if self.model.index_data is None:
            return
        current = self.sector_filter.currentData()
        self.sector_filter.blockSignals(True)
        self.sector_filter.clear()
        self.sector_filter.addItem(self.tr("All sectors"), ANY)
        for sector in sectors_in_use(self.model.index_data):
            self.sector_filter.addItem(sector, sector)
        self.sector_filter.addItem(self.tr("Sector not given"), NO_SECTOR)
        found = self.sector_filter.findData(current) if current is not None else -1
        self.sector_filter.setCurrentIndex(max(0, found))
        self.sector_filter.blockSignals(False)

    # -- loading and filtering ----------------------------------------------------------------

    def reload(self) -> None:
        """Read the event's people again (off the GUI thread when there are very many)."""
        self._loaded_at = time.monotonic()
        self._fill_workshops()
        self.model.reload()
        if self.model.loading:
            self.count_label.setText(self.tr("Loading the attendees…"))

    def _on_loaded(self) -> None:
        self._fill_sectors()
        self.apply_filters()

    def _on_failed(self, message: str) -> None:
        self.count_label.setText(message)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if time.monotonic() - self._loaded_at > STALE_AFTER_S:
            self.reload()

    def apply_filters(self) -> None:
        """Select again with the filters as they are now (the sort is kept)."""
        sector = self.sector_filter.currentData()
        workshop = self.workshop_filter.currentData()
        self.link_filter.setEnabled(workshop is not ANY)
        query = dataclasses.replace(
            self.model.query,
            status=StatusFilter(self.status_filter.currentData() or StatusFilter.ANY),
            sector=None if sector is ANY or sector is None else sector,
            workshop_id=None if workshop is ANY or workshop is None else workshop,
            workshop_link=WorkshopLink(self.link_filter.currentData() or WorkshopLink.EITHER),
            text=self.search.text(),
        )
        if query != self.model.query or self.model.index_data is not None:
            self.model.set_query(query)

    def _update_count(self) -> None:
        if self.model.index_data is None:
            return
        self.count_label.setText(
            self.tr("People shown: {shown} of {total}").format(
                shown=QLocale().toString(len(self.model.ids)),
                total=QLocale().toString(len(self.model.index_data)),
            )
        )
        self._update_buttons()

    # -- acting on rows ------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.ids[row] for row in rows]

    def _update_buttons(self) -> None:
        chosen = len(self.selected_ids())
        self.open_button.setEnabled(chosen == 1)
        self.merge_button.setEnabled(chosen == 2)

    def open_selected(self) -> None:
        chosen = self.selected_ids()
        if len(chosen) == 1:
            self.open_attendee(chosen[0])

    def open_attendee(self, attendee_id: str) -> None:
        """The desk's detail dialog: correct, read the history, reprint the badge."""
        from catchdesk.ui.attendee_dialog import AttendeeDialog

        dialog = AttendeeDialog(self.context, attendee_id, self)
        dialog.attendee_changed.connect(lambda _id: self._after_change())
        dialog.exec()

    def _after_change(self) -> None:
        self.reload()
        self.attendees_changed.emit()

    def merge_selected(self) -> MergeResult | None:
        chosen = self.selected_ids()
        if len(chosen) != 2:
            return None
        title = self.tr("Merge two records")
        try:
            dialog = MergeDialog(self.context, chosen[0], chosen[1], self)
        except CatchDeskError as refused:
            QMessageBox.warning(self, title, str(refused))
            return None
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        survivor = dialog.rows[dialog.survivor_id]
        try:
            with self.context.store.write() as session:
                result = merge_attendees(
                    session, dialog.survivor_id, dialog.other_id, desk=self.context.desk_name
                )
        except CatchDeskError as refused:
            QMessageBox.warning(self, title, str(refused))
            return None
        self._say_merged(result, survivor.full_name)
        self._after_change()
        return result

    def _say_merged(self, result: MergeResult, name: str) -> None:
        moved = self.tr(
            "Merged into {name}. Moved: check-ins {checkins}, bookings {bookings}, enrolments "
            "{enrolments}, badge prints {prints}, codes {codes}."
        ).format(
            name=name,
            checkins=result.checkins,
            bookings=result.other_rows.get("bookings", 0),
            enrolments=result.enrolments,
            prints=result.badge_prints,
            codes=result.external_codes + 1,
        )
        if result.certificate is CertificateOutcome.KEPT_SURVIVORS:
            moved += " " + self.tr(
                "Both had a certificate: {name} keeps their own; the other stays with the "
                "merged record."
            ).format(name=name)
        elif result.certificate is CertificateOutcome.MOVED:
            moved += " " + self.tr("The certificate now belongs to {name}.").format(name=name)
        self.notice.setStyleSheet(
            "QLabel { background: #e3f1e4; color: #1b4d20; border-radius: 6px; padding: 8px; }"
        )
        self.notice.setText("✔ " + moved)
        self.notice.show()
