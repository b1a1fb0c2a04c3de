"""The installed Qt bindings can run a desk all day.

PySide6 6.12.0 drops one reference to ``None`` on every call that returns nothing; on Python
3.11, where ``None`` is an ordinary object, the process aborts ("none_dealloc") once those calls
outnumber its references: after some thousands of label updates, on the day, at the desk.
``pyproject.toml`` keeps that release out; this test says so at once if it comes back.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_qt_calls_leave_the_references_to_none_alone(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    timer = QTimer()
    before = sys.getrefcount(None)
    for index in range(300):  # enough to tell, few enough not to abort the test run
        label.setText(str(index))
        label.update()
        timer.start(1_000)
    timer.stop()
    assert sys.getrefcount(None) > before - 100  # 6.12.0: 900 fewer
