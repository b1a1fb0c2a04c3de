"""Certificates by e-mail, against a real SMTP server started by each test (aiosmtpd).

Covers what an organiser relies on: each person gets one message in their language with their
PDF, the log makes a second run send only the rest, one bad address never stops the others,
a wrong password or a dead server stops everything with one sentence, a cancel or a crash
loses no record, a dry run sends nothing, and the password is never written anywhere.
"""

from __future__ import annotations

import json
import re
from email import message_from_bytes, policy
from email.utils import parseaddr

import pytest
from mail_helpers import (
    Authenticator,
    FakeCertificates,
    Handler,
    free_port,
    make_tls,
    smtp_server,
)
from sqlalchemy import select

from catchdesk.core.attendees import add_attendee
from catchdesk.core.checkin import check_in_attendee
from catchdesk.core.journal import JournalEntry
from catchdesk.core.mailing import (
    ALREADY_SENT,
    DRY_RUN,
    FAILED,
    SENT,
    SKIPPED,
    LeftOutPerson,
    MailingStopped,
    SendingCancelled,
    send_certificates,
)
from catchdesk.core.models import Attendee, CertificateSend, Event
from catchdesk.core.smtp_settings import (
    InvalidAddress,
    MailError,
    Security,
    SmtpSettings,
    normalise_address,
    remember_smtp_settings,
    resolve_smtp_settings,
    ssl_context,
    stored_smtp,
)

SENDER = "certificats@digitalwallonia.be"
PASSWORD = "Tr0ub4dor&3-sm7p"


@pytest.fixture
def people(store, event):
    """Four people who came (fr, nl, en, and one with an accented name) plus a no-show."""
    specs = [
        ("Hélène", "Dupré", "helene@example.be", "fr"),
        ("Pieter", "Janssens", "pieter@example.be", "nl"),
        ("Amira", "Haddad", "amira@example.com", "en"),
        ("Łukasz", "Wójcik", "lukasz@example.pl", "fr"),
    ]
    with store.write() as session:
        ev = session.get(Event, event.id)
        came = []
        for first, last, email, language in specs:
            person = add_attendee(
                session, ev, first_name=first, last_name=last, email=email, language=language
            )
            check_in_attendee(session, ev, person.id, desk="Desk 1")
            came.append(person)
        add_attendee(session, ev, first_name="No", last_name="Show", email="no@example.be")
    return came


@pytest.fixture
def fake():
    return FakeCertificates()


def plain(host: str, port: int, **extra) -> SmtpSettings:
    values = {"host": host, "port": port, "security": Security.NONE, "sender": SENDER}
    values.update(extra)
    return SmtpSettings(**values)


def run(store, event, recipients, fake, settings, **options):
    options.setdefault("refresh", fake.refresh)
    return send_certificates(
        store, event.id, recipients, render=fake.render, settings=settings, **options
    )


def sends(store, status=None):
    with store.read() as session:
        query = select(CertificateSend).order_by(CertificateSend.attempted_at)
        rows = list(session.scalars(query))
    return [r for r in rows if status is None or r.status == status]


def attachment(message):
    parts = [p for p in message.iter_attachments()]
    assert len(parts) == 1
    return parts[0]


# -- messages ----------------------------------------------------------------------------------


def test_each_person_gets_one_message_in_their_language(store, event, people, fake):
    handler = Handler()
    with smtp_server(handler) as server:
        settings = plain(server.hostname, server.port, reply_to="info@digitalwallonia.be")
        report = run(store, event, people, fake, settings)
    assert [o.status for o in report.outcomes] == [SENT] * 4
    assert len(handler.received) == 4
    subjects = {"fr": "attestation", "nl": "deelnameattest", "en": "certificate of attendance"}
    for person in people:
        (got,) = handler.to(person.email)
        message = got.message
        assert got.sender == SENDER
        assert parseaddr(message["To"]) == (person.full_name, person.email)
        assert subjects[person.language] in message["Subject"].lower()
        assert "Digital Day Namur" in message["Subject"]
        assert message["Content-Language"] == person.language
        assert parseaddr(message["From"]) == ("Digital Wallonia", SENDER)
        assert message["Reply-To"] == "info@digitalwallonia.be"
        assert message["Message-ID"].endswith("@digitalwallonia.be>")
        assert message["Date"]
        body = message.get_body(("plain",)).get_content()
        assert person.first_name in body and "Digital Wallonia" in body
        part = attachment(message)
        assert part.get_content_type() == "application/pdf"
        name = part.get_filename()
        assert name.isascii() and name.endswith(".pdf") and " " not in name
        with store.read() as session:
            certificate, pdf = fake.render(session, session.get(Event, event.id), person)
        assert part.get_content() == pdf
        assert certificate.serial.lower() in name.lower()
    french = handler.to("helene@example.be")[0].message
    assert "26 novembre 2026" in french.get_body(("plain",)).get_content()
    polish = attachment(handler.to("lukasz@example.pl")[0].message).get_filename()
    assert polish.startswith("attestation-wojcik-lukasz-")
    assert {r.status for r in sends(store)} == {SENT}
    assert all("queued as" in r.detail for r in sends(store))


