"""Several desks of one event on one machine, for the sync tests.

Desk A (the organiser's) creates the event, a few attendees and, when asked, two coaches with
slots; the other desks join it from A's join bundle, as a new laptop would. Each desk has its
own store and device id.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from catchdesk.core.attendees import add_attendee
from catchdesk.core.coaching.coaches import create_coach
from catchdesk.core.coaching.slots import generate_slots
from catchdesk.core.events import create_event
from catchdesk.core.models import CoachSlot, Event
from catchdesk.core.store import Store, open_store
from catchdesk.core.sync.bundles import export_bundle, import_bundle, join_from_bundle
from catchdesk.core.sync.digest import data_digest, digest_parts
from catchdesk.core.timeutil import at_local

PASSPHRASE = "correct horse battery"
DAY = dt.date(2026, 11, 26)
_files = itertools.count()


@dataclass
class Desks:
    folder: Path
    event_id: str
    stores: list[Store]
    codes: list[str]
    attendee_ids: list[str]
    slots: list[str] = field(default_factory=list)

    def event(self, store: Store) -> Event:
        with store.read() as session:
            event = session.get(Event, self.event_id)
            assert event is not None
            return event

    def at(self, hhmm: str) -> dt.datetime:
        hours, minutes = hhmm.split(":")
        return at_local(DAY, int(hours), int(minutes), "Europe/Brussels")

    def bundle_of(self, store: Store) -> Path:
        path = self.folder / f"bundle-{next(_files)}.cdb"
        with store.read() as session:
            export_bundle(session, session.get(Event, self.event_id), path)
        return path

    def send(self, source: Store, target: Store) -> int:
        """Carry a bundle from one desk to another; how many entries were new there."""
        path = self.bundle_of(source)
        with target.write() as session:
            return import_bundle(session, path).new

    def digest(self, store: Store) -> str:
        with store.read() as session:
            return data_digest(session, session.get(Event, self.event_id))

    def parts(self, store: Store) -> dict[str, str]:
        with store.read() as session:
            return digest_parts(session, session.get(Event, self.event_id))

    def close(self) -> None:
        for store in self.stores:
            store.close()


def make_desks(
    folder: Path, count: int = 2, *, attendees: int = 4, coaching: bool = False
) -> Desks:
    organiser = open_store(folder / "desk-0.sqlite", desk="Desk 0")
    with organiser.write() as session:
        event = create_event(session, "Digital Day Namur", DAY)
        people = [
            add_attendee(session, event, first_name=f"Person{i}", last_name="Test")
            for i in range(attendees)
        ]
        codes = [p.code for p in people]
        ids = [p.id for p in people]
        slots: list[str] = []
        if coaching:
            for name in ("Sophie", "Julien"):
                coach = create_coach(session, event, name=name, topics=["web"], languages=["fr"])
                start = at_local(DAY, 10, 0, event.timezone)
                generate_slots(
                    session,
                    event,
                    coach.id,
                    [(start, start + dt.timedelta(hours=1))],
                    length=dt.timedelta(minutes=20),
                )
            slots = list(
                session.scalars(
                    select(CoachSlot.id)
                    .where(CoachSlot.event_id == event.id)
                    .order_by(CoachSlot.starts_at, CoachSlot.id)
                )
            )
        event_id = event.id
    desks = Desks(folder, event_id, [organiser], codes, ids, slots)
    join_file = folder / "join.cdb"
    with organiser.read() as session:
        export_bundle(session, session.get(Event, event_id), join_file, passphrase=PASSPHRASE)
    for index in range(1, count):
        store = open_store(folder / f"desk-{index}.sqlite", desk=f"Desk {index}")
        with store.write() as session:
            join_from_bundle(session, join_file, PASSPHRASE)
        desks.stores.append(store)
    return desks
