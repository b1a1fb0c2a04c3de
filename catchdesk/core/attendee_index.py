"""The columns the attendee table filters and sorts on, for every attendee of one event.

An event may hold 100,000 people. Sorting them in SQL on a folded name costs a full scan and a
sort of every row for each page (well over 100 ms at that size), and loading them all as ORM
objects costs seconds. So :class:`AttendeeIndex` reads, once, only the few narrow columns that
filtering and sorting need (off the GUI thread for big events) and makes each sort order once; a
new filter or sort is then one pass over Python lists. See :mod:`catchdesk.core.attendee_table`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain
from operator import and_

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from catchdesk.core.attendee_query import RowStatus, SortKey, StatusFilter, TableQuery
from catchdesk.core.models import Attendee, AttendeeStatus, Checkin, CheckinRevocation
from catchdesk.core.search import query_words
from catchdesk.core.textfold import FIELD_SEPARATOR, fold

_STATUS_RANK = {
    RowStatus.CHECKED_IN: 0,
    RowStatus.NOT_ARRIVED: 1,
    RowStatus.CANCELLED: 2,
    RowStatus.MERGED: 3,
}


def row_status(status: str, arrived: bool) -> RowStatus:
    if status == AttendeeStatus.MERGED.value:
        return RowStatus.MERGED
    if status == AttendeeStatus.CANCELLED.value:
        return RowStatus.CANCELLED
    return RowStatus.CHECKED_IN if arrived else RowStatus.NOT_ARRIVED


@dataclass
class _Order:
    """Row positions in ascending order; ``tail`` (blanks, not arrived) stays last both ways."""

    main: list[int]
    tail: list[int] = field(default_factory=list)

    def positions(self, descending: bool) -> Iterable[int]:
        if descending:
            return chain(reversed(self.main), self.tail)
        return chain(self.main, self.tail)


class AttendeeIndex:
    """The columns needed to filter and sort every attendee of one event, held in memory.

    A snapshot: it does not follow later changes; the screen loads a new one when it refreshes.
    Columns are parallel lists (position ``i`` is one person), which keeps 100,000 people in a
    few tens of megabytes and lets one comprehension filter them all.
    """

    def __init__(
        self,
        event_id: str,
        rows: Sequence[tuple[str, str, str, str, str, str]],
        arrivals: dict[str, object],
    ) -> None:
        self.event_id = event_id
        shared: dict[str, str] = {}
        merged, cancelled = AttendeeStatus.MERGED.value, AttendeeStatus.CANCELLED.value
        self.ids = [row[0] for row in rows]
        self.texts = [row[1] or "" for row in rows]
        self.sectors = [shared.setdefault(row[2] or "", row[2] or "") for row in rows]
        self.roles = [shared.setdefault(row[3], row[3]) for row in rows]
        self.statuses = [
            RowStatus.MERGED
            if row[4] == merged
            else RowStatus.CANCELLED
            if row[4] == cancelled
            else RowStatus.CHECKED_IN
            if row[0] in arrivals
            else RowStatus.NOT_ARRIVED
            for row in rows
        ]
        self.codes = [row[5] for row in rows]
        self.arrivals = [arrivals.get(row[0]) for row in rows]
        self._orders: dict[SortKey, _Order] = {}
        self._split: list[list[str]] | None = None
        self._names: list[str] | None = None
        self._masks: dict[tuple[str, str], list[bool]] = {}

    @classmethod
    def load(cls, session: Session, event_id: str) -> AttendeeIndex:
        """Read the narrow columns of every attendee of the event and sort them by name."""
        # Core rows, not ORM ones: a third faster over 100,000 people.
        connection = session.connection()
        rows = connection.execute(
            select(
                Attendee.id,
                Attendee.search_text,
                Attendee.sector,
                Attendee.role,
                Attendee.status,
                Attendee.code,
            ).where(Attendee.event_id == event_id)
        ).all()
        # Only compared, never shown: the stored text orders like the time and skips the
        # conversion of tens of thousands of datetimes (load_rows gives the real ones).
        first = func.min(type_coerce(Checkin.scanned_at, String))
        arrivals = dict(
            connection.execute(
                select(Checkin.attendee_id, first)
                .outerjoin(CheckinRevocation, CheckinRevocation.checkin_id == Checkin.id)
                .where(
                    Checkin.event_id == event_id,
                    Checkin.workshop_id.is_(None),
                    CheckinRevocation.id.is_(None),
                )
                .group_by(Checkin.attendee_id)
            ).all()
        )
        index = cls(event_id, rows, arrivals)
        index.order(SortKey.NAME)
        return index

    def __len__(self) -> int:
        return len(self.ids)

    # -- sorting -----------------------------------------------------------------------------

    def _folded(self) -> list[list[str]]:
        if self._split is None:
            split = [text.split(FIELD_SEPARATOR, 3) for text in self.texts]
            for parts in split:
                if len(parts) < 4:
                    parts.extend([""] * (4 - len(parts)))
            self._split = split
        return self._split

    def _name_keys(self) -> list[str]:
        """Folded "last, first, id" of each person as one string: one comparison per pair."""
        if self._names is None:
            self._names = [
                f"{parts[1]}\x00{parts[0]}\x00{attendee_id}"
                for parts, attendee_id in zip(self._folded(), self.ids, strict=True)
            ]
        return self._names

    def prepare(self) -> None:
        """Make every sort order now (off the GUI thread) so that no click waits for one."""
        for key in SortKey:
            self.order(key)

    def order(self, key: SortKey) -> _Order:
        """Positions sorted by ``key`` (made once per key, then remembered)."""
        known = self._orders.get(key)
        if known is None:
            known = self._orders[key] = self._make_order(key)
        return known

    def _make_order(self, key: SortKey) -> _Order:
        split = self._folded()
        names = self._name_keys()
        everyone = range(len(self.ids))

        def by(values: Sequence[object]) -> _Order:
            return _Order(sorted(everyone, key=lambda i: (values[i], names[i])))

        def blanks_last(values: Sequence[str]) -> _Order:
            filled = [i for i in everyone if values[i]]
            filled.sort(key=lambda i: (values[i], names[i]))
            return _Order(filled, [i for i in self.order(SortKey.NAME).main if not values[i]])

        if key is SortKey.NAME:
            return _Order(sorted(everyone, key=names.__getitem__))
        if key is SortKey.FIRST_NAME:
            return by([f"{parts[0]}\x00{parts[1]}" for parts in split])
        if key is SortKey.ORGANISATION:
            return blanks_last([parts[2] for parts in split])
        if key is SortKey.SECTOR:
            folded = {sector: fold(sector) for sector in set(self.sectors)}
            return blanks_last([folded[sector] for sector in self.sectors])
        if key is SortKey.EMAIL:
            return blanks_last([parts[3] for parts in split])
        if key is SortKey.ROLE:
            return by(self.roles)
        if key is SortKey.STATUS:
            return by([_STATUS_RANK[status] for status in self.statuses])
        if key is SortKey.CHECKED_IN_AT:
            came = [i for i in everyone if self.arrivals[i] is not None]
            came.sort(key=lambda i: (self.arrivals[i], names[i]))
            waiting = [i for i in self.order(SortKey.NAME).main if self.arrivals[i] is None]
            return _Order(came, waiting)
        return by(self.codes)

    # -- filtering ---------------------------------------------------------------------------

    def _remembered(self, key: tuple[str, str], make: Callable[[], list[bool]]) -> list[bool]:
        """A status or sector mask, made once: the same filters come back all the time."""
        known = self._masks.get(key)
        if known is None:
            known = self._masks[key] = make()
        return known

    def _status_mask(self, wanted: StatusFilter) -> list[bool]:
        statuses = self.statuses
        active = (RowStatus.CHECKED_IN, RowStatus.NOT_ARRIVED)
        if wanted is StatusFilter.ANY:
            return [status is not RowStatus.MERGED for status in statuses]
        if wanted is StatusFilter.REGISTERED:
            return [status in active for status in statuses]
        single = {
            StatusFilter.CHECKED_IN: RowStatus.CHECKED_IN,
            StatusFilter.NOT_ARRIVED: RowStatus.NOT_ARRIVED,
            StatusFilter.CANCELLED: RowStatus.CANCELLED,
            StatusFilter.MERGED: RowStatus.MERGED,
        }[wanted]
        return [status is single for status in statuses]

    def select(self, query: TableQuery, members: set[str] | None = None) -> list[str]:
        """The ids the query selects, in its order.

        ``members`` are the people of the query's workshop (see :func:`workshop_members`);
        the caller reads them from the store because enrolments and door check-ins change.
        """
        status = StatusFilter(query.status)
        masks = [self._remembered(("status", status), lambda: self._status_mask(status))]
        if query.sector is not None:
            sector = query.sector
            masks.append(
                self._remembered(("sector", sector), lambda: [s == sector for s in self.sectors])
            )
        if query.workshop_id is not None:
            people = members or set()
            masks.append([attendee_id in people for attendee_id in self.ids])
        for word in query_words(query.text):
            masks.append([word in text for text in self.texts])
        keep = masks[0]
        for mask in masks[1:]:
            keep = list(map(and_, keep, mask))
        ids = self.ids
        order = self.order(SortKey(query.sort)).positions(query.descending)
        return [ids[i] for i in order if keep[i]]
