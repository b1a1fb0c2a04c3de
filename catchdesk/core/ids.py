"""Identifiers and clocks that stay unique and ordered across machines that never met.

Rows get time-ordered UUIDv7 ids so two offline desks never mint the same id, and the journal
orders changes by a hybrid logical clock (wall time plus a counter) so that a laptop whose clock
is a little behind still records its changes after those it has already seen.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

_id_lock = threading.Lock()
MAX_COUNT = 99_999
"""The largest counter a hybrid clock stamp holds (five digits)."""
_last_id = 0


def new_id() -> str:
    """Return a UUIDv7 (RFC 9562) as text: 48 bits of milliseconds, then randomness.

    Ids made by one process are strictly increasing even within a millisecond (the random
    part is bumped instead of redrawn), so "the latest row" can be found by ordering on id.
    """
    global _last_id
    millis = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (millis & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= ((rand >> 62) & 0xFFF) << 64
    value |= 0b10 << 62
    value |= rand & ((1 << 62) - 1)
    with _id_lock:
        if value <= _last_id:
            value = _last_id + 1
        _last_id = value
    return str(uuid.UUID(int=value))


def seeded_id(rng: object, millis: int) -> str:
    """A UUIDv7 drawn from a seeded ``random.Random`` so demo events are reproducible."""
    rand = rng.getrandbits(74)  # type: ignore[attr-defined]
    value = (millis & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= ((rand >> 62) & 0xFFF) << 64
    value |= 0b10 << 62
    value |= rand & ((1 << 62) - 1)
    return str(uuid.UUID(int=value))


class HybridClock:
    """A hybrid logical clock whose stamps sort as text.

    A stamp is ``WWWWWWWWWWWWW-CCCCC-DEVICE``: wall milliseconds, a counter that breaks ties
    within one millisecond or while the wall clock lags, and the device id that makes stamps
    of two machines distinct. ``observe`` moves the clock past a stamp received from elsewhere.
    """

    def __init__(self, device_id: str, last: str | None = None) -> None:
        self.device_id = device_id
        self._lock = threading.Lock()
        self._wall = 0
        self._count = 0
        if last:
            self.observe(last)

    @staticmethod
    def parse(stamp: str) -> tuple[int, int, str]:
        wall, count, device = stamp.split("-", 2)
        return int(wall), int(count), device

    def now(self) -> str:
        with self._lock:
            wall = time.time_ns() // 1_000_000
            if wall > self._wall:
                self._wall, self._count = wall, 0
            else:
                self._count += 1
                if self._count > MAX_COUNT:
                    # Five digits keep stamps sortable as text: past them, time moves a tick.
                    self._wall, self._count = self._wall + 1, 0
            return f"{self._wall:013d}-{self._count:05d}-{self.device_id}"

    def observe(self, stamp: str) -> None:
        wall, count, _device = self.parse(stamp)
        with self._lock:
            if (wall, count) > (self._wall, self._count):
                self._wall, self._count = wall, count


def short_id(full: str) -> str:
    """Eight characters that tell rows apart for people: the random tail of the UUID.

    The head of a UUIDv7 is its timestamp, identical for rows made in the same second, so
    short forms shown to people (and accepted back by :func:`matches_id`) use the tail.
    """
    return full.replace("-", "")[-8:]


def matches_id(full: str, given: str) -> bool:
    """True when ``given`` is the whole id, a prefix of it, or its short form."""
    wanted = given.strip().lower().replace("-", "")
    compact = full.replace("-", "").lower()
    return bool(wanted) and (
        compact.startswith(wanted) or (len(wanted) >= 6 and compact.endswith(wanted))
    )