def test_long_accented_subject_arrives_intact(store, event, people, fake):
    """Python's header folding can lose the space between two encoded-words; not here."""
    name = "Journée du numérique 2026 — Namur, Wallonie, Fédération Wallonie-Bruxelles"
    with store.write() as session:
        session.get(Event, event.id).name = name
    handler = Handler()
    with smtp_server(handler) as server:
        run(store, event, people[:2], fake, plain(server.hostname, server.port))
    french = handler.to("helene@example.be")[0].message
    assert french["Subject"] == f"Votre attestation de participation – {name}"
    assert all(len(line) <= 998 for line in handler.received[0].raw.splitlines())
    part = attachment(french)
    raw_lines = part.get_payload(decode=False).splitlines()
    assert max(len(line) for line in raw_lines) <= 76


def test_starttls_with_login_and_own_authority(store, event, people, fake, tmp_path):
    tls = make_tls(tmp_path)
    handler = Handler()
    auth = Authenticator("organiser", PASSWORD)
    options = {"tls_context": tls.server_context(), "require_starttls": True}
    with smtp_server(handler, authenticator=auth, auth_required=True, **options) as server:
        settings = SmtpSettings(
            host=server.hostname,
            port=server.port,
            security=Security.STARTTLS,
            user="organiser",
            sender=SENDER,
            ca_file=str(tls.cert_file),
        )
        report = run(store, event, people, fake, settings, password=lambda: PASSWORD)
    assert report.counts()[SENT] == 4 and len(handler.received) == 4
    assert auth.attempts == 1


def test_tls_from_the_start(store, event, people, fake, tmp_path):
    tls = make_tls(tmp_path)
    handler = Handler()
    with smtp_server(handler, ssl_context=tls.server_context()) as server:
        settings = SmtpSettings(
            host=server.hostname,
            port=server.port,
            security=Security.TLS,
            sender=SENDER,
            ca_file=str(tls.cert_file),
        )
        report = run(store, event, people[:2], fake, settings)
    assert report.counts()[SENT] == 2 and len(handler.received) == 2


def test_untrusted_certificate_stops_in_one_sentence(store, event, people, fake, tmp_path):
    tls = make_tls(tmp_path)
    with smtp_server(Handler(), ssl_context=tls.server_context()) as server:
        settings = SmtpSettings(
            host=server.hostname, port=server.port, security=Security.TLS, sender=SENDER
        )
        with pytest.raises(MailingStopped, match="cannot be trusted") as caught:
            run(store, event, people, fake, settings)
    assert "\n" not in str(caught.value)
    assert sends(store) == []


def test_wrong_password_stops_before_anything_is_sent(store, event, people, fake, tmp_path):
    tls = make_tls(tmp_path)
    handler = Handler()
    auth = Authenticator("organiser", PASSWORD)
    options = {"tls_context": tls.server_context(), "require_starttls": True}
    with smtp_server(handler, authenticator=auth, auth_required=True, **options) as server:
        settings = SmtpSettings(
            host=server.hostname,
            port=server.port,
            user="organiser",
            sender=SENDER,
            ca_file=str(tls.cert_file),
        )
        with pytest.raises(MailingStopped) as caught:
            run(store, event, people, fake, settings, password="wrong")
    message = str(caught.value)
    assert message.startswith("The mail server 127.0.0.1 refused the password of organiser")
    assert "\n" not in message and "wrong" not in message
    # one login (smtplib tries each mechanism the server offers: PLAIN, then LOGIN), not one
    # per person: four people would have made eight attempts and may lock the account
    assert auth.attempts <= 2
    assert handler.received == [] and sends(store) == []
    assert fake.rendered == [], "no certificate issued for an e-mail that could not go"
    assert caught.value.report.stopped == message


