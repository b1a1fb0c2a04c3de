"""Webcam scanning: a laptop with no USB scanner still checks people in (DESIGN.md §4).

The camera's frames arrive on the GUI thread through a QVideoSink; each one is shown as the
preview and, when the decoder is idle, handed to a pool thread where zxing-cpp reads it. Frames
that arrive while a decode is running are dropped rather than queued, so a slow laptop shows a
smooth preview and the queue of people never waits for a backlog of old frames. The same code
held in front of the lens is reported once (:class:`ScanDeduplicator`).

When there is no camera, or Qt Multimedia (libpulse) or zxing-cpp is missing, the panel shows a
sentence instead of the preview; the rest of the desk works as before.

Embedding: ``panel = WebcamPanel(context)``, connect ``panel.scan_received`` to the same slot
as the scan field; the camera runs only while the panel is visible.
"""

from __future__ import annotations

import contextlib
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QFont, QImage, QPixmap
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from catchdesk.ui.webcam_decoding import FrameDecoder, ScanDeduplicator

try:
    from PySide6.QtMultimedia import (
        QCamera,
        QCameraDevice,
        QMediaCaptureSession,
        QMediaDevices,
        QVideoFrame,
        QVideoSink,
    )

    MULTIMEDIA_AVAILABLE = True
except ImportError:  # pragma: no cover - depends on the machine (libpulse0 missing)
    MULTIMEDIA_AVAILABLE = False

if TYPE_CHECKING:
    from catchdesk.ui.context import DeskContext

#: The preview is repainted at most this often; decoding is paced by the decoder itself.
PREVIEW_INTERVAL_S = 1 / 15

__all__ = ["MULTIMEDIA_AVAILABLE", "FrameDecoder", "ScanDeduplicator", "WebcamPanel"]


class _DecodeBridge(QObject):
    """Carries a worker thread's result back to the GUI thread (a queued signal)."""

    decoded = Signal(list)


