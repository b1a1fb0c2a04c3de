"""Sync in the main window: the Sync menu, the status-bar indicator and the background worker.

Kept out of :mod:`catchdesk.ui.main_window` so the window only builds one
:class:`SyncControls` and tells it when settings change or the window closes. Bundle files are
written and read in a worker with the standard progress window; a refused bundle is said with
the core's own sentence. The sync modules are imported only when the worker starts, after the
first paint: a desk that never syncs does not pay for them at start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QVBoxLayout, QWidget

from catchdesk.core.errors import CatchDeskError
from catchdesk.ui.context import DeskContext
from catchdesk.ui.job_worker import BackgroundJob, JobControl, JobProgressDialog, error_text
from catchdesk.ui.sync_dialogs import ask_passphrase, tell
from catchdesk.ui.sync_status import SyncIndicator

if TYPE_CHECKING:
    from catchdesk.core.sync.rounds import SyncStatus
    from catchdesk.ui.sync_worker import SyncWorker

START_DELAY_MS = 600
"""The worker starts once the window is painted and the scan field is ready."""
BUNDLE_FILTER = "CatchDesk bundles (*.cdbundle);;All files (*)"


class SyncControls(QObject):
    """Owns the Sync menu, the indicator and the worker of one main window."""

    def __init__(self, window: QMainWindow, context: DeskContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.worker: SyncWorker | None = None
        self.job: BackgroundJob | None = None
        self.last_message: str = ""
        """The last result or refusal said to the person (tests read it)."""
        self._hooked: set[int] = set()
        self.indicator = SyncIndicator(window)
        self.indicator.conflicts_requested.connect(self.open_conflicts)
        window.statusBar().addPermanentWidget(self.indicator)
        self._build_menu()
        page_changed = getattr(window, "page_changed", None)
        if page_changed is not None:
            page_changed.connect(self.hook_screens)
        self._start_timer = QTimer(self)
        self._start_timer.setSingleShot(True)
        self._start_timer.timeout.connect(self.restart)
        self._start_timer.start(START_DELAY_MS)

    def _build_menu(self) -> None:
        menu = self.window.menuBar().addMenu(self.tr("&Sync"))
        menu.setObjectName("syncMenu")
        entries = (
            ("export", self.tr("&Export a bundle…"), self.export_bundle),
            ("export_join", self.tr("Export a &join bundle for a new laptop…"), self.export_join),
            ("import", self.tr("&Import a bundle…"), self.import_bundle),
            ("publish", self.tr("&Publish this event to the hub…"), self.publish),
            ("sync_now", self.tr("Sync &now"), self.sync_now),
            ("conflicts", self.tr("&Conflicts…"), self.open_conflicts),
        )
        self.actions: dict[str, QAction] = {}
        for key, text, slot in entries:
            action = QAction(text, self.window)
            action.setObjectName(f"sync_{key}")
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            menu.addAction(action)
            self.actions[key] = action
            if key in ("export_join", "sync_now"):
                menu.addSeparator()

    # -- the worker -------------------------------------------------------------------------

    def restart(self) -> None:
        """Start, stop or re-point the worker to follow the hub address of the settings."""
        self._start_timer.stop()
        url = self.context.settings.sync_hub_url.strip()
        if self.worker is not None and self.worker.hub_url == url and self.worker.isRunning():
            return
        self.stop()
        self._set_timezone()
        if not url:
            self.indicator.show_not_configured()
            self.refresh_conflict_count()
            return
        from catchdesk.ui.sync_worker import SyncWorker

        self.indicator.show_connecting(url)
        worker = SyncWorker(self.context.store, self.context.event_id, url, self)
        worker.status_changed.connect(self._on_status)
        worker.pulled.connect(self.on_pulled)
        self.worker = worker
        worker.start()

    def stop(self) -> None:
        """Stop the worker and wait for it (the window is closing, or the hub changed)."""
        self._start_timer.stop()
        if self.worker is not None:
            worker, self.worker = self.worker, None
            worker.status_changed.disconnect(self._on_status)
            worker.pulled.disconnect(self.on_pulled)
            worker.stop()
            worker.deleteLater()
        if self.job is not None:
            self.job.stop()

    def sync_now(self) -> None:
        """Push this desk's news at once (after a check-in, or from the menu)."""
        if self.worker is not None:
            self.worker.sync_now()

    def _on_status(self, status: SyncStatus) -> None:
        self.indicator.show_status(status)

    def on_pulled(self, _count: int = 0) -> None:
        """Entries from other desks were merged: counts and the screens follow."""
        refresh = getattr(self.window, "refresh_counts", None)
        if refresh is not None:
            refresh()
        for screen in getattr(self.window, "screens", {}).values():
            for name in ("reload", "reload_workshops"):
                method = getattr(screen, name, None)
                if callable(method):
                    method()

    def refresh_conflict_count(self) -> None:
        """The open conflicts, read from this store (no hub needed)."""
        from catchdesk.core.sync.conflicts import count_open

        try:
            with self.context.store.read() as session:
                count = count_open(session, self.context.event_id)
        except CatchDeskError:
            return
        self.indicator.set_conflicts(count)

    def _set_timezone(self) -> None:
        try:
            self.indicator.timezone = self.context.event().timezone
        except CatchDeskError:
            self.indicator.timezone = ""

    # -- conflicts --------------------------------------------------------------------------

    def open_conflicts(self) -> None:
        """The conflicts screen: its page in the navigation, or a window of its own."""
        navigation = getattr(self.window, "navigation", None)
        for row in range(navigation.count() if navigation is not None else 0):
            if navigation.item(row).data(Qt.ItemDataRole.UserRole) == "ConflictsScreen":
                self.window.show_screen(row)  # type: ignore[attr-defined]
                return
        from catchdesk.ui.conflicts import ConflictsScreen

        dialog = QDialog(self.window)
        dialog.setObjectName("conflictsDialog")
        dialog.setWindowTitle(self.tr("Conflicts"))
        screen = ConflictsScreen(self.context, dialog)
        self._hook(screen)
        QVBoxLayout(dialog).addWidget(screen)
        dialog.resize(1000, 600)
        dialog.open()

    def hook_screens(self, _row: int = 0) -> None:
        """Listen to the conflicts of every screen built so far (and of those to come)."""
        for screen in getattr(self.window, "screens", {}).values():
            self._hook(screen)

    def _hook(self, screen: QWidget) -> None:
        changed = getattr(screen, "conflicts_changed", None)
        if changed is not None and id(screen) not in self._hooked:
            self._hooked.add(id(screen))
            changed.connect(self._conflicts_changed)

    def _conflicts_changed(self, open_count: int) -> None:
        self.indicator.set_conflicts(open_count)
        refresh = getattr(self.window, "refresh_counts", None)
        if refresh is not None:
            refresh()
        self.sync_now()

    # -- bundles and the hub ----------------------------------------------------------------

    def export_bundle(self, *, passphrase: str | None = None) -> None:
        """Write everything this desk knows of the event to a file for another desk."""
        if self.job is not None:
            return
        suggested = str(Path.home() / f"{self._tag()}.cdbundle")
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export a bundle"), suggested, BUNDLE_FILTER
        )
        if not path:
            return
        store, event_id = self.context.store, self.context.event_id

        def work(_control: JobControl) -> Any:
            from catchdesk.core.models import Event
            from catchdesk.core.sync.bundles import export_bundle

            with store.read() as session:
                return export_bundle(
                    session, session.get(Event, event_id), path, passphrase=passphrase
                )

        self._run(work, self.tr("Export a bundle"), self.tr("Writing %1…").replace("%1", path))
        assert self.job is not None
        self.job.succeeded.connect(self._exported)

    def export_join(self) -> None:
        """A bundle a new laptop can join the event from, locked with a passphrase."""
        passphrase = ask_passphrase(
            self.window,
            self.tr("Join bundle"),
            self.tr(
                "Choose the passphrase a new laptop will type to open this bundle. Tell it "
                "aloud, never on the USB stick."
            ),
        )
        if passphrase:
            self.export_bundle(passphrase=passphrase)

    def _exported(self, info: Any) -> None:
        text = self.tr("%1 entries written to %2.").replace("%1", str(info.entries))
        self._say(self.tr("Bundle exported"), text.replace("%2", str(info.path)))

    def import_bundle(self) -> None:
        """Merge a bundle from another desk of this event; a foreign or damaged one is refused."""
        if self.job is not None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import a bundle"), str(Path.home()), BUNDLE_FILTER
        )
        if not path:
            return
        store, event_id = self.context.store, self.context.event_id

        def work(_control: JobControl) -> Any:
            from catchdesk.core.models import Event
            from catchdesk.core.sync.bundles import import_bundle

            with store.write() as session:
                return import_bundle(session, path, event=session.get(Event, event_id))

        self._run(work, self.tr("Import a bundle"), self.tr("Merging %1…").replace("%1", path))
        assert self.job is not None
        self.job.succeeded.connect(self._imported)

    def _imported(self, result: Any) -> None:
        text = self.tr("%1 new entries merged (of %2 in the bundle).")
        text = text.replace("%1", str(result.new)).replace("%2", str(result.received))
        if result.conflicts_raised:
            text += " " + self.tr("%1 new conflict(s): see Sync > Conflicts.").replace(
                "%1", str(result.conflicts_raised)
            )
        self._say(self.tr("Bundle imported"), text)
        self.refresh_conflict_count()
        self.on_pulled(result.new)
        self.sync_now()

    def publish(self) -> None:
        """Put the event's key box on the hub, so new laptops can join with a passphrase."""
        url = self.context.settings.sync_hub_url.strip()
        if not url:
            self._say(
                self.tr("Publish to the hub"),
                self.tr("Set the hub's address in Settings first; then publish the event."),
                error=True,
            )
            return
        if self.job is not None:
            return
        passphrase = ask_passphrase(
            self.window,
            self.tr("Publish to the hub"),
            self.tr("Choose the passphrase new laptops will type to join this event from the hub."),
        )
        if not passphrase:
            return
        store, event_id = self.context.store, self.context.event_id

        def work(_control: JobControl) -> str:
            from catchdesk.core.sync.hub import Hub
            from catchdesk.core.sync.joining import publish_event

            hub = Hub(url)
            try:
                publish_event(store, event_id, hub, passphrase)
                return hub.where
            finally:
                hub.close()

        self._run(work, self.tr("Publish to the hub"), self.tr("Reaching the hub…"))
        assert self.job is not None
        self.job.succeeded.connect(self._published)

    def _published(self, where: str) -> None:
        text = self.tr("The event is on %1: new laptops join it with the passphrase.")
        self._say(self.tr("Published"), text.replace("%1", where))

    # -- helpers ----------------------------------------------------------------------------

    def _run(self, work: Any, title: str, text: str) -> None:
        job = BackgroundJob(work, self)
        job.failed.connect(lambda error, title=title: self._say(title, error_text(error), True))
        job.finished.connect(self._job_done)
        self.job = job
        JobProgressDialog(job, title, text, self.window)
        job.start()

    def _job_done(self) -> None:
        self.job = None

    def _say(self, title: str, text: str, error: bool = False) -> None:
        self.last_message = text
        self.window.statusBar().showMessage(text, 15_000)
        tell(self.window, title, text, error=error)

    def _tag(self) -> str:
        try:
            event = self.context.event()
        except CatchDeskError:
            return "catchdesk"
        return f"{event.tag}-{self.context.desk_name}".replace(" ", "-").replace("/", "-")
