"""Certificates of attendance: who gets one, what it states, issuing again, and verifying it."""

from __future__ import annotations

import datetime as dt

import pytest
from cert_helpers import build_day, during, workshop_by_title
from sqlalchemy import func, select

from catchdesk.core.certificate_batch import certificate_pdf
from catchdesk.core.certificate_code import CROCKFORD, Statement, group, sign_statement
from catchdesk.core.certificate_content import Attended, covered_minutes
from catchdesk.core.certificates import (
    CertificateIssuer,
    LeftOutReason,
    find_recipients,
    issue_certificate,
)
from catchdesk.core.checkin import check_in
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.events import create_event
from catchdesk.core.journal import JournalEntry
from catchdesk.core.keys import export_public_pem, fingerprint, load_public_key, public_key_bytes
from catchdesk.core.models import (
    Attendee,
    AttendeeStatus,
    Certificate,
    CertificateIssue,
    Checkin,
    Event,
)
from catchdesk.core.undo import revoke_checkin
from catchdesk.core.verify import Reason, verify_certificate


@pytest.fixture
def day(store):
    return build_day(store)


def issue(store, day, attendee_id, destination="test"):
    with store.write() as session:
        event = session.get(Event, day.event_id)
        return issue_certificate(
            session, event, session.get(Attendee, attendee_id), destination=destination
        )


def test_only_people_who_came_get_one_and_the_others_are_told_why(store, day):
    with store.write() as session:
        event = session.get(Event, day.event_id)
        undone = session.get(Attendee, day.came[7])
        revoke_checkin(
            session,
            session.scalars(select(Checkin).where(Checkin.attendee_id == undone.id)).one(),
            desk="Accueil 1",
            reason="wrong person",
        )
        session.get(Attendee, day.came[6]).status = AttendeeStatus.CANCELLED.value
    with store.read() as session:
        event = session.get(Event, day.event_id)
        everyone = find_recipients(session, event)
        asked = find_recipients(
            session,
            event,
            [day.codes[day.came[0]].lower(), day.codes[day.absent[0]], "NOPE-1234", day.came[1]],
        )
    chosen = {a.id for a in everyone.attendees}
    assert chosen == set(day.came[:6])
    reasons = {item.attendee_id: item.reason for item in everyone.left_out}
    assert reasons[day.came[7]] is LeftOutReason.CHECKIN_UNDONE
    assert reasons[day.came[6]] is LeftOutReason.CANCELLED
    assert reasons[day.cancelled] is LeftOutReason.CANCELLED
    assert all(reasons[a] is LeftOutReason.NOT_CHECKED_IN for a in day.absent)
    assert [a.id for a in asked.attendees] == sorted(
        [day.came[0], day.came[1]], key=lambda i: [a.id for a in everyone.attendees].index(i)
    )
    assert {(i.code, i.reason) for i in asked.left_out} == {
        (day.codes[day.absent[0]], LeftOutReason.NOT_CHECKED_IN),
        ("NOPE-1234", LeftOutReason.UNKNOWN_CODE),
    }
    with pytest.raises(CatchDeskError, match="never checked in"):
        issue(store, day, day.absent[0])


def test_content_states_workshops_with_local_times_coaching_and_total(store, day):
    issued = issue(store, day, day.came[0])
    content = issued.content
    assert content["participant"]["full_name"] == issued.attendee.full_name
    assert content["event"]["dates"] == "2026-11-26"
    assert content["event"]["venue"].startswith("Namur Expo")
    times = [
        (w["title"][:15], w["starts_at"][11:16], w["ends_at"][11:16]) for w in content["workshops"]
    ]
    assert times == [("Créer son site ", "10:30", "11:30"), ("Vendre en ligne", "14:00", "15:00")]
    assert content["workshops"][0]["starts_at"].endswith("+01:00")  # Brussels local time
    assert content["total_minutes"] == 120 and content["coaching"] == []

    coached = issue(store, day, day.coached).content
    assert [c["topic"] for c in coached["coaching"]] == ["référencement"]
    assert coached["coaching"][0]["organisation"]
    assert coached["total_minutes"] == 60 + 20  # SEO workshop + one 20-minute slot

    presence = issue(store, day, day.came[5]).content
    assert presence["workshops"] == [] and presence["total_minutes"] == 0


