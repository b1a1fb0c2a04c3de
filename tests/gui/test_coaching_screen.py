"""The coaching desk: scan and book the next free slot, refusals in words, the waitlist filling
freed slots, moving and cancelling bookings, the grid's colours, slips and schedules on paper."""

from __future__ import annotations

import pytest
from coaching_gui_helpers import CoachingDemo, make_demo
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from catchdesk.core.coaching.booking import book
from catchdesk.core.coaching.grid import GridCell
from catchdesk.core.coaching.lifecycle import mark_arrived, mark_done, mark_no_show
from catchdesk.core.coaching.slots import list_slots, set_slot_blocked
from catchdesk.core.models import Booking, Event
from catchdesk.ui.coaching import CoachingScreen
from catchdesk.ui.coaching_grid import CellRole, StateRole
from catchdesk.ui.coaching_states import STATE_COLOURS


@pytest.fixture
def demo(store) -> CoachingDemo:
    return make_demo(store)


@pytest.fixture
def screen(qtbot, demo):
    widget = CoachingScreen(demo.context(), clock=demo.clock)
    widget.confirm = lambda _title, _text: True
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.wait_idle()
    return widget


def _cells(screen: CoachingScreen) -> list[tuple[object, GridCell]]:
    """The grid's cells once the screen has read the store (it reads in the background)."""
    screen.wait_idle()
    model = screen.model
    found = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            cell = index.data(CellRole)
            if cell is not None:
                found.append((index, cell))
    return found


def _cell_of(screen: CoachingScreen, name: str) -> GridCell:
    matches = [cell for _i, cell in _cells(screen) if cell.attendee_name == name]
    assert len(matches) == 1, f"{name} holds {len(matches)} cells"
    return matches[0]


def _scan(qtbot, screen: CoachingScreen, code: str) -> None:
    field = screen.booking.scan_input
    field.setFocus()
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _book(demo: CoachingDemo, person, **where) -> str:
    with demo.store.write() as session:
        event = session.get(Event, demo.event.id)
        return book(session, event, person.id, now=demo.clock(), **where).id


def test_scan_then_topic_then_enter_books_the_earliest_fitting_slot(qtbot, screen, demo):
    person = demo.people[0]
    site_web = {c.id for c in screen.model.coaches() if "site web" in c.topics}
    earliest = min(
        cell.starts_at
        for _i, cell in _cells(screen)
        if cell.coach_id in site_web and cell.state.value == "free"
    )
    _scan(qtbot, screen, person.code)
    assert screen.booking.person is not None
    assert screen.booking.person.name == person.name
    assert screen.booking.topic_input.hasFocus()
    screen.booking.topic_input.setEditText("site web")
    qtbot.keyClick(screen.booking.topic_input.lineEdit(), Qt.Key.Key_Return)

    cell = _cell_of(screen, person.name)
    assert cell.state.value == "booked"
    assert cell.coach_id in site_web
    assert cell.starts_at == earliest
    assert cell.topic == "site web"
    assert screen.notice.severity == "ok"
    assert person.name in screen.notice.text
    assert screen.selected_cell() == cell
    assert "Booked:" in screen.booking.person_details.text()


def test_a_name_search_then_a_double_clicked_free_slot_books_it(qtbot, screen, demo):
    person = demo.people[3]
    screen.booking.search_input.setText(person.name)
    screen.booking.run_search()
    assert screen.booking.results.count() >= 1
    qtbot.keyClick(screen.booking.search_input, Qt.Key.Key_Return)
    assert screen.booking.person is not None
    assert screen.booking.person.attendee_id == person.id
    index, free = next((i, c) for i, c in _cells(screen) if c.state.value == "free")
    screen.grid.doubleClicked.emit(index)
    booked = _cell_of(screen, person.name)
    assert booked.slot_id == free.slot_id


def test_a_refusal_is_said_in_words_without_a_popup(screen, demo):
    first, second = demo.people[:2]
    _book(demo, first, topic="site web")
    screen.refresh()
    taken = _cell_of(screen, first.name)
    screen.choose_attendee(second.id)
    assert not screen.book_slot(taken.slot_id)
    assert screen.notice.severity == "refused"
    assert "already booked by" in screen.notice.text
    assert first.name in screen.notice.text
    assert screen.booking_actions.last_error.reason == "slot_taken"
    # The daily limit (2 by default) is refused in words too.
    assert screen.book_next_free()
    assert screen.book_next_free()
    assert not screen.book_next_free()
    assert "the most allowed" in screen.notice.text


