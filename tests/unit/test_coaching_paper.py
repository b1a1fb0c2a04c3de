"""Coaching paper read back as people read it: each coach's day and the desk's overview.

The PDFs are read with pypdf (text and where it is drawn), so the tests check what someone
holding the paper checks: the right name at the right time, free and blocked slots visible,
every coach there, nothing running off the page, and the words in the reader's language.
"""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
from coaching_paper_helpers import (
    LONG_ORG,
    add_coach,
    assert_inside_pages,
    book,
    build_day,
    drawn_width,
    page_texts,
    paper_of,
    placed_text,
    where,
)
from pypdf import PdfReader
from reportlab.lib.units import mm

from catchdesk.cli import main
from catchdesk.core.attendees import add_attendee
from catchdesk.core.coaching_paper import BLOCKED, BOOKED, FREE, booking_slips
from catchdesk.core.errors import CatchDeskError, NotFoundError
from catchdesk.core.models import Attendee, Booking, Coach, CoachSlot, Event
from catchdesk.documents.coach_schedules import COLUMN, render_schedules
from catchdesk.documents.coaching_overview import column_groups, render_overview, time_parts


@pytest.fixture
def day(store, event):
    return build_day(store, event)


# ---------------------------------------------------------------- the data


def test_cancelled_and_no_show_bookings_leave_their_slot_free(store, day):
    paper = paper_of(store, day["event"])
    sophie, karim = paper.coaches
    assert (sophie.name, karim.name) == ("Sophie Vandenberghe", "Karim Bouzid")
    assert [s.state for s in sophie.slots] == [FREE, BOOKED, FREE, FREE, BOOKED, FREE]
    assert [s.state for s in karim.slots] == [BOOKED, FREE, FREE, BLOCKED, FREE]
    assert sophie.slots[1].people[0].full_name == "Hélène Dubois"
    # Stored in UTC (09:20), printed as the venue's wall clock shows it.
    assert sophie.slots[1].starts_at.strftime("%H:%M") == "10:20"
    assert sophie.slots[1].starts_at.utcoffset() == dt.timedelta(hours=1)
    assert paper.printed_at.strftime("%H:%M") == "09:05"


def test_times_are_printed_in_the_event_time_zone(store, day, tmp_path):
    with store.write() as session:
        session.get(Event, day["event"].id).timezone = "America/New_York"
    out = tmp_path / "schedule.pdf"
    render_schedules(paper_of(store, day["event"]), out, "en")
    text = page_texts(out)[0]
    # 10:20 in Brussels is 04:20 in New York; nothing is printed at the Brussels times.
    assert "04:20" in text and "10:20" not in text


def test_slips_refuse_what_would_send_someone_to_the_wrong_table(store, day):
    with store.read() as session:
        event = session.get(Event, day["event"].id)
        assert len(booking_slips(session, event, day["lukasz"].code.lower())) == 1
        assert booking_slips(session, event, day["booked"].id)[0].first_name == "Hélène"
        with pytest.raises(CatchDeskError, match="cancelled"):
            booking_slips(session, event, day["cancelled"].id)
        with pytest.raises(NotFoundError, match="Zoë Sansrendezvous has no coaching booking"):
            booking_slips(session, event, day["nobody"].code)


# ---------------------------------------------------------------- the coach's day


def test_each_coach_gets_a_page_with_names_at_their_times(store, day, tmp_path):
    out = tmp_path / "schedules.pdf"
    assert render_schedules(paper_of(store, day["event"]), out, "fr") == 2
    sophie, karim = placed_text(out)
    text = " ".join(t for t, *_ in sophie)
    for expected in (
        "Sophie Vandenberghe",
        "Nuvalis Technologies",
        "Table 1",
        "Thèmes : référencement, publicité en ligne",
        "Langues : français, néerlandais, anglais",
        "Heure",
        "Participant·e",
        "Arrivé·e",
        "Fait",
        "Note",
        "Hélène Dubois",
        "Fleuriste Dubois",
        "Łukasz Nowak",
        "Imprimé le 26/11/2026 à 09:05",
    ):
        assert expected in text, expected
    # Hélène's name sits on the 10:20 row, Łukasz (whose 10:40 booking was cancelled) on 11:20.
    for name, time in (("Hélène Dubois", "10:20"), ("Łukasz Nowak", "11:20")):
        assert abs(where(sophie, name)[1] - where(sophie, time, exact=True)[1]) < 6 * mm
    assert abs(where(sophie, "Libre")[1] - where(sophie, "10:00", exact=True)[1]) < 6 * mm
    assert text.count("Libre") == 4
    karim_text = " ".join(t for t, *_ in karim)
    assert "Karim Bouzid" in karim_text and "Hélène" not in karim_text
    assert karim_text.count("Bloqué") == 1 and karim_text.count("Libre") == 3
    assert abs(where(karim, "Bloqué")[1] - where(karim, "11:15", exact=True)[1]) < 6 * mm
    assert "Ömer" not in karim_text  # a no-show gave the slot back
    assert_inside_pages(out)


