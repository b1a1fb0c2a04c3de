"""Reading registration files: encodings, delimiters, quoting, XLSX cells, unreadable files."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from catchdesk.core.errors import CatchDeskError
from catchdesk.core.importing import ImportFileError, read_table
from catchdesk.core.importing.reading import cell_text, sniff_delimiter

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- encodings -----------------------------------------------------------------------------


def test_utf8_with_bom_eventbrite_sample():
    table = read_table(SAMPLES / "eventbrite_attendees.csv")
    assert table.source == "csv"
    assert table.encoding == "utf-8-sig"
    assert table.delimiter == ","
    assert table.headers[0] == "Order #"  # no BOM left on the first header
    assert len(table.rows) == 30
    assert table.rows[0].line == 2


def test_windows_1252_semicolon_crlf_sample():
    table = read_table(SAMPLES / "excel_windows_fr.csv")
    assert table.encoding == "cp1252"
    assert table.delimiter == ";"
    assert table.headers[:3] == ["Prénom", "Nom", "Courriel"]
    first = table.rows[0].cells
    assert first[:2] == ("Hélène", "Dupré")
    assert first[4] == "Boulangerie Dupré"
    assert any("Pâtisserie Cœur de Namur" in row.cells for row in table.rows)


def test_tab_delimited_sample():
    table = read_table(SAMPLES / "inscriptions_nl.csv")
    assert table.delimiter == "\t"
    assert table.encoding == "utf-8"
    assert table.headers[:3] == ["Voornaam", "Achternaam", "E-mailadres"]


def test_utf8_without_bom(tmp_path):
    path = write(tmp_path, "a.csv", "Prénom,Nom,E-mail\nŁukasz,Kowalczyk,l@k.be\n".encode())
    table = read_table(path)
    assert table.encoding == "utf-8"
    assert table.rows[0].cells == ("Łukasz", "Kowalczyk", "l@k.be")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le"])
def test_utf16_excel_unicode_text(tmp_path, encoding):
    text = "Prénom\tNom\tCourriel\r\nAyşe\tDoğan\tayse@dogan.be\r\nThị Mai\tNguyễn\tmai@pho.be\r\n"
    path = write(tmp_path, "unicode.txt", text.encode(encoding))
    table = read_table(path)
    assert table.encoding.startswith("utf-16")
    assert table.delimiter == "\t"
    assert [row.cells[1] for row in table.rows] == ["Doğan", "Nguyễn"]


def test_latin1_bytes_outside_cp1252_still_read(tmp_path):
    path = write(tmp_path, "a.csv", b"Nom;Pr\xe9nom\nA\x81;B\n")
    table = read_table(path)
    assert table.encoding == "latin-1"
    assert table.headers == ["Nom", "Prénom"]


# --- delimiters and quoting -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a,b,c\n1,2,3\n", ","),
        ("a;b;c\n1;2,5;3\n", ";"),
        ("a\tb\tc\n1\t2\t3\n", "\t"),
        ('"Nom, prénom";Email;Société\n"Dupré, Hélène";h@d.be;"A, B et C"\n', ";"),
        ("email\nh@d.be\n", ","),
    ],
)
def test_sniff_delimiter(text, expected):
    assert sniff_delimiter(text) == expected


def test_quoted_fields_with_delimiters_and_newlines_keep_spreadsheet_line_numbers(tmp_path):
    text = (
        "Prénom;Nom;Besoins;Courriel\r\n"
        'Hélène;Dupré;"Site web;\r\nréseaux sociaux\r\net SEO";h@dupre.be\r\n'
        "\r\n"
        'Marc;"Van den ""Bos""";;marc@bos.be\r\n'
    )
    path = write(tmp_path, "multi.csv", text.encode("cp1252"))
    table = read_table(path)
    assert table.delimiter == ";"
    assert [row.line for row in table.rows] == [2, 4]
    assert table.rows[0].cells[2] == "Site web;\r\nréseaux sociaux\r\net SEO"
    assert table.rows[1].cells[1] == 'Van den "Bos"'


def test_excel_sep_hint_line(tmp_path):
    path = write(tmp_path, "a.csv", b"sep=;\r\nNom;Email\r\nDupr\xe9;a@b.be\r\n")
    table = read_table(path)
    assert table.delimiter == ";"
    assert table.headers == ["Nom", "Email"]
    assert table.rows[0].line == 2


def test_blank_lines_before_header_and_between_rows_are_skipped(tmp_path):
    path = write(tmp_path, "a.csv", b"\n\nNom,Email\n\nA,a@b.be\n,\nB,b@b.be\n")
    table = read_table(path)
    assert table.header_line == 3
    assert [row.line for row in table.rows] == [5, 7]


# --- XLSX --------------------------------------------------------------------------------------


