"""The main window: title, navigation, counts, kiosk mode, settings, languages, smoke start.

Window mechanics are tested with small stand-in screens declared here, so these tests neither
wait for nor break with the desk and door screens (their own tests cover them); the real
screens are exercised end to end by ``gui --smoke`` in a subprocess.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator, Signal
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from sqlalchemy import select

from catchdesk.app import install_translations
from catchdesk.core.checkin import check_in
from catchdesk.core.demo import create_demo_event
from catchdesk.core.models import Attendee, AttendeeStatus, Event
from catchdesk.ui import settings_dialog
from catchdesk.ui.context import DeskContext
from catchdesk.ui.main_window import MainWindow
from catchdesk.ui.pages import Page
from catchdesk.ui.settings import Settings
from catchdesk.ui.settings_dialog import SettingsDialog


class FakeDesk(QWidget):
    """A stand-in desk screen: a scan field and the check-in signal, nothing else."""

    attendee_checked_in = Signal(str)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.scan_input = QLineEdit()
        self.scan_input.setObjectName("scanInput")
        QVBoxLayout(self).addWidget(self.scan_input)


class FakeDoor(FakeDesk):
    pass


PAGES = (
    Page("Front desk", __name__, "FakeDesk", entrance=True),
    Page("Workshop door", __name__, "FakeDoor"),
)


@pytest.fixture
def demo(store):
    with store.write() as session:
        summary = create_demo_event(session, attendees=40, seed=1)
    return summary


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


def load_settings(ini: Path) -> Settings:
    return Settings.load(QSettings(str(ini), QSettings.Format.IniFormat))


@pytest.fixture
def context(store, demo, ini) -> DeskContext:
    return DeskContext(store=store, event_id=demo.event_id, settings=load_settings(ini))


@pytest.fixture
def window(qtbot, context) -> MainWindow:
    main = MainWindow(context, pages=PAGES)
    qtbot.addWidget(main)
    return main


@pytest.fixture
def french(qapp):
    translators = install_translations(qapp, "fr")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)


def admit(store, event_id: str, count: int) -> list[str]:
    with store.write() as session:
        event = session.get(Event, event_id)
        people = session.scalars(
            select(Attendee)
            .where(Attendee.event_id == event_id, Attendee.status != AttendeeStatus.CANCELLED)
            .order_by(Attendee.last_name)
            .limit(count)
        ).all()
        for person in people:
            check_in(session, event, person.code, desk="Desk 1")
        return [person.id for person in people]


def test_title_names_the_event_and_the_desk(window, demo):
    assert demo.event_name in window.windowTitle()
    assert "Desk 1" in window.windowTitle()
    assert "CatchDesk" in window.windowTitle()
    assert window.statusBar().findChild(QWidget, "storeLabel").text().endswith("store.sqlite")


def show_active(qtbot, window: MainWindow) -> None:
    """Shortcuts only reach the active window: show it and wait until it is."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_navigation_by_keyboard(qtbot, window):
    show_active(qtbot, window)
    assert window.navigation.count() == 2
    assert "FakeDoor" not in window.screens  # built when first shown, not at start
    assert window.stack.currentWidget() is window.screens["FakeDesk"]
    desk = window.screens["FakeDesk"]
    qtbot.waitUntil(lambda: window.focusWidget() is desk.scan_input)
    qtbot.keyClick(desk.scan_input, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.screens["FakeDoor"]
    assert window.focusWidget() is window.screens["FakeDoor"].scan_input
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is desk


def test_counts_follow_check_ins(qtbot, window, store, demo):
    qtbot.waitUntil(lambda: window.counts[1] > 0)  # counted just after the window opens
    before, registered = window.counts
    assert before == 0 and registered > 0
    assert f"0 checked in / {registered} registered" == window.counts_label.text()
    ids = admit(store, demo.event_id, 2)
    window.screens["FakeDesk"].attendee_checked_in.emit(ids[-1])
    assert window.counts == (1, registered)  # at once, without waiting for the store
    assert window.counts_label.text().startswith("1 checked in")
    window._recount_timer.setInterval(10)
    window.screens["FakeDesk"].attendee_checked_in.emit(ids[0])
    assert window.counts == (2, registered)
    admit(store, demo.event_id, 3)  # another desk admits one more: the recount sees it
    qtbot.waitUntil(lambda: window.counts == (3, registered))
    window.show_screen(1)
    window.screens["FakeDoor"].attendee_checked_in.emit(ids[0])  # a workshop door, not arrival
    assert window.counts == (3, registered)


def test_clock_shows_the_venue_time(window, demo):
    with window.context.store.read() as session:
        zone = session.get(Event, demo.event_id).timezone
    venue_hour = dt.datetime.now(ZoneInfo(zone)).strftime("%H")
    text = window.clock_label.text()
    assert len(text) == 8 and text[2] == ":" and text[5] == ":"
    assert text[:2] == venue_hour or text[3:5] == "00"  # (or the hour turned meanwhile)


def test_f11_toggles_kiosk_mode(qtbot, window):
    show_active(qtbot, window)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    assert window.menuBar().isHidden()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.menuBar().isHidden()


def test_geometry_is_restored(qtbot, context, ini):
    first = MainWindow(context, pages=PAGES)
    qtbot.addWidget(first)
    first.resize(720, 520)
    first.show()
    qtbot.waitExposed(first)
    first.close()
    assert load_settings(ini).window_geometry
    again = DeskContext(context.store, context.event_id, load_settings(ini))
    second = MainWindow(again, pages=PAGES)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (720, 520)


def test_the_last_screen_is_shown_again(qtbot, context, ini):
    first = MainWindow(context, pages=PAGES)
    qtbot.addWidget(first)
    first.show_screen(1)
    first.close()
    again = DeskContext(context.store, context.event_id, load_settings(ini))
    second = MainWindow(again, pages=PAGES)
    qtbot.addWidget(second)
    assert isinstance(second.current_screen(), FakeDoor)
    assert second.navigation.currentRow() == 1


def test_settings_reach_the_open_screens_when_saved(qtbot, window, monkeypatch):
    applied: list[bool] = []
    window.screens["FakeDesk"].apply_settings = lambda: applied.append(True)
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: 1)
    window.open_settings()
    assert applied == [True]


