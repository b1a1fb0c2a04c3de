"""A USB scanner is a keyboard: tell its bursts from human typing, wherever the focus is.

A scanner types a whole code in a few milliseconds; a person never types several keys closer
than :attr:`ScannerInput.max_gap_ms` apart. An event filter on whichever widget of the scan
field's window holds the focus (and on the window itself) watches key presses: a run of
:data:`MIN_BURST` fast keys is a scan, taken out of whatever field received it (the search
field keeps what it had before) and delivered once through ``scan_received``, on Enter/Tab or
after :attr:`ScannerInput.commit_ms` of silence (scanners without an Enter suffix). Slow keys
go where they were going. A key typed while no text field has the focus sends the focus back
to the scan field, so the desk never needs the mouse (DESIGN.md §10).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from shiboken6 import getCppPointer, isValid

MIN_BURST = 4
"""Keys in a fast run before it counts as a scan (a person's key rollover makes two or three)."""
_COMMIT_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab}
_TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


@dataclass
class _Snapshot:
    """A line edit's text before the first key of a possible burst, to put it back."""

    widget: QLineEdit
    text: str
    cursor: int


def is_text_input(widget: QWidget | None) -> bool:
    """Whether typing in ``widget`` means writing text (the user is typing somewhere on purpose)."""
    if widget is None:
        return False
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, _TEXT_INPUTS)


class _VisibilityWatch(QObject):
    """Tells a :class:`ScannerInput` when its scan field appears or disappears."""

    def __init__(self, scanner: ScannerInput) -> None:
        super().__init__(scanner)
        self.scanner = scanner

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show:
            self.scanner.watch(True)
        elif kind == QEvent.Type.Hide:
            self.scanner.watch(False)
        return False


