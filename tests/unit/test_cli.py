"""The command-line contract of DESIGN.md §7, driven in-process like a script would."""

from __future__ import annotations

import json

import pytest

from catchdesk.cli import main
from catchdesk.core.attendees import add_attendee
from catchdesk.core.models import Event


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def filled(store, event, db_path):
    with store.write() as session:
        ev = session.get(Event, event.id)
        people = [
            add_attendee(session, ev, first_name="Hélène", last_name="Dupré", email="h@d.be"),
            add_attendee(
                session,
                ev,
                first_name="Łukasz",
                last_name="Wójcik",
                organisation="Menuiserie",
                external_codes=["4711"],
            ),
        ]
        return {p.last_name: p.code for p in people}


def test_event_new_and_list(capsys, tmp_path):
    db = tmp_path / "e.sqlite"
    code, out, _ = run(
        capsys, "--db", db, "event", "new", "--name", "Salon", "--date", "2026-12-03", "--json"
    )
    assert code == 0
    created = json.loads(out)
    assert created["name"] == "Salon" and created["date"] == "2026-12-03"
    code, out, _ = run(capsys, "event", "list", "--db", db, "--json")
    assert [e["id"] for e in json.loads(out)] == [created["id"]]


def test_bad_date_is_one_sentence(capsys, tmp_path):
    code, out, err = run(
        capsys, "--db", tmp_path / "e.sqlite", "event", "new", "--name", "X", "--date", "demain"
    )
    assert code != 0 and out == ""
    assert err.startswith("catchdesk: 'demain' is not a date")
    assert "Traceback" not in err


def test_no_event_yet_says_what_to_do(capsys, tmp_path):
    code, _, err = run(capsys, "--db", tmp_path / "empty.sqlite", "attendees")
    assert code != 0
    assert "catchdesk event new" in err


def test_checkin_json_contract_and_exit_codes(capsys, db_path, filled):
    code, out, _ = run(
        capsys, "--db", db_path, "checkin", filled["Dupré"], "--json", "--desk", "D1"
    )
    assert code == 0
    verdict = json.loads(out)
    assert {"status", "attendee", "first_checkin_at", "desk", "message"} <= verdict.keys()
    assert verdict["status"] == "checked_in" and verdict["desk"] == "D1"
    person = verdict["attendee"]
    assert {
        "id",
        "code",
        "external_codes",
        "first_name",
        "last_name",
        "email",
        "organisation",
        "checked_in_at",
    } <= person.keys()
    assert person["checked_in_at"].endswith("+01:00")
    code, out, _ = run(
        capsys, "--db", db_path, "checkin", filled["Dupré"], "--json", "--desk", "D2"
    )
    assert code == 1 and json.loads(out)["status"] == "already_checked_in"
    code, out, _ = run(capsys, "--db", db_path, "checkin", "nope", "--json")
    assert code == 1 and json.loads(out)["status"] == "unknown"


def test_checkin_stdin_prints_one_verdict_per_line(capsys, db_path, filled, monkeypatch):
    import io

    lines = f"{filled['Dupré']}\n\n4711\nrubbish\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(lines))
    code, out, _ = run(capsys, "--db", db_path, "checkin", "--stdin", "--json")
    statuses = [json.loads(line)["status"] for line in out.splitlines()]
    assert statuses == ["checked_in", "checked_in", "unknown"]
    assert code == 1


def test_attendees_json_lists_everyone_with_checkin_time(capsys, db_path, filled):
    run(capsys, "--db", db_path, "checkin", filled["Wójcik"])
    code, out, _ = run(capsys, "--db", db_path, "attendees", "--json")
    people = {p["last_name"]: p for p in json.loads(out)}
    assert code == 0 and set(people) == {"Dupré", "Wójcik"}
    assert people["Dupré"]["checked_in_at"] is None
    assert people["Wójcik"]["checked_in_at"] is not None
    assert people["Wójcik"]["external_codes"] == ["4711"]
    code, out, _ = run(capsys, "--db", db_path, "attendees", "--checked-in", "--json")
    assert [p["last_name"] for p in json.loads(out)] == ["Wójcik"]


def test_search_json(capsys, db_path, filled):
    code, out, _ = run(capsys, "--db", db_path, "search", "lukasz", "--json")
    assert code == 0
    assert [p["last_name"] for p in json.loads(out)] == ["Wójcik"]
    code, out, _ = run(capsys, "--db", db_path, "search", "zzzz")
    assert code == 1 and "Nobody matches" in out


def test_undo_then_checkin_again(capsys, db_path, filled):
    run(capsys, "--db", db_path, "checkin", filled["Dupré"], "--desk", "D1")
    code, out, _ = run(capsys, "--db", db_path, "undo", "--desk", "D1", "--json")
    assert code == 0 and json.loads(out)["undone"] is True
    code, out, _ = run(
        capsys, "--db", db_path, "checkin", filled["Dupré"], "--desk", "D1", "--json"
    )
    assert code == 0 and json.loads(out)["status"] == "checked_in"


def test_stats_json_counts(capsys, db_path, filled):
    run(capsys, "--db", db_path, "checkin", filled["Dupré"])
    code, out, _ = run(capsys, "--db", db_path, "stats", "--json")
    figures = json.loads(out)
    assert code == 0
    assert (figures["registered"], figures["checked_in"]) == (2, 1)
    assert sum(figures["per_hour"].values()) == 1
    assert {"workshops", "coaching", "per_hour", "sectors_present"} <= figures.keys()


def test_several_events_need_event_option(capsys, db_path, filled):
    run(capsys, "--db", db_path, "event", "new", "--name", "Second", "--date", "2026-12-01")
    code, _, err = run(capsys, "--db", db_path, "attendees")
    assert code != 0 and "--event" in err
    code, out, _ = run(capsys, "--db", db_path, "--event", "Second", "attendees", "--json")
    assert code == 0 and json.loads(out) == []


def test_store_check_and_info(capsys, db_path, filled):
    code, out, _ = run(capsys, "--db", db_path, "store", "check", "--json")
    assert code == 0 and json.loads(out) == {"ok": True, "problems": []}
    code, out, _ = run(capsys, "--db", db_path, "store", "info", "--json")
    assert json.loads(out)["engine"] == "sqlite"
