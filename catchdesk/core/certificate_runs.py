"""Certificates written into a folder in steps that survive a cancel, and drawn for a preview.

:func:`~catchdesk.core.certificate_batch.export_certificates` is all or nothing: one
transaction, files moved into place at the very end. That is right for a script, but an
organiser who stops a batch of 900 at 600 (the laptop must go to the desk) should not lose 600
certificates. Here the batch is cut into chunks, each one ``export_certificates`` call in its own
transaction: a cancel loses only the chunk in progress, and running again skips everyone whose
*current* certificate version already has a file in the folder (the issue log says which file,
the disk says it is still there), so nobody is written twice and a certificate that changed since
(a late workshop check-in) is written again.

The functions take the :class:`~catchdesk.core.store.Store`, not a Session, for the reason
:mod:`catchdesk.core.mailing` does: many short transactions instead of one that would hold the
store's write lock for the whole batch.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from catchdesk.core.certificate_batch import ExportResult, export_certificates
from catchdesk.core.certificates import (
    IssuedCertificate,
    LeftOut,
    Recipients,
    certificate_language,
    find_recipients,
    update_certificates,
)
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.ids import new_id
from catchdesk.core.jobs import CancelCheck, JobCancelled, Progress, Steps
from catchdesk.core.journal import record_rows
from catchdesk.core.models import Attendee, Certificate, CertificateIssue, Event
from catchdesk.core.store import Store
from catchdesk.core.timeutil import utcnow
from catchdesk.documents.certificate import CertificateLook, CertificatePage, CertificateRenderer
from catchdesk.documents.certificate_files import finish, new_canvas

CHUNK = 20
"""Certificates per transaction: a cancel loses at most this many (a fraction of a second)."""
_IN_LIMIT = 500


@dataclass
class FolderRun:
    """What a folder run did so far: the certificates written now and those already there."""

    folder: Path
    total: int = 0
    """People entitled to a certificate among those asked for."""
    written: list[IssuedCertificate] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    """Attendee ids whose current version was already in the folder before this run."""
    files: dict[str, Path] = field(default_factory=dict)
    """Attendee id → file, for everyone whose current certificate is in the folder."""
    left_out: list[LeftOut] = field(default_factory=list)
    cancelled: bool = False

    @property
    def done(self) -> int:
        return len(self.files)

    @property
    def remaining(self) -> int:
        return max(0, self.total - self.done)


class CertificatesCancelled(JobCancelled):
    """The person stopped a folder run; ``run`` says what is in the folder, kept for next time."""

    def __init__(self, run: FolderRun) -> None:
        super().__init__(
            f"Writing certificates was stopped after {run.done} of {run.total}; "
            "run it again to write the rest."
        )
        self.run = run


def _chunks(items: Sequence[str], size: int = _IN_LIMIT) -> list[Sequence[str]]:
    return [items[start : start + size] for start in range(0, len(items), size)]


def _recipients(session: Session, event: Event, codes: Sequence[str] | None) -> Recipients:
    """``codes=None`` is everyone; an empty selection is nobody (never silently everyone)."""
    if codes is not None and not codes:
        return Recipients([], [])
    return find_recipients(session, event, list(codes) if codes is not None else None)


def _event(session: Session, event_id: str) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise CatchDeskError("The event is no longer in the store; open it again.")
    return event


def _same_folder(path: str, folder: Path) -> bool:
    try:
        return Path(path).parent.resolve() == folder.resolve()
    except (OSError, ValueError):
        return False


def files_in_folder(
    session: Session, event_id: str, folder: Path, current: Mapping[str, tuple[str, int]]
) -> dict[str, Path]:
    """Who already has their current certificate in ``folder``: attendee id → file.

    ``current`` maps attendee ids to their certificate's id and current version. A file counts
    when the issue log says that version was written into this folder and it is still on disk.
    """
    wanted = {
        certificate_id: (attendee_id, version)
        for attendee_id, (certificate_id, version) in current.items()
    }
    found: dict[str, Path] = {}
    for part in _chunks(list(wanted)):
        rows = session.execute(
            select(
                CertificateIssue.certificate_id,
                CertificateIssue.version,
                CertificateIssue.destination,
            ).where(
                CertificateIssue.event_id == event_id,
                CertificateIssue.certificate_id.in_(part),
            )
        )
        for certificate_id, version, destination in rows:
            attendee_id, current_version = wanted[certificate_id]
            if version != current_version or attendee_id in found:
                continue
            if _same_folder(destination, folder) and os.path.isfile(destination):
                found[attendee_id] = Path(destination)
    return found


def write_certificate_folder(
    store: Store,
    event_id: str,
    folder: Path,
    *,
    codes: Sequence[str] | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    chunk: int | None = None,
) -> FolderRun:
    """Write one PDF per person who came (or per ``codes``) into ``folder``, resumably.

    Certificates are first brought up to date (new serials, new versions, nothing logged);
    those whose current version is already in the folder are skipped; the others are written
    ``chunk`` (default :data:`CHUNK`) at a time, each chunk committed with its issue log. Raises
    :class:`CertificatesCancelled` (carrying the run) when ``cancelled()`` turns true.
    """
    folder = folder.absolute()
    if folder.exists() and not folder.is_dir():
        raise CatchDeskError(f"{folder} is a file; choose a folder for the certificates.")
    run = FolderRun(folder)
    with store.write() as session:
        event = _event(session, event_id)
        chosen = _recipients(session, event, codes)
        issued = update_certificates(session, event, chosen.attendees)
        order = [(a.id, a.code) for a in chosen.attendees]
        current = {aid: (item.certificate_id, item.version) for aid, item in issued.items()}
        present = files_in_folder(session, event.id, folder, current)
    run.total = len(order)
    run.left_out = list(chosen.left_out)
    run.already = [aid for aid, _code in order if aid in present]
    run.files.update((aid, present[aid]) for aid in run.already)
    todo = [code for aid, code in order if aid not in present]
    if progress is not None:
        progress(run.done, run.total)
    size = max(1, chunk or CHUNK)
    for start in range(0, len(todo), size):
        if cancelled is not None and cancelled():
            run.cancelled = True
            raise CertificatesCancelled(run)
        base = run.done

        def report(done: int, _count: int, base: int = base) -> None:
            if progress is not None:
                progress(base + done, run.total)

        try:
            with store.write() as session:
                result = export_certificates(
                    session,
                    _event(session, event_id),
                    folder,
                    codes=todo[start : start + size],
                    progress=report,
                    cancelled=cancelled,
                )
        except JobCancelled:
            run.cancelled = True
            raise CertificatesCancelled(run) from None
        run.left_out += result.left_out
        for item, path in zip(result.issued, result.files, strict=True):
            run.written.append(item)
            run.files[item.attendee.id] = path
    return run


def export_to(
    store: Store,
    event_id: str,
    out: Path,
    *,
    codes: Sequence[str] | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ExportResult:
    """:func:`~catchdesk.core.certificate_batch.export_certificates` in its own transaction.

    All or nothing, as the command line does it: the merged PDF (``out`` ending in ``.pdf``)
    appears whole with its issue log, or not at all. An empty ``codes`` selection is nobody.
    """
    with store.write() as session:
        event = _event(session, event_id)
        if codes is not None and not codes:
            return ExportResult(out=out, merged=out.suffix.lower() == ".pdf")
        return export_certificates(
            session,
            event,
            out,
            codes=list(codes) if codes is not None else None,
            progress=progress,
            cancelled=cancelled,
        )


@dataclass
class DrawnCertificates:
    """Certificates drawn into one PDF: whose, in page order, and who was left out."""

    attendee_ids: list[str]
    left_out: list[LeftOut]
    entitled: int = 0
    """How many of those asked for get a certificate (more than drawn with a ``limit``)."""


def _current_certificates(
    session: Session, event_id: str, attendee_ids: Sequence[str]
) -> dict[str, tuple[Certificate, Attendee]]:
    found: dict[str, tuple[Certificate, Attendee]] = {}
    for part in _chunks(list(attendee_ids)):
        rows = session.execute(
            select(Certificate, Attendee)
            .join(Attendee, Attendee.id == Certificate.attendee_id)
            .where(Certificate.event_id == event_id, Certificate.attendee_id.in_(part))
        )
        for certificate, attendee in rows:
            found[attendee.id] = (certificate, attendee)
    return found


def draw_certificates(
    store: Store,
    event_id: str,
    out: Path | BinaryIO,
    *,
    codes: Sequence[str] | None = None,
    limit: int | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> DrawnCertificates:
    """Draw the current certificates of those who came (or ``codes``) into one PDF at ``out``.

    For a preview or the printer: certificates are brought up to date (so the preview shows what
    a file or an e-mail would), but no issue is logged; :func:`log_issues` records a print once
    it went to paper. ``limit`` draws only the first ones (a preview of a few pages says as
    much as 900). Nothing is drawn into ``out`` for nobody (an empty list comes back).
    """
    with store.write() as session:
        event = _event(session, event_id)
        chosen = _recipients(session, event, codes)
        people = chosen.attendees[:limit] if limit is not None else chosen.attendees
        update_certificates(session, event, people)
        ids = [a.id for a in people]
        left_out = list(chosen.left_out)
    drawn = DrawnCertificates(ids, left_out, len(chosen.attendees))
    if not ids:
        return drawn
    with store.read() as session:
        event = _event(session, event_id)
        stored = _current_certificates(session, event_id, ids)
        renderer = CertificateRenderer(CertificateLook.from_event(event))
        canvas = new_canvas(out, f"{event.name} — certificates")
        steps = Steps(len(ids), progress, cancelled, what="Drawing certificates", every=5)
        for attendee_id in ids:
            steps.check()
            certificate, attendee = stored[attendee_id]
            page = CertificatePage(
                dict(certificate.content), certificate.code, certificate_language(attendee)
            )
            renderer.draw(canvas, page)
            canvas.showPage()
            steps.advance()
        steps.check()
        finish(canvas)
    return drawn


def log_issues(store: Store, event_id: str, attendee_ids: Sequence[str], destination: str) -> int:
    """Append an issue-log row for the current certificate of each attendee (a print run)."""
    with store.write() as session:
        stored = _current_certificates(session, event_id, attendee_ids)
        now = utcnow()
        device = session.info.get("device_id")
        rows = [
            {
                "id": new_id(),
                "created_at": now,
                "origin_device_id": device,
                "event_id": event_id,
                "certificate_id": certificate.id,
                "version": certificate.version,
                "issued_at": now,
                "destination": destination[:400],
            }
            for attendee_id in attendee_ids
            if attendee_id in stored
            for certificate in [stored[attendee_id][0]]
        ]
        record_rows(session, CertificateIssue, rows)
    return len(rows)
