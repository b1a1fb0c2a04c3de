"""Screenshots of the first run and of the import wizard, page by page.

``python3 tools/screenshots.py welcome fr docs/welcome-fr.png`` and likewise ``import-file``,
``import-columns`` (the mapping with its preview), ``import-check`` (a dry run with rejected
rows), ``import-result`` (the report after the import), each in a throw-away store.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from catchdesk.core.events import create_event
from catchdesk.core.store import open_store
from catchdesk.ui.context import DeskContext
from catchdesk.ui.import_wizard import ImportWizard
from catchdesk.ui.settings import Settings
from catchdesk.ui.welcome import WelcomeWindow

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def _settings(folder: Path, language: str) -> Settings:
    settings = Settings.load(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = language
    settings.sounds_enabled = False
    return settings


def _new_event(language: str) -> DeskContext:
    """A fresh event with nobody registered yet, as the organiser has it before importing."""
    folder = Path(tempfile.mkdtemp(prefix="catchdesk-shots-"))
    store = open_store(folder / "catchdesk.sqlite", desk="Bureau")
    with store.write() as session:
        event = create_event(
            session, "Journée du numérique", dt.date(2026, 11, 26), venue="Namur Expo"
        )
        event_id = event.id
    return DeskContext(store=store, event_id=event_id, settings=_settings(folder, language))


def _until(condition: Callable[[], bool], timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the wizard did not get there in time")
        QTest.qWait(20)


def _wizard(language: str, sample: str, page: int) -> ImportWizard:
    """The wizard on ``sample``, moved forward to ``page`` (0 = file … 3 = result)."""
    wizard = ImportWizard(_new_event(language), None, SAMPLES / sample)
    wizard.resize(1100, 780)
    wizard.show()
    QTest.qWaitForWindowExposed(wizard)
    _until(lambda: not wizard.file_page.reading)
    if page >= 1:
        wizard.next()
    if page >= 2:
        wizard.next()
        _until(lambda: not wizard.check_page.checking)
    if page >= 3:
        if wizard.state.checked is not None and wizard.state.checked.report.rejected:
            wizard.check_page.partial.setChecked(True)
        wizard.next()
        _until(lambda: not wizard.result_page.running)
    return wizard


def shot_welcome(language: str) -> QWidget:
    """The first run on an empty store."""
    folder = Path(tempfile.mkdtemp(prefix="catchdesk-shots-"))
    store = open_store(folder / "catchdesk.sqlite", desk="Bureau")
    window = WelcomeWindow(store, _settings(folder, language))
    window.show()
    QTest.qWaitForWindowExposed(window)
    return window


def shot_welcome_form(language: str) -> QWidget:
    """The welcome's event form, as reached by "Import a registration export"."""
    window = shot_welcome(language)
    assert isinstance(window, WelcomeWindow)
    window.buttons["import"].click()
    window.form.name_edit.setText("Journée du numérique")
    window.form.venue_edit.setText("Namur Expo")
    return window


def shot_import_file(language: str) -> QWidget:
    """The file page after reading an Excel export made on a Belgian Windows PC."""
    return _wizard(language, "excel_windows_fr.csv", 0)


def shot_import_columns(language: str) -> QWidget:
    """The columns page: one drop-down per column, the first rows below."""
    return _wizard(language, "excel_windows_fr.csv", 1)


def shot_import_check(language: str) -> QWidget:
    """The dry run of a file with bad rows: each one by line and reason."""
    return _wizard(language, "broken_rows.csv", 2)


def shot_import_result(language: str) -> QWidget:
    """The report once the Excel export is in the attendee list."""
    return _wizard(language, "excel_windows_fr.csv", 3)


SHOTS: dict[str, Callable[[str], QWidget]] = {
    "welcome": shot_welcome,
    "welcome-form": shot_welcome_form,
    "import-file": shot_import_file,
    "import-columns": shot_import_columns,
    "import-check": shot_import_check,
    "import-result": shot_import_result,
}
