"""The camera-free half of webcam scanning: frames to codes, and a held code read only once.

Kept apart from the camera widget so both halves can be tested on a machine with no camera
(CI, offscreen): :class:`FrameDecoder` is a pure function of one image, and
:class:`ScanDeduplicator` is pure logic over an injectable clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtGui import QImage

try:  # zxing-cpp is a dependency, but a broken wheel must not take the desk down with it.
    import zxingcpp
except ImportError:  # pragma: no cover - depends on the machine
    zxingcpp = None

#: Seconds a code must stay out of the picture before it counts as a new scan.
ABSENCE_SECONDS = 2.0


def _formats() -> Any:
    """Our QR tickets plus the barcodes ticketing platforms print; fewer formats decode faster."""
    if zxingcpp is None:
        return None
    kinds = ("QRCode", "MicroQRCode", "Aztec", "DataMatrix", "PDF417", "Code128", "Code39")
    chosen = [
        getattr(zxingcpp.BarcodeFormat, k) for k in kinds if hasattr(zxingcpp.BarcodeFormat, k)
    ]
    try:
        return zxingcpp.BarcodeFormats(chosen)
    except (TypeError, AttributeError):  # older bindings: no list constructor, read everything
        return None


class FrameDecoder:
    """Decode every barcode in one frame (a QImage or a numpy array), in reading order.

    Stateless and thread-safe, so the webcam's worker thread can own one while tests call it
    directly. A frame is reduced to 8-bit grey first: zxing works on luminance anyway and a
    quarter of the bytes makes the copy and the scan cheaper.
    """

    @staticmethod
    def available() -> bool:
        """Whether zxing-cpp could be loaded on this machine."""
        return zxingcpp is not None

    def decode(self, frame: QImage | Any) -> list[str]:
        """The texts of the barcodes found in ``frame``; empty when none (or no decoder)."""
        if zxingcpp is None:
            return []
        image = frame
        if isinstance(frame, QImage):
            if frame.isNull():
                return []
            if frame.format() != QImage.Format.Format_Grayscale8:
                image = frame.convertToFormat(QImage.Format.Format_Grayscale8)
        kwargs: dict[str, Any] = {}
        formats = _formats()  # built per frame (microseconds): a held one leaks at exit
        if formats is not None:
            kwargs["formats"] = formats
        try:
            results = zxingcpp.read_barcodes(image, **kwargs)
        except (ValueError, TypeError, RuntimeError):
            return []  # an odd frame from a driver is a frame without a code, not a crash
        texts: list[str] = []
        for result in results:
            text = (result.text or "").strip()
            if text and text not in texts:
                texts.append(text)
        return texts

    __call__ = decode


class ScanDeduplicator:
    """Let a code through once while it stays in the picture; again once it has left for a while.

    A code held in front of a camera is decoded on every frame; the desk must see one scan.
    ``accept`` is fed the codes of each decoded frame; a code counts as new when it was never
    seen or was last seen at least ``absence_seconds`` ago (it left the picture). Frames in which
    a held code is momentarily missed (blur, glare) do not reset it, because absence is measured
    from the last time the code was seen, not from the last frame without it.
    """

    def __init__(
        self,
        absence_seconds: float = ABSENCE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._absence = absence_seconds
        self._clock = clock
        self._last_seen: dict[str, float] = {}

    def accept(self, texts: Iterable[str]) -> list[str]:
        """The codes of this frame that are new scans, in frame order."""
        now = self._clock()
        fresh: list[str] = []
        for text in texts:
            seen = self._last_seen.get(text)
            if (seen is None or now - seen >= self._absence) and text not in fresh:
                fresh.append(text)
            self._last_seen[text] = now
        self._forget_before(now - self._absence)
        return fresh

    def reset(self) -> None:
        """Forget everything: after a camera switch, the next code shown is a new scan."""
        self._last_seen.clear()

    def _forget_before(self, limit: float) -> None:
        for text in [t for t, seen in self._last_seen.items() if seen < limit]:
            del self._last_seen[text]
