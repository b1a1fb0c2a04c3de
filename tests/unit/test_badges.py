"""Badges as a person at the door meets them: the QR scans to the right person, the names read
as typed, nothing runs off the badge, and a second print run prints only the newcomers."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import PIL.Image
import pytest
import zxingcpp
from pypdf import PdfReader
from sqlalchemy import select

from catchdesk.core.attendees import add_attendee
from catchdesk.core.badges import BadgeData, badge_attendees, printed_ids, record_prints
from catchdesk.core.checkin import check_in
from catchdesk.core.errors import CatchDeskError, NotFoundError
from catchdesk.core.jobs import JobCancelled
from catchdesk.core.journal import JournalEntry
from catchdesk.core.models import AttendeeStatus, BadgePrint, Event
from catchdesk.core.verdicts import Status
from catchdesk.documents.badge_layouts import LAYOUTS, ROLE_STYLES, get_layout
from catchdesk.documents.badges import plan_badge, render_badges
from catchdesk.documents.fonts import text_width
from catchdesk.documents.qr import qr_widget_drawing

MM = 72 / 25.4
DPI = 200
LONG_ORG = (
    "Ateliers Réunis de Menuiserie, d'Ébénisterie et de Restauration de Meubles Anciens "
    "Van den Bossche-Vandenbroucke & Fils SPRL"
)
HARD_PEOPLE = [
    dict(first_name="Hélène", last_name="Dupré", organisation="Boulangerie Dupré"),
    dict(
        first_name="Marie-Christine-Élisabeth",
        last_name="Van den Bossche-Vandenbroucke de Wilde",
        organisation=LONG_ORG,
        role="coach",
    ),
    dict(first_name="Gülşen", last_name="Yıldız", organisation="Kılıç Dış Ticaret", role="staff"),
    dict(first_name="Łukasz", last_name="Wójcik", organisation="Stolarstwo Łódź", role="partner"),
    dict(first_name="Nguyễn Thị", last_name="Ánh", organisation="Phở Hà Nội", role="speaker"),
    dict(first_name="Олена", last_name="Шевченко", organisation="Кав'ярня «Київ»"),
    dict(first_name="فاطمة", last_name="العلوي", organisation="مخبزة الأندلس"),
    dict(first_name="Ștefan", last_name="Țurcanu", organisation="Țesătoria Brașov"),
    dict(first_name="Ελένη", last_name="Παπαδοπούλου", organisation="Ταβέρνα"),
]
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None,
    reason="poppler-utils (pdftoppm, pdftotext) is not installed",
)


@pytest.fixture
def people(store, event):
    with store.write() as session:
        ev = session.get(Event, event.id)
        return [add_attendee(session, ev, **fields) for fields in HARD_PEOPLE]


def badge_data(people):
    return [BadgeData.from_attendee(p) for p in people]


def render(people, layout, path, **kwargs):
    count = render_badges(badge_data(people), "Digital Day Namur 2026", layout, path, **kwargs)
    assert count == len(people)
    return path


def rasterise(pdf: Path) -> list[PIL.Image.Image]:
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-png", str(pdf), str(pdf.with_suffix(""))], check=True
    )
    pages = sorted(pdf.parent.glob(pdf.stem + "-*.png"))
    return [PIL.Image.open(page) for page in pages]


def extracted_text(pdf: Path) -> str:
    """The PDF's text as a reader copies it, whitespace collapsed (wrapped lines join)."""
    raw = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    return " ".join(raw.translate(BIDI_CONTROLS).split())


@needs_poppler
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_every_qr_scans_to_its_own_attendee(store, event, people, layout, tmp_path):
    pdf = render(people, layout, tmp_path / "badges.pdf")
    chosen = get_layout(layout)
    scale = DPI / 25.4
    found = 0
    for page_number, image in enumerate(rasterise(pdf)):
        results = zxingcpp.read_barcodes(image)
        assert results, f"no QR code found on page {page_number + 1}"
        for result in results:
            assert result.format == zxingcpp.BarcodeFormat.QRCode
            corners = [result.position.top_left, result.position.bottom_right]
            cx = sum(p.x for p in corners) / 2 / scale
            cy = chosen.page[1] - sum(p.y for p in corners) / 2 / scale
            # Which badge on the page is this QR on?
            slot = min(
                range(chosen.per_page),
                key=lambda i: (
                    abs(chosen.origins()[i][0] + chosen.qr.x + chosen.qr.size / 2 - cx)
                    + abs(chosen.origins()[i][1] + chosen.qr.y + chosen.qr.size / 2 - cy)
                ),
            )
            person = people[page_number * chosen.per_page + slot]
            assert result.text == person.code
            with store.write() as session:
                verdict = check_in(session, session.get(Event, event.id), result.text, desk="D1")
                assert verdict.status is Status.CHECKED_IN
                assert verdict.attendee.id == person.id
            found += 1
    assert found == len(people)


