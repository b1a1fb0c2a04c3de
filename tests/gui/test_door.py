"""The door screen: pick a workshop, scan people in, see the room fill, refusals in colour."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QProgressBar, QPushButton
from sqlalchemy import select

from catchdesk.core.checkin import check_in
from catchdesk.core.demo import create_demo_event
from catchdesk.core.events import select_event
from catchdesk.core.models import Attendee, AttendeeStatus, Enrolment, Role
from catchdesk.core.timeutil import at_local
from catchdesk.core.workshops import workshops_in_order
from catchdesk.ui.context import DeskContext
from catchdesk.ui.door import DoorScreen
from catchdesk.ui.settings import Settings


@pytest.fixture
def demo(store):
    with store.write() as session:
        summary = create_demo_event(session, attendees=60, seed=5)
    with store.read() as session:
        event = select_event(session, summary.event_id)
        workshops = workshops_in_order(session, event.id)
        people = session.execute(
            select(Attendee.id, Attendee.code).where(
                Attendee.event_id == event.id,
                Attendee.status == AttendeeStatus.REGISTERED,
                Attendee.role == Role.PARTICIPANT,
            )
        ).all()
        enrolments = session.execute(select(Enrolment.workshop_id, Enrolment.attendee_id)).all()
    enrolled: dict[str, set[str]] = {}
    for workshop_id, attendee_id in enrolments:
        enrolled.setdefault(workshop_id, set()).add(attendee_id)
    return {
        "summary": summary,
        "event": event,
        "workshops": workshops,
        "people": [(p.id, p.code) for p in people],
        "enrolled": enrolled,
    }


def _clock(event, hour=10, minute=15):
    moment = at_local(event.starts_on, hour, minute, event.timezone)
    return lambda: moment


@pytest.fixture
def door(qtbot, store, demo):
    settings = Settings()
    settings.sounds_enabled = False
    context = DeskContext(store=store, event_id=demo["event"].id, settings=settings)
    screen = DoorScreen(context, clock=_clock(demo["event"]))
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def _scan(qtbot, screen, code):
    field = screen.findChild(QLineEdit, "doorScanInput")
    field.setFocus()
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    return screen.last_verdict


def _open_workshop(demo, smallest=True):
    open_ones = [w for w in demo["workshops"] if not w.enrolment_required and w.capacity]
    return min(open_ones, key=lambda w: w.capacity) if smallest else open_ones[0]


def test_workshops_listed_in_order_and_the_running_one_preselected(door, demo):
    picker = door.findChild(QComboBox, "workshopPicker")
    assert picker.count() == len(demo["workshops"]) == 12
    first = demo["workshops"][0]
    assert first.title in picker.itemText(0)
    assert "–" in picker.itemText(0)
    chosen = door.current_workshop()
    moment = door._clock()
    assert chosen is not None
    assert chosen.starts_at <= moment < chosen.ends_at or chosen.starts_at > moment


def test_scan_admits_and_the_capacity_bar_moves(qtbot, door, demo):
    workshop = _open_workshop(demo)
    assert door.select_workshop(workshop.id)
    bar = door.findChild(QProgressBar, "capacityBar")
    assert bar.value() == 0
    assert f"0 / {workshop.capacity}" in bar.format()
    admitted = []
    door.attendee_checked_in.connect(admitted.append)
    (first_id, first_code), (second_id, second_code) = demo["people"][:2]
    verdict = _scan(qtbot, door, first_code)
    assert verdict.status == "checked_in"
    assert verdict.severity == "ok"
    assert door.verdict_panel.severity == "ok"
    assert bar.value() == 1
    assert _scan(qtbot, door, second_code).status == "checked_in"
    assert bar.value() == 2
    assert f"2 / {workshop.capacity}" in bar.format()
    assert bar.level == "ok"
    assert admitted == [first_id, second_id]
    assert door.findChild(QLineEdit, "doorScanInput").text() == ""


def test_enrolment_workshop_refuses_someone_not_enrolled(qtbot, door, demo):
    workshop = next(w for w in demo["workshops"] if w.enrolment_required)
    door.select_workshop(workshop.id)
    enrolled = demo["enrolled"].get(workshop.id, set())
    outsider = next(code for pid, code in demo["people"] if pid not in enrolled)
    verdict = _scan(qtbot, door, outsider)
    assert verdict.status == "not_enrolled"
    assert verdict.severity == "warning"  # amber
    assert door.verdict_panel.severity == "warning"
    insider = next(code for pid, code in demo["people"] if pid in enrolled)
    assert _scan(qtbot, door, insider).status == "checked_in"


def test_full_room_refuses_and_the_bar_turns_red(qtbot, door, demo, store):
    workshop = _open_workshop(demo)
    people = demo["people"]
    assert len(people) > workshop.capacity
    moment = at_local(demo["event"].starts_on, 10, 5, demo["event"].timezone)
    with store.write() as session:  # other doors filled the room, all but one seat
        for _pid, code in people[: workshop.capacity - 1]:
            check_in(
                session, demo["event"], code, desk="Door B", workshop_id=workshop.id, now=moment
            )
    door.select_workshop(workshop.id)
    bar = door.findChild(QProgressBar, "capacityBar")
    assert bar.level == "near"  # amber
    last_seat = people[workshop.capacity - 1][1]
    assert _scan(qtbot, door, last_seat).status == "checked_in"
    assert bar.level == "full"
    verdict = _scan(qtbot, door, people[workshop.capacity][1])
    assert verdict.status == "full"
    assert verdict.severity == "refused"  # red
    assert door.verdict_panel.severity == "refused"
    assert bar.value() == workshop.capacity
    assert f"{workshop.capacity} / {workshop.capacity}" in bar.format()


def test_the_demo_full_workshop_refuses_the_uninvited_once_all_enrolled_are_in(
    qtbot, door, demo, store
):
    full = demo["summary"].full_workshops[0]
    enrolled = demo["enrolled"][full["id"]]
    codes = dict(demo["people"])
    moment = at_local(demo["event"].starts_on, 10, 5, demo["event"].timezone)
    with store.write() as session:
        for pid in enrolled:
            check_in(
                session,
                demo["event"],
                codes[pid],
                desk="Door B",
                workshop_id=full["id"],
                now=moment,
            )
    door.select_workshop(full["id"])
    assert door.capacity_bar.level == "full"
    outsider = next(code for pid, code in demo["people"] if pid not in enrolled)
    assert _scan(qtbot, door, outsider).status == "not_enrolled"  # enrolment is asked first


def test_capacity_is_refreshed_from_other_desks(door, demo, store):
    workshop = _open_workshop(demo)
    door.select_workshop(workshop.id)
    moment = at_local(demo["event"].starts_on, 10, 5, demo["event"].timezone)
    with store.write() as session:
        check_in(
            session,
            demo["event"],
            demo["people"][0][1],
            desk="Door B",
            workshop_id=workshop.id,
            now=moment,
        )
    door._on_timer()  # what the 15-second timer does
    assert door.capacity_bar.value() == 1


def test_keyboard_only_pick_a_workshop_and_toggle_the_camera(qtbot, door, demo):
    picker = door.findChild(QComboBox, "workshopPicker")
    picker.setFocus()
    start = picker.currentIndex()
    qtbot.keyClick(picker, Qt.Key.Key_Down)
    assert picker.currentIndex() == min(start + 1, picker.count() - 1)
    toggle = door.findChild(QPushButton, "cameraToggle")
    toggle.setFocus()
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert toggle.isChecked()
    assert door.webcam.isVisible()
    assert door.webcam.notice_text  # offscreen: no camera, a sentence instead of the preview


def test_unlimited_workshop_says_no_limit(door):
    door.capacity_bar.show_figures(3, None)
    assert door.capacity_bar.level == "unlimited"
    assert "3" in door.capacity_bar.format()  # the words depend on the installed translation


@pytest.mark.parametrize("when", [(6, 0), (23, 0)])
def test_preselection_before_and_after_the_day(qtbot, store, demo, when):
    context = DeskContext(store=store, event_id=demo["event"].id, settings=Settings())
    context.settings.sounds_enabled = False
    screen = DoorScreen(context, clock=_clock(demo["event"], *when))
    qtbot.addWidget(screen)
    expected = demo["workshops"][0] if when[0] < 12 else demo["workshops"][-1]
    assert screen.current_workshop().id == expected.id
    assert isinstance(screen._clock(), dt.datetime)


def test_a_code_seen_by_the_camera_is_scanned_into_the_workshop(door, demo):
    workshop = _open_workshop(demo)
    door.select_workshop(workshop.id)
    door.webcam.scan_received.emit(demo["people"][5][1])
    assert door.last_verdict.status == "checked_in"
    assert door.capacity_bar.value() == 1
