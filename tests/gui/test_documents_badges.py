"""The Badges tab: whose badges, the PDF they make, printing through a QPrinter, the print log."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents_helpers import make_demo, make_screen, wait_job
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import select

from catchdesk.core.codes import format_code
from catchdesk.core.models import BadgePrint
from catchdesk.core.textfold import fold
from catchdesk.ui import pdf_printing
from catchdesk.ui.documents_badges import UNPRINTED
from catchdesk.ui.documents_people import COL_NAME


@pytest.fixture
def demo(store):
    return make_demo(store, attendees=40, came=0)


@pytest.fixture
def screen(qtbot, store, demo):
    return make_screen(qtbot, store, demo)


def pdf_codes(path: Path) -> tuple[int, str]:
    reader = PdfReader(path)
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def tick_by_filter(qtbot, tab, person) -> None:
    """Type the person's code in the filter and tick the one row it leaves, as a user would."""
    picker = tab.picker
    picker.filter_input.clear()
    qtbot.keyClicks(picker.filter_input, person.code.lower())
    picker.apply_filter()
    assert tab.model.rowCount() == 1
    index = tab.model.index(0, COL_NAME)
    assert tab.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)


def save(qtbot, tab, path: Path) -> None:
    with qtbot.waitSignal(tab.saved, timeout=30_000):
        tab.save_pdf_to(path)
    wait_job(qtbot, tab)


def prints(store) -> list[BadgePrint]:
    with store.read() as session:
        return list(session.scalars(select(BadgePrint)))


def test_ticked_people_get_exactly_their_badges(qtbot, screen, demo, tmp_path):
    tab = screen.badges
    chosen = demo.people[:9]
    for person in chosen:
        tick_by_filter(qtbot, tab, person)
    assert tab.ticked_radio.isChecked()
    assert "(9)" in tab.ticked_radio.text()
    out = tmp_path / "chosen.pdf"
    save(qtbot, tab, out)
    pages, text = pdf_codes(out)
    assert pages == 2  # 8 to an A4 sheet
    for person in chosen:
        assert format_code(person.code) in text
    for person in demo.people[9:]:
        assert format_code(person.code) not in text
    assert tab.pdf.page_count == 2
    assert {row.attendee_id for row in prints(screen.context.store)} == {p.id for p in chosen}


def test_never_printed_leaves_out_those_already_printed(qtbot, screen, demo, tmp_path):
    tab = screen.badges
    printed = demo.people[:3]
    tab.model.set_ticked([p.id for p in printed], True)
    with qtbot.waitSignal(screen.people_loaded, timeout=10_000):
        save(qtbot, tab, tmp_path / "first.pdf")
    everyone = tab.model.listed
    assert f"({everyone - 3})" in tab.unprinted_radio.text()
    tab.set_mode(UNPRINTED)
    out = tmp_path / "rest.pdf"
    save(qtbot, tab, out)
    pages, text = pdf_codes(out)
    assert pages == -(-(everyone - 3) // 8)
    for person in printed:
        assert format_code(person.code) not in text
    for person in demo.people[3:]:
        assert format_code(person.code) in text


def test_printing_goes_through_a_qprinter_into_a_pdf_file(qtbot, screen, demo, tmp_path):
    tab = screen.badges
    tab.model.set_ticked([p.id for p in demo.people[:3]], True)
    tab.set_layout("label-62mm")
    out = tmp_path / "printer.pdf"
    with qtbot.waitSignal(tab.printed, timeout=60_000) as printed:
        tab.print_to(pdf_printing.pdf_file_printer(out))
    wait_job(qtbot, tab)
    assert printed.args == [3]
    assert len(PdfReader(out).pages) == 3  # one label each
    logged = prints(screen.context.store)
    assert {row.destination for row in logged} == {str(out)}
    assert {row.layout for row in logged} == {"label-62mm"}
    assert "3 badges sent" in tab.notice.text()


def test_a_cancelled_print_dialog_prints_and_logs_nothing(qtbot, screen, demo, monkeypatch):
    asked = []
    monkeypatch.setattr(pdf_printing, "ask_printer", lambda parent, printer: asked.append(1))
    tab = screen.badges
    tab.print_badges()
    assert asked == [1]
    assert tab.job is None
    assert prints(screen.context.store) == []


def test_nobody_ticked_is_said_instead_of_printing_everyone(qtbot, screen, tmp_path):
    tab = screen.badges
    tab.ticked_radio.setChecked(True)
    tab.save_pdf_to(tmp_path / "none.pdf")
    assert tab.job is None
    assert not (tmp_path / "none.pdf").exists()
    assert tab.notice.kind == "warning" and "Nobody is ticked" in tab.notice.text()


def test_the_filter_finds_names_typed_without_accents_and_keeps_ticks(qtbot, screen, demo):
    tab = screen.badges
    accented = next(p for p in demo.people if not p.name.isascii() and fold(p.name).isascii())
    tab.model.set_ticked([demo.people[0].id], True)
    qtbot.keyClicks(tab.picker.filter_input, fold(accented.name))
    tab.picker.apply_filter()
    names = [tab.model.row_at(r).name for r in range(tab.model.rowCount())]
    assert names == [accented.name]
    tab.picker.filter_input.clear()
    tab.picker.only_ticked.setChecked(True)
    shown = [tab.model.row_at(r).attendee_id for r in range(tab.model.rowCount())]
    assert shown == [demo.people[0].id]
    assert "1 ticked" in tab.picker.count_label.text()


def test_filtering_letter_by_letter_and_back_shows_what_matches(qtbot, screen, demo):
    model = screen.badges.model
    everyone = [model.row_at(r).attendee_id for r in range(model.rowCount())]
    target = next(p for p in demo.people if p.name.isascii())
    typed = fold(target.name)
    expected = {}
    for end in [*range(1, len(typed) + 1), *range(len(typed) - 1, 0, -1), 0]:
        text = typed[:end]
        model.set_filter(text)
        shown = {model.row_at(r).attendee_id for r in range(model.rowCount())}
        words = text.split()
        expected = {
            row.attendee_id
            for row in screen.badges.people.rows
            if row.attendee_id in everyone
            and all(w in f"{row.search} {row.code.lower()}" for w in words)
        }
        assert shown == expected, text
    assert len(expected) == len(everyone)  # back to the empty filter: everyone again