@needs_poppler
def test_names_are_extractable_exactly_as_stored(people, tmp_path):
    text = extracted_text(render(people, "a4-8", tmp_path / "badges.pdf"))
    for person in people:
        if re.search("[\u0600-\u06ff]", person.first_name):
            # Arabic is drawn in joined presentation forms (see catchdesk.documents.fonts);
            # compatibility normalisation maps each form back to the letter as stored, and
            # poppler returns the words in reading (logical) order.
            readable = unicodedata.normalize("NFKC", text)
        else:
            readable = unicodedata.normalize("NFC", text)
        assert person.first_name in readable
        assert person.last_name in readable
        plan = plan_badge(BadgeData.from_attendee(person), "Digital Day Namur 2026", "a4-8")
        shown = " ".join(plan.texts["organisation"].fitted.lines)
        if shown == person.organisation:
            assert person.organisation in readable
        else:  # shortened with an ellipsis: what is printed is a prefix of what is stored
            assert shown.endswith("…") and person.organisation.startswith(shown[:-1].rstrip())
            assert shown in readable
        assert f"{person.code[:4]}-{person.code[4:8]}-{person.code[8:]}" in readable


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_long_texts_shrink_and_never_leave_their_box(people, layout):
    chosen = get_layout(layout)
    for person in badge_data(people):
        plan = plan_badge(person, "Journée du numérique 2026 à Namur Expo, Hall 3 et 4", chosen)
        for key, placed in plan.texts.items():
            box, fitted = placed.box, placed.fitted
            assert len(fitted.lines) <= box.max_lines, key
            assert box.min_size <= fitted.size <= box.max_size, key
            assert fitted.height <= box.h * MM + 1e-6, key
            for line in fitted.lines:
                assert text_width(line, box.font, fitted.size) <= box.w * MM + 1e-6, (key, line)
            for baseline in placed.baselines():
                assert box.y <= baseline <= box.y + box.h, key
    long_one = plan_badge(badge_data(people)[1], "X", chosen)
    first = long_one.texts["first_name"]
    assert first.fitted.size < first.box.max_size  # it shrank
    organisation = long_one.texts["organisation"].fitted
    assert len(organisation.lines) == 2 and organisation.lines[-1].endswith("…")


@needs_poppler
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_printed_words_stay_inside_their_badge(people, layout, tmp_path):
    """Read back where every word landed on the page: none crosses a badge's edge."""
    chosen = get_layout(layout)
    pdf = render(people, chosen, tmp_path / "badges.pdf")
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    boxes = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', html)
    assert len(boxes) > 50
    width, height = chosen.badge
    page_h = chosen.page[1]
    for x0, y0, x1, y1 in (tuple(float(v) / MM for v in box) for box in boxes):
        inside = [
            (ox, oy)
            for ox, oy in chosen.origins()
            if ox - 0.1 <= x0
            and x1 <= ox + width + 0.1
            and page_h - (oy + height) - 0.1 <= y0
            and y1 <= page_h - oy + 0.1
        ]
        assert inside, f"a word at x {x0:.1f}–{x1:.1f} mm, y {y0:.1f}–{y1:.1f} mm is off its badge"


def test_layouts_give_pages_of_the_right_size_and_count(people, tmp_path):
    for name, per_page in (("a4-8", 8), ("label-62mm", 1)):
        layout = get_layout(name)
        reader = PdfReader(render(people, name, tmp_path / f"{name}.pdf"))
        assert len(reader.pages) == -(-len(people) // per_page)
        box = reader.pages[0].mediabox
        assert (round(float(box.width) / MM), round(float(box.height) / MM)) == layout.page
        fonts = reader.pages[0]["/Resources"]["/Font"]
        for font in (f.get_object() for f in fonts.values()):  # only our embedded fonts
            assert "DejaVu" in font["/BaseFont"] and "/FontFile2" in font["/FontDescriptor"]


def test_paper_code_needs_no_store_and_no_qt():
    """documents/ draws from plain values: importing it loads neither the ORM nor Qt."""
    probe = (
        "import sys, catchdesk.documents.badges, catchdesk.documents.qr; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'PySide6')))"
    )
    result = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True)
    assert result.stdout.decode().strip() == "[]"


def test_unknown_layout_names_the_known_ones():
    with pytest.raises(CatchDeskError, match="a4-8, label-62mm"):
        get_layout("a3-12")


def test_every_role_band_is_readable_and_worded():
    def luminance(hex_colour):
        channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    for role, style in ROLE_STYLES.items():
        light, dark = sorted((luminance(style.fill), luminance(style.ink)))
        assert (dark + 0.05) / (light + 0.05) >= 4.5, role
        assert {"fr", "en", "nl"} <= set(style.words), role
    assert len({style.fill for style in ROLE_STYLES.values()}) == len(ROLE_STYLES)


