"""Importing the sample exports: the right people with the right fields, journaled, and an
updated export imported again updates people instead of duplicating them."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from catchdesk.core.codes import verify_code
from catchdesk.core.errors import ImportRejected
from catchdesk.core.events import create_event
from catchdesk.core.importing import ImportReport, import_file
from catchdesk.core.journal import JournalEntry
from catchdesk.core.models import Attendee, Event, ExternalCode

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def run(store, event, path, **options) -> ImportReport:
    with store.write() as session:
        return import_file(session, session.get(Event, event.id), path, **options)


def people(store, event) -> dict[str, Attendee]:
    with store.read() as session:
        query = (
            select(Attendee)
            .where(Attendee.event_id == event.id)
            .options(selectinload(Attendee.external_codes))
        )
        return {a.full_name: a for a in session.scalars(query)}


def count(store, model) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def codes_of(attendee: Attendee) -> list[str]:
    return [ext.raw for ext in attendee.external_codes]


def test_eventbrite_export(store, event):
    report = run(store, event, SAMPLES / "eventbrite_attendees.csv")
    assert (report.new, report.updated, report.unchanged, report.rejected) == (30, 0, 0, 0)
    assert report.preset == "eventbrite"
    assert report.encoding == "utf-8-sig"
    assert report.delimiter == ","
    assert report.written
    assert "Quantity" in report.unmapped_columns
    assert report.cancelled == 1
    found = people(store, event)
    assert len(found) == 30
    lukasz = found["Łukasz Kowalczyk"]
    assert lukasz.email == "lukasz@kowalczyk-renovation.be"
    assert lukasz.organisation == "Kowalczyk Rénovation"
    assert lukasz.language == "en"
    assert lukasz.source == "import"
    assert "lukasz" in lukasz.search_text
    assert found["Gaëlle Wéry"].email == "gaelle.wery@fleursdegaelle.be"
    assert found["Thị Mai Nguyễn"].organisation == "Phở Mai"
    assert found["Ayşe Doğan"].consent is True
    assert found["Jérôme Piérard"].consent is False
    assert found["Grégoire Massart"].status == "cancelled"
    assert found["Thibault Dethier"].role == "coach"  # from the ticket type
    assert found["Séverine Dumont"].role == "partner"
    assert found["Marie-Ève Deprez"].role == "staff"
    assert found["Cédric Thiry"].phone == "081 22 10 11"  # work phone when no cell phone
    assert found["Maïté Colson"].needs == "Réseaux sociaux\nPhotos de mes pièces"
    assert found["Frédérique d'Ursel"].sector == "Événementiel"
    veronique = found["Véronique Lambert"]
    assert codes_of(veronique) == ["78123456349123456709001"]
    assert veronique.external_codes[0].system == "eventbrite"
    event_codes = {a.code for a in found.values()}
    assert len(event_codes) == 30
    assert all(verify_code(a.code, event.tag, event.ticket_secret) for a in found.values())


def test_pretix_export(store, event):
    report = run(store, event, SAMPLES / "pretix_orders.csv")
    assert (report.new, report.rejected) == (24, 0)
    assert report.preset == "pretix"
    found = people(store, event)
    sofie = found["Sofie De Smet"]
    assert sofie.email == "pieter.janssens@bakkerij-janssens.be"  # the order's e-mail
    assert sofie.language == "nl"
    assert found["Fatima Zahra Benali"].organisation == "Benali Traiteur"
    assert found["Justine Hubert"].status == "cancelled"
    assert found["Laurence Willems"].status == "cancelled"
    assert found["Joris Claes"].status == "registered"
    assert found["Hanne Maes"].role == "coach"
    assert found["Zeynep Şahin"].language == "fr"
    assert found["Thu Hà Phạm"].organisation == "Nails by Hà"
    assert found["Tomasz Wiśniewski"].ticket_type == "Ticket participant"
    secret = found["Pieter Janssens"].external_codes[0]
    assert secret.system == "pretix"
    assert len(secret.raw) == 32
    assert secret.code == secret.raw.upper()


def test_excel_windows_1252_semicolons(store, event):
    report = run(store, event, SAMPLES / "excel_windows_fr.csv")
    assert (report.new, report.rejected) == (26, 0)
    assert (report.encoding, report.delimiter) == ("cp1252", ";")
    found = people(store, event)
    helene = found["Hélène Dupré"]
    assert helene.organisation == "Boulangerie Dupré"
    assert helene.job_title == "Gérante"
    assert helene.phone == "081 22 33 44"
    assert codes_of(helene) == ["DDN-2026-0001"]
    assert helene.external_codes[0].code == "DDN20260001"
    assert found["Stéphane Bertrand"].organisation == "Menuiserie Bertrand; père & fils"
    assert found["Cécile Marchal"].needs == "Vendre en ligne\nLivraison à domicile"
    assert found["Marc Lemaître"].organisation == 'Taverne "Le Relais"'
    assert found["Marc Lemaître"].email == ""
    assert found["Françoise Delhaye"].external_codes == []
    assert found["Sylvie Lœwenstein"].organisation == "Pâtisserie Cœur de Namur"
    assert "Tereza Šimková" in found
    assert found["Josée Noël"].status == "cancelled"
    assert found["Raphaël Lefèvre"].role == "speaker"
    assert found["Anaëlle Hennuy"].role == "coach"
    assert found["Chloé Fontaine"].role == "staff"
    assert found["Grégory Tilmant"].role == "partner"
    assert found["Maxime Degrève"].language == "nl"
    assert found["Anne-Françoise Wauthier"].consent is True  # "x"
    assert found["Benoît Lhoir"].consent is False


def test_dutch_tab_separated(store, event):
    report = run(store, event, SAMPLES / "inscriptions_nl.csv")
    assert (report.new, report.rejected, report.delimiter) == (25, 0, "\t")
    found = people(store, event)
    assert found["Fien Claes"].status == "cancelled"
    assert found["Arne Goossens"].role == "coach"
    assert found["Arne Goossens"].language == "en"
    assert found["Ruben Van Damme"].role == "speaker"
    assert found["Stijn Pauwels"].role == "staff"
    assert found["Kwame Mensah"].role == "partner"
    assert found["Eline Willems"].role == "staff"
    assert found["Thomas Maes"].language == "fr"
    assert found["Thomas Maes"].consent is False
    assert found["Bram Jacobs"].consent is True
    assert found["Sander De Vos"].consent is False
    assert found["Jonas Peeters"].job_title == "Zaakvoerder"
    assert found["Nele Wouters"].needs == "Online verkopen\nLevering aan huis"
    assert found["Małgorzata Łęcka"].organisation == "Łęcka Cleaning"
    assert found["Văn An Nguyễn"].language == "nl"


@pytest.fixture
def xlsx_export(tmp_path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Participants"
    sheet.append(["Prénom", "Nom de famille", "Adresse e-mail", "Société", "Code-barres", "GSM"])
    sheet.append(["Hélène", "Dupré", "helene@dupre.be", "Boulangerie Dupré", 123456789012, None])
    sheet.append([None] * 6)
    sheet.append(["Łukasz", "Kowalczyk", "LUKASZ@Kowalczyk.be", None, 123456789013.0, 32465321098])
    sheet.append(["Ayşe", "Doğan", "ayse@dogan.be", "Salon Ayşe", "000123", "0494 55 12 78"])
    sheet.append(["Thị Mai", "Nguyễn", "mai@pho-mai", "Phở Mai", 123456789015, None])
    path = tmp_path / "participants.xlsx"
    book.save(path)
    return path


def test_xlsx_export_keeps_codes_intact(store, event, xlsx_export):
    with pytest.raises(ImportRejected) as info:
        run(store, event, xlsx_export)
    assert [(p.line, p.reason) for p in info.value.report.problems] == [
        (6, "e-mail 'mai@pho-mai' is not a valid address")
    ]
    report = run(store, event, xlsx_export, allow_partial=True)
    assert (report.source, report.sheet, report.new, report.rejected) == (
        "xlsx",
        "Participants",
        3,
        1,
    )
    found = people(store, event)
    assert codes_of(found["Hélène Dupré"]) == ["123456789012"]
    assert codes_of(found["Łukasz Kowalczyk"]) == ["123456789013"]
    assert codes_of(found["Ayşe Doğan"]) == ["000123"]
    assert found["Łukasz Kowalczyk"].phone == "32465321098"
    assert found["Łukasz Kowalczyk"].email == "lukasz@kowalczyk.be"


def test_every_new_attendee_and_code_is_journaled(store, event):
    run(store, event, SAMPLES / "eventbrite_attendees.csv")
    with store.read() as session:
        entries = session.execute(
            select(
                JournalEntry.entity, JournalEntry.entity_id, JournalEntry.op, JournalEntry.payload
            )
        ).all()
        attendees = session.scalars(select(Attendee)).all()
        codes = session.scalars(select(ExternalCode)).all()
    inserts = {(e.entity, e.entity_id): e.payload for e in entries if e.op == "insert"}
    for attendee in attendees:
        payload = inserts[("attendees", attendee.id)]
        assert payload["code"] == attendee.code
        assert payload["email"] == attendee.email
        assert payload["event_id"] == event.id
        assert payload["origin_device_id"] == store.device_id
    for code in codes:
        assert inserts[("external_codes", code.id)]["attendee_id"] == code.attendee_id


def rewrite_eventbrite(tmp_path: Path, edit) -> Path:
    text = (SAMPLES / "eventbrite_attendees.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    fields = list(rows[0])
    rows = edit(rows)
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    path = tmp_path / "eventbrite_attendees_v2.csv"
    path.write_text(out.getvalue(), encoding="utf-8-sig", newline="")
    return path


def test_reimport_of_an_updated_export_updates_instead_of_duplicating(store, event, tmp_path):
    run(store, event, SAMPLES / "eventbrite_attendees.csv")
    before = people(store, event)

    def edit(rows):
        by_name = {(r["First Name"], r["Last Name"]): r for r in rows}
        by_name["Gaëlle", "Wéry"]["Email"] = "gaelle@fleurs-de-gaelle.be"
        by_name["Benoît", "Lambotte"]["Company"] = "Boucherie-Charcuterie Lambotte"
        by_name["Loïc", "Mathieu"]["Attendee Status"] = "Not Attending"
        new = dict(rows[0])
        new.update({"First Name": "Nadia", "Last Name": "Boukhari", "Email": "nadia@boukhari.be",
                    "Company": "Boukhari Couture", "Barcode #": "78123469999123456999001",
                    "Order #": "7812346999"})  # fmt: skip
        return [*rows, new]

    journal_before = count(store, JournalEntry)
    report = run(store, event, rewrite_eventbrite(tmp_path, edit))
    assert (report.new, report.updated, report.unchanged, report.rejected) == (1, 3, 27, 0)
    assert report.cancelled == 1
    changed = {c.name: set(c.fields) for c in report.changes}
    assert changed == {
        "Gaëlle Wéry": {"email"},
        "Benoît Lambotte": {"organisation"},
        "Loïc Mathieu": {"status"},
    }
    after = people(store, event)
    assert len(after) == 31
    gaelle = after["Gaëlle Wéry"]
    assert gaelle.id == before["Gaëlle Wéry"].id
    assert gaelle.code == before["Gaëlle Wéry"].code
    assert gaelle.email == "gaelle@fleurs-de-gaelle.be"
    assert "gaelle@fleurs-de-gaelle.be" in gaelle.search_text
    assert gaelle.updated_at > before["Gaëlle Wéry"].updated_at
    assert after["Benoît Lambotte"].organisation == "Boucherie-Charcuterie Lambotte"
    assert after["Loïc Mathieu"].status == "cancelled"
    assert after["Nadia Boukhari"].source == "import"
    assert after["Véronique Lambert"].updated_at == before["Véronique Lambert"].updated_at
    assert count(store, ExternalCode) == 31

    with store.read() as session:
        updates = session.execute(
            select(JournalEntry.entity_id, JournalEntry.payload).where(
                JournalEntry.op == "update", JournalEntry.entity == "attendees"
            )
        ).all()
    payloads = {entity_id: payload for entity_id, payload in updates}
    assert payloads[gaelle.id]["email"] == "gaelle@fleurs-de-gaelle.be"
    assert payloads[after["Loïc Mathieu"].id]["status"] == "cancelled"
    assert "organisation" in payloads[after["Benoît Lambotte"].id]
    assert len(payloads) == 3
    # 3 updates + 1 new attendee + its code
    assert count(store, JournalEntry) == journal_before + 5

    again = run(store, event, rewrite_eventbrite(tmp_path, edit))
    assert (again.new, again.updated, again.unchanged) == (0, 0, 31)
    assert count(store, JournalEntry) == journal_before + 5


def test_same_file_into_two_events_makes_two_lists(store, event):
    with store.write() as session:
        other = create_event(session, "Digital Day Liège", dt.date(2026, 12, 3))
    run(store, event, SAMPLES / "inscriptions_nl.csv")
    report = run(store, other, SAMPLES / "inscriptions_nl.csv")
    assert (report.new, report.updated, report.unchanged) == (25, 0, 0)
    assert count(store, Attendee) == 50


def test_broken_rows_sample_lists_every_bad_row(store, event):
    with pytest.raises(ImportRejected) as info:
        run(store, event, SAMPLES / "broken_rows.csv")
    problems = info.value.report.problems
    assert [p.line for p in problems] == [3, 5, 6, 7, 9, 10, 11, 12]
    assert count(store, Attendee) == 0
