"""Core behind the documents screen, without a window: folder runs that resume, drawing for a
preview, the print log, the pick-list rows, verifying a scan, the test e-mail."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from mail_helpers import Handler, smtp_server
from pypdf import PdfReader
from sqlalchemy import select

from catchdesk.core import certificate_runs
from catchdesk.core.attendees import add_attendee
from catchdesk.core.badges import record_prints
from catchdesk.core.certificate_mail import send_test_message
from catchdesk.core.certificate_runs import (
    CertificatesCancelled,
    draw_certificates,
    export_to,
    log_issues,
    write_certificate_folder,
)
from catchdesk.core.certificates import issue_certificate
from catchdesk.core.checkin import check_in_attendee
from catchdesk.core.document_people import filter_words, people_rows
from catchdesk.core.keyboard_layouts import garble
from catchdesk.core.models import Attendee, Certificate, CertificateIssue, Event
from catchdesk.core.smtp_settings import InvalidAddress, MailError, Security, SmtpSettings
from catchdesk.core.undo import undo_last_checkin
from catchdesk.core.verify import Reason, verify_scanned

NAMES = [
    ("Hélène", "Dubois"),
    ("Łukasz", "Nowak"),
    ("Marc", "Lambert"),
    ("Fatima", "El Amrani"),
    ("Jan", "Peeters"),
    ("Olena", "Kovalenko"),
]


@pytest.fixture
def people(store, event) -> list[str]:
    """Six attendees, the first five checked in; ids in the order of NAMES."""
    ids = []
    with store.write() as session:
        current = session.get(Event, event.id)
        for first, last in NAMES:
            person = add_attendee(
                session, current, first_name=first, last_name=last, email=f"{last[:3]}@x.be"
            )
            ids.append(person.id)
        for attendee_id in ids[:5]:
            check_in_attendee(session, current, attendee_id, desk="Desk 1")
    return ids


def issues(store) -> Counter[str]:
    with store.read() as session:
        return Counter(session.scalars(select(CertificateIssue.certificate_id)))


def test_a_cancelled_folder_run_keeps_its_chunks_and_the_next_run_goes_on(
    store, event, people, tmp_path
):
    folder = tmp_path / "out"

    def four_written() -> bool:  # the person presses Cancel once four files are there
        return len(list(folder.glob("*.pdf"))) >= 4

    with pytest.raises(CertificatesCancelled) as stopped:
        write_certificate_folder(store, event.id, folder, chunk=2, cancelled=four_written)
    run = stopped.value.run
    assert (run.done, run.total, run.remaining) == (4, 5, 1)
    assert len(list(folder.glob("*.pdf"))) == 4
    seen: list[tuple[int, int]] = []
    second = write_certificate_folder(
        store, event.id, folder, chunk=2, progress=lambda d, t: seen.append((d, t))
    )
    assert (len(second.already), len(second.written)) == (4, 1)
    assert seen[0] == (4, 5) and seen[-1] == (5, 5)
    assert len(list(folder.glob("*.pdf"))) == 5
    assert set(issues(store).values()) == {1}
    assert [item.reason.value for item in second.left_out] == ["not_checked_in"]


def test_a_certificate_that_changed_is_written_again_and_a_deleted_file_too(
    store, event, people, tmp_path
):
    folder = tmp_path / "out"
    first = write_certificate_folder(store, event.id, folder)
    assert len(first.written) == 5
    first.files[people[0]].unlink()
    with store.write() as session:
        session.get(Attendee, people[1]).last_name = "Nowak-Lis"  # a corrected name
    again = write_certificate_folder(store, event.id, folder)
    assert {item.attendee.id for item in again.written} == {people[0], people[1]}
    assert len(again.already) == 3
    with store.read() as session:
        assert (
            session.scalar(select(Certificate.version).where(Certificate.attendee_id == people[1]))
            == 2
        )


def test_an_empty_selection_is_nobody_not_everyone(store, event, people, tmp_path):
    assert write_certificate_folder(store, event.id, tmp_path / "x", codes=[]).total == 0
    assert draw_certificates(store, event.id, tmp_path / "x.pdf", codes=[]).attendee_ids == []
    assert export_to(store, event.id, tmp_path / "x.pdf", codes=[]).issued == []
    assert not (tmp_path / "x.pdf").exists()


def test_drawing_for_a_preview_logs_nothing_and_printing_logs_once(store, event, people, tmp_path):
    out = tmp_path / "preview.pdf"
    drawn = draw_certificates(store, event.id, out, limit=2)
    assert (len(drawn.attendee_ids), drawn.entitled) == (2, 5)
    assert len(PdfReader(out).pages) == 2
    assert issues(store) == Counter()
    assert log_issues(store, event.id, drawn.attendee_ids, "Printer A") == 2
    with store.read() as session:
        assert set(session.scalars(select(CertificateIssue.destination))) == {"Printer A"}


def test_export_to_writes_one_merged_pdf(store, event, people, tmp_path):
    result = export_to(store, event.id, tmp_path / "all.pdf")
    assert len(result.issued) == 5 and len(PdfReader(tmp_path / "all.pdf").pages) == 5


def test_a_run_over_a_file_is_refused_in_words(store, event, people, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(Exception, match="is a file"):
        write_certificate_folder(store, event.id, blocker)


def test_monkeypatched_chunk_size_is_read_at_call_time(store, event, people, tmp_path, monkeypatch):
    calls = []
    real = certificate_runs.export_certificates
    monkeypatch.setattr(certificate_runs, "CHUNK", 3)
    monkeypatch.setattr(
        certificate_runs,
        "export_certificates",
        lambda *args, **kwargs: calls.append(kwargs["codes"]) or real(*args, **kwargs),
    )
    write_certificate_folder(store, event.id, tmp_path / "out")
    assert [len(codes) for codes in calls] == [3, 2]


def test_people_rows_say_who_came_and_whose_badge_was_printed(store, event, people):
    with store.write() as session:
        current = session.get(Event, event.id)
        record_prints(session, current, [people[2]], "a4-8", "x.pdf", "Desk 1")
        undo_last_checkin(session, current, desk="Desk 1")
    with store.read() as session:
        rows = people_rows(session, event.id)
    assert [row.last_name for row in rows] == sorted(
        (last for _first, last in NAMES), key=lambda n: n.lower()
    )
    by_id = {row.attendee_id: row for row in rows}
    assert by_id[people[2]].badge_printed and not by_id[people[0]].badge_printed
    assert [by_id[i].came for i in people] == [True, True, True, True, False, False]
    words = filter_words("HELENE dub")
    assert [row.name for row in rows if row.matches(words)] == ["Hélène Dubois"]


def test_a_scan_through_the_wrong_keyboard_layout_verifies(store, event, people):
    with store.write() as session:
        current = session.get(Event, event.id)
        code = issue_certificate(session, current, session.get(Attendee, people[0])).code
    with store.read() as session:
        assert verify_scanned(code, session).valid
        garbled = garble(code, "us", "be")
        assert garbled != code
        assert verify_scanned(garbled, session).valid
        assert verify_scanned("not a code", session).reason is Reason.UNREADABLE
        flipped = code[:40] + ("A" if code[40] != "A" else "B") + code[41:]
        assert not verify_scanned(flipped, session).valid


def test_the_test_message_reaches_the_address_typed(event):
    handler = Handler()
    with smtp_server(handler) as server:
        settings = SmtpSettings(
            host=server.hostname, port=server.port, security=Security.NONE, sender="ev@x.be"
        )
        reply = send_test_message(event, settings, "me@organiser.be", language="fr")
        with pytest.raises(InvalidAddress):
            send_test_message(event, settings, "me@", language="fr")
        handler.refuse = {"nobody@organiser.be"}
        with pytest.raises(MailError, match="refused"):
            send_test_message(event, settings, "nobody@organiser.be", language="en")
    assert reply.startswith("250")
    [message] = [r.message for r in handler.to("me@organiser.be")]
    assert message["Subject"] == f"Message de test – {event.name}"
    assert "ev@x.be" in message.get_content()


def test_folder_files_are_named_after_people_and_serials(store, event, people, tmp_path):
    run = write_certificate_folder(store, event.id, tmp_path / "out")
    names = sorted(Path(path).name for path in run.files.values())
    assert names[0].startswith("Dubois_Helene_") and names[0].endswith(".pdf")
