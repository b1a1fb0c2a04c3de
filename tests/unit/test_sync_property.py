"""Property: three desks doing anything offline, exchanging in any order, end up identical.

Each example starts from copies of three desks of one event (with coaching slots), runs random
operations on them (check-ins, undos, attendee edits, walk-ins, bookings, cancellations) mixed
with exchanges (bundles between two desks, rounds with a PostgreSQL hub), repeated in any
order; then every desk syncs with the hub until nothing new arrives. All three must hold the
same data (the same digest), and every check-in and booking made anywhere must be on each.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pg_database import postgres_database
from sqlalchemy import func, select
from sync_helpers import make_desks

from catchdesk.core.checkin import check_in
from catchdesk.core.coaching.booking import book
from catchdesk.core.coaching.common import HOLDING
from catchdesk.core.coaching.errors import CoachingRefused
from catchdesk.core.coaching.lifecycle import cancel_booking
from catchdesk.core.models import Attendee, Booking, Checkin, Event
from catchdesk.core.store import open_store
from catchdesk.core.sync.hub import Hub
from catchdesk.core.sync.rounds import sync_round
from catchdesk.core.undo import undo_last_checkin
from catchdesk.core.verdicts import Status
from catchdesk.core.walk_ins import register_walk_in

DESKS = 3
PEOPLE = 6
HUB_TABLES = "hub_entries, hub_events, hub_devices, hub_meta"


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """Three joined desks made once; each example works on fresh copies of their files."""
    folder = tmp_path_factory.mktemp("sync-template")
    desks = make_desks(folder, DESKS, attendees=PEOPLE, coaching=True)
    desks.close()
    return desks


@pytest.fixture(scope="module")
def hub_url():
    with postgres_database("catchdesk_prop") as database:
        yield database.url


desk = st.integers(0, DESKS - 1)
person = st.integers(0, PEOPLE - 1)
operation = st.one_of(
    st.tuples(st.just("checkin"), desk, person),
    st.tuples(st.just("undo"), desk),
    st.tuples(
        st.just("edit"),
        desk,
        person,
        st.sampled_from(["first_name", "organisation", "email"]),
        st.sampled_from(["Alpha", "Beta", "Gamma"]),
    ),
    st.tuples(st.just("walk_in"), desk, st.sampled_from(["Zoé", "Yann", "Xavier"])),
    st.tuples(st.just("book"), desk, person, st.integers(0, 5)),
    st.tuples(st.just("cancel"), desk, person),
    st.tuples(st.just("bundle"), desk, desk),
    st.tuples(st.just("hub"), desk),
)


class Day:
    """The three desks of one example and what was made on them."""

    def __init__(self, template, folder: Path, hub: Hub) -> None:
        self.desks = template
        self.hub = hub
        self.folder = folder
        self.stores = []
        for index in range(DESKS):
            source = template.folder / f"desk-{index}.sqlite"
            shutil.copy(source, folder / source.name)
            self.stores.append(open_store(folder / source.name))
        self.checkins: set[str] = set()
        self.bookings: set[str] = set()
        self.bundles = 0

    def event(self, session) -> Event:
        return session.get(Event, self.desks.event_id)

    def run(self, op: tuple) -> None:
        kind, index, *rest = op
        store = self.stores[index]
        if kind == "bundle":
            self.send(store, self.stores[rest[0]])
            return
        if kind == "hub":
            assert sync_round(store, self.desks.event_id, self.hub).online
            return
        try:
            with store.write() as session:
                getattr(self, f"_{kind}")(session, store.device_name, *rest)
        except CoachingRefused:
            pass

    def send(self, source, target) -> None:
        if source is target:
            return
        self.bundles += 1
        path = self.folder / f"b{self.bundles}.cdb"
        from catchdesk.core.sync.bundles import export_bundle, import_bundle

        with source.read() as session:
            export_bundle(session, self.event(session), path)
        with target.write() as session:
            import_bundle(session, path)

    def _checkin(self, session, desk_name, who) -> None:
        verdict = check_in(session, self.event(session), self.desks.codes[who], desk=desk_name)
        if verdict.status is Status.CHECKED_IN and not verdict.repeated:
            self.checkins.add(verdict.checkin_id)

    def _undo(self, session, desk_name) -> None:
        undo_last_checkin(session, self.event(session), desk_name)

    def _edit(self, session, _desk, who, field, value) -> None:
        person = session.get(Attendee, self.desks.attendee_ids[who])
        setattr(person, field, f"{value.lower()}@example.be" if field == "email" else value)

    def _walk_in(self, session, desk_name, name) -> None:
        _, verdict = register_walk_in(
            session,
            self.event(session),
            first_name=name,
            last_name="Walk-in",
            email="",
            organisation="",
            sector="",
            consent=True,
            desk=desk_name,
        )
        self.checkins.add(verdict.checkin_id)

    def _book(self, session, desk_name, who, slot) -> None:
        made = book(
            session,
            self.event(session),
            self.desks.attendee_ids[who],
            slot_id=self.desks.slots[slot],
            now=self.desks.at("08:00"),
            booked_by=desk_name,
        )
        self.bookings.add(made.id)

    def _cancel(self, session, _desk, who) -> None:
        held = session.scalars(
            select(Booking.id).where(
                Booking.attendee_id == self.desks.attendee_ids[who], Booking.status.in_(HOLDING)
            )
        ).first()
        if held is not None:
            cancel_booking(session, self.event(session), held, now=self.desks.at("08:01"))

    def settle_everything(self) -> list[str]:
        """Every desk syncs with the hub until a full turn brings nothing new."""
        for _ in range(6):
            news = 0
            for store in self.stores:
                status = sync_round(store, self.desks.event_id, self.hub)
                assert status.online
                news += status.pushed + status.pulled
            if news == 0:
                break
        return [self.desks.digest(store) for store in self.stores]

    def close(self) -> None:
        for store in self.stores:
            store.close()


def _reset_hub(hub: Hub) -> None:
    from sqlalchemy import text

    with hub.connect() as conn:
        if conn.execute(text("SELECT to_regclass('hub_meta') IS NOT NULL")).scalar():
            conn.execute(text(f"TRUNCATE {HUB_TABLES}"))


@settings(
    max_examples=12,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    deadline=None,
)
@given(operations=st.lists(operation, min_size=4, max_size=24))
def test_any_exchange_order_converges_and_loses_nothing(template, hub_url, operations):
    hub = Hub(hub_url)
    _reset_hub(hub)
    with tempfile.TemporaryDirectory() as folder:
        day = Day(template, Path(folder), hub)
        try:
            for op in operations:
                day.run(op)
            digests = day.settle_everything()
            assert len(set(digests)) == 1, [day.desks.parts(s) for s in day.stores]
            for store in day.stores:
                with store.read() as session:
                    held = set(session.scalars(select(Checkin.id)))
                    booked = set(session.scalars(select(Booking.id)))
                    doubly_held = session.scalar(
                        select(func.count()).select_from(
                            select(Booking.slot_id)
                            .where(Booking.status.in_(HOLDING))
                            .group_by(Booking.slot_id)
                            .having(func.count() > 1)
                            .subquery()
                        )
                    )
                assert day.checkins <= held, "no check-in is lost"
                assert day.bookings <= booked, "no booking is lost"
                assert doubly_held == 0, "no slot stays booked twice"
        finally:
            day.close()
            hub.close()
