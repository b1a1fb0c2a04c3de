"""``catchdesk book`` and ``catchdesk coaching …`` as a script drives them: JSON and exit codes."""

from __future__ import annotations

import json

import pytest
from coaching_helpers import Morning, build_morning

from catchdesk.cli import main
from catchdesk.core.ids import short_id


@pytest.fixture
def morning(store, event, monkeypatch) -> Morning:
    monkeypatch.setenv("CATCHDESK_LANG", "en")
    return build_morning(store, event)


ATTENDEE_KEYS = {
    "id",
    "code",
    "external_codes",
    "first_name",
    "last_name",
    "email",
    "organisation",
    "checked_in_at",
}


@pytest.fixture
def cli(morning, db_path, capsys):
    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--db", str(db_path), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_book_next_free_prints_the_booking_as_json(cli, morning: Morning):
    code, out, err = cli(
        "book",
        morning.codes["Hélène"],
        "--topic",
        "referencement",
        "--language",
        "nl",
        "--now",
        "08:00",
        "--desk",
        "Coaching",
        "--json",
    )
    assert (code, err) == (0, "")
    booking = json.loads(out)["booking"]
    assert {"id", "status", "topic", "attendee", "slot"} <= booking.keys()
    assert booking["status"] == "booked" and booking["topic"] == "référencement"
    assert booking["booked_by"] == "Coaching"
    assert booking["attendee"].keys() >= ATTENDEE_KEYS
    assert booking["attendee"]["first_name"] == "Hélène"
    assert booking["slot"] == {
        "id": morning.slot("Sophie", "10:00"),
        "coach": "Sophie Vandenberghe",
        "coach_id": morning.coaches["Sophie"],
        "organisation": "",
        "start": "2026-11-26T10:00:00+01:00",
        "end": "2026-11-26T10:20:00+01:00",
        "place": "Table 1",
    }


def test_book_a_chosen_slot_by_short_id_and_coach_by_name(cli, morning: Morning):
    slot = short_id(morning.slot("Julien", "10:40"))
    code, out, _ = cli("book", "Łukasz", "--slot", slot, "--coach", "julien", "--now", "08:00")
    assert code == 0
    assert out.startswith("✔ Booked: Łukasz Wójcik with Julien Marchal (Table 2), 10:40–11:00")


def test_a_refusal_exits_1_with_the_reason_on_stderr_and_in_json(cli, morning: Morning):
    slot = morning.slot("Sophie", "10:00")
    assert cli("book", morning.codes["Hélène"], "--slot", slot, "--now", "08:00")[0] == 0
    code, out, err = cli("book", morning.codes["Marc"], "--slot", slot, "--now", "08:00", "--json")
    assert code == 1
    assert json.loads(out) == {
        "booking": None,
        "refusal": {
            "reason": "slot_taken",
            "message": "Sophie Vandenberghe's 10:00 slot is already booked by Hélène Dupré: "
            "choose another slot or put the person on the waitlist.",
        },
    }
    assert err == f"catchdesk: {json.loads(out)['refusal']['message']}\n"
    code, out, err = cli("book", morning.codes["Marc"], "--slot", slot, "--now", "08:00")
    assert (code, out) == (1, "")
    assert "already booked by Hélène Dupré" in err


def test_unknown_people_and_bad_input_use_the_house_exit_codes(cli):
    code, out, err = cli("book", "nobody-at-all", "--topic", "site web", "--now", "08:00")
    assert (code, out) == (4, "")
    assert (
        err
        == "catchdesk: Nobody matches 'nobody-at-all': scan their badge or search another name.\n"
    )
    code, _, err = cli("book", "Hélène", "--topic", "site web", "--now", "tomorrow")
    assert code == 2 and "'tomorrow' is not a time" in err
    code, _, err = cli("coaching", "cancel", "zzzzzzzz")
    assert code == 4 and "is not a coaching booking id" in err


def test_the_refusal_speaks_the_chosen_language(cli):
    code, _, err = cli("--lang", "fr", "book", "Hélène", "--topic", "astrologie", "--now", "08:00")
    assert code == 1
    assert err == (
        "catchdesk: Aucun coach ne couvre « astrologie » : vérifiez le sujet ou la langue.\n"
    )


