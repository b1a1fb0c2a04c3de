"""Work that waits for a widget's first frame: what the first scan does not need comes after.

The desk window shows its scan field first; its warm-up, the navigation's icons and the sync
controls follow right after the first paint, or after a fallback delay for a widget that is
never painted (a screen built but not shown, a test).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstFrame(QObject):
    """Calls ``work`` once: just after ``widget``'s first paint, or ``fallback_ms`` after now.

    A child of ``widget``: a widget closed before either never runs the work. It watches the
    widget's events only until that first paint.
    """

    def __init__(self, widget: QWidget, work: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(widget)
        self._widget = widget
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(work)
        self._timer.start(fallback_ms)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            if self._timer.isActive():
                self._timer.start(0)  # after this paint, before anything else comes
        return False
