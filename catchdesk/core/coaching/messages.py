"""What the coaching rules say when they refuse, in French, English and Dutch.

A refusal is read by a volunteer at a busy coaching desk or by a coach at their table, in the
language of their screen, so each message names the person, the coach and the time concerned
and says what to do next. The rules raise a reason code with values; the text is chosen here,
and again in another language when a screen asks (:meth:`CoachingRefused.message_in`).
"""

from __future__ import annotations

from catchdesk.core.i18n import DEFAULT_LANGUAGE, default_language

MESSAGES: dict[str, dict[str, str]] = {
    # Who may book.
    "attendee_cancelled": {
        "fr": "L'inscription de {name} est annulée : rétablissez-la avant de réserver un coaching.",
        "en": "{name}'s registration is cancelled: restore it before booking coaching.",
        "nl": "De inschrijving van {name} is geannuleerd: herstel ze voor u coaching boekt.",
    },
    "not_checked_in": {
        "fr": (
            "{name} n'est pas encore enregistré·e à l'accueil : seules les personnes présentes "
            "peuvent réserver un coaching, enregistrez-la d'abord."
        ),
        "en": (
            "{name} has not checked in yet: only people who are here can book coaching, so "
            "check them in first."
        ),
        "nl": (
            "{name} is nog niet ingecheckt: alleen aanwezigen kunnen coaching boeken, check "
            "deze persoon eerst in."
        ),
    },
    # Which slot.
    "slot_blocked": {
        "fr": "Le créneau de {time} de {coach} est bloqué : choisissez-en un autre.",
        "en": "{coach}'s {time} slot is blocked: choose another slot.",
        "nl": "Het tijdslot van {time} bij {coach} is geblokkeerd: kies een ander tijdslot.",
    },
    "slot_past": {
        "fr": (
            "Le créneau de {time} de {coach} est déjà à moitié passé : choisissez-en un plus tard."
        ),
        "en": "{coach}'s {time} slot is already half over: choose a later slot.",
        "nl": "Het tijdslot van {time} bij {coach} is al half voorbij: kies een later tijdslot.",
    },
    "slot_taken": {
        "fr": (
            "Le créneau de {time} de {coach} est déjà réservé par {other} : choisissez-en un "
            "autre ou inscrivez la personne sur la liste d'attente."
        ),
        "en": (
            "{coach}'s {time} slot is already booked by {other}: choose another slot or put "
            "the person on the waitlist."
        ),
        "nl": (
            "Het tijdslot van {time} bij {coach} is al geboekt door {other}: kies een ander "
            "tijdslot of zet de persoon op de wachtlijst."
        ),
    },
    "already_in_slot": {
        "fr": "{name} a déjà le créneau de {time} avec {coach}.",
        "en": "{name} already has {coach}'s {time} slot.",
        "nl": "{name} heeft het tijdslot van {time} bij {coach} al.",
    },
    "topic_not_covered": {
        "fr": "{coach} ne donne pas de coaching sur « {topic} » : choisissez un coach qui le fait.",
        "en": "{coach} does not coach on “{topic}”: choose a coach who does.",
        "nl": "{coach} geeft geen coaching over “{topic}”: kies een coach die dat wel doet.",
    },
    "language_not_spoken": {
        "fr": "{coach} ne parle pas {language} : choisissez un coach qui le parle.",
        "en": "{coach} does not speak {language}: choose a coach who does.",
        "nl": "{coach} spreekt geen {language}: kies een coach die dat wel doet.",
    },
    "slot_not_of_coach": {
        "fr": "Ce créneau est celui de {coach}, pas de {wanted} : choisissez l'un ou l'autre.",
        "en": "That slot is {coach}'s, not {wanted}'s: give either the coach or the slot.",
        "nl": "Dat tijdslot is van {coach}, niet van {wanted}: geef de coach of het tijdslot.",
    },
    # The person's own day.
    "person_overlap": {
        "fr": (
            "{name} a déjà un coaching avec {coach} à {time}, qui chevauche ce créneau : "
            "annulez-le ou choisissez une autre heure."
        ),
        "en": (
            "{name} already has coaching with {coach} at {time}, which overlaps: cancel it or "
            "choose another time."
        ),
        "nl": (
            "{name} heeft al coaching bij {coach} om {time}, en dat overlapt: annuleer die of "
            "kies een ander uur."
        ),
    },
    "workshop_overlap": {
        "fr": (
            "{name} est inscrit·e à l'atelier « {workshop} » ({time}), qui chevauche ce "
            "créneau : choisissez une heure en dehors de l'atelier."
        ),
        "en": (
            "{name} is enrolled in the workshop “{workshop}” ({time}), which overlaps: choose "
            "a time outside the workshop."
        ),
        "nl": (
            "{name} is ingeschreven voor de workshop “{workshop}” ({time}), en die overlapt: "
            "kies een uur buiten de workshop."
        ),
    },
    "max_per_day": {
        "fr": (
            "{name} a déjà {count} coaching(s) ce jour-là, le maximum permis : annulez-en un "
            "d'abord."
        ),
        "en": "{name} already has {count} coaching booking(s) that day, the most allowed: "
        "cancel one first.",
        "nl": "{name} heeft die dag al {count} coaching(s), het toegestane maximum: annuleer "
        "er eerst een.",
    },
    # Finding a slot.
    "no_coach": {
        "fr": "Aucun coach ne couvre « {topic} »{in_language} : vérifiez le sujet ou la langue.",
        "en": "No coach covers “{topic}”{in_language}: check the topic or the language.",
        "nl": "Geen enkele coach behandelt “{topic}”{in_language}: controleer onderwerp of taal.",
    },
    "no_free_slot": {
        "fr": (
            "Plus aucun créneau libre pour « {topic} »{in_language} : proposez la liste d'attente."
        ),
        "en": "No free slot is left for “{topic}”{in_language}: offer the waitlist.",
        "nl": "Er is geen vrij tijdslot meer voor “{topic}”{in_language}: bied de wachtlijst aan.",
    },
    # The life of a booking.
    "illegal_change": {
        "fr": "Cette réservation est « {status} » : elle ne peut plus passer à « {target} ».",
        "en": "This booking is “{status}”: it can no longer become “{target}”.",
        "nl": "Deze boeking is “{status}”: ze kan niet meer “{target}” worden.",
    },
    "no_show_too_early": {
        "fr": (
            "Trop tôt pour noter {name} absent·e : attendez {time} ({grace} minutes après le "
            "début)."
        ),
        "en": "Too early to mark {name} as a no-show: wait until {time} ({grace} minutes after "
        "the start).",
        "nl": "Te vroeg om {name} als afwezig te noteren: wacht tot {time} ({grace} minuten na "
        "het begin).",
    },
    "note_too_long": {
        "fr": "La note fait {length} caractères ; gardez-la sous {limit}.",
        "en": "The note is {length} characters long; keep it under {limit}.",
        "nl": "De notitie is {length} tekens lang; houd ze onder {limit}.",
    },
    "no_booking_with_coach": {
        "fr": "{name} n'a pas de réservation à venir avec {coach} : réservez d'abord un créneau.",
        "en": "{name} has no booking to come with {coach}: book a slot first.",
        "nl": "{name} heeft geen komende boeking bij {coach}: boek eerst een tijdslot.",
    },
    # The waitlist.
    "already_waiting": {
        "fr": "{name} est déjà sur la liste d'attente pour « {topic} ».",
        "en": "{name} is already on the waitlist for “{topic}”.",
        "nl": "{name} staat al op de wachtlijst voor “{topic}”.",
    },
    "waitlist_closed": {
        "fr": "Cette place sur la liste d'attente est déjà « {status} ».",
        "en": "This waitlist entry is already “{status}”.",
        "nl": "Deze plaats op de wachtlijst is al “{status}”.",
    },
    "waitlist_needs_topic": {
        "fr": "Donnez le sujet du coaching souhaité pour inscrire {name} sur la liste d'attente.",
        "en": "Give the topic {name} wants coaching on to put them on the waitlist.",
        "nl": "Geef het onderwerp dat {name} wil om deze persoon op de wachtlijst te zetten.",
    },
    # Coaches and slots (the organiser's preparation).
    "coach_needs_name": {
        "fr": "Un coach a besoin d'un nom.",
        "en": "A coach needs a name.",
        "nl": "Een coach heeft een naam nodig.",
    },
    "bad_colour": {
        "fr": "« {colour} » n'est pas une couleur : écrivez-la comme #3465a4.",
        "en": "“{colour}” is not a colour: write it like #3465a4.",
        "nl": "“{colour}” is geen kleur: schrijf ze zoals #3465a4.",
    },
    "bad_language": {
        "fr": "« {code} » n'est pas un code de langue : utilisez deux lettres, comme fr, nl ou en.",
        "en": "“{code}” is not a language code: use two letters, such as fr, nl or en.",
        "nl": "“{code}” is geen taalcode: gebruik twee letters, zoals fr, nl of en.",
    },
    "slot_backwards": {
        "fr": "Un créneau doit finir après son début ({start}–{end}).",
        "en": "A slot must end after it starts ({start}–{end}).",
        "nl": "Een tijdslot moet eindigen na het begin ({start}–{end}).",
    },
    "slot_overlap": {
        "fr": (
            "{coach} a déjà un créneau de {start} à {end} qui chevauche celui-ci : choisissez "
            "une autre heure."
        ),
        "en": "{coach} already has a slot from {start} to {end} that overlaps: choose another "
        "time.",
        "nl": "{coach} heeft al een tijdslot van {start} tot {end} dat overlapt: kies een ander "
        "uur.",
    },
    "bad_slot_length": {
        "fr": "Un créneau dure au moins une minute, et la pause entre deux n'est pas négative.",
        "en": "A slot lasts at least one minute, and the buffer between slots is not negative.",
        "nl": "Een tijdslot duurt minstens een minuut, en de pauze ertussen is niet negatief.",
    },
    "slot_in_use": {
        "fr": (
            "Le créneau de {time} de {coach} est réservé par {other} : annulez la réservation "
            "avant de le bloquer."
        ),
        "en": "{coach}'s {time} slot is booked by {other}: cancel the booking before blocking it.",
        "nl": "Het tijdslot van {time} bij {coach} is geboekt door {other}: annuleer de boeking "
        "voor u het blokkeert.",
    },
    "bad_setting": {
        "fr": "Réglage du coaching non valable : {detail}.",
        "en": "Coaching setting not valid: {detail}.",
        "nl": "Ongeldige coaching-instelling: {detail}.",
    },
}

