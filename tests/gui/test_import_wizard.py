"""The import wizard: a real export into the attendee list, page by page, as an organiser does.

Each test drives the wizard's own widgets (the path field, the drop-downs, the partial-import
box, the Import and Cancel buttons) and waits for its background jobs like a person waits for
the screen; the outcome is read back from the store, not from the wizard's word.
"""

from __future__ import annotations

import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QWizard
from sqlalchemy import func, select

from catchdesk.core.importing import apply_import
from catchdesk.core.models import Attendee
from catchdesk.ui import import_wizard as wizard_module
from catchdesk.ui import import_worker
from catchdesk.ui.context import DeskContext
from catchdesk.ui.import_wizard import ImportWizard, open_import_wizard
from catchdesk.ui.import_wizard_state import IGNORED, columns_of
from catchdesk.ui.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"

# sample -> (new people, a word the file page shows about how it was read)
GOOD_SAMPLES = {
    "eventbrite_attendees.csv": (30, "UTF-8 (with byte order mark)"),
    "pretix_orders.csv": (24, "comma"),
    "excel_windows_fr.csv": (26, "Windows-1252 (Excel on Windows)"),
    "inscriptions_nl.csv": (25, "tab"),
}


def test_every_sample_is_tried():
    assert sorted([*GOOD_SAMPLES, "broken_rows.csv"]) == sorted(
        p.name for p in SAMPLES.glob("*.csv")
    )