def _fill_topic_but_one(demo: CoachingDemo, holder) -> str:
    """Nadia alone covers "RGPD": block all her free slots but one, which ``holder`` books."""
    with demo.store.write() as session:
        event = session.get(Event, demo.event.id)
        slots = [
            s for s in list_slots(session, event, coach_id=demo.coaches["Nadia"]) if not s.blocked
        ]
        later = [s for s in slots if s.starts_at > demo.clock()]
        for slot in later[1:]:
            set_slot_blocked(session, event, slot.id, True)
        return book(
            session, event, holder.id, slot_id=later[0].id, topic="RGPD", now=demo.clock()
        ).id


def test_nothing_free_offers_the_waitlist_and_a_cancellation_fills_it(qtbot, screen, demo):
    holder, waiting = demo.people[4], demo.people[5]
    _fill_topic_but_one(demo, holder)
    screen.refresh()
    screen.choose_attendee(waiting.id)
    screen.booking.topic_input.setEditText("RGPD")
    assert not screen.book_next_free()
    assert screen.notice.severity == "refused"
    assert "No free slot is left" in screen.notice.text
    assert screen.notice.action.isVisible()
    assert waiting.name in screen.notice.action.text()
    qtbot.mouseClick(screen.notice.action, Qt.MouseButton.LeftButton)
    screen.wait_idle()
    assert screen.waitlist.waiting_count() == 1
    assert waiting.name in screen.waitlist.model.index(0).data()
    assert "Waiting for: RGPD" in screen.booking.person_details.text()

    held = _cell_of(screen, holder.name)
    assert screen.select_slot(held.slot_id)
    assert screen.slot_panel.cancel_button.isVisible()
    qtbot.mouseClick(screen.slot_panel.cancel_button, Qt.MouseButton.LeftButton)

    given = _cell_of(screen, waiting.name)
    assert given.slot_id == held.slot_id
    assert given.state.value == "booked"
    assert screen.notice.severity == "offer"
    time = held.starts_at.astimezone(demo.at("00:00").tzinfo).strftime("%H:%M")
    assert (
        f"Slot {time} with Nadia Haddad (Table 7) offered to {waiting.name}" in screen.notice.text
    )
    assert screen.waitlist.offers.item(0).text() == screen.notice.text
    assert screen.waitlist.waiting_count() == 0


def test_cancelling_asks_first_and_a_no_keeps_the_booking(screen, demo):
    person = demo.people[6]
    _book(demo, person, topic="e-commerce")
    screen.refresh()
    questions = []
    screen.confirm = lambda title, text: questions.append(text) or False
    screen.select_slot(_cell_of(screen, person.name).slot_id)
    assert not screen.cancel_selected()
    assert person.name in questions[0]
    assert _cell_of(screen, person.name).state.value == "booked"


def test_moving_a_booking_to_a_double_clicked_free_slot(qtbot, screen, demo):
    person = demo.people[7]
    _book(demo, person, topic="site web")
    screen.refresh()
    old = _cell_of(screen, person.name)
    site_web = {c.id for c in screen.model.coaches() if "site web" in c.topics}
    screen.select_slot(old.slot_id)
    qtbot.mouseClick(screen.slot_panel.rebook_button, Qt.MouseButton.LeftButton)
    assert screen.moving is not None
    assert person.name in screen.notice.text
    index, target = next(
        (i, c)
        for i, c in _cells(screen)
        if c.state.value == "free"
        and c.coach_id in site_web - {old.coach_id}
        and c.starts_at > old.starts_at
    )
    screen.grid.doubleClicked.emit(index)
    moved = _cell_of(screen, person.name)
    assert moved.slot_id == target.slot_id
    assert screen.moving is None
    assert "is moved to" in screen.notice.text
    freed = next(c for _i, c in _cells(screen) if c.slot_id == old.slot_id)
    assert freed.state.value == "free"


