"""Finding people by any part of their name, organisation or e-mail, best matches first."""

from __future__ import annotations

import pytest

from catchdesk.core.attendees import add_attendee, refresh_search_text
from catchdesk.core.events import create_event
from catchdesk.core.models import Attendee, Event
from catchdesk.core.search import search_attendees

PEOPLE = [
    ("Hélène", "Dupré", "Boulangerie Dupré", "helene.dupre@gmail.com"),
    ("Łukasz", "Wójcik", "Menuiserie Wójcik", "lukasz@wojcik.pl"),
    ("Gökhan", "Öztürk", "Kebab Anatolia", "g.ozturk@anatolia.be"),
    ("Олена", "Коваленко", "", "olena.kovalenko@ukr.net"),
    ("Thị Ánh", "Nguyễn", "Phở Namur", "anh@phonamur.be"),
    ("Jean", "Dupont", "Garage Dupont & Fils", "jean@garagedupont.be"),
    ("Dupont", "Lambert", "Cabinet Lambert", "dupont.lambert@skynet.be"),
    ("Marie", "Duponteau", "Fleurs Marie", "marie@fleurs.be"),
]


@pytest.fixture
def people(store, event):
    with store.write() as session:
        ev = session.get(Event, event.id)
        for first, last, org, email in PEOPLE:
            add_attendee(
                session, ev, first_name=first, last_name=last, organisation=org, email=email
            )


def names(store, event, query, **kwargs):
    with store.read() as session:
        hits = search_attendees(session, session.get(Event, event.id), query, **kwargs)
        return [f"{h.attendee.first_name} {h.attendee.last_name}" for h in hits]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("helene", "Hélène Dupré"),
        ("HELENE dupre", "Hélène Dupré"),
        ("lukasz", "Łukasz Wójcik"),
        ("wojcik", "Łukasz Wójcik"),
        ("ozturk", "Gökhan Öztürk"),
        ("olena", "Олена Коваленко"),
        ("Коваленко", "Олена Коваленко"),
        ("nguyen", "Thị Ánh Nguyễn"),
        ("pho", "Thị Ánh Nguyễn"),
        ("menuiserie", "Łukasz Wójcik"),
        ("anatolia.be", "Gökhan Öztürk"),
        ("ukasz", "Łukasz Wójcik"),
    ],
)
def test_accent_case_and_script_insensitive(store, event, people, query, expected):
    assert names(store, event, query)[0] == expected


def test_whole_name_ranks_before_prefix_and_organisation(store, event, people):
    found = names(store, event, "dupont")
    assert found[:2] == ["Jean Dupont", "Dupont Lambert"]
    assert "Marie Duponteau" in found
    assert found.index("Marie Duponteau") > 1


def test_every_word_must_match(store, event, people):
    assert names(store, event, "jean dupont") == ["Jean Dupont"]
    assert names(store, event, "jean wojcik") == []


def test_empty_and_punctuation_queries_find_nobody(store, event, people):
    assert names(store, event, "") == []
    assert names(store, event, " -*' ") == []
    assert names(store, event, '"') == []


def test_search_sees_corrections_and_stays_in_its_event(store, event, people):
    with store.write() as session:
        person = session.query(Attendee).filter_by(last_name="Dupré").one()
        person.last_name = "Martin"
        person.organisation = "Boulangerie Martin"
        person.email = "hm@example.be"
        refresh_search_text(person)
        other = create_event(session, "Autre", event.starts_on)
        add_attendee(session, other, first_name="Hélène", last_name="Autre")
    assert names(store, event, "martin") == ["Hélène Martin"]
    assert names(store, event, "dupre") == []
    assert names(store, event, "helene") == ["Hélène Martin"]


def test_limit(store, event, people):
    assert len(names(store, event, "be", limit=2)) == 2