def test_total_counts_overlapping_sessions_once():
    def at(h, m):
        return dt.datetime(2026, 11, 26, h, m, tzinfo=dt.UTC)

    sessions = [
        Attended("A", at(10, 0), at(11, 0)),
        Attended("B", at(10, 30), at(11, 30)),  # overlaps A by 30 minutes
        Attended("A again", at(10, 0), at(11, 0)),
        Attended("C", at(14, 0), at(14, 20)),
    ]
    assert covered_minutes(sessions) == 90 + 20
    assert covered_minutes([]) == 0


def test_issuing_again_gives_the_same_serial_content_and_code_and_logs_each_issue(store, day):
    first = issue(store, day, day.came[0], "one.pdf")
    second = issue(store, day, day.came[0], "two.pdf")
    assert first.status == "new" and second.status == "unchanged"
    assert (second.serial, second.version, second.code) == (first.serial, 1, first.code)
    assert second.content == first.content
    with store.read() as session:
        issues = session.scalars(
            select(CertificateIssue).order_by(CertificateIssue.issued_at)
        ).all()
        assert [i.destination for i in issues] == ["one.pdf", "two.pdf"]
        assert session.scalar(select(func.count()).select_from(Certificate)) == 1


def test_serials_are_per_person_and_never_reused(store, day):
    serials = [issue(store, day, person).serial for person in day.came[:4]]
    again = [issue(store, day, person).serial for person in reversed(day.came[:4])]
    assert again == list(reversed(serials))
    assert len(set(serials)) == 4
    with store.read() as session:
        tag = session.get(Event, day.event_id).tag
    assert serials == [f"{tag}-2026-{n:06d}" for n in range(1, 5)]


def test_a_late_workshop_checkin_bumps_the_version(store, day):
    before = issue(store, day, day.came[2])
    with store.write() as session:
        event = session.get(Event, day.event_id)
        social = workshop_by_title(session, event.id, "Réseaux sociaux")
        check_in(
            session,
            event,
            day.codes[day.came[2]],
            desk="Porte",
            workshop_id=social.id,
            now=during(social),
        )
    after = issue(store, day, day.came[2])
    assert after.status == "updated"
    assert (after.serial, after.version) == (before.serial, 2)
    assert after.code != before.code and after.content["total_minutes"] == 120
    with store.read() as session:
        result = verify_certificate(before.code, session=session)
    assert result.valid and result.superseded and result.current_version == 2
    assert "later version" in result.message


def test_the_code_verifies_offline_and_says_what_it_certifies(store, day):
    issued = issue(store, day, day.coached)
    with store.read() as session:
        key = public_key_bytes(session.get(Event, day.event_id))
    result = verify_certificate(issued.code, [key])
    assert result.valid and result.reason is Reason.VALID
    facts = result.to_dict()
    assert facts["serial"] == issued.serial
    assert facts["participant"] == issued.attendee.full_name
    assert facts["event"].startswith("Journée du numérique") and facts["date"] == "2026-11-26"
    assert facts["minutes"] == 80 and facts["hours"] == 1.33
    assert facts["workshops"] == day.workshops[day.coached]
    assert facts["coaching"][0]["topic"] == "référencement"
    assert facts["key_fingerprint"] == fingerprint(key)
    # As people type it: lower case, with dashes, spaces and a line break; O for 0, l for 1.
    typed = group(issued.code).lower().replace("-", " - ", 3)
    typed = typed[:40] + "\n" + typed[40:]
    assert verify_certificate(typed, [key]).valid
    assert verify_certificate(issued.code.replace("0", "O").replace("1", "l"), [key]).valid
    assert 200 < len(issued.code) < 400


def test_any_one_letter_changed_is_refused(store, day):
    issued = issue(store, day, day.came[0])
    with store.read() as session:
        key = public_key_bytes(session.get(Event, day.event_id))
    code = issued.code
    for position in range(len(code)):
        wrong = next(c for c in CROCKFORD if c != code[position])
        result = verify_certificate(code[:position] + wrong + code[position + 1 :], [key])
        assert not result.valid, f"letter {position} changed and still valid"
        assert result.reason in (Reason.ALTERED, Reason.UNREADABLE, Reason.OTHER_KEY)
        assert result.message
    assert not verify_certificate(code[:-1], [key]).valid
    assert not verify_certificate(code + "0", [key]).valid


