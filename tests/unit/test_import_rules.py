"""Import rules: all or nothing, partial imports, dry runs, matching, cancel and progress."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from catchdesk.core.attendees import add_attendee
from catchdesk.core.errors import CatchDeskError, ImportRejected
from catchdesk.core.importing import (
    ImportCancelled,
    ImportFileError,
    ImportReport,
    UnrecognisedColumns,
    apply_import,
    detect_mapping,
    import_file,
    plan_import,
    read_table,
)
from catchdesk.core.journal import JournalEntry
from catchdesk.core.models import Attendee, Event, ExternalCode

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def run(store, event, path, **options) -> ImportReport:
    with store.write() as session:
        return import_file(session, session.get(Event, event.id), path, **options)


def counts(store) -> tuple[int, int, int]:
    with store.read() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (Attendee, ExternalCode, JournalEntry)
        )


def attendee(store, **where) -> Attendee:
    with store.read() as session:
        query = select(Attendee).filter_by(**where)
        return session.scalars(query).one()


def csv_file(tmp_path: Path, text: str, name: str = "list.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def add(store, event, **fields) -> Attendee:
    with store.write() as session:
        return add_attendee(session, session.get(Event, event.id), **fields)


# --- all or nothing ------------------------------------------------------------------------


def test_bad_rows_are_reported_by_line_and_nothing_is_written(store, event):
    add(store, event, first_name="Déjà", last_name="Là", email="deja@la.be")
    before = counts(store)
    with pytest.raises(ImportRejected) as info:
        run(store, event, SAMPLES / "broken_rows.csv")
    assert counts(store) == before
    message = str(info.value)
    assert message.startswith("8 rows of broken_rows.csv cannot be imported")
    assert "Nothing was imported" in message
    assert "--allow-partial" in message
    report = info.value.report
    assert report.blocked and not report.written
    lines = {p.line: p for p in report.problems}
    assert sorted(lines) == [3, 5, 6, 7, 9, 10, 11, 12]
    assert "not a valid address" in lines[3].reason
    assert "no name" in lines[5].reason
    assert "no e-mail address and no ticket code" in lines[6].reason
    assert (lines[7].other_line, "BR-0001") == (2, lines[7].reason.split("'")[1])
    assert lines[9].other_line == 4
    assert "same e-mail and name as line 4" in lines[9].reason
    assert "7 cells but the header has 6" in lines[10].reason
    assert "rounded number by Excel" in lines[11].reason
    assert "several addresses" in lines[12].reason


def test_allow_partial_imports_the_good_rows_and_reports_the_bad(store, event):
    report = run(store, event, SAMPLES / "broken_rows.csv", allow_partial=True)
    assert (report.new, report.rejected, report.written) == (8, 8, True)
    assert not report.blocked
    with store.read() as session:
        names = set(session.scalars(select(Attendee.last_name)))
    assert names == {"Dubois", "Gaspard", "Pirotte", "Servais", "Lallemand", "Closset", "Hardy",
                     "Mottet"}  # fmt: skip
    assert attendee(store, last_name="Dubois").first_name == "Camille"


def test_dry_run_writes_nothing(store, event):
    before = counts(store)
    report = run(store, event, SAMPLES / "eventbrite_attendees.csv", dry_run=True)
    assert (report.new, report.dry_run, report.written) == (30, True, False)
    assert "dry run" in report.summary()
    assert counts(store) == before
    blocked = run(store, event, SAMPLES / "broken_rows.csv", dry_run=True)
    assert (blocked.rejected, blocked.blocked) == (8, True)
    assert counts(store) == before


def test_report_is_json(store, event):
    report = run(store, event, SAMPLES / "broken_rows.csv", allow_partial=True)
    data = json.loads(json.dumps(report.to_dict()))
    assert data["new"] == 8
    assert data["rejected"] == 8
    assert data["problems"][0] == {
        "line": 3,
        "reason": "e-mail 'marc.dubois@gmail' is not a valid address",
        "other_line": None,
    }
    assert data["mapping"]["email"] == ["Email"]
    assert data["delimiter_name"] == "comma"
    assert data["preset"] == "catchdesk"


# --- the file and its columns ----------------------------------------------------------------


def test_unrecognised_headers_say_what_was_found_and_an_explicit_mapping_fixes_it(
    store, event, tmp_path
):
    path = csv_file(tmp_path, "Given;Family;Where to write;Firm\nHélène;Dupré;h@dupre.be;Dupré\n")
    with pytest.raises(UnrecognisedColumns, match="'Given', 'Family', 'Where to write', 'Firm'"):
        run(store, event, path)
    report = run(
        store,
        event,
        path,
        mapping="first_name=Given,last_name=Family,email=Where to write,Firm=organisation",
    )
    assert report.new == 1
    assert report.mapping["email"] == ["Where to write"]
    assert attendee(store, email="h@dupre.be").organisation == "Dupré"


def test_headers_without_rows(store, event, tmp_path):
    with pytest.raises(ImportFileError, match="headers but no registrations"):
        run(store, event, csv_file(tmp_path, "Prénom;Nom;Courriel\r\n"))


def test_unmapped_columns_are_reported(store, event, tmp_path):
    path = csv_file(tmp_path, "Prénom,Nom,Courriel,Pointure,Couleur préférée\nA,B,a@b.be,42,vert\n")
    report = run(store, event, path)
    assert report.unmapped_columns == ["Pointure", "Couleur préférée"]


def test_quoted_multiline_fields_and_line_numbers(store, event, tmp_path):
    text = (
        "Prénom,Nom,Email,Entreprise,Besoins\r\n"
        'Hélène,Dupré,h@dupre.be,"Dupré, père & fille","Site web,\r\nSEO\r\net réseaux"\r\n'
        'Marc,Piron,marc@piron,"Piron ""Bois""",Boutique\r\n'
    )
    path = csv_file(tmp_path, text)
    with pytest.raises(ImportRejected) as info:
        run(store, event, path)
    assert [p.line for p in info.value.report.problems] == [3]
    run(store, event, path, allow_partial=True)
    helene = attendee(store, email="h@dupre.be")
    assert helene.organisation == "Dupré, père & fille"
    assert helene.needs == "Site web,\nSEO\net réseaux"


