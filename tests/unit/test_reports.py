"""The statistics figures, their exports and the one-page summary, on a small hand-built event.

The event (Brussels, winter: UTC+1) has eight people:

=====  =================  ======================  =========================================
who    sector             needs                   what happened
=====  =================  ======================  =========================================
Anne   Commerce           site web, e-commerce    in at 08:58, then in the SEO workshop
Bruno  "commerce "        "Site web" / "RGPD"     in at 09:00:00, scanned again at 09:20
Chloé  (none)             (none)                  in at 09:14:59
David  IT/numérique       cybersécurité ; site    in at 09:05, undone; in again at 10:02
Emma   horeca             (none)                  a walk-in, in at 09:31
Farid  industrie          site web                registered, never came
Gilles horeca             site web                in at 09:10, undone, never came back
Hana   commerce           site web                cancelled
=====  =================  ======================  =========================================
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from catchdesk.cli import main
from catchdesk.core.attendees import add_attendee
from catchdesk.core.checkin import check_in_attendee
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.events import create_event
from catchdesk.core.exports import export_attendees, export_figures
from catchdesk.core.jobs import JobCancelled
from catchdesk.core.models import (
    AttendeeStatus,
    Booking,
    Checkin,
    Coach,
    CoachSlot,
    Event,
    Workshop,
)
from catchdesk.core.reports import NOT_GIVEN, Tally, live_figures, split_needs, tally_needs
from catchdesk.core.timeutil import at_local
from catchdesk.core.undo import revoke_checkin
from catchdesk.core.verdicts import Status
from catchdesk.core.walk_ins import WALK_IN_SOURCE
from catchdesk.documents.summary import render_summary

DAY = dt.date(2026, 11, 26)


def _at(event: Event, hour: int, minute: int, second: int = 0) -> dt.datetime:
    return at_local(DAY, hour, minute, event.timezone) + dt.timedelta(seconds=second)


def build_day(session, event: Event) -> dict[str, str]:
    """The eight people of the module docstring; their ids by first name."""
    seo = Workshop(
        event_id=event.id,
        title="Être trouvé sur Google (SEO)",
        room="Salle Meuse",
        starts_at=_at(event, 10, 0),
        ends_at=_at(event, 11, 0),
        capacity=40,
    )
    session.add(seo)
    session.flush()
    people = {
        "Anne": ("Lambert", "Commerce", "site web, e-commerce", "manual"),
        "Bruno": ("Peeters", "commerce ", "Site web\nRGPD", "manual"),
        "Chloé": ("Dubois", "", "", "manual"),
        "David": ("Öztürk", "IT/numérique", "cybersécurité ; site web", "manual"),
        "Emma": ("Nguyen", "horeca", "", WALK_IN_SOURCE),
        "Farid": ("El Amrani", "industrie", "site web", "manual"),
        "Gilles": ("Renard", "horeca", "site web", "manual"),
        "Hana": ("Kowalska", "commerce", "site web", "manual"),
    }
    ids = {}
    for first, (last, sector, needs, source) in people.items():
        person = add_attendee(
            session,
            event,
            first_name=first,
            last_name=last,
            email=f"{first.lower()}@example.be",
            organisation=f"Maison {last}",
            sector=sector,
            needs=needs,
            source=source,
        )
        ids[first] = person.id
    session.get_one(type(person), ids["Hana"]).status = AttendeeStatus.CANCELLED
    session.flush()

    def admit(first: str, hour: int, minute: int, second: int = 0, **kw) -> Status:
        moment = _at(event, hour, minute, second)
        return check_in_attendee(session, event, ids[first], now=moment, **kw).status

    def undo(first: str) -> None:
        checkin = session.scalars(
            select(Checkin).where(Checkin.attendee_id == ids[first], Checkin.workshop_id.is_(None))
        ).one()
        revoke_checkin(session, checkin, desk="Accueil 1")

    assert admit("Anne", 8, 58, desk="Accueil 1") is Status.CHECKED_IN
    assert admit("Bruno", 9, 0, desk="Accueil 2") is Status.CHECKED_IN
    assert admit("Bruno", 9, 20, desk="Accueil 1") is Status.ALREADY_CHECKED_IN
    assert admit("Chloé", 9, 14, 59, desk="Accueil 1") is Status.CHECKED_IN
    admit("David", 9, 5, desk="Accueil 1")
    undo("David")
    assert admit("David", 10, 2, desk="Accueil 2") is Status.CHECKED_IN
    admit("Emma", 9, 31, desk="Accueil 1")
    admit("Gilles", 9, 10, desk="Accueil 1")
    undo("Gilles")
    assert admit("Anne", 10, 5, desk="Porte Meuse", workshop_id=seo.id) is Status.CHECKED_IN
    return ids


@pytest.fixture
def day(store, event):
    with store.write() as session:
        build_day(session, session.get(Event, event.id))
    return store, event.id


@pytest.fixture
def figures(day):
    store, event_id = day
    with store.read() as session:
        return live_figures(session, session.get(Event, event_id))


# -- the figures ------------------------------------------------------------------------------


def test_headline_counts_leave_out_undone_and_cancelled(figures):
    assert figures.registered == 7  # Hana cancelled
    assert figures.cancelled == 1
    assert figures.checked_in == 5  # Gilles's only check-in was undone
    assert figures.walk_ins == 1
    assert round(figures.attendance_rate, 3) == round(5 / 7, 3)


def test_arrivals_are_quarter_hours_of_the_venue_clock_from_first_standing_checkins(figures):
    slots = [(f"{slot.starts_at:%H:%M}", slot.count) for slot in figures.arrivals]
    # David's undone 09:05 scan is not his arrival: 10:02 is. Bruno's repeat does not count.
    assert slots == [
        ("08:45", 1),
        ("09:00", 2),
        ("09:15", 0),
        ("09:30", 1),
        ("09:45", 0),
        ("10:00", 1),
    ]
    assert all(slot.starts_at.utcoffset() == dt.timedelta(hours=1) for slot in figures.arrivals)
    assert figures.peak is not None and f"{figures.peak.starts_at:%H:%M}" == "09:00"


def test_arrivals_follow_a_zone_offset_by_three_quarters_of_an_hour(store):
    with store.write() as session:
        event = create_event(session, "Kathmandu", DAY, timezone="Asia/Kathmandu")
        person = add_attendee(session, event, first_name="Sita", last_name="Rai")
        check_in_attendee(session, event, person.id, desk="D", now=_at(event, 9, 50))
    with store.read() as session:
        figures = live_figures(session, session.get(Event, event.id))
    (slot,) = figures.arrivals
    assert (f"{slot.starts_at:%H:%M}", slot.count) == ("09:45", 1)


def test_sectors_of_those_who_came_group_spellings_and_count_the_unanswered(figures):
    assert list(figures.sectors) == [
        Tally("Commerce", 2),  # "Commerce" and "commerce " are one sector; Hana cancelled
        Tally("horeca", 1),  # Emma; Gilles never came
        Tally("IT/numérique", 1),
        Tally(NOT_GIVEN, 1),
    ]


def test_needs_of_those_who_came_are_split_and_counted_per_person(figures):
    assert list(figures.needs) == [
        Tally("site web", 3),
        Tally("cybersécurité", 1),
        Tally("e-commerce", 1),
        Tally("RGPD", 1),
        Tally(NOT_GIVEN, 2),
    ]


def test_workshop_attendance_against_capacity(figures):
    (seo,) = figures.workshops
    assert (seo["inside"], seo["capacity"]) == (1, 40)


def test_merged_duplicates_are_neither_counted_nor_listed(day, tmp_path):
    store, event_id = day
    with store.write() as session:
        ev = session.get(Event, event_id)
        twin = add_attendee(
            session,
            ev,
            first_name="Anne",
            last_name="Lambert-bis",
            sector="Commerce",
            needs="site web",
        )
        check_in_attendee(session, ev, twin.id, desk="Accueil 1", now=_at(ev, 9, 1))
        twin.status = AttendeeStatus.MERGED
    with store.read() as session:
        ev = session.get(Event, event_id)
        figures = live_figures(session, ev)
        result = export_attendees(session, ev, tmp_path / "list.csv", language="fr")
    assert (figures.registered, figures.checked_in, figures.cancelled) == (7, 5, 1)
    assert Tally("Commerce", 2) in figures.sectors
    assert result.rows == 8


def test_coaching_use_counts_sessions_booked_held_and_missed(store, event):
    with store.write() as session:
        ev = session.get(Event, event.id)
        coach = Coach(event_id=ev.id, name="Sofie Claes", organisation="Agence Pixel")
        session.add(coach)
        session.flush()
        statuses = ("done", "arrived", "no_show", "cancelled", "booked")
        for index, status in enumerate(statuses):
            start = _at(ev, 10, 0) + dt.timedelta(minutes=20 * index)
            slot = CoachSlot(
                event_id=ev.id,
                coach_id=coach.id,
                starts_at=start,
                ends_at=start + dt.timedelta(minutes=20),
            )
            session.add(slot)
            session.flush()
            person = add_attendee(session, ev, first_name=f"P{index}", last_name="Test")
            session.add(
                Booking(event_id=ev.id, slot_id=slot.id, attendee_id=person.id, status=status)
            )
    with store.read() as session:
        figures = live_figures(session, session.get(Event, event.id))
    use = figures.coaching_use
    assert (use.coaches, use.slots, use.booked, use.held, use.no_shows) == (1, 5, 4, 2, 1)
    assert figures.to_dict()["coaching"]["use"] == {"booked": 4, "held": 2, "no_shows": 1}


def test_split_needs_separators_duplicates_and_slashes():
    text = "site web, e-commerce; RGPD\nIA générative • SEO / référencement | Site  web."
    assert split_needs(text) == [
        "site web",
        "e-commerce",
        "RGPD",
        "IA générative",
        "SEO / référencement",
    ]
    assert split_needs("trouver un·e graphiste") == ["trouver un·e graphiste"]
    assert split_needs("  ") == []
    assert tally_needs([("", 3), ("a, A", 2)]) == (Tally("a", 2), Tally(NOT_GIVEN, 3))


def test_figures_as_json_name_the_unanswered_null(figures):
    document = json.loads(json.dumps(figures.to_dict()))
    assert document["checked_in"] == 5
    assert document["arrivals"][0] == {"starts_at": "2026-11-26T08:45+01:00", "count": 1}
    assert {"value": None, "count": 2} in document["needs"]


# -- exports ----------------------------------------------------------------------------------


def _csv_rows(path, delimiter=";"):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=delimiter))


def test_figures_csv_has_one_section_per_table_in_french(figures, tmp_path):
    out = tmp_path / "chiffres.csv"
    result = export_figures(figures, out, language="fr")
    rows = _csv_rows(out)
    assert ["Présent·e·s", "5"] in rows
    assert ["Inscrit·e·s sur place", "1"] in rows
    start = rows.index(["Arrivées"])
    assert rows[start + 1] == ["Quart d'heure", "Arrivées", "Total cumulé"]
    assert rows[start + 2 : start + 4] == [["08:45", "1", "1"], ["09:00", "2", "3"]]
    assert ["Non renseigné", "2", "40"] in rows  # needs: 2 of the 5 who came
    assert ["Commerce", "2", "40"] in rows
    assert result.rows == len([r for r in rows if r]) - 2 * 5  # minus titles and headers


def test_figures_csv_with_commas_for_tools_that_want_them(figures, tmp_path):
    out = tmp_path / "figures.csv"
    export_figures(figures, out, language="en", delimiter=",")
    rows = _csv_rows(out, delimiter=",")
    assert ["Checked in", "5"] in rows
    assert ["Être trouvé sur Google (SEO)" in row for row in rows].count(True) == 1


def test_figures_xlsx_has_a_styled_sheet_per_table(figures, tmp_path):
    out = tmp_path / "figures.xlsx"
    export_figures(figures, out, language="fr")
    book = load_workbook(out)
    assert book.sheetnames == ["Résumé", "Arrivées", "Ateliers", "Secteurs", "Besoins"]
    arrivals = book["Arrivées"]
    assert arrivals["A1"].value == "Quart d'heure" and arrivals["A1"].font.bold
    assert arrivals["A2"].value == dt.datetime(2026, 11, 26, 8, 45)
    assert arrivals["A2"].number_format == "hh:mm"
    assert [c.value for c in arrivals["B"]][1:] == [1, 2, 0, 1, 0, 1]
    workshops = book["Ateliers"]
    assert workshops.column_dimensions["C"].width > len("Être trouvé sur Google (SEO)")
    assert [c.value for c in workshops[2]][2:8] == [
        "Être trouvé sur Google (SEO)",
        "Salle Meuse",
        40,
        0,
        1,
        2,
    ]


def test_attendee_list_csv_by_name_with_arrival_desk_and_workshops(day, tmp_path):
    store, event_id = day
    out = tmp_path / "participants.csv"
    with store.read() as session:
        result = export_attendees(session, session.get(Event, event_id), out, language="fr")
    rows = _csv_rows(out)
    assert rows[0] == [
        "Identifiant",
        "Code",
        "Prénom",
        "Nom de famille",
        "E-mail",
        "Organisation",
        "Secteur",
        "Besoins",
        "Rôle",
        "Statut",
        "Arrivée",
        "Poste d'accueil",
        "Ateliers suivis",
    ]
    assert result.rows == len(rows) - 1 == 8
    by_first = {row[2]: row for row in rows[1:]}
    # By name as people sort them: Öztürk with the O's, not after Z as code points would.
    assert [row[3] for row in rows[1:]] == [
        "Dubois",
        "El Amrani",
        "Kowalska",
        "Lambert",
        "Nguyen",
        "Öztürk",
        "Peeters",
        "Renard",
    ]
    anne = by_first["Anne"]
    assert anne[10:] == ["2026-11-26 08:58:00", "Accueil 1", "Être trouvé sur Google (SEO)"]
    assert by_first["David"][10:12] == ["2026-11-26 10:02:00", "Accueil 2"]
    assert by_first["Gilles"][10:12] == ["", ""]  # undone
    assert by_first["Hana"][9] == "Annulé·e"
    assert by_first["Bruno"][7] == "Site web, RGPD"


def test_attendee_list_xlsx_holds_real_dates(day, tmp_path):
    store, event_id = day
    out = tmp_path / "attendees.xlsx"
    with store.read() as session:
        export_attendees(session, session.get(Event, event_id), out, language="en")
    sheet = load_workbook(out)["Attendees"]
    header = [c.value for c in sheet[1]]
    assert header[2:4] == ["First name", "Last name"] and sheet["C1"].font.bold
    anne = next(row for row in sheet.iter_rows(min_row=2, values_only=True) if row[2] == "Anne")
    assert anne[10] == dt.datetime(2026, 11, 26, 8, 58)
    assert sheet.freeze_panes == "A2"


def test_cancelled_export_leaves_no_file(day, tmp_path):
    store, event_id = day
    folder = tmp_path / "exports"
    folder.mkdir()
    asked = iter(range(100))
    with store.read() as session, pytest.raises(JobCancelled):
        export_attendees(
            session,
            session.get(Event, event_id),
            folder / "attendees.csv",
            cancelled=lambda: next(asked) >= 4,  # stop on the fifth person
        )
    assert list(folder.iterdir()) == []


def test_export_refuses_an_unknown_file_type(figures, tmp_path):
    with pytest.raises(CatchDeskError, match=r"\.csv or \.xlsx"):
        export_figures(figures, tmp_path / "figures.ods")


# -- the summary ------------------------------------------------------------------------------


def _pdf_text(path) -> str:
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().split())


def test_summary_pdf_states_the_figures_in_french(figures, tmp_path):
    out = tmp_path / "bilan.pdf"
    assert render_summary(figures, out, language="fr") == 1
    text = _pdf_text(out)
    for expected in (
        "Digital Day Namur",
        "Présent·e·s",
        "71 % des inscrit·e·s",
        "Arrivées par quart d'heure",
        "09:00 (2 arrivées)",
        "Être trouvé sur Google (SEO)",
        "1 / 40",
        "Secteurs des présent·e·s",
        "Commerce",
        "IT/numérique",
        "site web",
        "Non renseigné",
    ):
        assert expected in text, expected


def test_summary_pdf_in_dutch_and_english(figures, tmp_path):
    render_summary(figures, tmp_path / "nl.pdf", language="nl")
    render_summary(figures, tmp_path / "en.pdf", language="en")
    assert "Behoeften van de aanwezigen" in _pdf_text(tmp_path / "nl.pdf")
    english = _pdf_text(tmp_path / "en.pdf")
    assert "Checked in" in english and "Needs of those who came" in english


def test_summary_pdf_before_anyone_came(store, event, tmp_path):
    with store.read() as session:
        figures = live_figures(session, session.get(Event, event.id))
    render_summary(figures, tmp_path / "empty.pdf", language="en")
    assert "Nobody has arrived yet." in _pdf_text(tmp_path / "empty.pdf")


def test_summary_pdf_stays_on_one_page_with_many_workshops(store, event, tmp_path):
    with store.write() as session:
        ev = session.get(Event, event.id)
        for index in range(40):
            start = _at(ev, 9 + index % 8, 0)
            session.add(
                Workshop(
                    event_id=ev.id,
                    title=f"Atelier {index:02d}",
                    room="Salle",
                    starts_at=start,
                    ends_at=start + dt.timedelta(hours=1),
                )
            )
    with store.read() as session:
        figures = live_figures(session, session.get(Event, event.id))
    render_summary(figures, tmp_path / "many.pdf", language="fr")
    text = _pdf_text(tmp_path / "many.pdf")
    assert "autre(s) atelier(s), dans l'export des chiffres" in text


# -- the command line -------------------------------------------------------------------------


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_export_and_summary_print_path_and_rows(capsys, day, db_path, tmp_path):
    out = tmp_path / "figures.xlsx"
    code, printed, _ = run(capsys, "--db", db_path, "export", "figures", "--out", out, "--json")
    assert code == 0
    document = json.loads(printed)
    assert document["path"] == str(out) and document["rows"] > 10
    assert load_workbook(out).sheetnames[0] == "Résumé"  # French unless told otherwise

    out = tmp_path / "list.csv"
    code, printed, _ = run(
        capsys,
        "--db",
        db_path,
        "export",
        "attendees",
        "--out",
        out,
        "--delimiter",
        "comma",
        "--lang",
        "en",
        "--json",
    )
    assert code == 0 and json.loads(printed) == {"path": str(out), "rows": 8}
    assert _csv_rows(out, delimiter=",")[0][2] == "First name"

    out = tmp_path / "summary.pdf"
    code, printed, _ = run(capsys, "--db", db_path, "summary", "--out", out, "--json")
    assert code == 0
    assert json.loads(printed) == {"path": str(out), "pages": 1, "registered": 7, "checked_in": 5}
    assert "Digital Day Namur" in _pdf_text(out)


def test_cli_export_refuses_a_wrong_ending_in_one_sentence(capsys, day, db_path, tmp_path):
    code, _, err = run(capsys, "--db", db_path, "export", "figures", "--out", tmp_path / "x.txt")
    assert code == 2
    assert err.count("\n") == 1 and ".csv or .xlsx" in err


@pytest.mark.postgres
def test_the_same_figures_on_postgresql(figures):
    psycopg = pytest.importorskip("psycopg")
    import os
    import uuid

    from catchdesk.core.store import open_store

    server = os.environ.get("CATCHDESK_TEST_PG", "postgresql://postgres@127.0.0.1:5432")
    try:
        admin = psycopg.connect(f"{server}/postgres", autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"no PostgreSQL server at {server}: {exc}")
    name = f"catchdesk_test_{uuid.uuid4().hex[:10]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        url = f"{server.replace('postgresql://', 'postgresql+psycopg://')}/{name}"
        store = open_store(url, desk="Server desk")
        with store.write() as session:
            event = create_event(session, "Digital Day Namur", DAY, venue="Namur Expo")
            build_day(session, event)
        with store.read() as session:
            on_server = live_figures(session, session.get(Event, event.id), now=figures.computed_at)
        store.close()
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
    mine, theirs = on_server.to_dict(), figures.to_dict()
    for document in (mine, theirs):
        document.pop("event")
        for workshop in document["workshops"]:
            workshop.pop("id")
    assert mine == theirs
