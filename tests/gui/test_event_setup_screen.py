"""The event setup screen: details, programme, partners, images and the key, driven as a user."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from sqlalchemy import select

from catchdesk.core.checkin import check_in
from catchdesk.core.demo import create_demo_event
from catchdesk.core.event_setup import MAX_IMAGE_BYTES, ImageKind, event_image, partners
from catchdesk.core.keys import load_public_key, public_key_bytes
from catchdesk.core.models import Attendee, AttendeeStatus, Event, Workshop
from catchdesk.core.setup_messages import MESSAGES
from catchdesk.core.timeutil import local_time
from catchdesk.ui.context import DeskContext
from catchdesk.ui.event_setup import EventSetupScreen
from catchdesk.ui.event_setup_messages import WORDING
from catchdesk.ui.event_setup_partners import PartnerDialog
from catchdesk.ui.event_setup_workshops import COL_TITLE, WorkshopDialog
from catchdesk.ui.settings import Settings


@pytest.fixture
def demo(store):
    with store.write() as session:
        return create_demo_event(session, attendees=40, seed=11)


@pytest.fixture
def screen(qtbot, store, demo):
    context = DeskContext(store, demo.event_id, Settings(sounds_enabled=False))
    widget = EventSetupScreen(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def answers(monkeypatch):
    """Message boxes answer from a list (Yes by default) and remember what they said."""
    said: dict[str, list] = {"questions": [], "warnings": [], "replies": []}

    def question(_parent, _title, text, *_args):
        said["questions"].append(text)
        replies = said["replies"]
        return replies.pop(0) if replies else QMessageBox.StandardButton.Yes

    def warning(_parent, _title, text, *_args):
        said["warnings"].append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    return said


def titles(screen) -> list[str]:
    model = screen.workshops.model
    return [model.index(row, COL_TITLE).data() for row in range(model.rowCount())]


def stored_titles(store, event_id) -> list[str]:
    with store.read() as session:
        return sorted(session.scalars(select(Workshop.title).where(Workshop.event_id == event_id)))


def dialog_fills(monkeypatch, fill):
    """Replace the workshop dialog's exec: fill the fields like a user, then press Save."""

    def fake_exec(dialog):
        fill(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(WorkshopDialog, "exec", fake_exec)


def test_editing_the_event_name_is_stored(qtbot, store, demo, screen):
    tab = screen.details
    tab.name.clear()
    qtbot.keyClicks(tab.name, "Digital Day Liege")  # QTest types ASCII only
    tab.save_details_button.click()
    with store.read() as session:
        assert session.get(Event, demo.event_id).name == "Digital Day Liege"
    assert "✔" in tab.details_note.text()


def test_certificate_wording_is_saved_per_language(qtbot, store, demo, screen):
    tab = screen.details
    qtbot.keyClicks(tab.signatory, "Camille Renard")
    tab.texts["nl"].setPlainText("Bedankt voor uw deelname.")
    qtbot.keyClicks(tab.roles["nl"], "Directeur")
    tab.save_wording_button.click()
    with store.read() as session:
        settings = session.get(Event, demo.event_id).settings
    assert settings["certificate_text"] == {"nl": "Bedankt voor uw deelname."}
    assert settings["signatory_roles"] == {"nl": "Directeur"}
    assert settings["signatory_name"] == "Camille Renard"


def test_add_a_workshop(qtbot, monkeypatch, store, demo, screen, answers):
    def fill(dialog):
        qtbot.keyClicks(dialog.title, "Atelier Canva")
        dialog.room.setCurrentText("Salle Lesse")
        dialog.start.setTime(QTime(16, 45))
        dialog.end.setTime(QTime(17, 30))
        dialog.capacity.setValue(18)

    dialog_fills(monkeypatch, fill)
    screen.tabs.setCurrentWidget(screen.workshops)
    screen.workshops.add_button.click()
    assert "Atelier Canva" in titles(screen)
    assert "Atelier Canva" in stored_titles(store, demo.event_id)
    assert screen.workshops.selected_id() is not None
    assert answers["warnings"] == answers["questions"] == []


def test_a_refused_workshop_keeps_the_dialog_open(qtbot, monkeypatch, store, demo, screen, answers):
    results = []

    def fill(dialog):
        dialog.title.setText("À l'envers")
        dialog.start.setTime(QTime(15, 0))
        dialog.end.setTime(QTime(14, 0))

    def fake_exec(dialog):
        fill(dialog)
        dialog.accept()
        results.append(dialog.result())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(WorkshopDialog, "exec", fake_exec)
    before = stored_titles(store, demo.event_id)
    screen.workshops.add_workshop()
    assert results == [QDialog.DialogCode.Rejected]  # accept() did not close it
    assert "before it starts" in answers["warnings"][0]
    assert stored_titles(store, demo.event_id) == before


def test_duplicate_then_delete_a_workshop(qtbot, monkeypatch, store, demo, screen, answers):
    tab = screen.workshops
    tab.table.selectRow(0)
    original = tab.model.lines[0].draft
    dialog_fills(monkeypatch, lambda dialog: None)
    tab.duplicate_button.click()
    copies = [line for line in tab.model.lines if line.draft.title == original.title]
    assert len(copies) == 2
    copy = next(line for line in copies if line.draft.starts_at == original.ends_at)
    # The copy follows the opening talk in the auditorium, where the next talk already is.
    assert "at the same time" in answers["questions"].pop()
    tab.select_workshop(copy.id)
    tab.delete_button.click()
    assert "will be removed from the programme" in answers["questions"].pop()
    assert [line.draft.title for line in tab.model.lines].count(original.title) == 1
    with store.read() as session:
        assert session.get(Workshop, copy.id) is None


def test_a_workshop_with_check_ins_is_not_deleted(qtbot, store, demo, screen, answers):
    tab = screen.workshops
    workshop = next(line for line in tab.model.lines if not line.draft.enrolment_required)
    with store.write() as session:
        event = session.get(Event, demo.event_id)
        person = session.scalars(
            select(Attendee).where(
                Attendee.event_id == event.id, Attendee.status == AttendeeStatus.REGISTERED
            )
        ).first()
        check_in(session, event, person.code, desk="Porte", workshop_id=workshop.id,
                 now=workshop.draft.starts_at)  # fmt: skip
    tab.reload()
    tab.select_workshop(workshop.id)
    tab.delete_button.click()
    assert answers["questions"] == []
    assert "People were admitted to" in answers["warnings"][0]
    with store.read() as session:
        assert session.get(Workshop, workshop.id) is not None


def test_capacity_below_the_people_inside_asks_first(
    qtbot, monkeypatch, store, demo, screen, answers
):
    tab = screen.workshops
    workshop = next(line for line in tab.model.lines if not line.draft.enrolment_required)
    with store.write() as session:
        event = session.get(Event, demo.event_id)
        people = session.scalars(
            select(Attendee).where(
                Attendee.event_id == event.id, Attendee.status == AttendeeStatus.REGISTERED
            )
        ).all()[:3]
        for person in people:
            check_in(session, event, person.code, desk="Porte", workshop_id=workshop.id,
                     now=workshop.draft.starts_at)  # fmt: skip
    tab.reload()
    tab.select_workshop(workshop.id)
    dialog_fills(monkeypatch, lambda dialog: dialog.capacity.setValue(2))
    answers["replies"].append(QMessageBox.StandardButton.No)
    tab.edit_button.click()
    assert "People inside" in answers["questions"][0]
    with store.read() as session:
        assert session.get(Workshop, workshop.id).capacity == workshop.draft.capacity
    tab.edit_button.click()  # Yes this time
    with store.read() as session:
        assert session.get(Workshop, workshop.id).capacity == 2


def test_partners_are_added_from_the_tab(qtbot, monkeypatch, store, demo, screen):
    def fake_exec(dialog):
        qtbot.keyClicks(dialog.name, "Hub Namur")
        dialog.kind.setCurrentIndex(2)
        qtbot.keyClicks(dialog.website, "hub-namur.be")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PartnerDialog, "exec", fake_exec)
    screen.tabs.setCurrentWidget(screen.partners)
    screen.partners.add_button.click()
    assert screen.partners.table.rowCount() == 1
    with store.read() as session:
        (partner,) = partners(session.get(Event, demo.event_id))
    assert (partner.name, partner.kind, partner.website) == (
        "Hub Namur", "coworking", "https://hub-namur.be")  # fmt: skip