class ScannerInput(QObject):
    """Turns scanner bursts typed anywhere in ``scan_field``'s window into ``scan_received``."""

    scan_received = Signal(str)

    def __init__(
        self,
        scan_field: QLineEdit,
        *,
        max_gap_ms: int = 35,
        commit_ms: int = 80,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else scan_field)
        self.scan_field = scan_field
        self.max_gap_ms = max_gap_ms
        self.commit_ms = commit_ms
        self.last_key_time = 0.0
        """``perf_counter()`` of the last key of the latest scan (benchmarks read it)."""
        self._run: list[str] = []
        self._last_at = 0.0
        self._last_stamp = 0
        """The window system's time stamp of the last key (ms; 0 when it had none)."""
        self._burst = False
        self._snapshot: _Snapshot | None = None
        self._seen: tuple[int, QObject] | None = None
        """The last key event seen (its address), so its trip up the parents is ignored."""
        self._commit_timer = QTimer(self)
        self._commit_timer.setSingleShot(True)
        self._commit_timer.timeout.connect(self._commit)
        # Key presses go to the focus widget first, then up its parents to the window: the
        # filter follows the focus instead of sitting on the application. An application-wide
        # filter sees every event of every object, each one a call into Python that first makes
        # Python types for Qt's private classes (~30 ms of enum building before the first scan
        # field could take the focus); while a background job held the GIL, showing a dialog
        # through it took 200 ms. It is installed only while the scan field is on screen.
        self._watching = False
        self._followed: list[QWidget] = []
        self._visibility = _VisibilityWatch(self)
        scan_field.installEventFilter(self._visibility)
        self.watch(scan_field.isVisible())

    @classmethod
    def for_settings(
        cls, scan_field: QLineEdit, settings: Any, parent: QObject | None = None
    ) -> ScannerInput:
        """A scanner input timed by the desk's settings (see :meth:`apply_settings`)."""
        scanner = cls(scan_field, parent=parent)
        scanner.apply_settings(settings)
        return scanner

    def apply_settings(self, settings: Any) -> None:
        """Take the scanner timing of the desk's settings (read again when they are saved)."""
        self.max_gap_ms = int(settings.scanner_max_gap_ms)
        self.commit_ms = int(settings.scanner_commit_ms)

    def watch(self, on: bool) -> None:
        """Start or stop watching the window's keys (the scan field was shown or hidden)."""
        app = QApplication.instance()
        if not isinstance(app, QApplication) or on == self._watching:
            return
        self._watching = on
        if on:
            app.focusChanged.connect(self._focus_moved)
            self._follow(QApplication.focusWidget())
        else:
            app.focusChanged.disconnect(self._focus_moved)
            self._follow(None)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._follow(new)

    def _follow(self, focused: QWidget | None) -> None:
        """Filter the keys of ``focused`` and of its window, if that is the scan field's window."""
        window = self.scan_field.window()
        wanted = [] if focused is None or focused.window() is not window else [focused]
        if self._watching:
            wanted.append(window)
        for widget in self._followed:
            if widget not in wanted and isValid(widget):
                widget.removeEventFilter(self)
        for widget in wanted:
            if widget not in self._followed:
                widget.installEventFilter(self)
        self._followed = wanted

    def detach(self) -> None:
        """Stop watching keys (the screen is going away)."""
        self.watch(False)
        self.scan_field.removeEventFilter(self._visibility)
        self._commit_timer.stop()

    # -- the filter --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Watch key presses for the scan field's window; swallow a burst's keys."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if not self.scan_field.isVisible() or watched.window() is not self.scan_field.window():
            return False
        assert isinstance(event, QKeyEvent)
        pointer = getCppPointer(event)[0]
        previous = self._seen
        if (
            previous is not None
            and previous[0] == pointer
            and isinstance(previous[1], QWidget)
            and watched is not previous[1]
            and watched.isAncestorOf(previous[1])
        ):
            return False  # the same key travelling up to a parent after the child ignored it
        self._seen = (pointer, watched)
        return self._key(watched, event)

    def _gap_ms(self, event: QKeyEvent, now: float) -> float:
        """Time since the previous key, by the window system's clock when the event has one.

        The window system stamps each key when it is typed: a burst stays a burst even when
        the GUI thread was busy for a moment in the middle of it (the keys then arrive
        together). Keys made up in-process (tests, a forwarded key) carry no stamp.
        """
        stamp, previous = event.timestamp(), self._last_stamp
        self._last_stamp = stamp
        if stamp and previous and stamp >= previous:
            return float(stamp - previous)
        return (now - self._last_at) * 1000

    def _key(self, target: QWidget, event: QKeyEvent) -> bool:
        now = time.perf_counter()
        self.last_key_time = now
        text = event.text()
        if event.key() in _COMMIT_KEYS:
            if self._burst:
                self._commit()
                return True
            self._forget()
            return False
        control = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier
        )
        if not text or not text.isprintable() or (control and not text.strip()):
            return False
        if self._gap_ms(event, now) > self.max_gap_ms:
            if self._burst:
                self._commit()
            self._forget()
        self._last_at = now
        if self._burst:
            self._run.append(text)
            self._commit_timer.start(self.commit_ms)
            return True
        if not self._run:
            if not is_text_input(target) and text != " ":
                return self._redirect(event)
            self._snapshot = (
                _Snapshot(target, target.text(), target.cursorPosition())
                if isinstance(target, QLineEdit)
                else None
            )
        self._run.append(text)
        if len(self._run) >= MIN_BURST:
            self._burst = True
            self._restore()
            self._commit_timer.start(self.commit_ms)
            return True
        return False

    def _redirect(self, event: QKeyEvent) -> bool:
        """Send a key typed outside any text field to the scan field, with the focus."""
        self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)
        copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
        copy.setTimestamp(event.timestamp())
        QApplication.sendEvent(self.scan_field, copy)
        return True

    def _restore(self) -> None:
        """Take the burst's first keys back out of the field that received them."""
        snap = self._snapshot
        if snap is not None:
            blocked = snap.widget.blockSignals(snap.widget is self.scan_field)
            snap.widget.setText(snap.text)
            snap.widget.setCursorPosition(snap.cursor)
            snap.widget.blockSignals(blocked)
        self._snapshot = None

    def _commit(self) -> None:
        self._commit_timer.stop()
        scan = "".join(self._run)
        self._forget()
        if scan.strip():
            self.scan_received.emit(scan)

    def _forget(self) -> None:
        self._run = []
        self._burst = False
        self._snapshot = None