def test_unreachable_server_and_missing_starttls(store, event, people, fake):
    dead = SmtpSettings(host="127.0.0.1", port=free_port(), security=Security.NONE, sender=SENDER)
    with pytest.raises(MailingStopped, match="refused the connection"):
        run(store, event, people, fake, dead)
    with smtp_server(Handler()) as server:
        settings = SmtpSettings(host=server.hostname, port=server.port, sender=SENDER)
        with pytest.raises(MailingStopped, match="does not offer STARTTLS"):
            run(store, event, people, fake, settings)
    assert sends(store) == []


# -- resuming ----------------------------------------------------------------------------------


def test_refused_recipient_fails_alone_and_is_retried_later(store, event, people, fake):
    handler = Handler(refuse={"pieter@example.be"})
    with smtp_server(handler) as server:
        settings = plain(server.hostname, server.port)
        first = run(store, event, people, fake, settings)
        assert first.counts()[SENT] == 3 and first.counts()[FAILED] == 1
        (failed,) = first.of(FAILED)
        assert failed.email == "pieter@example.be" and "550" in failed.detail
        assert [r.email for r in sends(store, FAILED)] == ["pieter@example.be"]

        handler.refuse.clear()
        second = run(store, event, people, fake, settings)
        assert second.counts()[SENT] == 1 and second.counts()[ALREADY_SENT] == 3
        assert second.of(SENT)[0].email == "pieter@example.be"
    assert len(handler.received) == 4
    assert sorted(len(handler.to(p.email)) for p in people) == [1, 1, 1, 1]

    # Third run: everything sent, so the (now stopped) server is not even contacted and the
    # password is never asked for.
    def no_password():
        raise AssertionError("the password must not be asked when nothing is to be sent")

    third = run(store, event, people, fake, settings, password=no_password)
    assert third.counts()[ALREADY_SENT] == 4 and third.counts()[SENT] == 0
    assert not third.connected


def test_changed_certificate_is_sent_again_as_an_update(store, event, people, fake):
    handler = Handler()
    with smtp_server(handler) as server:
        settings = plain(server.hostname, server.port)
        run(store, event, people, fake, settings)
        fake.facts[people[0].id] = "late workshop check-in"
        again = run(store, event, people, fake, settings)
    assert [o.email for o in again.of(SENT)] == [people[0].email]
    assert again.of(SENT)[0].version == 2
    latest = handler.to(people[0].email)[-1].message
    assert "mise à jour" in latest["Subject"]
    assert "remplace" in latest.get_body(("plain",)).get_content()


def test_without_refresh_the_renderer_decides(store, event, people, fake):
    handler = Handler()
    with smtp_server(handler) as server:
        settings = plain(server.hostname, server.port)
        run(store, event, people, fake, settings, refresh=None)
        again = run(store, event, people, fake, settings, refresh=None)
    assert again.counts()[ALREADY_SENT] == 4 and len(handler.received) == 4


def test_corrected_address_gets_the_certificate(store, event, people, fake):
    handler = Handler()
    with smtp_server(handler) as server:
        settings = plain(server.hostname, server.port)
        run(store, event, people, fake, settings)
        with store.write() as session:
            session.get(Attendee, people[1].id).email = "pieter.janssens@example.be"
            people[1] = session.get(Attendee, people[1].id)
        again = run(store, event, people, fake, settings)
    assert [o.email for o in again.of(SENT)] == ["pieter.janssens@example.be"]


