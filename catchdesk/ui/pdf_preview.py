"""A PDF shown as it will print: Qt's own PDF viewer, with the page count and a zoom choice.

The preview shows the very file that is printed or saved (badges, certificates), drawn by
:mod:`catchdesk.documents`, so what the organiser checks on screen is what comes out of the
printer. ``QPdfView`` renders only the pages in sight, so a 100-page sheet scrolls smoothly.
Until something is loaded, a sentence says how to get a preview instead of an empty grey box.

A job that draws a long PDF also opens it (:func:`open_pdf`, in its worker) and hands the open
document to :meth:`PdfPreview.show_document`, so the GUI thread only swaps it into the view.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from catchdesk.core.errors import CatchDeskError

FIT_WIDTH, FIT_PAGE = range(2)


def open_pdf(path: Path) -> QPdfDocument:
    """``path`` opened for :meth:`PdfPreview.show_document`; call it in a worker thread.

    Qt's PDF module reads the page tree lazily: the view's first layout asks every page's size,
    about 12 ms for 125 pages, plus the loading itself, all on the GUI thread if the preview
    loads the file. Here both happen in the worker, pdfium keeps the sizes it read, and the
    document then moves to the GUI thread (the only thread the view may use it from).
    """
    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise CatchDeskError(
            QCoreApplication.translate("PdfPreview", "The preview file could not be read.")
        )
    for page in range(document.pageCount()):
        document.pagePointSize(page)
    document.moveToThread(QCoreApplication.instance().thread())
    return document


class PdfPreview(QWidget):
    """Shows one PDF file; :meth:`load` it, :meth:`clear` it, read :attr:`page_count`."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.document = QPdfDocument(self)
        self.path: Path | None = None
        self.view = QPdfView(objectName="pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocument(self.document)
        self.empty = QLabel(empty_text, objectName="pdfPreviewEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMargin(24)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)

        self.caption = QLabel(objectName="pdfPreviewCaption")
        self.zoom = QComboBox(objectName="pdfPreviewZoom")
        self.zoom.addItem(self.tr("Fit width"), FIT_WIDTH)
        self.zoom.addItem(self.tr("Whole page"), FIT_PAGE)
        self.zoom.setToolTip(self.tr("How large the pages are shown"))
        self.zoom.currentIndexChanged.connect(self._zoom_changed)
        self.zoom.setEnabled(False)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.caption, 1)
        bar.addWidget(self.zoom)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.path is not None else 0

    def load(self, path: Path, caption: str = "") -> int:
        """Show ``path``; the number of pages. An unreadable file is one sentence raised."""
        self.document.close()
        if self.document.load(str(path)) != QPdfDocument.Error.None_:
            self.path = None
            self.stack.setCurrentWidget(self.empty)
            raise CatchDeskError(self.tr("The preview file could not be read."))
        return self._shown(path, caption)

    def _shown(self, path: Path, caption: str) -> int:
        self.path = path
        self.stack.setCurrentWidget(self.view)
        pages = self.document.pageCount()
        self.caption.setText(caption or self.tr("%n page(s)", "", pages))
        self.zoom.setEnabled(True)
        return pages

    def show_document(self, document: QPdfDocument, path: Path, caption: str = "") -> int:
        """Show ``document`` opened by :func:`open_pdf` from ``path``; the number of pages."""
        previous, self.document = self.document, document
        document.setParent(self)
        self.view.setDocument(document)
        previous.close()
        previous.deleteLater()
        return self._shown(path, caption)

    def clear(self, text: str | None = None) -> None:
        """Back to the sentence (a new choice makes the shown file out of date)."""
        self.document.close()
        self.path = None
        if text is not None:
            self.empty.setText(text)
        self.caption.clear()
        self.zoom.setEnabled(False)
        self.stack.setCurrentWidget(self.empty)

    def _zoom_changed(self, _index: int) -> None:
        mode = (
            QPdfView.ZoomMode.FitInView
            if self.zoom.currentData() == FIT_PAGE
            else QPdfView.ZoomMode.FitToWidth
        )
        self.view.setZoomMode(mode)
