"""Sync in the GUI: the background worker on a real hub, the indicator, bundles from the menu,
the conflicts screen and joining from the welcome window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QLineEdit, QVBoxLayout, QWidget
from sqlalchemy import func, select

from catchdesk.core.attendees import add_attendee
from catchdesk.core.checkin import check_in
from catchdesk.core.events import create_event
from catchdesk.core.models import Checkin, CheckinRevocation, Event
from catchdesk.core.store import Store, open_store
from catchdesk.core.sync.bundles import export_bundle, import_bundle, join_from_bundle
from catchdesk.core.sync.hub import Hub
from catchdesk.core.sync.joining import join_from_hub, publish_event
from catchdesk.core.sync.rounds import sync_round
from catchdesk.ui.conflicts import ConflictsScreen
from catchdesk.ui.context import DeskContext
from catchdesk.ui.main_window import MainWindow
from catchdesk.ui.pages import Page
from catchdesk.ui.settings import Settings
from catchdesk.ui.sync_worker import SyncWorker
from catchdesk.ui.welcome import WelcomeWindow

PASSPHRASE = "correct horse battery"
CLOSED_HUB = "postgresql+psycopg://postgres@127.0.0.1:1/nothing"


class FakeDesk(QWidget):
    """A stand-in first screen (the real desk screen has its own tests)."""

    attendee_checked_in = Signal(str)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        field = QLineEdit()
        field.setObjectName("scanInput")
        QVBoxLayout(self).addWidget(field)


PAGES = (
    Page("Front desk", __name__, "FakeDesk", entrance=True),
    Page("Conflicts", "catchdesk.ui.conflicts", "ConflictsScreen"),
)


class Organiser:
    """Desk A's store with an event of a few attendees; other desks join it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.store = open_store(folder / "desk-a.sqlite", desk="Desk A")
        with self.store.write() as session:
            event = create_event(session, "Digital Day Namur", dt.date(2026, 11, 26))
            people = [
                add_attendee(session, event, first_name=f"Person{i}", last_name="Test")
                for i in range(5)
            ]
            self.event_id = event.id
            self.codes = [p.code for p in people]
        self.stores: list[Store] = [self.store]

    def open(self, name: str) -> Store:
        store = open_store(self.folder / f"{name}.sqlite", desk=name)
        self.stores.append(store)
        return store

    def join_by_bundle(self, name: str) -> Store:
        path = self.folder / "join.cdbundle"
        with self.store.read() as session:
            export_bundle(session, session.get(Event, self.event_id), path, passphrase=PASSPHRASE)
        store = self.open(name)
        with store.write() as session:
            join_from_bundle(session, path, PASSPHRASE)
        return store

    def scan(self, store: Store, code: str) -> None:
        with store.write() as session:
            check_in(session, session.get(Event, self.event_id), code, desk=store.device_name)

    def checkins(self, store: Store) -> int:
        with store.read() as session:
            return session.scalar(select(func.count()).select_from(Checkin))

    def context(self, store: Store, hub_url: str = "") -> DeskContext:
        ini = self.folder / f"{store.device_name}.ini"
        settings = Settings.load(QSettings(str(ini), QSettings.Format.IniFormat))
        settings.sounds_enabled = False
        settings.sync_hub_url = hub_url
        return DeskContext(store=store, event_id=self.event_id, settings=settings)


@pytest.fixture
def organiser(tmp_path):
    made = Organiser(tmp_path)
    yield made
    for store in made.stores:
        store.close()


@pytest.fixture
def workers():
    started: list[SyncWorker] = []
    yield started
    for worker in started:
        worker.stop()
    assert not any(w.isRunning() for w in started)


