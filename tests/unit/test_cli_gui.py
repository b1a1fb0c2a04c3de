"""Plain ``catchdesk`` opens the desk; ``demo`` opens it too unless ``--no-gui``."""

from __future__ import annotations

import sys

import pytest

import catchdesk.app
import catchdesk.commands.gui
from catchdesk.cli import build_parser, main


def test_no_command_opens_the_gui(monkeypatch):
    seen = []
    monkeypatch.setattr(catchdesk.commands.gui, "gui", lambda args: seen.append(args) or 7)
    assert main(["--db", "x.sqlite"]) == 7
    assert seen[0].db == "x.sqlite" and seen[0].smoke is False and seen[0].desk is None
    assert seen[0].started_at > 0


def test_help_still_prints_help(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--help"])
    assert stopped.value.code == 0
    out = capsys.readouterr().out
    assert "usage: catchdesk" in out
    assert "checkin" in out and "certificates" in out and "sync" in out


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["gui", "--smoke"],
        ["--db", "gui.sqlite", "gui", "--desk", "Door"],
        ["--event", "demo", "--lang", "nl"],
        ["--db=other.sqlite", "gui"],
    ],
)
def test_the_window_parses_without_the_other_commands(argv, monkeypatch):
    monkeypatch.setenv("CATCHDESK_LANG", "fr")  # ``--lang`` sets it: put it back afterwards
    seen = []
    monkeypatch.setattr(catchdesk.commands.gui, "gui", lambda args: seen.append(args) or 0)
    assert main(argv) == 0
    assert len(seen) == 1
    assert not build_parser(argv)._subparsers._group_actions[0].choices.keys() - {"gui"}


@pytest.mark.parametrize(
    "argv",
    [["--db", "checkin", "search", "x"], ["gui", "--help"], ["--version"], ["chekin", "x"]],
)
def test_every_other_command_line_gets_every_command(argv):
    commands = build_parser(argv)._subparsers._group_actions[0].choices
    assert {"gui", "checkin", "search", "sync", "coaching"} <= commands.keys()


def test_a_mistyped_command_lists_the_real_ones(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--db", "x.sqlite", "chekin", "ABC"])
    assert stopped.value.code == 2
    assert "checkin" in capsys.readouterr().err


def test_other_commands_do_not_import_qt(db_path, capsys):
    before = {name for name in sys.modules if name.startswith("PySide6")}
    assert main(["--db", str(db_path), "demo", "--attendees", "3", "--seed", "5", "--no-gui"]) == 0
    assert "catchdesk gui" in capsys.readouterr().out
    after = {name for name in sys.modules if name.startswith("PySide6")}
    assert after == before


def test_demo_opens_the_window_on_its_event(db_path, monkeypatch, capsys):
    calls = []

    def fake_run_gui(location, selector, desk, smoke, **kwargs):
        calls.append((location, selector, desk, smoke))
        return 0

    monkeypatch.setattr(catchdesk.app, "run_gui", fake_run_gui)
    assert main(["--db", str(db_path), "demo", "--attendees", "3", "--seed", "5"]) == 0
    assert "Opening the desk window" in capsys.readouterr().out
    assert calls and calls[0][0] == str(db_path) and calls[0][1] and calls[0][3] is False


def test_no_screen_is_one_sentence_not_a_qt_abort(capsys, tmp_path, monkeypatch):
    from catchdesk.cli import main

    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    db = tmp_path / "headless.sqlite"
    assert main(["--db", str(db), "demo", "--attendees", "20"]) == 0
    out = capsys.readouterr().out
    assert "No screen was found" in out and "catchdesk gui" in out
    assert main(["--db", str(db), "gui"]) != 0
    err = capsys.readouterr().err
    assert err.startswith("catchdesk: No screen was found")
