"""Bundle files: refused whole when damaged, cut, altered or of another event; joining from one."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select
from sync_helpers import PASSPHRASE, make_desks

from catchdesk.cli import main
from catchdesk.core.checkin import check_in
from catchdesk.core.events import create_event
from catchdesk.core.journal import JournalEntry
from catchdesk.core.models import Event
from catchdesk.core.store import open_store
from catchdesk.core.sync.bundles import export_bundle, import_bundle, join_from_bundle
from catchdesk.core.sync.errors import BundleRefused, WrongPassphrase
from catchdesk.core.verdicts import Status


@pytest.fixture
def desks(tmp_path):
    made = make_desks(tmp_path, 2)
    yield made
    made.close()


def _state(desks, store):
    with store.read() as session:
        journal = session.scalar(select(func.count()).select_from(JournalEntry))
    return desks.digest(store), journal


def _refused(desks, store, path, match):
    before = _state(desks, store)
    with pytest.raises(BundleRefused, match=match) as caught, store.write() as session:
        import_bundle(session, path)
    assert _state(desks, store) == before, "a refused bundle changes nothing"
    message = str(caught.value)
    assert message.count(". ") <= 1 and message.endswith("."), "one or two short sentences"
    return message


def _fresh_bundle(desks):
    a, _b = desks.stores
    with a.write() as session:
        check_in(session, desks.event(a), desks.codes[0], desk="Desk 0")
    return desks.bundle_of(a)


def test_a_damaged_bundle_is_refused_and_changes_nothing(desks):
    path = _fresh_bundle(desks)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x40
    path.write_bytes(bytes(data))
    assert "damaged or was altered" in _refused(desks, desks.stores[1], path, "authenticity")


def test_a_truncated_bundle_is_refused(desks):
    path = _fresh_bundle(desks)
    path.write_bytes(path.read_bytes()[:-100])
    _refused(desks, desks.stores[1], path, "truncated")


def test_a_bundle_whose_header_was_altered_is_refused(desks):
    path = _fresh_bundle(desks)
    data = bytearray(path.read_bytes())
    data[26] ^= 0x01  # a letter of the event tag: authenticated with the body
    path.write_bytes(bytes(data))
    _refused(desks, desks.stores[1], path, "altered")


def test_a_bundle_of_another_event_is_refused(desks, tmp_path):
    other = open_store(tmp_path / "other.sqlite", desk="Elsewhere")
    with other.write() as session:
        event = create_event(session, "Another day", dt.date(2026, 12, 3))
        foreign = tmp_path / "foreign.cdb"
        export_bundle(session, event, foreign)
    other.close()
    message = _refused(desks, desks.stores[1], foreign, "another event")
    assert f"tag {event.tag}" in message


def test_a_file_that_is_no_bundle_is_refused(desks, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("shopping list")
    _refused(desks, desks.stores[1], path, "not a CatchDesk sync bundle")


def test_a_new_laptop_joins_from_a_join_bundle_and_can_scan(desks, tmp_path):
    path = _fresh_bundle(desks)
    a = desks.stores[0]
    join_file = tmp_path / "join-again.cdb"
    with a.read() as session:
        export_bundle(session, desks.event(a), join_file, passphrase=PASSPHRASE)
    laptop = open_store(tmp_path / "laptop.sqlite", desk="Laptop")
    try:
        with pytest.raises(BundleRefused, match="already has its event"), laptop.write() as session:
            join_from_bundle(session, path, PASSPHRASE)
        with pytest.raises(WrongPassphrase), laptop.write() as session:
            join_from_bundle(session, join_file, "not the passphrase")
        with laptop.write() as session:
            event, result = join_from_bundle(session, join_file, PASSPHRASE)
        assert result.new > 0 and event.id == desks.event_id
        with laptop.write() as session:
            event = session.get(Event, desks.event_id)
            assert check_in(session, event, desks.codes[0], desk="L").status is (
                Status.ALREADY_CHECKED_IN
            )
            assert check_in(session, event, desks.codes[1], desk="L").status is Status.CHECKED_IN
        assert desks.digest(laptop) != desks.digest(a)
        desks.send(laptop, a)
        assert desks.digest(laptop) == desks.digest(a)
    finally:
        laptop.close()


def test_the_sync_commands(desks, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CATCHDESK_LANG", "en")  # --lang sets it for the process; undo after
    _a, _b = desks.stores
    a_path, b_path = str(tmp_path / "desk-0.sqlite"), str(tmp_path / "desk-1.sqlite")
    code = desks.codes[2]
    assert main(["--db", a_path, "checkin", code]) == 0
    assert main(["--db", b_path, "checkin", code]) == 0
    capsys.readouterr()
    bundle = str(tmp_path / "cli.cdb")
    assert main(["--db", a_path, "sync", "export", bundle, "--json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported["entries"] > 0 and not exported["joinable"]
    assert main(["--db", b_path, "sync", "import", bundle, "--json"]) == 0
    imported = json.loads(capsys.readouterr().out)
    assert imported["new"] > 0 and imported["conflicts_raised"] == 1
    assert main(["--db", b_path, "sync", "import", bundle, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["new"] == 0

    assert main(["--db", b_path, "sync", "conflicts", "--json", "--lang", "en"]) == 0
    [conflict] = json.loads(capsys.readouterr().out)
    assert conflict["kind"] == "double_admission" and conflict["attendee_code"] == code
    assert conflict["settled"] is False and "kept" in conflict["rule_decision"]
    assert main(["--db", b_path, "sync", "settle", conflict["short_id"], "--choice", "nope"]) == 2
    assert "keep_both or revoke_one" in capsys.readouterr().err
    settle = ["sync", "settle", conflict["short_id"], "--choice", "keep_both", "--note", "ok"]
    assert main(["--db", b_path, *settle]) == 0
    assert "settled: keep_both" in capsys.readouterr().out
    assert main(["--db", b_path, "sync", "conflicts", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []

    assert main(["--db", b_path, "sync", "status", "--json", "--digest"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["online"] is False and status["waiting_entries"] > 0
    assert status["conflicts_open"] == 0 and len(status["digest"]) == 64

    laptop = str(tmp_path / "laptop.sqlite")
    assert main(["--db", laptop, "sync", "join", str(tmp_path / "join.cdb"), "--passphrase",
                 "wrong passphrase"]) == 2  # fmt: skip
    assert "passphrase is wrong" in capsys.readouterr().err
    joined = ["sync", "join", str(tmp_path / "join.cdb"), "--passphrase", PASSPHRASE, "--json"]
    assert main(["--db", laptop, *joined]) == 0
    assert json.loads(capsys.readouterr().out)["event_id"] == desks.event_id
    assert main(["--db", laptop, "sync", "import", bundle]) == 0
    assert main(["--db", laptop, "checkin", code]) == 1, "already checked in, from the bundle"
