"""The import's slow steps, as work for a background job: read the file, check it, write it.

Reading a 10,000-row export or checking it against the attendee list takes long enough to
freeze a window, so the wizard never calls these steps directly: each function below returns
the work for a :class:`~catchdesk.ui.job_worker.BackgroundJob` (the one wrapper every long job
of the GUI runs through), and :class:`JobRunner` keeps track of the jobs a window started so
none outlives it.

Nothing is half-imported: :func:`write_import` plans and writes inside one transaction, and
the core undoes its savepoint on a cancel or a failure (see ``apply_import``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from catchdesk.core.errors import CatchDeskError
from catchdesk.core.importing import (
    ImportCancelled,
    ImportPlan,
    ImportReport,
    Mapping,
    Table,
    apply_import,
    detect_mapping,
    plan_import,
    read_table,
)
from catchdesk.core.jobs import JobCancelled
from catchdesk.core.models import Event
from catchdesk.core.store import Store
from catchdesk.ui.job_worker import BackgroundJob, JobControl, Work


class JobRunner(QObject):
    """Starts a window's jobs and knows which still run, so none outlives its window."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: set[BackgroundJob] = set()

    def create(self, work: Work) -> BackgroundJob:
        """A job for ``work``, not started: connect its signals, then call ``start()``."""
        job = BackgroundJob(work, self)
        self._jobs.add(job)
        job.finished.connect(lambda: self._forget(job))
        return job

    @property
    def busy(self) -> bool:
        return any(job.is_running() for job in self._jobs)

    def stop_all(self) -> None:
        """Cancel every job and wait for it; a job still reading ends before we go on."""
        for job in list(self._jobs):
            job.stop()

    def _forget(self, job: BackgroundJob) -> None:
        self._jobs.discard(job)
        job.deleteLater()


@dataclass(frozen=True)
class ReadFile:
    """A file read into a table, with the columns CatchDesk recognised in it."""

    table: Table
    detected: Mapping


@dataclass(frozen=True)
class CheckedFile:
    """A file read and checked against the event: the plan and its dry-run report."""

    plan: ImportPlan
    report: ImportReport


def read_file(path: Path | str, sheet: str | None = None) -> Work:
    """The work of reading ``path`` (``sheet`` of a workbook) and recognising its columns."""

    def work(_control: JobControl) -> ReadFile:
        table = read_table(path, sheet=sheet)
        return ReadFile(table, detect_mapping(table.headers))

    return work


def check_file(store: Store, event_id: str, table: Table, mapping: Mapping) -> Work:
    """The work of a dry run: every row checked and matched, nothing written."""

    def work(_control: JobControl) -> CheckedFile:
        with store.read() as session:
            plan = plan_import(session, _event(session, event_id), table, mapping)
        return CheckedFile(plan, plan.report(dry_run=True))

    return work


def write_import(
    store: Store, event_id: str, table: Table, mapping: Mapping, *, allow_partial: bool
) -> Work:
    """The work of the import itself: checked again and written in one transaction.

    Checked again because another desk may have changed the list since the dry run; what is
    written is what the final report says, never a stale plan.
    """

    def work(control: JobControl) -> ImportReport:
        try:
            with store.write() as session:
                event = _event(session, event_id)
                plan = plan_import(session, event, table, mapping)
                return apply_import(
                    session,
                    event,
                    plan,
                    allow_partial=allow_partial,
                    progress=control.progress,
                    cancelled=control.cancelled,
                )
        except ImportCancelled as exc:  # the job wrapper knows cancels as JobCancelled
            raise JobCancelled(str(exc)) from exc

    return work


def _event(session: Any, event_id: str) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise CatchDeskError(
            QCoreApplication.translate(
                "ImportWizard", "The event is no longer in the store; nothing was imported."
            )
        )
    return event