def _window(qtbot, context: DeskContext) -> MainWindow:
    window = MainWindow(context, pages=PAGES)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_checkin_at_one_desk_reaches_the_other_through_the_hub(qtbot, organiser, pg_url, workers):
    a = organiser.store
    hub = Hub(pg_url)
    try:
        sync_round(a, organiser.event_id, hub)
        publish_event(a, organiser.event_id, hub, PASSPHRASE)
        b = organiser.open("Desk B")
        join_from_hub(b, hub, None, PASSPHRASE)
    finally:
        hub.close()
    worker_a = SyncWorker(a, organiser.event_id, pg_url, interval=0.2)
    worker_b = SyncWorker(b, organiser.event_id, pg_url, interval=0.2)
    workers.extend([worker_a, worker_b])
    worker_a.start()
    organiser.scan(a, organiser.codes[0])
    worker_a.sync_now()
    qtbot.waitUntil(
        lambda: (
            worker_a.last_status is not None
            and worker_a.last_status.online
            and worker_a.last_status.waiting_entries == 0
        ),
        timeout=15_000,
    )
    assert organiser.checkins(b) == 0
    with qtbot.waitSignal(worker_b.pulled, timeout=15_000) as pulled:
        worker_b.start()
    assert pulled.args[0] >= 1
    assert organiser.checkins(b) == 1


def test_the_indicator_shows_online_then_offline_without_blocking(qtbot, organiser, pg_url):
    context = organiser.context(organiser.store, pg_url)
    window = _window(qtbot, context)
    indicator = window.sync.indicator
    window.sync.restart()
    qtbot.waitUntil(lambda: indicator.state == "online", timeout=15_000)
    assert "Online" in indicator.state_label.text()
    assert "synced at" in indicator.detail_label.text()

    context.settings.sync_hub_url = CLOSED_HUB
    window.sync.restart()
    assert indicator.state == "connecting"  # the round runs in the worker, not here
    qtbot.waitUntil(lambda: indicator.state == "offline", timeout=15_000)
    assert "Offline" in indicator.state_label.text()
    assert "does not answer" in indicator.toolTip()
    organiser.scan(organiser.store, organiser.codes[1])
    window.sync.sync_now()
    qtbot.waitUntil(lambda: "waiting" in indicator.detail_label.text(), timeout=15_000)

    context.settings.sync_hub_url = ""
    window.sync.restart()
    assert indicator.state == "off" and window.sync.worker is None


def test_bundles_from_the_menu_carry_checkins_and_a_tampered_one_is_refused(
    qtbot, organiser, monkeypatch
):
    b = organiser.join_by_bundle("Desk B")
    organiser.scan(organiser.store, organiser.codes[2])
    bundle = organiser.folder / "a-to-b.cdbundle"
    window_a = _window(qtbot, organiser.context(organiser.store))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(bundle), ""))
    window_a.sync.actions["export"].trigger()
    qtbot.waitUntil(lambda: window_a.sync.job is None, timeout=15_000)
    assert bundle.exists()
    assert "entries written to" in window_a.sync.last_message

    window_b = _window(qtbot, organiser.context(b))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bundle), ""))
    window_b.sync.actions["import"].trigger()
    qtbot.waitUntil(lambda: window_b.sync.job is None, timeout=15_000)
    assert "new entries merged" in window_b.sync.last_message
    assert not window_b.sync.last_message.startswith("0 ")
    assert organiser.checkins(b) == 1
    assert window_b.counts[0] == 1

    data = bytearray(bundle.read_bytes())
    data[-20] ^= 0xFF
    tampered = organiser.folder / "tampered.cdbundle"
    tampered.write_bytes(bytes(data))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tampered), ""))
    window_b.sync.actions["import"].trigger()
    qtbot.waitUntil(lambda: window_b.sync.job is None, timeout=15_000)
    assert "damaged or was altered" in window_b.sync.last_message
    assert organiser.checkins(b) == 1


def _double_admission(organiser: Organiser) -> tuple[Store, str]:
    b = organiser.join_by_bundle("Desk B")
    code = organiser.codes[3]
    organiser.scan(organiser.store, code)
    organiser.scan(b, code)
    for source, target in ((b, organiser.store), (organiser.store, b)):
        path = organiser.folder / f"from-{source.device_name}.cdbundle"
        with source.read() as session:
            export_bundle(session, session.get(Event, organiser.event_id), path)
        with target.write() as session:
            import_bundle(session, path)
    return b, code