def test_full_name_column_is_split(store, event, tmp_path):
    path = csv_file(
        tmp_path, "Nom;Courriel\nDUPRÉ Hélène;h@d.be\nJean-Philippe Van den Bossche;jp@v.be\n"
    )
    report = run(store, event, path)
    assert report.new == 2
    assert any("split" in note for note in report.notes)
    assert attendee(store, email="h@d.be").last_name == "DUPRÉ"
    assert attendee(store, email="jp@v.be").last_name == "Van den Bossche"


def test_order_codes_are_ticket_codes_only_when_unique(store, event, tmp_path):
    unique = csv_file(tmp_path, "Order code,Prénom,Nom,Email\nAB12C,A,One,a@x.be\nXY34Z,B,Two,\n")
    report = run(store, event, unique)
    assert report.new == 2
    assert any("used as the ticket code" in note for note in report.notes)
    shared = "Order code,Prénom,Nom,Email\nQQ11Q,C,Three,c@x.be\nQQ11Q,D,Four,d@x.be\n"
    report = run(store, event, csv_file(tmp_path, shared, "shared.csv"))
    assert report.new == 2
    assert any("repeats values" in note for note in report.notes)
    with store.read() as session:
        assert set(session.scalars(select(ExternalCode.code))) == {"AB12C", "XY34Z"}


def test_unknown_role_and_language_are_warnings_not_rejections(store, event, tmp_path):
    path = csv_file(tmp_path, "Prénom,Nom,Email,Rôle,Langue\nA,B,a@b.be,Astronaute,Deutsch\n")
    report = run(store, event, path)
    assert report.new == 1
    assert [w.line for w in report.warnings] == [2, 2]
    person = attendee(store, email="a@b.be")
    assert (person.role, person.language) == ("participant", "fr")


# --- matching people already registered --------------------------------------------------------


def test_match_by_email_and_names_ignoring_case_and_accents(store, event, tmp_path):
    existing = add(store, event, first_name="Hélène", last_name="Dupré", email="h@dupre.be",
                   organisation="Boulangerie")  # fmt: skip
    path = csv_file(
        tmp_path, "Prénom,Nom,Email,Entreprise\nHELENE,dupre,H@Dupre.be,Boulangerie Dupré\n"
    )
    report = run(store, event, path)
    assert (report.new, report.updated) == (0, 1)
    person = attendee(store, id=existing.id)
    assert (person.first_name, person.last_name) == ("Hélène", "Dupré")  # spelling kept
    assert person.organisation == "Boulangerie Dupré"
    assert person.code == existing.code


def test_match_by_email_alone_when_only_one_person_has_it(store, event, tmp_path):
    existing = add(store, event, first_name="Jef", last_name="Peeters", email="jef@peeters.be")
    path = csv_file(tmp_path, "Voornaam,Achternaam,E-mail\nJozef,Peeters,jef@peeters.be\n")
    report = run(store, event, path)
    assert (report.new, report.updated) == (0, 1)
    assert "by e-mail alone" in report.warnings[0].reason
    assert attendee(store, id=existing.id).first_name == "Jozef"


def test_shared_mailbox_is_not_merged(store, event, tmp_path):
    add(store, event, first_name="Hélène", last_name="Dupré", email="info@dupre.be")
    text = "Prénom,Nom,Email\nHélène,Dupré,info@dupre.be\nMarc,Dupré,info@dupre.be\n"
    report = run(store, event, csv_file(tmp_path, text))
    assert (report.new, report.unchanged) == (1, 1)
    assert "also the e-mail of Hélène Dupré" in report.warnings[0].reason
    assert attendee(store, first_name="Marc").email == "info@dupre.be"


def test_email_alone_is_not_trusted_when_ticket_codes_disagree(store, event, tmp_path):
    add(store, event, first_name="Anne", last_name="Lenoir", email="a@x.be", external_codes=["T-1"])
    text = "Prénom,Nom,Email,Code\nBruno,Lenoir,a@x.be,T-2\n"
    report = run(store, event, csv_file(tmp_path, text))
    assert report.new == 1


