"""The generic background job: outcome signals, throttled progress, Cancel in its window."""

from __future__ import annotations

import threading
import time

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget

from catchdesk.core.errors import CatchDeskError
from catchdesk.core.jobs import JobCancelled, Steps
from catchdesk.ui.job_worker import BackgroundJob, JobProgressDialog, error_text


@pytest.fixture
def owner(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_result_comes_back_on_the_gui_thread_with_progress(qtbot, owner):
    seen: list[tuple[int, int]] = []
    threads: list[object] = []

    def work(control):
        threads.append(threading.current_thread())
        steps = Steps(10_000, control.progress, control.cancelled)
        for _ in range(10_000):
            steps.check()
            steps.advance()
        return "done"

    job = BackgroundJob(work, owner)
    job.progressed.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(job.succeeded, timeout=10_000) as succeeded:
        job.start()
    assert succeeded.args == ["done"]
    assert threads and threads[0] is not threading.main_thread()
    assert job.outcome == "succeeded" and not job.is_running()
    assert seen[0] == (0, 10_000) and seen[-1] == (10_000, 10_000)
    assert len(seen) < 1_000  # throttled: the GUI is not sent 10,000 updates


def test_cancel_in_the_progress_window_stops_the_job(qtbot, owner, monkeypatch):
    monkeypatch.setattr(JobProgressDialog, "show_after_ms", 10)
    started = threading.Event()

    def work(control):
        started.set()
        while not control.cancelled():
            time.sleep(0.005)
        raise JobCancelled("stopped")

    job = BackgroundJob(work, owner)
    dialog = JobProgressDialog(job, "Working", "Working on it…", owner)
    job.start()
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    assert started.wait(5)
    with qtbot.waitSignal(job.cancelled, timeout=5_000) as cancelled:
        dialog.cancel_button.click()
        assert not dialog.cancel_button.isEnabled()
    assert isinstance(cancelled.args[0], JobCancelled)
    assert job.outcome == "cancelled"
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=5_000)


def test_failures_come_back_whole_and_in_words(qtbot, owner):
    def fails(control):
        raise CatchDeskError("The disk is full; free some space.")

    job = BackgroundJob(fails, owner)
    with qtbot.waitSignal(job.failed, timeout=5_000) as failed:
        job.start()
    assert error_text(failed.args[0]) == "The disk is full; free some space."

    def crashes(control):
        raise KeyError("x")

    job = BackgroundJob(crashes, owner)
    with qtbot.waitSignal(job.failed, timeout=5_000) as failed:
        job.start()
    assert isinstance(failed.args[0], KeyError)
    assert "KeyError" in error_text(failed.args[0]) and "log" in error_text(failed.args[0])


def test_a_quick_job_shows_no_window_and_a_job_runs_once(qtbot, owner, monkeypatch):
    opened: list[JobProgressDialog] = []
    monkeypatch.setattr(JobProgressDialog, "open", lambda dialog: opened.append(dialog))
    job = BackgroundJob(lambda control: 42, owner)
    JobProgressDialog(job, "Quick", "Quick…", owner)
    with qtbot.waitSignal(job.finished, timeout=5_000):
        job.start()
    qtbot.wait(JobProgressDialog.show_after_ms + 100)
    assert job.result == 42
    assert opened == []
    with pytest.raises(RuntimeError):
        job.start()
