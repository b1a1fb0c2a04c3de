"""Syncing with a hub: one push and pull round, its status, and the background loop.

This is the API of the GUI's background worker: call :func:`sync_round` every few seconds off
the GUI thread and show the :class:`SyncStatus` it returns; :func:`local_status` answers the
same question without the network (at start-up, or while a round runs).

Nothing is lost whatever stops a round: a push is idempotent on the hub and its cursor moves
only after the hub committed; each pulled batch is merged in one local transaction together
with the cursor that says it was merged. A desk killed in the middle resumes where it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.orm import Session

from catchdesk.core.errors import NotFoundError
from catchdesk.core.jobs import CancelCheck, JobCancelled, Progress
from catchdesk.core.models import Event
from catchdesk.core.store import Store
from catchdesk.core.sync.apply import ApplyResult, apply_entries
from catchdesk.core.sync.conflicts import count_open
from catchdesk.core.sync.crypto import HUB_PURPOSE, event_key
from catchdesk.core.sync.entries import count_after, entries_after
from catchdesk.core.sync.errors import HubUnavailable
from catchdesk.core.sync.hub import Hub
from catchdesk.core.sync.tables import read_state, write_state
from catchdesk.core.timeutil import local_iso, utcnow

PUSH_BATCH = 5000
PULL_BATCH = 5000
REMEMBER_EVERY = dt.timedelta(seconds=30)


@dataclass(frozen=True)
class SyncStatus:
    """What the status indicator shows: online or not, last sync, entries not on the hub."""

    online: bool
    last_sync_at: dt.datetime | None
    waiting_entries: int
    last_error: str
    hub: str = ""
    pushed: int = 0
    pulled: int = 0
    conflicts_open: int = 0
    conflicts_raised: int = 0

    def to_dict(self, event: Event | None = None) -> dict[str, Any]:
        zone = event.timezone if event is not None else "UTC"
        return {
            "online": self.online,
            "last_sync_at": local_iso(self.last_sync_at, zone),
            "waiting_entries": self.waiting_entries,
            "last_error": self.last_error,
            "hub": self.hub,
            "pushed": self.pushed,
            "pulled": self.pulled,
            "conflicts_open": self.conflicts_open,
            "conflicts_raised": self.conflicts_raised,
        }


def state_key(hub_id: str, event_id: str, what: str) -> str:
    return f"hub:{hub_id}:{event_id}:{what}"


def status_key(event_id: str, what: str) -> str:
    return f"status:{event_id}:{what}"


def _hub_key(store: Store, event_id: str) -> bytes:
    with store.read() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise NotFoundError(f"This store has no event {event_id}.")
        return event_key(event.ticket_secret, event.id, HUB_PURPOSE)


def local_status(store: Store, event_id: str) -> SyncStatus:
    """The last known state, read from this store only (no network)."""
    with store.read() as session:
        return _status(session, event_id)


def _status(session: Session, event_id: str, **news: Any) -> SyncStatus:
    hub_id = read_state(session, status_key(event_id, "hub_id"))
    cursor = int(read_state(session, state_key(hub_id, event_id, "pushed"), "0")) if hub_id else 0
    synced = read_state(session, status_key(event_id, "last_sync_at"))
    return SyncStatus(
        online=read_state(session, status_key(event_id, "online")) == "1",
        last_sync_at=dt.datetime.fromisoformat(synced) if synced else None,
        waiting_entries=count_after(session, event_id, cursor),
        last_error=read_state(session, status_key(event_id, "last_error")),
        hub=read_state(session, status_key(event_id, "hub")),
        conflicts_open=count_open(session, event_id),
        **news,
    )


def push(store: Store, event_id: str, hub: Hub, hub_id: str, key: bytes) -> int:
    """Send the hub every entry of the event this store has not pushed there yet."""
    sent = 0
    pushed_key = state_key(hub_id, event_id, "pushed")
    pulled_key = state_key(hub_id, event_id, "pulled")
    while True:
        with store.read() as session:
            cursor = int(read_state(session, pushed_key, "0"))
            batch = entries_after(session, event_id, cursor, PUSH_BATCH, raw=True)
        if not batch:
            return sent
        pushed = hub.push(event_id, [entry for _, entry in batch], key)
        sent += pushed.new
        with store.write() as session:
            if int(read_state(session, pushed_key, "0")) < batch[-1][0]:
                write_state(session, pushed_key, str(batch[-1][0]))
            if read_state(session, pulled_key, "0") == str(pushed.before):
                # Nobody pushed since this desk last pulled: what follows is its own.
                write_state(session, pulled_key, str(pushed.after))


def pull(
    store: Store,
    event_id: str,
    hub: Hub,
    hub_id: str,
    key: bytes,
    *,
    batch_size: int | None = None,
    detect: bool = True,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ApplyResult:
    """Merge every entry of the event pushed to the hub since this store last looked.

    ``progress(cursor, last)`` follows the hub's numbering; ``cancelled()`` is asked between
    batches (each merged batch stays merged, and the next pull goes on from there).
    """
    batch_size = batch_size or PULL_BATCH
    total = ApplyResult()
    pulled_key = state_key(hub_id, event_id, "pulled")
    pushed_key = state_key(hub_id, event_id, "pushed")
    last = hub.last_seq(event_id) if progress is not None else 0
    while True:
        if cancelled is not None and cancelled():
            raise JobCancelled("Stopped; what arrived so far is kept, the next sync goes on.")
        with store.read() as session:
            cursor = int(read_state(session, pulled_key, "0"))
        if progress is not None:
            progress(min(cursor, last), last)
        batch = hub.pull(event_id, cursor, batch_size, key)
        if not batch:
            return total
        with store.write() as session:
            pushed = int(read_state(session, pushed_key, "0"))
            nothing_waiting = count_after(session, event_id, pushed) == 0
            result = apply_entries(session, [entry for _, entry in batch], detect=detect)
            write_state(session, pulled_key, str(max(batch[-1][0], cursor)))
            if nothing_waiting and result.new:
                # What was just pulled is on the hub already: only later writes need a push.
                write_state(session, pushed_key, str(result.journal_seq))
        total.merge(result)


def _remember(store: Store, event_id: str, values: dict[str, str], *, synced: bool) -> None:
    """Write the status values that changed, and the sync time now and then.

    A write is a durable commit that a scan at this desk may have to wait for, so a round that
    changed nothing writes nothing (the returned status carries the exact time anyway).
    """
    with store.read() as session:
        changed = {
            name: value
            for name, value in values.items()
            if read_state(session, status_key(event_id, name)) != value
        }
        last = read_state(session, status_key(event_id, "last_sync_at"))
    now = utcnow()
    if synced and (changed or not last or now - dt.datetime.fromisoformat(last) > REMEMBER_EVERY):
        changed["last_sync_at"] = now.isoformat()
    if changed:
        with store.write() as session:
            for name, value in changed.items():
                write_state(session, status_key(event_id, name), value)


def sync_round(store: Store, event_id: str, hub: Hub) -> SyncStatus:
    """One push and one pull with the hub; never raises for a hub that does not answer."""
    try:
        hub_id = hub.hub_id()
        key = _hub_key(store, event_id)
        _remember(store, event_id, {"hub_id": hub_id, "hub": hub.where}, synced=False)
        if event_id not in hub.announced:
            with store.read() as session:
                event = session.get(Event, event_id)
                assert event is not None
                hub.announce(event.id, event.tag, event.name, event.starts_on)
            hub.announced.add(event_id)
        pushed = push(store, event_id, hub, hub_id, key)
        merged = pull(store, event_id, hub, hub_id, key)
        _remember(store, event_id, {"online": "1", "last_error": ""}, synced=True)
        with store.read() as session:
            status = _status(
                session,
                event_id,
                pushed=pushed,
                pulled=merged.new,
                conflicts_raised=merged.conflicts_raised,
            )
            cursor = int(read_state(session, state_key(hub_id, event_id, "pulled"), "0"))
        if pushed or merged.new or time.monotonic() - hub.seen_at.get(event_id, 0.0) > 30:
            with contextlib.suppress(HubUnavailable):
                hub.seen(event_id, store.device_id, store.device_name, cursor)
        return replace(status, last_sync_at=utcnow())
    except HubUnavailable as exc:
        values = {"online": "0", "last_error": str(exc), "hub": hub.where}
        _remember(store, event_id, values, synced=False)
        return local_status(store, event_id)


def run_loop(
    store: Store,
    event_id: str,
    hub: Hub,
    *,
    interval: float,
    once: bool = False,
    on_status: Callable[[SyncStatus], None] | None = None,
    should_stop: Callable[[], bool] = lambda: False,
    max_backoff: float = 30.0,
) -> SyncStatus:
    """Sync every ``interval`` seconds until ``should_stop``; back off while the hub is away."""
    wait = interval
    while True:
        status = sync_round(store, event_id, hub)
        if on_status is not None:
            on_status(status)
        if once or should_stop():
            return status
        wait = interval if status.online else min(max(wait * 2, interval), max_backoff)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if should_stop():
                return status
            time.sleep(min(0.1, max(0.0, deadline - time.monotonic())))
