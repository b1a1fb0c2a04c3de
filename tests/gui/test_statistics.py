"""The statistics screen: live counts and charts, refreshed while shown, and its files."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from catchdesk.core.attendees import add_attendee
from catchdesk.core.checkin import check_in_attendee
from catchdesk.core.models import Event, Workshop
from catchdesk.core.timeutil import at_local
from catchdesk.core.walk_ins import WALK_IN_SOURCE
from catchdesk.ui.context import DeskContext
from catchdesk.ui.settings import Settings
from catchdesk.ui.statistics import StatisticsScreen


def _at(event: Event, hour: int, minute: int) -> dt.datetime:
    return at_local(event.starts_on, hour, minute, event.timezone)


@pytest.fixture
def people(store, event):
    """Four registered: Anne (09:05) and Bruno (09:10) came, Emma walked in (09:40), Farid not.

    Anne went to the two-seat SEO workshop.
    """
    with store.write() as session:
        ev = session.get(Event, event.id)
        seo = Workshop(
            event_id=ev.id,
            title="Être trouvé sur Google",
            room="Meuse",
            starts_at=_at(ev, 10, 0),
            ends_at=_at(ev, 11, 0),
            capacity=2,
        )
        session.add(seo)
        session.flush()
        ids = {}
        for first, sector, needs, source in (
            ("Anne", "commerce", "site web, e-commerce", "manual"),
            ("Bruno", "horeca", "site web", "manual"),
            ("Emma", "", "", WALK_IN_SOURCE),
            ("Farid", "industrie", "RGPD", "manual"),
        ):
            person = add_attendee(
                session,
                ev,
                first_name=first,
                last_name="Test",
                sector=sector,
                needs=needs,
                source=source,
            )
            ids[first] = person.id
        for first, (hour, minute) in (("Anne", (9, 5)), ("Bruno", (9, 10)), ("Emma", (9, 40))):
            check_in_attendee(session, ev, ids[first], desk="Accueil", now=_at(ev, hour, minute))
        check_in_attendee(
            session, ev, ids["Anne"], desk="Porte", workshop_id=seo.id, now=_at(ev, 10, 1)
        )
    return ids


@pytest.fixture
def screen(qtbot, store, event, people):
    settings = Settings()
    settings.language = "en"
    screen = StatisticsScreen(DeskContext(store=store, event_id=event.id, settings=settings))
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    with qtbot.waitSignal(screen.figures_shown, timeout=10_000):
        screen.show()
    yield screen
    screen.stop_jobs()


def _number(screen, name: str) -> tuple[str, str]:
    value = screen.findChild(QLabel, f"{name}Value").text()
    return value, screen.findChild(QLabel, f"{name}Note").text()


def test_the_screen_shows_counts_charts_and_rooms(screen):
    assert _number(screen, "checkedInNumber") == ("3", "of 4 registered (75 %)")
    assert _number(screen, "walkInsNumber")[0] == "1"
    assert _number(screen, "peakNumber") == ("09:00", "2 arrivals")
    chart = screen.arrivals_chart
    assert chart.categories() == ["09:00", "09:15", "09:30"]
    assert chart.values() == [2, 0, 1]  # the empty quarter hour is shown, not skipped
    bar = screen.workshop_table.bar(0)
    assert (bar.text(), bar.level) == ("1 / 2", "ok")
    assert screen.sectors_chart.categories() == ["Not given", "horeca", "commerce"]
    assert screen.needs_chart.categories() == ["Not given", "e-commerce", "site web"]
    assert screen.needs_chart.values() == [1, 1, 2]
    assert screen.last_apply_ms > 0


def test_a_check_in_moves_the_numbers_and_the_chart(qtbot, screen, store, event, people):
    with store.write() as session:
        ev = session.get(Event, event.id)
        check_in_attendee(session, ev, people["Farid"], desk="Accueil", now=_at(ev, 9, 31))
        seo = session.query(Workshop).one()
        check_in_attendee(
            session, ev, people["Bruno"], desk="Porte", workshop_id=seo.id, now=_at(ev, 10, 2)
        )
    with qtbot.waitSignal(screen.figures_shown, timeout=10_000):
        screen.refresh()
    assert _number(screen, "checkedInNumber") == ("4", "of 4 registered (100 %)")
    assert screen.arrivals_chart.values() == [2, 0, 2]
    bar = screen.workshop_table.bar(0)
    assert (bar.text(), bar.level) == ("2 / 2 — full", "full")
    assert "industrie" in screen.sectors_chart.categories()


def test_refreshing_only_while_shown(qtbot, screen):
    assert screen._timer.isActive()
    screen.hide()
    assert not screen._timer.isActive()
    with qtbot.waitSignal(screen.figures_shown, timeout=10_000):
        screen.show()


def _button(screen, name: str) -> QPushButton:
    return screen.findChild(QPushButton, name)


def test_export_figures_writes_the_workbook_chosen(qtbot, screen, tmp_path):
    chosen = tmp_path / "chiffres"  # typed without an ending: the filter's is added
    screen.files.ask_save_path = lambda *args: (str(chosen), "")
    with qtbot.waitSignal(screen.file_saved, timeout=10_000) as saved:
        qtbot.mouseClick(_button(screen, "exportFiguresButton"), Qt.MouseButton.LeftButton)
    assert saved.args == [str(tmp_path / "chiffres.xlsx")]
    book = load_workbook(tmp_path / "chiffres.xlsx")
    assert book.sheetnames == ["Summary", "Arrivals", "Workshops", "Sectors", "Needs"]
    assert "Saved" in screen.message.text()


def test_export_attendee_list_as_csv_with_commas(qtbot, screen, tmp_path):
    from catchdesk.ui.statistics_files import spreadsheet_filters

    out = tmp_path / "people.csv"
    screen.files.ask_save_path = lambda *args: (str(out), spreadsheet_filters()[2])
    with qtbot.waitSignal(screen.file_saved, timeout=10_000):
        _button(screen, "exportAttendeesButton").click()
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Id,Code,First name,Last name") and len(lines) == 5
    assert all(button.isEnabled() for button in screen._buttons())


def test_save_summary_writes_the_pdf(qtbot, screen, tmp_path):
    out = tmp_path / "summary.pdf"
    screen.files.ask_save_path = lambda *args: (str(out), "")
    with qtbot.waitSignal(screen.file_saved, timeout=10_000):
        _button(screen, "summaryButton").click()
    text = PdfReader(out).pages[0].extract_text()
    assert "Checked in" in text and "Être trouvé sur Google" in text


def test_a_cancelled_save_dialog_writes_nothing(qtbot, screen, tmp_path):
    asked: list[tuple] = []
    screen.files.ask_save_path = lambda *args: asked.append(args) or ("", "")
    _button(screen, "exportAttendeesButton").click()
    assert len(asked) == 1 and asked[0][2].endswith(".xlsx")  # a suggested name was offered
    assert not screen.files.busy and screen.message.text() == ""
    assert all(button.isEnabled() for button in screen._buttons())


def test_an_export_that_cannot_be_written_says_why(qtbot, screen, tmp_path):
    errors: list[str] = []
    screen.files.show_error = errors.append
    screen.files.ask_save_path = lambda *args: (str(tmp_path / "missing" / "f.xlsx"), "")
    _button(screen, "exportFiguresButton").click()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert "choose another folder" in errors[0]


def test_print_summary_goes_to_the_chosen_printer(qtbot, screen, tmp_path):
    from catchdesk.ui.pdf_printing import pdf_file_printer

    printed = tmp_path / "printed.pdf"
    screen.files.ask_print = lambda parent: pdf_file_printer(printed)
    _button(screen, "printSummaryButton").click()
    qtbot.waitUntil(lambda: "printer" in screen.message.text(), timeout=20_000)
    assert len(PdfReader(printed).pages) == 1


def test_print_summary_cancelled_prints_nothing(qtbot, screen, tmp_path):
    asked: list[bool] = []

    def cancel(parent):
        asked.append(True)

    screen.files.ask_print = cancel
    _button(screen, "printSummaryButton").click()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    qtbot.waitUntil(lambda: _button(screen, "printSummaryButton").isEnabled(), timeout=10_000)
    assert screen.message.text() == ""
