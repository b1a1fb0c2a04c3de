"""``catchdesk badges`` end to end on a demo event, as the organiser runs it on the morning."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from catchdesk.cli import main
from catchdesk.core.attendees import add_attendee
from catchdesk.core.demo import create_demo_event
from catchdesk.core.models import Attendee, AttendeeStatus, BadgePrint, Event
from catchdesk.core.textfold import fold


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(store, db_path):
    with store.write() as session:
        create_demo_event(session, attendees=60, seed=11)
    with store.read() as session:
        event = session.scalars(select(Event)).one()
        people = session.scalars(select(Attendee).where(Attendee.event_id == event.id)).all()
    return event, people


def test_morning_run_then_only_the_walk_ins(capsys, store, db_path, tmp_path, demo, monkeypatch):
    monkeypatch.setenv("CATCHDESK_LANG", "fr")  # role words in French, whatever the machine's
    event, people = demo
    registered = [p for p in people if p.status != AttendeeStatus.CANCELLED.value]
    out = tmp_path / "badges.pdf"
    code, stdout, err = run(capsys, "--db", db_path, "badges", "--out", out, "--json")
    assert code == 0, err
    report = json.loads(stdout)
    assert report["count"] == len(registered) and report["layout"] == "a4-8"
    assert report["file"] == str(out) and report["logged"] is True
    by_code = {p.code: p for p in registered}
    order = [(fold(by_code[c].last_name), fold(by_code[c].first_name)) for c in report["attendees"]]
    assert order == sorted(order) and set(report["attendees"]) == set(by_code)
    assert len(PdfReader(out).pages) == -(-len(registered) // 8)
    with store.read() as session:
        assert session.query(BadgePrint).count() == len(registered)

    # Later in the morning: two walk-ins registered at the desk.
    with store.write() as session:
        ev = session.get(Event, event.id)
        walk_ins = [
            add_attendee(session, ev, first_name="Zoë", last_name="Wauters"),
            add_attendee(session, ev, first_name="Ömer", last_name="Aydın", role="partner"),
        ]
    late = tmp_path / "late.pdf"
    code, stdout, _ = run(capsys, "--db", db_path, "badges", "--out", late, "--unprinted")
    assert code == 0
    assert stdout.strip() == f"Wrote 2 badges to {late} (a4-8)"
    assert len(PdfReader(late).pages) == 1
    text = PdfReader(late).pages[0].extract_text()
    assert "Zoë" in text and "Aydın" in text and "PARTENAIRE" in text

    code, stdout, _ = run(
        capsys, "--db", db_path, "badges", "--out", tmp_path / "none.pdf", "--unprinted"
    )
    assert code == 0 and "No badge to print" in stdout
    assert not (tmp_path / "none.pdf").exists()
    assert {w.code for w in walk_ins}.isdisjoint(report["attendees"])


def test_one_label_for_named_attendees_without_logging(capsys, store, db_path, tmp_path, demo):
    _, people = demo
    chosen = [p for p in people if p.status != AttendeeStatus.CANCELLED.value][:2]
    out = tmp_path / "label.pdf"
    code, stdout, err = run(
        capsys, "badges", "--db", db_path, "--out", out, "--layout", "label-62mm",
        "--attendee", *(p.code.lower() for p in chosen), "--no-log", "--json",
    )  # fmt: skip
    assert code == 0, err
    report = json.loads(stdout)
    assert report["count"] == 2 and report["logged"] is False
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    assert round(float(reader.pages[0].mediabox.width) * 25.4 / 72) == 62
    with store.read() as session:
        assert session.query(BadgePrint).count() == 0


def test_coaches_only(capsys, db_path, tmp_path, demo):
    _, people = demo
    coaches = {p.code for p in people if p.role == "coach"}
    code, stdout, _ = run(
        capsys, "badges", "--db", db_path, "--out", tmp_path / "c.pdf", "--role", "coach", "--json"
    )
    assert code == 0 and set(json.loads(stdout)["attendees"]) == coaches


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--layout", "a3"], "There is no badge layout 'a3'; choose one of: a4-8, label-62mm."),
        (
            ["--attendee", "BCDF-GHIJ-KLNOP"],
            "No attendee of this event has the code BCDF-GHIJ-KLNOP",
        ),
        (["--role", "vip"], "'vip' is not a role"),
    ],
)
def test_mistakes_are_one_sentence(capsys, db_path, tmp_path, demo, extra, message):
    code, stdout, err = run(capsys, "badges", "--db", db_path, "--out", tmp_path / "b.pdf", *extra)
    assert code != 0 and stdout == ""
    assert err.startswith(f"catchdesk: {message}") and err.count("\n") == 1
    assert not (tmp_path / "b.pdf").exists()


def test_unwritable_destinations_are_refused_before_any_work(capsys, db_path, tmp_path, demo):
    code, _, err = run(capsys, "badges", "--db", db_path, "--out", tmp_path / "no" / "b.pdf")
    assert code != 0 and "does not exist" in err
    code, _, err = run(capsys, "badges", "--db", db_path, "--out", tmp_path)
    assert code != 0 and "is a folder" in err


def test_a_failed_run_leaves_the_previous_pdf_and_no_log(
    capsys, store, db_path, tmp_path, demo, monkeypatch
):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "badges.pdf"
    out.write_bytes(b"%PDF- yesterday's sheet")

    def broken(people, event_name, layout, stream, **kwargs):
        stream.write(b"%PDF-1.4 half a page")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("catchdesk.commands.badges.render_badges", broken)
    code, _, err = run(capsys, "badges", "--db", db_path, "--out", out)
    assert code != 0 and "No space left on device" in err
    assert out.read_bytes() == b"%PDF- yesterday's sheet"
    assert [p.name for p in folder.iterdir()] == ["badges.pdf"]  # no temporary file left
    with store.read() as session:
        assert session.query(BadgePrint).count() == 0
