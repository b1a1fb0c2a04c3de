"""Cell values as attendee fields: trimmed text, checked e-mails, and the words people write
for a role, a language, a yes/no or a cancellation, in French, Dutch and English.

Every function takes the raw text of a cell and returns the field value, or ``None`` when it
cannot tell (the caller then reports it and leaves the field alone).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from catchdesk.core.models import AttendeeStatus, Role
from catchdesk.core.textfold import fold

# Column sizes of the attendees table (PostgreSQL enforces them; SQLite would not).
FIELD_LIMITS = {
    "first_name": 120,
    "last_name": 120,
    "email": 254,
    "phone": 40,
    "organisation": 200,
    "job_title": 200,
    "sector": 120,
    "ticket_type": 120,
    "needs": 4000,
}
EXTERNAL_CODE_LIMIT = 128

PLACEHOLDERS = frozenset(
    {"-", "--", "---", "/", ".", "?", "n/a", "na", "n.a.", "none", "null", "nvt", "n.v.t.",
     "néant", "neant", "aucun", "aucune", "geen", "#n/a", "#n/b", "#value!", "#valeur!"}
)  # fmt: skip
_SPACE_TABLE = {ord(ch): " " for ch in "\u00a0\u2007\u202f\u2009\u200a\u3000"} | {
    ord(ch): None for ch in "\u200b\u200c\u200d\u2060\ufeff\u00ad"
}

_ROLE_WORDS: dict[str, tuple[str, ...]] = {
    Role.PARTICIPANT: (
        "participant", "participante", "participants", "deelnemer", "deelneemster",
        "deelnemers", "attendee", "visiteur", "visiteuse", "visitor", "bezoeker", "bezoekster",
        "invite", "invitee", "guest", "gast", "etudiant", "etudiante", "student",
        "entrepreneur", "ondernemer", "commercant", "commercante", "handelaar", "independant",
        "independante", "zelfstandige", "artisan", "inscrit", "inscrite", "public", "publiek",
        "regular", "standard", "standaard",
    ),
    Role.COACH: (
        "coach", "coachs", "coaches", "mentor", "mentore", "expert", "experte", "conseiller",
        "conseillere", "adviseur", "advisor", "adviser", "consultant", "consultante",
    ),
    Role.STAFF: (
        "staff", "benevole", "benevoles", "volunteer", "volunteers", "vrijwilliger",
        "vrijwilligster", "organisateur", "organisatrice", "organizer", "organiser",
        "organisator", "equipe", "team", "medewerker", "medewerkster", "personnel", "crew",
        "accueil", "helper",
    ),
    Role.PARTNER: (
        "partner", "partners", "partenaire", "partenaires", "exposant", "exposante",
        "exhibitor", "standhouder", "sponsor", "sponsors",
    ),
    Role.SPEAKER: (
        "speaker", "speakers", "orateur", "oratrice", "intervenant", "intervenante",
        "conferencier", "conferenciere", "spreker", "spreekster", "presentateur",
        "presentatrice", "formateur", "formatrice", "trainer", "lesgever", "animateur",
        "animatrice",
    ),
}  # fmt: skip
_ROLE_INDEX = {word: str(role) for role, words in _ROLE_WORDS.items() for word in words}

_LANGUAGE_WORDS: dict[str, tuple[str, ...]] = {
    "fr": ("fr", "fra", "fre", "francais", "francaise", "french", "frans", "franse",
           "franstalig", "francophone"),
    "nl": ("nl", "nld", "dut", "nederlands", "nederlandse", "dutch", "neerlandais", "vlaams",
           "flemish", "flamand", "nederlandstalig", "neerlandophone"),
    "en": ("en", "eng", "english", "anglais", "anglaise", "engels", "engelse", "anglophone",
           "engelstalig"),
}  # fmt: skip
_LANGUAGE_INDEX = {word: code for code, words in _LANGUAGE_WORDS.items() for word in words}

_YES = frozenset(
    {"yes", "y", "oui", "o", "ja", "j", "1", "true", "vrai", "waar", "x", "ok", "daccord",
     "akkoord", "accepte", "acceptee", "accepted", "agree", "agreed", "iagree", "jaccepte",
     "ikgaakkoord", "consent", "given", "granted", "si", "checked", "coche"}
)  # fmt: skip
_NO = frozenset(
    {"no", "n", "non", "nee", "neen", "0", "false", "faux", "onwaar", "refuse", "refusee",
     "refused", "declined", "geweigerd", "pasdaccord", "nietakkoord", "unchecked"}
)  # fmt: skip
_CHECKED = frozenset("✓✔☑☒")
_UNCHECKED = frozenset("☐✗✘")
_CANCELLED_MARKS = (
    "cancel", "annul", "refund", "rembours", "geannuleerd", "annuleerd", "terugbetaald",
    "notattending", "deleted", "supprim", "verwijderd", "expired", "expire", "vervallen",
    "storn", "void",
)  # fmt: skip
_PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "des", "le", "la",
     "ter", "ten", "te", "vanden", "vander", "vande", "dos", "das", "el", "al", "ben", "bin",
     "mac", "st", "saint", "sainte"}
)  # fmt: skip
_EXCEL_NUMBER = re.compile(r"\d+(?:[.,]\d+)?[eE]\+?\d+")
_LOCAL_PART = re.compile(r"[a-z0-9!#$%&'*+/=?^_`{|}~.-]+")
_DOMAIN_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_TLD = re.compile(r"(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})")


def clean_text(value: str, *, multiline: bool = False) -> str:
    """Trimmed text with odd spaces normalised; placeholders such as ``-`` or ``n/a`` -> ``""``."""
    if not value:
        return ""
    if not value.isascii():
        value = unicodedata.normalize("NFC", value.translate(_SPACE_TABLE))
    if multiline:
        lines = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        text = "\n".join(" ".join(line.split()) for line in lines).strip("\n")
    else:
        text = " ".join(value.split())
    if len(text) <= 8 and text.casefold() in PLACEHOLDERS:
        return ""
    return text


def _key(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", fold(text))


def _words(text: str) -> list[str]:
    return re.findall(r"[0-9a-z]+", fold(text))


def normalise_email(value: str) -> tuple[str, str | None]:
    """The address in lower case, or an error sentence; ``("", None)`` for an empty cell."""
    text = clean_text(value)
    if not text:
        return "", None
    address = text.lower()
    if address.startswith("mailto:"):
        address = address[len("mailto:") :]
    bracketed = re.search(r"<([^<>]+)>", address)
    if bracketed:
        address = bracketed.group(1)
    address = address.strip(" ,;:<>\"'()").rstrip(".")
    if address.count("@") > 1 and len(re.split(r"[\s,;/]+", address)) > 1:
        return "", f"the e-mail cell holds several addresses ('{text}'); keep one"
    local, sep, domain = address.rpartition("@")
    if not _valid_email(local, sep, domain) or len(address) > FIELD_LIMITS["email"]:
        return "", f"e-mail '{text}' is not a valid address"
    return address, None


def _valid_email(local: str, sep: str, domain: str) -> bool:
    if not sep or not local or not domain or len(local) > 64:
        return False
    if not _LOCAL_PART.fullmatch(local) or ".." in local:
        return False
    if local.startswith(".") or local.endswith("."):
        return False
    if not domain.isascii():
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError:
            return False
    labels = domain.split(".")
    if len(labels) < 2 or not _TLD.fullmatch(labels[-1]):
        return False
    return all(_DOMAIN_LABEL.fullmatch(label) for label in labels)


@lru_cache(maxsize=4096)
def normalise_role(value: str) -> str | None:
    """``participant``, ``coach``, ``staff``, ``partner`` or ``speaker``; None if unknown."""
    key = _key(value)
    if not key:
        return None
    if key in _ROLE_INDEX:
        return _ROLE_INDEX[key]
    for word in _words(value):
        if word in _ROLE_INDEX:
            return _ROLE_INDEX[word]
    return None


@lru_cache(maxsize=4096)
def normalise_language(value: str) -> str | None:
    """``fr``, ``nl`` or ``en`` from a code or a language name in any of the three."""
    key = _key(value)
    if key in _LANGUAGE_INDEX:
        return _LANGUAGE_INDEX[key]
    for word in _words(value):
        if word in _LANGUAGE_INDEX:
            return _LANGUAGE_INDEX[word]
    return None


@lru_cache(maxsize=4096)
def normalise_consent(value: str) -> bool | None:
    """True for yes/oui/ja/1/true/x…, False for no/non/nee/0/false…, None if unclear."""
    text = value.strip()
    if text and text[0] in _CHECKED:
        return True
    if text and text[0] in _UNCHECKED:
        return False
    key = _key(text)
    if key in _YES:
        return True
    if key in _NO:
        return False
    words = _words(text)
    if words and words[0] in _YES:
        return True
    if words and words[0] in _NO:
        return False
    return None


@lru_cache(maxsize=4096)
def normalise_status(value: str) -> str:
    """``cancelled`` for cancelled, refunded, expired… in any language, else ``registered``."""
    key = _key(value)
    if any(mark in key for mark in _CANCELLED_MARKS):
        return AttendeeStatus.CANCELLED.value
    return AttendeeStatus.REGISTERED.value


def split_full_name(value: str) -> tuple[str, str]:
    """``(first, last)`` from one name cell.

    ``Dupré, Hélène`` is last-comma-first; ``DUPRÉ Hélène`` marks the family name in capitals
    (the French habit); otherwise the family name starts at a particle (``Van den Bossche``,
    ``de Lannoy``, ``d'Ursel``) or is the last word. One word is taken as a first name.
    """
    text = clean_text(value)
    if not text:
        return "", ""
    if "," in text:
        last, _, first = text.partition(",")
        return " ".join(first.split()), " ".join(last.split())
    words = text.split()
    if len(words) == 1:
        return words[0], ""
    capitals = _capitalised(words)
    if any(capitals) and not all(capitals):
        first = [w for w, cap in zip(words, capitals, strict=True) if not cap]
        last = [w for w, cap in zip(words, capitals, strict=True) if cap]
        return " ".join(first), " ".join(last)
    for index in range(1, len(words) - 1):
        word = fold(words[index])
        if word in _PARTICLES or word.rstrip("'’") in _PARTICLES:
            return " ".join(words[:index]), " ".join(words[index:])
    for index in range(1, len(words)):
        if re.match(r"^[dl]['’]", fold(words[index])):
            return " ".join(words[:index]), " ".join(words[index:])
    return " ".join(words[:-1]), words[-1]


def _capitalised(words: list[str]) -> list[bool]:
    """Which words are a family name in capitals (``DUPRÉ``; ``LE`` next to ``PEN``)."""
    sizes = []
    for word in words:
        letters = [ch for ch in word if ch.isalpha()]
        upper = bool(letters) and all(ch.isupper() for ch in letters)
        sizes.append(len(letters) if upper else 0)
    marks = [size >= 3 for size in sizes]
    for index, size in enumerate(sizes):
        if size == 2 and any(marks[j] for j in (index - 1, index + 1) if 0 <= j < len(marks)):
            marks[index] = True
    return marks


def excel_mangled(code: str) -> bool:
    """True for ``1,23457E+11``: Excel turned a long ticket number into a rounded number."""
    return bool(_EXCEL_NUMBER.fullmatch(code.strip()))


def limit(target: str, text: str) -> tuple[str, bool]:
    """The text cut to the column's size, and whether it was cut."""
    size = FIELD_LIMITS.get(target)
    if size is None or len(text) <= size:
        return text, False
    return text[:size].rstrip(), True