@pytest.fixture
def workbook_path(tmp_path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Inscriptions"
    sheet.append(["Prénom", "Nom", "E-mail", "Code-barres", "GSM", "Inscrit le"])
    sheet.append(["Hélène", "Dupré", "h@dupre.be", 123456789012, 32470123456, dt.date(2026, 10, 3)])
    sheet.append([None, None, None, None, None, None])
    sheet.append(["Łukasz", "Kowalczyk", "l@k.be", 123456789013.0, "0470 12 34 56", None])
    sheet.append(["Ayşe", "Doğan", "a@d.be", "000123", None, dt.datetime(2026, 10, 4, 9, 30)])
    other = book.create_sheet("Coachs")
    other.append(["Prénom", "Nom", "Courriel"])
    other.append(["Thibault", "Dethier", "t@pixel.be"])
    path = tmp_path / "inscriptions.xlsx"
    book.save(path)
    return path


def test_xlsx_first_sheet_codes_keep_their_digits(workbook_path):
    table = read_table(workbook_path)
    assert table.source == "xlsx"
    assert table.sheet == "Inscriptions"
    assert table.sheets == ["Inscriptions", "Coachs"]
    assert [row.line for row in table.rows] == [2, 4, 5]
    codes = [row.cells[3] for row in table.rows]
    assert codes == ["123456789012", "123456789013", "000123"]
    assert table.rows[0].cells[4] == "32470123456"
    assert table.rows[0].cells[5] == "2026-10-03"
    assert table.rows[2].cells[5] == "2026-10-04 09:30:00"


def test_xlsx_other_sheet_by_name_or_number(workbook_path):
    assert read_table(workbook_path, sheet="coachs").rows[0].cells[0] == "Thibault"
    assert read_table(workbook_path, sheet="2").sheet == "Coachs"
    with pytest.raises(ImportFileError, match=r"no sheet 'Sponsors'.*Inscriptions, Coachs"):
        read_table(workbook_path, sheet="Sponsors")


def test_xlsx_empty_first_sheet_names_the_others(tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "Feuil1"
    book.create_sheet("Participants").append(["Nom", "Email"])
    path = tmp_path / "x.xlsx"
    book.save(path)
    with pytest.raises(ImportFileError, match=r"'Feuil1'.*empty.*Participants"):
        read_table(path)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (123456789012, "123456789012"),
        (123456789012.0, "123456789012"),
        (1.5, "1.5"),
        (0.1 + 0.2, "0.3"),
        (True, "true"),
        ("  x ", "  x "),
    ],
)
def test_cell_text(value, text):
    assert cell_text(value) == text


# --- unreadable files: one clear sentence each --------------------------------------------------


def test_missing_file(tmp_path):
    with pytest.raises(ImportFileError, match="does not exist"):
        read_table(tmp_path / "nope.csv")


def test_folder(tmp_path):
    with pytest.raises(ImportFileError, match="is a folder"):
        read_table(tmp_path)


@pytest.mark.parametrize("data", [b"", b"\r\n\r\n  \n", b"\xef\xbb\xbf", b";;;\r\n;;\r\n"])
def test_empty_file(tmp_path, data):
    with pytest.raises(ImportFileError, match="is empty"):
        read_table(write(tmp_path, "empty.csv", data))


def test_binary_file(tmp_path):
    data = bytes(range(256)) * 40
    with pytest.raises(ImportFileError, match="binary data"):
        read_table(write(tmp_path, "data.csv", data))


def test_pdf_is_not_a_registration_list(tmp_path):
    with pytest.raises(ImportFileError, match="PDF document, not a CSV or XLSX"):
        read_table(write(tmp_path, "list.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"))


def test_old_xls_or_password_protected(tmp_path):
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    with pytest.raises(ImportFileError, match=r"old Excel \.xls.*password"):
        read_table(write(tmp_path, "old.xls", data))


def test_corrupt_xlsx(tmp_path):
    with pytest.raises(ImportFileError, match="damaged or locked"):
        read_table(write(tmp_path, "broken.xlsx", b"PK\x03\x04" + b"\x00garbage" * 50))


def test_truncated_xlsx(tmp_path, workbook_path):
    data = workbook_path.read_bytes()
    with pytest.raises(ImportFileError, match="damaged"):
        read_table(write(tmp_path, "cut.xlsx", data[: len(data) // 2]))


def test_xlsx_that_is_really_text(tmp_path):
    with pytest.raises(ImportFileError, match="not a real Excel workbook"):
        read_table(write(tmp_path, "export.xlsx", b"Nom,Email\nA,a@b.be\n"))


def test_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "letter.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(ImportFileError, match=r"ZIP archive.*not an Excel workbook"):
        read_table(path)


def test_excel_lock_file(tmp_path):
    path = write(tmp_path, "~$inscriptions.xlsx", b"\x0bJean Dupont" + b"\x00" * 150)
    with pytest.raises(ImportFileError, match=r"lock file.*inscriptions.xlsx"):
        read_table(path)


def test_file_locked_by_another_program(tmp_path, monkeypatch):
    path = write(tmp_path, "open.xlsx", b"PK\x03\x04")

    def locked(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", locked)
    with pytest.raises(ImportFileError, match="open in another program"):
        read_table(path)


def test_unclosed_quote_is_explained(tmp_path):
    text = 'Nom,Email\n"Dupré,h@d.be\n' + "x,y\n" * 40000
    with pytest.raises(CatchDeskError, match="quotation mark"):
        read_table(write(tmp_path, "q.csv", text.encode()))


def test_title_lines_above_the_header_are_skipped(tmp_path):
    text = "Liste des inscrits – Digital Day Namur\r\n\r\nPrénom;Nom;Courriel\r\nA;B;a@b.be\r\n"
    table = read_table(write(tmp_path, "a.csv", text.encode("cp1252")))
    assert table.delimiter == ";"
    assert (table.header_line, table.skipped_lines) == (3, [1])
    assert table.headers == ["Prénom", "Nom", "Courriel"]
    assert table.rows[0].line == 4


def test_xlsx_title_row_above_the_header(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "Inscriptions au 26/11/2026"
    sheet.append([])
    sheet.append(["Prénom", "Nom", "E-mail"])
    sheet.append(["Zoé", "Henrard", "zoe@try.be"])
    path = tmp_path / "titled.xlsx"
    book.save(path)
    table = read_table(path)
    assert (table.header_line, table.skipped_lines) == (3, [1])
    assert table.rows[0].line == 4
