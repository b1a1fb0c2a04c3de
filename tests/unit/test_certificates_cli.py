"""``certificates``, ``verify``, ``keys export-public`` and ``event set`` as a user types them."""

from __future__ import annotations

import io
import json

import pytest
from cert_helpers import build_day, pdf_text, png
from sqlalchemy import select

from catchdesk.cli import main
from catchdesk.core.certificate_code import CROCKFORD
from catchdesk.core.journal import JournalEntry
from catchdesk.core.models import Event


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def day(store):
    return build_day(store)


def issue_all(capsys, db_path, out):
    code, stdout, _ = run(capsys, "--db", db_path, "certificates", "--out", out, "--json")
    assert code == 0
    return json.loads(stdout)


def test_certificates_to_one_pdf_and_left_out_listed(capsys, db_path, day, tmp_path):
    document = issue_all(capsys, db_path, tmp_path / "all.pdf")
    assert document["merged"] and document["written"] == len(day.came) == document["new"]
    assert (tmp_path / "all.pdf").read_bytes().startswith(b"%PDF-")
    reasons = {row["attendee_id"]: row["reason"] for row in document["left_out"]}
    assert reasons[day.absent[0]] == "not_checked_in" and reasons[day.cancelled] == "cancelled"
    row = next(r for r in document["certificates"] if r["attendee_id"] == day.came[0])
    assert row["workshops"] == day.workshops[day.came[0]] and row["total_minutes"] == 120

    code, out, _ = run(capsys, "--db", db_path, "certificates", "--out", tmp_path / "all.pdf")
    assert code == 0
    assert out.startswith(f"Wrote {len(day.came)} certificate(s) to ")
    assert f"0 new, 0 updated, {len(day.came)} unchanged" in out
    assert "Left out (" in out and "never checked in" in out and "registration cancelled" in out


def test_certificates_to_a_folder_for_chosen_people(capsys, db_path, day, tmp_path):
    codes = [day.codes[day.came[0]], day.codes[day.absent[0]], "BOGUS"]
    code, out, _ = run(
        capsys, "--db", db_path, "certificates", "--out", tmp_path / "one", "--attendee", *codes,
        "--lang", "nl", "--json",
    )  # fmt: skip
    assert code == 0
    document = json.loads(out)
    assert document["written"] == 1 and not document["merged"]
    path = tmp_path / "one" / document["certificates"][0]["file"].split("/")[-1]
    assert "Deelnamecertificaat" in pdf_text(path)
    assert {(r["code"], r["reason"]) for r in document["left_out"]} == {
        (day.codes[day.absent[0]], "not_checked_in"),
        ("BOGUS", "unknown_code"),
    }


def test_nobody_to_certify_exits_non_zero(capsys, db_path, day, tmp_path):
    code, out, _ = run(
        capsys, "--db", db_path, "certificates", "--out", tmp_path / "x.pdf",
        "--attendee", day.codes[day.absent[0]],
    )  # fmt: skip
    assert code == 1 and "No certificate written" in out and "never checked in" in out
    assert not (tmp_path / "x.pdf").exists()


def test_verify_with_the_store_valid_and_altered(capsys, db_path, day, tmp_path):
    document = issue_all(capsys, db_path, tmp_path / "all.pdf")
    certificate = document["certificates"][0]
    code, out, _ = run(capsys, "--db", db_path, "verify", certificate["code"], "--json")
    assert code == 0
    facts = json.loads(out)
    assert facts["valid"] is True and facts["serial"] == certificate["serial"]
    expected = f"{certificate['first_name']} {certificate['last_name']}".strip()
    assert facts["participant"] == expected
    assert facts["event"].startswith("Journée du numérique") and facts["date"] == "2026-11-26"
    assert facts["hours"] == round(certificate["total_minutes"] / 60, 2)
    assert facts["workshops"] == certificate["workshops"]
    assert facts["key_fingerprint"] and facts["reason"] == "valid"

    code, out, _ = run(capsys, "--db", db_path, "verify", certificate["code"])
    assert code == 0 and out.startswith("✔ VALID") and f"Participant: {expected}" in out

    original = certificate["code"]
    position = len(original) // 2
    other = next(c for c in CROCKFORD if c != original[position])
    altered = original[:position] + other + original[position + 1 :]
    code, out, err = run(capsys, "--db", db_path, "verify", altered, "--json")
    assert code == 1 and err == ""
    refused = json.loads(out)
    assert refused["valid"] is False and refused["reason"] in ("altered", "unreadable")
    code, out, _ = run(capsys, "--db", db_path, "verify", "not a code at all")
    assert code == 1 and out.startswith("✘ NOT VALID") and "Traceback" not in out


