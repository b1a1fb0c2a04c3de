"""Benchmarks for certificates (not part of the pass/fail suite; no timing assertions).

Run with ``python3 -m pytest tests/bench/test_bench_paper_certificates.py -s``. The issue's target
is 1,000 certificates in ≤ 3 s: the whole batch, from the store to one merged PDF on disk (who
came, content, Ed25519 signature, serials, issue log, drawing, saving). The same certificates
are also drawn with reportlab's built-in QR widget, on fewer pages because it is two orders of
magnitude slower on a 300-letter code, and both rates are printed side by side. Each figure is
the best of three runs (noise only ever adds time); every run is rolled back, so each issues
the same 1,000 new certificates.
"""

from __future__ import annotations

import datetime as dt
import io
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from catchdesk.core.certificate_batch import export_certificates, page_for
from catchdesk.core.certificates import CertificateIssuer, find_recipients
from catchdesk.core.checkin import check_in
from catchdesk.core.demo import create_demo_event
from catchdesk.core.models import Attendee, AttendeeStatus, Event, Role, Workshop
from catchdesk.core.store import Store, open_store
from catchdesk.core.timeutil import at_local
from catchdesk.documents.certificate import CertificateLook, CertificatePage, CertificateRenderer
from catchdesk.documents.certificate_files import write_pdf

COUNT = 1000
WIDGET_COUNT = 50
ROUNDS = 3


@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, str]]:
    """A demo event where 1,000 people came, each sent to two workshops (until rooms are full)."""
    path = tmp_path_factory.mktemp("certificates") / "demo.sqlite"
    store = open_store(path, desk="Bench desk")
    with store.write() as session:
        create_demo_event(session, attendees=COUNT + 150, seed=2026)
    with store.write() as session:
        event = session.scalars(select(Event)).one()
        rooms = [
            w
            for w in session.scalars(select(Workshop).order_by(Workshop.starts_at))
            if not w.enrolment_required
        ]
        people = session.scalars(
            select(Attendee)
            .where(
                Attendee.role == Role.PARTICIPANT.value,
                Attendee.status == AttendeeStatus.REGISTERED.value,
            )
            .order_by(Attendee.id)
            .limit(COUNT)
        ).all()
        assert len(people) == COUNT
        opening = at_local(event.starts_on, 9, 0, event.timezone)
        for index, person in enumerate(people):
            moment = opening + dt.timedelta(seconds=index)
            check_in(session, event, person.code, desk="Accueil", now=moment)
            for room in (rooms[index % len(rooms)], rooms[(index * 7 + 3) % len(rooms)]):
                check_in(session, event, person.code, desk="Porte", workshop_id=room.id,
                         now=room.starts_at + dt.timedelta(minutes=3))  # fmt: skip
        event_id = event.id
    yield store, event_id
    store.close()


def best_of(run: Callable[[], object]) -> float:
    durations = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        run()
        durations.append(time.perf_counter() - start)
    return min(durations)


def rolled_back(store: Store, work: Callable[..., object]) -> Callable[[], object]:
    def run() -> object:
        with store.session_factory() as session:
            session.begin()
            try:
                return work(session)
            finally:
                session.rollback()

    return run


def test_1000_certificates_store_to_merged_pdf(day: tuple[Store, str], tmp_path: Path) -> None:
    store, event_id = day
    out = tmp_path / "certificates.pdf"
    written: list[int] = []

    def batch(session: object) -> None:
        event = session.get(Event, event_id)  # type: ignore[attr-defined]
        result = export_certificates(session, event, out)  # type: ignore[arg-type]
        written.append(len(result.issued))

    seconds = best_of(rolled_back(store, batch))
    assert written == [COUNT] * ROUNDS
    size = out.stat().st_size
    print(
        f"\n[bench] {COUNT} certificates, store → one merged PDF: {seconds:.2f} s "
        f"({COUNT / seconds:.0f}/s), {size / 1e6:.1f} MB (target ≤ 3 s)"
    )


def test_1000_certificates_to_a_folder(day: tuple[Store, str], tmp_path: Path) -> None:
    store, event_id = day

    def batch(session: object) -> None:
        event = session.get(Event, event_id)  # type: ignore[attr-defined]
        export_certificates(session, event, tmp_path / "folder")  # type: ignore[arg-type]

    start = time.perf_counter()
    rolled_back(store, batch)()
    seconds = time.perf_counter() - start
    print(
        f"\n[bench] {COUNT} certificates, store → one PDF file each: {seconds:.2f} s "
        f"({COUNT / seconds:.0f}/s; each file embeds its own font subset)"
    )


def test_fast_qr_and_reportlab_widget_side_by_side(day: tuple[Store, str]) -> None:
    store, event_id = day
    with store.session_factory() as session:
        session.begin()
        event = session.get(Event, event_id)
        people = find_recipients(session, event).attendees[:COUNT]
        issuer = CertificateIssuer(session, event)
        pages: list[CertificatePage] = [page_for(issuer.issue(p), None) for p in people]
        look = CertificateLook.from_event(event)
        session.rollback()
    sizes: dict[str, int] = {}

    def draw(kind: str, count: int) -> Callable[[], None]:
        renderer = CertificateRenderer(look, qr=kind)

        def run() -> None:
            buffer = io.BytesIO()
            write_pdf(buffer, pages[:count], renderer)
            sizes[kind] = len(buffer.getvalue())

        return run

    fast = best_of(draw("fast", COUNT))
    widget = best_of(draw("widget", WIDGET_COUNT))
    fast_rate, widget_rate = COUNT / fast, WIDGET_COUNT / widget
    print(
        f"\n[bench] drawing certificates (content already issued), QR code of a "
        f"{len(pages[0].code)}-letter certificate code:\n"
        f"[bench]   zxing-cpp symbol + one path: {fast_rate:7.0f} certificates/s "
        f"({COUNT} in {fast:.2f} s, {sizes['fast'] / COUNT / 1e3:.1f} kB a page)\n"
        f"[bench]   reportlab QrCodeWidget:      {widget_rate:7.1f} certificates/s "
        f"({WIDGET_COUNT} in {widget:.2f} s, {sizes['widget'] / WIDGET_COUNT / 1e3:.1f} kB a page; "
        f"{COUNT} would take {COUNT / widget_rate:.0f} s) — {fast_rate / widget_rate:.0f}× slower"
    )
