"""The figures and the attendee list as CSV or XLSX files for the organiser's spreadsheet.

Headers and words are in the organiser's language (the core catalogue), and the attendee
list's headers are ones the import recognises, so a corrected list can be imported back.
Times are the venue's wall clock (the event's zone). How the files themselves are written
(UTF-8 with a BOM, semicolons for Excel in Belgium, styled XLSX sheets) is
:mod:`catchdesk.core.spreadsheets`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catchdesk.core.attendees import first_checkins
from catchdesk.core.codes import format_code
from catchdesk.core.i18n import CATALOGUE, default_language, tr
from catchdesk.core.jobs import CancelCheck, Progress, Steps
from catchdesk.core.models import Attendee, AttendeeStatus, Checkin, CheckinRevocation, Event
from catchdesk.core.reports import NOT_GIVEN, Figures, Tally, split_needs
from catchdesk.core.spreadsheets import (
    DAY_TIME,
    DEFAULT_DELIMITER,
    MOMENT,
    TIME,
    ExportResult,
    Table,
    export_format,
    write_tables,
)
from catchdesk.core.textfold import fold
from catchdesk.core.timeutil import local_time
from catchdesk.core.workshops import workshops_in_order

__all__ = ["DEFAULT_DELIMITER", "ExportResult", "export_attendees", "export_figures"]

ATTENDEE_COLUMNS = (
    "id",
    "code",
    "first_name",
    "last_name",
    "email",
    "organisation",
    "sector",
    "needs",
    "role",
    "status",
    "checked_in_at",
    "checked_in_desk",
    "workshops",
)


def export_figures(
    figures: Figures,
    out: Path,
    *,
    language: str | None = None,
    delimiter: str = DEFAULT_DELIMITER,
) -> ExportResult:
    """Write the figures: one sheet per table in XLSX, one section per table in CSV."""
    tables = figures_tables(figures, language or default_language())
    return write_tables(tables, Path(out), delimiter=delimiter, sections=True)


def export_attendees(
    session: Session,
    event: Event,
    out: Path,
    *,
    language: str | None = None,
    delimiter: str = DEFAULT_DELIMITER,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ExportResult:
    """Write the attendee list (everyone, cancelled included, by name) to ``out``.

    Progress counts each person twice, once read and once written: on 100,000 people writing
    the XLSX file is the longer half, and a bar stuck at 100 % would look like a hang.
    """
    out = Path(out)
    export_format(out)
    total = session.scalar(select(func.count()).where(*_listed(event))) or 0
    steps = Steps(2 * total, progress, cancelled, what="The attendee export", every=500)
    table = attendee_table(session, event, language or default_language(), steps=steps)
    return write_tables([table], out, delimiter=delimiter, sections=False, steps=steps)


# -- building the tables ----------------------------------------------------------------------


def figures_tables(figures: Figures, language: str) -> list[Table]:
    """Summary, arrivals, workshops, sectors and needs as tables in ``language``."""

    def t(key: str, **values: object) -> str:
        return tr(f"report.{key}", language, **values)

    zone = figures.timezone
    use = figures.coaching_use
    peak = figures.peak
    peak_text = ""
    if peak is not None and peak.count:
        peak_text = t("peak_value", time=f"{peak.starts_at:%H:%M}", count=peak.count)
    summary = Table("summary", t("summary"), [t("figure"), t("value")])
    summary.rows = [
        [t("event"), figures.event_name],
        [t("computed_at"), _naive(figures.computed_at, zone)],
        [t("registered"), figures.registered],
        [t("checked_in"), figures.checked_in],
        [t("attendance_rate"), round(figures.attendance_rate * 100)],
        [t("cancelled"), figures.cancelled],
        [t("walk_ins"), figures.walk_ins],
        [t("peak"), peak_text],
        [t("coaches"), use.coaches],
        [t("coaching_slots"), use.slots],
        [t("coaching_booked"), use.booked],
        [t("coaching_held"), use.held],
        [t("coaching_no_shows"), use.no_shows],
    ]
    summary.formats = {1: MOMENT}

    arrivals = Table("arrivals", t("arrivals_sheet"), [t("quarter_hour"), t("arrivals_sheet")])
    arrivals.headers.append(t("running_total"))
    days = {slot.starts_at.date() for slot in figures.arrivals}
    arrivals.formats = {0: TIME if len(days) <= 1 else DAY_TIME}
    running = 0
    for slot in figures.arrivals:
        running += slot.count
        arrivals.rows.append([slot.starts_at.replace(tzinfo=None), slot.count, running])

    workshops = Table(
        "workshops",
        t("workshops"),
        [
            t("start"),
            t("end"),
            t("workshop"),
            t("room"),
            t("capacity"),
            t("enrolled"),
            t("inside"),
            t("fill"),
        ],
    )
    starts = {str(w["starts_at"])[:10] for w in figures.workshops}
    workshops.formats = dict.fromkeys((0, 1), TIME if len(starts) <= 1 else DAY_TIME)
    for w in figures.workshops:
        capacity = w.get("capacity")
        fill = round(100 * w["inside"] / capacity) if capacity else None
        workshops.rows.append(
            [
                _parse_local(w["starts_at"]),
                _parse_local(w["ends_at"]),
                w["title"],
                w["room"],
                capacity if capacity else t("no_limit"),
                w["enrolled"],
                w["inside"],
                fill,
            ]
        )

    return [
        summary,
        arrivals,
        workshops,
        _tally_table("sectors", t("sectors_sheet"), t("sector"), figures.sectors, figures, t),
        _tally_table("needs", t("needs_sheet"), t("need"), figures.needs, figures, t),
    ]


def _tally_table(
    key: str, title: str, heading: str, tallies: tuple[Tally, ...], figures: Figures, t: Any
) -> Table:
    table = Table(key, title, [heading, t("people"), t("share")])
    for tally in tallies:
        share = round(100 * tally.count / figures.checked_in) if figures.checked_in else 0
        label = tally.label if tally.label != NOT_GIVEN else t("not_given")
        table.rows.append([label, tally.count, share])
    return table


def attendee_table(
    session: Session, event: Event, language: str, *, steps: Steps | None = None
) -> Table:
    """Every attendee with their arrival and the workshops they attended, by last name.

    ``steps`` is advanced once per person and asked whether to stop.
    """
    headers = [tr(f"report.column.{column}", language) for column in ATTENDEE_COLUMNS]
    table = Table("attendees", tr("report.attendees", language), headers)
    table.formats = {ATTENDEE_COLUMNS.index("checked_in_at"): MOMENT}
    arrivals = first_checkins(session, event.id)
    attended = _workshops_attended(session, event)
    rows = session.execute(
        select(
            Attendee.id,
            Attendee.code,
            Attendee.first_name,
            Attendee.last_name,
            Attendee.email,
            Attendee.organisation,
            Attendee.sector,
            Attendee.needs,
            Attendee.role,
            Attendee.status,
        )
        .where(*_listed(event))
        .execution_options(yield_per=2000)
    )
    for attendee_id, code, first, last, email, org, sector, needs, role, status in rows:
        if steps is not None:
            steps.check()
        arrival = arrivals.get(attendee_id)
        table.rows.append(
            [
                attendee_id,
                format_code(code),
                first,
                last,
                email,
                org,
                sector,
                ", ".join(split_needs(needs)),
                _word("role", role, language),
                _word("status", status, language),
                _naive(arrival[0], event.timezone) if arrival else None,
                arrival[1] if arrival else "",
                "; ".join(attended.get(attendee_id, ())),
            ]
        )
        if steps is not None:
            steps.advance()
    # By name as a person sorts them (Écrivain with the E's), not by code point as SQL does.
    table.rows.sort(key=lambda row: (fold(row[3]), fold(row[2]), row[0]))
    return table


def _listed(event: Event) -> tuple[Any, ...]:
    """Who the list holds: everyone registered or cancelled; merged duplicates live on in the
    record they were merged into."""
    return (Attendee.event_id == event.id, Attendee.status != AttendeeStatus.MERGED)


def _workshops_attended(session: Session, event: Event) -> dict[str, list[str]]:
    """Attendee id → titles of the workshops they were admitted to (standing), in order."""
    order = {w.id: (i, w.title) for i, w in enumerate(workshops_in_order(session, event.id))}
    pairs = session.execute(
        select(Checkin.attendee_id, Checkin.workshop_id)
        .outerjoin(CheckinRevocation, CheckinRevocation.checkin_id == Checkin.id)
        .where(
            Checkin.event_id == event.id,
            Checkin.workshop_id.is_not(None),
            CheckinRevocation.id.is_(None),
        )
        .distinct()
    )
    found: dict[str, set[str]] = {}
    for attendee_id, workshop_id in pairs:
        if workshop_id in order:
            found.setdefault(attendee_id, set()).add(workshop_id)
    return {
        attendee_id: [order[w][1] for w in sorted(ids, key=lambda w: order[w][0])]
        for attendee_id, ids in found.items()
    }


def _word(kind: str, value: str, language: str) -> str:
    """A role or status in words; a value the catalogue does not know is shown as stored."""
    key = f"report.{kind}.{value}"
    return tr(key, language) if key in CATALOGUE else value


def _naive(moment: dt.datetime, zone: str) -> dt.datetime:
    """The venue's wall-clock time without a zone, as spreadsheets hold dates."""
    return local_time(moment, zone).replace(tzinfo=None, microsecond=0)


def _parse_local(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text).replace(tzinfo=None) if text else None
