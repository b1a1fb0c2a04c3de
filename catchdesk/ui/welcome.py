"""The first run: a store with no event yet, and the ways into CatchDesk from there.

Instead of an error, the person sees what they can do: create their event, open the demo
event to try things safely, or create the event and import the registration export at once.
The ways in are one list, :data:`WAYS_IN`; a later way (joining an event prepared on another
machine) is one more :class:`WayIn` and one method, nothing else changes. Every way ends in
:meth:`WelcomeWindow.enter` with the id of the event, and the caller opens the main window
on it (:func:`catchdesk.app.run_gui`).

The event form (:mod:`catchdesk.ui.welcome_form`) is a page of the same window, not a second
dialog: one calm place, Back to return. The demo is built in a worker thread with a progress
bar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QLabel,
    QProgressBar,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from catchdesk import APP_NAME
from catchdesk.core.demo import (
    DEFAULT_SEED,
    create_demo_event,
    find_demo_event,
    summarise_demo_event,
)
from catchdesk.core.store import Store
from catchdesk.ui.context import DeskContext
from catchdesk.ui.import_wizard_widgets import Notice
from catchdesk.ui.job_worker import BackgroundJob, JobControl, error_text
from catchdesk.ui.settings import Settings
from catchdesk.ui.welcome_form import EventForm

WAY_STYLE = (
    "QCommandLinkButton { border: 1px solid #c3c8cf; border-radius: 8px; background: #fbfcfd;"
    " padding: 14px; }"
    " QCommandLinkButton:hover, QCommandLinkButton:focus { border: 2px solid #1a5fb4; }"
)
"""Each way in is a clearly bounded card, and the one under the mouse or the keyboard shows it."""


@dataclass(frozen=True)
class WayIn:
    """One way into CatchDesk from an empty store: a large button on the welcome."""

    key: str
    """Names the button (``welcome_<key>``) for tests and the screenshot tool."""
    title: str
    description: str
    icon: QStyle.StandardPixmap
    start: Callable[[WelcomeWindow], None]
    """What the button does; it ends, now or later, with :meth:`WelcomeWindow.enter`."""


class WelcomeWindow(QDialog):
    """The first-run window; :meth:`choose` runs it and returns the event to open, or None."""

    event_chosen = Signal(str)
    """An event now exists and the person wants to work on it; carries its id."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        parent: QWidget | None = None,
        ways: tuple[WayIn, ...] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeWindow")
        self.setWindowTitle(self.tr("Welcome to %1").replace("%1", APP_NAME))
        self.store = store
        self.settings = settings
        self.event_id: str | None = None
        self._import_after = False
        self._job: BackgroundJob | None = None
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.setFont(font)

        self.pages = QStackedWidget()
        self.buttons: dict[str, QCommandLinkButton] = {}
        self.pages.addWidget(self._choices_page(ways if ways is not None else WAYS_IN))
        self.form = EventForm(store, self)
        self.form.event_created.connect(self._event_created)
        self.form.back_requested.connect(self.show_choices)
        self.pages.addWidget(self.form)
        self.store_label = QLabel(
            self.tr("Data folder: {place}").format(place=store.describe()),
            objectName="welcomeStore",
        )
        self.store_label.setStyleSheet("color: #4d5156;")
        self.store_label.setWordWrap(True)
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.75)
        self.store_label.setFont(small)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 20)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.store_label)
        self.resize(QSize(820, 480))

    # -- the choices ------------------------------------------------------------------------

    def _choices_page(self, ways: tuple[WayIn, ...]) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Welcome to %1").replace("%1", APP_NAME), objectName="welcomeTitle")
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.8)
        title_font.setBold(True)
        title.setFont(title_font)
        intro = QLabel(
            self.tr("No event is prepared on this computer yet. How would you like to start?"),
            objectName="welcomeIntro",
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(10)
        for way in ways:
            button = QCommandLinkButton(
                QCoreApplication.translate("Welcome", way.title),
                QCoreApplication.translate("Welcome", way.description),
            )
            button.setObjectName(f"welcome_{way.key}")
            button.setIcon(self.style().standardIcon(way.icon))
            button.setIconSize(QSize(32, 32))
            button.setFont(self.font())
            button.setStyleSheet(WAY_STYLE)
            button.clicked.connect(lambda _checked=False, way=way: way.start(self))
            self.buttons[way.key] = button
            layout.addWidget(button)
        self.progress_label = QLabel(objectName="welcomeProgressLabel")
        self.progress = QProgressBar(objectName="welcomeProgress")
        self.progress.setTextVisible(False)
        self.progress_label.hide()
        self.progress.hide()
        self.choices_notice = Notice("welcomeMessage")
        layout.addSpacing(6)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.choices_notice)
        layout.addStretch(1)
        return page

    def _set_busy(self, busy: bool, text: str = "") -> None:
        for button in self.buttons.values():
            button.setEnabled(not busy)
        self.progress_label.setText(text)
        self.progress_label.setVisible(busy)
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)

    # -- the event form ---------------------------------------------------------------------

    def show_event_form(self, *, import_after: bool = False) -> None:
        """The short form: name, date, venue, time zone; then, if asked, the import wizard."""
        self._import_after = import_after
        self.form.prepare(import_after=import_after)
        self.pages.setCurrentIndex(1)
        self.form.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_choices(self) -> None:
        self.pages.setCurrentIndex(0)

    def _event_created(self, event_id: str) -> None:
        if self._import_after:
            self.import_into(event_id)
        self.enter(event_id)

    def import_into(self, event_id: str) -> bool:
        """The import wizard on the new event; the event stays even if nothing is imported."""
        from catchdesk.ui import import_wizard

        context = DeskContext(store=self.store, event_id=event_id, settings=self.settings)
        return import_wizard.open_import_wizard(context, self)

    # -- the demo ---------------------------------------------------------------------------

    def open_demo(self) -> None:
        """Create (or reuse) the demo event in the background, then enter it."""
        if self._job is not None:
            return
        store = self.store

        def work(control: JobControl) -> str:
            with store.write() as session:
                existing = find_demo_event(session, DEFAULT_SEED)
                if existing is not None:
                    return summarise_demo_event(session, existing).event_id
                summary = create_demo_event(session, day=dt.date.today(), progress=control.progress)
                return summary.event_id

        self.choices_notice.clear_notice()
        self._set_busy(True, self.tr("Preparing the demo event: 900 people, workshops, coaches…"))
        job = BackgroundJob(work, self)
        job.progressed.connect(self._demo_progressed)
        job.succeeded.connect(self._demo_ready)
        job.failed.connect(self._demo_failed)
        self._job = job
        job.start()

    def _demo_progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _demo_ready(self, event_id: str) -> None:
        self._job = None
        self._set_busy(False)
        self.enter(event_id)

    def _demo_failed(self, error: BaseException) -> None:
        self._job = None
        self._set_busy(False)
        self.choices_notice.say(
            self.tr("The demo event could not be prepared. {reason}").format(
                reason=error_text(error)
            ),
            "error",
        )

    # -- joining from another machine -------------------------------------------------------

    def show_join_form(self) -> None:
        """Join an event published on the hub or exported as a join bundle by another desk."""
        from catchdesk.ui.welcome_join import JoinForm

        form = self.findChild(JoinForm)
        if form is None:
            form = JoinForm(self.store, self.settings, self)
            form.joined.connect(self.enter)
            form.back_requested.connect(self.show_choices)
            self.finished.connect(form.stop)
            self.pages.addWidget(form)
        self.pages.setCurrentWidget(form)
        form.source.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- leaving ----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._job is not None

    def enter(self, event_id: str) -> None:
        """The event exists: close the welcome and let the caller open it."""
        self.event_id = event_id
        self.event_chosen.emit(event_id)
        self.accept()

    def reject(self) -> None:
        """Closing while the demo is being written waits for it (it cannot stop half-way),
        then closes: the person chose to leave, not to open the demo."""
        if self._job is not None:
            self._job.succeeded.disconnect(self._demo_ready)
            self._job.stop()
            self._job = None
        super().reject()

    def choose(self) -> str | None:
        """Show the welcome until the person picks a way in; the event id, or None."""
        self.exec()
        return self.event_id