def test_public_key_file_round_trip_without_any_store(capsys, db_path, day, tmp_path, monkeypatch):
    document = issue_all(capsys, db_path, tmp_path / "all.pdf")
    key = tmp_path / "event-key.pem"
    code, out, _ = run(capsys, "--db", db_path, "keys", "export-public", "--out", key)
    assert code == 0 and "fingerprint" in out
    assert key.read_text().startswith("# CatchDesk certificate key of Journée du numérique")
    code, printed, _ = run(capsys, "--db", db_path, "keys", "export-public")
    assert printed == key.read_text()

    # A third party: no store at all (a --db that cannot even be created proves it is not opened).
    nowhere = tmp_path / "missing-folder" / "store.sqlite"
    certificate = document["certificates"][0]
    code, out, err = run(
        capsys, "--db", nowhere, "verify", certificate["code"], "--public-key", key, "--json"
    )
    assert code == 0, err
    assert json.loads(out)["serial"] == certificate["serial"]
    assert not nowhere.parent.exists()

    # The long code pasted over several lines, through standard input.
    pasted = "\n".join(certificate["code"][i : i + 60] for i in range(0, 400, 60)).lower()
    monkeypatch.setattr("sys.stdin", io.StringIO(pasted + "\n"))
    code, out, _ = run(capsys, "verify", "-", "--public-key", key, "--db", nowhere)
    assert code == 0 and out.startswith("✔ VALID")

    code, _, err = run(capsys, "verify", "X", "--public-key", tmp_path / "none.pem")
    assert code == 2 and err.startswith("catchdesk: Cannot read the public key")


def test_a_key_from_another_event_refuses_the_code(capsys, db_path, day, tmp_path):
    document = issue_all(capsys, db_path, tmp_path / "all.pdf")
    other_db = tmp_path / "other.sqlite"
    run(capsys, "--db", other_db, "event", "new", "--name", "Autre", "--date", "2026-12-01")
    key = tmp_path / "other.pem"
    assert run(capsys, "--db", other_db, "keys", "export-public", "--out", key)[0] == 0
    code, out, _ = run(
        capsys, "verify", document["certificates"][0]["code"], "--public-key", key, "--json"
    )
    assert code == 1
    refused = json.loads(out)
    assert refused["valid"] is False and refused["reason"] == "other_key"
    assert "another event" in refused["message"]


def test_event_set_stores_the_certificate_settings(capsys, db_path, day, tmp_path, store):
    logo = png(tmp_path / "logo.png")
    signature = png(tmp_path / "signature.png", (300, 90))
    code, out, err = run(
        capsys, "--db", db_path, "event", "set", "--organiser", "Ville de Namur",
        "--venue", "Palais des Congrès", "--certificate-text-fr", "Merci  pour votre venue.",
        "--certificate-text-nl", "Bedankt voor uw komst.", "--signatory-name", "Camille Renard",
        "--signatory-role", "Échevine", "--signature-image", signature, "--logo", logo, "--json",
    )  # fmt: skip
    assert code == 0, err
    settings = json.loads(out)
    assert settings["organiser"] == "Ville de Namur" and settings["venue"] == "Palais des Congrès"
    assert settings["certificate_text"] == {
        "fr": "Merci pour votre venue.",
        "nl": "Bedankt voor uw komst.",
    }
    assert settings["logo_path"] == str(logo) and settings["signature_path"] == str(signature)
    with store.read() as session:
        event = session.get(Event, day.event_id)
        assert event.settings["signatory_role"] == "Échevine"
        assert event.settings["demo_seed"]  # earlier settings kept
        updates = session.scalars(
            select(JournalEntry).where(JournalEntry.entity == "events", JournalEntry.op == "update")
        ).all()
        assert any("settings" in entry.payload for entry in updates)

    code, out, _ = run(capsys, "--db", db_path, "certificates", "--out", tmp_path / "s.pdf")
    text = pdf_text(tmp_path / "s.pdf")
    assert "Merci pour votre venue." in text and "Échevine" in text
    assert "Ville de Namur atteste que" in text and "Palais des Congrès" in text

    code, _, _ = run(capsys, "--db", db_path, "event", "set", "--certificate-text-fr", "")
    assert code == 0
    with store.read() as session:
        assert session.get(Event, day.event_id).settings["certificate_text"] == {
            "nl": "Bedankt voor uw komst."
        }


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "Cannot read the logo"), (b"just text", "is not a PNG or JPEG image"),
     (b"\x89PNG\r\n\x1a\nbroken", "is a damaged image")],
)  # fmt: skip
def test_event_set_refuses_a_bad_image_in_one_sentence(
    capsys, db_path, day, tmp_path, content, message
):
    path = tmp_path / "logo.png"
    if content is not None:
        path.write_bytes(content)
    code, out, err = run(capsys, "--db", db_path, "event", "set", "--logo", path)
    assert code == 2 and out == "" and message in err and "Traceback" not in err