STATUS_LABELS: dict[str, dict[str, str]] = {
    "booked": {"fr": "réservé", "en": "booked", "nl": "geboekt"},
    "arrived": {"fr": "arrivé·e", "en": "arrived", "nl": "aangekomen"},
    "done": {"fr": "terminé", "en": "done", "nl": "afgerond"},
    "no_show": {"fr": "absent·e", "en": "no-show", "nl": "niet gekomen"},
    "cancelled": {"fr": "annulé", "en": "cancelled", "nl": "geannuleerd"},
    "to_rebook": {"fr": "à replacer", "en": "to rebook", "nl": "opnieuw te boeken"},
    "waiting": {"fr": "en attente", "en": "waiting", "nl": "wachtend"},
    "fulfilled": {"fr": "servie", "en": "fulfilled", "nl": "vervuld"},
}

LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "fr": {"fr": "français", "en": "French", "nl": "Frans"},
    "nl": {"fr": "néerlandais", "en": "Dutch", "nl": "Nederlands"},
    "en": {"fr": "anglais", "en": "English", "nl": "Engels"},
    "de": {"fr": "allemand", "en": "German", "nl": "Duits"},
}

_IN_LANGUAGE = {"fr": " en {language}", "en": " in {language}", "nl": " in het {language}"}
_ANY_TOPIC = {"fr": "tout sujet", "en": "any topic", "nl": "elk onderwerp"}


