"""Certificates as files and bytes: the batch job behind the CLI, the GUI and e-mail sending.

This joins the two rooms: :mod:`catchdesk.core.certificates` decides who gets what and signs it,
:mod:`catchdesk.documents.certificate` draws it. The batch reports progress and can be cancelled
(the GUI runs it in a worker with a progress dialog), writes every file atomically (a half-written
PDF never appears under its real name), and logs an issue only for a certificate actually
written. Runs in the caller's write transaction.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from catchdesk.core.certificates import (
    CertificateIssuer,
    IssuedCertificate,
    LeftOut,
    certificate_language,
    find_recipients,
    issue_certificate,
)
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.jobs import CancelCheck, Progress, Steps
from catchdesk.core.models import Attendee, Certificate, Event
from catchdesk.core.textfold import fold
from catchdesk.documents.certificate import CertificateLook, CertificatePage, CertificateRenderer
from catchdesk.documents.certificate_files import (
    finish,
    new_canvas,
    pdf_bytes,
    write_atomically,
)


def certificate_pdf(
    session: Session,
    event: Event,
    attendee: Attendee,
    *,
    language: str | None = None,
    destination: str = "e-mail",
) -> tuple[Certificate, bytes]:
    """Issue one attendee's certificate and return it with the bytes of its one-page PDF.

    The certificate is created or brought up to date (same serial; a new version only if what it
    states changed) and one issue-log row records ``destination``. ``language`` overrides the
    attendee's own (fr, nl, en; French otherwise). Raises :class:`CatchDeskError` saying why
    when the attendee gets no certificate (never checked in, check-in undone, cancelled).
    Runs in the caller's write transaction.
    """
    issued = issue_certificate(session, event, attendee, destination=destination)
    page = CertificatePage(issued.content, issued.code, certificate_language(attendee, language))
    data = pdf_bytes(page, CertificateRenderer(CertificateLook.from_event(event)))
    session.flush()
    certificate = session.get(Certificate, issued.certificate_id)
    if certificate is None:  # pragma: no cover - inserted just above in this transaction
        raise CatchDeskError("The certificate just issued cannot be read back.")
    return certificate, data


@dataclass
class ExportResult:
    """What a batch wrote, for the CLI's report and ``--json``."""

    out: Path
    merged: bool
    issued: list[IssuedCertificate] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        counts = {"new": 0, "updated": 0, "unchanged": 0}
        for item in self.issued:
            counts[item.status] += 1
        certificates = [item.to_dict() for item in self.issued]
        if not self.merged:
            for row, path in zip(certificates, self.files, strict=False):
                row["file"] = str(path)
        return {
            "out": str(self.out),
            "merged": self.merged,
            "written": len(self.issued),
            "new": counts["new"],
            "updated": counts["updated"],
            "unchanged": counts["unchanged"],
            "certificates": certificates,
            "left_out": [item.to_dict() for item in self.left_out],
        }


_UNSAFE = re.compile(r"[^A-Za-z0-9-]+")


def safe_file_name(issued: IssuedCertificate, taken: set[str]) -> str:
    """``Lastname_Firstname_SERIAL.pdf`` in plain ASCII, no separators, unique in ``taken``.

    Names in other scripts fold to nothing and leave just the serial, which is unique anyway.
    """
    parts = [
        _UNSAFE.sub("", fold(part).replace(" ", "-")).strip("-")[:40]
        for part in (issued.attendee.last_name, issued.attendee.first_name)
    ]
    stem = "_".join([*(p.capitalize() for p in parts if p), issued.serial])
    name = f"{stem}.pdf"
    number = 2
    while name.lower() in taken:
        name = f"{stem}-{number}.pdf"
        number += 1
    taken.add(name.lower())
    return name


def export_certificates(
    session: Session,
    event: Event,
    out: Path,
    *,
    codes: list[str] | None = None,
    language: str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    qr: str = "fast",
) -> ExportResult:
    """Issue and write the certificates of everyone who came (or of ``codes``).

    ``out`` ending in ``.pdf`` gets one merged PDF; any other path is a folder (created) with
    one PDF per person under :func:`safe_file_name`. ``progress(done, total)`` is called as
    certificates are drawn; when ``cancelled()`` turns true the batch raises
    :class:`~catchdesk.core.jobs.JobCancelled` and leaves nothing behind: files are drawn in a
    hidden staging folder (or in memory) and moved into place only once all are done, so the
    caller's transaction and the folder roll back together.
    """
    merged = out.suffix.lower() == ".pdf"
    if not merged and out.exists() and not out.is_dir():
        raise CatchDeskError(f"{out} is a file; give a folder, or a path ending in .pdf.")
    recipients = find_recipients(session, event, codes)
    result = ExportResult(out=out, merged=merged, left_out=recipients.left_out)
    people = recipients.attendees
    if not people:
        return result
    issuer = CertificateIssuer(session, event, [a.id for a in people] if codes else None)
    renderer = CertificateRenderer(CertificateLook.from_event(event), qr=qr)
    steps = Steps(len(people), progress, cancelled, what="Writing certificates", every=10)
    if merged:
        buffer = io.BytesIO()
        canvas = new_canvas(buffer, f"{event.name} — certificates")
        for attendee in people:
            steps.check()
            issued = issuer.issue(attendee)
            renderer.draw(canvas, page_for(issued, language))
            canvas.showPage()
            result.issued.append(issued)
            steps.advance()
        finish(canvas)
        write_atomically(out, buffer.getvalue())
        issuer.log(result.issued, str(out))
        result.files.append(out)
        return result
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".certificates-", dir=out))
    try:
        taken: set[str] = set()  # unique within this run; a second run overwrites its files
        names: list[str] = []
        for attendee in people:
            steps.check()
            issued = issuer.issue(attendee)
            names.append(safe_file_name(issued, taken))
            (staging / names[-1]).write_bytes(pdf_bytes(page_for(issued, language), renderer))
            result.issued.append(issued)
            steps.advance()
        for name in names:
            os.replace(staging / name, out / name)
            result.files.append(out / name)
        issuer.log(result.issued, [str(path) for path in result.files])
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return result


def page_for(issued: IssuedCertificate, language: str | None) -> CertificatePage:
    return CertificatePage(
        issued.content, issued.code, certificate_language(issued.attendee, language)
    )
