"""The core's own message catalogue (French first, then English and Dutch).

Verdict messages and document texts are produced without Qt (the CLI, the documents, the sync
worker all need them), so they cannot use Qt Linguist; this small catalogue holds them and the
GUI shows them as they come. Keys are stable identifiers, values are format strings.
"""

from __future__ import annotations

import os

LANGUAGES = ("fr", "en", "nl")
DEFAULT_LANGUAGE = "fr"

CATALOGUE: dict[str, dict[str, str]] = {
    "verdict.checked_in": {
        "fr": "Bienvenue, {name} !",
        "en": "Welcome, {name}!",
        "nl": "Welkom, {name}!",
    },
    "verdict.checked_in.door": {
        "fr": "Bienvenue à « {workshop} », {name} !",
        "en": "Welcome to “{workshop}”, {name}!",
        "nl": "Welkom bij “{workshop}”, {name}!",
    },
    "verdict.already_checked_in": {
        "fr": "Déjà enregistré·e à {time} ({desk})",
        "en": "Already checked in at {time} ({desk})",
        "nl": "Al ingecheckt om {time} ({desk})",
    },
    "verdict.unknown": {
        "fr": "Code inconnu : aucun·e participant·e n'a ce code",
        "en": "Unknown code: no attendee has this code",
        "nl": "Onbekende code: geen deelnemer heeft deze code",
    },
    "verdict.unknown.valid": {
        "fr": "Billet valide de cet événement, mais personne ne l'a ici (pas encore synchronisé ?)",
        "en": "A valid ticket of this event, but nobody here has it (not synced yet?)",
        "nl": (
            "Geldig ticket van dit evenement, maar niemand hier heeft het "
            "(nog niet gesynchroniseerd?)"
        ),
    },
    "verdict.invalid": {
        "fr": "Code non valide : mal lu ou falsifié",
        "en": "Invalid code: misread or forged",
        "nl": "Ongeldige code: verkeerd gelezen of vervalst",
    },
    "verdict.other_event": {
        "fr": "Billet d'un autre événement ({event})",
        "en": "Ticket for another event ({event})",
        "nl": "Ticket voor een ander evenement ({event})",
    },
    "verdict.cancelled": {
        "fr": "Inscription annulée",
        "en": "Registration cancelled",
        "nl": "Inschrijving geannuleerd",
    },
    "verdict.not_enrolled": {
        "fr": "Pas inscrit·e à « {workshop} »",
        "en": "Not enrolled in “{workshop}”",
        "nl": "Niet ingeschreven voor “{workshop}”",
    },
    "verdict.full": {
        "fr": "Salle complète ({inside}/{capacity})",
        "en": "Room full ({inside}/{capacity})",
        "nl": "Zaal vol ({inside}/{capacity})",
    },
    "verdict.empty": {
        "fr": "Scan vide",
        "en": "Empty scan",
        "nl": "Lege scan",
    },
    "desk.entrance": {"fr": "accueil", "en": "entrance", "nl": "onthaal"},
}


def default_language() -> str:
    """The user's language from the environment, French when it is none of ours."""
    for variable in ("CATCHDESK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        for part in value.split(":"):
            code = part[:2].lower()
            if code in LANGUAGES:
                return code
    return DEFAULT_LANGUAGE


def tr(key: str, language: str | None = None, **values: object) -> str:
    """The message ``key`` in ``language`` (French if missing), filled with ``values``."""
    entry = CATALOGUE[key]
    text = entry.get(language or default_language()) or entry[DEFAULT_LANGUAGE]
    return text.format(**values)
