"""The Verify tab: a real code is valid and says what it certifies; a tampered one is not."""

from __future__ import annotations

import pytest
from documents_helpers import make_demo, make_screen
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from catchdesk.core.certificate_code import CROCKFORD, group
from catchdesk.core.certificates import issue_certificate
from catchdesk.core.keyboard_layouts import garble
from catchdesk.core.models import Attendee, Event


@pytest.fixture
def demo(store):
    return make_demo(store, attendees=30, came=3)


@pytest.fixture
def code(store, demo) -> str:
    with store.write() as session:
        event = session.get(Event, demo.event_id)
        attendee = session.get(Attendee, demo.came[0].id)
        return issue_certificate(session, event, attendee).code


@pytest.fixture
def tab(qtbot, store, demo):
    screen = make_screen(qtbot, store, demo)
    screen.tabs.setCurrentWidget(screen.verify)
    yield screen.verify  # the screen stays referenced while the test runs


def test_a_real_code_is_valid_and_shows_what_it_certifies(qtbot, tab, demo, code):
    field = tab.code_input
    field.setFocus()
    field.setText(group(code))  # as printed under the QR code, in groups
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert tab.result is not None and tab.result.valid
    assert tab.headline.text().startswith("✔")
    assert tab.fields["participant"].text() == demo.came[0].name
    assert tab.facts.isVisible() and tab.facts_title.text() == "What it certifies"
    assert "(version 1)" in tab.fields["serial"].text()


def test_a_tampered_code_is_not_valid_but_shows_its_claim(qtbot, tab, demo, code):
    position = len(code) // 2
    other = next(ch for ch in CROCKFORD if ch != code[position])
    tampered = code[:position] + other + code[position + 1 :]
    result = tab.verify(tampered)
    assert result is not None and not result.valid
    assert tab.headline.text().startswith("✘")
    if result.statement is not None:
        assert "NOT verified" in tab.facts_title.text()
    assert "mistyped" in tab.message.text()


def test_garbage_is_not_a_certificate(qtbot, tab):
    result = tab.verify("hello world")
    assert result is not None and not result.valid
    assert not tab.facts.isVisible()
    assert "not a readable certificate code" in tab.message.text()


def scanner_types(text: str) -> None:
    """A USB scanner: keys right after each other, into whatever has the focus, then Enter.

    Sent as key events (QTest types only ASCII; a scanner on AZERTY types é, è, à, §…).
    """
    for char in [*text, "\r"]:
        key = Qt.Key.Key_Return if char == "\r" else ord(char.upper())
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(QApplication.focusWidget(), event)


def test_a_scanner_on_the_wrong_keyboard_layout_still_verifies(qtbot, tab, demo, code):
    """A US-QWERTY scanner on a Belgian AZERTY laptop types the digits as &é"'(…"""
    typed = garble(code, "us", "be")
    assert typed != code
    tab.clear_button.setFocus()  # the burst lands wherever the focus is on this tab
    with qtbot.waitSignal(tab.verified, timeout=5_000) as verified:
        scanner_types(typed)
    assert verified.args[0].valid
    assert tab.fields["participant"].text() == demo.came[0].name
    assert tab.code_input.text() == typed
