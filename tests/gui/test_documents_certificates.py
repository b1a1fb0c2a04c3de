"""The Certificates tab: a folder run cancelled half-way and resumed, left out, preview, print."""

from __future__ import annotations

from collections import Counter

import pytest
from documents_helpers import make_demo, make_screen, wait_job
from pypdf import PdfReader
from sqlalchemy import select

from catchdesk.core import certificate_runs
from catchdesk.core.models import Certificate, CertificateIssue
from catchdesk.ui import pdf_printing


@pytest.fixture
def demo(store):
    return make_demo(store, attendees=80, came=30)


@pytest.fixture
def screen(qtbot, store, demo, tmp_path):
    screen = make_screen(qtbot, store, demo)
    screen.certificates.folder_input.setText(str(tmp_path / "certificates"))
    screen.tabs.setCurrentWidget(screen.certificates)
    return screen


def issues_by_certificate(store, folder) -> Counter[str]:
    with store.read() as session:
        rows = session.execute(
            select(CertificateIssue.certificate_id, CertificateIssue.destination)
        ).all()
    return Counter(cid for cid, where in rows if where.startswith(str(folder)))


def serials(store) -> set[str]:
    with store.read() as session:
        return set(session.scalars(select(Certificate.serial)))


def test_a_run_cancelled_half_way_resumes_and_writes_each_certificate_once(
    qtbot, screen, demo, store, monkeypatch, tmp_path
):
    tab = screen.certificates
    folder = tmp_path / "certificates"
    assert "(30)" in tab.everyone_radio.text()
    monkeypatch.setattr(certificate_runs, "CHUNK", 5)
    real = certificate_runs.export_certificates
    chunks: list[list[str]] = []

    def export_then_cancel(session, event, out, **options):
        chunks.append(list(options["codes"]))
        if len(chunks) == 4:  # 15 of 30 written: the person presses Cancel
            tab.job.cancel()
        return real(session, event, out, **options)

    monkeypatch.setattr(certificate_runs, "export_certificates", export_then_cancel)
    with qtbot.waitSignal(tab.stopped, timeout=30_000) as stopped:
        tab.write_button.click()
    wait_job(qtbot, tab)
    first = stopped.args[0]
    assert (first.done, first.total) == (15, 30)
    assert len(list(folder.glob("*.pdf"))) == 15
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # no half-written files
    assert tab.notice.kind == "warning" and "other 15" in tab.notice.text()

    chunks.clear()
    with qtbot.waitSignal(tab.written, timeout=30_000) as written:
        tab.write_button.click()
    wait_job(qtbot, tab)
    second = written.args[0]
    assert (len(second.already), len(second.written), second.done) == (15, 15, 30)
    assert sum(len(codes) for codes in chunks) == 15  # the first 15 were not drawn again
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == 30
    assert {f.stem.rsplit("_", 1)[-1] for f in files} == serials(store)
    issued = issues_by_certificate(store, folder)
    assert len(issued) == 30 and set(issued.values()) == {1}
    assert "30 certificates are in" in tab.notice.text()

    with qtbot.waitSignal(tab.written, timeout=30_000) as again:
        tab.write_button.click()
    wait_job(qtbot, tab)
    assert (len(again.args[0].written), len(again.args[0].already)) == (0, 30)


def test_people_who_did_not_come_are_listed_with_the_reason(qtbot, screen, demo):
    tab = screen.certificates
    absent = next(p for p in demo.people if p not in demo.came)
    tab.model.set_ticked([demo.came[0].id, absent.id], True)
    assert tab.ticked_radio.isChecked()
    with qtbot.waitSignal(tab.written, timeout=30_000) as written:
        tab.write_folder()
    wait_job(qtbot, tab)
    assert written.args[0].done == 1
    assert tab.left_out_box.isVisible()
    rows = tab.left_out_model.rows
    assert [(r.name, r.why) for r in rows] == [(absent.name, "never checked in")]
    assert "1 get no certificate: 1 never checked in" in tab.left_out_summary.text()


def test_preview_shows_the_first_certificates(qtbot, screen, demo, monkeypatch):
    monkeypatch.setattr("catchdesk.ui.documents_certificates.PREVIEW_LIMIT", 4)
    tab = screen.certificates
    with qtbot.waitSignal(tab.previewed, timeout=30_000):
        tab.preview_button.click()
    wait_job(qtbot, tab)
    assert tab.pdf.page_count == 4
    assert "first 4 of 30" in tab.pdf.caption.text()


def test_save_as_one_pdf_and_print_to_a_pdf_file(qtbot, screen, demo, store, tmp_path):
    tab = screen.certificates
    tab.model.set_ticked([p.id for p in demo.came[:3]], True)
    merged = tmp_path / "all.pdf"
    with qtbot.waitSignal(tab.saved, timeout=30_000):
        tab.save_merged_to(merged)
    wait_job(qtbot, tab)
    reader = PdfReader(merged)
    assert len(reader.pages) == 3
    assert demo.came[0].name in reader.pages[0].extract_text()

    out = tmp_path / "printed.pdf"
    with qtbot.waitSignal(tab.printed, timeout=60_000):
        tab.print_to(pdf_printing.pdf_file_printer(out))
    wait_job(qtbot, tab)
    assert len(PdfReader(out).pages) == 3
    with store.read() as session:
        destinations = Counter(session.scalars(select(CertificateIssue.destination)))
    assert destinations == {str(merged): 3, str(out): 3}


def test_nobody_ticked_writes_nothing(qtbot, screen, tmp_path):
    tab = screen.certificates
    tab.set_everyone(False)
    tab.write_folder()
    assert tab.job is None
    assert not (tmp_path / "certificates").exists()
    assert tab.notice.kind == "warning"
