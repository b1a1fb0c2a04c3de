"""The demo day's programme: organiser, partners, rooms, workshops and coaches.

Names of companies and agencies are invented (the large tech company included); public bodies
and schools of the region are named as they are.
"""

from __future__ import annotations

from typing import NamedTuple

from catchdesk.core.demo_data import words

EVENT_TITLE = "Journée du numérique"
EVENT_CITY = "Namur"
VENUE = "Namur Expo, avenue Sergent Vrithoff 2, 5000 Namur"
ORGANISER = "Maison du numérique de Namur"
BIG_TECH = "Nuvalis Technologies"

STAFF_JOBS = words("Accueil, Bénévole, Coordinateur/Coordinatrice, Régie, Responsable des salles")
PARTNERS = words("""
    Cowork Confluence, Espace coworking La Gare, Incubateur Meuse Innovation,
    Incubateur Sambre Start, École de code Wallonie, Chambre de commerce de Namur (démo),
    Université de Namur""")
PARTNER_JOBS = words("""
    Chargé de partenariat/Chargée de partenariat, Community manager, Directeur/Directrice,
    Formateur/Formatrice""")

ROOMS = {"Auditorium": 120, "Salle Meuse": 40, "Salle Sambre": 30, "Labo": 20}


class WorkshopPlan(NamedTuple):
    """A workshop; ``fill`` is the share of its capacity enrolled in advance (1.0 = full)."""

    title: str
    topic: str
    room: str
    start: str
    end: str
    speaker: str
    enrolment_required: bool = False
    fill: float = 0.0


WORKSHOPS = (
    WorkshopPlan(
        "Ouverture : le numérique, pourquoi maintenant ?",
        "stratégie",
        "Auditorium",
        "09:30",
        "10:15",
        f"Camille Renard, {ORGANISER}",
    ),
    WorkshopPlan(
        "Créer son site web sans être informaticien",
        "site web",
        "Auditorium",
        "10:30",
        "11:30",
        "Agence Pixel Mosan",
    ),
    WorkshopPlan(
        "IA générative pour les indépendants",
        "IA générative",
        "Auditorium",
        "13:30",
        "14:30",
        BIG_TECH,
    ),
    WorkshopPlan(
        "Publicité en ligne : petit budget, bon ciblage",
        "publicité en ligne",
        "Auditorium",
        "15:30",
        "16:30",
        BIG_TECH,
    ),
    WorkshopPlan(
        "Être trouvé sur les moteurs de recherche (SEO)",
        "référencement",
        "Salle Meuse",
        "10:00",
        "11:00",
        "Sambre Web Studio",
    ),
    WorkshopPlan(
        "Réseaux sociaux : 30 minutes par semaine",
        "réseaux sociaux",
        "Salle Meuse",
        "11:30",
        "12:30",
        "Citadelle Marketing",
    ),
    WorkshopPlan(
        "Vendre en ligne : l'e-commerce pour les commerçants",
        "e-commerce",
        "Salle Meuse",
        "14:00",
        "15:00",
        "Les Tisserands du Web",
    ),
    WorkshopPlan(
        "Mesurer ses performances en ligne",
        "mesure d'audience",
        "Salle Sambre",
        "10:00",
        "11:00",
        BIG_TECH,
    ),
    WorkshopPlan(
        "Facturation électronique : ce qui change",
        "facturation électronique",
        "Salle Sambre",
        "11:30",
        "12:30",
        "Fiduciaire Gilson (démo)",
    ),
    WorkshopPlan(
        "Cybersécurité : protéger sa petite entreprise",
        "cybersécurité",
        "Salle Sambre",
        "14:00",
        "15:00",
        "Cyber Sambre ASBL",
        enrolment_required=True,
        fill=0.73,
    ),
    WorkshopPlan(
        "Atelier pratique : ma fiche d'établissement en ligne",
        "référencement",
        "Labo",
        "10:00",
        "12:00",
        "Agence Pixel Mosan",
        enrolment_required=True,
        fill=1.0,
    ),
    WorkshopPlan(
        "Atelier pratique : RGPD et formulaires de contact",
        "RGPD",
        "Labo",
        "14:00",
        "16:00",
        "École de code Wallonie",
        enrolment_required=True,
        fill=0.7,
    ),
)


class Schedule(NamedTuple):
    """A coach's day: first slot, lunch break, end of the last slot, minutes between starts."""

    first: str
    lunch_from: str
    lunch_to: str
    last_end: str
    step: int


DAY = Schedule("10:00", "12:20", "13:20", "16:40", 20)
LATE_LUNCH = Schedule("10:00", "13:00", "14:00", "16:40", 20)
WITH_BUFFER = Schedule("10:00", "12:20", "13:20", "16:40", 25)  # 5 minutes between people
AFTERNOON = Schedule("13:20", "13:20", "13:20", "16:40", 20)


class CoachPlan(NamedTuple):
    name: str
    organisation: str
    topics: tuple[str, ...]
    languages: tuple[str, ...]
    schedule: Schedule
    colour: str


COACHES = (
    CoachPlan(
        "Sophie Vandenberghe",
        BIG_TECH,
        ("référencement", "publicité en ligne", "mesure d'audience"),
        ("fr", "nl", "en"),
        DAY,
        "#3465a4",
    ),
    CoachPlan(
        "Karim Bouzid",
        BIG_TECH,
        ("IA générative", "site web"),
        ("fr", "en"),
        LATE_LUNCH,
        "#4e9a06",
    ),
    CoachPlan(
        "Emma Janssens",
        BIG_TECH,
        ("e-commerce", "publicité en ligne"),
        ("nl", "en", "fr"),
        WITH_BUFFER,
        "#c4a000",
    ),
    CoachPlan(
        "Julien Marchal",
        "Agence Pixel Mosan",
        ("site web", "référencement"),
        ("fr",),
        DAY,
        "#ce5c00",
    ),
    CoachPlan(
        "Ana Ferreira",
        "Citadelle Marketing",
        ("réseaux sociaux", "publicité en ligne"),
        ("fr", "en"),
        LATE_LUNCH,
        "#75507b",
    ),
    CoachPlan(
        "Thomas De Smet",
        "Webbureau De Brug",
        ("site web", "e-commerce"),
        ("nl", "fr"),
        DAY,
        "#cc0000",
    ),
    CoachPlan(
        "Nadia Haddad",
        "Sambre Web Studio",
        ("RGPD", "cybersécurité", "facturation électronique"),
        ("fr", "en"),
        LATE_LUNCH,
        "#06989a",
    ),
    CoachPlan(
        "Marco Bianchi",
        "Les Tisserands du Web",
        ("réseaux sociaux", "IA générative"),
        ("fr", "en"),
        AFTERNOON,
        "#8f5902",
    ),
)
COACH_FEMALE = frozenset({"Sophie Vandenberghe", "Emma Janssens", "Ana Ferreira", "Nadia Haddad"})
