"""The statistics screen: the day's figures, live while the doors are open, and their files.

What the organiser watches during the day (DESIGN.md §1): who came against who registered,
the arrivals per quarter hour, each workshop against its capacity, walk-ins, the sectors and
needs of those who came (what the regional plan wants to map), and coaching use. The figures
come from :func:`catchdesk.core.reports.live_figures`, computed in a background job: on a
100,000-attendee store that takes a few hundred milliseconds, which the window must never
wait for. The screen refreshes every :data:`REFRESH_MS` while it is visible (never while
hidden) and waits longer between refreshes when computing is slow, so it never takes more than
a fifth of one processor. Applying new figures to the widgets is what the GUI thread pays; it
is timed (:attr:`StatisticsScreen.last_apply_ms`) and stays in single milliseconds.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from catchdesk.core.reports import NOT_GIVEN, Figures
from catchdesk.core.timeutil import local_time
from catchdesk.ui import statistics_files as files
from catchdesk.ui.context import DeskContext
from catchdesk.ui.job_worker import BackgroundJob, error_text
from catchdesk.ui.statistics_actions import StatisticsFiles
from catchdesk.ui.statistics_charts import ArrivalsChart, TallyChart
from catchdesk.ui.statistics_coaching import CoachTable, TopicTable, waiting_count
from catchdesk.ui.statistics_widgets import BigNumber, WorkshopTable

log = logging.getLogger(__name__)

REFRESH_MS = 5_000
"""How often the figures are recomputed while the screen is shown."""
MAX_LOAD = 0.2
"""Share of the time the refresh job may compute: a slow store spaces refreshes out."""
TOP_ANSWERS = 8
"""Sectors and needs: the most frequent answers get a bar, plus "not given"."""


class StatisticsScreen(QWidget):
    """Live figures with charts, and buttons that save them as files or print the summary."""

    figures_shown = Signal()
    """New figures are on screen (after each refresh); tests wait for it."""
    file_saved = Signal(str)
    """A file was written (its path): an export or the summary."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsScreen")
        self.context = context
        self.figures: Figures | None = None
        self.last_apply_ms = 0.0
        """GUI-thread time spent putting the last figures on screen."""
        self.last_compute_ms = 0.0
        """Worker time the last figures took to compute."""
        self.files = StatisticsFiles(context, self)
        """The buttons' actions; tests replace its dialogs."""
        self._refresh_job: BackgroundJob | None = None
        self._refresh_again = False
        self._refresh_started = 0.0

        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop_jobs)

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel(self.tr("Statistics"), self)
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.8)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.updated = QLabel(self.tr("Counting…"), self)
        self.updated.setObjectName("statisticsUpdated")
        self.updated.setStyleSheet("color: #4b5563;")
        self.updated.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.checked_in = BigNumber(self.tr("Checked in"), "checkedInNumber", self)
        self.walk_ins = BigNumber(self.tr("Walk-ins"), "walkInsNumber", self)
        self.coaching = BigNumber(self.tr("Coaching sessions"), "coachingNumber", self)
        self.peak = BigNumber(self.tr("Busiest quarter hour"), "peakNumber", self)

        self.arrivals_chart = ArrivalsChart(self)
        self.workshop_table = WorkshopTable(self)
        self.coach_table = CoachTable(self)
        self.topic_table = TopicTable(self)
        self.rooms_and_coaching = QTabWidget(self)
        self.rooms_and_coaching.setObjectName("roomsAndCoaching")
        self.rooms_and_coaching.addTab(self.workshop_table, self.tr("Attended / capacity"))
        self.rooms_and_coaching.addTab(self.coach_table, self.tr("Coaching per coach"))
        self.rooms_and_coaching.addTab(self.topic_table, self.tr("Coaching per topic"))
        self.sectors_chart = TallyChart(self)
        self.sectors_chart.setObjectName("sectorsChart")
        self.needs_chart = TallyChart(self)
        self.needs_chart.setObjectName("needsChart")

        self.export_figures_button = QPushButton(self.tr("Export &figures…"), self)
        self.export_figures_button.setObjectName("exportFiguresButton")
        self.export_figures_button.setToolTip(
            self.tr("Save these figures as an Excel workbook or a CSV file")
        )
        self.export_attendees_button = QPushButton(self.tr("Export &attendee list…"), self)
        self.export_attendees_button.setObjectName("exportAttendeesButton")
        self.export_attendees_button.setToolTip(
            self.tr("Everyone with their arrival, desk and workshops, for a spreadsheet")
        )
        self.summary_button = QPushButton(self.tr("&Save summary (PDF)…"), self)
        self.summary_button.setObjectName("summaryButton")
        self.summary_button.setToolTip(self.tr("The one-page summary of the day, as a PDF file"))
        self.print_button = QPushButton(self.tr("&Print summary…"), self)
        self.print_button.setObjectName("printSummaryButton")
        self.print_button.setToolTip(self.tr("Print the one-page summary on paper"))
        for button in self._buttons():
            button.setMinimumHeight(36)
        self.export_figures_button.clicked.connect(self.files.export_figures)
        self.export_attendees_button.clicked.connect(self.files.export_attendees)
        self.summary_button.clicked.connect(self.files.save_summary)
        self.print_button.clicked.connect(self.files.print_summary)
        self.message = QLabel("", self)
        self.message.setObjectName("statisticsMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.files.message_changed.connect(self.message.setText)
        self.files.file_saved.connect(self.file_saved)
        self.files.busy_changed.connect(self._set_busy)

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.updated)
        numbers = QHBoxLayout()
        numbers.setSpacing(12)
        for tile in (self.checked_in, self.walk_ins, self.coaching, self.peak):
            numbers.addWidget(tile, 1)
        grid = QGridLayout()
        grid.setSpacing(12)
        for row, column, title, widget in (
            (0, 0, self.tr("Arrivals per quarter hour"), self.arrivals_chart),
            (0, 1, self.tr("Workshops and coaching"), self.rooms_and_coaching),
            (1, 0, self.tr("Sectors of those who came"), self.sectors_chart),
            (1, 1, self.tr("Needs of those who came"), self.needs_chart),
        ):
            grid.addLayout(self._titled(title, widget), row, column)
        grid.setColumnStretch(0, 4)
        grid.setColumnStretch(1, 5)  # workshop titles are long: the table gets the wider half
        grid.setRowStretch(0, 5)
        grid.setRowStretch(1, 4)
        actions = QHBoxLayout()
        actions.addWidget(self.message, 1)
        for button in self._buttons():
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addLayout(numbers)
        layout.addLayout(grid, 1)
        layout.addLayout(actions)

    def _titled(self, title: str, widget: QWidget) -> QVBoxLayout:
        label = QLabel(title, self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        label.setFont(font)
        label.setBuddy(widget)
        box = QVBoxLayout()
        box.setSpacing(4)
        box.addWidget(label)
        box.addWidget(widget, 1)
        return box

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.export_figures_button,
            self.export_attendees_button,
            self.summary_button,
            self.print_button,
        )

    # -- refreshing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute the figures in the background; one computation at a time."""
        self._timer.stop()
        if self._refresh_job is not None:
            self._refresh_again = True
            return
        context = self.context
        job = BackgroundJob(lambda _control: files.compute_figures(context), self)
        job.succeeded.connect(self.show_figures)
        job.failed.connect(self._refresh_failed)
        job.finished.connect(self._refresh_finished)
        self._refresh_job = job
        self._refresh_started = time.perf_counter()
        job.start()

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """Wait for a running refresh (tests, shutdown) and deliver its figures."""
        job = self._refresh_job
        if job is None:
            return True
        finished = job.wait(msecs)
        QCoreApplication.sendPostedEvents()
        QApplication.processEvents()
        return finished

    def show_figures(self, figures: Figures) -> None:
        """Put ``figures`` on screen (GUI thread; timed in :attr:`last_apply_ms`)."""
        started = time.perf_counter()
        self.figures = figures
        locale = QLocale()
        rate = round(figures.attendance_rate * 100)
        self.checked_in.show_value(
            locale.toString(figures.checked_in),
            self.tr("of %1 registered (%2 %)")
            .replace("%1", locale.toString(figures.registered))
            .replace("%2", str(rate)),
        )
        self.walk_ins.show_value(
            locale.toString(figures.walk_ins), self.tr("registered at the desk")
        )
        use = figures.coaching_use
        self.coaching.show_value(
            locale.toString(use.booked),
            self.tr("%1 held · %2 no-shows · %3 waiting")
            .replace("%1", locale.toString(use.held))
            .replace("%2", locale.toString(use.no_shows))
            .replace("%3", locale.toString(waiting_count(figures.coaching))),
        )
        self.coach_table.show_figures(figures.coaching)
        self.topic_table.show_figures(figures.coaching)
        peak = figures.peak
        if peak is None or not peak.count:
            self.peak.show_value("—", self.tr("nobody has arrived yet"))
        else:
            self.peak.show_value(
                f"{peak.starts_at:%H:%M}",
                self.tr("1 arrival")
                if peak.count == 1
                else self.tr("%1 arrivals").replace("%1", locale.toString(peak.count)),
            )
        self.arrivals_chart.show_arrivals(figures.arrivals)
        self.workshop_table.show_workshops(figures.workshops)
        for chart, tallies in (
            (self.sectors_chart, figures.sectors),
            (self.needs_chart, figures.needs),
        ):
            rows = self._answers(tallies)
            chart.show_tallies(rows, unanswered_last=bool(tallies) and not tallies[-1].label)
        moment = local_time(figures.computed_at, figures.timezone)
        self.updated.setText(self.tr("Updated at %1").replace("%1", f"{moment:%H:%M:%S}"))
        self.last_apply_ms = (time.perf_counter() - started) * 1000
        log.debug(
            "statistics: computed in %.0f ms, shown in %.1f ms",
            self.last_compute_ms,
            self.last_apply_ms,
        )
        self.figures_shown.emit()

    def _answers(self, tallies: Any) -> list[tuple[str, int]]:
        given = [(t.label, t.count) for t in tallies if t.label != NOT_GIVEN][:TOP_ANSWERS]
        missing = [(self.tr("Not given"), t.count) for t in tallies if t.label == NOT_GIVEN]
        return given + missing

    def _refresh_failed(self, error: BaseException) -> None:
        self.updated.setText(self.tr("Figures unavailable: %1").replace("%1", error_text(error)))

    def _refresh_finished(self) -> None:
        elapsed_ms = (time.perf_counter() - self._refresh_started) * 1000
        self.last_compute_ms = elapsed_ms
        job, self._refresh_job = self._refresh_job, None
        if job is not None:
            job.deleteLater()
        if self._refresh_again:
            self._refresh_again = False
            self.refresh()
        elif self.isVisible():
            self._timer.start(max(REFRESH_MS, round(elapsed_ms / MAX_LOAD)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_jobs()
        super().closeEvent(event)

    def stop_jobs(self) -> None:
        """Stop the timer and every job, waiting for them: the window is going away."""
        self._timer.stop()
        if self._refresh_job is not None and self._refresh_job.is_running():
            self._refresh_job.stop()
        self.files.stop_jobs()

    def _set_busy(self, busy: bool) -> None:
        for button in self._buttons():
            button.setEnabled(not busy)
