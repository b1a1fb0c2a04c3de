"""Benchmarks for badges (not part of the pass/fail suite; no timing assertions).

Run with ``python3 -m pytest tests/bench/test_bench_paper_badges.py -s``. The issue's target is
1,000 badges in ≤ 3 s; the same 1,000 badges are also drawn with reportlab's built-in QR widget
to show what the direct QR drawing saves. Each figure is the best of three runs (the machine's
noise only ever adds time), with the QR matrix cache emptied before each run.
"""

from __future__ import annotations

import io
import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from reportlab.graphics import renderPDF
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from catchdesk.cli import main
from catchdesk.core.badges import BadgeData, badge_attendees
from catchdesk.core.demo import create_demo_event
from catchdesk.core.models import Event
from catchdesk.core.store import Store, open_store
from catchdesk.documents import badges as badge_documents
from catchdesk.documents.qr import qr_matrix, qr_widget_drawing

COUNT = 1000
ROUNDS = 3


def widget_qr(canvas: Canvas, data: str, x: float, y: float, size: float, **_: object) -> None:
    renderPDF.draw(qr_widget_drawing(data, size), canvas, x, y)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Store]:
    path = tmp_path_factory.mktemp("badges") / "demo.sqlite"
    store = open_store(path, desk="Bench desk")
    with store.write() as session:
        create_demo_event(session, attendees=COUNT + 60, seed=2026)
    return path, store


@pytest.fixture(scope="module")
def people(demo_store: tuple[Path, Store]) -> tuple[str, list[BadgeData]]:
    _, store = demo_store
    with store.read() as session:
        event = session.scalars(select(Event)).one()
        chosen = badge_attendees(session, event)[:COUNT]
        return event.name, [BadgeData.from_attendee(a) for a in chosen]


def best_of(run: Callable[[], object]) -> float:
    durations = []
    for _ in range(ROUNDS):
        qr_matrix.cache_clear()
        start = time.perf_counter()
        run()
        durations.append(time.perf_counter() - start)
    return min(durations)


@pytest.mark.parametrize("layout", ["a4-8", "label-62mm"])
def test_1000_badges_fast_qr_and_reportlab_widget(people, layout, monkeypatch):
    event_name, data = people
    assert len(data) == COUNT
    sizes: dict[str, int] = {}

    def render(kind: str) -> None:
        buffer = io.BytesIO()
        badge_documents.render_badges(data, event_name, layout, buffer)
        sizes[kind] = len(buffer.getvalue())

    fast = best_of(lambda: render("fast"))
    monkeypatch.setattr(badge_documents, "draw_qr", widget_qr)
    widget = best_of(lambda: render("widget"))
    print(
        f"\n[bench] {COUNT} badges {layout}, direct QR: {fast:.2f} s "
        f"({COUNT / fast:.0f} badges/s, PDF {sizes['fast'] / 1e6:.1f} MB) | "
        f"reportlab QR widget: {widget:.2f} s ({COUNT / widget:.0f} badges/s, "
        f"PDF {sizes['widget'] / 1e6:.1f} MB) | direct is {widget / fast:.1f}× faster"
    )


def test_cli_badges_1000_end_to_end(demo_store, tmp_path, capsys):
    """The whole command: open the store, select and sort, render, write atomically, log."""
    path, _ = demo_store
    out = tmp_path / "badges.pdf"
    qr_matrix.cache_clear()
    start = time.perf_counter()
    code = main(["--db", str(path), "badges", "--out", str(out), "--json", "--no-log"])
    seconds = time.perf_counter() - start
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    with capsys.disabled():
        print(
            f"\n[bench] catchdesk badges, {report['count']} badges a4-8 end to end: "
            f"{seconds:.2f} s ({out.stat().st_size / 1e6:.1f} MB)"
        )
