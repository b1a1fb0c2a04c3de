"""Words of the certificate e-mails, in French (the default), Dutch and English.

The e-mail is the first thing a participant reads about their certificate, often on a phone, so
it is short, plain text, in their own language and signed by the organiser. The texts live here,
apart from :mod:`catchdesk.core.i18n`, because they are whole paragraphs that an organiser may
want to reword without touching the desk's verdict messages. Dates are spelled out by hand
rather than through the C locale, which a desk laptop rarely has installed for all three
languages.
"""

from __future__ import annotations

import datetime as dt

MAIL_LANGUAGES = ("fr", "nl", "en")
DEFAULT_MAIL_LANGUAGE = "fr"

MONTHS: dict[str, tuple[str, ...]] = {
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}

MAIL_TEXTS: dict[str, dict[str, str]] = {
    "subject": {
        "fr": "Votre attestation de participation – {event}",
        "nl": "Uw deelnameattest – {event}",
        "en": "Your certificate of attendance – {event}",
    },
    "subject.updated": {
        "fr": "Votre attestation de participation mise à jour – {event}",
        "nl": "Uw bijgewerkt deelnameattest – {event}",
        "en": "Your updated certificate of attendance – {event}",
    },
    "greeting": {
        "fr": "Bonjour {first_name},",
        "nl": "Beste {first_name},",
        "en": "Dear {first_name},",
    },
    "greeting.anonymous": {
        "fr": "Bonjour,",
        "nl": "Beste deelnemer,",
        "en": "Hello,",
    },
    "thanks": {
        "fr": "Merci d'avoir participé à {event}, {when}{at_venue}.",
        "nl": "Bedankt voor uw deelname aan {event}, {when}{at_venue}.",
        "en": "Thank you for taking part in {event}, {when}{at_venue}.",
    },
    "at_venue": {"fr": " à {venue}", "nl": " in {venue}", "en": " at {venue}"},
    "when.day": {"fr": "le {day}", "nl": "op {day}", "en": "on {day}"},
    "when.range": {
        "fr": "du {first} au {last}",
        "nl": "van {first} tot en met {last}",
        "en": "from {first} to {last}",
    },
    "attached": {
        "fr": (
            "Vous trouverez en pièce jointe votre attestation de participation (n° {serial}). "
            "Elle porte un code de vérification : toute personne à qui vous la présentez peut "
            "en vérifier l'authenticité."
        ),
        "nl": (
            "In de bijlage vindt u uw deelnameattest (nr. {serial}). Het draagt een "
            "verificatiecode: iedereen aan wie u het toont, kan nagaan of het echt is."
        ),
        "en": (
            "Please find attached your certificate of attendance (no. {serial}). It carries a "
            "verification code, so anyone you show it to can check that it is genuine."
        ),
    },
    "updated": {
        "fr": "Cette version remplace celle que vous avez reçue précédemment.",
        "nl": "Deze versie vervangt het attest dat u eerder ontving.",
        "en": "This version replaces the one you received earlier.",
    },
    "closing": {
        "fr": "Au plaisir de vous revoir,",
        "nl": "Tot een volgende keer,",
        "en": "We hope to see you again,",
    },
    "file_prefix": {"fr": "attestation", "nl": "deelnameattest", "en": "certificate"},
}


def mail_language(language: str | None) -> str:
    """The attendee's language if we write it, French otherwise (the venue is in Wallonia)."""
    code = (language or "").strip().lower()[:2]
    return code if code in MAIL_LANGUAGES else DEFAULT_MAIL_LANGUAGE


def mail_text(key: str, language: str, **values: object) -> str:
    """The text ``key`` in ``language`` (French if missing), filled with ``values``."""
    entry = MAIL_TEXTS[key]
    text = entry.get(language) or entry[DEFAULT_MAIL_LANGUAGE]
    return text.format(**values)


def spelled_date(day: dt.date, language: str) -> str:
    """``26 novembre 2026``, ``1er décembre 2026``, ``26 november 2026``, ``26 November 2026``."""
    month = MONTHS[mail_language(language)][day.month - 1]
    number = "1er" if day.day == 1 and language == "fr" else str(day.day)
    return f"{number} {month} {day.year}"


def when_phrase(first: dt.date, last: dt.date | None, language: str) -> str:
    """ "on 26 November 2026", or "from … to …" for an event of several days."""
    if last is None or last == first:
        return mail_text("when.day", language, day=spelled_date(first, language))
    return mail_text(
        "when.range",
        language,
        first=spelled_date(first, language),
        last=spelled_date(last, language),
    )
