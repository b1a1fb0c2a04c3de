"""A conflict's rule decision reads in the reader's language, while what is stored has no words.

Two desks working in different languages must list the same conflict (same id, same stored
detail) and each read it in its own language; the CLI follows ``--lang``.
"""

from __future__ import annotations

import json
import time

import pytest
from sqlalchemy import select
from sync_helpers import make_desks

from catchdesk.cli import main
from catchdesk.core.checkin import check_in
from catchdesk.core.coaching.booking import book
from catchdesk.core.models import Enrolment
from catchdesk.core.sync.conflicts import list_conflicts
from catchdesk.core.sync.tables import SyncConflict
from catchdesk.core.sync.texts import ENTITY_WORDS, render_decision
from catchdesk.core.workshop_editing import WorkshopDraft, create_workshop, delete_workshop


@pytest.fixture
def desks(tmp_path):
    made = make_desks(tmp_path, 2, coaching=True)
    yield made
    made.close()


def _check_in(desks, store, code, **kwargs):
    with store.write() as session:
        return check_in(session, desks.event(store), code, desk=store.device_name, **kwargs)


def _workshop(desks, store):
    with store.write() as session:
        draft = WorkshopDraft("SEO basics", desks.at("11:00"), desks.at("12:00"), room="R1")
        return create_workshop(session, desks.event_id, draft).id


def _decisions(desks, store, kind):
    """The decision of the one conflict of ``kind``, in each language."""
    found = {}
    for language in ("fr", "nl", "en"):
        with store.read() as session:
            views = list_conflicts(session, desks.event(store), language=language)
        [view] = [v for v in views if v.kind == kind]
        found[language] = view.rule_decision
    return found


def _stored(desks, store, kind):
    with store.read() as session:
        row = session.scalars(select(SyncConflict).where(SyncConflict.kind == kind)).one()
        return row.id, row.rule_decision, dict(row.detail)


def _assert_stored_without_words(desks, kind, decisions):
    """Both desks store the same conflict, and none of its sentences, in any language."""
    a, b = desks.stores
    stored_a, stored_b = _stored(desks, a, kind), _stored(desks, b, kind)
    assert stored_a == stored_b
    _id, sentence, detail = stored_a
    assert sentence == ""
    dumped = json.dumps(detail, ensure_ascii=False)
    for text in decisions.values():
        assert text not in dumped
    for word in ("is kept", "are kept", "conservé", "bewaard", "behouden", "à replacer", "offline"):
        assert word not in dumped
    return detail["decision"]


def test_a_double_admission_at_the_entrance_reads_in_each_language(desks):
    a, b = desks.stores
    _check_in(desks, a, desks.codes[0])
    time.sleep(0.005)
    _check_in(desks, b, desks.codes[0])
    desks.send(b, a)
    desks.send(a, b)
    decisions = _decisions(desks, a, "double_admission")
    stored = _assert_stored_without_words(desks, "double_admission", decisions)
    assert stored["key"] == "double_admission.entrance"
    at = stored["values"]["time"]
    assert stored["values"] == {"name": "Person0 Test", "desk": "Desk 0", "time": at}
    assert decisions == {
        "fr": (
            "Les deux enregistrements de Person0 Test à l'accueil sont conservés : le premier "
            f"(Desk 0, {at}) compte comme son arrivée."
        ),
        "nl": (
            "Beide check-ins van Person0 Test aan het onthaal blijven bewaard; de eerste "
            f"(Desk 0, {at}) geldt als aankomst."
        ),
        "en": (
            "Both check-ins of Person0 Test at the entrance are kept; the first one "
            f"(Desk 0, {at}) counts as the arrival."
        ),
    }
    assert _decisions(desks, b, "double_admission") == decisions


def test_a_double_admission_at_a_workshop_door_names_the_workshop(desks):
    a, b = desks.stores
    workshop = _workshop(desks, a)
    _check_in(desks, a, desks.codes[1])
    desks.send(a, b)
    _check_in(desks, a, desks.codes[1], workshop_id=workshop)
    time.sleep(0.005)
    _check_in(desks, b, desks.codes[1], workshop_id=workshop)
    desks.send(b, a)
    desks.send(a, b)
    decisions = _decisions(desks, a, "double_admission")
    stored = _assert_stored_without_words(desks, "double_admission", decisions)
    assert stored["key"] == "double_admission.workshop"
    assert decisions["fr"].startswith(
        "Les deux enregistrements de Person1 Test à l'atelier « SEO basics » sont conservés"
    )
    assert decisions["nl"].startswith(
        "Beide check-ins van Person1 Test bij de workshop “SEO basics” blijven bewaard"
    )
    assert decisions["en"].startswith("Both check-ins of Person1 Test at SEO basics are kept")


def test_a_slot_booked_twice_reads_in_each_language(desks):
    a, b = desks.stores
    slot = desks.slots[0]
    with a.write() as session:
        book(session, desks.event(a), desks.attendee_ids[0], slot_id=slot, now=desks.at("08:00"))
    time.sleep(0.005)
    with b.write() as session:
        book(session, desks.event(b), desks.attendee_ids[1], slot_id=slot, now=desks.at("08:00"))
    desks.send(b, a)
    desks.send(a, b)
    decisions = _decisions(desks, b, "double_booking")
    stored = _assert_stored_without_words(desks, "double_booking", decisions)
    assert stored == {
        "key": "double_booking.kept_by",
        "values": {
            "coach": "Sophie",
            "time": "10:00",
            "keeper": "Person0 Test",
            "name": "Person1 Test",
        },
    }
    assert decisions == {
        "fr": (
            "Le créneau de 10:00 de Sophie a été réservé deux fois hors ligne : la première "
            "réservation (Person0 Test) le garde et Person1 Test est à replacer."
        ),
        "nl": (
            "Het tijdslot van 10:00 bij Sophie werd offline twee keer geboekt: de eerste "
            "boeking (Person0 Test) houdt het, Person1 Test moet opnieuw geboekt worden."
        ),
        "en": (
            "Sophie's 10:00 slot was booked twice offline; the earlier booking (Person0 Test) "
            "keeps it, Person1 Test is to rebook."
        ),
    }