def test_progress_is_reported_and_cancel_writes_nothing(people):
    seen = []
    render_badges(
        badge_data(people), "E", "a4-8", io.BytesIO(), progress=lambda d, t: seen.append((d, t))
    )
    assert seen[0] == (0, len(people)) and seen[-1] == (len(people), len(people))
    asked = []

    def cancel_after_three():
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(JobCancelled):
        render_badges(badge_data(people), "E", "a4-8", io.BytesIO(), cancelled=cancel_after_three)


@needs_poppler
def test_reportlab_widget_qr_scans_too(tmp_path):
    from reportlab.graphics import renderPDF
    from reportlab.pdfgen.canvas import Canvas

    pdf = tmp_path / "widget.pdf"
    canvas = Canvas(str(pdf), pagesize=(60 * MM, 60 * MM))
    renderPDF.draw(qr_widget_drawing("SHDPVTKUTBCJC", 30 * MM), canvas, 15 * MM, 15 * MM)
    canvas.save()
    (image,) = rasterise(pdf)
    assert [r.text for r in zxingcpp.read_barcodes(image)] == ["SHDPVTKUTBCJC"]


# Who gets a badge, and the print log.


def test_everyone_but_the_cancelled_sorted_by_last_name_ignoring_accents(store, event, people):
    with store.write() as session:
        ev = session.get(Event, event.id)
        gone = add_attendee(session, ev, first_name="Ann", last_name="Aaron")
        gone.status = AttendeeStatus.CANCELLED.value
        add_attendee(session, ev, first_name="Émile", last_name="Ébert")
        add_attendee(session, ev, first_name="Eva", last_name="Ebbe")
    with store.read() as session:
        chosen = badge_attendees(session, session.get(Event, event.id))
    assert [p.last_name for p in chosen] == [
        "Ánh",
        "Dupré",
        "Ebbe",
        "Ébert",
        "Παπαδοπούλου",  # papadopoulou
        "Шевченко",  # shevchenko
        "Țurcanu",
        "Van den Bossche-Vandenbroucke de Wilde",
        "Wójcik",
        "Yıldız",
        "العلوي",  # scripts without a Latin spelling come last
    ]
    with store.read() as session:
        coaches = badge_attendees(session, session.get(Event, event.id), role="coach")
    assert [p.first_name for p in coaches] == ["Marie-Christine-Élisabeth"]


def test_codes_pick_people_and_unknown_or_cancelled_codes_are_named(store, event, people):
    wanted = [people[3].code.lower(), f"{people[0].code[:4]}-{people[0].code[4:]}"]
    with store.read() as session:
        ev = session.get(Event, event.id)
        chosen = badge_attendees(session, ev, codes=wanted)
        assert [p.id for p in chosen] == [people[0].id, people[3].id]  # Dupré, Wójcik
        with pytest.raises(NotFoundError, match="BCDFGHIJKLNOP"):
            badge_attendees(session, ev, codes=[people[0].code, "BCDFGHIJKLNOP"])
        with pytest.raises(CatchDeskError, match="not a role"):
            badge_attendees(session, ev, role="boss")
    with store.write() as session:
        session.get(type(people[2]), people[2].id).status = AttendeeStatus.CANCELLED.value
    with store.read() as session, pytest.raises(CatchDeskError, match="cancelled"):
        badge_attendees(session, session.get(Event, event.id), codes=[people[2].code])


@pytest.mark.parametrize("how_many", [3, 80])  # the ORM path and the bulk path
def test_print_log_is_journaled_and_unprinted_gives_only_the_rest(store, event, how_many):
    with store.write() as session:
        ev = session.get(Event, event.id)
        everyone = [
            add_attendee(session, ev, first_name=f"P{i}", last_name=f"L{i:03}")
            for i in range(how_many + 2)
        ]
    printed = [p.id for p in everyone[:how_many]]
    with store.write() as session:
        ev = session.get(Event, event.id)
        assert record_prints(session, ev, printed, "a4-8", "/tmp/b.pdf", "Desk 1") == how_many
    with store.read() as session:
        ev = session.get(Event, event.id)
        assert printed_ids(session, ev) == set(printed)
        rest = badge_attendees(session, ev, unprinted_only=True)
        assert [p.id for p in rest] == [p.id for p in everyone[how_many:]]
        rows = session.scalars(select(BadgePrint)).all()
        assert {(r.layout, r.desk, r.destination) for r in rows} == {
            ("a4-8", "Desk 1", "/tmp/b.pdf")
        }
        journal = session.scalars(
            select(JournalEntry.entity_id).where(JournalEntry.entity == "badge_prints")
        ).all()
        assert set(journal) == {r.id for r in rows}
