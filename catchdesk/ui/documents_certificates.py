"""The Certificates tab: for everyone who came or the ticked people, written, previewed, printed.

"Write certificates" fills a folder with one PDF per person
(:func:`catchdesk.core.certificate_runs.write_certificate_folder`) in a worker thread, with a
progress window whose Cancel keeps what is done: writing again continues with the others and
rewrites only certificates that changed since. "Save as one PDF…" is the command line's merged
file (:func:`catchdesk.core.certificate_batch.export_certificates`). The preview shows the first
certificates as they will print; printing draws them all and paints them on the printer, off
the GUI thread too. Everyone asked for who gets no certificate is listed with the reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from catchdesk.core.certificate_batch import ExportResult
from catchdesk.core.certificate_runs import (
    CertificatesCancelled,
    DrawnCertificates,
    FolderRun,
    draw_certificates,
    export_to,
    log_issues,
    write_certificate_folder,
)
from catchdesk.core.certificates import LeftOut
from catchdesk.ui import pdf_printing
from catchdesk.ui.context import DeskContext
from catchdesk.ui.documents_people import CAME_STATE, PeopleModel
from catchdesk.ui.documents_reports import (
    OUTCOME_COLUMN,
    ReportModel,
    left_out_rows,
    reason_summary,
    report_view,
)
from catchdesk.ui.documents_tab import DocumentTab
from catchdesk.ui.documents_widgets import (
    FolderChooser,
    documents_folder,
    file_stem,
    primary,
    secondary,
)
from catchdesk.ui.job_worker import JobControl
from catchdesk.ui.pdf_preview import PdfPreview, open_pdf

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

PREVIEW_LIMIT = 20
"""Certificates in the preview: enough to check the look, quick to draw for any event."""


def default_folder(context: DeskContext) -> Path:
    """``Documents/CatchDesk/certificates-<event>``: where the folder field starts."""
    return documents_folder() / "CatchDesk" / f"certificates-{file_stem(context.event().name)}"


class CertificatesTab(DocumentTab):
    """Certificates of attendance: write a folder (resumable), preview, print, one PDF."""

    written = Signal(object)
    """A :class:`~catchdesk.core.certificate_runs.FolderRun` that ran to its end."""
    stopped = Signal(object)
    """A :class:`~catchdesk.core.certificate_runs.FolderRun` cancelled part-way (kept)."""
    previewed = Signal(object)
    printed = Signal(int)
    saved = Signal(str)
    selection_changed = Signal()
    """The choice of people changed (the e-mail tab offers the same choice)."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, PeopleModel(CAME_STATE), "certificatesTab", parent)
        self.everyone_radio = QRadioButton(objectName="certificatesEveryone")
        who = self.who_box(self.tr("Who gets a certificate"), [self.everyone_radio])

        self.where = FolderChooser(
            self.tr("Folder (one PDF per person)"),
            default_folder(context),
            self.tr(
                "Writing again continues where it stopped: certificates already in the folder "
                "are kept, those that changed since are written again."
            ),
        )
        self.where.missing.connect(
            lambda: self.notice.show_message(
                "info", self.tr("The folder does not exist yet: write the certificates first.")
            )
        )
        self.folder_input = self.where.path_input

        self.preview_button = secondary(QPushButton(self.tr("Preview"), objectName="certPreview"))
        self.print_button = secondary(QPushButton(self.tr("Print…"), objectName="certPrint"))
        self.save_button = secondary(
            QPushButton(self.tr("Save as one PDF…"), objectName="certSaveOne")
        )
        self.write_button = primary(
            QPushButton(self.tr("Write certificates"), objectName="certWrite")
        )
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_certificates)
        self.save_button.clicked.connect(self.save_merged)
        self.write_button.clicked.connect(self.write_folder)
        actions = [self.preview_button, self.print_button, self.save_button, self.write_button]
        buttons = QHBoxLayout()
        for button in actions[:3]:
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.write_button)

        self.left_out_box = QGroupBox(self.tr("Left out"))
        self.left_out_summary = QLabel(objectName="leftOutSummary")
        self.left_out_summary.setWordWrap(True)
        self.left_out_model = ReportModel(self)
        self.left_out_view = report_view(self.left_out_model, "leftOutView")
        self.left_out_view.hideColumn(OUTCOME_COLUMN)  # every row here is "left out"
        self.left_out_view.setMinimumHeight(110)
        box_layout = QVBoxLayout(self.left_out_box)
        box_layout.addWidget(self.left_out_summary)
        box_layout.addWidget(self.left_out_view)
        self.left_out_box.hide()

        self.pdf = PdfPreview(self._preview_hint())
        self.arrange([who, self.where, buttons, self.left_out_box], self.pdf, actions)

    # -- people and choice -------------------------------------------------------------------

    def show_counts(self) -> None:
        super().show_counts()
        came = self.people.came
        self.everyone_radio.setText(self.tr("Everyone who came (%1)").replace("%1", str(came)))

    def choice_changed(self) -> None:
        self.pdf.clear(self._preview_hint())
        self.selection_changed.emit()

    def _preview_hint(self) -> str:
        return self.tr("Press Preview to see the first certificates as they will be printed.")

    def set_everyone(self, everyone: bool) -> None:
        (self.everyone_radio if everyone else self.ticked_radio).setChecked(True)

    def codes(self) -> list[str] | None:
        """None for everyone who came, else the ticked people's codes (maybe none)."""
        return None if self.everyone_radio.isChecked() else self.model.ticked_codes()

    def folder(self) -> Path:
        return self.where.folder()

    # -- the folder --------------------------------------------------------------------------

    def write_folder(self) -> None:
        """Write (or go on writing) the certificates into the folder, with a progress window."""
        if not self._ready():
            return
        if not self.folder_input.text().strip():
            self.notice.show_message("warning", self.tr("Choose a folder for the certificates."))
            return
        folder, codes = self.folder(), self.codes()
        store, event_id = self.context.store, self.context.event_id
        job = self.start_job(
            lambda control: write_certificate_folder(
                store,
                event_id,
                folder,
                codes=codes,
                progress=control.progress,
                cancelled=control.cancelled,
            ),
            self.tr("Writing certificates"),
            self.tr("Writing the certificates into %1…").replace("%1", str(folder)),
            "",
        )
        job.succeeded.connect(self._written)
        job.cancelled.connect(self._stopped)

    def _written(self, run: FolderRun) -> None:
        self._show_left_out(run.left_out)
        if not run.total:
            self.notice.show_message("warning", self._nobody_text())
            return
        text = self.tr("%1 certificates are in %2: %3 written now, %4 were already there.")
        self.notice.show_message(
            "ok",
            text.replace("%1", str(run.done))
            .replace("%2", str(run.folder))
            .replace("%3", str(len(run.written)))
            .replace("%4", str(len(run.already))),
        )
        self.written.emit(run)

    def _stopped(self, error: BaseException) -> None:
        run = error.run if isinstance(error, CertificatesCancelled) else None
        if run is None:
            self.notice.show_message("warning", self.tr("Stopped."))
            return
        self._show_left_out(run.left_out)
        text = self.tr(
            "Stopped after %1 of %2 certificates; those are in the folder. Press Write "
            "certificates again to write the other %3."
        )
        self.notice.show_message(
            "warning",
            text.replace("%1", str(run.done))
            .replace("%2", str(run.total))
            .replace("%3", str(run.remaining)),
        )
        self.stopped.emit(run)

    # -- preview, print, one PDF -------------------------------------------------------------

    def preview(self) -> None:
        if not self._ready():
            return
        out, codes = self.temporary("preview"), self.codes()
        store, event_id = self.context.store, self.context.event_id

        def work(control: JobControl) -> tuple[DrawnCertificates, QPdfDocument | None]:
            drawn = draw_certificates(
                store,
                event_id,
                out,
                codes=codes,
                limit=PREVIEW_LIMIT,
                progress=control.progress,
                cancelled=control.cancelled,
            )
            return drawn, open_pdf(out) if drawn.attendee_ids else None

        drawing = self.tr("Drawing the first certificates…")
        job = self.start_job(work, self.tr("Preview"), drawing, self.tr("Stopped."))
        job.succeeded.connect(lambda drawn: self._previewed(*drawn, out))

    def _previewed(self, drawn: DrawnCertificates, pdf: QPdfDocument | None, out: Path) -> None:
        self._show_left_out(drawn.left_out)
        if not drawn.attendee_ids:
            self.pdf.clear()
            self.notice.show_message("warning", self._nobody_text())
            return
        shown = len(drawn.attendee_ids)
        caption = (
            self.tr("The first %1 of %2 certificates")
            if shown < drawn.entitled
            else self.tr("%1 of %2 certificates")
        )
        assert pdf is not None
        self.pdf.show_document(
            pdf, out, caption.replace("%1", str(shown)).replace("%2", str(drawn.entitled))
        )
        self.previewed.emit(drawn)

    def print_certificates(self) -> None:
        if not self._ready():
            return
        printer = pdf_printing.configured_printer(self.context.settings.printer_name)
        printer = printer or pdf_printing.new_printer()
        if pdf_printing.ask_printer(self, printer):
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Draw every chosen certificate and paint them on ``printer``; no dialog."""
        if not self._ready():
            return
        out, codes = self.temporary("print"), self.codes()
        store, event_id = self.context.store, self.context.event_id
        sending = self.tr("Sending the certificates to the printer…")
        destination = pdf_printing.printer_destination(printer)

        def work(control: JobControl) -> DrawnCertificates:
            drawn = draw_certificates(
                store,
                event_id,
                out,
                codes=codes,
                progress=control.progress,
                cancelled=control.cancelled,
            )
            if drawn.attendee_ids:
                control.say(sending)
                pdf_printing.paint_pdf(
                    out, printer, progress=control.progress, cancelled=control.cancelled
                )
                log_issues(store, event_id, drawn.attendee_ids, destination)
            out.unlink(missing_ok=True)
            return drawn

        job = self.start_job(
            work,
            self.tr("Printing certificates"),
            self.tr("Drawing the certificates…"),
            self.tr("Stopped: these certificates do not count as issued."),
        )
        job.succeeded.connect(lambda drawn: self._printed(drawn, destination))

    def _printed(self, drawn: DrawnCertificates, destination: str) -> None:
        self._show_left_out(drawn.left_out)
        if not drawn.attendee_ids:
            self.notice.show_message("warning", self._nobody_text())
            return
        self.notice.show_message(
            "ok",
            self.tr("%1 certificates sent to %2.")
            .replace("%1", str(len(drawn.attendee_ids)))
            .replace("%2", destination),
        )
        self.printed.emit(len(drawn.attendee_ids))

    def save_merged(self) -> None:
        if not self._ready():
            return
        suggested = documents_folder() / f"certificates-{file_stem(self.context.event().name)}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the certificates as one PDF"),
            str(suggested),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_merged_to(Path(path))

    def save_merged_to(self, path: Path) -> None:
        """All chosen certificates in one PDF at ``path`` (issues logged); no dialog."""
        if not self._ready():
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        codes = self.codes()
        store, event_id = self.context.store, self.context.event_id
        job = self.start_job(
            lambda control: export_to(
                store,
                event_id,
                path,
                codes=codes,
                progress=control.progress,
                cancelled=control.cancelled,
            ),
            self.tr("Saving certificates"),
            self.tr("Writing %1…").replace("%1", str(path)),
            self.tr("Stopped: no file was written."),
        )
        job.succeeded.connect(self._saved)

    def _saved(self, result: ExportResult) -> None:
        self._show_left_out(result.left_out)
        if not result.issued:
            self.notice.show_message("warning", self._nobody_text())
            return
        self.notice.show_message(
            "ok",
            self.tr("%1 certificates saved in %2.")
            .replace("%1", str(len(result.issued)))
            .replace("%2", str(result.out)),
        )
        self.saved.emit(str(result.out))

    # -- helpers -----------------------------------------------------------------------------

    def _ready(self) -> bool:
        return not self.busy() and not self.nobody_ticked(
            self.tr(
                "Nobody is ticked: tick the people who get a certificate, or choose everyone "
                "who came."
            )
        )

    def _nobody_text(self) -> str:
        return self.tr("No certificate: nobody chosen has a standing check-in.")

    def _show_left_out(self, left_out: list[LeftOut]) -> None:
        self.left_out_model.set_rows(left_out_rows(left_out))
        self.left_out_box.setVisible(bool(left_out))
        self.left_out_summary.setText(
            self.tr("%1 get no certificate: %2.")
            .replace("%1", str(len(left_out)))
            .replace("%2", reason_summary(left_out))
        )

    def shutdown(self) -> None:
        self.pdf.clear()
        super().shutdown()