def test_the_conflicts_screen_lists_a_double_admission_and_settles_it(
    qtbot, organiser, monkeypatch
):
    monkeypatch.setenv("CATCHDESK_LANG", "fr")
    _b, code = _double_admission(organiser)
    context = organiser.context(organiser.store)
    context.settings.language = "en"
    screen = ConflictsScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.table.rowCount() == 1
    row = [screen.table.item(0, c).text() for c in range(screen.table.columnCount())]
    assert row[0] == "Open" and row[2] == "Admitted at two desks"
    assert code in row[3] and "Person3" in row[3]
    assert row[5].startswith("Both check-ins of Person3 Test"), "the desk's language, not the OS's"
    assert "Both check-ins" in screen.detail.text()
    visible = {c for c, b in screen.buttons.items() if b.isVisibleTo(screen)}
    assert visible == {"keep_both", "revoke_one"}

    screen.note.setText("same person, scanned twice")
    with qtbot.waitSignal(screen.conflicts_changed) as changed:
        screen.buttons["revoke_one"].click()
    assert changed.args == [0]
    assert screen.table.rowCount() == 0
    with organiser.store.read() as session:
        assert session.scalar(select(func.count()).select_from(CheckinRevocation)) == 1
    screen.show_settled.setChecked(True)
    assert screen.table.rowCount() == 1
    assert screen.table.item(0, 0).text().startswith("Settled")
    assert "same person, scanned twice" in screen.detail.text()


def test_the_indicator_counts_conflicts_and_opens_their_screen(qtbot, organiser):
    _double_admission(organiser)
    window = _window(qtbot, organiser.context(organiser.store))
    window.sync.restart()
    button = window.sync.indicator.conflicts_button
    assert button.isVisibleTo(window) and button.text() == "1 conflict"
    button.click()
    assert isinstance(window.current_screen(), ConflictsScreen)
    window.current_screen().buttons["keep_both"].click()
    assert not button.isVisibleTo(window)


@pytest.fixture
def join_bundle(organiser) -> Path:
    path = organiser.folder / "join.cdbundle"
    with organiser.store.read() as session:
        export_bundle(session, session.get(Event, organiser.event_id), path, passphrase=PASSPHRASE)
    return path


def _welcome(qtbot, organiser, store: Store) -> WelcomeWindow:
    settings = organiser.context(store).settings
    welcome = WelcomeWindow(store, settings)
    qtbot.addWidget(welcome)
    welcome.show()
    welcome.buttons["join"].click()
    return welcome


def test_welcome_joins_from_a_bundle_with_its_passphrase(qtbot, organiser, join_bundle):
    laptop = organiser.open("Laptop")
    welcome = _welcome(qtbot, organiser, laptop)
    form = welcome.findChild(QWidget, "welcomeJoinForm")
    form.source.setText(str(join_bundle))
    form.passphrase.setText("not the passphrase")
    form.join_button.click()
    qtbot.waitUntil(lambda: form.job is None, timeout=15_000)
    assert welcome.event_id is None
    assert "passphrase" in form.notice.text().lower()

    form.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(welcome.event_chosen, timeout=15_000) as chosen:
        form.join_button.click()
    assert chosen.args == [organiser.event_id]
    assert organiser.checkins(laptop) == 0
    with laptop.read() as session:
        assert session.get(Event, organiser.event_id).name == "Digital Day Namur"


def test_welcome_refuses_a_damaged_bundle_and_an_absent_hub_in_words(qtbot, organiser, join_bundle):
    laptop = organiser.open("Laptop")
    welcome = _welcome(qtbot, organiser, laptop)
    form = welcome.findChild(QWidget, "welcomeJoinForm")
    damaged = organiser.folder / "damaged.cdbundle"
    damaged.write_bytes(join_bundle.read_bytes()[:-100])
    form.source.setText(str(damaged))
    form.passphrase.setText(PASSPHRASE)
    form.join_button.click()
    qtbot.waitUntil(lambda: form.job is None, timeout=15_000)
    assert "truncated" in form.notice.text()

    form.source.setText(CLOSED_HUB)
    form.join_button.click()
    qtbot.waitUntil(lambda: form.job is None, timeout=15_000)
    assert "does not answer" in form.notice.text()
    assert welcome.event_id is None
