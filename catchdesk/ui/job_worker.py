"""Long jobs off the GUI thread: one wrapper with progress, cancel and one outcome signal.

Like Anki's ``CollectionOp`` (DESIGN.md §8): a screen hands :class:`BackgroundJob` a plain
function; the function runs in a :class:`~PySide6.QtCore.QThread` and receives a
:class:`JobControl` whose :meth:`~JobControl.progress` and :meth:`~JobControl.cancelled` are
exactly the ``progress(done, total)`` and ``cancelled()`` callables the core's batch jobs take
(:mod:`catchdesk.core.jobs`), so the function is usually one core call. How it ended comes back
on the GUI thread as exactly one of ``succeeded(result)``, ``cancelled(exception)`` or
``failed(exception)``, then ``finished()``. Exceptions are handed over whole, not as text: a
stopped e-mail batch or certificate run carries its report of what was done.

Progress is forwarded at most every :attr:`BackgroundJob.min_interval_ms` (and always the last
step), so a job reporting every item never floods the GUI thread's event queue.

:class:`JobProgressDialog` is the standard progress window for a job: a bar, a line saying how
far it got, a Cancel button; it appears only when the job lasts long enough to be noticed.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from catchdesk.core.errors import CatchDeskError
from catchdesk.core.jobs import JobCancelled

log = logging.getLogger(__name__)


GIL_SWITCH_S = 0.00005
"""How long a thread may hold the GIL before it must offer it: short, so the window keeps it."""


class JobControl:
    """What the work function gets: report progress, learn whether to stop, say what it does."""

    def __init__(self, job: BackgroundJob) -> None:
        self._job = job
        self._last = 0.0

    def progress(self, done: int, total: int) -> None:
        """``done`` of ``total`` items; forwarded to the GUI thread when due (thread-safe)."""
        now = time.monotonic()
        due = now - self._last >= self._job.min_interval_ms / 1000 or done >= total or done == 0
        if due:
            self._last = now
            self._job.progressed.emit(done, total)

    def cancelled(self) -> bool:
        """True once someone asked the job to stop (the core raises JobCancelled then)."""
        return self._job.cancel_requested

    def say(self, text: str) -> None:
        """A new line for the progress window ("Sending to …"); thread-safe."""
        self._job.stage_changed.emit(text)


Work = Callable[[JobControl], Any]


class _Thread(QThread):
    """Runs the work and keeps its outcome for the job to hand out on the GUI thread."""

    def __init__(self, work: Work, control: JobControl, parent: QObject) -> None:
        super().__init__(parent)
        self._work = work
        self._control = control
        self.outcome: tuple[str, Any] = ("failed", RuntimeError("the job did not run"))

    def run(self) -> None:
        try:
            self.outcome = ("succeeded", self._work(self._control))
        except JobCancelled as exc:
            self.outcome = ("cancelled", exc)
        except CatchDeskError as exc:
            self.outcome = ("failed", exc)
        except Exception as exc:  # shown as a sentence; the traceback goes to the log
            log.exception("background job failed")
            self.outcome = ("failed", exc)


class BackgroundJob(QObject):
    """One function run once in a worker thread, with progress, cancel and its outcome.

    Usage::

        job = BackgroundJob(lambda control: export(..., progress=control.progress,
                                                   cancelled=control.cancelled), parent=self)
        job.succeeded.connect(self._show_result)
        job.failed.connect(self._show_error)
        job.start()

    The job must outlive its thread: keep it parented to a widget that calls :meth:`stop`
    before it goes away (:meth:`stop` asks the work to stop and waits for it).
    """

    progressed = Signal(int, int)
    """``done, total``; emitted in the worker, delivered on the receivers' threads."""
    stage_changed = Signal(str)
    succeeded = Signal(object)
    """The work's return value."""
    cancelled = Signal(object)
    """The :class:`~catchdesk.core.jobs.JobCancelled` (or subclass) the work raised."""
    failed = Signal(object)
    """The exception the work raised: a CatchDeskError says what to do in its message."""
    finished = Signal()
    """After the outcome signal, always; the thread has ended."""

    min_interval_ms = 40
    """Progress is forwarded at most this often (and always the first and last step)."""

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._started = False
        self.control = JobControl(self)
        self._thread = _Thread(work, self.control, self)
        self._thread.finished.connect(self._dispatch)
        self.result: Any = None
        self.error: BaseException | None = None
        self.outcome = ""
        """``succeeded``, ``cancelled`` or ``failed`` once finished; empty before."""

    def start(self) -> BackgroundJob:
        """Start the work in its thread (once); returns the job for chaining."""
        if self._started:
            raise RuntimeError("a BackgroundJob runs once; make a new one")
        self._started = True
        # Python's full garbage collection walks every object of the process (the screens,
        # the ORM, reportlab's font tables: a few hundred ms) with the GIL held, in whichever
        # thread triggers it; during a job that is a freeze of the window. Objects that exist
        # before the job move to the permanent generation: collections then walk only what
        # the job creates.
        gc.freeze()
        # A pure-Python worker (QR codes, PDF drawing) keeps the GIL for the whole switch
        # interval, 5 ms by default, and the window needs it for every Python call of a
        # repaint (each cell of a Python table model): showing the progress window took
        # 300 ms at 5 ms, 100 ms at 0.2 ms, 45 ms at 0.05 ms. The jobs take no longer.
        sys.setswitchinterval(GIL_SWITCH_S)
        self._thread.start()
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next check; thread-safe, may be called many times."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return self._started and not self.outcome

    def wait(self, msecs: int = -1) -> bool:
        """Block until the thread ends (tests, shutdown); True if it did within ``msecs``."""
        if not self._started:
            return True
        return self._thread.wait(msecs) if msecs >= 0 else self._thread.wait()

    def stop(self) -> None:
        """Cancel and wait: for a screen that is closing while the job still runs."""
        self.cancel()
        self.wait()
        QCoreApplication.sendPostedEvents(self)

    def _dispatch(self) -> None:
        kind, value = self._thread.outcome
        self.outcome = kind
        if kind == "succeeded":
            self.result = value
            self.succeeded.emit(value)
        else:
            self.error = value
            (self.cancelled if kind == "cancelled" else self.failed).emit(value)
        self.finished.emit()