def test_the_grid_paints_each_state_in_its_colour_and_word(qtbot, screen, demo):
    people = demo.people
    with demo.store.write() as session:
        event = session.get(Event, demo.event.id)
        early = demo.at("10:00")
        booked = book(session, event, people[0].id, topic="site web", now=early)
        arrived = book(session, event, people[1].id, topic="site web", now=early)
        done = book(session, event, people[2].id, topic="site web", now=early)
        missed = book(session, event, people[3].id, topic="site web", now=early)
        mark_arrived(session, event, arrived.id, now=demo.clock())
        mark_done(session, event, done.id, note="Needs a shop", now=demo.clock())
        mark_no_show(session, event, missed.id, now=demo.clock())
    screen.refresh()
    states = {cell.state.value for _i, cell in _cells(screen)}
    assert {"free", "booked", "arrived", "done", "no_show", "blocked", "past"} <= states
    image = screen.grid.viewport().grab().toImage()
    for index, cell in _cells(screen):
        state = cell.state.value
        background = QColor(STATE_COLOURS[state][0])
        assert index.data(StateRole) == state
        assert index.data(Qt.ItemDataRole.BackgroundRole) == background
        rect = screen.grid.visualRect(index)
        if image.rect().contains(rect.center()):
            assert image.pixelColor(rect.right() - 8, rect.bottom() - 5) == background
    assert _cell_of(screen, people[0].name).booking_id == booked.id
    assert "Needs a shop" in _cell_of(screen, people[2].name).note
    header = screen.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Sophie Vandenberghe" in header
    assert "référencement" in header
    assert "French" in header


def test_marks_from_the_desk_and_a_no_show_too_early_is_refused(screen, demo):
    person = demo.people[8]
    with demo.store.write() as session:
        event = session.get(Event, demo.event.id)
        slot = next(
            s
            for s in list_slots(session, event, coach_id=demo.coaches["Karim"])
            if s.starts_at == demo.at("10:40")
        )
        book(session, event, person.id, slot_id=slot.id, now=demo.clock())
    screen.refresh()
    screen.select_slot(_cell_of(screen, person.name).slot_id)
    screen.slot_panel.no_show_button.click()
    assert screen.notice.severity == "refused"
    assert "Too early to mark" in screen.notice.text
    screen.slot_panel.arrived_button.click()
    assert _cell_of(screen, person.name).state.value == "arrived"
    screen.slot_panel.note.setText("Wants a webshop")
    screen.slot_panel.done_button.click()
    cell = _cell_of(screen, person.name)
    assert cell.state.value == "done"
    assert cell.note == "Wants a webshop"


def test_slip_schedule_and_overview_are_drawn_and_previewed(qtbot, screen, demo):
    person = demo.people[9]
    _book(demo, person, topic="référencement")
    screen.refresh()
    shown: list[tuple[str, str]] = []
    screen.printing.show_preview = lambda path, title: shown.append((str(path), title))
    screen.select_slot(_cell_of(screen, person.name).slot_id)
    assert screen.print_slip("label")
    screen.printing.wait()
    assert screen.print_coach_day()
    screen.printing.wait()
    screen.print_overview()
    screen.printing.wait()
    assert [title for _p, title in shown] == [
        "Coaching slip",
        "Coach's day",
        "Overview of all coaches",
    ]
    slip = PdfReader(shown[0][0])
    assert len(slip.pages) == 1
    assert person.name.split()[0] in slip.pages[0].extract_text()
    day = PdfReader(shown[1][0]).pages[0].extract_text()
    coach = screen.model.coach_at(screen.grid.currentIndex().column())
    assert coach is not None and coach.name in day
    assert "Nadia Haddad" in PdfReader(shown[2][0]).pages[0].extract_text()


def test_a_booking_the_sync_set_to_rebook_is_listed_until_booked_again(screen, demo):
    person = demo.people[10]
    booking_id = _book(demo, person, topic="e-commerce")
    with demo.store.write() as session:  # what the sync does when another desk won the slot
        session.get(Booking, booking_id).status = "to_rebook"
    screen.refresh()
    screen.wait_idle()
    listed = screen.waitlist.to_rebook
    assert listed.isVisibleTo(screen)
    assert listed.count() == 1
    assert person.name in listed.item(0).text()
    listed.itemActivated.emit(listed.item(0))
    assert screen.booking.person.attendee_id == person.id
    assert screen.booking.topic() == "e-commerce"
    assert screen.book_next_free()
    assert _cell_of(screen, person.name).topic == "e-commerce"  # waits for the screen's read
    assert not screen.waitlist.to_rebook.isVisibleTo(screen)