def test_logo_chosen_from_a_file_and_a_too_big_one_refused(
    qtbot, monkeypatch, tmp_path, store, demo, screen, answers
):
    logo = tmp_path / "logo.png"
    buffer = io.BytesIO()
    Image.new("RGB", (300, 100), (27, 58, 92)).save(buffer, "PNG")
    logo.write_bytes(buffer.getvalue())
    huge = tmp_path / "huge.png"
    huge.write_bytes(buffer.getvalue() + b"\0" * MAX_IMAGE_BYTES)
    chosen = iter([str(logo), str(huge)])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (next(chosen), ""))
    screen.details.logo.choose_button.click()
    assert not screen.details.logo.preview.pixmap().isNull()
    screen.details.logo.choose_button.click()
    assert "more than 512 KB" in answers["warnings"][0]
    with store.read() as session:
        assert event_image(session.get(Event, demo.event_id), ImageKind.LOGO) == logo.read_bytes()


def test_public_key_export(qtbot, monkeypatch, tmp_path, store, demo, screen):
    out = tmp_path / "key.pem"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    screen.details.export_button.click()
    with store.read() as session:
        assert load_public_key(out.read_bytes()) == public_key_bytes(
            session.get(Event, demo.event_id)
        )
    assert screen.details.fingerprint.text() in screen.details.key_note.text()


def test_moving_the_event_moves_the_programme(qtbot, store, demo, screen):
    tab = screen.details
    tab.first_day.setDate(tab.first_day.date().addDays(2))
    tab.last_day.setDate(tab.first_day.date())
    tab.save_details_button.click()
    with store.read() as session:
        event = session.get(Event, demo.event_id)
        days = {
            local_time(w.starts_at, event.timezone).date()
            for w in session.scalars(select(Workshop).where(Workshop.event_id == event.id))
        }
    assert days == {event.starts_on}


def test_every_reason_is_worded_in_the_interface_catalogue():
    assert WORDING == MESSAGES
