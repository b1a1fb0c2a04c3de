"""The attendee list: filter, sort, search, open and merge, driven as the organiser would."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from catchdesk.core.attendee_table import RowStatus, StatusFilter
from catchdesk.core.checkin import check_in
from catchdesk.core.demo import create_demo_event
from catchdesk.core.models import Attendee, AttendeeStatus, Event, Role
from catchdesk.core.textfold import fold
from catchdesk.core.timeutil import at_local
from catchdesk.core.verdicts import Status
from catchdesk.ui import attendee_list_model
from catchdesk.ui.attendee_dialog import AttendeeDialog
from catchdesk.ui.attendee_list import AttendeeListScreen
from catchdesk.ui.attendee_list_merge import MergeDialog
from catchdesk.ui.attendee_list_model import COLUMNS, ID_ROLE, STATUS_ROLE
from catchdesk.ui.context import DeskContext
from catchdesk.ui.settings import Settings

ORGANISATION = next(i for i, (key, _t) in enumerate(COLUMNS) if key == "organisation")


@pytest.fixture
def demo(store):
    """A 60-person demo event where the first 20 registered participants have arrived."""
    with store.write() as session:
        summary = create_demo_event(session, attendees=60, seed=4)
        event = session.get(Event, summary.event_id)
        people = session.scalars(
            select(Attendee)
            .where(
                Attendee.event_id == event.id,
                Attendee.status == AttendeeStatus.REGISTERED,
                Attendee.role == Role.PARTICIPANT,
            )
            .order_by(Attendee.code)
        ).all()
        moment = at_local(event.starts_on, 8, 45, event.timezone)
        for number, person in enumerate(people[:20]):
            check_in(session, event, person.code, desk="Accueil",
                     now=moment + dt.timedelta(minutes=number))  # fmt: skip
        return {"event_id": event.id, "arrived": {p.id for p in people[:20]},
                "waiting": [p.id for p in people[20:]]}  # fmt: skip


@pytest.fixture
def context(store, demo):
    return DeskContext(store, demo["event_id"], Settings(sounds_enabled=False))


@pytest.fixture
def screen(qtbot, context):
    widget = AttendeeListScreen(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_ids(screen) -> list[str]:
    model = screen.model
    return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]


def column(screen, number) -> list[str]:
    model = screen.model
    return [model.index(row, number).data() for row in range(model.rowCount())]


def choose(combo, value):
    combo.setCurrentIndex(combo.findData(value))


def test_everyone_is_listed_by_last_name(screen, demo, store):
    with store.read() as session:
        total = len(session.scalars(select(Attendee.id)).all())
    assert screen.model.rowCount() == total
    last_names = [fold(name) for name in column(screen, 0)]
    assert last_names == sorted(last_names)
    assert "60" in screen.count_label.text()


def test_status_filter(screen, demo):
    choose(screen.status_filter, StatusFilter.CHECKED_IN)
    assert set(shown_ids(screen)) == demo["arrived"]
    statuses = {screen.model.index(r, 0).data(STATUS_ROLE) for r in range(len(demo["arrived"]))}
    assert statuses == {RowStatus.CHECKED_IN}
    choose(screen.status_filter, StatusFilter.NOT_ARRIVED)
    assert not set(shown_ids(screen)) & demo["arrived"]
    assert set(demo["waiting"]) <= set(shown_ids(screen))


def test_sorting_by_a_column_header(qtbot, screen):
    header = screen.table.horizontalHeader()
    header.setSortIndicator(ORGANISATION, Qt.SortOrder.AscendingOrder)
    organisations = column(screen, ORGANISATION)
    filled = [fold(o) for o in organisations if o]
    assert filled == sorted(filled)
    assert organisations[len(filled) :] == [""] * (len(organisations) - len(filled))
    header.setSortIndicator(ORGANISATION, Qt.SortOrder.DescendingOrder)
    assert [fold(o) for o in column(screen, ORGANISATION) if o] == sorted(filled, reverse=True)


def test_search_sector_and_workshop_filters(qtbot, screen, store, demo):
    with store.read() as session:
        person = session.get(Attendee, demo["waiting"][0])
        sector = person.sector
    qtbot.keyClicks(screen.search, fold(person.last_name)[:5])
    qtbot.waitUntil(lambda: person.id in shown_ids(screen) and screen.model.rowCount() < 60)
    screen.search.clear()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 60)
    choose(screen.sector_filter, sector)
    assert person.id in shown_ids(screen)
    assert set(column(screen, 3)) == {sector}
    screen.workshop_filter.setCurrentIndex(1)
    assert screen.link_filter.isEnabled()
    assert screen.model.rowCount() < 60


def test_rows_are_read_a_window_at_a_time(qtbot, monkeypatch, context):
    monkeypatch.setattr(attendee_list_model, "WINDOW", 7)
    widget = AttendeeListScreen(context)
    qtbot.addWidget(widget)
    everyone = [widget.model.index(r, 0).data() for r in range(widget.model.rowCount())]
    assert "…" not in everyone and len(everyone) == 60
    assert len(widget.model._windows) == 9


def test_a_big_event_loads_off_the_gui_thread(qtbot, monkeypatch, context):
    monkeypatch.setattr(attendee_list_model, "SYNC_LIMIT", 0)
    widget = AttendeeListScreen(context)
    qtbot.addWidget(widget)
    assert widget.model.loading
    assert widget.model.rowCount() == 0
    assert "…" in widget.count_label.text()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 60, timeout=5000)
    assert not widget.model.loading


def test_double_click_opens_the_attendee_dialog(qtbot, monkeypatch, screen):
    opened = []
    monkeypatch.setattr(AttendeeDialog, "exec", lambda dialog: opened.append(dialog.attendee_id))
    index = screen.model.index(2, 1)
    rect = screen.table.visualRect(index)
    viewport = screen.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [index.data(ID_ROLE)]


def select_rows(screen, ids):
    model, selection = screen.model, QItemSelection()
    for attendee_id in ids:
        row = model.ids.index(attendee_id)
        selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
    screen.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.Select)


def test_merge_two_rows(qtbot, monkeypatch, screen, store, demo):
    arrived = sorted(demo["arrived"])[0]
    duplicate = demo["waiting"][0]
    with store.read() as session:
        duplicate_code = session.get(Attendee, duplicate).code
    select_rows(screen, [duplicate, arrived])
    assert screen.merge_button.isEnabled()
    shown = {}

    def accept(dialog):
        shown["survivor"] = dialog.survivor_id
        shown["explanation"] = dialog.explanation.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MergeDialog, "exec", accept)
    screen.merge_button.click()

    assert shown["survivor"] == arrived  # the one who checked in is kept by default
    assert "nothing is deleted" in shown["explanation"]
    assert duplicate not in shown_ids(screen)
    assert "✔" in screen.notice.text()
    with store.read() as session:
        assert session.get(Attendee, duplicate).status == AttendeeStatus.MERGED
    with store.write() as session:
        verdict = check_in(session, session.get(Event, demo["event_id"]), duplicate_code,
                           desk="Accueil")  # fmt: skip
    assert verdict.status is Status.ALREADY_CHECKED_IN
    assert verdict.attendee.id == arrived
    choose(screen.status_filter, StatusFilter.MERGED)
    assert shown_ids(screen) == [duplicate]


def test_merge_cancelled_changes_nothing(qtbot, monkeypatch, screen, store, demo):
    select_rows(screen, demo["waiting"][:2])
    monkeypatch.setattr(MergeDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    screen.merge_button.click()
    with store.read() as session:
        statuses = {session.get(Attendee, i).status for i in demo["waiting"][:2]}
    assert statuses == {AttendeeStatus.REGISTERED}


def test_merge_dialog_shows_what_is_kept(qtbot, context, store, demo):
    keep, other = demo["waiting"][:2]
    with store.write() as session:
        session.get(Attendee, keep).phone = ""
        session.get(Attendee, other).phone = "+32 470 00 00 00"
    dialog = MergeDialog(context, keep, other)
    qtbot.addWidget(dialog)
    dialog.choose_survivor(keep)
    assert dialog.result_labels["phone"].text() == "+32 470 00 00 00"
    assert "bold" in dialog.result_labels["phone"].styleSheet()
