"""End-to-end: the real application in a real X window, scanned as a USB scanner would.

Issue 4 asks for one test beyond pytest-qt's offscreen world: start ``catchdesk gui`` under
Xvfb with the xcb platform, type ticket codes with xdotool (a USB scanner is a keyboard that
types fast), and check the verdict where it matters — in the store, as the CLI sees it — then
keep a screenshot of the screen. Everything the machine may lack (Xvfb, xdotool, a working xcb
platform) makes the test skip with the reason; it never fails because of the environment.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from catchdesk.core.attendees import first_checkins
from catchdesk.core.models import Event
from catchdesk.core.store import open_store

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
DESK = "E2E"
WINDOW_TIMEOUT_S = 30.0
VERDICT_TIMEOUT_S = 30.0


def wait_for(what: str, probe: Callable[[], object], timeout: float) -> object:
    """Poll ``probe`` until it returns something truthy; fail with ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        result = probe()
        if result:
            return result
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.1)


def stop(process: subprocess.Popen) -> None:
    """Ask politely (SIGTERM), then insist (SIGKILL): never leave a process behind."""
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


@pytest.fixture
def xvfb(tmp_path: Path) -> Iterator[str]:
    """A private Xvfb on a free display; ``-displayfd`` lets the server pick it and say when
    it is ready, so no guessing of numbers and no race with other tests or CI jobs."""
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (apt-get install xvfb xdotool)")
    read_end, write_end = os.pipe()
    log = (tmp_path / "xvfb.log").open("w")
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    os.close(write_end)
    try:
        number = b""
        deadline = time.monotonic() + WINDOW_TIMEOUT_S
        os.set_blocking(read_end, False)
        while not number.endswith(b"\n"):
            if server.poll() is not None:
                pytest.skip(f"Xvfb exited at start: {(tmp_path / 'xvfb.log').read_text()[-500:]}")
            if time.monotonic() > deadline:
                pytest.skip("Xvfb did not report a display within 30 s")
            try:
                chunk = os.read(read_end, 32)
            except BlockingIOError:
                time.sleep(0.05)
                continue
            if not chunk:
                pytest.skip("Xvfb closed its display pipe without a number")
            number += chunk
        yield f":{number.decode().strip()}"
    finally:
        os.close(read_end)
        stop(server)
        log.close()


def cli(db: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "catchdesk", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=REPO,
    )


def xdotool(display_env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["xdotool", *args], capture_output=True, text=True, env=display_env, timeout=60
    )


def checked_in_at_desk(db: Path, attendee_id: str) -> str | None:
    """The desk of the attendee's first standing check-in, read from the store on disk."""
    store = open_store(db, desk="e2e-reader")
    try:
        with store.read() as session:
            event_id = session.scalars(select(Event.id)).one()
            arrival = first_checkins(session, event_id, [attendee_id]).get(attendee_id)
    finally:
        store.close()
    return arrival[1] if arrival else None


def screenshot(display: str, target: Path) -> str | None:
    """Grab the whole X screen into ``target``; the reason when it cannot be done."""
    try:
        from PIL import ImageGrab
    except ImportError:
        return "Pillow is not installed"
    try:
        image = ImageGrab.grab(xdisplay=display)
    except OSError as exc:  # Pillow built without XCB, or the server refused
        return f"Pillow cannot grab the X screen: {exc}"
    image.save(target)
    return None