def test_a_workshop_deleted_but_in_use_reads_in_each_language(desks):
    a, b = desks.stores
    workshop = _workshop(desks, a)
    desks.send(a, b)
    with a.write() as session:
        delete_workshop(session, workshop, confirm=True)
    _check_in(desks, b, desks.codes[2], workshop_id=workshop)
    desks.send(a, b)
    desks.send(b, a)
    decisions = _decisions(desks, a, "deleted_in_use")
    stored = _assert_stored_without_words(desks, "deleted_in_use", decisions)
    assert stored == {"key": "deleted_in_use.workshop", "values": {"workshop": "SEO basics"}}
    assert decisions == {
        "fr": (
            "L'atelier « SEO basics » a été supprimé sur un poste alors qu'un autre l'utilisait "
            "encore hors ligne : il est conservé."
        ),
        "nl": (
            "De workshop “SEO basics” werd op de ene balie verwijderd terwijl een andere balie "
            "hem offline nog gebruikte; hij blijft behouden."
        ),
        "en": (
            "The workshop SEO basics was deleted on one desk while another still used it "
            "offline; it is kept."
        ),
    }


def test_a_row_made_twice_names_its_kind_in_each_language(desks):
    a, b = desks.stores
    workshop = _workshop(desks, a)
    desks.send(a, b)
    for store in (a, b):
        with store.write() as session:
            session.add(
                Enrolment(
                    event_id=desks.event_id, attendee_id=desks.attendee_ids[0], workshop_id=workshop
                )
            )
        time.sleep(0.005)
    desks.send(b, a)
    desks.send(a, b)
    decisions = _decisions(desks, a, "duplicate")
    stored = _assert_stored_without_words(desks, "duplicate", decisions)
    key = f"attendee_id={desks.attendee_ids[0]}, workshop_id={workshop}"
    assert stored == {"key": "duplicate", "values": {"entity": "enrolments", "key": key}}
    assert decisions["fr"] == (
        f"Deux éléments « inscription à un atelier » identiques ({key}) ont été créés hors "
        "ligne : le premier est conservé et ce qui renvoyait au second renvoie désormais au "
        "premier."
    )
    assert decisions["nl"].startswith(f"Twee identieke elementen “workshopinschrijving” ({key})")
    assert decisions["en"].startswith(f"Two workshop enrolment rows with the same {key}")


def test_without_a_language_the_environment_s_is_used(desks, monkeypatch):
    a, b = desks.stores
    _check_in(desks, a, desks.codes[0])
    _check_in(desks, b, desks.codes[0])
    desks.send(b, a)
    monkeypatch.setenv("CATCHDESK_LANG", "nl")
    with a.read() as session:
        [view] = list_conflicts(session, desks.event(a))
    assert view.rule_decision.startswith("Beide check-ins van Person0 Test aan het onthaal")


def test_a_conflict_stored_as_an_english_sentence_is_shown_as_it_is(desks):
    a, b = desks.stores
    _check_in(desks, a, desks.codes[3])
    _check_in(desks, b, desks.codes[3])
    desks.send(b, a)
    old = "Both check-ins of Person3 Test at the entrance are kept."
    with a.write() as session:
        row = session.scalars(select(SyncConflict)).one()
        row.rule_decision = old
        row.detail = {k: v for k, v in row.detail.items() if k != "decision"}
    for language in ("fr", "nl", "en"):
        with a.read() as session:
            [view] = list_conflicts(session, desks.event(a), language=language)
        assert view.rule_decision == old
    assert render_decision({"key": "no_such_rule"}, old, "fr") == old


def test_every_decision_and_table_word_exists_in_the_three_languages():
    from catchdesk.core.sync.texts import DECISIONS

    for entry in (*DECISIONS.values(), *ENTITY_WORDS.values()):
        assert set(entry) == {"fr", "en", "nl"}
        assert all(text.strip() for text in entry.values())
        fields = {lang: sorted(_fields(text)) for lang, text in entry.items()}
        assert fields["fr"] == fields["en"] == fields["nl"]


def _fields(text):
    import string

    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_the_cli_lists_the_decision_in_the_language_asked(desks, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CATCHDESK_LANG", "en")  # --lang sets it for the process; undo after
    a, b = desks.stores
    _check_in(desks, a, desks.codes[1])
    _check_in(desks, b, desks.codes[1])
    desks.send(b, a)
    db = str(tmp_path / "desk-0.sqlite")
    capsys.readouterr()
    assert main(["--db", db, "sync", "conflicts", "--json", "--lang", "fr"]) == 0
    [conflict] = json.loads(capsys.readouterr().out)
    assert conflict["rule_decision"].startswith("Les deux enregistrements de Person1 Test")
    assert conflict["detail"]["decision"]["key"] == "double_admission.entrance"
    assert main(["--db", db, "sync", "conflicts", "--lang", "nl"]) == 0
    assert "Beide check-ins van Person1 Test" in capsys.readouterr().out