def test_cancel_then_resume_sends_each_person_once(store, event, people, fake):
    handler = Handler()
    seen: list[tuple[int, int]] = []
    with smtp_server(handler) as server:
        settings = plain(server.hostname, server.port)
        with pytest.raises(SendingCancelled) as caught:
            run(
                store,
                event,
                people,
                fake,
                settings,
                progress=lambda done, total: seen.append((done, total)),
                cancelled=lambda: len(seen) > 2,
            )
        report = caught.value.report
        assert report.cancelled and report.counts()[SENT] == 2
        assert report.counts()["remaining"] == 2
        assert seen == [(0, 4), (1, 4), (2, 4)]
        assert len(sends(store, SENT)) == 2 == len(handler.received)
        rest = run(store, event, people, fake, settings)
    assert rest.counts()[SENT] == 2 and rest.counts()[ALREADY_SENT] == 2
    assert sorted(len(handler.to(p.email)) for p in people) == [1, 1, 1, 1]


def test_crash_mid_batch_keeps_the_record_of_what_went(store, event, people, fake):
    """A crash (here an exception from the renderer of the third person) loses nothing."""
    handler = Handler()

    def crashing(session, ev, attendee):
        if attendee.id == people[2].id:
            raise KeyboardInterrupt
        return fake.render(session, ev, attendee)

    with smtp_server(handler) as server:
        settings = plain(server.hostname, server.port)
        with pytest.raises(KeyboardInterrupt):
            send_certificates(store, event.id, people, render=crashing, settings=settings)
        assert len(sends(store, SENT)) == 2 == len(handler.received)
        rest = run(store, event, people, fake, settings)
    assert rest.counts()[SENT] == 2
    assert sorted(len(handler.to(p.email)) for p in people) == [1, 1, 1, 1]


def test_lost_connection_reconnects_once_and_goes_on(store, event, people, fake):
    handler = Handler(close_on_mail={2})
    with smtp_server(handler) as server:
        report = run(store, event, people, fake, plain(server.hostname, server.port))
    assert report.counts()[SENT] == 4
    assert sorted(len(handler.to(p.email)) for p in people) == [1, 1, 1, 1]


def test_server_that_keeps_closing_stops_the_batch(store, event, people, fake):
    handler = Handler(close_on_mail={2, 3})
    with (
        smtp_server(handler) as server,
        pytest.raises(MailingStopped, match="keeps closing the connection") as caught,
    ):
        run(store, event, people, fake, plain(server.hostname, server.port))
    assert caught.value.report.counts()[SENT] == 1
    assert [r.status for r in sends(store)] == [SENT]


def test_a_slow_recipient_fails_alone(store, event, people, fake):
    handler = Handler(stall={"pieter@example.be"})
    with smtp_server(handler) as server:
        settings = plain(server.hostname, server.port, timeout=0.5)
        report = run(store, event, people, fake, settings)
    assert report.counts()[SENT] == 3
    (slow,) = report.of(FAILED)
    assert slow.email == "pieter@example.be" and "no answer" in slow.detail


# -- who is skipped ----------------------------------------------------------------------------


def test_missing_and_malformed_addresses(store, event, people, fake):
    with store.write() as session:
        session.get(Attendee, people[0].id).email = ""
        session.get(Attendee, people[1].id).email = "pieter@example.be; jan@example.be"
        people[:2] = [session.get(Attendee, p.id) for p in people[:2]]
    handler = Handler()
    left_out = [LeftOutPerson("CODE", "No Show", "never checked in")]
    with smtp_server(handler) as server:
        report = run(
            store, event, people, fake, plain(server.hostname, server.port), left_out=left_out
        )
    counts = report.counts()
    assert counts[SENT] == 2 and counts[FAILED] == 1 and counts[SKIPPED] == 2
    reasons = {o.name: o.detail for o in report.outcomes if o.status != SENT}
    assert reasons["Hélène Dupré"] == "no e-mail address"
    assert "not one e-mail address" in reasons["Pieter Janssens"]
    assert reasons["No Show"] == "never checked in"
    assert len(handler.received) == 2
    assert [r.status for r in sends(store)].count(FAILED) == 1


# -- dry run -----------------------------------------------------------------------------------