WAYS_IN: tuple[WayIn, ...] = (
    WayIn(
        "create",
        QT_TRANSLATE_NOOP("Welcome", "Create an event"),
        QT_TRANSLATE_NOOP(
            "Welcome", "A name, a date and a venue: the event's keys are created with it."
        ),
        QStyle.StandardPixmap.SP_FileDialogNewFolder,
        lambda welcome: welcome.show_event_form(import_after=False),
    ),
    WayIn(
        "demo",
        QT_TRANSLATE_NOOP("Welcome", "Open the demo event"),
        QT_TRANSLATE_NOOP(
            "Welcome",
            "900 fictitious participants, workshops and coaches, to try everything safely.",
        ),
        QStyle.StandardPixmap.SP_MediaPlay,
        WelcomeWindow.open_demo,
    ),
    WayIn(
        "import",
        QT_TRANSLATE_NOOP("Welcome", "Import a registration export"),
        QT_TRANSLATE_NOOP(
            "Welcome",
            "Create the event, then import the CSV or Excel file of your ticketing platform.",
        ),
        QStyle.StandardPixmap.SP_DialogOpenButton,
        lambda welcome: welcome.show_event_form(import_after=True),
    ),
    WayIn(
        "join",
        QT_TRANSLATE_NOOP("Welcome", "Join an event from another machine"),
        QT_TRANSLATE_NOOP(
            "Welcome",
            "From the event's hub or a join bundle, with the passphrase the organiser chose.",
        ),
        QStyle.StandardPixmap.SP_DriveNetIcon,
        WelcomeWindow.show_join_form,
    ),
)
"""The ways in, in the order shown; add one here (and its method) to offer another."""
