"""Booking slips read back as the attendee and the coach read them: when, where, with whom."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from coaching_paper_helpers import (
    LONG_FIRST,
    assert_inside_pages,
    book,
    build_day,
    page_texts,
    placed_text,
)
from pypdf import PdfReader
from reportlab.lib.units import mm
from sqlalchemy import select

from catchdesk.core.coaching_paper import booking_slips
from catchdesk.core.models import Attendee, Coach, CoachSlot, Event
from catchdesk.documents.coaching_slips import render_slips


@pytest.fixture
def day(store, event):
    return build_day(store, event)


@pytest.mark.parametrize(("size", "width"), [("receipt", 80), ("label", 62)])
def test_slip_says_when_where_and_with_whom(store, day, tmp_path, size, width):
    with store.read() as session:
        event = session.get(Event, day["event"].id)
        slips = booking_slips(session, event, day["helene"].code)
    out = tmp_path / f"{size}.pdf"
    assert render_slips(slips, out, size) == 1
    page = PdfReader(out).pages[0]
    assert round(float(page.mediabox.width) / mm) == width
    if size == "label":
        assert round(float(page.mediabox.height) / mm) == 100  # cut like a badge
    text = page_texts(out)[0]
    for expected in (
        "RENDEZ-VOUS COACHING",
        "jeudi 26 novembre 2026",
        "10:20",
        "– 10:40",
        "Table 1",
        "Sophie Vandenberghe",
        "Nuvalis Technologies",
        "Sujet : référencement",
        "Hélène Dubois",
    ):
        assert expected in text, expected
    assert_inside_pages(out)


needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm")


@needs_poppler
@pytest.mark.parametrize("size", ["receipt", "label"])
def test_the_coach_can_scan_the_slip(store, day, tmp_path, size):
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    with store.read() as session:
        slips = booking_slips(session, session.get(Event, day["event"].id), day["booked"].id)
    out = tmp_path / "slip.pdf"
    render_slips(slips, out, size)
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(out), str(tmp_path / "s")], check=True)
    image = Image.open(next(tmp_path.glob("s-*.png")))
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [day["helene"].code]


def test_slips_in_the_attendees_language_unless_told(store, day, tmp_path):
    with store.read() as session:
        slips = booking_slips(session, session.get(Event, day["event"].id), day["lukasz"].code)
    out = tmp_path / "nl.pdf"
    render_slips(slips, out, "label")
    text = page_texts(out)[0]
    assert "COACHINGAFSPRAAK" in text and "donderdag 26 november 2026" in text
    assert "Onderwerp: publicité en ligne" in text and "Voor" in text
    render_slips(slips, out, "receipt", language="en")
    text = page_texts(out)[0]
    assert "COACHING APPOINTMENT" in text and "Thursday 26 November 2026" in text
    assert "Please be on time" in text


@pytest.mark.parametrize("size", ["receipt", "label"])
def test_a_very_long_name_shrinks_and_stays_on_the_slip(store, day, tmp_path, size):
    with store.write() as session:
        coach = session.get(Coach, day["karim"].id)
        coach.name = "Jean-Baptiste Emmanuel de Wasseige-Vandermeulen"
        coach.place = "Espace conseil numérique, mezzanine côté Meuse"
    with store.read() as session:
        slips = booking_slips(session, session.get(Event, day["event"].id), day["long"].code)
        short = booking_slips(session, session.get(Event, day["event"].id), day["booked"].id)
    out, usual = tmp_path / "long.pdf", tmp_path / "usual.pdf"
    render_slips(slips, out, size)
    render_slips(short, usual, size)
    strings = placed_text(out)[0]
    text = " ".join(t for t, *_ in strings)
    assert LONG_FIRST.split("-")[0] in text and "Jean-Baptiste" in text and "Espace" in text
    long_size = min(s for t, _, _, s, _ in strings if "Marie" in t)
    usual_size = next(s for t, _, _, s, _ in placed_text(usual)[0] if t == "Hélène Dubois")
    assert long_size < usual_size  # shrank rather than ran off the slip
    assert_inside_pages(out)


def test_one_slip_per_booking_of_an_attendee_earliest_first(store, day, tmp_path):
    with store.write() as session:
        event = session.get(Event, day["event"].id)
        later = session.scalars(
            select(CoachSlot)
            .where(CoachSlot.coach_id == day["karim"].id)
            .order_by(CoachSlot.starts_at.desc())
        ).first()
        book(session, event, later, session.get(Attendee, day["helene"].id), topic="site web")
    with store.read() as session:
        slips = booking_slips(session, session.get(Event, day["event"].id), day["helene"].code)
    out = tmp_path / "two.pdf"
    assert render_slips(slips, out, "receipt") == 2
    first, second = page_texts(out)
    assert "10:20" in first and "Sophie Vandenberghe" in first
    assert "11:40" in second and "Karim Bouzid" in second and "Table 2" in second
