"""The words on a certificate in French, Dutch and English, and dates and durations written out.

Certificates are read by the participant and by whoever they show it to, in the participant's
language, so every text is here in the three languages of the region (French first). Dates are
written with our own day and month names rather than the system locale: a desk laptop set to
English must still print "jeudi 26 novembre 2026" on a French certificate.
"""

from __future__ import annotations

import datetime as dt

LANGUAGES = ("fr", "nl", "en")
DEFAULT_LANGUAGE = "fr"

TEXTS: dict[str, dict[str, str]] = {
    "title": {
        "fr": "Attestation de participation",
        "nl": "Deelnamecertificaat",
        "en": "Certificate of attendance",
    },
    "certifies": {
        "fr": "{organiser} atteste que",
        "nl": "{organiser} verklaart dat",
        "en": "{organiser} certifies that",
    },
    "certifies.anonymous": {
        "fr": "Nous attestons que",
        "nl": "Hierbij verklaren wij dat",
        "en": "This is to certify that",
    },
    "attended": {
        "fr": "a participé à",
        "nl": "heeft deelgenomen aan",
        "en": "attended",
    },
    "default_text": {
        "fr": (
            "Cette attestation reprend les ateliers et l'accompagnement individuel suivis "
            "durant l'événement, tels qu'enregistrés à l'entrée des salles."
        ),
        "nl": (
            "Dit certificaat vermeldt de workshops en de individuele begeleiding die tijdens "
            "het evenement werden gevolgd, zoals geregistreerd aan de ingang van de zalen."
        ),
        "en": (
            "This certificate lists the workshops and one-to-one coaching attended during "
            "the event, as recorded at the door of each room."
        ),
    },
    "workshops": {"fr": "Ateliers suivis", "nl": "Gevolgde workshops", "en": "Workshops attended"},
    "coaching": {
        "fr": "Accompagnement individuel",
        "nl": "Individuele begeleiding",
        "en": "One-to-one coaching",
    },
    "coaching.with": {
        "fr": "avec {organisation}",
        "nl": "met {organisation}",
        "en": "with {organisation}",
    },
    "coaching.untitled": {
        "fr": "Conseil personnalisé",
        "nl": "Persoonlijk advies",
        "en": "Personal advice",
    },
    "more": {
        "fr": "… et {count} autre(s) session(s), toutes certifiées par le code ci-dessous",
        "nl": "… en nog {count} sessie(s), allemaal gecertificeerd door de code hieronder",
        "en": "… and {count} more session(s), all certified by the code below",
    },
    "total": {"fr": "Durée totale", "nl": "Totale duur", "en": "Total time"},
    "presence": {
        "fr": "Présence à l'événement",
        "nl": "Aanwezig op het evenement",
        "en": "Attended the event",
    },
    "serial": {"fr": "N° {serial}", "nl": "Nr. {serial}", "en": "No. {serial}"},
    "version": {"fr": "version {version}", "nl": "versie {version}", "en": "version {version}"},
    "organised_by": {"fr": "Organisé par", "nl": "Georganiseerd door", "en": "Organised by"},
    "verify.title": {
        "fr": "Vérifier cette attestation",
        "nl": "Dit certificaat controleren",
        "en": "Verify this certificate",
    },
    "verify.how": {
        "fr": (
            "Scannez le code QR ou tapez le code ci-dessous dans « catchdesk verify CODE ». "
            "La vérification se fait hors ligne, avec la clé publique de l'événement."
        ),
        "nl": (
            "Scan de QR-code of typ de code hieronder in „catchdesk verify CODE”. "
            "De controle gebeurt offline, met de publieke sleutel van het evenement."
        ),
        "en": (
            "Scan the QR code or type the code below into “catchdesk verify CODE”. "
            "Verification works offline, with the event's public key."
        ),
    },
    "code": {"fr": "Code de vérification", "nl": "Verificatiecode", "en": "Verification code"},
    "fingerprint": {
        "fr": "Empreinte de la clé",
        "nl": "Vingerafdruk sleutel",
        "en": "Key fingerprint",
    },
}

DAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS = {
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip
RANGE = {"fr": "du {a} au {b}", "nl": "van {a} tot {b}", "en": "{a} to {b}"}
HOURS = {"fr": "h", "nl": "u", "en": "h"}


def text(key: str, language: str, **values: object) -> str:
    """The text ``key`` in ``language`` (French when the language is not ours)."""
    entry = TEXTS[key]
    template = entry.get(language) or entry[DEFAULT_LANGUAGE]
    return template.format(**values) if values else template


def long_date(day: dt.date, language: str) -> str:
    """ "jeudi 26 novembre 2026", "donderdag 26 november 2026", "Thursday 26 November 2026"."""
    lang = language if language in DAYS else DEFAULT_LANGUAGE
    number = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{DAYS[lang][day.weekday()]} {number} {MONTHS[lang][day.month - 1]} {day.year}"


def date_range(dates: str, language: str) -> str:
    """A certificate's ``YYYY-MM-DD`` or ``first/last`` dates written out in ``language``."""
    first, _, last = dates.partition("/")
    start = dt.date.fromisoformat(first)
    if not last or last == first:
        return long_date(start, language)
    lang = language if language in RANGE else DEFAULT_LANGUAGE
    return RANGE[lang].format(
        a=long_date(start, language), b=long_date(dt.date.fromisoformat(last), language)
    )


def duration(minutes: int, language: str) -> str:
    """ "3 h 45", "3 u 45", "3 h 45 min"; whole hours as "2 h"; under an hour "45 min"."""
    hours, rest = divmod(max(0, minutes), 60)
    unit = HOURS.get(language, "h")
    if hours == 0:
        return f"{rest} min"
    if rest == 0:
        return f"{hours} {unit}"
    tail = " min" if language == "en" else ""
    return f"{hours} {unit} {rest:02d}{tail}"


def time_span(starts_at: str, ends_at: str, with_day: bool = False) -> str:
    """ "10:30 – 11:30" from local ISO times; "26/11 10:30 – 11:30" for events of several days."""
    start = dt.datetime.fromisoformat(starts_at)
    end = dt.datetime.fromisoformat(ends_at)
    span = f"{start:%H:%M} – {end:%H:%M}"
    return f"{start:%d/%m} {span}" if with_day else span
