"""The Badges tab: whose badges (everyone, never printed, ticked), which layout, preview, print.

The badges are drawn once, in a worker thread, into a PDF by the same code as ``catchdesk
badges`` (:func:`catchdesk.documents.badges.render_badges`); that file is what the preview
shows, what "Save PDF…" copies and what the printer gets, painted page by page in a worker too
(:func:`catchdesk.ui.pdf_printing.paint_pdf`, shared with the desk's single badge). Printing and
saving log the badges as printed (:func:`catchdesk.ui.badge_printing.record_badge_prints`), as
the command line does, so "only those never printed" leaves them out next time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QWidget,
)

from catchdesk.core.badges import BadgeData, badge_attendees
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.models import Event
from catchdesk.documents.badge_layouts import LAYOUTS
from catchdesk.documents.certificate_files import write_atomically
from catchdesk.ui import pdf_printing
from catchdesk.ui.badge_printing import record_badge_prints
from catchdesk.ui.context import DeskContext
from catchdesk.ui.documents_people import BADGE_STATE, PeopleList, PeopleModel
from catchdesk.ui.documents_tab import DocumentTab
from catchdesk.ui.documents_widgets import documents_folder, file_stem, primary, secondary
from catchdesk.ui.job_worker import JobControl
from catchdesk.ui.pdf_preview import PdfPreview, open_pdf

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

EVERYONE, UNPRINTED, TICKED = "everyone", "unprinted", "ticked"
LAYOUT_NAMES = {
    "a4-8": QT_TRANSLATE_NOOP("BadgesTab", "A4 sheet, 8 badges of 90 × 60 mm"),
    "label-62mm": QT_TRANSLATE_NOOP("BadgesTab", "62 mm label roll, one badge per label"),
}


@dataclass(frozen=True)
class BadgeChoice:
    """What the person asked for; a drawn PDF is reused while the choice is the same."""

    mode: str
    codes: tuple[str, ...]
    layout: str
    people_version: int


@dataclass(frozen=True)
class BadgeRun:
    """A drawn badge PDF: for which choice, where, whose badges (in page order)."""

    choice: BadgeChoice
    path: Path | None
    attendee_ids: list[str]
    pages: int = 0

    @property
    def count(self) -> int:
        return len(self.attendee_ids)


def draw_badges(
    control: JobControl, context: DeskContext, choice: BadgeChoice, out: Path
) -> BadgeRun:
    """Choose the people (core rules) and draw their badges into ``out``; in a worker thread."""
    from catchdesk.documents.badges import render_badges

    with context.store.read() as session:
        event = session.get(Event, context.event_id)
        if event is None:
            raise CatchDeskError(
                QCoreApplication.translate("BadgesTab", "The event is no longer in the store.")
            )
        people = badge_attendees(
            session,
            event,
            codes=list(choice.codes) if choice.mode == TICKED else None,
            unprinted_only=choice.mode == UNPRINTED,
        )
        data = [BadgeData.from_attendee(person) for person in people]
        ids = [person.id for person in people]
        name = event.name
    if not ids:
        return BadgeRun(choice, None, [])
    render_badges(
        data,
        name,
        choice.layout,
        out,
        progress=control.progress,
        cancelled=control.cancelled,
        language=context.settings.language or None,
    )
    per_page = LAYOUTS[choice.layout].per_page
    return BadgeRun(choice, out, ids, -(-len(ids) // per_page))


class BadgesTab(DocumentTab):
    """Badges for everyone, those never printed, or the ticked people; preview, print, save."""

    pdf_ready = Signal(object)
    """A :class:`BadgeRun` drawn and shown in the preview."""
    printed = Signal(int)
    """Badges sent to the printer (and logged as printed)."""
    saved = Signal(str)
    """The PDF file written by "Save PDF…"."""
    prints_recorded = Signal()
    """The print log changed: whoever lists "printed" should reload."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        model = PeopleModel(BADGE_STATE, active_only=True)
        super().__init__(context, model, "badgesTab", parent)
        self.run: BadgeRun | None = None
        self._people_version = 0
        self.everyone_radio = QRadioButton(objectName="badgesEveryone")
        self.unprinted_radio = QRadioButton(objectName="badgesUnprinted")
        who = self.who_box(self.tr("Whose badges"), [self.everyone_radio, self.unprinted_radio])

        self.layout_combo = QComboBox(objectName="badgeLayout")
        for name, layout in LAYOUTS.items():
            label = LAYOUT_NAMES.get(name)
            self.layout_combo.addItem(self.tr(label) if label else layout.description, name)
        wanted = self.layout_combo.findData(context.settings.badge_layout)
        self.layout_combo.setCurrentIndex(max(0, wanted))
        self.layout_combo.currentIndexChanged.connect(lambda _i: self.choice_changed())
        form = QFormLayout()
        form.addRow(self.tr("Layout:"), self.layout_combo)

        self.preview_button = secondary(QPushButton(self.tr("Preview"), objectName="badgesPreview"))
        self.save_button = secondary(QPushButton(self.tr("Save PDF…"), objectName="badgesSave"))
        self.print_button = primary(QPushButton(self.tr("Print…"), objectName="badgesPrint"))
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_badges)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        self.pdf = PdfPreview(
            self.tr("Choose whose badges and a layout, then press Preview to see the sheets here.")
        )
        self.arrange(
            [who, form, buttons],
            self.pdf,
            [self.preview_button, self.save_button, self.print_button],
        )

    # -- people and choice -------------------------------------------------------------------

    def set_people(self, people: PeopleList) -> None:
        self._people_version += 1
        super().set_people(people)

    def show_counts(self) -> None:
        super().show_counts()
        everyone, unprinted = len(self.people.active), self.people.unprinted
        self.everyone_radio.setText(self.tr("Everyone (%1)").replace("%1", str(everyone)))
        self.unprinted_radio.setText(
            self.tr("Only those never printed (%1)").replace("%1", str(unprinted))
        )

    def set_mode(self, mode: str) -> None:
        {EVERYONE: self.everyone_radio, UNPRINTED: self.unprinted_radio}.get(
            mode, self.ticked_radio
        ).setChecked(True)

    def set_layout(self, name: str) -> None:
        self.layout_combo.setCurrentIndex(self.layout_combo.findData(name))

    def choice(self) -> BadgeChoice:
        if self.ticked_radio.isChecked():
            mode, codes = TICKED, tuple(self.model.ticked_codes())
        else:
            mode = UNPRINTED if self.unprinted_radio.isChecked() else EVERYONE
            codes = ()
        return BadgeChoice(mode, codes, str(self.layout_combo.currentData()), self._people_version)

    def choice_changed(self) -> None:
        if self.run is not None and self.run.choice != self.choice():
            self.pdf.clear(self.tr("The choice changed: press Preview to see the new sheets."))

    # -- actions -----------------------------------------------------------------------------

    def preview(self) -> None:
        self._with_pdf(lambda _run: None)

    def print_badges(self) -> None:
        """The native print dialog (printing to a PDF file included), then the printer."""
        if not self._can_start():
            return
        printer = pdf_printing.configured_printer(self.context.settings.printer_name)
        printer = printer or pdf_printing.new_printer()
        if pdf_printing.ask_printer(self, printer):
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Draw (unless the preview is current) and paint the badges on ``printer``; no dialog."""
        self._with_pdf(lambda run: self._paint(run, printer))

    def save_pdf(self) -> None:
        if not self._can_start():
            return
        suggested = documents_folder() / f"badges-{file_stem(self.context.event().name)}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the badges as PDF"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_pdf_to(Path(path))

    def save_pdf_to(self, path: Path) -> None:
        """Draw (unless the preview is current) and write the PDF to ``path``; no dialog."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self._with_pdf(lambda run: self._save(run, path))

    # -- steps -------------------------------------------------------------------------------

    def _can_start(self) -> bool:
        return not self.busy() and not self.nobody_ticked(
            self.tr("Nobody is ticked: tick the people whose badges you want, or choose everyone.")
        )

    def _with_pdf(self, then: Callable[[BadgeRun], None]) -> None:
        """Run ``then`` with a PDF for the current choice, drawing it first if needed."""
        if not self._can_start():
            return
        choice = self.choice()
        current = self.run
        if current is not None and current.choice == choice and current.path is not None:
            then(current)
            return
        out, context = self.temporary("badges"), self.context

        def work(control: JobControl) -> tuple[BadgeRun, QPdfDocument | None]:
            run = draw_badges(control, context, choice, out)
            return run, open_pdf(run.path) if run.path is not None else None

        job = self.start_job(
            work,
            self.tr("Drawing badges"),
            self.tr("Drawing the badges…"),
            self.tr("Stopped: no badge was printed or saved."),
        )
        job.succeeded.connect(lambda drawn: self._drawn(*drawn, then))

    def _drawn(
        self, run: BadgeRun, document: QPdfDocument | None, then: Callable[[BadgeRun], None]
    ) -> None:
        previous, self.run = self.run, None
        if run.path is None:
            self.pdf.clear()
            why = (
                self.tr("No badge to print: every badge was printed already.")
                if run.choice.mode == UNPRINTED
                else self.tr("No badge to print: nobody matches.")
            )
            self.notice.show_message("warning", why)
            return
        assert document is not None
        caption = self.tr("%1 badges on %2 pages")
        self.pdf.show_document(
            document,
            run.path,
            caption.replace("%1", str(run.count)).replace("%2", str(run.pages)),
        )
        self.run = run
        if previous is not None and previous.path is not None:
            previous.path.unlink(missing_ok=True)
        self.notice.show_message(
            "info",
            self.tr("%1 badges ready. Print them, or save the PDF.").replace("%1", str(run.count)),
        )
        self.pdf_ready.emit(run)
        then(run)

    def _paint(self, run: BadgeRun, printer: QPrinter) -> None:
        path, context = run.path, self.context
        assert path is not None
        destination = pdf_printing.printer_destination(printer)

        def work(control: JobControl) -> int:
            pdf_printing.paint_pdf(
                path, printer, progress=control.progress, cancelled=control.cancelled
            )
            return record_badge_prints(context, run.attendee_ids, run.choice.layout, destination)

        job = self.start_job(
            work,
            self.tr("Printing badges"),
            self.tr("Sending the badges to the printer…"),
            self.tr(
                "Printing was stopped; pages already sent may still come out. These badges "
                "do not count as printed."
            ),
        )
        job.succeeded.connect(lambda _count: self._printed(run, destination))

    def _printed(self, run: BadgeRun, destination: str) -> None:
        self.notice.show_message(
            "ok",
            self.tr("%1 badges sent to %2; they now count as printed.")
            .replace("%1", str(run.count))
            .replace("%2", destination),
        )
        self.prints_recorded.emit()
        self.printed.emit(run.count)

    def _save(self, run: BadgeRun, path: Path) -> None:
        source, context = run.path, self.context
        assert source is not None

        def work(_control: JobControl) -> int:
            try:
                write_atomically(path, source.read_bytes())
            except OSError as exc:
                raise CatchDeskError(
                    self.tr("The PDF could not be written to %1 (%2); choose another place.")
                    .replace("%1", str(path))
                    .replace("%2", exc.strerror or str(exc))
                ) from exc
            return record_badge_prints(context, run.attendee_ids, run.choice.layout, str(path))

        job = self.start_job(
            work,
            self.tr("Saving badges"),
            self.tr("Writing %1…").replace("%1", str(path)),
            "",
        )
        job.succeeded.connect(lambda _count: self._saved(run, path))

    def _saved(self, run: BadgeRun, path: Path) -> None:
        self.notice.show_message(
            "ok",
            self.tr("%1 badges saved to %2; they now count as printed.")
            .replace("%1", str(run.count))
            .replace("%2", str(path)),
        )
        self.prints_recorded.emit()
        self.saved.emit(str(path))

    def shutdown(self) -> None:
        self.pdf.clear()
        super().shutdown()
