"""The first run: from an empty store to the main window on an event, without the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import func, select

from catchdesk.app import run_gui
from catchdesk.core.models import Attendee, Event
from catchdesk.ui import import_wizard
from catchdesk.ui.context import DeskContext
from catchdesk.ui.main_window import MainWindow
from catchdesk.ui.settings import Settings
from catchdesk.ui.welcome import WAYS_IN, WayIn, WelcomeWindow


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def settings(ini) -> Settings:
    loaded = Settings.load(QSettings(str(ini), QSettings.Format.IniFormat))
    loaded.sounds_enabled = False
    loaded.save()
    return loaded


@pytest.fixture
def welcome(qtbot, store, settings) -> WelcomeWindow:
    window = WelcomeWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.reject()  # waits for a demo still being written


def events(store) -> list[Event]:
    with store.read() as session:
        return list(session.scalars(select(Event)))


def test_the_ways_in_are_one_list_of_buttons(welcome):
    assert [way.key for way in WAYS_IN] == ["create", "demo", "import", "join"]
    assert list(welcome.buttons) == ["create", "demo", "import", "join"]
    assert welcome.buttons["demo"].text() == "Open the demo event"
    assert welcome.store.describe() in welcome.store_label.text()


def test_one_more_way_in_is_one_more_entry(qtbot, store, settings):
    joined: list[WelcomeWindow] = []
    join = WayIn("join", "Join an event", "From another machine.", WAYS_IN[0].icon, joined.append)
    window = WelcomeWindow(store, settings, ways=(*WAYS_IN, join))
    qtbot.addWidget(window)
    window.buttons["join"].click()
    assert joined == [window]


def test_create_an_event_from_the_form(welcome, store):
    welcome.buttons["create"].click()
    assert welcome.pages.currentIndex() == 1
    welcome.form.create_button.click()
    assert welcome.form.notice.kind == "error" and "name" in welcome.form.notice.text()
    assert events(store) == []
    assert welcome.isVisible()

    welcome.form.name_edit.setText("Journée du numérique")
    welcome.form.date_edit.setDate(QDate(2026, 11, 26))
    welcome.form.venue_edit.setText("Namur Expo")
    assert welcome.form.zone_box.currentText() == "Europe/Brussels"
    welcome.form.create_button.click()
    [event] = events(store)
    assert (event.name, event.venue, event.timezone) == (
        "Journée du numérique",
        "Namur Expo",
        "Europe/Brussels",
    )
    assert event.starts_on.isoformat() == "2026-11-26"
    assert event.ticket_secret and event.signing_key  # the event's keys come with it
    assert welcome.event_id == event.id
    assert welcome.result() == QDialog.DialogCode.Accepted
    assert not welcome.isVisible()


def test_an_unknown_time_zone_is_refused_in_the_form(welcome, store):
    welcome.buttons["create"].click()
    welcome.form.name_edit.setText("Salon")
    welcome.form.zone_box.setCurrentText("Europe/Namur")
    welcome.form.create_button.click()
    assert "time zone" in welcome.form.notice.text()
    assert events(store) == []


def test_back_returns_to_the_choices(welcome):
    welcome.buttons["import"].click()
    assert "choose the file" in welcome.form.create_button.text()
    welcome.form.back_button.click()
    assert welcome.pages.currentIndex() == 0


def test_import_creates_the_event_then_runs_the_wizard_on_it(welcome, store, monkeypatch):
    seen: list[DeskContext] = []

    def fake_wizard(context: DeskContext, parent: object) -> bool:
        seen.append(context)
        assert parent is welcome
        assert [e.id for e in events(store)] == [context.event_id]  # created first
        return True

    monkeypatch.setattr(import_wizard, "open_import_wizard", fake_wizard)
    welcome.buttons["import"].click()
    welcome.form.name_edit.setText("Digital Day")
    welcome.form.create_button.click()
    assert len(seen) == 1
    assert welcome.event_id == seen[0].event_id


def test_the_demo_is_prepared_in_the_background(qtbot, welcome, store, settings):
    welcome.buttons["demo"].click()
    assert not welcome.buttons["create"].isEnabled()  # busy: one thing at a time
    assert welcome.progress.isVisible()
    with qtbot.waitSignal(welcome.event_chosen, timeout=60_000) as chosen:
        pass
    event_id = chosen.args[0]
    with store.read() as session:
        assert session.get(Event, event_id).is_demo
        total = session.scalar(
            select(func.count()).select_from(Attendee).where(Attendee.event_id == event_id)
        )
    assert total == 900
    window = MainWindow(DeskContext(store=store, event_id=event_id, settings=settings))
    qtbot.addWidget(window)
    assert window.context.event().name in window.windowTitle()


def test_closing_during_the_demo_waits_for_it_and_opens_nothing(welcome, store):
    welcome.buttons["demo"].click()
    welcome.reject()
    assert not welcome.busy
    assert welcome.event_id is None
    assert welcome.result() == QDialog.DialogCode.Rejected
    assert [e.is_demo for e in events(store)] == [True]  # written whole, kept for next time


@pytest.fixture
def restore_language(qapp):
    """run_gui installs translators on the shared application: take them away afterwards."""
    before = {id(t) for t in qapp.findChildren(QTranslator)}
    locale = QLocale()
    language = qapp.property("catchdesk_language")
    yield
    for translator in qapp.findChildren(QTranslator):
        if id(translator) not in before:
            qapp.removeTranslator(translator)
            translator.setParent(None)
    QLocale.setDefault(locale)
    qapp.setProperty("catchdesk_language", language)


def visible(kind: type) -> object | None:
    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()),
        None,
    )


def test_gui_on_an_empty_store_goes_from_the_welcome_to_the_main_window(
    qapp, store, ini, settings, restore_language, monkeypatch
):
    location = store.describe()
    store.close()
    seen: dict[str, str] = {}

    def fill_the_welcome() -> None:
        welcome = visible(WelcomeWindow)
        if welcome is None:
            QTimer.singleShot(20, fill_the_welcome)
            return
        welcome.buttons["create"].click()
        welcome.form.name_edit.setText("Salon des artisans")
        welcome.form.create_button.click()

    def main_loop() -> int:
        """Instead of QApplication.exec (which would end the test session's application):
        read the window the person would now see, and close it."""
        window = visible(MainWindow)
        assert window is not None
        seen["title"] = window.windowTitle()
        window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", main_loop)
    QTimer.singleShot(0, fill_the_welcome)
    code = run_gui(
        location,
        None,
        "Accueil 1",
        qsettings=QSettings(str(ini), QSettings.Format.IniFormat),
        argv=[],
        language="en",
    )
    assert code == 0
    assert seen["title"].startswith("Salon des artisans — Accueil 1")
