"""What a merge rule decided, in the reader's language (French, English, Dutch).

A conflict is derived on every store from the synced data and must read the same everywhere,
so it keeps the rule's decision as a key and the values that fill it (names, desks, times),
never as a sentence: a desk in French and one in Dutch list the same conflict, each in its own
words. Conflicts recorded before that kept only an English sentence; it is shown as it is.
"""

from __future__ import annotations

from typing import Any

from catchdesk.core.i18n import DEFAULT_LANGUAGE, default_language

DECISIONS: dict[str, dict[str, str]] = {
    "double_admission.entrance": {
        "fr": (
            "Les deux enregistrements de {name} à l'accueil sont conservés : le premier "
            "({desk}, {time}) compte comme son arrivée."
        ),
        "en": (
            "Both check-ins of {name} at the entrance are kept; the first one "
            "({desk}, {time}) counts as the arrival."
        ),
        "nl": (
            "Beide check-ins van {name} aan het onthaal blijven bewaard; de eerste "
            "({desk}, {time}) geldt als aankomst."
        ),
    },
    "double_admission.workshop": {
        "fr": (
            "Les deux enregistrements de {name} à l'atelier « {workshop} » sont conservés : "
            "le premier ({desk}, {time}) compte comme son arrivée."
        ),
        "en": (
            "Both check-ins of {name} at {workshop} are kept; the first one "
            "({desk}, {time}) counts as the arrival."
        ),
        "nl": (
            "Beide check-ins van {name} bij de workshop “{workshop}” blijven bewaard; de eerste "
            "({desk}, {time}) geldt als aankomst."
        ),
    },
    "double_booking.kept_by": {
        "fr": (
            "Le créneau de {time} de {coach} a été réservé deux fois hors ligne : la première "
            "réservation ({keeper}) le garde et {name} est à replacer."
        ),
        "en": (
            "{coach}'s {time} slot was booked twice offline; the earlier booking ({keeper}) "
            "keeps it, {name} is to rebook."
        ),
        "nl": (
            "Het tijdslot van {time} bij {coach} werd offline twee keer geboekt: de eerste "
            "boeking ({keeper}) houdt het, {name} moet opnieuw geboekt worden."
        ),
    },
    "double_booking": {
        "fr": (
            "Le créneau de {time} de {coach} a été réservé deux fois hors ligne : la première "
            "réservation le garde et {name} est à replacer."
        ),
        "en": (
            "{coach}'s {time} slot was booked twice offline; the earlier booking keeps it, "
            "{name} is to rebook."
        ),
        "nl": (
            "Het tijdslot van {time} bij {coach} werd offline twee keer geboekt: de eerste "
            "boeking houdt het, {name} moet opnieuw geboekt worden."
        ),
    },
    "deleted_in_use.workshop": {
        "fr": (
            "L'atelier « {workshop} » a été supprimé sur un poste alors qu'un autre l'utilisait "
            "encore hors ligne : il est conservé."
        ),
        "en": (
            "The workshop {workshop} was deleted on one desk while another still used it "
            "offline; it is kept."
        ),
        "nl": (
            "De workshop “{workshop}” werd op de ene balie verwijderd terwijl een andere balie "
            "hem offline nog gebruikte; hij blijft behouden."
        ),
    },
    "deleted_in_use": {
        "fr": (
            "Un élément « {entity} » a été supprimé sur un poste alors qu'un autre l'utilisait "
            "encore hors ligne : il est conservé."
        ),
        "en": (
            "A {entity} row was deleted on one desk while another still used it offline; "
            "it is kept."
        ),
        "nl": (
            "Een element “{entity}” werd op de ene balie verwijderd terwijl een andere balie "
            "het offline nog gebruikte; het blijft behouden."
        ),
    },
    "duplicate": {
        "fr": (
            "Deux éléments « {entity} » identiques ({key}) ont été créés hors ligne : le premier "
            "est conservé et ce qui renvoyait au second renvoie désormais au premier."
        ),
        "en": (
            "Two {entity} rows with the same {key} were made offline; the first is kept and "
            "what pointed at the other now points at it."
        ),
        "nl": (
            "Twee identieke elementen “{entity}” ({key}) werden offline aangemaakt; het eerste "
            "blijft behouden en wat naar het tweede verwees, verwijst nu naar het eerste."
        ),
    },
}
"""Each rule's decision by key; the values are filled in when a screen or the CLI reads it."""

ENTITY_WORDS: dict[str, dict[str, str]] = {
    "attendees": {"fr": "participant·e", "en": "attendee", "nl": "deelnemer"},
    "enrolments": {
        "fr": "inscription à un atelier",
        "en": "workshop enrolment",
        "nl": "workshopinschrijving",
    },
    "checkins": {"fr": "enregistrement", "en": "check-in", "nl": "check-in"},
    "checkin_revocations": {
        "fr": "annulation d'enregistrement",
        "en": "check-in revocation",
        "nl": "ingetrokken check-in",
    },
    "certificates": {"fr": "attestation", "en": "certificate", "nl": "attest"},
    "external_codes": {"fr": "code externe", "en": "external code", "nl": "externe code"},
    "workshops": {"fr": "atelier", "en": "workshop", "nl": "workshop"},
    "bookings": {
        "fr": "réservation de coaching",
        "en": "coaching booking",
        "nl": "coachingboeking",
    },
    "coaches": {"fr": "coach", "en": "coach", "nl": "coach"},
    "coach_slots": {"fr": "créneau de coaching", "en": "coaching slot", "nl": "coachingtijdslot"},
}
"""Synced tables as a reader names them; a table missing here is shown by its name."""


def decision(key: str, /, **values: Any) -> dict[str, Any]:
    """What a conflict stores of its rule's decision: the key and its values, no words."""
    if key not in DECISIONS:
        raise KeyError(f"no decision text '{key}'")
    return {"key": key, "values": values}


class _Values(dict[str, Any]):
    """Values of a stored decision; one a newer version added and this row lacks reads "?"."""

    def __missing__(self, name: str) -> str:
        return "?"


def _pick(entry: dict[str, str], language: str) -> str:
    return entry.get(language) or entry[DEFAULT_LANGUAGE]


def render_decision(
    stored: dict[str, Any] | None, fallback: str = "", language: str | None = None
) -> str:
    """The decision in ``language`` (the environment's if None).

    ``fallback`` is the sentence a conflict recorded before decisions had keys; it is returned
    as it is when ``stored`` names no known key.
    """
    entry = DECISIONS.get(str((stored or {}).get("key") or ""))
    if entry is None:
        return fallback
    lang = language or default_language()
    values = _Values((stored or {}).get("values") or {})
    entity = str(values.get("entity") or "")
    if entity:
        words = ENTITY_WORDS.get(entity)
        values["entity"] = _pick(words, lang) if words else entity
    return _pick(entry, lang).format_map(values)