def error_text(error: BaseException) -> str:
    """The sentence to show for a job's failure: ours as written, anything else in general."""
    if isinstance(error, CatchDeskError):
        return str(error)
    return QCoreApplication.translate(
        "JobWorker", "Something went wrong ({0}); the log has the details."
    ).replace("{0}", type(error).__name__)


class JobProgressDialog(QDialog):
    """A window-modal progress window for a job: what it does, how far, and Cancel.

    It appears only if the job is still running after :attr:`show_after_ms` (a quick job
    flashes nothing) and closes itself when the job finishes. Cancel asks the job to stop and
    says so; the job decides when (the current item is finished first).
    """

    show_after_ms = 300

    def __init__(
        self,
        job: BackgroundJob,
        title: str,
        text: str,
        parent: QWidget | None = None,
        *,
        count_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("jobProgressDialog")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)
        self.job = job
        self._count_text = count_text or self.tr("%1 of %2")
        self.label = QLabel(text, objectName="jobProgressText")
        self.label.setWordWrap(True)
        self.bar = QProgressBar(objectName="jobProgressBar")
        self.bar.setRange(0, 0)
        self.count = QLabel(objectName="jobProgressCount")
        buttons = QDialogButtonBox()
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="jobCancelButton")
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.clicked.connect(self.request_cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        job.progressed.connect(self._progress)
        job.stage_changed.connect(self.label.setText)
        job.finished.connect(self._finish)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._appear)
        self._timer.start(self.show_after_ms)

    def _appear(self) -> None:
        if self.job.is_running():
            self.open()

    def _progress(self, done: int, total: int) -> None:
        if total <= 0:
            return
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.count.setText(self._count_text.replace("%1", str(done)).replace("%2", str(total)))

    def request_cancel(self) -> None:
        """What the Cancel button (and Escape) does: ask the job to stop, say it is stopping."""
        if not self.job.cancel_requested:
            self.job.cancel()
            self.label.setText(self.tr("Stopping after the current item…"))
            self.cancel_button.setEnabled(False)

    def reject(self) -> None:
        """Escape or the window's close button cancel the job; the window waits for it."""
        self.request_cancel()

    def _finish(self) -> None:
        self._timer.stop()
        self.done(QDialog.DialogCode.Accepted)
        self.deleteLater()
