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
    # Coaching paper: slips, the coach's day, the desk's overview.
    "coaching.slip.title": {
        "fr": "Rendez-vous coaching",
        "en": "Coaching appointment",
        "nl": "Coachingafspraak",
    },
    "coaching.slip.for": {"fr": "Pour", "en": "For", "nl": "Voor"},
    "coaching.slip.advice": {
        "fr": (
            "Merci d'être à l'heure : un créneau resté vide est proposé à quelqu'un d'autre "
            "après quelques minutes."
        ),
        "en": (
            "Please be on time: a slot left empty is offered to someone else after a few minutes."
        ),
        "nl": (
            "Wees op tijd: een plaats die leeg blijft, gaat na enkele minuten naar iemand anders."
        ),
    },
    "coaching.coach": {"fr": "Coach", "en": "Coach", "nl": "Coach"},
    "coaching.place": {"fr": "Lieu", "en": "Place", "nl": "Plaats"},
    "coaching.topic": {"fr": "Sujet", "en": "Topic", "nl": "Onderwerp"},
    "coaching.topic.line": {
        "fr": "Sujet : {topic}",
        "en": "Topic: {topic}",
        "nl": "Onderwerp: {topic}",
    },
    "coaching.topics": {
        "fr": "Thèmes : {topics}",
        "en": "Topics: {topics}",
        "nl": "Onderwerpen: {topics}",
    },
    "coaching.languages": {
        "fr": "Langues : {languages}",
        "en": "Languages: {languages}",
        "nl": "Talen: {languages}",
    },
    "coaching.language.fr": {"fr": "français", "en": "French", "nl": "Frans"},
    "coaching.language.nl": {"fr": "néerlandais", "en": "Dutch", "nl": "Nederlands"},
    "coaching.language.en": {"fr": "anglais", "en": "English", "nl": "Engels"},
    "coaching.language.de": {"fr": "allemand", "en": "German", "nl": "Duits"},
    "coaching.time": {"fr": "Heure", "en": "Time", "nl": "Tijd"},
    "coaching.attendee": {"fr": "Participant·e", "en": "Attendee", "nl": "Deelnemer"},
    "coaching.arrived": {"fr": "Arrivé·e", "en": "Arrived", "nl": "Aanwezig"},
    "coaching.done": {"fr": "Fait", "en": "Done", "nl": "Klaar"},
    "coaching.note": {"fr": "Note", "en": "Note", "nl": "Notitie"},
    "coaching.free": {"fr": "Libre", "en": "Free", "nl": "Vrij"},
    "coaching.blocked": {"fr": "Bloqué", "en": "Blocked", "nl": "Geblokkeerd"},
    "coaching.booked": {"fr": "Réservé", "en": "Booked", "nl": "Geboekt"},
    "coaching.break": {"fr": "Pause", "en": "Break", "nl": "Pauze"},
    "coaching.clash": {
        "fr": "Réservé deux fois : à régler avec l'accueil",
        "en": "Booked twice: settle it with the coaching desk",
        "nl": "Dubbel geboekt: regel het met de coachingbalie",
    },
    "coaching.summary": {
        "fr": "{slots} créneaux · réservés : {booked} · libres : {free} · bloqués : {blocked}",
        "en": "{slots} slots · booked: {booked} · free: {free} · blocked: {blocked}",
        "nl": "{slots} tijdsloten · geboekt: {booked} · vrij: {free} · geblokkeerd: {blocked}",
    },
    "coaching.no_slots": {
        "fr": "Aucun créneau ce jour-là.",
        "en": "No slots on this day.",
        "nl": "Geen tijdsloten op deze dag.",
    },
    "coaching.schedule.subtitle": {
        "fr": "Coaching individuel · {date}",
        "en": "One-to-one coaching · {date}",
        "nl": "Individuele coaching · {date}",
    },
    "coaching.overview.title": {
        "fr": "Coaching individuel : vue d'ensemble",
        "en": "One-to-one coaching: overview",
        "nl": "Individuele coaching: overzicht",
    },
    "coaching.printed": {
        "fr": "Imprimé le {date} à {time} : les réservations faites ensuite n'y figurent pas.",
        "en": "Printed on {date} at {time}: bookings made later are not on it.",
        "nl": "Afgedrukt op {date} om {time}: latere boekingen staan er niet op.",
    },
    "coaching.page": {
        "fr": "Page {page}/{pages}",
        "en": "Page {page}/{pages}",
        "nl": "Pagina {page}/{pages}",
    },
    "coaching.continued": {
        "fr": "{name} (suite)",
        "en": "{name} (continued)",
        "nl": "{name} (vervolg)",
    },
    # -- the statistics exports and the one-page summary (catchdesk.core.exports, .summary) --
    "report.title": {
        "fr": "Bilan de l'événement",
        "en": "Event summary",
        "nl": "Overzicht van het evenement",
    },
    "report.figures_at": {
        "fr": "Chiffres du {date} à {time}",
        "en": "Figures of {date} at {time}",
        "nl": "Cijfers van {date} om {time}",
    },
    "report.event": {"fr": "Événement", "en": "Event", "nl": "Evenement"},
    "report.computed_at": {
        "fr": "Chiffres arrêtés le",
        "en": "Figures as of",
        "nl": "Cijfers op",
    },
    "report.made_by": {
        "fr": "Établi avec CatchDesk",
        "en": "Made with CatchDesk",
        "nl": "Opgemaakt met CatchDesk",
    },
    "report.registered": {"fr": "Inscrit·e·s", "en": "Registered", "nl": "Ingeschreven"},
    "report.checked_in": {"fr": "Présent·e·s", "en": "Checked in", "nl": "Aanwezig"},
    "report.attendance_rate": {
        "fr": "Taux de présence (%)",
        "en": "Attendance rate (%)",
        "nl": "Opkomst (%)",
    },
    "report.rate_of_registered": {
        "fr": "{rate} % des inscrit·e·s",
        "en": "{rate} % of those registered",
        "nl": "{rate} % van de ingeschrevenen",
    },
    "report.cancelled": {"fr": "Annulé·e·s", "en": "Cancelled", "nl": "Geannuleerd"},
    "report.walk_ins": {
        "fr": "Inscrit·e·s sur place",
        "en": "Walk-ins",
        "nl": "Ter plaatse ingeschreven",
    },
    "report.walk_ins_tile": {
        "fr": "Inscrit·e·s sur place",
        "en": "Walk-ins",
        "nl": "Walk-ins",
    },
    "report.peak": {
        "fr": "Quart d'heure le plus chargé",
        "en": "Busiest quarter hour",
        "nl": "Drukste kwartier",
    },
    "report.peak_value": {
        "fr": "{time} ({count} arrivées)",
        "en": "{time} ({count} arrivals)",
        "nl": "{time} ({count} aankomsten)",
    },
    "report.coaching_tile": {"fr": "Coaching", "en": "Coaching", "nl": "Coaching"},
    "report.coaching_note": {
        "fr": "rendez-vous, dont {held} honorés",
        "en": "sessions booked, {held} held",
        "nl": "sessies geboekt, {held} gehouden",
    },
    "report.coaches": {"fr": "Coachs", "en": "Coaches", "nl": "Coaches"},
    "report.coaching_slots": {
        "fr": "Créneaux de coaching",
        "en": "Coaching slots",
        "nl": "Coachingmomenten",
    },
    "report.coaching_booked": {
        "fr": "Rendez-vous réservés",
        "en": "Sessions booked",
        "nl": "Geboekte sessies",
    },
    "report.coaching_held": {
        "fr": "Rendez-vous honorés",
        "en": "Sessions held",
        "nl": "Gehouden sessies",
    },
    "report.coaching_no_shows": {
        "fr": "Rendez-vous manqués",
        "en": "No-shows",
        "nl": "Niet opgedaagd",
    },
    "report.summary": {"fr": "Résumé", "en": "Summary", "nl": "Overzicht"},
    "report.figure": {"fr": "Chiffre", "en": "Figure", "nl": "Cijfer"},
    "report.value": {"fr": "Valeur", "en": "Value", "nl": "Waarde"},
    "report.arrivals": {
        "fr": "Arrivées par quart d'heure",
        "en": "Arrivals per quarter hour",
        "nl": "Aankomsten per kwartier",
    },
    "report.arrivals_sheet": {"fr": "Arrivées", "en": "Arrivals", "nl": "Aankomsten"},
    "report.quarter_hour": {"fr": "Quart d'heure", "en": "Quarter hour", "nl": "Kwartier"},
    "report.running_total": {
        "fr": "Total cumulé",
        "en": "Running total",
        "nl": "Totaal tot dan",
    },
    "report.no_arrivals": {
        "fr": "Personne n'est encore arrivé·e.",
        "en": "Nobody has arrived yet.",
        "nl": "Nog niemand is aangekomen.",
    },
    "report.workshops": {"fr": "Ateliers", "en": "Workshops", "nl": "Workshops"},
    "report.workshop": {"fr": "Atelier", "en": "Workshop", "nl": "Workshop"},
    "report.room": {"fr": "Salle", "en": "Room", "nl": "Zaal"},
    "report.start": {"fr": "Début", "en": "Start", "nl": "Begin"},
    "report.end": {"fr": "Fin", "en": "End", "nl": "Einde"},
    "report.capacity": {"fr": "Capacité", "en": "Capacity", "nl": "Capaciteit"},
    "report.enrolled": {"fr": "Inscriptions", "en": "Enrolled", "nl": "Inschrijvingen"},
    "report.inside": {"fr": "Présent·e·s", "en": "Attended", "nl": "Aanwezig"},
    "report.fill": {"fr": "Remplissage (%)", "en": "Filled (%)", "nl": "Bezetting (%)"},
    "report.no_limit": {"fr": "sans limite", "en": "no limit", "nl": "onbeperkt"},
    "report.more_workshops": {
        "fr": "… et {count} autre(s) atelier(s), dans l'export des chiffres",
        "en": "… and {count} more workshop(s), in the figures export",
        "nl": "… en nog {count} workshop(s), in de export van de cijfers",
    },
    "report.sectors": {
        "fr": "Secteurs des présent·e·s",
        "en": "Sectors of those who came",
        "nl": "Sectoren van de aanwezigen",
    },
    "report.sectors_sheet": {"fr": "Secteurs", "en": "Sectors", "nl": "Sectoren"},
    "report.sector": {"fr": "Secteur", "en": "Sector", "nl": "Sector"},
    "report.needs": {
        "fr": "Besoins des présent·e·s",
        "en": "Needs of those who came",
        "nl": "Behoeften van de aanwezigen",
    },
    "report.needs_sheet": {"fr": "Besoins", "en": "Needs", "nl": "Behoeften"},
    "report.need": {"fr": "Besoin", "en": "Need", "nl": "Behoefte"},
    "report.people": {"fr": "Personnes", "en": "People", "nl": "Personen"},
    "report.share": {"fr": "Part (%)", "en": "Share (%)", "nl": "Aandeel (%)"},
    "report.not_given": {"fr": "Non renseigné", "en": "Not given", "nl": "Niet opgegeven"},
    "report.attendees": {"fr": "Participant·e·s", "en": "Attendees", "nl": "Deelnemers"},
    "report.column.id": {"fr": "Identifiant", "en": "Id", "nl": "Id"},
    "report.column.code": {"fr": "Code", "en": "Code", "nl": "Code"},
    "report.column.first_name": {"fr": "Prénom", "en": "First name", "nl": "Voornaam"},
    "report.column.last_name": {"fr": "Nom de famille", "en": "Last name", "nl": "Achternaam"},
    "report.column.email": {"fr": "E-mail", "en": "Email", "nl": "E-mail"},
    "report.column.organisation": {
        "fr": "Organisation",
        "en": "Organisation",
        "nl": "Organisatie",
    },
    "report.column.sector": {"fr": "Secteur", "en": "Sector", "nl": "Sector"},
    "report.column.needs": {"fr": "Besoins", "en": "Needs", "nl": "Behoeften"},
    "report.column.role": {"fr": "Rôle", "en": "Role", "nl": "Rol"},
    "report.column.status": {"fr": "Statut", "en": "Status", "nl": "Status"},
    "report.column.checked_in_at": {
        "fr": "Arrivée",
        "en": "Checked in at",
        "nl": "Aangekomen om",
    },
    "report.column.checked_in_desk": {
        "fr": "Poste d'accueil",
        "en": "Desk",
        "nl": "Onthaalbalie",
    },
    "report.column.workshops": {
        "fr": "Ateliers suivis",
        "en": "Workshops attended",
        "nl": "Gevolgde workshops",
    },
    "report.status.registered": {"fr": "Inscrit·e", "en": "Registered", "nl": "Ingeschreven"},
    "report.status.cancelled": {"fr": "Annulé·e", "en": "Cancelled", "nl": "Geannuleerd"},
    "report.role.participant": {"fr": "Participant·e", "en": "Participant", "nl": "Deelnemer"},
    "report.role.coach": {"fr": "Coach", "en": "Coach", "nl": "Coach"},
    "report.role.staff": {"fr": "Équipe", "en": "Staff", "nl": "Medewerker"},
    "report.role.partner": {"fr": "Partenaire", "en": "Partner", "nl": "Partner"},
    "report.role.speaker": {"fr": "Intervenant·e", "en": "Speaker", "nl": "Spreker"},
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