class BrokenDoor(FakeDesk):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        raise RuntimeError("this screen is broken")


def test_a_screen_that_fails_to_build_says_so(qtbot, context, caplog):
    main = MainWindow(context, pages=(PAGES[0], Page("Broken", __name__, "BrokenDoor")))
    qtbot.addWidget(main)
    main.show_screen(1)
    assert "BrokenDoor" not in main.screens
    assert "could not be opened" in main.statusBar().currentMessage()
    assert "this screen is broken" in caplog.text


def test_a_missing_screen_is_left_out(qtbot, context, caplog):
    pages = (Page("Gone", "catchdesk.ui.no_such_screen", "Nothing"), *PAGES[:1])
    main = MainWindow(context, pages=pages)
    qtbot.addWidget(main)
    assert main.navigation.count() == 1
    assert "no_such_screen" in caplog.text


def test_settings_round_trip(qtbot, monkeypatch, ini):
    monkeypatch.setattr(settings_dialog, "available_cameras", lambda: [("cam-1", "Webcam")])
    monkeypatch.setattr(settings_dialog, "available_printers", lambda: ["Zebra"])
    settings = load_settings(ini)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.desk_name.clear()
    qtbot.keyClicks(dialog.desk_name, "Accueil 3")
    assert not dialog.language_notice.isVisibleTo(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    assert dialog.language_notice.isVisibleTo(dialog)
    dialog.sounds.setChecked(False)
    dialog.max_gap.setValue(40)
    dialog.commit.setValue(120)
    dialog.camera.setCurrentIndex(dialog.camera.findData("cam-1"))
    dialog.printer.setCurrentIndex(dialog.printer.findData("Zebra"))
    dialog.badge_layout.setCurrentIndex(dialog.badge_layout.findData("label-62mm"))
    dialog.auto_print.setChecked(True)
    with qtbot.waitSignal(dialog.settings_saved):
        dialog.accept()
    saved = load_settings(ini)
    assert (saved.desk_name, saved.language, saved.sounds_enabled) == ("Accueil 3", "nl", False)
    assert (saved.scanner_max_gap_ms, saved.scanner_commit_ms) == (40, 120)
    assert (saved.camera_id, saved.printer_name, saved.badge_layout) == (
        "cam-1",
        "Zebra",
        "label-62mm",
    )
    assert saved.auto_print_badges is True


def test_settings_dialog_without_multimedia_says_so(qtbot, monkeypatch, ini):
    monkeypatch.setattr(settings_dialog, "available_cameras", lambda: None)
    monkeypatch.setattr(settings_dialog, "available_printers", list)
    settings = load_settings(ini)
    settings.printer_name = "Old printer"
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert not dialog.camera.isEnabled()
    assert dialog.camera_notice.isVisibleTo(dialog)
    assert "Qt Multimedia" in dialog.camera_notice.text()
    assert "Old printer" in dialog.printer.currentText()


def test_new_desk_name_shows_in_the_title(window, monkeypatch):
    def accept_with_new_name(dialog: SettingsDialog) -> int:
        dialog.desk_name.setText("Accueil 4")
        dialog.accept()
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", accept_with_new_name)
    window.settings_action.trigger()
    assert "Accueil 4" in window.windowTitle()


def test_french_translation_is_loaded(qtbot, qapp, french, context):
    assert any(isinstance(t, QTranslator) for t in french)
    assert QCoreApplication.translate("MainWindow", "Front desk") == "Accueil"
    main = MainWindow(context, pages=PAGES)
    qtbot.addWidget(main)
    assert main.navigation.item(0).text() == "Accueil"
    assert main.settings_action.text() == "&Paramètres…"
    qtbot.waitUntil(lambda: "inscrit" in main.counts_label.text())


def run_catchdesk(tmp_path: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """The real program in its own process (its QApplication and translations are its own)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "LANGUAGE": "en",
    }
    return subprocess.run(
        [sys.executable, "-m", "catchdesk", *argv],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


@pytest.mark.slow
def test_gui_smoke_prints_the_time_to_a_focused_scan_field(tmp_path, store, demo):
    if importlib.util.find_spec("catchdesk.ui.desk") is None:
        pytest.skip("the desk screen (catchdesk/ui/desk.py) is not written yet")
    location = store.describe()
    store.close()
    done = run_catchdesk(tmp_path, "--db", location, "gui", "--smoke")
    assert done.returncode == 0, done.stderr
    focused = re.search(r"gui smoke: scan field focused after (\d+) ms", done.stdout)
    ready = re.search(r"gui smoke: scan path ready after (\d+) ms", done.stdout)
    assert focused and ready, done.stdout
    assert int(ready.group(1)) >= int(focused.group(1))  # the warm-up follows the focus


@pytest.mark.slow
def test_gui_smoke_read_by_head_still_succeeds_at_once(tmp_path, store, demo):
    """``catchdesk gui --smoke | head -1``: the reader leaves after the first line."""
    location = store.describe()
    store.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "c")}
    started = time.monotonic()
    smoke = subprocess.Popen(
        [sys.executable, "-m", "catchdesk", "--db", location, "gui", "--smoke"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert "scan field focused after" in smoke.stdout.readline()
    smoke.stdout.close()
    assert smoke.wait(timeout=60) == 0, smoke.stderr.read()
    assert time.monotonic() - started < 15  # not the 20-second give-up


@pytest.mark.slow
def test_gui_on_a_store_without_event_says_what_to_do(tmp_path, store):
    location = store.describe()
    store.close()
    done = run_catchdesk(tmp_path, "--db", location, "gui", "--smoke")
    assert done.returncode == 1
    assert "catchdesk demo" in done.stderr


@pytest.mark.slow
def test_gui_on_a_broken_store_explains_in_words(tmp_path):
    broken = tmp_path / "notes.sqlite"
    broken.write_text("shopping list, not a database", encoding="utf-8")
    done = run_catchdesk(tmp_path, "--db", str(broken), "gui", "--smoke")
    assert done.returncode == 1
    assert "cannot be opened" in done.stderr and "Traceback" not in done.stderr
    assert broken.read_text(encoding="utf-8") == "shopping list, not a database"
