"""Certificate PDFs as files and bytes: one canvas per document, saved quickly and atomically."""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from catchdesk.documents.certificate import CertificateRenderer
from catchdesk.documents.certificate_layout import PAGE_H, PAGE_W, CertificatePage
from catchdesk.documents.certificate_texts import text


@contextlib.contextmanager
def binary_streams() -> Iterator[None]:
    """Compressed streams written as binary, not also ASCII85-encoded, while a PDF is saved.

    ASCII85 only served 7-bit mail gateways; without reportlab's optional C accelerator it is
    the slowest step of saving a thousand pages (a second), and it makes files 25 % larger.
    """
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def new_canvas(target: str | os.PathLike[str] | BinaryIO, title: str) -> Canvas:
    """A PDF canvas for certificates: A4, compressed, titled; a path or an open binary file."""
    where = os.fspath(target) if isinstance(target, os.PathLike) else target
    canvas = Canvas(where, pagesize=(PAGE_W, PAGE_H), pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor("CatchDesk")
    canvas.setCreator("CatchDesk")
    return canvas


def write_pdf(
    target: str | os.PathLike[str] | BinaryIO,
    pages: Iterable[CertificatePage],
    renderer: CertificateRenderer,
    *,
    title: str = "Certificates",
) -> int:
    """Draw the pages into one PDF at ``target``; returns the number of pages."""
    canvas = new_canvas(target, title)
    count = 0
    for page in pages:
        renderer.draw(canvas, page)
        canvas.showPage()
        count += 1
    finish(canvas)
    return count


def finish(canvas: Canvas) -> None:
    """Save a certificate PDF (see :func:`binary_streams`)."""
    with binary_streams():
        canvas.save()


def pdf_bytes(page: CertificatePage, renderer: CertificateRenderer) -> bytes:
    """One certificate as the bytes of a one-page PDF (an e-mail attachment)."""
    buffer = io.BytesIO()
    title = f"{text('title', page.language)} {page.content['serial']}"
    write_pdf(buffer, [page], renderer, title=title)
    return buffer.getvalue()


def write_atomically(path: Path, data: bytes) -> None:
    """Write a file atomically: a reader never sees half a PDF, a crash leaves no stub."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.part")
    with temporary.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
