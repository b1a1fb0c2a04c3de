"""The GUI bootstrap: the application is named and speaks the chosen language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from catchdesk.app import create_application, interface_language


def test_application_identity_and_language(qapp):
    app = create_application([], language="nl")
    assert app is qapp
    assert QCoreApplication.applicationName() == "CatchDesk"
    assert app.property("catchdesk_language") == "nl"
    assert QLocale().name().startswith("nl")


def test_unknown_override_falls_back_to_a_supported_language():
    assert interface_language("xx") in {"fr", "en", "nl"}
    assert interface_language("en") == "en"
