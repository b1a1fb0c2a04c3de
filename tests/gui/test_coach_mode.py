"""Coach mode: the laptop set to one coach, now and next, scanning people in, done and no-show."""

from __future__ import annotations

import pytest
from coaching_gui_helpers import CoachingDemo, make_demo
from PySide6.QtCore import QSettings, Qt

from catchdesk.core.coaching.booking import book
from catchdesk.core.coaching.grid import GridCell
from catchdesk.core.coaching.info import booking_info
from catchdesk.core.coaching.slots import list_slots, set_slot_blocked
from catchdesk.core.coaching.waitlist import join_waitlist, waitlist
from catchdesk.core.models import Attendee, Event
from catchdesk.ui.coach_mode import CoachModeScreen
from catchdesk.ui.settings import Settings


@pytest.fixture
def demo(store, tmp_path) -> CoachingDemo:
    made = make_demo(store, "10:45")
    loaded = Settings.load(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    loaded.language = "en"
    loaded.sounds_enabled = False
    made.settings = loaded
    return made


def _slot(demo: CoachingDemo, coach: str, hhmm: str) -> str:
    with demo.store.read() as session:
        event = session.get(Event, demo.event.id)
        return next(
            s.id
            for s in list_slots(session, event, coach_id=demo.coaches[coach])
            if s.starts_at == demo.at(hhmm)
        )


def _book(demo: CoachingDemo, person, coach: str, hhmm: str, topic: str = "référencement") -> str:
    with demo.store.write() as session:
        event = session.get(Event, demo.event.id)
        return book(
            session,
            event,
            person.id,
            slot_id=_slot(demo, coach, hhmm),
            topic=topic,
            now=demo.at("09:00"),
        ).id


@pytest.fixture
def day(demo):
    """Anna (10:40) and Bert (11:00) are booked with Sophie; Carl with Karim at 11:20."""
    anna, bert, carl = demo.people[:3]
    _book(demo, anna, "Sophie", "10:40")
    _book(demo, bert, "Sophie", "11:00")
    _book(demo, carl, "Karim", "11:20", topic="site web")
    return anna, bert, carl


def _screen(qtbot, demo) -> CoachModeScreen:
    widget = CoachModeScreen(demo.context(), clock=demo.clock)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def sophie(qtbot, demo, day) -> CoachModeScreen:
    demo.settings.coach_id = demo.coaches["Sophie"]
    return _screen(qtbot, demo)


def _scan(qtbot, screen: CoachModeScreen, code: str) -> None:
    screen.scan_input.setFocus()
    qtbot.keyClicks(screen.scan_input, code)
    qtbot.keyClick(screen.scan_input, Qt.Key.Key_Return)


def _cell(screen: CoachModeScreen, name: str) -> GridCell:
    return next(c for c in screen.model.cells if c.attendee_name == name)


def test_first_use_asks_for_the_coach_and_the_laptop_remembers_it(qtbot, demo, day, tmp_path):
    screen = _screen(qtbot, demo)
    assert screen.coach_picker.currentIndex() == 0
    assert screen.coach_id == ""
    assert not screen.scan_input.isEnabled()
    assert screen.model.rowCount() == 0
    assert screen.select_coach(demo.coaches["Julien"])
    assert screen.scan_input.isEnabled()
    assert screen.model.rowCount() > 0
    again = Settings.load(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    assert again.coach_id == demo.coaches["Julien"]
    demo.settings = again
    assert _screen(qtbot, demo).coach_id == demo.coaches["Julien"]


def test_now_and_next_show_time_person_organisation_and_topic(sophie, day, demo):
    anna, bert, _carl = day
    with demo.store.read() as session:
        organisation = session.get(Attendee, anna.id).organisation
    assert organisation
    assert sophie.now_card.time.text() == "10:40–11:00"
    assert sophie.now_card.person.text() == anna.name
    assert sophie.now_card.details.text() == f"{organisation} · référencement"
    assert sophie.now_card.state == "booked"
    assert sophie.next_card.time.text() == "11:00–11:20"
    assert sophie.next_card.person.text() == bert.name
    assert sophie.selected_cell() == _cell(sophie, anna.name)
    assert sophie.model.rowCount() == len(sophie.day.cells)


def test_scanning_the_person_at_the_table_marks_them_arrived(qtbot, sophie, day):
    anna = day[0]
    _scan(qtbot, sophie, anna.code)
    assert _cell(sophie, anna.name).state.value == "arrived"
    assert sophie.notice.severity == "ok"
    assert f"Welcome {anna.name}" in sophie.notice.text
    assert sophie.now_card.state == "arrived"
    assert sophie.selected_cell().attendee_name == anna.name
    assert not sophie.no_show_button.isEnabled()
    assert sophie.done_button.isEnabled()


def test_a_person_booked_elsewhere_is_sent_there_and_the_expected_one_named(qtbot, sophie, day):
    anna, _bert, carl = day
    _scan(qtbot, sophie, carl.code)
    assert sophie.notice.severity == "refused"
    text = sophie.notice.text
    assert f"{carl.name} has no booking with Sophie Vandenberghe" in text
    assert "11:20 with Karim Bouzid (Table 2)" in text
    assert f"Expected: {anna.name} at 10:40." in text
    assert _cell(sophie, anna.name).state.value == "booked"


def test_someone_early_is_let_in_with_a_clear_warning(qtbot, sophie, day):
    anna, bert, _carl = day
    _scan(qtbot, sophie, bert.code)
    assert _cell(sophie, bert.name).state.value == "arrived"
    assert sophie.notice.severity == "warning"
    assert f"{anna.name} is expected at 10:40" in sophie.notice.text


def test_done_keeps_the_note_and_moves_on_to_the_next_person(qtbot, sophie, day, demo):
    anna, bert, _carl = day
    _scan(qtbot, sophie, anna.code)
    sophie.note.setText("Wants to rank for 'boulangerie Namur'")
    qtbot.mouseClick(sophie.done_button, Qt.MouseButton.LeftButton)
    done = _cell(sophie, anna.name)
    assert done.state.value == "done"
    assert done.note == "Wants to rank for 'boulangerie Namur'"
    assert sophie.note.text() == ""
    assert sophie.selected_cell().attendee_name == bert.name
    with demo.store.read() as session:
        event = session.get(Event, demo.event.id)
        assert booking_info(session, event, done.booking_id).note == done.note


def test_no_show_is_refused_before_the_grace_period_then_frees_the_slot(qtbot, sophie, day, demo):
    anna, bert, _carl = day
    waiting = demo.people[5]
    with demo.store.write() as session:
        event = session.get(Event, demo.event.id)
        for coach in ("Sophie", "Julien"):  # nothing else free for this topic today
            for slot in list_slots(session, event, coach_id=demo.coaches[coach]):
                if slot.starts_at > demo.at("11:00") and not slot.blocked:
                    set_slot_blocked(session, event, slot.id, True)
        join_waitlist(session, event, waiting.id, "référencement", now=demo.at("10:00"))
    sophie.select_slot(_cell(sophie, bert.name).slot_id)
    demo.clock.now = demo.at("11:03")
    qtbot.mouseClick(sophie.no_show_button, Qt.MouseButton.LeftButton)
    assert sophie.notice.severity == "refused"
    assert f"Too early to mark {bert.name} as a no-show: wait until 11:05" in sophie.notice.text
    assert _cell(sophie, bert.name).state.value == "booked"

    demo.clock.now = demo.at("11:06")
    sophie.select_slot(_cell(sophie, bert.name).slot_id)
    qtbot.mouseClick(sophie.no_show_button, Qt.MouseButton.LeftButton)
    assert sophie.notice.severity == "offer"
    assert (
        f"Slot 11:00 with Sophie Vandenberghe (Table 1) offered to {waiting.name}"
        in sophie.notice.text
    )
    given = next(c for c in sophie.model.cells if c.starts_at == demo.at("11:00"))
    assert given.attendee_name == waiting.name
    assert given.state.value == "booked"
    with demo.store.read() as session:
        event = session.get(Event, demo.event.id)
        assert waitlist(session, event) == []
    assert _cell(sophie, anna.name).state.value == "booked"


def test_my_day_prints_from_the_local_store(qtbot, sophie, day):
    shown = []
    sophie.printing.show_preview = lambda path, title: shown.append(path)
    assert sophie.print_day()
    sophie.printing.wait()
    assert len(shown) == 1
    assert shown[0].read_bytes().startswith(b"%PDF")
