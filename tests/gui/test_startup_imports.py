"""The desk window shows its scan field before the ORM is mapped; the warm-up maps it after.

Mapping and configuring the ORM classes is ~75 ms of a ~450 ms start: the window, its store
and its event are opened with Core statements, and the desk imports its scan path once it is
on screen. A module that starts importing the ORM at the top again shows up here first.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from catchdesk.core.demo import create_demo_event
from catchdesk.core.store import open_store

PROBE = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    import catchdesk.app as app
    from catchdesk.cli import main

    seen = {}

    def smoke(qt_app, started):
        # Called once the window is built and shown, before the event loop runs its timers.
        seen["models"] = "catchdesk.core.models" in sys.modules
        code = original(qt_app, started)
        seen["focus"] = QApplication.focusWidget().objectName()
        return code

    original = app._smoke

    app._smoke = smoke
    code = main(["--db", sys.argv[1], "gui", "--smoke"])
    print("models mapped before the scan field:", seen["models"])
    print("focus:", seen["focus"])
    sys.exit(code)
    """
)


@pytest.fixture
def demo_store(tmp_path):
    path = tmp_path / "demo.sqlite"
    store = open_store(path, desk="Desk 1")
    with store.write() as session:
        create_demo_event(session, attendees=20, seed=3)
    store.close()
    return path


def test_the_scan_field_is_up_before_the_orm_is_mapped(demo_store, tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(demo_store)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "models mapped before the scan field: False" in done.stdout
    assert "focus: scanInput" in done.stdout
