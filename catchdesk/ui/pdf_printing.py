"""PDF files to a printer: the plumbing shared by the desk's badge and the documents screen.

Documents are drawn once, as PDF, by :mod:`catchdesk.documents`; printing paints each page of
that PDF (rendered by Qt's PDF module at the printer's resolution, capped) on a
:class:`~PySide6.QtPrintSupport.QPrinter`. The same function prints on paper and into a PDF file
(``QPrinter.OutputFormat.PdfFormat``), and runs on the GUI thread for a single badge or in a
worker thread for hundreds of pages (Qt supports painting on a QPrinter from another thread),
with progress and cancel like every batch job.

Qt's PDF and print modules are imported when something is printed, not when the desk opens:
they would cost the start-up (``gui --smoke``) a quarter of a second.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtWidgets import QDialog, QWidget

from catchdesk.core.errors import CatchDeskError
from catchdesk.core.jobs import CancelCheck, JobCancelled, Progress, Steps

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300
"""Badges and certificates are text and a QR code: 300 dpi is sharp, a page image ~35 MB."""
BAND_ROWS = 64
"""Pixel rows rendered and drawn at a time (see :func:`_paint_page`)."""
HAND_OVER_S = 0.001
"""How long a worker sleeps after each band so the GUI thread can take Python's GIL."""


def paint_pdf(
    pdf: Path,
    printer: QPrinter,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Paint every page of ``pdf`` on ``printer``; the number of pages.

    The printer's page is set to the PDF's first page size, without margins (the PDF has its
    own). ``cancelled()`` is asked before each page: the print job is then aborted and
    :class:`~catchdesk.core.jobs.JobCancelled` raised (pages already spooled may still print).
    """
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    try:
        if document.load(str(pdf)) != QPdfDocument.Error.None_:
            raise CatchDeskError(
                QCoreApplication.translate(
                    "PdfPrinting", "The PDF file could not be read for printing."
                )
            )
        pages = document.pageCount()
        if pages == 0:
            return 0
        first = document.pagePointSize(0)
        printer.setFullPage(True)
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QSizeF(first.width(), first.height()), QPageSize.Unit.Point),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        steps = Steps(pages, progress, cancelled, what="Printing")
        painter = QPainter()
        if not painter.begin(printer):
            raise CatchDeskError(
                QCoreApplication.translate("PdfPrinting", "The printer could not be started.")
            )
        try:
            dpi = min(printer.resolution(), MAX_DPI)
            for page in range(pages):
                try:
                    steps.check()
                except JobCancelled:
                    printer.abort()
                    raise JobCancelled(
                        QCoreApplication.translate(
                            "PdfPrinting",
                            "Printing was stopped; pages already sent may still come out.",
                        )
                    ) from None
                if page:
                    printer.newPage()
                _paint_page(document, page, painter, dpi)
                steps.advance()
        finally:
            painter.end()
        return pages
    finally:
        document.close()


def _paint_page(document: QPdfDocument, page: int, painter: QPainter, dpi: int) -> None:
    """One page, rendered and drawn in bands of :data:`BAND_ROWS` rows.

    ``QPainter.drawImage`` compresses the band into the print job while holding Python's GIL
    (rendering releases it): a whole A4 page at 300 dpi in one call would freeze the window for
    a tenth of a second and more. A 64-row band keeps each call to a few ms. Between bands a
    worker sleeps :data:`HAND_OVER_S`: without it the worker, releasing and retaking the GIL
    around every render, wins it back before the waiting GUI thread wakes up, and the window
    starves for 50 to 200 ms (CPython's convoy effect). On the GUI thread (one badge) nobody
    is waiting, so it does not sleep.
    """
    from PySide6.QtPdf import QPdfDocumentRenderOptions

    points = document.pagePointSize(page)
    width = round(points.width() / 72 * dpi)
    height = round(points.height() / 72 * dpi)
    device = painter.device()
    scale_x, scale_y = device.width() / width, device.height() / height
    in_worker = threading.current_thread() is not threading.main_thread()
    for top in range(0, height, BAND_ROWS):
        rows = min(BAND_ROWS, height - top)
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(QSize(width, height))
        options.setScaledClipRect(QRect(0, top, width, rows))
        band = document.render(page, QSize(width, rows), options)
        painter.drawImage(QRectF(0, top * scale_y, width * scale_x, rows * scale_y), band)
        if in_worker:
            time.sleep(HAND_OVER_S)


def pdf_file_printer(path: Path) -> QPrinter:
    """A printer that writes a PDF file (what "Print to file" in the print dialog does)."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def printer_destination(printer: QPrinter) -> str:
    """What the print log records as where the pages went: the file or the printer's name."""
    from PySide6.QtPrintSupport import QPrinter

    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return printer.outputFileName()
    return printer.printerName() or printer.outputFileName() or "printer"


def ask_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """The native print dialog alone (no preview); True when the person chose to print."""
    from PySide6.QtPrintSupport import QPrintDialog

    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


def new_printer() -> QPrinter:
    """A high-resolution printer on the system's default, for the print dialog to change."""
    from PySide6.QtPrintSupport import QPrinter

    return QPrinter(QPrinter.PrinterMode.HighResolution)


def configured_printer(name: str) -> QPrinter | None:
    """A printer for the name set in Settings, or None when unset or not installed here."""
    if not name:
        return None
    printer = new_printer()
    printer.setPrinterName(name)
    return printer if printer.isValid() and printer.printerName() == name else None
