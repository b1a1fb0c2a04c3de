"""The attendee detail dialog: history, corrections, reprint; opened from the desk."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from catchdesk.core.badges import record_prints
from catchdesk.core.demo import create_demo_event
from catchdesk.core.models import Attendee, BadgePrint, Event
from catchdesk.core.search import search_attendees
from catchdesk.ui import badge_printing
from catchdesk.ui.attendee_dialog import COL_DESK, COL_KIND, AttendeeDialog
from catchdesk.ui.context import DeskContext
from catchdesk.ui.desk import DeskScreen
from catchdesk.ui.settings import Settings


@pytest.fixture
def demo(store):
    with store.write() as session:
        return create_demo_event(session, attendees=20, seed=7)


@pytest.fixture
def screen(qtbot, store, demo) -> DeskScreen:
    settings = Settings(sounds_enabled=False, scanner_max_gap_ms=100, scanner_commit_ms=150)
    desk = DeskScreen(DeskContext(store, demo.event_id, settings))
    qtbot.addWidget(desk)
    desk.resize(1280, 800)
    desk.show()
    qtbot.waitExposed(desk)
    return desk


def history_kinds(dialog: AttendeeDialog) -> list[str]:
    return [
        dialog.history.item(row, COL_KIND).data(Qt.ItemDataRole.UserRole)
        for row in range(dialog.history.rowCount())
    ]


def test_history_shows_check_in_revocation_and_badge(qtbot, store, demo, screen, monkeypatch):
    first = screen.process_scan(demo.sample_codes[0])
    person_id = first.attendee.id
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    screen.undo_last()
    screen.process_scan(demo.sample_codes[0])
    with store.write() as session:
        event = session.get(Event, demo.event_id)
        record_prints(session, event, [person_id], "a4-8", "printer", "Desk 1")
    dialog = AttendeeDialog(screen.context, person_id)
    qtbot.addWidget(dialog)
    kinds = history_kinds(dialog)
    assert sorted(kinds) == sorted(["checked_in", "revoked", "checked_in", "badge_printed"])
    assert dialog.history.item(0, COL_DESK).text() == "Desk 1"
    assert all(dialog.history.item(row, COL_KIND).text() for row in range(len(kinds)))
    assert dialog.title_label.text() == first.attendee.full_name


def test_saving_a_correction_changes_the_name_search_finds(qtbot, store, demo, screen):
    with store.read() as session:
        person = session.scalars(select(Attendee).limit(1)).one()
    dialog = AttendeeDialog(screen.context, person.id)
    qtbot.addWidget(dialog)
    dialog.fields["last_name"].setText("Zwartkopfski")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.text()
    assert dialog.title_label.text().endswith("Zwartkopfski")
    with store.read() as session:
        event = session.get(Event, demo.event_id)
        hits = search_attendees(session, event, "zwartkopfski")
        assert [hit.attendee.id for hit in hits] == [person.id]
    screen.search_input.setText("zwartkopfski")
    screen.run_search()
    assert screen.search_model.rowCount() == 1


def test_language_and_role_read_as_words_and_save_as_codes(qtbot, store, demo, screen):
    with store.write() as session:
        person = session.scalars(
            select(Attendee).where(Attendee.role == "participant").limit(1)
        ).one()
        person.language = "nl"
    dialog = AttendeeDialog(screen.context, person.id)
    qtbot.addWidget(dialog)
    assert dialog.language.currentText() == "Nederlands"
    assert dialog.role.currentText() == "Participant"
    dialog.language.setCurrentIndex(dialog.language.findText("Français"))
    dialog.role.setCurrentIndex(dialog.role.findText("Coach"))
    assert dialog.save() is not False
    with store.read() as session:
        saved = session.get(Attendee, person.id)
        assert (saved.language, saved.role) == ("fr", "coach")


def test_a_bad_correction_is_refused_in_words(qtbot, store, demo, screen):
    with store.read() as session:
        person = session.scalars(select(Attendee).limit(1)).one()
    dialog = AttendeeDialog(screen.context, person.id)
    qtbot.addWidget(dialog)
    dialog.fields["email"].setText("not an e-mail")
    assert dialog.save() is False
    assert "e-mail" in dialog.status_label.text()
    with store.read() as session:
        assert session.get(Attendee, person.id).email == person.email


def test_reprint_logs_the_badge_and_updates_the_history(qtbot, store, demo, screen, monkeypatch):
    monkeypatch.setattr(badge_printing, "ask_print", lambda parent, printer, paint: True)
    with store.read() as session:
        person = session.scalars(select(Attendee).limit(1)).one()
    dialog = AttendeeDialog(screen.context, person.id)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.reprint_button, Qt.MouseButton.LeftButton)
    assert history_kinds(dialog) == ["badge_printed"]
    with store.read() as session:
        rows = session.scalars(select(BadgePrint)).all()
        assert [row.attendee_id for row in rows] == [person.id]


def test_details_open_from_search_and_from_the_last_scans(qtbot, store, demo, screen, monkeypatch):
    opened: list[str] = []

    def fake_exec(dialog: AttendeeDialog) -> int:
        opened.append(dialog.attendee_id)
        return 0

    monkeypatch.setattr(AttendeeDialog, "exec", fake_exec)
    verdict = screen.process_scan(demo.sample_codes[1])
    scanned_id = verdict.attendee.id
    index = screen.recent_model.index(0)
    screen.recent_view.doubleClicked.emit(index)
    assert opened == [scanned_id]
    screen.search_input.setText(verdict.attendee.last_name)
    screen.run_search()
    assert screen.search_model.rowCount() > 0
    screen.results_view.setFocus()
    # Offscreen there is no active window, so shortcuts cannot fire: check and trigger.
    assert screen.details_action.shortcut() == QKeySequence("Ctrl+I")
    screen.details_action.trigger()
    assert len(opened) == 2
    assert screen.details_action in screen.results_view.actions()
    assert screen.results_view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
