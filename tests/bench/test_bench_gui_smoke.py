"""Benchmark: ``catchdesk gui --smoke`` on a 100,000-attendee store against a bare window.

Run with ``python3 -m pytest tests/bench/test_bench_gui_smoke.py -s``. The target (issue 4) is
that opening the desk until the scan field has the focus takes no more than 1.3 × what a bare
PySide6 window with a focused line edit plus ``import sqlalchemy.orm`` takes on the same
machine; both are measured in this one run, as fresh processes, alternately, and the medians
compared.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from catchdesk.core.demo import create_demo_event
from catchdesk.core.store import open_store

RUNS = 5
BIG = 100_000

BARE = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow
import sqlalchemy.orm
app = QApplication([])
window = QMainWindow()
field = QLineEdit()
window.setCentralWidget(field)
window.show()
field.setFocus()
def check():
    if QApplication.focusWidget() is field:
        print(f"bare: {(time.perf_counter() - START) * 1000:.0f} ms", flush=True)
        app.exit(0)
timer = QTimer()
timer.timeout.connect(check)
timer.start(5)
app.exec()
"""


@pytest.fixture(scope="module")
def big_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gui-bench") / "big.sqlite"
    store = open_store(path, desk="Bench")
    with store.write() as session:
        create_demo_event(session, attendees=BIG, seed=4)
    store.close()
    return path


def run_ms(argv: list[str], pattern: str, env: dict[str, str]) -> tuple[float, float]:
    """(the figure the program prints, the process's wall time), in ms."""
    started = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120, check=True)
    wall = (time.perf_counter() - started) * 1000
    match = re.search(pattern, done.stdout)
    assert match, done.stdout + done.stderr
    return float(match.group(1)), wall


def test_gui_smoke_against_a_bare_window(big_store_path: Path, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    bare_code = "import time; START = time.perf_counter()\n" + BARE
    desk, bare = [], []
    for _ in range(RUNS):
        desk.append(
            run_ms(
                [sys.executable, "-m", "catchdesk", "--db", str(big_store_path), "gui", "--smoke"],
                r"scan field focused after (\d+) ms",
                env,
            )
        )
        bare.append(run_ms([sys.executable, "-c", bare_code], r"bare: (\d+) ms", env))
    desk_ms = statistics.median(figure for figure, _wall in desk)
    bare_ms = statistics.median(figure for figure, _wall in bare)
    desk_wall = statistics.median(wall for _figure, wall in desk)
    bare_wall = statistics.median(wall for _figure, wall in bare)
    print(
        f"\n[bench] gui --smoke on {BIG:,} attendees: scan field focused after {desk_ms:.0f} ms "
        f"(median of {RUNS}); bare window + sqlalchemy.orm: {bare_ms:.0f} ms; ratio "
        f"{desk_ms / bare_ms:.2f} (target ≤ 1.3). Whole processes: {desk_wall:.0f} ms vs "
        f"{bare_wall:.0f} ms."
    )
    assert desk_ms > 0 and bare_ms > 0