def test_a_code_signed_by_another_event_is_refused(store, day):
    issued = issue(store, day, day.came[0])
    with store.write() as session:
        other = create_event(session, "Salon du commerce", dt.date(2026, 12, 3))
        other_key = public_key_bytes(other)
    result = verify_certificate(issued.code, [other_key])
    assert not result.valid and result.reason is Reason.OTHER_KEY
    assert "another event" in result.message
    assert result.to_dict()["claimed"]["participant"] == issued.attendee.full_name
    assert result.to_dict()["participant"] is None
    # A forgery: the same statement signed with the other event's key, claiming ours.
    with store.read() as session:
        signing = session.get(Event, other.id).signing_key
        key = public_key_bytes(session.get(Event, day.event_id))
    statement = Statement.from_json(Statement(**_fields(issued)).to_json())
    forged = sign_statement(statement, signing, bytes.fromhex(result.key_id))
    refused = verify_certificate(forged, [key])
    assert not refused.valid and refused.reason is Reason.ALTERED
    with store.read() as session:  # the store knows both events: it names the right one
        assert verify_certificate(issued.code, session=session).valid


def _fields(issued):
    content = issued.content
    return {
        "serial": content["serial"],
        "version": content["version"],
        "event": content["event"]["name"],
        "dates": content["event"]["dates"],
        "participant": content["participant"]["full_name"],
        "minutes": content["total_minutes"],
        "workshops": tuple(w["title"] for w in content["workshops"]),
        "coaching": (),
    }


@pytest.mark.parametrize(
    "garbage",
    ["", "   ", "hello world", "😀" * 40, "U" * 300, "0" * 5, "0" * 2000, "ZZZZ-ZZZZ", "A" * 171],
)
def test_garbage_gets_a_reason_never_a_traceback(store, day, garbage):
    with store.read() as session:
        result = verify_certificate(garbage, session=session)
    assert not result.valid and result.reason is Reason.UNREADABLE
    assert result.message.startswith("Not a valid certificate code")


def test_no_key_at_all_says_so():
    statement = Statement("XX-2026-000001", 1, "E", "2026-11-26", "P", 0, (), ())
    code = sign_statement(statement, bytes(32), b"\0\0")
    result = verify_certificate(code)
    assert not result.valid and result.reason is Reason.NO_KEY


def test_public_key_export_reads_back_in_every_form(store, day):
    import base64

    with store.read() as session:
        event = session.get(Event, day.event_id)
        pem = export_public_pem(event)
        raw = public_key_bytes(event)
    assert pem.startswith("# CatchDesk certificate key of Journée du numérique")
    assert fingerprint(raw) in pem
    assert load_public_key(pem.encode()) == raw
    assert load_public_key(raw) == raw
    assert load_public_key(base64.b64encode(raw) + b"\n") == raw
    assert load_public_key(raw.hex().encode()) == raw
    with pytest.raises(CatchDeskError, match="not an Ed25519 public key"):
        load_public_key(b"certainly not a key")


def test_certificate_pdf_for_the_mailer(store, day):
    with store.write() as session:
        event = session.get(Event, day.event_id)
        attendee = session.get(Attendee, day.came[0])
        certificate, pdf = certificate_pdf(session, event, attendee, language="en")
        assert pdf.startswith(b"%PDF-") and len(pdf) < 200_000
        assert certificate.serial.endswith("000001") and certificate.version == 1
        issue_row = session.scalars(select(CertificateIssue)).one()
        assert issue_row.destination == "e-mail" and issue_row.certificate_id == certificate.id
        with pytest.raises(CatchDeskError, match="gets no certificate"):
            certificate_pdf(session, event, session.get(Attendee, day.absent[0]))


def test_issuing_is_journaled_for_sync(store, day):
    issue(store, day, day.came[0])
    with store.read() as session:
        entities = set(session.scalars(select(JournalEntry.entity)))
    assert {"certificates", "certificate_issues"} <= entities


def test_batch_issuer_costs_no_query_per_person(store, day):
    with store.write() as session:
        event = session.get(Event, day.event_id)
        people = find_recipients(session, event).attendees
        issuer = CertificateIssuer(session, event)
        statements: list[int] = []
        from sqlalchemy import event as sa_event

        def count(*_args):
            statements.append(1)

        sa_event.listen(session.get_bind(), "before_cursor_execute", count)
        try:
            for person in people:
                issuer.issue(person)
            issuer.log([issuer.issue(p) for p in people], "batch.pdf")
        finally:
            sa_event.remove(session.get_bind(), "before_cursor_execute", count)
    assert len(statements) <= 6, statements