def test_a_long_day_continues_on_a_second_page_with_the_headers(store, event, tmp_path):
    with store.write() as session:
        ev = session.get(Event, event.id)
        coach, slots = add_coach(
            session, ev, "Emma Janssens", "Stand B", start=(9, 0), count=30, minutes=15
        )
        person = add_attendee(session, ev, first_name="Last", last_name="Person")
        book(session, ev, slots[-1], person)
    out = tmp_path / "long.pdf"
    assert render_schedules(paper_of(store, event, [coach.name.lower()]), out, "fr") == 2
    first, second = page_texts(out)
    assert "Emma Janssens (suite)" in second and "Heure" in second and "Page 2/2" in second
    assert "16:15" in second and "Last Person" in second and "09:00" in first


def test_a_coach_named_without_slots_still_gets_a_page(store, event, tmp_path):
    with store.write() as session:
        session.add(Coach(event_id=event.id, name="Nadia Haddad", place="Table 7"))
    paper = paper_of(store, event, ["nadia haddad"])
    out = tmp_path / "empty.pdf"
    assert render_schedules(paper, out, "fr") == 1
    assert "Aucun créneau ce jour-là." in page_texts(out)[0]
    assert paper_of(store, event).coaches == ()  # nobody with slots: nothing to print


def test_a_slot_booked_twice_offline_shows_both_names(store, day, tmp_path):
    with store.write() as session:
        ev = session.get(Event, day["event"].id)
        slot = session.get(CoachSlot, session.get(Booking, day["booked"].id).slot_id)
        book(session, ev, slot, session.get(Attendee, day["nobody"].id))
    out = tmp_path / "clash.pdf"
    render_schedules(paper_of(store, day["event"], ["Sophie Vandenberghe"]), out, "fr")
    text = page_texts(out)[0]
    assert "Hélène Dubois / Zoë Sansrendezvous" in text
    assert "Réservé deux fois" in text


# ---------------------------------------------------------------- the desk's overview


@pytest.fixture
def busy_day(store, event):
    """Twelve coaches with sixteen 20-minute slots each, every third slot booked."""
    names = []
    with store.write() as session:
        ev = session.get(Event, event.id)
        for index in range(12):
            coach, slots = add_coach(
                session,
                ev,
                f"Coach {index + 1:02d} Lemaire-Van Damme",
                f"Table {index + 1}",
                count=16,
                blocked={5},
                organisation="Agence web",
                colour="#75507b",
            )
            for number, slot in enumerate(slots):
                if number % 3 == 0:
                    person = add_attendee(
                        session, ev, first_name=f"P{index:02d}x{number:02d}", last_name="Durand"
                    )
                    shown = slot.starts_at.astimezone(ZoneInfo(ev.timezone)).strftime("%H:%M")
                    names.append((coach.name, shown, person.first_name))
                    book(session, ev, slot, person)
    return names


def test_overview_keeps_twelve_coaches_readable_over_a_few_pages(store, event, busy_day, tmp_path):
    out = tmp_path / "overview.pdf"
    pages = render_overview(paper_of(store, event), out, "fr")
    assert pages in (2, 4, 6)  # two groups of six coaches, the day in one to three parts
    placed = placed_text(out)
    texts = [" ".join(t for t, *_ in page) for page in placed]
    coach_names = [f"Coach {i:02d}" for i in range(1, 13)]
    for text in texts:
        shown = [name for name in coach_names if name in text]
        assert 1 <= len(shown) <= 8  # never twelve squeezed side by side
        assert "Coaching individuel : vue d'ensemble" in text and f"/{pages}" in text
    for name in coach_names:  # every coach, on the same number of pages
        assert sum(name in text for text in texts) == pages // 2
    everything = " ".join(texts)
    for _, _, person in busy_day:
        assert everything.count(person) == 1
    assert everything.count("Bloqué") == 12 + pages  # one per coach, plus the legend
    # A name is drawn in its coach's column, just under its own time.
    for coach, time, person in busy_day[::5]:
        page = next(p for p in placed if any(person in t for t, *_ in p))
        x, y = where(page, person)
        column = where(page, coach.split(" Lemaire")[0])[0]
        times = [(tx, ty) for t, tx, ty, *_ in page if t == time and abs(tx - x) < 1]
        assert times and 0 < times[0][1] - y < 6 * mm
        assert 0 <= x - column < 3 * mm
    assert_inside_pages(out)