def _pick(entry: dict[str, str], language: str) -> str:
    return entry.get(language) or entry[DEFAULT_LANGUAGE]


def status_label(status: str, language: str | None = None) -> str:
    """A booking or waitlist status in words, for messages and screens."""
    entry = STATUS_LABELS.get(status)
    return _pick(entry, language or default_language()) if entry else status


def language_name(code: str, language: str | None = None) -> str:
    """A language code (``nl``) as a word in the reader's language (``néerlandais``)."""
    entry = LANGUAGE_NAMES.get(code)
    return _pick(entry, language or default_language()) if entry else code


def render(reason: str, language: str | None, values: dict[str, object]) -> str:
    """The message for ``reason`` in ``language`` (the environment's if None).

    Values named ``status``/``target`` (status codes) and ``language`` (a language code) are
    put into words of the reader's language, an empty ``topic`` reads "any topic", and
    ``in_language`` is made from ``language``.
    """
    lang = language or default_language()
    filled = dict(values)
    for key in ("status", "target"):
        if key in filled:
            filled[key] = status_label(str(filled[key]), lang)
    if "topic" in filled and not filled["topic"]:
        filled["topic"] = _pick(_ANY_TOPIC, lang)
    spoken = str(filled.get("language") or "")
    if spoken:
        filled["language"] = language_name(spoken, lang)
    filled["in_language"] = _pick(_IN_LANGUAGE, lang).format(**filled) if spoken else ""
    return _pick(MESSAGES[reason], lang).format(**filled)
