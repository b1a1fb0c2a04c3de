"""Screenshots of the desk window for the docs.

Usage: ``python3 tools/desk_screenshots.py fr docs/desk-fr.png``.

Builds a demo store in a temporary folder, opens the main window at 1280×800 in the language
asked, scans two tickets through the scan field as a scanner would, and saves the window.
Runs offscreen unless QT_QPA_PLATFORM says otherwise (use xvfb-run for the xcb look).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, Qt  # noqa: E402, TID251 - a GUI tool
from PySide6.QtTest import QTest  # noqa: E402, TID251 - a GUI tool
from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402, TID251 - a GUI tool
from sqlalchemy import select  # noqa: E402

from catchdesk.app import create_application  # noqa: E402
from catchdesk.core.demo import create_demo_event  # noqa: E402
from catchdesk.core.models import Attendee, AttendeeStatus  # noqa: E402
from catchdesk.core.store import open_store  # noqa: E402
from catchdesk.ui.context import DeskContext  # noqa: E402
from catchdesk.ui.main_window import MainWindow  # noqa: E402
from catchdesk.ui.settings import Settings  # noqa: E402


def main(language: str, out: Path) -> int:
    folder = Path(tempfile.mkdtemp(prefix="catchdesk-shots-"))
    app = create_application([], language=language)
    store = open_store(folder / "demo.sqlite", desk="Accueil 1")
    with store.write() as session:
        summary = create_demo_event(session, attendees=900, seed=2026)
    with store.read() as session:
        codes = session.scalars(
            select(Attendee.code)
            .where(
                Attendee.event_id == summary.event_id,
                Attendee.status != AttendeeStatus.CANCELLED,
                Attendee.role == "participant",
            )
            .order_by(Attendee.last_name)
            .limit(2)
        ).all()
    settings = Settings.load(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    settings.sounds_enabled = False
    window = MainWindow(DeskContext(store, summary.event_id, settings))
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowExposed(window)
    scan = window.findChild(QLineEdit, "scanInput")
    for code in codes:
        if scan is not None:
            scan.setFocus()
            QTest.keyClicks(scan, code, Qt.KeyboardModifier.NoModifier, 2)
            QTest.keyClick(scan, Qt.Key.Key_Return)
        QTest.qWait(150)
    QTest.qWait(300)
    out.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out))
    print(f"{out}: {window.windowTitle()} — {window.counts_label.text()}")
    window.close()
    store.close()
    QApplication.processEvents()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