def test_pages_share_coaches_and_hours_fairly(store, event):
    with store.write() as session:
        ev = session.get(Event, event.id)
        for index in range(9):
            add_coach(session, ev, f"Coach {index}", f"Table {index}", start=(9, 0), count=24)
    paper = paper_of(store, event)
    assert [len(g) for g in column_groups(paper.coaches)] == [5, 4]
    assert [len(g) for g in column_groups(paper.coaches[:8])] == [8]
    # 24 slots of 20 minutes do not fit one page: two even parts, not 20 + 4.
    parts = time_parts(list(paper.coaches[0].slots), capacity=300)
    assert [len(part) for part in parts] == [12, 12]


def test_overview_in_dutch_names_free_and_blocked_slots(store, day, tmp_path):
    out = tmp_path / "overzicht.pdf"
    assert render_overview(paper_of(store, day["event"]), out, "nl") == 1
    text = page_texts(out)[0]
    assert "Individuele coaching: overzicht" in text
    assert "Vrij" in text and "Geblokkeerd" in text and "Afgedrukt op 26/11/2026" in text
    assert "Sophie Vandenberghe" in text and "Karim Bouzid" in text and "Hélène Dubois" in text
    assert_inside_pages(out)


def test_long_names_stay_inside_the_schedule_and_overview(store, day, tmp_path):
    paper = paper_of(store, day["event"])
    for render, name in ((render_schedules, "schedule.pdf"), (render_overview, "overview.pdf")):
        out = tmp_path / name
        render(paper, out, "fr")
        assert "Marie-Christine" in " ".join(page_texts(out))
        assert_inside_pages(out)
    # On the coach's sheet the name and organisation stay in their column, off the topic.
    left, width = COLUMN["attendee"]
    strings = placed_text(tmp_path / "schedule.pdf")[1]
    in_column = [s for s in strings if left <= s[1] < left + width]
    assert any(LONG_ORG[:12] in text for text, *_ in in_column)
    for text, x, _, size, font in in_column:
        assert x + drawn_width(text, size, font) <= left + width, text


# ---------------------------------------------------------------- the command


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_command_writes_each_document_and_reports_pages(
    capsys, db_path, day, tmp_path, monkeypatch
):
    monkeypatch.setenv("CATCHDESK_LANG", "fr")  # --lang sets it for the process; undo after
    slip = tmp_path / "slip.pdf"
    code, out, err = run(
        capsys,
        "--db",
        db_path,
        "coaching-paper",
        "slip",
        day["booked"].id,
        "--out",
        slip,
        "--size",
        "label",
        "--json",
        "--lang",
        "en",
    )
    assert code == 0, err
    assert json.loads(out) == {"path": str(slip), "pages": 1}
    assert "COACHING APPOINTMENT" in page_texts(slip)[0]

    schedule = tmp_path / "schedule.pdf"
    code, out, err = run(
        capsys,
        "coaching-paper",
        "schedule",
        "--db",
        db_path,
        "--out",
        schedule,
        "--coach",
        "karim bouzid",
        "--lang",
        "nl",
    )
    assert code == 0, err
    assert out.strip() == f"Wrote the schedules of 1 coach (1 pages) to {schedule}"
    texts = page_texts(schedule)
    assert len(texts) == 1 and "Karim Bouzid" in texts[0] and "Geblokkeerd" in texts[0]

    overview = tmp_path / "overview.pdf"
    code, out, err = run(
        capsys, "--db", db_path, "coaching-paper", "overview", "--out", overview, "--json"
    )
    assert code == 0, err
    assert json.loads(out)["pages"] == len(PdfReader(overview).pages) == 1


@pytest.mark.parametrize(
    ("argv", "exit_code", "message"),
    [
        (["schedule", "--coach", "Nobody"], 4, "No coach of this event matches 'Nobody'"),
        (["slip", "{nobody}"], 4, "has no coaching booking"),
        (["slip", "{cancelled}"], 2, "no longer holds its slot"),
        (["overview", "--out", "{missing}/overview.pdf"], 2, "does not exist"),
    ],
)
def test_command_errors_are_one_sentence_and_write_nothing(
    capsys, db_path, day, tmp_path, argv, exit_code, message
):
    values = {
        "nobody": day["nobody"].code,
        "cancelled": day["cancelled"].id,
        "missing": tmp_path / "missing",
    }
    argv = [part.format(**values) for part in argv]
    if "--out" not in argv:
        argv += ["--out", str(tmp_path / "out.pdf")]
    code, out, err = run(capsys, "--db", db_path, "coaching-paper", *argv)
    assert code == exit_code and out == ""
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "out.pdf").exists()