def test_lifecycle_commands_and_the_waitlist(cli, morning: Morning):
    slot = morning.slot("Emma", "10:00")
    _, out, _ = cli("book", "Hélène", "--slot", slot, "--now", "08:00", "--json")
    booking = json.loads(out)["booking"]["id"]
    code, out, _ = cli(
        "coaching",
        "waitlist",
        "--join",
        "Marc",
        "--topic",
        "e-commerce",
        "--now",
        "08:30",
        "--json",
    )
    assert code == 0 and json.loads(out)["entry"]["position"] == 1
    code, out, err = cli("coaching", "no-show", short_id(booking), "--now", "10:03", "--json")
    assert code == 1 and json.loads(out)["refusal"]["reason"] == "no_show_too_early"
    assert "wait until 10:05" in err
    code, out, _ = cli("coaching", "no-show", short_id(booking), "--now", "10:05", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["booking"]["status"] == "no_show"
    assert result["offer"]["booking"]["attendee_name"] == "Marc Lambert"
    marc_booking = result["offer"]["booking"]["id"]
    code, out, _ = cli("coaching", "waitlist", "--json")
    assert (code, json.loads(out)) == (0, [])
    assert cli("coaching", "arrive", marc_booking, "--now", "10:06")[0] == 0
    code, out, _ = cli(
        "coaching",
        "done",
        marc_booking,
        "--note",
        "Boutique en ligne",
        "--now",
        "10:20",
        "--json",
    )
    assert json.loads(out)["booking"]["note"] == "Boutique en ligne"
    code, out, err = cli("coaching", "cancel", marc_booking, "--json")
    assert code == 1 and json.loads(out)["refusal"]["reason"] == "illegal_change"
    code, out, _ = cli("coaching", "bookings", "--coach", "Emma", "--json")
    assert [(b["attendee_name"], b["status"]) for b in json.loads(out)] == [
        ("Hélène Dupré", "no_show"),
        ("Marc Lambert", "done"),
    ]


def test_rebook_and_cancel_from_the_command_line(cli, morning: Morning):
    _, out, _ = cli("book", "Hélène", "--topic", "site web", "--now", "08:00", "--json")
    booking = json.loads(out)["booking"]
    code, out, _ = cli(
        "coaching",
        "rebook",
        booking["id"],
        "--slot",
        morning.slot("Julien", "11:00"),
        "--now",
        "08:00",
        "--json",
    )
    moved = json.loads(out)
    assert code == 0
    assert moved["cancelled"]["status"] == "cancelled"
    assert moved["booking"]["slot"]["start"] == "2026-11-26T11:00:00+01:00"
    assert moved["booking"]["topic"] == "site web"
    code, out, _ = cli("coaching", "cancel", moved["booking"]["id"], "--now", "08:00")
    assert code == 0 and out.startswith("✔ Cancelled: Hélène Dupré")


def test_setup_commands(cli, morning: Morning):
    code, out, _ = cli(
        "coaching",
        "add-coach",
        "--name",
        "Nadia Haddad",
        "--topics",
        "RGPD, cybersécurité",
        "--languages",
        "fr,en",
        "--place",
        "Table 4",
        "--json",
    )
    coach = json.loads(out)
    assert code == 0 and coach["topics"] == ["RGPD", "cybersécurité"]
    code, out, _ = cli(
        "coaching",
        "generate",
        "--coach",
        "Nadia",
        "--from",
        "13:00",
        "--to",
        "15:00",
        "--length",
        "25",
        "--buffer",
        "5",
        "--break",
        "14:00-14:10",
        "--json",
    )
    made = json.loads(out)
    assert code == 0
    assert [s["start"][11:16] for s in made] == ["13:00", "13:30", "14:10"]
    code, _, err = cli(
        "coaching", "generate", "--coach", "Nadia", "--from", "13:30", "--to", "14:00"
    )
    assert code == 2 and "already has a slot from 13:30 to 13:55" in err
    code, out, _ = cli("coaching", "block", short_id(made[0]["id"]), "--json")
    assert json.loads(out)["blocked"] is True
    code, out, _ = cli("coaching", "slots", "--coach", "Nadia", "--now", "08:00", "--json")
    assert [s["state"] for s in json.loads(out)] == ["blocked", "free", "free"]
    code, out, _ = cli("coaching", "settings", "--max-per-day", "3", "--grace", "10", "--json")
    assert json.loads(out) == {
        "max_bookings_per_day": 3,
        "no_show_grace_minutes": 10,
        "checked_in_only": False,
    }
    code, out, _ = cli("coaching", "coaches", "--json")
    assert [c["name"] for c in json.loads(out)][-1] == "Nadia Haddad"
    code, out, _ = cli("coaching", "grid", "--coach", "Nadia", "--now", "13:35", "--json")
    day = json.loads(out)
    assert day["current"]["start"][11:16] == "13:30" and day["next"]["start"][11:16] == "14:10"


def test_stats_json_keeps_its_coaching_key(cli):
    cli("book", "Hélène", "--topic", "site web", "--now", "08:00")
    code, out, _ = cli("stats", "--json")
    coaching = json.loads(out)["coaching"]
    assert code == 0
    assert {"coaches", "slots", "blocked_slots", "bookings", "per_coach", "per_topic"} <= (
        coaching.keys()
    )
    assert coaching["bookings"] == {"booked": 1}