def test_external_code_wins_and_new_codes_are_added(store, event, tmp_path):
    existing = add(store, event, first_name="Zoé", last_name="Henrard", email="zoe@old.be",
                   external_codes=["EB-001"])  # fmt: skip
    text = "Prénom,Nom,Email,Barcode,Ticket code\nZoé,Henrard-Lambert,zoe@new.be,eb 001,NEW-9\n"
    report = run(store, event, csv_file(tmp_path, text))
    assert (report.new, report.updated) == (0, 1)
    assert set(report.changes[0].fields) == {"last_name", "email", "external_codes"}
    person = attendee(store, id=existing.id)
    assert (person.last_name, person.email) == ("Henrard-Lambert", "zoe@new.be")
    assert "zoe@new.be" in person.search_text
    with store.read() as session:
        codes = set(session.scalars(select(ExternalCode.code).filter_by(attendee_id=existing.id)))
    assert codes == {"EB001", "NEW9"}


def test_codes_of_two_people_in_one_row_are_rejected(store, event, tmp_path):
    add(store, event, first_name="A", last_name="One", email="a@x.be", external_codes=["C1"])
    add(store, event, first_name="B", last_name="Two", email="b@x.be", external_codes=["C2"])
    text = "Prénom,Nom,Email,Code,Barcode\nA,One,a@x.be,C1,C2\n"
    with pytest.raises(ImportRejected) as info:
        run(store, event, csv_file(tmp_path, text))
    assert "belong to different people (A One and B Two)" in info.value.report.problems[0].reason


def test_two_rows_for_one_registered_person_are_rejected(store, event, tmp_path):
    add(store, event, first_name="Paul", last_name="Quinet", email="p@q.be", external_codes=["C1"])
    text = "Prénom,Nom,Email,Code\nPaul,Quinet,paul@new.be,C1\nPaul,Quinet,p@q.be,\n"
    with pytest.raises(ImportRejected) as info:
        run(store, event, csv_file(tmp_path, text))
    problem = info.value.report.problems[0]
    assert (problem.line, problem.other_line) == (3, 2)
    assert "same registered person as line 2" in problem.reason


# --- one transaction: cancel, progress, plan then apply ---------------------------------------


def big_file(tmp_path: Path, rows: int) -> Path:
    lines = ["Prénom;Nom;Courriel;Code"]
    lines += [f"Prénom{i};Nom{i};p{i}@exemple.be;T-{i:05d}" for i in range(rows)]
    return csv_file(tmp_path, "\n".join(lines) + "\n", "big.csv")


def test_progress_reports_every_chunk(store, event, tmp_path):
    seen: list[tuple[int, int]] = []
    report = run(store, event, big_file(tmp_path, 2500), progress=lambda d, t: seen.append((d, t)))
    assert report.new == 2500
    assert seen[0] == (0, 2500)
    assert seen[-1] == (2500, 2500)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    attendees, codes, journal = counts(store)
    assert (attendees, codes) == (2500, 2500)
    assert journal >= 5000
    with store.read() as session:
        assert session.scalar(select(func.count(func.distinct(Attendee.code)))) == 2500


def test_cancel_undoes_everything_even_if_the_caller_keeps_the_session(store, event, tmp_path):
    path = big_file(tmp_path, 2500)
    before = counts(store)
    calls = iter([False, True])
    # pytest.raises inside the transaction: the caller catches the cancel and commits anyway;
    # the import's own writes must already be undone.
    with store.write() as session, pytest.raises(ImportCancelled, match="nothing was imported"):
        import_file(session, session.get(Event, event.id), path, cancelled=lambda: next(calls))
    assert counts(store) == before


def test_plan_then_apply_in_steps(store, event):
    table = read_table(SAMPLES / "inscriptions_nl.csv")
    mapping = detect_mapping(table.headers)
    with store.read() as session:
        plan = plan_import(session, session.get(Event, event.id), table, mapping)
    assert (len(plan.new), plan.rejected) == (25, 0)
    with store.write() as session:
        report = apply_import(session, session.get(Event, event.id), plan)
    assert report.written
    assert counts(store)[0] == 25


def test_a_plan_belongs_to_its_event(store, event):
    from catchdesk.core.events import create_event

    table = read_table(SAMPLES / "inscriptions_nl.csv")
    with store.write() as session:
        plan = plan_import(
            session, session.get(Event, event.id), table, detect_mapping(table.headers)
        )
        other = create_event(session, "Autre", event.starts_on)
        with pytest.raises(CatchDeskError, match="another event"):
            apply_import(session, other, plan)


def test_skipped_title_line_is_noted(store, event, tmp_path):
    path = csv_file(tmp_path, "Export du 26/11\nPrénom,Nom,Email\nA,B,a@b.be\nC,D,bad\n")
    with pytest.raises(ImportRejected) as info:
        run(store, event, path)
    report = info.value.report
    assert [p.line for p in report.problems] == [4]
    assert "Line(s) 1 above the column headers (line 2) were skipped." in report.notes
