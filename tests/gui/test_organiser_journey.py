"""Issue 5's promise in one go: from the welcome screen to certificates in the inbox, no CLI.

A new organiser creates an event, imports a real-looking export through the wizard, prints
badges, checks people in at the desk, watches the statistics move, writes the certificates and
sends them by e-mail — all through the screens, against a local SMTP server.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from documents_helpers import wait_job
from mail_helpers import Handler, smtp_server
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWizard
from sqlalchemy import select

from catchdesk.core.models import Attendee
from catchdesk.core.verdicts import Status
from catchdesk.ui import import_wizard, pdf_printing
from catchdesk.ui.context import DeskContext
from catchdesk.ui.documents_badges import UNPRINTED
from catchdesk.ui.import_wizard import ImportWizard
from catchdesk.ui.main_window import MainWindow
from catchdesk.ui.settings import Settings
from catchdesk.ui.welcome import WelcomeWindow

EXPORT = Path(__file__).resolve().parents[2] / "resources" / "samples" / "eventbrite_attendees.csv"
ARRIVALS = 5


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    loaded = Settings.load(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    loaded.sounds_enabled = False
    loaded.language = "en"
    return loaded


def drive_the_wizard(qtbot, made: list[ImportWizard]):
    """The wizard as the organiser goes through it: file, columns as detected, check, import."""

    def run(context: DeskContext, parent: object = None) -> bool:
        wizard = ImportWizard(context, None, EXPORT)
        qtbot.addWidget(wizard)
        made.append(wizard)
        wizard.show()
        qtbot.waitUntil(lambda: not wizard.file_page.reading, timeout=20_000)
        assert wizard.file_page.isComplete(), wizard.file_page.notice.text()
        wizard.next()
        assert wizard.columns_page.isComplete(), wizard.columns_page.notice.text()
        wizard.next()
        qtbot.waitUntil(lambda: not wizard.check_page.checking, timeout=20_000)
        assert wizard.check_page.tiles.rejected.number.text() == "0"
        wizard.button(QWizard.WizardButton.CommitButton).click()
        qtbot.waitUntil(lambda: not wizard.result_page.running, timeout=30_000)
        return wizard.imported

    return run


def test_from_the_welcome_screen_to_certificates_sent(
    qtbot, store, settings, tmp_path, monkeypatch
):
    wizards: list[ImportWizard] = []
    monkeypatch.setattr(import_wizard, "open_import_wizard", drive_the_wizard(qtbot, wizards))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    # 1. The welcome: "import a registration export" creates the event, then runs the wizard.
    welcome = WelcomeWindow(store, settings)
    qtbot.addWidget(welcome)
    welcome.show()
    welcome.buttons["import"].click()
    welcome.form.name_edit.setText("Journée du numérique")
    with qtbot.waitSignal(welcome.event_chosen, timeout=60_000) as chosen:
        welcome.form.create_button.click()
    event_id = chosen.args[0]
    assert wizards and wizards[0].imported
    with store.read() as session:
        people = list(
            session.scalars(
                select(Attendee)
                .where(Attendee.event_id == event_id, Attendee.email != "")
                .order_by(Attendee.last_name, Attendee.first_name)
            )
        )
    assert len(people) >= ARRIVALS + 2

    # 2. The main window on that event.
    window = MainWindow(DeskContext(store=store, event_id=event_id, settings=settings))
    qtbot.addWidget(window)
    window.show()
    assert "Journée du numérique" in window.windowTitle()

    # 3. Badges for everyone never printed, through a printer writing a PDF file.
    window.show_screen(window.row_of("DocumentsScreen"))
    documents = window.screens["DocumentsScreen"]
    qtbot.waitUntil(lambda: documents.badges.model.listed > 0, timeout=20_000)
    badges = documents.badges
    badges.set_mode(UNPRINTED)
    sheet = tmp_path / "badges.pdf"
    with qtbot.waitSignal(badges.printed, timeout=60_000) as printed:
        badges.print_to(pdf_printing.pdf_file_printer(sheet))
    wait_job(qtbot, badges)
    assert printed.args[0] == badges.model.listed
    assert len(PdfReader(sheet).pages) == -(-printed.args[0] // 8)

    # 4. People arrive: their tickets are scanned at the front desk.
    window.show_screen(window.row_of("DeskScreen"))
    desk = window.screens["DeskScreen"]
    came = people[:ARRIVALS]
    for person in came:
        assert desk.process_scan(person.code).status is Status.CHECKED_IN
    qtbot.waitUntil(lambda: window.counts[0] == ARRIVALS, timeout=5_000)

    # 5. The statistics show them.
    window.show_screen(window.row_of("StatisticsScreen"))
    statistics = window.screens["StatisticsScreen"]
    with qtbot.waitSignal(statistics.figures_shown, timeout=20_000):
        statistics.refresh()
    assert statistics.figures.checked_in == ARRIVALS

    # 6. Certificates for those who came, written into a folder.
    window.show_screen(window.row_of("DocumentsScreen"))
    certificates = documents.certificates
    folder = tmp_path / "certificates"
    certificates.folder_input.setText(str(folder))
    with qtbot.waitSignal(certificates.written, timeout=60_000):
        certificates.write_button.click()
    wait_job(qtbot, certificates)
    assert len(list(folder.glob("*.pdf"))) == ARRIVALS

    # 7. ... and sent by e-mail, after a test message.
    mail = documents.mail
    handler = Handler()
    with smtp_server(handler) as server:
        form = mail.form
        form.host.setText(server.hostname)
        form.security.setCurrentIndex(form.security.findData("none"))
        form.port.setValue(server.port)
        form.sender.setText("events@digital-day.be")
        mail.test_address.setText("organiser@digital-day.be")
        with qtbot.waitSignal(mail.test_sent, timeout=30_000):
            mail.test_button.click()
        wait_job(qtbot, mail)
        with qtbot.waitSignal(mail.sending_finished, timeout=60_000):
            mail.send_button.click()
        wait_job(qtbot, mail)
    recipients = {message.recipients[0] for message in handler.received}
    assert recipients == {"organiser@digital-day.be", *(p.email for p in came)}
