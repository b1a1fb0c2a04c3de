"""How long the GUI thread stays frozen while the documents screen's long jobs run.

Not part of the pass/fail suite (no assertion on time). Run with
``QT_QPA_PLATFORM=offscreen python3 -m pytest tests/bench/test_bench_documents_gui.py -s
-p no:cacheprovider``. The issue's target: the window never freezes for more than 50 ms.

The measure: a QTimer ticking every 10 ms on the GUI thread records the time between ticks while
a job runs, from the click to the job's end (its result shown, files logged). A tick that comes
late means the GUI thread was busy (or starved of the GIL by the worker) for that long; the
report gives the largest gap, the 99th percentile and the number of ticks, beside the same
measure with no job running (a loaded machine delays ticks by itself). The 100,000-person
list is measured too: loading happens in a worker, but handing the rows to the two lists and
filtering on each keystroke run on the GUI thread, so they are timed directly.
"""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from gap_meter import GapMeter
from PySide6.QtCore import QCoreApplication, QEvent  # noqa: TID251 - a GUI benchmark
from sqlalchemy import select

from catchdesk.core.checkin import check_in
from catchdesk.core.demo import create_demo_event
from catchdesk.core.models import Attendee, AttendeeStatus, Event
from catchdesk.core.store import Store, open_store
from catchdesk.core.timeutil import at_local
from catchdesk.ui.context import DeskContext
from catchdesk.ui.documents import DocumentsScreen
from catchdesk.ui.documents_people import load_people
from catchdesk.ui.pdf_printing import pdf_file_printer
from catchdesk.ui.settings import Settings

PEOPLE = 1_000
CAME = 900
BIG = int(os.environ.get("CATCHDESK_BENCH_BIG", "100000"))


@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, str]]:
    """A demo event of 1,000 people of whom 900 came."""
    path = tmp_path_factory.mktemp("documents") / "demo.sqlite"
    store = open_store(path, desk="Bench desk")
    with store.write() as session:
        summary = create_demo_event(session, attendees=PEOPLE, seed=2026)
    with store.write() as session:
        event = session.get(Event, summary.event_id)
        moment = at_local(event.starts_on, 9, 30, event.timezone)
        codes = session.scalars(
            select(Attendee.code)
            .where(Attendee.status == AttendeeStatus.REGISTERED.value)
            .order_by(Attendee.id)
            .limit(CAME)
        ).all()
        for code in codes:
            check_in(session, event, code, desk="Accueil", now=moment)
    yield store, summary.event_id
    store.close()


@pytest.fixture
def screen(qtbot, day) -> Iterator[DocumentsScreen]:
    store, event_id = day
    settings = Settings(language="en")
    settings.sounds_enabled = False
    documents = DocumentsScreen(DeskContext(store, event_id, settings))
    qtbot.addWidget(documents)
    documents.resize(1280, 800)
    with qtbot.waitSignal(documents.people_loaded, timeout=60_000):
        documents.show()
    qtbot.wait(1500)  # the first paint of the lists is not part of any job
    yield documents
    documents.close()
    documents.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _run(qtbot, tab, start, name: str) -> None:
    with GapMeter() as meter:
        start()
        while tab.busy():  # a job may chain the next one (draw, then print)
            with qtbot.waitSignal(tab.job.finished, timeout=600_000):
                pass
        qtbot.wait(50)
    assert tab.job.outcome == "succeeded", tab.notice.text()
    meter.report(name)


def test_idle_baseline(qtbot, screen) -> None:
    """The same measure with no job running: what the machine itself adds (other processes)."""
    with GapMeter() as meter:
        qtbot.wait(3000)
    meter.report("idle, no job (baseline of this machine)")


def test_certificates_written_into_a_folder(qtbot, screen, tmp_path: Path) -> None:
    tab = screen.certificates
    tab.folder_input.setText(str(tmp_path / "certificates"))
    started = time.perf_counter()
    _run(qtbot, tab, tab.write_folder, f"{CAME} certificates written into a folder")
    print(f"[bench]   took {time.perf_counter() - started:.1f} s; {tab.notice.text()}")


def test_certificates_as_one_pdf(qtbot, screen, tmp_path: Path) -> None:
    tab = screen.certificates
    _run(
        qtbot,
        tab,
        lambda: tab.save_merged_to(tmp_path / "all.pdf"),
        f"{CAME} certificates saved as one PDF",
    )


def test_certificates_preview_and_print(qtbot, screen, tmp_path: Path) -> None:
    tab = screen.certificates
    _run(qtbot, tab, tab.preview, "certificate preview (first 20)")
    tab.model.set_ticked([row.attendee_id for row in tab.people.rows if row.came][:40], True)
    printer = pdf_file_printer(tmp_path / "printed.pdf")
    _run(qtbot, tab, lambda: tab.print_to(printer), "40 certificates printed into a PDF file")


def test_badges_for_everyone_previewed_and_saved(qtbot, screen, tmp_path: Path) -> None:
    tab = screen.badges
    _run(qtbot, tab, tab.preview, f"{PEOPLE} badges drawn and previewed")
    _run(
        qtbot,
        tab,
        lambda: tab.save_pdf_to(tmp_path / "badges.pdf"),
        "badge PDF saved, print log written",
    )


def test_a_hundred_thousand_people_in_the_pick_lists(qtbot, tmp_path_factory) -> None:
    path = tmp_path_factory.mktemp("big") / "big.sqlite"
    store = open_store(path, desk="Bench desk")
    with store.write() as session:
        event_id = create_demo_event(session, attendees=BIG, seed=7).event_id
    started = time.perf_counter()
    people = load_people(store, event_id)
    print(
        f"\n[bench] {people.count} people loaded (in the worker): "
        f"{time.perf_counter() - started:.2f} s"
    )
    settings = Settings(language="en")
    documents = DocumentsScreen(DeskContext(store, event_id, settings))
    qtbot.addWidget(documents)
    documents.resize(1280, 800)
    with qtbot.waitSignal(documents.people_loaded, timeout=120_000):
        documents.show()
    started = time.perf_counter()
    documents._people_ready(people)  # what the GUI thread does with a fresh list
    print(
        f"[bench] handing {people.count} rows to both lists (GUI thread): "
        f"{(time.perf_counter() - started) * 1000:.1f} ms"
    )
    picker = documents.badges.picker
    timings = []
    for text in ("d", "du", "dub", "dubo", "duboi", "dubois", "dubois m", ""):
        picker.filter_input.setText(text)
        started = time.perf_counter()
        picker.apply_filter()
        picker.view.viewport().repaint()
        timings.append((time.perf_counter() - started) * 1000)
    print(
        f"[bench] filter as you type over {people.count} rows, each key (ms): "
        + ", ".join(f"{t:.1f}" for t in timings)
    )
    started = time.perf_counter()
    documents.badges.picker.tick_shown.click()
    print(f"[bench] tick all {people.count} shown: {(time.perf_counter() - started) * 1000:.1f} ms")
    documents.close()
    documents.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    store.close()
