"""How long the GUI thread stays frozen while the import wizard reads, checks and imports.

Not part of the pass/fail suite (no assertion on time). Run with
``QT_QPA_PLATFORM=offscreen python3 -m pytest tests/bench/test_bench_import_wizard.py -s
-p no:cacheprovider``. The target: the window never freezes for more than 50 ms.

The measure: a QTimer ticking every 10 ms on the GUI thread records the time between ticks
from the action (file chosen, Next, Import) to its result on screen. A late tick means the GUI
thread was busy, or starved of the GIL by the worker (Python's collector, run by whichever
thread allocates, holds the GIL for a full collection). Waiting goes through
``qtbot.waitSignal`` (an event loop that releases the GIL): ``QTest.qWait`` would hold it and
slow the worker down several times.
"""

from __future__ import annotations

import datetime as dt
import gc
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from gap_meter import GapMeter
from PySide6.QtCore import QCoreApplication, QEvent  # noqa: TID251 - a GUI benchmark

from catchdesk.core.events import create_event
from catchdesk.core.store import Store, open_store
from catchdesk.ui.context import DeskContext
from catchdesk.ui.import_wizard import ImportWizard
from catchdesk.ui.settings import Settings


def export(folder: Path, rows: int) -> Path:
    lines = ["Prénom;Nom;Courriel;Entreprise;Code"]
    lines += [f"Prénom{i};Nom{i};p{i}@exemple.be;Société {i % 300};T-{i:06d}" for i in range(rows)]
    path = folder / f"export-{rows}.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def store(tmp_path: Path) -> Iterator[tuple[Store, str]]:
    opened = open_store(tmp_path / "bench.sqlite", desk="Bench desk")
    with opened.write() as session:
        event_id = create_event(session, "Digital Day", dt.date(2026, 11, 26)).id
    yield opened, event_id
    opened.close()


def step(qtbot, name: str, start: Callable[[], None], signal: object, done: Callable[[], bool]):
    began = time.perf_counter()
    with GapMeter() as meter:
        start()
        while not done():
            with qtbot.waitSignal(signal, timeout=600_000):
                pass
    print(f"[bench]   {name}: {time.perf_counter() - began:.2f} s; {meter.summary()}")


@pytest.mark.parametrize("rows", [900, 10_000])
@pytest.mark.parametrize("frozen", [False, True], ids=["plain", "gc-frozen"])
def test_gui_pauses_during_an_import(qtbot, store, tmp_path, rows, frozen) -> None:
    opened, event_id = store
    path = export(tmp_path, rows)
    wizard = ImportWizard(DeskContext(opened, event_id, Settings(language="en")))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    if frozen:  # what an application does once after start-up (gc.freeze, Python ≥ 3.7)
        gc.collect()
        gc.freeze()
    print(f"\n[bench] {rows} rows through the wizard ({'gc frozen' if frozen else 'plain'}):")
    try:
        step(
            qtbot,
            "read",
            lambda: wizard.file_page.load(path),
            wizard.file_page.completeChanged,
            lambda: not wizard.file_page.reading,
        )
        wizard.next()
        step(
            qtbot,
            "check",
            wizard.next,
            wizard.check_page.completeChanged,
            lambda: not wizard.check_page.checking,
        )
        step(
            qtbot,
            "import",
            wizard.next,
            wizard.result_page.completeChanged,
            lambda: not wizard.result_page.running,
        )
        assert wizard.imported
    finally:
        if frozen:
            gc.unfreeze()
        wizard.close()
        wizard.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
