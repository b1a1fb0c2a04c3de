"""``catchdesk send-certificates`` end to end: real certificates, a real local SMTP server."""

from __future__ import annotations

import json

import pytest
from mail_helpers import Authenticator, Handler, make_tls, smtp_server
from sqlalchemy import select

from catchdesk.cli import main
from catchdesk.core.attendees import add_attendee
from catchdesk.core.checkin import check_in_attendee
from catchdesk.core.models import Certificate, CertificateIssue, CertificateSend, Event
from catchdesk.core.smtp_settings import stored_smtp

SENDER = "certificats@digitalwallonia.be"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def came(store, event):
    """Three people checked in (one without an e-mail) and one who never came."""
    specs = [
        ("Hélène", "Dupré", "helene@example.be", "fr"),
        ("Pieter", "Janssens", "pieter@example.be", "nl"),
        ("Sam", "Nomail", "", "en"),
    ]
    with store.write() as session:
        ev = session.get(Event, event.id)
        people = []
        for first, last, email, language in specs:
            person = add_attendee(
                session, ev, first_name=first, last_name=last, email=email, language=language
            )
            check_in_attendee(session, ev, person.id, desk="Desk 1")
            people.append(person)
        add_attendee(session, ev, first_name="No", last_name="Show", email="no@example.be")
    return people


def test_send_then_resume_without_options(capsys, store, came, db_path):
    handler = Handler()
    with smtp_server(handler) as server:
        code, out, err = run(
            capsys,
            "--db", db_path, "send-certificates", "--json",
            "--smtp-host", server.hostname, "--smtp-port", server.port,
            "--smtp-security", "none", "--sender", SENDER,
        )  # fmt: skip
    assert code == 0, err
    report = json.loads(out)
    assert (report["sent"], report["failed"], report["skipped"]) == (2, 0, 2)
    reasons = sorted(o["detail"] for o in report["outcomes"] if o["status"] == "skipped")
    assert reasons == ["never checked in", "no e-mail address"]
    assert len(handler.received) == 2
    dutch = handler.to("pieter@example.be")[0].message
    assert dutch["Subject"].startswith("Uw deelnameattest")
    (pdf,) = list(dutch.iter_attachments())
    assert pdf.get_content().startswith(b"%PDF")
    with store.read() as session:
        certificates = {c.serial: c for c in session.scalars(select(Certificate))}
        issues = list(session.scalars(select(CertificateIssue)))
        sends = list(session.scalars(select(CertificateSend)))
        stored = stored_smtp(session.scalars(select(Event)).one())
    assert len(certificates) == 2 and len(issues) == 2 and len(sends) == 2
    assert all(i.destination.startswith("e-mail ") for i in issues)
    serial = next(o["serial"] for o in report["outcomes"] if o["email"] == "pieter@example.be")
    assert serial in pdf.get_filename() and serial in certificates
    assert stored["host"] == "127.0.0.1" and stored["sender"] == SENDER

    # Second run: no options (remembered), server gone, nothing to send, nothing issued again.
    code, out, err = run(capsys, "--db", db_path, "send-certificates")
    assert code == 0, err
    assert out.startswith("Sent 0 certificate(s) by e-mail; 0 failed, 2 already sent before")
    with store.read() as session:
        assert len(list(session.scalars(select(CertificateIssue)))) == 2


def test_dry_run_from_the_command_line(capsys, store, came, db_path, tmp_path):
    folder = tmp_path / "out"
    code, out, _ = run(
        capsys, "--db", db_path, "send-certificates", "--dry-run", folder, "--sender", SENDER
    )
    assert code == 0
    assert out.startswith(f"Wrote 2 message(s) as .eml files in {folder}; nothing was sent")
    assert len(list(folder.glob("*.eml"))) == 2


def test_wrong_password_is_one_sentence(capsys, store, came, db_path, tmp_path, monkeypatch):
    tls = make_tls(tmp_path)
    auth = Authenticator("organiser", "right")
    options = {"tls_context": tls.server_context(), "require_starttls": True}
    with store.write() as session:  # the organisation's own authority, as stored settings
        ev = session.scalars(select(Event)).one()
        ev.settings = {**ev.settings, "smtp": {"ca_file": str(tls.cert_file)}}
    monkeypatch.setenv("MY_SMTP_PASSWORD", "wrong")
    with smtp_server(Handler(), authenticator=auth, auth_required=True, **options) as server:
        code, out, err = run(
            capsys,
            "--db", db_path, "send-certificates",
            "--smtp-host", server.hostname, "--smtp-port", server.port,
            "--smtp-user", "organiser", "--password-env", "MY_SMTP_PASSWORD",
            "--sender", SENDER,
        )  # fmt: skip
    assert code == 6
    assert err.startswith("catchdesk: The mail server 127.0.0.1 refused the password of organiser")
    assert err.count("\n") == 1 and "Traceback" not in err and "wrong" not in err
    assert out.startswith("Sent 0 certificate(s)")
    with store.read() as session:
        assert list(session.scalars(select(CertificateSend))) == []
        assert "host" not in stored_smtp(session.scalars(select(Event)).one())


def test_no_server_and_no_password_say_what_to_do(capsys, store, came, db_path, monkeypatch):
    code, out, err = run(capsys, "--db", db_path, "send-certificates")
    assert code == 6 and out == ""
    assert err.startswith("catchdesk: No mail server is set for this event: give --smtp-host")
    monkeypatch.delenv("CATCHDESK_SMTP_PASSWORD", raising=False)
    with smtp_server(Handler()) as server:
        code, _, err = run(
            capsys,
            "--db", db_path, "send-certificates", "--smtp-host", server.hostname,
            "--smtp-port", server.port, "--smtp-security", "none", "--smtp-user", "u",
            "--sender", SENDER,
        )  # fmt: skip
    assert code == 6 and err.startswith("catchdesk: No password for u: set it")


def test_only_some_attendees(capsys, store, came, db_path):
    handler = Handler()
    with smtp_server(handler) as server:
        code, out, _ = run(
            capsys,
            "--db", db_path, "send-certificates", "--json", "--attendee", came[0].code, "NOPE",
            "--smtp-host", server.hostname, "--smtp-port", server.port,
            "--smtp-security", "none", "--sender", SENDER,
        )  # fmt: skip
    report = json.loads(out)
    assert code == 0 and report["sent"] == 1
    assert [r.recipients for r in handler.received] == [["helene@example.be"]]
    assert [o["detail"] for o in report["outcomes"] if o["status"] == "skipped"] == [
        "no attendee has this code"
    ]
