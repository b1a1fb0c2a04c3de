"""Certificates on paper: looked at as images (QR decoded by zxing-cpp) and read as text."""

from __future__ import annotations

import re

import pytest
import zxingcpp
from cert_helpers import build_day, pdf_text, png, rasterise
from PIL import Image
from sqlalchemy import select

from catchdesk.core.certificate_batch import export_certificates, safe_file_name
from catchdesk.core.jobs import JobCancelled
from catchdesk.core.models import Attendee, CertificateIssue, Event
from catchdesk.core.verify import verify_certificate
from catchdesk.documents.certificate_texts import date_range, duration, long_date, time_span


@pytest.fixture
def day(store):
    return build_day(store)


NAMES = [  # as registration forms deliver them, in the scripts of the region's population
    ("Nguyễn Thị", "Phương"),
    ("Олена", "Шевченко"),
    ("Łukasz", "Wójcik-Żółć"),
    ("Zeynep", "Öztürk"),
]


def rename(store, day, names=NAMES):
    with store.write() as session:
        for person_id, (first, last) in zip(day.came, names, strict=False):
            person = session.get(Attendee, person_id)
            person.first_name, person.last_name = first, last


def export(store, day, out, **options):
    with store.write() as session:
        return export_certificates(session, session.get(Event, day.event_id), out, **options)


def test_every_qr_code_decodes_verifies_and_names_the_right_person(store, day, tmp_path):
    rename(store, day)
    result = export(store, day, tmp_path / "all.pdf")
    assert len(result.issued) == len(day.came)
    pages = rasterise(tmp_path / "all.pdf", tmp_path)
    assert len(pages) == len(result.issued)
    with store.read() as session:
        for page, issued in zip(pages, result.issued, strict=True):
            found = zxingcpp.read_barcodes(Image.open(page))
            assert len(found) == 1, f"{page.name}: {len(found)} QR codes read"
            checked = verify_certificate(found[0].text, session=session)
            assert checked.valid, checked.message
            assert checked.statement.participant == issued.attendee.full_name
            assert checked.statement.serial == issued.serial


def test_the_text_holds_names_as_stored_the_serial_and_the_code_in_letters(store, day, tmp_path):
    rename(store, day)
    result = export(store, day, tmp_path / "certificates")
    for path, issued in zip(result.files, result.issued, strict=True):
        text = pdf_text(path)
        attendee = issued.attendee
        assert attendee.first_name in text and attendee.last_name in text
        assert issued.serial in text
        letters = re.sub(r"\s", "", text.split("CODE DE VÉRIFICATION")[-1])
        assert issued.code in letters
        assert issued.content["key_fingerprint"] in text
        assert "catchdesk verify CODE" in text


def test_each_certificate_is_in_its_holders_language_unless_one_is_asked(store, day, tmp_path):
    with store.write() as session:
        for person_id, language in zip(day.came[:3], ["nl", "en", "xx"], strict=True):
            session.get(Attendee, person_id).language = language
    result = export(store, day, tmp_path / "own", codes=[day.codes[p] for p in day.came[:3]])
    texts = {
        i.attendee.language: pdf_text(f) for i, f in zip(result.issued, result.files, strict=True)
    }
    assert "Deelnamecertificaat" in texts["nl"] and "donderdag 26 november 2026" in texts["nl"]
    assert "Certificate of attendance" in texts["en"]
    assert "Thursday 26 November 2026" in texts["en"]
    assert "Attestation de participation" in texts["xx"] and "jeudi 26 novembre 2026" in texts["xx"]
    english = export(store, day, tmp_path / "en.pdf", codes=[day.codes[day.came[0]]], language="en")
    assert "WORKSHOPS ATTENDED" in pdf_text(english.files[0])


