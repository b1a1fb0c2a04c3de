"""Work deferred to a widget's first frame runs once: after that paint, or after the fallback."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QWidget

from catchdesk.ui.first_frame import AfterFirstFrame


def test_it_runs_right_after_the_first_paint_not_at_the_fallback(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    ran: list[float] = []
    AfterFirstFrame(widget, lambda: ran.append(time.monotonic()), fallback_ms=60_000)
    assert not ran  # nothing before the widget is drawn
    widget.show()
    qtbot.waitUntil(lambda: bool(ran), timeout=5_000)
    widget.update()
    widget.repaint()
    qtbot.wait(50)
    assert len(ran) == 1


def test_a_widget_never_shown_gets_it_after_the_fallback(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    ran: list[int] = []
    AfterFirstFrame(widget, lambda: ran.append(1), fallback_ms=100)
    qtbot.wait(30)
    assert not ran
    qtbot.waitUntil(lambda: bool(ran), timeout=5_000)
    widget.show()
    widget.repaint()
    qtbot.wait(50)
    assert ran == [1]