@pytest.fixture
def context(store, event, tmp_path) -> DeskContext:
    settings = Settings.load(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    return DeskContext(store=store, event_id=event.id, settings=settings)


@pytest.fixture
def make_wizard(qtbot, context):
    made: list[ImportWizard] = []

    def make(path: Path | str | None = None) -> ImportWizard:
        wizard = ImportWizard(context, None, path)
        qtbot.addWidget(wizard)
        wizard.show()
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:  # no thread may outlive its window
        wizard.jobs.stop_all()
        assert not wizard.jobs.busy


def attendees(store) -> list[Attendee]:
    with store.read() as session:
        return list(session.scalars(select(Attendee).order_by(Attendee.last_name)))


def count(store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(Attendee))


def wait_read(qtbot, wizard: ImportWizard) -> None:
    page = wizard.file_page
    qtbot.waitUntil(lambda: not page.reading, timeout=20_000)


def to_columns(qtbot, wizard: ImportWizard) -> None:
    wait_read(qtbot, wizard)
    assert wizard.file_page.isComplete(), wizard.file_page.notice.text()
    wizard.next()
    assert wizard.currentPage() is wizard.columns_page


def to_check(qtbot, wizard: ImportWizard) -> None:
    assert wizard.columns_page.isComplete(), wizard.columns_page.notice.text()
    wizard.next()
    assert wizard.currentPage() is wizard.check_page
    qtbot.waitUntil(lambda: not wizard.check_page.checking, timeout=20_000)


def import_now(qtbot, wizard: ImportWizard) -> None:
    assert wizard.check_page.isComplete(), wizard.check_page.notice.text()
    next_button = wizard.button(QWizard.WizardButton.CommitButton)
    assert next_button.isEnabled() and next_button.text() == "Import"
    next_button.click()
    assert wizard.currentPage() is wizard.result_page
    qtbot.waitUntil(lambda: not wizard.result_page.running, timeout=30_000)


def shown_details(wizard: ImportWizard) -> list[str]:
    return [label.text() for label in wizard.file_page.details.findChildren(QLabel)]


@pytest.mark.parametrize("sample", sorted(GOOD_SAMPLES))
def test_a_real_export_with_one_column_corrected(qtbot, make_wizard, store, sample):
    expected, how_read = GOOD_SAMPLES[sample]
    wizard = make_wizard(SAMPLES / sample)
    to_columns(qtbot, wizard)
    assert how_read in shown_details(wizard)
    assert sample in wizard.columns_page.read_as.text()

    # The organiser does not want phone numbers in CatchDesk: those columns are left out.
    phones = [i for i, target in columns_of(wizard.state.mapping).items() if target == "phone"]
    assert phones
    for column in phones:
        combo = wizard.columns_page.combos[column]
        combo.setCurrentIndex(combo.findData(IGNORED))
    preview = wizard.columns_page.preview_model
    assert preview.headerData(phones[0], Qt.Orientation.Horizontal).endswith("— not imported —")
    assert not wizard.state.mapping.has("phone")

    to_check(qtbot, wizard)
    tiles = wizard.check_page.tiles
    assert (tiles.new.number.text(), tiles.rejected.number.text()) == (str(expected), "0")
    assert count(store) == 0  # the dry run wrote nothing

    import_now(qtbot, wizard)
    assert wizard.imported
    assert wizard.result_page.tiles.new.number.text() == str(expected)
    people = attendees(store)
    assert len(people) == expected
    assert all(person.phone == "" for person in people)
    assert all(person.source == "import" for person in people)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_importing_the_same_file_again_has_nothing_to_do(qtbot, make_wizard, store):
    first = make_wizard(SAMPLES / "inscriptions_nl.csv")
    to_columns(qtbot, first)
    to_check(qtbot, first)
    import_now(qtbot, first)
    again = make_wizard(SAMPLES / "inscriptions_nl.csv")
    to_columns(qtbot, again)
    to_check(qtbot, again)
    assert again.check_page.tiles.unchanged.number.text() == "25"
    assert "nothing to import" in again.check_page.notice.text()
    assert not again.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert count(store) == 25


@pytest.fixture
def workbook(tmp_path) -> Path:
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Notes"
    notes.append(["Liste exportée le 3 octobre", None])
    sheet = book.create_sheet("Participants")
    sheet.append(["Prénom", "Nom de famille", "Adresse e-mail", "Société", "Code-barres"])
    sheet.append(["Hélène", "Dupré", "helene@dupre.be", "Boulangerie Dupré", 123456789012])
    sheet.append(["Łukasz", "Kowalczyk", "lukasz@kowalczyk.be", None, 123456789013])
    sheet.append(["Ayşe", "Doğan", "ayse@dogan.be", "Salon Ayşe", "000123"])
    path = tmp_path / "participants.xlsx"
    book.save(path)
    return path


def test_an_excel_workbook_on_its_second_sheet(qtbot, make_wizard, store, workbook):
    wizard = make_wizard(workbook)
    wait_read(qtbot, wizard)
    # The first sheet holds one line of notes: not a list of people.
    sheet_box = wizard.file_page.sheet_box
    assert sheet_box is not None
    assert [sheet_box.itemText(i) for i in range(sheet_box.count())] == ["Notes", "Participants"]
    assert "Excel workbook (XLSX)" in shown_details(wizard)
    sheet_box.setCurrentIndex(1)
    sheet_box.activated.emit(1)
    qtbot.waitUntil(lambda: wizard.state.table is not None, timeout=20_000)
    assert wizard.state.table.sheet == "Participants"
    to_columns(qtbot, wizard)
    to_check(qtbot, wizard)
    assert wizard.check_page.tiles.new.number.text() == "3"
    import_now(qtbot, wizard)
    with store.read() as session:
        helene = session.scalars(select(Attendee).where(Attendee.first_name == "Hélène")).one()
        assert [code.raw for code in helene.external_codes] == ["123456789012"]
    assert count(store) == 3


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("inscriptions.xlsx", b"PK\x03\x04 this zip was cut in the middle", "damaged"),
        ("inscriptions.csv", bytes(range(256)) * 8, "binary data"),
        ("vide.csv", b"\r\n\r\n", "empty"),
        ("inscriptions.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, ".xls"),
    ],
)
def test_a_broken_file_is_refused_in_words(qtbot, make_wizard, tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    wizard = make_wizard(path)
    wait_read(qtbot, wizard)
    notice = wizard.file_page.notice
    assert notice.isVisible() and notice.kind == "error"
    assert "cannot be imported" in notice.text() and reason in notice.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    # The person chooses the right file and goes on.
    wizard.file_page.path_edit.setText(str(SAMPLES / "inscriptions_nl.csv"))
    wizard.file_page.path_edit.returnPressed.emit()
    wait_read(qtbot, wizard)
    assert wizard.file_page.notice.kind == "success"
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_the_file_dialog_choice_is_read(qtbot, make_wizard, monkeypatch):
    monkeypatch.setattr(
        wizard_module, "choose_import_file", lambda _parent: str(SAMPLES / "pretix_orders.csv")
    )
    wizard = make_wizard()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.file_page.browse_button.click()
    wait_read(qtbot, wizard)
    assert wizard.file_page.path_edit.text().endswith("pretix_orders.csv")
    assert "a pretix export" in shown_details(wizard)


def test_unknown_columns_are_named_with_the_drop_downs(qtbot, make_wizard, store, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text(
        "Qui;Joindre;Boîte\n"
        "Anne Lemaire;anne@lemaire.be;Fleurs Lemaire\n"
        "Karim Benali;karim@benali.be;Benali Traiteur\n",
        encoding="utf-8",
    )
    wizard = make_wizard(path)
    to_columns(qtbot, wizard)
    page = wizard.columns_page
    assert page.notice.kind == "warning" and "did not recognise" in page.notice.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.choose(0, "full_name")
    assert "e-mail addresses or of the ticket codes" in page.notice.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.choose(1, "email")
    page.choose(2, "organisation")
    assert not page.notice.isVisible()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    to_check(qtbot, wizard)
    import_now(qtbot, wizard)
    people = {p.email: p for p in attendees(store)}
    assert people["karim@benali.be"].first_name == "Karim"
    assert people["karim@benali.be"].last_name == "Benali"
    assert people["karim@benali.be"].organisation == "Benali Traiteur"


def test_rejected_rows_block_the_import_until_only_valid_rows_are_asked(qtbot, make_wizard, store):
    wizard = make_wizard(SAMPLES / "broken_rows.csv")
    to_columns(qtbot, wizard)
    to_check(qtbot, wizard)
    page = wizard.check_page
    assert page.tiles.rejected.number.text() == "8"
    assert page.rows.rows_model.lines("rejected") == [3, 5, 6, 7, 9, 10, 11, 12]
    assert page.notice.kind == "error"
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert not commit.isEnabled()
    assert page.partial.isVisible()
    page.partial.click()
    assert commit.isEnabled()
    import_now(qtbot, wizard)
    assert count(store) == 8
    assert wizard.result_page.rows.rows_model.lines() == [3, 5, 6, 7, 9, 10, 11, 12]
    assert "left out" in wizard.result_page.notice.text()


def test_a_wrong_choice_seen_in_the_check_is_fixed_by_going_back(qtbot, make_wizard, store):
    wizard = make_wizard(SAMPLES / "excel_windows_fr.csv")
    to_columns(qtbot, wizard)
    courriel = wizard.state.table.headers.index("Courriel")
    wizard.columns_page.choose(courriel, "phone")  # a slip of the mouse
    to_check(qtbot, wizard)
    rejected = wizard.check_page.rows.rows_model.lines("rejected")
    assert rejected  # the people without a ticket code have nothing left to tell them apart
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    wizard.back()
    assert wizard.currentPage() is wizard.columns_page
    assert wizard.columns_page.combos[courriel].currentData() == "phone"  # the choice is kept
    wizard.columns_page.choose(courriel, "email")
    to_check(qtbot, wizard)
    assert wizard.check_page.tiles.rejected.number.text() == "0"
    import_now(qtbot, wizard)
    assert count(store) == 26


def big_file(tmp_path: Path, rows: int) -> Path:
    lines = ["Prénom;Nom;Courriel;Code"]
    lines += [f"Prénom{i};Nom{i};p{i}@exemple.be;T-{i:05d}" for i in range(rows)]
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def gated_import(monkeypatch):
    """The import pauses after its first chunk until the test lets it go on."""
    gate = threading.Event()
    paused = threading.Event()

    def slow_apply(session, event, plan, *, progress=None, cancelled=None, **options):
        def step(done: int, total: int) -> None:
            if progress is not None:
                progress(done, total)
            if done:
                paused.set()
                gate.wait(10)

        return apply_import(session, event, plan, progress=step, cancelled=cancelled, **options)

    monkeypatch.setattr(import_worker, "apply_import", slow_apply)
    yield gate, paused
    gate.set()


def test_cancel_halfway_leaves_the_store_unchanged(
    qtbot, make_wizard, store, tmp_path, gated_import
):
    gate, paused = gated_import
    wizard = make_wizard(big_file(tmp_path, 2500))
    to_columns(qtbot, wizard)
    to_check(qtbot, wizard)
    assert wizard.check_page.tiles.new.number.text() == "2500"
    wizard.button(QWizard.WizardButton.CommitButton).click()
    page = wizard.result_page
    qtbot.waitUntil(paused.is_set, timeout=20_000)
    qtbot.waitUntil(lambda: page.progress.maximum() == 2500, timeout=5_000)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert wizard.isVisible()  # Cancel stops the import first; the window stays to say so
    assert "Stopping" in page.progress_label.text()
    gate.set()
    qtbot.waitUntil(lambda: not page.running, timeout=20_000)
    assert "Nothing was imported" in page.notice.text()
    assert not wizard.imported
    assert count(store) == 0
    # Back to the check, and the import can be run again.
    assert page.retry_button.isVisible()
    page.retry_button.click()
    assert wizard.currentPage() is wizard.check_page
    qtbot.waitUntil(lambda: not wizard.check_page.checking, timeout=20_000)
    import_now(qtbot, wizard)
    assert count(store) == 2500


def test_closing_while_a_file_is_read_waits_for_the_thread(qtbot, make_wizard, tmp_path):
    wizard = make_wizard(big_file(tmp_path, 3000))
    wizard.reject()
    assert not wizard.jobs.busy
    assert not wizard.isVisible()


def test_open_import_wizard_says_whether_people_were_imported(qtbot, context, store, monkeypatch):
    def run_through(self: ImportWizard) -> int:
        self.show()
        self.file_page.load(SAMPLES / "excel_windows_fr.csv")
        to_columns(qtbot, self)
        to_check(qtbot, self)
        import_now(qtbot, self)
        self.accept()
        return 1

    monkeypatch.setattr(ImportWizard, "exec", run_through)
    assert open_import_wizard(context, None) is True
    assert count(store) == 26
    monkeypatch.setattr(ImportWizard, "exec", lambda self: 0)
    assert open_import_wizard(context, None) is False