def test_dry_run_writes_eml_files_and_sends_nothing(store, event, people, fake, tmp_path):
    folder = tmp_path / "preview"
    settings = SmtpSettings(sender=SENDER)  # no server at all
    report = run(store, event, people, fake, settings, dry_run_dir=folder)
    assert report.counts()[DRY_RUN] == 4 and report.counts()[SENT] == 0
    files = sorted(folder.glob("*.eml"))
    assert len(files) == 4 and not list(folder.glob(".*"))
    for path in files:
        assert re.fullmatch(r"[a-z0-9-]+\.eml", path.name)
        message = message_from_bytes(path.read_bytes(), policy=policy.default)
        assert message["To"] and message["Subject"]
        assert attachment(message).get_content().startswith(b"%PDF")
    assert {r.status for r in sends(store)} == {DRY_RUN}
    # a dry run does not count as sent: the real run sends to everyone
    handler = Handler()
    with smtp_server(handler) as server:
        real = run(store, event, people, fake, plain(server.hostname, server.port))
    assert real.counts()[SENT] == 4


# -- settings and secrets ----------------------------------------------------------------------


def test_password_is_never_stored_nor_journaled(store, event, people, fake, tmp_path, db_path):
    tls = make_tls(tmp_path)
    handler = Handler()
    auth = Authenticator("organiser", PASSWORD)
    options = {"tls_context": tls.server_context(), "require_starttls": True}
    with smtp_server(handler, authenticator=auth, auth_required=True, **options) as server:
        with store.read() as session:
            ev = session.get(Event, event.id)
        settings = resolve_smtp_settings(
            ev, host=server.hostname, port=server.port, security="starttls", user="organiser"
        )
        settings = SmtpSettings(**{**settings.__dict__, "sender": SENDER})
        report = run(
            store, event, people, fake, settings, password=PASSWORD, context=ssl_context(
                SmtpSettings(ca_file=str(tls.cert_file))
            )
        )  # fmt: skip
        assert report.connected
        with store.write() as session:
            assert remember_smtp_settings(session, session.get(Event, event.id), settings)
    with store.read() as session:
        payloads = [json.dumps(e.payload) for e in session.scalars(select(JournalEntry))]
        stored = stored_smtp(session.get(Event, event.id))
    assert stored["host"] == "127.0.0.1" and stored["user"] == "organiser"
    assert not any("pass" in key for key in stored)
    assert any('"smtp"' in p for p in payloads), "the settings change is journaled"
    assert not any(PASSWORD in p for p in payloads)
    store.close()
    for path in db_path.parent.glob(db_path.name + "*"):
        assert PASSWORD.encode() not in path.read_bytes(), path


def test_settings_precedence_and_defaults(store, event):
    with store.write() as session:
        ev = session.get(Event, event.id)
        saved = SmtpSettings(host="smtp.example.be", port=465, security=Security.TLS, user="u")
        assert remember_smtp_settings(session, ev, saved)
        assert not remember_smtp_settings(session, ev, saved)
    with store.read() as session:
        ev = session.get(Event, event.id)
    assert resolve_smtp_settings(ev) == SmtpSettings(
        host="smtp.example.be", port=465, security=Security.TLS, user="u"
    )
    assert resolve_smtp_settings(ev, security="starttls").port == 587
    assert resolve_smtp_settings(ev, port=2525).port == 2525
    assert resolve_smtp_settings(ev, user="me@example.be").sender == "me@example.be"
    with pytest.raises(MailError, match="--sender"):
        resolve_smtp_settings(ev, sender="not an address")
    with pytest.raises(MailError, match="unencrypted"):
        send_certificates(
            store,
            event.id,
            [],
            render=FakeCertificates().render,
            settings=SmtpSettings(host="smtp.example.be", security=Security.NONE, user="u",
                                  sender=SENDER),
        )  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (" Helene@Example.BE ", "Helene@example.be"),
        ("<a@b.be>", "a@b.be"),
        ("mailto:a@b.be", "a@b.be"),
        ("x@café.be", "x@xn--caf-dma.be"),
    ],
)
def test_addresses_are_normalised(raw, expected):
    assert normalise_address(raw) == expected


@pytest.mark.parametrize(
    "raw", ["", "a", "a@b", "a b@c.be", "a@b.be, c@d.be", "a@@b.be", "jürgen@x.de", ".a@b.be"]
)
def test_malformed_addresses_are_refused(raw):
    with pytest.raises(InvalidAddress):
        normalise_address(raw)
