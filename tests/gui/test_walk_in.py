"""Walk-ins at the desk and automatic badges (offscreen; dialogs and printer stubbed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from catchdesk.core.attendees import add_attendee, first_checkins
from catchdesk.core.demo import create_demo_event
from catchdesk.core.models import Attendee, BadgePrint, Event
from catchdesk.core.verdicts import Status
from catchdesk.ui import badge_printing
from catchdesk.ui.context import DeskContext
from catchdesk.ui.desk import DeskScreen
from catchdesk.ui.settings import Settings
from catchdesk.ui.verdict_panel import COLOURS
from catchdesk.ui.walk_in_dialog import WalkInDialog


@pytest.fixture
def demo(store):
    with store.write() as session:
        return create_demo_event(session, attendees=20, seed=5)


def make_screen(qtbot, store, demo, **options) -> DeskScreen:
    values = {"sounds_enabled": False, "scanner_max_gap_ms": 100, "scanner_commit_ms": 150}
    values.update(options)
    screen = DeskScreen(DeskContext(store, demo.event_id, Settings(**values)))
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


@pytest.fixture
def printed(monkeypatch):
    """Stub the preview/print dialog (accepted) and spy on print_badges; the calls made."""
    calls: list[list[str]] = []
    real = badge_printing.print_badges

    def spy(parent, context, attendee_ids):
        calls.append(list(attendee_ids))
        return real(parent, context, attendee_ids)

    monkeypatch.setattr(badge_printing, "ask_print", lambda parent, printer, paint: True)
    monkeypatch.setattr(badge_printing, "print_badges", spy)
    return calls


def fill_and_click(button_name: str, **fields: str):
    """A stand-in for ``exec()``: types into the form and clicks one of its buttons."""

    def fake_exec(dialog: WalkInDialog) -> int:
        dialog.first_name.setText(fields.get("first", "Amélie"))
        dialog.last_name.setText(fields.get("last", "Dupont"))
        dialog.email.setText(fields.get("email", "amelie@boulangerie-dupont.be"))
        dialog.organisation.setText("Boulangerie Dupont")
        dialog.sector.setCurrentText("artisanat")
        dialog.consent.setChecked(True)
        getattr(dialog, button_name).click()
        return dialog.result()

    return fake_exec


def badge_prints(store) -> list[BadgePrint]:
    with store.read() as session:
        return list(session.scalars(select(BadgePrint)))


def test_walk_in_is_registered_checked_in_and_printed(qtbot, store, demo, monkeypatch, printed):
    screen = make_screen(qtbot, store, demo)
    monkeypatch.setattr(WalkInDialog, "exec", fill_and_click("register_button"))
    verdict = screen.open_walk_in()
    assert verdict is not None and verdict.status is Status.CHECKED_IN
    assert screen.panel.severity == "ok"
    assert screen.panel.background_colour() == COLOURS["ok"][0]
    assert screen.panel.name_label.text() == "Amélie Dupont"
    with store.read() as session:
        person = session.scalars(select(Attendee).where(Attendee.source == "walk_in")).one()
        assert person.id == verdict.attendee.id and person.consent
        assert person.id in first_checkins(session, demo.event_id, [person.id])
    assert printed == [[person.id]]
    assert [row.attendee_id for row in badge_prints(store)] == [person.id]


def test_walk_in_without_badge_prints_nothing(qtbot, store, demo, monkeypatch, printed):
    screen = make_screen(qtbot, store, demo, auto_print_badges=True)
    monkeypatch.setattr(WalkInDialog, "exec", fill_and_click("no_badge_button"))
    assert screen.open_walk_in().status is Status.CHECKED_IN
    assert printed == []
    assert badge_prints(store) == []


def test_a_known_email_is_refused_with_the_persons_name(qtbot, store, demo):
    with store.write() as session:
        event = session.get(Event, demo.event_id)
        add_attendee(session, event, first_name="Marc", last_name="Lemaire", email="m@garage.be")
    dialog = WalkInDialog(DeskContext(store, demo.event_id, Settings()))
    qtbot.addWidget(dialog)
    dialog.first_name.setText("Marc")
    dialog.email.setText("M@garage.be")
    assert dialog.register(print_badge=True) is False
    assert "Marc Lemaire" in dialog.error_label.text()
    assert not dialog.existing_button.isHidden()
    assert "Marc Lemaire" in dialog.existing_button.text()
    with store.read() as session:
        assert len(session.scalars(select(Attendee).where(Attendee.last_name == "Lemaire")).all())


def test_the_duplicate_choice_checks_the_existing_person_in(qtbot, store, demo, monkeypatch):
    with store.write() as session:
        event = session.get(Event, demo.event_id)
        marc = add_attendee(session, event, first_name="Marc", last_name="Lemaire", email="m@g.be")
        marc_id = marc.id
    screen = make_screen(qtbot, store, demo)

    def fake_exec(dialog: WalkInDialog) -> int:
        dialog.first_name.setText("Marc")
        dialog.email.setText("m@g.be")
        dialog.register_button.click()
        dialog.existing_button.click()
        return dialog.result()

    monkeypatch.setattr(WalkInDialog, "exec", fake_exec)
    verdict = screen.open_walk_in()
    assert verdict.status is Status.CHECKED_IN
    assert verdict.attendee.id == marc_id
    with store.read() as session:
        assert len(session.scalars(select(Attendee).where(Attendee.email == "m@g.be")).all()) == 1


def test_an_empty_name_keeps_the_dialog_open(qtbot, store, demo):
    dialog = WalkInDialog(DeskContext(store, demo.event_id, Settings()))
    qtbot.addWidget(dialog)
    assert dialog.register(print_badge=False) is False
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text()


def test_auto_print_on_first_check_in_only(qtbot, store, demo, printed):
    screen = make_screen(qtbot, store, demo, auto_print_badges=True)
    code = demo.sample_codes[0]
    first = screen.process_scan(code)
    assert first.status is Status.CHECKED_IN
    assert printed == [[first.attendee.id]]
    screen.process_scan(code)  # a repeat within seconds (double fire) prints nothing
    screen.process_scan(demo.sample_codes[0])
    assert printed == [[first.attendee.id]]
    assert len(badge_prints(store)) == 1


def test_no_auto_print_when_the_setting_is_off(qtbot, store, demo, printed):
    screen = make_screen(qtbot, store, demo)
    screen.process_scan(demo.sample_codes[1])
    assert printed == []


def test_a_cancelled_print_is_not_logged(qtbot, store, demo, monkeypatch):
    monkeypatch.setattr(badge_printing, "ask_print", lambda parent, printer, paint: False)
    screen = make_screen(qtbot, store, demo)
    verdict = screen.process_scan(demo.sample_codes[2])
    ok = badge_printing.print_badges(screen, screen.context, [verdict.attendee.id])
    assert ok is False
    assert badge_prints(store) == []


def test_the_badge_pdf_is_painted_on_a_printer(qtbot, store, demo, tmp_path: Path):
    context = DeskContext(store, demo.event_id, Settings())
    with store.read() as session:
        ids = [a.id for a in session.scalars(select(Attendee).limit(3))]
    pdf = tmp_path / "badges.pdf"
    assert badge_printing.render_badge_pdf(context, ids, pdf) == 3
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert badge_printing.paint_pdf(pdf, printer) == 1
    assert out.stat().st_size > 1000


def test_ctrl_n_and_the_button_open_the_walk_in_form(qtbot, store, demo, monkeypatch):
    opened: list[WalkInDialog] = []

    def fake_exec(dialog: WalkInDialog) -> int:
        opened.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(WalkInDialog, "exec", fake_exec)
    screen = make_screen(qtbot, store, demo)
    assert screen.walk_in_action.shortcut() == QKeySequence("Ctrl+N")
    assert screen.walk_in_action in screen.actions()
    screen.walk_in_action.trigger()
    assert len(opened) == 1
    qtbot.mouseClick(screen.walk_in_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 2
    assert screen.panel.verdict is None


def test_a_malformed_email_is_refused_in_the_form(qtbot, store, demo):
    dialog = WalkInDialog(DeskContext(store, demo.event_id, Settings()))
    qtbot.addWidget(dialog)
    dialog.first_name.setText("Jo")
    dialog.email.setText("jo@nowhere")
    assert dialog.register(print_badge=True) is False
    assert "jo@nowhere" in dialog.error_label.text()
    with store.read() as session:
        assert session.scalars(select(Attendee).where(Attendee.first_name == "Jo")).all() == []


def test_a_configured_printer_prints_without_asking(qtbot, store, demo, monkeypatch, tmp_path):
    out = tmp_path / "printer.pdf"

    def pdf_printer(name: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    def no_dialog(*args) -> bool:
        raise AssertionError("no dialog with a configured printer")

    monkeypatch.setattr(badge_printing, "configured_printer", pdf_printer)
    monkeypatch.setattr(badge_printing, "ask_print", no_dialog)
    context = DeskContext(store, demo.event_id, Settings(printer_name="Badges"))
    with store.read() as session:
        person_id = session.scalars(select(Attendee.id).limit(1)).one()
    assert badge_printing.print_badges(None, context, [person_id]) is True
    assert out.stat().st_size > 1000
    [row] = badge_prints(store)
    assert row.attendee_id == person_id and row.destination == str(out)
