"""A new laptop joins an event from the hub, once the organiser has published it there.

Publishing puts the event's *key box* on the hub: its ticket secret sealed under a join
passphrase the organiser chooses (see :mod:`.crypto`). A laptop that knows the passphrase opens
the box, derives the hub key, pulls every entry of the event and applies them: the event's own
record (with its keys) comes first, then everything made since. Until the last batch is merged
the join is marked pending, so a screen can refuse to scan with half an attendee list; a join
that was stopped goes on where it was when started again.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from catchdesk.core.errors import CatchDeskError, NotFoundError
from catchdesk.core.ids import matches_id
from catchdesk.core.jobs import CancelCheck, Progress
from catchdesk.core.models import Event
from catchdesk.core.store import Store
from catchdesk.core.sync.apply import ApplyResult
from catchdesk.core.sync.crypto import HUB_PURPOSE, event_key, open_key_box, seal_key_box
from catchdesk.core.sync.detect import detect_and_record
from catchdesk.core.sync.errors import SyncError
from catchdesk.core.sync.hub import Hub, HubEvent
from catchdesk.core.sync.rounds import pull, status_key
from catchdesk.core.sync.tables import read_state, write_state

JOIN_BATCH = 20000


def publish_event(store: Store, event_id: str, hub: Hub, passphrase: str) -> None:
    """Put the event's key box on the hub, sealed with a join passphrase."""
    with store.read() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise NotFoundError(f"This store has no event {event_id}.")
        box = seal_key_box(event.ticket_secret, event.id, passphrase)
        hub.hub_id()
        hub.publish(event.id, event.tag, event.name, event.starts_on, box)


def pick_hub_event(events: list[HubEvent], selector: str | None) -> HubEvent:
    """The event a join means: the hub's only one, or the one named by tag, id or name."""
    if not events:
        raise NotFoundError(
            "The hub holds no event yet: a desk that has one must sync to it first."
        )
    if selector is None:
        if len(events) == 1:
            return events[0]
        listing = "; ".join(f"{e.tag} {e.name} ({e.starts_on})" for e in events)
        raise CatchDeskError(
            f"The hub holds {len(events)} events; pick one with --event: {listing}."
        )
    wanted = selector.strip().casefold()
    matches = [
        e
        for e in events
        if matches_id(e.event_id, wanted)
        or e.tag.casefold() == wanted
        or e.name.casefold() == wanted
    ]
    if len(matches) != 1:
        raise NotFoundError(f"No single event on the hub matches '{selector}'.")
    return matches[0]


def join_pending(session: Session, event_id: str) -> bool:
    """True while a join of this event has not merged its last batch."""
    return read_state(session, status_key(event_id, "joining")) == "1"


def join_from_hub(
    store: Store,
    hub: Hub,
    selector: str | None,
    passphrase: str | None,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> tuple[Event, ApplyResult]:
    """Create this store's copy of an event from the hub: its record and every entry.

    ``progress(done, total)`` counts the hub's entries; ``cancelled()`` is asked between
    batches (raises :class:`~catchdesk.core.jobs.JobCancelled`; joining again goes on).
    """
    hub_id = hub.hub_id()
    chosen = pick_hub_event(hub.events(), selector)
    with store.read() as session:
        local = session.get(Event, chosen.event_id)
        secret = local.ticket_secret if local is not None else None
    if secret is None:
        box = hub.key_box(chosen.event_id)
        if box is None:
            raise SyncError(
                f"Nobody has published {chosen.name} on this hub for joining: on a desk that "
                "has it, run 'catchdesk sync hub URL --passphrase' once to choose a passphrase."
            )
        if not passphrase:
            raise SyncError(f"Joining {chosen.name} needs its join passphrase.")
        secret = open_key_box(box, chosen.event_id, passphrase)
    key = event_key(secret, chosen.event_id, HUB_PURPOSE)
    with store.write() as session:
        write_state(session, status_key(chosen.event_id, "joining"), "1")
    result = pull(
        store,
        chosen.event_id,
        hub,
        hub_id,
        key,
        batch_size=JOIN_BATCH,
        detect=False,
        progress=progress,
        cancelled=cancelled,
    )
    with store.write() as session:
        event = session.get(Event, chosen.event_id)
        if event is None or event.ticket_secret != secret:
            raise SyncError(f"The hub does not hold the record of {chosen.name}; nothing to join.")
        detect_and_record(session, event.id)
        write_state(session, status_key(event.id, "joining"), "")
        write_state(session, status_key(event.id, "hub_id"), hub_id)
        write_state(session, status_key(event.id, "hub"), hub.where)
    return event, result