def test_workshops_times_coaching_and_total_are_printed(store, day, tmp_path):
    result = export(store, day, tmp_path / "one.pdf", codes=[day.codes[day.coached]])
    text = pdf_text(result.files[0])
    assert "ATELIERS SUIVIS" in text and "10:00 – 11:00" in text
    assert "Être trouvé sur les moteurs de recherche (SEO)" in text
    assert "ACCOMPAGNEMENT INDIVIDUEL" in text and "Référencement — avec" in text
    assert "Durée totale" in text and "1 h 20" in text


def test_the_organisers_own_text_signatory_logo_and_signature(store, day, tmp_path):
    logo = png(tmp_path / "logo.png", (600, 200))
    signature = png(tmp_path / "signature.png", (300, 100), "#102040")
    with store.write() as session:
        event = session.get(Event, day.event_id)
        event.settings = {
            **event.settings,
            "certificate_text": {"fr": "Merci d'avoir fait du numérique votre allié."},
            "signatory_name": "Camille Renard",
            "signatory_role": "Directrice",
            "logo_path": str(logo),
            "signature_path": str(signature),
        }
    result = export(store, day, tmp_path / "styled.pdf", codes=[day.codes[day.came[0]]])
    text = pdf_text(result.files[0])
    assert "Merci d'avoir fait du numérique votre allié." in text
    assert "Camille Renard" in text and "Directrice" in text
    assert "Cette attestation reprend" not in text  # the organiser's words replace the default
    assert result.files[0].read_bytes().count(b"/Subtype /Image") == 2
    page = Image.open(rasterise(result.files[0], tmp_path, dpi=50)[0]).convert("RGB")
    top = page.crop((0, 0, page.width, page.height // 6))
    assert (0x1B, 0x3A, 0x5C) in {colour for _, colour in top.getcolors(1 << 16)}  # the logo
    logo.unlink()  # gone since: the certificate is still drawn, with the typographic header
    again = export(store, day, tmp_path / "again.pdf", codes=[day.codes[day.came[0]]])
    assert "MAISON DU NUMÉRIQUE DE NAMUR" in pdf_text(again.files[0])


def test_folder_output_has_safe_unique_names(store, day, tmp_path):
    twins = [("Jean", "Dupont"), ("Jean", "Dupont"), ("../../etc", "pa/ss\\wd"), ("سارة", "")]
    rename(store, day, twins)
    result = export(store, day, tmp_path / "out")
    names = [path.name for path in result.files]
    assert len(set(names)) == len(names) == len(day.came)
    assert all(re.fullmatch(r"[A-Za-z0-9_-]+\.pdf", name) for name in names)
    assert all(path.parent == tmp_path / "out" for path in result.files)
    by_person = {
        i.attendee.id: (i.serial, path.name)
        for i, path in zip(result.issued, result.files, strict=True)
    }
    for person in day.came[:2]:
        serial, name = by_person[person]
        assert name == f"Dupont_Jean_{serial}.pdf"
    serial, name = by_person[day.came[3]]
    assert name == f"{serial}.pdf"  # an Arabic-only name folds to the serial alone
    serial, name = by_person[day.came[2]]
    assert name == f"Passwd_Etc_{serial}.pdf"
    assert not list((tmp_path / "out").glob(".*"))  # no staging left behind
    with store.read() as session:
        logged = set(session.scalars(select(CertificateIssue.destination)))
    assert logged == {str(path) for path in result.files}
    again = export(store, day, tmp_path / "out")  # a second run replaces its own files
    assert sorted(p.name for p in again.files) == sorted(names)
    assert len(list((tmp_path / "out").iterdir())) == len(names)


def test_cancelling_leaves_nothing_behind(store, day, tmp_path):
    asked = []

    def cancel_on_third() -> bool:
        asked.append(1)
        return len(asked) >= 3

    for out in (tmp_path / "merged.pdf", tmp_path / "folder"):
        asked.clear()
        with pytest.raises(JobCancelled), store.write() as session:
            export_certificates(
                session, session.get(Event, day.event_id), out, cancelled=cancel_on_third
            )
        assert not out.exists() or list(out.iterdir()) == []
    with store.read() as session:
        assert session.scalars(select(CertificateIssue)).first() is None


def test_progress_is_reported(store, day, tmp_path):
    seen: list[tuple[int, int]] = []
    export(store, day, tmp_path / "p.pdf", progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, len(day.came)) and seen[-1] == (len(day.came), len(day.came))


def test_dates_and_durations_are_written_out_per_language():
    import datetime as dt

    day = dt.date(2026, 11, 26)
    assert long_date(day, "fr") == "jeudi 26 novembre 2026"
    assert long_date(day, "nl") == "donderdag 26 november 2026"
    assert long_date(day, "en") == "Thursday 26 November 2026"
    assert long_date(dt.date(2027, 3, 1), "fr") == "lundi 1er mars 2027"
    assert (
        date_range("2026-11-26/2026-11-27", "fr")
        == "du jeudi 26 novembre 2026 au vendredi 27 novembre 2026"
    )
    assert duration(225, "fr") == "3 h 45" and duration(225, "nl") == "3 u 45"
    assert duration(225, "en") == "3 h 45 min" and duration(120, "fr") == "2 h"
    assert duration(40, "nl") == "40 min"
    morning = ("2026-11-26T10:30:00+01:00", "2026-11-26T11:30:00+01:00")
    assert time_span(*morning) == "10:30 – 11:30"
    assert time_span(*morning, with_day=True) == "26/11 10:30 – 11:30"


def test_safe_file_name_never_has_separators():
    from types import SimpleNamespace

    taken: set[str] = set()
    person = SimpleNamespace(first_name="A/B", last_name="..\\C:D")
    issued = SimpleNamespace(attendee=person, serial="XX-2026-000001")
    first = safe_file_name(issued, taken)
    second = safe_file_name(issued, taken)
    assert first == "C-D_A-B_XX-2026-000001.pdf" or "/" not in first
    assert "/" not in first and "\\" not in first and ":" not in first
    assert second != first


def test_a_very_long_day_stays_on_one_page_and_says_what_is_left_out(tmp_path):
    from catchdesk.core.certificate_code import Statement, sign_statement
    from catchdesk.documents.certificate import CertificateLook, CertificateRenderer
    from catchdesk.documents.certificate_files import write_pdf
    from catchdesk.documents.certificate_layout import CertificatePage

    workshops = [
        {
            "title": f"Atelier {n} : un titre long, qui passerait sur deux lignes au moins",
            "starts_at": f"2026-11-26T{8 + n % 9:02d}:00:00+01:00",
            "ends_at": f"2026-11-26T{8 + n % 9:02d}:45:00+01:00",
            "minutes": 45,
        }
        for n in range(16)
    ]
    content = {
        "serial": "XX-2026-000001",
        "version": 1,
        "event": {"name": "Salon", "dates": "2026-11-26/2026-11-28", "venue": "Namur",
                  "organiser": "Ville de Namur", "timezone": "Europe/Brussels"},
        "participant": {"first_name": "A", "last_name": "B", "full_name": "Anne Bertrand"},
        "workshops": workshops,
        "coaching": [],
        "total_minutes": 16 * 45,
        "key_fingerprint": "0000 0000 0000 0000",
    }  # fmt: skip
    statement = Statement("XX-2026-000001", 1, "Salon", "2026-11-26", "Anne Bertrand", 720, (), ())
    code = sign_statement(statement, bytes(32), b"\0\0")
    look = CertificateLook(certificate_text={"fr": "Un long paragraphe de l'organisateur. " * 6})
    pdf = tmp_path / "long.pdf"
    write_pdf(pdf, [CertificatePage(content, code, "fr")], CertificateRenderer(look))
    pages = rasterise(pdf, tmp_path)
    assert len(pages) == 1
    text = pdf_text(pdf)
    assert "autre(s) session(s), toutes certifiées par le code ci-dessous" in text
    assert "26/11 08:00 – 08:45" in text and "12 h" in text
    found = zxingcpp.read_barcodes(Image.open(pages[0]))
    assert [f.text for f in found] == [code]
