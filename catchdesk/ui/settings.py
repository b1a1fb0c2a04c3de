"""The desk's own choices, typed and declared with their defaults in one place.

Like Picard's ``options.py``: every setting the GUI reads is one field of :class:`Settings`
with its default and its QSettings key, so a screen never invents a key string and a missing
or mangled value in the ini file (a hand edit, an older version) falls back to the default
instead of crashing the desk on the morning of the event. Tests pass a ``QSettings`` on a
temporary ini file so they never touch the real user's configuration.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

log = logging.getLogger(__name__)

LANGUAGE_CHOICES = ("", "fr", "en", "nl")
"""Values of :attr:`Settings.language`; the empty string follows the system language."""


def _option(key: str, default: Any) -> Any:
    """A dataclass field with its QSettings key; the default's type is the option's type."""
    return field(default=default, metadata={"key": key})


@dataclass
class Settings:
    """Every setting of a desk; read once at start, written when the user changes one."""

    desk_name: str = _option("desk/name", "")
    language: str = _option("interface/language", "")
    sounds_enabled: bool = _option("interface/sounds", True)
    scanner_max_gap_ms: int = _option("scanner/max_gap_ms", 35)
    """Keys typed closer together than this belong to one scanner burst."""
    scanner_commit_ms: int = _option("scanner/commit_ms", 80)
    """A burst with no Enter is committed as a scan after this pause."""
    camera_id: str = _option("camera/id", "")
    printer_name: str = _option("printing/printer", "")
    badge_layout: str = _option("printing/badge_layout", "a4-8")
    auto_print_badges: bool = _option("printing/auto_badges", False)
    window_geometry: bytes = _option("window/geometry", b"")
    window_state: bytes = _option("window/state", b"")
    last_screen: str = _option("window/screen", "")
    """The class name of the screen shown when the window was last closed."""
    coach_id: str = _option("coaching/coach_id", "")
    """The coach this laptop belongs to in coach mode (empty: ask on first use)."""
    sync_hub_url: str = _option("sync/hub_url", "")
    """The PostgreSQL hub this desk syncs with (empty: no background sync)."""
    qsettings: QSettings | None = field(default=None, repr=False, compare=False)

    @classmethod
    def options(cls) -> list[dataclasses.Field[Any]]:
        """The declared settings (every field that has a key)."""
        return [f for f in dataclasses.fields(cls) if "key" in f.metadata]

    @classmethod
    def load(cls, qsettings: QSettings | None = None) -> Settings:
        """Read every option from ``qsettings`` (the application's own by default)."""
        store = qsettings if qsettings is not None else QSettings()
        values: dict[str, Any] = {}
        for option in cls.options():
            raw = store.value(option.metadata["key"], None)
            values[option.name] = _convert(raw, option.default, option.name)
        return cls(**values, qsettings=store)

    def save(self) -> None:
        """Write every option back and flush, so a crash a minute later loses nothing."""
        store = self.qsettings if self.qsettings is not None else QSettings()
        self.qsettings = store
        for option in self.options():
            value = getattr(self, option.name)
            if isinstance(value, bytes):
                value = QByteArray(value)
            store.setValue(option.metadata["key"], value)
        store.sync()

    def reset(self) -> None:
        """Back to the declared defaults (not saved until :meth:`save`)."""
        for option in self.options():
            setattr(self, option.name, option.default)


def _convert(raw: Any, default: Any, name: str) -> Any:
    """QSettings hands back strings from ini files; turn them into the option's type."""
    if raw is None:
        return default
    try:
        if isinstance(default, bool):
            if isinstance(raw, str):
                return raw.strip().lower() in {"true", "1", "yes", "on"}
            return bool(raw)
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, bytes):
            if isinstance(raw, QByteArray):
                return bytes(raw.data())
            if isinstance(raw, bytes | bytearray):
                return bytes(raw)
            return default
        return str(raw)
    except (TypeError, ValueError):
        log.warning("setting %s has an unreadable value %r; using %r", name, raw, default)
        return default
