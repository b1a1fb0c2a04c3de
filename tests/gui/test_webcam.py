"""Webcam scanning without a camera: frames decode, held codes count once, no camera is said."""

from __future__ import annotations

import pytest
import qrcode
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel

from catchdesk.ui.webcam import FrameDecoder, ScanDeduplicator, WebcamPanel

CODE = "HPNCELUCHHCRE"


def qr_image(text: str, *, margin: int = 60) -> QImage:
    """A QR code drawn the way a camera sees one: greyish paper around it, RGB, not pure."""
    pil = qrcode.make(text, box_size=6, border=4).get_image().convert("L")
    qr = QImage(pil.tobytes(), pil.width, pil.height, pil.width, QImage.Format.Format_Grayscale8)
    frame = QImage(pil.width + 2 * margin, pil.height + 2 * margin, QImage.Format.Format_RGB32)
    frame.fill(QColor("#c8c4bc"))
    painter = QPainter(frame)
    painter.drawImage(margin, margin, qr)
    painter.end()
    return frame


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_frame_decoder_reads_a_qr_code_from_a_qimage(qapp):
    decoder = FrameDecoder()
    assert FrameDecoder.available()
    assert decoder.decode(qr_image(CODE)) == [CODE]


def test_frame_decoder_finds_nothing_in_a_blank_frame(qapp):
    blank = QImage(320, 240, QImage.Format.Format_RGB32)
    blank.fill(QColor("white"))
    assert FrameDecoder().decode(blank) == []
    assert FrameDecoder().decode(QImage()) == []


def test_frame_decoder_takes_numpy_frames_too(qapp):
    numpy = pytest.importorskip("numpy")
    grey = qr_image(CODE).convertToFormat(QImage.Format.Format_Grayscale8)
    rows = [bytes(grey.constScanLine(y))[: grey.width()] for y in range(grey.height())]
    array = numpy.frombuffer(b"".join(rows), dtype=numpy.uint8).reshape(grey.height(), -1)
    assert FrameDecoder().decode(array) == [CODE]


def test_deduplicator_suppresses_a_held_code_and_accepts_it_after_it_left():
    clock = FakeClock()
    dedup = ScanDeduplicator(absence_seconds=2.0, clock=clock)
    assert dedup.accept([CODE]) == [CODE]
    for _ in range(20):  # held in front of the camera for two seconds of frames
        clock.now += 0.1
        assert dedup.accept([CODE]) == []
    clock.now += 0.5
    assert dedup.accept([]) == []  # a blurred frame does not make it new
    assert dedup.accept([CODE]) == []
    clock.now += 2.5  # taken away, shown again
    assert dedup.accept([CODE]) == [CODE]


def test_deduplicator_lets_a_different_code_through_at_once():
    clock = FakeClock()
    dedup = ScanDeduplicator(clock=clock)
    assert dedup.accept(["A"]) == ["A"]
    clock.now += 0.2
    assert dedup.accept(["A", "B"]) == ["B"]
    assert dedup.accept(["C", "C"]) == ["C"]
    dedup.reset()
    assert dedup.accept(["A"]) == ["A"]


def test_panel_without_camera_shows_a_notice_instead_of_the_preview(qtbot):
    panel = WebcamPanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    if panel.has_camera():
        pytest.skip("this machine has a camera")
    notice = panel.findChild(QLabel, "cameraNotice")
    assert notice.isVisible()
    assert notice.text()
    assert not panel.findChild(QLabel, "cameraPreview").isVisible()


def test_panel_decodes_frames_off_the_gui_thread_and_emits_once(qtbot):
    panel = WebcamPanel()
    qtbot.addWidget(panel)
    frame = qr_image(CODE)
    with qtbot.waitSignal(panel.scan_received, timeout=5000) as received:
        assert panel.submit_frame(frame)
        assert not panel.submit_frame(frame)  # dropped: a decode is running
    assert received.args == [CODE]
    seen: list[str] = []
    panel.scan_received.connect(seen.append)
    qtbot.waitUntil(lambda: panel.submit_frame(frame), timeout=5000)
    qtbot.waitUntil(lambda: panel.submit_frame(frame), timeout=5000)  # the first came back
    assert seen == []  # the same code still in the picture is not a new scan