class WebcamPanel(QWidget):
    """Camera picker, live preview and off-thread decoding; emits each new code once."""

    scan_received = Signal(str)
    camera_chosen = Signal(str)

    def __init__(self, context: DeskContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("webcamPanel")
        self._context = context
        self._decoder = FrameDecoder()
        self._dedup = ScanDeduplicator()
        self._bridge = _DecodeBridge()
        self._bridge.decoded.connect(self._on_decoded)
        self._busy = False
        self._last_preview = 0.0
        self._camera: Any = None
        self._session: Any = None
        self._sink: Any = None
        self._devices: Any = None

        self._picker = QComboBox(self)
        self._picker.setObjectName("cameraPicker")
        self._picker.setAccessibleName(self.tr("Camera"))
        self._preview = QLabel(self)
        self._preview.setObjectName("cameraPreview")
        self._preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._preview.setMinimumSize(QSize(240, 180))
        self._preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._preview.setStyleSheet("background: #1f2328; color: #ffffff;")
        self._notice = QLabel(self)
        self._notice.setObjectName("cameraNotice")
        self._notice.setWordWrap(True)
        self._notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._notice.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        notice_font = QFont(self._notice.font())
        notice_font.setPointSizeF(notice_font.pointSizeF() * 1.3)
        self._notice.setFont(notice_font)
        self._notice.setStyleSheet(
            "background: #fff4d6; color: #4a3500; border: 1px solid #c89400;"
            " border-radius: 6px; padding: 12px;"
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self._picker)
        layout.addWidget(self._preview, 1)
        layout.addWidget(self._notice)
        layout.addStretch(0)  # takes the room of a hidden preview, so the notice stays compact

        if MULTIMEDIA_AVAILABLE:
            self._devices = QMediaDevices(self)
            self._devices.videoInputsChanged.connect(self._fill_picker)
        self._fill_picker()
        self._picker.currentIndexChanged.connect(self._on_picked)

    # -- public -------------------------------------------------------------------------------

    @property
    def notice_text(self) -> str:
        """The sentence shown instead of the preview; empty while the camera works."""
        return self._notice.text() if not self._notice.isHidden() else ""

    def has_camera(self) -> bool:
        return self._picker.count() > 0 and MULTIMEDIA_AVAILABLE and FrameDecoder.available()

    def start(self) -> None:
        """Open the chosen camera; the panel calls this itself when it becomes visible."""
        if not self.has_camera() or self._camera is not None:
            return
        device = self._picker.currentData()
        if device is None:
            return
        self._dedup.reset()
        self._sink = QVideoSink(self)
        self._sink.videoFrameChanged.connect(self._on_frame)
        self._camera = QCamera(device, self)
        self._camera.errorOccurred.connect(self._on_camera_error)
        self._session = QMediaCaptureSession(self)
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self._sink)
        self._camera.start()

    def stop(self) -> None:
        """Release the camera (its light goes off) when the panel is hidden or switched."""
        if self._camera is not None:
            self._camera.stop()
            self._camera.deleteLater()
            self._camera = None
        if self._session is not None:
            self._session.deleteLater()
            self._session = None
        if self._sink is not None:
            self._sink.videoFrameChanged.disconnect(self._on_frame)
            self._sink.deleteLater()
            self._sink = None
        self._preview.clear()

    def submit_frame(self, image: QImage) -> bool:
        """Decode ``image`` off the GUI thread unless a decode is running; False when dropped.

        Camera frames come through here; tests feed images directly, with no camera.
        """
        if self._busy or image.isNull():
            return False
        self._busy = True
        frame = QImage(image)  # implicitly shared: a later write by the caller detaches it
        decoder = self._decoder
        bridge = self._bridge

        def work() -> None:
            texts = decoder.decode(frame)
            with contextlib.suppress(RuntimeError):  # the panel went away while we decoded
                bridge.decoded.emit(texts)

        QThreadPool.globalInstance().start(work)
        return True

    # -- events -------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.start()

    def hideEvent(self, event: Any) -> None:
        self.stop()
        super().hideEvent(event)

    # -- internals ----------------------------------------------------------------------------

    def _show_notice(self, text: str) -> None:
        self._notice.setText(text)
        self._notice.setVisible(bool(text))
        self._preview.setVisible(not text)

    def _fill_picker(self) -> None:
        """List the cameras, keep the remembered one selected, or explain why there is none."""
        was_running = self._camera is not None
        self.stop()
        self._picker.blockSignals(True)
        self._picker.clear()
        if not MULTIMEDIA_AVAILABLE:
            self._picker.blockSignals(False)
            self._picker.setEnabled(False)
            self._picker.hide()
            self._show_notice(
                self.tr("Camera scanning is off: Qt Multimedia is not available on this computer.")
            )
            return
        remembered = self._remembered_camera()
        cameras: list[QCameraDevice] = list(QMediaDevices.videoInputs())
        chosen = 0
        for index, device in enumerate(cameras):
            self._picker.addItem(device.description(), device)
            if _device_id(device) == remembered:
                chosen = index
        if cameras:
            self._picker.setCurrentIndex(chosen)
        self._picker.blockSignals(False)
        self._picker.setEnabled(len(cameras) > 1)
        self._picker.setVisible(bool(cameras))
        if not cameras:
            self._show_notice(
                self.tr("No camera found. Plug one in, or scan with the scanner or the keyboard.")
            )
        elif not FrameDecoder.available():
            self._show_notice(self.tr("Camera scanning is off: the barcode reader is missing."))
        else:
            self._show_notice("")
            if was_running or self.isVisible():
                self.start()

    def _remembered_camera(self) -> str:
        settings = getattr(self._context, "settings", None)
        return str(getattr(settings, "camera_id", "") or "")

    def _on_picked(self, index: int) -> None:
        device = self._picker.itemData(index)
        if device is None:
            return
        camera_id = _device_id(device)
        settings = getattr(self._context, "settings", None)
        if settings is not None and hasattr(settings, "camera_id"):
            settings.camera_id = camera_id  # remembered: the next start opens this camera
            save = getattr(settings, "save", None)
            if callable(save):
                save()
        self.camera_chosen.emit(camera_id)
        if self._camera is not None:
            self.stop()
            self.start()

    def _on_frame(self, frame: QVideoFrame) -> None:
        now = time.monotonic()
        want_preview = now - self._last_preview >= PREVIEW_INTERVAL_S
        if not want_preview and self._busy:
            return  # nothing to do with this frame: skip the costly conversion
        image = frame.toImage()
        if image.isNull():
            return
        if want_preview:
            self._last_preview = now
            pixmap = QPixmap.fromImage(image).scaled(
                self._preview.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
            self._preview.setPixmap(pixmap)
        self.submit_frame(image)

    def _on_decoded(self, texts: list[str]) -> None:
        self._busy = False
        for text in self._dedup.accept(texts):
            self.scan_received.emit(text)

    def _on_camera_error(self, _error: Any, message: str) -> None:
        self.stop()
        self._show_notice(self.tr("The camera stopped: %1").replace("%1", message))


def _device_id(device: Any) -> str:
    """A camera's stable id as text (Qt gives bytes), for the settings."""
    raw = device.id()
    data = bytes(raw.data()) if hasattr(raw, "data") else bytes(raw)
    return data.decode("utf-8", "replace")
