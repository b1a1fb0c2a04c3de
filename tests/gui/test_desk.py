"""The desk screen driven like desk staff and a USB scanner do (offscreen, pytest-qt)."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import select

from catchdesk.core.attendees import first_checkins
from catchdesk.core.checkin import check_in
from catchdesk.core.demo import create_demo_event
from catchdesk.core.keyboard_layouts import garble
from catchdesk.core.models import Attendee, Booking, Coach, CoachSlot, Event
from catchdesk.core.search import search_attendees
from catchdesk.core.textfold import fold
from catchdesk.core.verdicts import Status
from catchdesk.ui import sounds
from catchdesk.ui.context import DeskContext
from catchdesk.ui.desk import DeskScreen
from catchdesk.ui.search_model import (
    COL_CHECKED_IN,
    COL_NAME,
    AttendeeIdRole,
    CheckedInRole,
    CodeRole,
    ResultRow,
    SearchResultsModel,
    rows_from_hits,
)
from catchdesk.ui.settings import Settings
from catchdesk.ui.sounds import SoundPlayer, SoundProblem, sound_path, write_sound_files
from catchdesk.ui.verdict_panel import COLOURS, VerdictPanel, contrast_ratio


@pytest.fixture
def demo(store):
    with store.write() as session:
        return create_demo_event(session, attendees=60, seed=3)


def make_screen(qtbot, store, demo, **options) -> DeskScreen:
    # A generous gap keeps a loaded CI machine's bursts bursts; humans are simulated far slower.
    values = {"sounds_enabled": False, "scanner_max_gap_ms": 100, "scanner_commit_ms": 150}
    values.update(options)
    settings = Settings(**values)
    screen = DeskScreen(DeskContext(store, demo.event_id, settings))
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    # Keys reach the focus widget of the active window, and the scanner watches that widget.
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    return screen


def scanner_types(qtbot, widget: QWidget, text: str, enter: bool = True) -> None:
    """A USB scanner: every key right after the previous one (microseconds apart)."""
    for char in text:
        if char.isascii():
            qtbot.keyClick(widget, char)
        else:  # QTest only types ASCII; a scanner on AZERTY types é, è, à, §…
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, ord(char.upper()), Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)
    if enter:
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def person_by_code(store, code: str) -> Attendee:
    with store.read() as session:
        return session.scalars(select(Attendee).where(Attendee.code == code)).one()


def test_typed_code_and_enter_gives_the_green_verdict(qtbot, store, demo):
    screen = make_screen(qtbot, store, demo)
    code = demo.sample_codes[0]
    seen: list[str] = []
    screen.attendee_checked_in.connect(seen.append)
    qtbot.keyClicks(screen.scan_input, code)
    qtbot.keyClick(screen.scan_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.panel.verdict is not None)
    person = person_by_code(store, code)
    panel = screen.findChild(VerdictPanel, "verdictPanel")
    assert panel is screen.panel
    assert panel.verdict.status is Status.CHECKED_IN
    assert panel.severity == "ok"
    assert panel.background_colour() == COLOURS["ok"][0]
    assert panel.name_label.text() == person.full_name
    assert panel.word_label.text() == panel.tr_word(Status.CHECKED_IN)
    assert seen == [person.id]
    assert screen.scan_input.text() == ""
    assert screen.recent_model.rowCount() == 1
    assert person.full_name in screen.recent_model.index(0).data()


@pytest.mark.parametrize("enter", [True, False], ids=["with-enter", "without-enter"])
def test_scanner_burst_in_the_search_field_is_a_scan(qtbot, store, demo, enter):
    screen = make_screen(qtbot, store, demo)
    screen.search_input.setFocus()
    screen.search_input.setText("mar")
    code = demo.sample_codes[1]
    scanner_types(qtbot, screen.search_input, code, enter=enter)
    qtbot.waitUntil(lambda: screen.panel.verdict is not None)
    assert screen.panel.verdict.status is Status.CHECKED_IN
    assert screen.panel.verdict.attendee.code == code
    assert screen.search_input.text() == "mar"


def stamped_key(widget: QWidget, char: str, stamp_ms: int) -> None:
    """A key as the window system delivers it: with the time (ms) it was typed."""
    key = Qt.Key.Key_Return if char == "\r" else ord(char.upper())
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
        event.setTimestamp(stamp_ms)
        QApplication.sendEvent(widget, event)


def test_a_burst_stays_one_scan_when_the_desk_is_busy_in_the_middle_of_it(qtbot, store, demo):
    """The GUI thread stalls (a recount, the warm-up) while the scanner types: the late keys
    arrive together long after the first ones, but their time stamps say one fast burst."""
    screen = make_screen(qtbot, store, demo, scanner_max_gap_ms=35)
    screen.search_input.setFocus()
    code = demo.sample_codes[2]
    stamp = 1_000_000
    for index, char in enumerate(code):
        if index == len(code) // 2:
            time.sleep(0.12)  # busy: these keys were typed 3 ms apart all the same
        stamped_key(screen.search_input, char, stamp)
        stamp += 3
    stamped_key(screen.search_input, "\r", stamp)
    qtbot.waitUntil(lambda: screen.panel.verdict is not None)
    assert screen.panel.verdict.status is Status.CHECKED_IN
    assert screen.panel.verdict.attendee.code == code
    assert screen.search_input.text() == ""


def test_keys_typed_slowly_stay_typing_by_their_time_stamps(qtbot, store, demo):
    screen = make_screen(qtbot, store, demo, scanner_max_gap_ms=35)
    screen.search_input.setFocus()
    for index, char in enumerate("marie"):
        stamped_key(screen.search_input, char, 2_000_000 + index * 120)
    assert screen.search_input.text() == "marie"
    assert screen.panel.verdict is None


def test_human_typing_in_the_search_field_stays_there(qtbot, store, demo):
    screen = make_screen(qtbot, store, demo, scanner_max_gap_ms=35)
    for char in "marie":
        qtbot.keyClick(screen.search_input, char, delay=80)
    assert screen.search_input.text() == "marie"
    assert screen.panel.verdict is None


def test_a_key_outside_text_fields_brings_the_focus_back_to_the_scan_field(qtbot, store, demo):
    screen = make_screen(qtbot, store, demo, scanner_max_gap_ms=35)
    screen.undo_button.setFocus()
    qtbot.keyClick(screen.undo_button, "u")
    assert screen.focusWidget() is screen.scan_input
    assert screen.scan_input.text() == "u"


def test_a_garbled_scan_through_a_wrong_layout_is_admitted(qtbot, store, demo):
    screen = make_screen(qtbot, store, demo)
    external = demo.sample_external_codes[0]
    scanner_types(qtbot, screen.scan_input, garble(external, "us", "be"))
    qtbot.waitUntil(lambda: screen.panel.verdict is not None)
    assert screen.panel.verdict.status is Status.CHECKED_IN
    assert screen.panel.severity == "ok"


def test_already_checked_in_shows_amber_with_time_and_desk(qtbot, store, demo):
    code = demo.sample_codes[2]
    with store.write() as session:
        event = session.get(Event, demo.event_id)
        earlier = dt.datetime(2026, 11, 26, 8, 12, tzinfo=dt.UTC)
        check_in(session, event, code, desk="Desk 7", now=earlier)
    screen = make_screen(qtbot, store, demo)
    scanner_types(qtbot, screen.scan_input, code)
    qtbot.waitUntil(lambda: screen.panel.verdict is not None)
    assert screen.panel.verdict.status is Status.ALREADY_CHECKED_IN
    assert screen.panel.severity == "warning"
    assert "Desk 7" in screen.panel.first_label.text()
    assert "09:12" in screen.panel.first_label.text()  # Brussels time


def test_unknown_code_shows_red(qtbot, store, demo):
    screen = make_screen(qtbot, store, demo)
    scanner_types(qtbot, screen.scan_input, "NOBODY-4242")
    qtbot.waitUntil(lambda: screen.panel.verdict is not None)
    assert screen.panel.severity == "refused"
    assert screen.panel.verdict.status in {Status.UNKNOWN, Status.INVALID}
    assert screen.panel.name_label.text() == ""
    assert screen.panel.message_label.text()


def test_undo_asks_then_revokes(qtbot, store, demo, monkeypatch):
    screen = make_screen(qtbot, store, demo)
    code = demo.sample_codes[0]
    screen.process_scan(code)
    person = person_by_code(store, code)
    asked: list[str] = []

    def answer(reply):
        def question(parent, title, text, *args):
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    screen.undo_action.trigger()
    with store.read() as session:
        assert person.id in first_checkins(session, demo.event_id, [person.id])
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    assert "Desk 1" in asked[0]
    with store.read() as session:
        assert first_checkins(session, demo.event_id, [person.id]) == {}
    assert person.full_name in screen.status_label.text()
    assert screen.panel.severity == "neutral"


def test_undo_has_the_ctrl_z_shortcut_even_in_the_scan_field(qtbot, store, demo):
    screen = make_screen(qtbot, store, demo)
    assert screen.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    override = QKeyEvent(
        QEvent.Type.ShortcutOverride, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier, "\x1a"
    )
    override.ignore()  # as Qt sends it: a widget accepts it to keep the key
    QApplication.sendEvent(screen.scan_input, override)
    assert not override.isAccepted()  # the line edit does not keep Ctrl+Z for its own undo


def test_accent_insensitive_search_then_enter_checks_in(qtbot, store, demo):
    with store.read() as session:
        people = session.scalars(select(Attendee).where(Attendee.status == "registered")).all()
        target = next(p for p in people if not p.first_name.isascii())
    query = fold(target.first_name)
    assert query.isascii()
    screen = make_screen(qtbot, store, demo, scanner_max_gap_ms=35)
    for char in query:
        qtbot.keyClick(screen.search_input, char, delay=60)
    qtbot.waitUntil(lambda: screen.search_model.rowCount() > 0)
    ids = [
        screen.search_model.index(row, 0).data(AttendeeIdRole)
        for row in range(screen.search_model.rowCount())
    ]
    assert target.id in ids
    qtbot.keyClick(screen.search_input, Qt.Key.Key_Down)
    assert screen.focusWidget() is screen.results_view
    screen.results_view.selectRow(ids.index(target.id))
    qtbot.keyClick(screen.results_view, Qt.Key.Key_Return)
    assert screen.panel.verdict.status is Status.CHECKED_IN
    assert screen.panel.verdict.attendee.id == target.id
    assert screen.search_input.text() == ""


def test_panel_returns_to_neutral(qtbot, store, demo):
    screen = make_screen(qtbot, store, demo)
    screen.panel.reset_after_ms = 50
    screen.process_scan(demo.sample_codes[0])
    assert screen.panel.severity == "ok"
    qtbot.waitUntil(lambda: screen.panel.severity == "neutral")
    assert screen.panel.background_colour() == COLOURS["neutral"][0]


def test_the_name_is_the_largest_text(qtbot, store, demo):
    screen = make_screen(qtbot, store, demo)
    screen.process_scan(demo.sample_codes[0])
    panel = screen.panel
    name_size = panel.name_label.font().pixelSize()
    others = [panel.word_label, panel.details_label, panel.message_label, screen.scan_input]
    assert all(name_size > label.font().pixelSize() for label in others)


def test_verdict_colours_have_enough_contrast():
    for background, text in COLOURS.values():
        assert contrast_ratio(background, text) >= 4.5


def test_muted_sounds_show_one_notice(qtbot, store, demo):
    screen = make_screen(qtbot, store, demo)
    assert not screen.notice_label.isHidden()
    assert screen.notice_label.text()


def test_sound_files_are_small_and_distinct(tmp_path):
    written = write_sound_files(tmp_path)
    assert len({path.read_bytes() for path in written}) == 3
    for path in written:
        assert path.stat().st_size < 30_000
    for severity in ("ok", "warning", "refused"):
        assert sound_path(severity).stat().st_size < 30_000
    assert SoundPlayer(enabled=False).available is False


def test_search_model_without_a_window(store, demo):
    model = SearchResultsModel()
    assert model.rowCount() == 0
    row = ResultRow("id-1", "Hélène Dubois", "Boulangerie", "h@example.be", "UHABC", "09:05")
    model.set_rows([row])
    assert model.rowCount() == 1
    assert model.columnCount() == 4
    assert model.index(0, COL_NAME).data() == "Hélène Dubois"
    assert model.index(0, COL_CHECKED_IN).data() == "09:05"
    assert model.index(0, COL_NAME).data(AttendeeIdRole) == "id-1"
    assert model.index(0, COL_NAME).data(CodeRole) == "UHABC"
    assert model.index(0, COL_NAME).data(CheckedInRole) is True
    assert model.headerData(COL_NAME, Qt.Orientation.Horizontal)
    with store.read() as session:
        event = session.get(Event, demo.event_id)
        hits = search_attendees(session, event, "marie")
        rows = rows_from_hits(hits, {}, event.timezone)
    model.set_rows(rows)
    assert model.rowCount() == len(hits) > 0


class _NoOutputs:
    @staticmethod
    def audioOutputs() -> list[object]:
        return []


def test_sounds_without_an_audio_device_say_so_and_break_nothing(qtbot, store, demo, monkeypatch):
    monkeypatch.setattr(sounds, "_multimedia", lambda: (_NoOutputs, object))
    screen = make_screen(qtbot, store, demo, sounds_enabled=True)
    qtbot.waitUntil(lambda: screen.sounds.tried, timeout=3000)
    assert screen.sounds.available is False
    assert not screen.notice_label.isHidden()
    assert "speaker" in screen.notice_label.text()
    screen.process_scan(demo.sample_codes[0])  # plays nothing, breaks nothing
    assert screen.panel.severity == "ok"


def test_missing_qt_multimedia_is_told_apart_from_a_missing_device(qtbot, store, demo, monkeypatch):
    def broken() -> tuple[object, object]:
        raise ImportError("libpulse.so.0: cannot open shared object file")

    monkeypatch.setattr(sounds, "_multimedia", broken)
    screen = make_screen(qtbot, store, demo, sounds_enabled=True)
    qtbot.waitUntil(lambda: screen.sounds.tried, timeout=3000)
    assert screen.sounds.problem is SoundProblem.NO_MULTIMEDIA
    assert "libpulse0" in screen.notice_label.text()


def test_the_scan_field_does_not_wait_for_qt_multimedia(qtbot, store, demo, monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(sounds, "_multimedia", lambda: calls.append("load") or (_NoOutputs, object))
    screen = make_screen(qtbot, store, demo, sounds_enabled=True)
    assert calls == []  # built, ready to scan, sounds not loaded yet
    screen.process_scan(demo.sample_codes[0])
    assert screen.panel.severity == "ok"
    qtbot.waitUntil(lambda: calls == ["load"], timeout=3000)


def test_muting_in_the_settings_takes_effect_at_once(qtbot, store, demo, monkeypatch):
    monkeypatch.setattr(sounds, "_multimedia", lambda: (_NoOutputs, object))
    screen = make_screen(qtbot, store, demo, sounds_enabled=True)
    qtbot.waitUntil(lambda: screen.sounds.tried, timeout=3000)
    screen.context.settings.sounds_enabled = False
    screen.apply_settings()
    assert screen.sounds.enabled is False
    assert "muted" in screen.notice_label.text()
    screen.context.settings.sounds_enabled = True
    screen.apply_settings()
    assert "speaker" in screen.notice_label.text()


def test_the_panel_shows_the_coaching_bookings_of_the_day(qtbot, store, demo):
    code = demo.sample_codes[0]
    person = person_by_code(store, code)
    with store.write() as session:
        slot = session.scalars(select(CoachSlot).order_by(CoachSlot.starts_at)).first()
        coach = session.get(Coach, slot.coach_id)
        session.add(
            Booking(event_id=demo.event_id, slot_id=slot.id, attendee_id=person.id, topic="SEO")
        )
        coach_name = coach.name
    screen = make_screen(qtbot, store, demo)
    screen.process_scan(code)
    assert coach_name in screen.panel.bookings_label.text()
