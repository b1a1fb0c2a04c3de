"""How responsive the window stays while a job runs: the gaps between ticks of a 10 ms timer.

A tick can only fire when the GUI thread is free (and holds the GIL): a gap of 60 ms is a
60 ms freeze the user would feel. Shared by the GUI benchmarks of long jobs.
"""

from __future__ import annotations

import statistics
import time

from PySide6.QtCore import QTimer  # noqa: TID251 - a GUI benchmark helper


class GapMeter:
    """Ticks every 10 ms on the GUI thread and keeps the gaps between ticks."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._last = 0.0
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now

    def __enter__(self) -> GapMeter:
        self._last = time.perf_counter()
        self._timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._timer.stop()

    def summary(self) -> str:
        """Largest gap, p99, median and count, in one line."""
        ordered = sorted(self.gaps) or [0.0]
        p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
        return (
            f"largest gap between 10 ms ticks {max(ordered):.1f} ms, p99 {p99:.1f} ms, "
            f"median {statistics.median(ordered):.1f} ms, {len(ordered)} ticks"
        )

    def report(self, name: str) -> None:
        print(f"\n[bench] {name}: {self.summary()}")
