"""The GUI bootstrap: the application is named and speaks the chosen language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from catchdesk.app import create_application, interface_language


@pytest.fixture
def restore_language(qapp):
    """The application is shared by every GUI test: put its language back as it was."""
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


def test_application_identity_and_language(qapp, restore_language):
    app = create_application([], language="nl")
    assert app is qapp
    assert QCoreApplication.applicationName() == "CatchDesk"
    assert app.property("catchdesk_language") == "nl"
    assert QLocale().name().startswith("nl")
    assert QCoreApplication.translate("MainWindow", "Front desk") == "Onthaal"


def test_unknown_override_falls_back_to_a_supported_language():
    assert interface_language("xx") in {"fr", "en", "nl"}
    assert interface_language("en") == "en"
