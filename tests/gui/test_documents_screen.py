"""The documents screen in the main window: its page opens it, arrivals show when it is shown."""

from __future__ import annotations

from documents_helpers import make_demo
from sqlalchemy import select

from catchdesk.core.checkin import check_in
from catchdesk.core.models import Event
from catchdesk.ui.context import DeskContext
from catchdesk.ui.documents import DocumentsScreen
from catchdesk.ui.main_window import MainWindow
from catchdesk.ui.pages import Page
from catchdesk.ui.settings import Settings

DOCUMENTS = Page(
    "Documents",
    "catchdesk.ui.documents",
    "DocumentsScreen",
    "SP_FileDialogDetailedView",
)


def test_the_page_opens_the_screen_and_it_counts_new_arrivals(qtbot, store):
    demo = make_demo(store, attendees=30, came=2)
    settings = Settings(language="en")
    settings.sounds_enabled = False
    window = MainWindow(DeskContext(store, demo.event_id, settings), pages=(DOCUMENTS,))
    qtbot.addWidget(window)
    window.show()
    screen = window.screens["DocumentsScreen"]
    assert isinstance(screen, DocumentsScreen)
    assert [screen.tabs.tabText(i) for i in range(screen.tabs.count())] == [
        "Badges",
        "Certificates",
        "E-mail",
        "Verify",
    ]
    qtbot.waitUntil(lambda: "(2)" in screen.certificates.everyone_radio.text(), timeout=10_000)
    late = next(p for p in demo.people if p not in demo.came)
    with store.write() as session:
        event = session.scalars(select(Event)).one()
        check_in(session, event, late.code, desk="Accueil")
    screen.hide()
    with qtbot.waitSignal(screen.people_loaded, timeout=10_000):
        screen.show()
    assert "(3)" in screen.certificates.everyone_radio.text()
    window.close()
