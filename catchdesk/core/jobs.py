"""Progress and cancel for batch jobs (badges, certificates, sending), the same for every job.

The GUI runs a batch in a worker and shows a progress dialog with a Cancel button; the CLI
prints a progress line on stderr. Both talk to the job through two plain callables, so a job
knows nothing about Qt or terminals: ``progress(done, total)`` after each item, and
``cancelled()`` asked before each item, True to stop. A stopped job raises
:class:`JobCancelled` and leaves nothing half-done behind (no half-written PDF, no print log).
"""

from __future__ import annotations

from collections.abc import Callable

from catchdesk.core.errors import CatchDeskError

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class JobCancelled(CatchDeskError):
    """The person stopped a batch job; what it was writing was thrown away."""

    exit_code = 130


class Steps:
    """Counts a job's items, reports progress at most every ``every`` items, checks for cancel."""

    def __init__(
        self,
        total: int,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
        *,
        what: str = "The job",
        every: int = 1,
    ) -> None:
        self.total = total
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled
        self._what = what
        self._every = max(1, every)
        self._reported = 0
        if progress is not None:
            progress(0, total)

    def check(self) -> None:
        """Raise :class:`JobCancelled` if the person asked to stop."""
        if self._cancelled is not None and self._cancelled():
            raise JobCancelled(f"{self._what} was cancelled; nothing was written.")

    def advance(self, count: int = 1) -> None:
        self.done += count
        due = self.done - self._reported >= self._every or self.done >= self.total
        if self._progress is not None and due:
            self._reported = self.done
            self._progress(self.done, self.total)
