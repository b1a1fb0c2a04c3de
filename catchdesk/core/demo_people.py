"""Drawing the demo's attendees: names, organisations, e-mails, needs, codes, one row at a time.

All randomness comes from the ``random.Random`` handed in, so a seed gives the same people on
every machine. Rows hold every column, ready for :func:`catchdesk.core.journal.record_rows`.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
import re
from itertools import accumulate
from typing import Any

from catchdesk.core import demo_data as data
from catchdesk.core import demo_programme as programme
from catchdesk.core.attendees import attendee_search_text, normalise_external
from catchdesk.core.codes import new_code
from catchdesk.core.ids import seeded_id
from catchdesk.core.models import AttendeeStatus, Role
from catchdesk.core.textfold import fold

EXTERNAL_SYSTEM = "eventbrite"
STAFF_SHARE = 0.02
PARTNER_SHARE = 0.02
CANCELLED_SHARE = 0.03
EXTERNAL_SHARE = 0.72  # of participants and partners: about 70 % of everyone
CONSENT_SHARE = 0.92
PHONE_SHARE = 0.15

Row = dict[str, Any]
_ELISION = re.compile(r"\bde (?=[AEIOUÉ])")


def millis(moment: dt.datetime) -> int:
    return int(moment.timestamp() * 1000)


def tracked(rng: random.Random, moment: dt.datetime, device_id: str, event_id: str) -> Row:
    """The columns every synced row carries, with a UUIDv7 drawn from ``rng``."""
    return {
        "id": seeded_id(rng, millis(moment)),
        "created_at": moment,
        "origin_device_id": device_id,
        "event_id": event_id,
    }


@functools.lru_cache(maxsize=4096)
def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


@functools.lru_cache(maxsize=4096)
def _ascii_word(text: str) -> str:
    return re.sub(r"[^a-z0-9-]+", "", fold(text))


def _is_latin(text: str) -> bool:
    return not any("\u0370" <= ch <= "\u04ff" for ch in text)


class PeopleDrawer:
    """Draws attendees of one demo event in order; codes and e-mails stay unique."""

    def __init__(
        self,
        rng: random.Random,
        *,
        event_id: str,
        device_id: str,
        tag: str,
        secret: bytes,
        opens: dt.datetime,
        closes: dt.datetime,
    ) -> None:
        self.rng = rng
        self.event_id = event_id
        self.device_id = device_id
        self.tag = tag
        self.secret = secret
        self.opens = opens
        self.span = millis(closes) - millis(opens)
        self.codes: set[str] = set()
        self.externals: set[str] = set()
        self.emails: set[str] = set()
        self.origin_cum = list(accumulate(o.weight for o in data.ORIGINS))
        self.kind_cum = list(accumulate(k.weight for k in data.ORG_KINDS))
        self.need_names = [name for name, _ in data.NEEDS]
        self.need_cum = list(accumulate(weight for _, weight in data.NEEDS))

    def registered_at(self, index: int, total: int) -> dt.datetime:
        """Registrations speed up as the day nears; in index order, so ids grow with time."""
        share = (index + self.rng.random()) / max(total, 1)
        offset = int(self.span * (1 - (1 - share) ** 1.5))
        return self.opens + dt.timedelta(milliseconds=offset)

    def person(self) -> tuple[str, str, bool, data.Origin]:
        rng = self.rng
        origin = rng.choices(data.ORIGINS, cum_weights=self.origin_cum)[0]
        female = rng.random() < 0.5
        if origin.script is not None and rng.random() < origin.script_share:
            females, males, lasts = origin.script
        else:
            females, males, lasts = origin.female, origin.male, origin.last
        if origin.french_first and rng.random() < origin.french_first:
            females, males = data.WALLOON_FEMALE, data.WALLOON_MALE
        first = rng.choice(females if female else males)
        last = data.gendered(rng.choice(lasts), female)
        if origin.double_last and rng.random() < origin.double_last:
            last = f"{last} {data.gendered(rng.choice(lasts), female)}"
        return first, last, female, origin

    def organisation(
        self, role: Role, first: str, last: str, female: bool
    ) -> tuple[str, str, str, str]:
        """(organisation, sector, job title, e-mail domain) of a staff member, partner or guest."""
        rng = self.rng
        if role == Role.STAFF:
            job = data.gendered(rng.choice(programme.STAFF_JOBS), female)
            return programme.ORGANISER, "associatif", job, slug(programme.ORGANISER) + ".be"
        if role == Role.PARTNER:
            org = rng.choice(programme.PARTNERS)
            sector = "enseignement" if org.startswith(("École", "Université")) else "associatif"
            job = data.gendered(rng.choice(programme.PARTNER_JOBS), female)
            return org, sector, job, slug(org) + ".be"
        kind = rng.choices(data.ORG_KINDS, cum_weights=self.kind_cum)[0]
        pattern, _, typical_job = rng.choice(kind.patterns).partition("|")
        job, _, job_sector = rng.choice(kind.jobs).partition("|")
        if typical_job and rng.random() < 0.6:
            job = typical_job
        job, sector = data.gendered(job, female), kind.sector or job_sector
        if pattern == "{none}":
            return "", sector, job, rng.choice(data.WEBMAIL)
        if pattern == "{self}":
            own_site = rng.random() < 0.4
            domain = slug(f"{first} {last}") + ".be" if own_site else rng.choice(data.WEBMAIL)
            return f"{first} {last}", sector, job, domain
        # A family business carries the owner's name more often than not.
        name = last if _is_latin(last) and rng.random() < 0.6 else rng.choice(data.WALLOON_LAST)
        fields = {"name": name, "first": first if _is_latin(first) else rng.choice(data.TOWNS)}
        for key, choices in (
            ("town", data.TOWNS),
            ("place", data.PLACES),
            ("startup", data.STARTUPS),
            ("school", data.SCHOOLS),
        ):
            if "{" + key + "}" in pattern:
                fields[key] = rng.choice(choices)
        org = _ELISION.sub("d'", pattern.format(**fields))  # "de Andenne" → "d'Andenne"
        domain = slug(org) + kind.domain if rng.random() < 0.7 else rng.choice(data.WEBMAIL)
        return org, sector, job, domain

    def email(self, first: str, last: str, domain: str) -> str:
        rng = self.rng
        family = _ascii_word(last) or "contact"
        given = _ascii_word(first) or family
        pick = rng.random()
        if pick < 0.55:
            local = f"{given}.{family}"
        elif pick < 0.75:
            local = f"{given[0]}{family}"
        elif pick < 0.85:
            local = f"{given}{family}"
        elif pick < 0.95:
            local = given
        else:
            local = f"{family}.{given}"
        address, number = f"{local}@{domain}", 1
        while address in self.emails:
            number += 1
            address = f"{local}{number}@{domain}"
        self.emails.add(address)
        return address

    def needs(self) -> str:
        rng = self.rng
        count = rng.choices((0, 1, 2, 3), cum_weights=(5, 40, 80, 100))[0]
        chosen: list[str] = []
        while len(chosen) < count:
            need = rng.choices(self.need_names, cum_weights=self.need_cum)[0]
            if need not in chosen:
                chosen.append(need)
        return ", ".join(chosen)

    def code(self) -> str:
        while True:
            code = new_code(self.tag, self.secret, self.rng)
            if code not in self.codes:
                self.codes.add(code)
                return code

    def external(self) -> str:
        """An 18-digit barcode like the ticketing platform's e-mail tickets."""
        while True:
            raw = str(self.rng.randrange(10**17, 10**18))
            if raw not in self.externals:
                self.externals.add(raw)
                return raw

    def phone(self) -> str:
        rng = self.rng
        digits = [rng.randrange(10) for _ in range(7)]
        return "+32 4{}{} {}{} {}{} {}{}".format(rng.choice("5789"), *digits)

    def attendee(self, index: int, total: int) -> tuple[Row, Row | None]:
        """Attendee ``index`` of ``total`` and their external code, if they have one.

        The first attendees are the coaches (role ``coach``), in the order of the programme.
        """
        rng = self.rng
        created = self.registered_at(index, total)
        row = tracked(rng, created, self.device_id, self.event_id)
        if index < len(programme.COACHES):
            plan = programme.COACHES[index]
            role, (first, last) = Role.COACH, plan.name.split(" ", 1)
            female, language = plan.name in programme.COACH_FEMALE, plan.languages[0]
            org, sector, job = plan.organisation, "IT/numérique", "Coach numérique"
            domain = slug(org) + ".be"
        else:
            draw = rng.random()
            role = Role.PARTICIPANT
            if draw < STAFF_SHARE:
                role = Role.STAFF
            elif draw < STAFF_SHARE + PARTNER_SHARE:
                role = Role.PARTNER
            first, last, female, origin = self.person()
            languages, weights = zip(*origin.languages, strict=True)
            language = "fr" if role == Role.STAFF else rng.choices(languages, weights)[0]
            org, sector, job, domain = self.organisation(role, first, last, female)
        email = self.email(first, last, domain)
        participant = role == Role.PARTICIPANT
        cancelled = participant and rng.random() < CANCELLED_SHARE
        has_external = role in (Role.PARTICIPANT, Role.PARTNER) and rng.random() < EXTERNAL_SHARE
        ticket = {Role.COACH: "Coach", Role.STAFF: "Organisation", Role.PARTNER: "Partenaire"}.get(
            role, "Étudiant" if job.startswith("Étudiant") else "Participant"
        )
        row.update(
            code=self.code(),
            first_name=first,
            last_name=last,
            email=email,
            phone=self.phone() if rng.random() < PHONE_SHARE else "",
            organisation=org,
            job_title=job,
            sector=sector,
            role=role.value,
            needs=self.needs() if participant else "",
            language=language,
            consent=not participant or rng.random() < CONSENT_SHARE,
            status=(AttendeeStatus.CANCELLED if cancelled else AttendeeStatus.REGISTERED).value,
            ticket_type=ticket,
            source="import" if has_external else "manual",
            search_text=attendee_search_text(first, last, org, email),
            updated_at=created,
        )
        if not has_external:
            return row, None
        raw = self.external()
        external = tracked(rng, created, self.device_id, self.event_id)
        external.update(
            attendee_id=row["id"], code=normalise_external(raw), raw=raw, system=EXTERNAL_SYSTEM
        )
        return row, external