def test_scanner_types_codes_into_the_real_window(xvfb: str, tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "QT_QPA_PLATFORMTHEME"}
    }
    env.update(
        DISPLAY=xvfb,
        QT_QPA_PLATFORM="xcb",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_RUNTIME_DIR=str(tmp_path / "runtime"),
    )
    (tmp_path / "runtime").mkdir(mode=0o700)
    db = tmp_path / "e2e.sqlite"
    made = cli(db, "demo", "--no-gui", "--attendees", "60", env=env)
    assert made.returncode == 0, made.stderr
    listed = cli(db, "attendees", "--absent", "--json", env=env)
    assert listed.returncode == 0, listed.stderr
    absent = [row for row in json.loads(listed.stdout) if row["status"] == "registered"]
    assert len(absent) >= 2, "the demo event should have people still to come"
    with_enter, burst_only = absent[0], absent[1]

    probe = subprocess.run(
        [sys.executable, "-c", "from catchdesk.app import run_gui"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=REPO,
    )
    help_text = cli(db, "gui", "--help", env=env)
    if probe.returncode != 0 or help_text.returncode != 0:
        reason = (probe.stderr or help_text.stderr).strip().splitlines()[-1:]
        pytest.skip(f"the gui command is not available yet: {' '.join(reason)}")

    app_log = (tmp_path / "app.log").open("w")
    app = subprocess.Popen(
        [sys.executable, "-m", "catchdesk", "--db", str(db), "gui", "--desk", DESK],
        env=env,
        stdout=app_log,
        stderr=subprocess.STDOUT,
        cwd=REPO,
    )
    try:

        def window() -> str | None:
            if app.poll() is not None:
                said = (tmp_path / "app.log").read_text()
                if "platform plugin" in said:  # Qt's xcb needs system libraries (see .ci/run)
                    pytest.skip(f"Qt cannot open a window on X here: {said.strip()[-500:]}")
                pytest.fail(f"the application exited ({app.returncode}): {said[-2000:]}")
            found = xdotool(env, "search", "--onlyvisible", "--name", "CatchDesk")
            ids = found.stdout.split()
            return ids[-1] if found.returncode == 0 and ids else None

        window_id = str(wait_for("the CatchDesk window", window, WINDOW_TIMEOUT_S))

        # No window manager runs under Xvfb: give the window the keyboard and the pointer
        # ourselves, as a desk's window manager would when staff click it, and wait until the X
        # server says the keyboard is there — keys typed before that would go nowhere.
        def focused() -> bool:
            xdotool(env, "mousemove", "--window", window_id, "200", "200")
            xdotool(env, "windowfocus", window_id)
            return xdotool(env, "getwindowfocus").stdout.strip() == window_id

        wait_for("the keyboard focus on the CatchDesk window", focused, WINDOW_TIMEOUT_S)

        # A scanner with an Enter suffix.
        typed = xdotool(env, "type", "--delay", "5", with_enter["code"])
        assert typed.returncode == 0, typed.stderr
        xdotool(env, "key", "Return")
        wait_for(
            f"{with_enter['code']} to be checked in at {DESK}",
            lambda: checked_in_at_desk(db, with_enter["id"]) == DESK,
            VERDICT_TIMEOUT_S,
        )

        # A scanner without a suffix: the burst alone must commit the scan.
        typed = xdotool(env, "type", "--delay", "5", burst_only["code"])
        assert typed.returncode == 0, typed.stderr
        wait_for(
            f"{burst_only['code']} (no Enter) to be checked in at {DESK}",
            lambda: checked_in_at_desk(db, burst_only["id"]) == DESK,
            VERDICT_TIMEOUT_S,
        )

        # What the CLI says, as the users would check it.
        after = cli(db, "attendees", "--checked-in", "--json", env=env)
        assert after.returncode == 0, after.stderr
        desks = {row["code"]: row["checked_in_desk"] for row in json.loads(after.stdout)}
        assert desks.get(with_enter["code"]) == DESK
        assert desks.get(burst_only["code"]) == DESK

        time.sleep(0.5)  # the verdict panel is painted by now; keep it in the picture
        shot = tmp_path / "e2e-desk.png"
        problem = screenshot(xvfb, shot)
        if problem is not None:
            print(f"screenshot skipped: {problem}")
        elif os.environ.get("CATCHDESK_UPDATE_DOCS"):
            # Only on request: a test run must not change tracked files.
            shutil.copyfile(shot, REPO / "docs" / "e2e-desk.png")
    finally:
        stop(app)
        app_log.close()
