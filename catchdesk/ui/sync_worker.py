"""The background sync: a thread that pushes to and pulls from the hub every few seconds.

One round (:func:`catchdesk.core.sync.rounds.sync_round`) may wait seconds for a hub that does
not answer, so rounds never run on the GUI thread. The thread opens its *own* store on the
desk's database: a connection is never shared with the GUI thread, and the desk scans while a
round merges. It shares the desk store's clock, though, so the desk's changes and the merged
ones keep one order (two clocks of one device could stamp two changes alike).

While the hub is away the worker waits longer between rounds (doubling, up to a ceiling) and
the desk goes on working locally; :meth:`SyncWorker.sync_now` cuts the wait short (after a
check-in, or when the network is back). :meth:`SyncWorker.stop` ends it between two rounds and
waits for it: the window calls it when it closes, so no thread outlives the window.
"""

from __future__ import annotations

import dataclasses
import logging
import threading

from PySide6.QtCore import QObject, QThread, Signal

from catchdesk.core.errors import CatchDeskError
from catchdesk.core.store import Store, open_store
from catchdesk.core.sync.hub import Hub
from catchdesk.core.sync.rounds import SyncStatus, local_status, sync_round

log = logging.getLogger(__name__)

INTERVAL_S = 2.0
"""Seconds between two rounds while the hub answers."""
MAX_BACKOFF_S = 30.0
"""The longest wait between two tries while the hub does not answer."""


def store_location(store: Store) -> str:
    """What :func:`open_store` needs to open a second store on the same database."""
    if store.path is not None:
        return str(store.path)
    return store.url.render_as_string(hide_password=False)


def open_twin(store: Store) -> Store:
    """A second store on ``store``'s database, for another thread, sharing its clock."""
    twin = open_store(store_location(store), desk=store.device_name)
    return dataclasses.replace(twin, clock=store.clock)


class SyncWorker(QThread):
    """Syncs one event with one hub until stopped; reports every round's status."""

    status_changed = Signal(object)
    """A :class:`~catchdesk.core.sync.rounds.SyncStatus` after each round (GUI thread)."""
    pulled = Signal(int)
    """A round merged this many new entries from other desks: screens should reload."""

    def __init__(
        self,
        store: Store,
        event_id: str,
        hub_url: str,
        parent: QObject | None = None,
        *,
        interval: float = INTERVAL_S,
        max_backoff: float = MAX_BACKOFF_S,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncWorker")
        self._store = store
        self.event_id = event_id
        self.hub_url = hub_url
        self.interval = interval
        self.max_backoff = max_backoff
        self._stop = threading.Event()
        self._wake = threading.Event()
        self.rounds = 0
        """Rounds done so far (read from the GUI thread by tests and the indicator)."""
        self.last_status: SyncStatus | None = None

    def sync_now(self) -> None:
        """Start the next round without waiting out the interval (thread-safe)."""
        self._wake.set()

    def stop(self) -> None:
        """Stop after the current round and wait for the thread to end."""
        self._stop.set()
        self._wake.set()
        if self.isRunning():
            self.wait()

    def run(self) -> None:
        try:
            store = open_twin(self._store)
        except CatchDeskError as exc:
            log.warning("the sync worker cannot open the store: %s", exc)
            self._report(SyncStatus(False, None, 0, str(exc)))
            return
        try:
            self._loop(store)
        finally:
            store.close()

    def _loop(self, store: Store) -> None:
        try:
            hub = Hub(self.hub_url)
        except CatchDeskError as exc:
            status = dataclasses.replace(local_status(store, self.event_id), online=False)
            self._report(dataclasses.replace(status, last_error=str(exc)))
            return
        wait = self.interval
        try:
            while not self._stop.is_set():
                status = self._round(store, hub)
                self._report(status)
                if status.pulled:
                    self.pulled.emit(status.pulled)
                wait = self.interval if status.online else min(wait * 2, self.max_backoff)
                self._wake.wait(wait)
                self._wake.clear()
        finally:
            hub.close()

    def _round(self, store: Store, hub: Hub) -> SyncStatus:
        """One round; a failure other than an absent hub is reported, never raised."""
        try:
            return sync_round(store, self.event_id, hub)
        except CatchDeskError as exc:
            error = str(exc)
        except Exception as exc:  # the thread must survive a bug to keep the desk informed
            log.exception("sync round failed")
            error = f"{type(exc).__name__}: {exc}"
        try:
            status = local_status(store, self.event_id)
        except CatchDeskError:
            status = SyncStatus(False, None, 0, error)
        return dataclasses.replace(status, online=False, last_error=error)

    def _report(self, status: SyncStatus) -> None:
        self.rounds += 1
        self.last_status = status
        self.status_changed.emit(status)
