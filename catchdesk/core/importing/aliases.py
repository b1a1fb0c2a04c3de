"""The header names CatchDesk recognises, per field, in French, Dutch and English, plus those of
the Eventbrite and pretix exports. Data only: :mod:`.headers` does the matching.

Names are compared after folding (case, accents and punctuation ignored), so one spelling per
wording is enough: "E-mail" also covers "EMAIL", "e_mail" and "E-Mail :".
"""

from __future__ import annotations

IGNORE = "ignore"
AMBIGUOUS_NAME = "name_or_last"

# field -> {rank: header names}; lower rank = more trusted when several columns feed a field.
ALIASES: dict[str, dict[int, tuple[str, ...]]] = {
    "first_name": {
        0: ("Prénom", "First name", "Firstname", "Given name", "Forename", "Voornaam",
            "Roepnaam", "Attendee name: Given name", "Attendee first name",
            "Prénom du participant", "Voornaam deelnemer", "Participant first name"),
        2: ("Buyer first name", "Invoice address name: Given name", "Prénom de l'acheteur"),
    },
    "last_name": {
        0: ("Nom de famille", "Last name", "Lastname", "Surname", "Family name", "Achternaam",
            "Familienaam", "Attendee name: Family name", "Attendee last name",
            "Nom de famille du participant", "Achternaam deelnemer", "Participant last name"),
        2: ("Buyer last name", "Invoice address name: Family name", "Nom de l'acheteur"),
    },
    AMBIGUOUS_NAME: {1: ("Nom", "Naam", "Name")},
    "full_name": {
        0: ("Nom complet", "Full name", "Volledige naam", "Attendee name",
            "Nom et prénom", "Prénom et nom", "Prénom nom", "Nom prénom", "Naam en voornaam",
            "Voornaam en naam", "Voor- en achternaam", "Participant", "Deelnemer",
            "Nom du participant", "Naam deelnemer", "Participant name", "Naam van de deelnemer"),
        2: ("Invoice address name", "Buyer name", "Purchaser name", "Nom de l'acheteur complet"),
    },
    "email": {
        0: ("Attendee email", "Attendee e-mail", "E-mail du participant", "E-mail deelnemer",
            "Participant email"),
        1: ("E-mail", "Email", "Courriel", "Adresse e-mail", "Adresse email", "Adresse courriel",
            "Adresse électronique", "Adresse mail", "E-mail address", "Email address", "Mail",
            "E-mailadres", "E-mail adres", "Mailadres", "E-mailadresse"),
        2: ("Buyer email", "Order email", "Purchaser email", "E-mail de l'acheteur"),
    },
    "phone": {
        0: ("Téléphone", "Tél", "Tel", "Phone", "Phone number", "Telephone", "Telefoon",
            "Telefoonnummer", "GSM", "GSM-nummer", "Mobile", "Mobile phone", "Portable", "Mobiel",
            "Cell phone", "Numéro de téléphone", "Attendee phone", "Telefoon deelnemer"),
        1: ("Work phone", "Téléphone professionnel", "Telefoon werk"),
        2: ("Home phone", "Téléphone privé"),
    },
    "organisation": {
        0: ("Organisation", "Organization", "Entreprise", "Société", "Company", "Bedrijf",
            "Organisatie", "Nom de l'entreprise", "Bedrijfsnaam", "Company name", "Firma",
            "Employeur", "Employer", "Structure", "Attendee company", "Institution",
            "Nom de la société", "Naam bedrijf"),
        2: ("Invoice address company", "Buyer company"),
    },
    "job_title": {
        0: ("Fonction", "Job title", "Jobtitle", "Functie", "Poste", "Job function",
            "Function", "Beroep", "Profession", "Métier", "Titre du poste", "Jobtitel"),
    },
    "sector": {
        0: ("Secteur", "Sector", "Secteur d'activité", "Secteur d'activités", "Industry",
            "Branche", "Activiteitensector", "Domaine d'activité", "Activité", "Industrie",
            "Sector van activiteit"),
    },
    "role": {
        0: ("Rôle", "Role", "Rol", "Type de participant", "Type deelnemer", "Participant type",
            "Attendee type", "Qualité", "Hoedanigheid"),
    },
    "needs": {
        0: ("Besoins", "Needs", "Behoeften", "Attentes", "Verwachtingen", "Expectations",
            "Besoins et attentes", "Mes besoins", "Centres d'intérêt", "Interests",
            "Interesses", "Noden"),
    },
    "language": {
        0: ("Langue", "Language", "Taal", "Langue préférée", "Preferred language",
            "Voorkeurstaal", "Langue de communication", "Communicatietaal"),
        3: ("Order locale", "Locale"),
    },
    "consent": {
        0: ("Consentement", "Consent", "Toestemming", "RGPD", "GDPR", "AVG", "Accord RGPD",
            "Consentement RGPD", "GDPR consent", "Toestemming AVG", "Consentement données"),
    },
    "status": {
        0: ("Statut", "Status", "Attendee status", "État", "Statut de l'inscription",
            "Status inschrijving"),
        1: ("Order status", "Statut de la commande", "Status bestelling"),
    },
    "ticket_type": {
        0: ("Type de billet", "Ticket type", "Tickettype", "Type ticket", "Soort ticket",
            "Product", "Billet", "Tarif", "Catégorie de billet", "Ticket category",
            "Ticketsoort", "Type d'entrée", "Type de ticket"),
    },
    "external_code": {
        0: ("Code", "Barcode", "Barcode #", "Ticket code", "Secret", "Ticket secret",
            "Numéro de billet", "N° de billet", "Code-barres", "Code barre", "QR code",
            "Streepjescode", "Ticketnummer", "Ticket number", "Ticket ID", "Code du billet",
            "Ticketcode", "Numéro du billet"),
    },
    "order_code": {
        0: ("Order code", "Order #", "Order", "Order number", "Order ID", "Order no",
            "Numéro de commande", "N° de commande", "Commande", "Bestelnummer", "Bestelling",
            "Référence", "Reference", "Référence de commande"),
    },
}  # fmt: skip

# Second chance for fields no header named exactly: a word inside a longer header, such as
# "Dans quel secteur travaillez-vous ?" or "J'accepte le traitement de mes données (RGPD)".
KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("email", ("email", "courriel", "emailadres")),
    ("consent", ("rgpd", "gdpr", "consent", "toestemming", "privacy")),
    ("first_name", ("prenom", "voornaam", "firstname", "givenname")),
    ("last_name", ("nomdefamille", "achternaam", "familienaam", "lastname", "surname")),
    ("organisation", ("entreprise", "societe", "organisation", "organization", "company",
                      "bedrijf", "organisatie")),
    ("phone", ("telephone", "telefoon", "phone", "gsm")),
    ("sector", ("secteur", "sector", "industry")),
    ("needs", ("besoin", "behoefte", "attente", "verwachting", "needs")),
    ("language", ("langue", "taal", "language")),
    ("job_title", ("fonction", "functie", "jobtitle")),
    ("ticket_type", ("typedebillet", "tickettype")),
    ("external_code", ("barcode", "codebarre", "ticketcode", "streepjescode")),
)  # fmt: skip
KEYWORD_BLOCKERS = ("verif", "confirm", "optin", "newsletter", "nieuwsbrief")
LEADING_WORDS = {"votre", "vos", "ton", "ta", "tes", "your", "uw", "jouw", "je"}
TRAILING_WORDS = {"obligatoire", "required", "verplicht", "optionnel", "optional", "facultatif"}

FIELD_SYNONYMS = {
    "first": "first_name",
    "firstname": "first_name",
    "last": "last_name",
    "lastname": "last_name",
    "surname": "last_name",
    "name": "full_name",
    "fullname": "full_name",
    "mail": "email",
    "organization": "organisation",
    "org": "organisation",
    "company": "organisation",
    "job": "job_title",
    "title": "job_title",
    "jobtitle": "job_title",
    "code": "external_code",
    "codes": "external_code",
    "barcode": "external_code",
    "externalcode": "external_code",
    "order": "order_code",
    "ordercode": "order_code",
    "lang": "language",
    "tickettype": "ticket_type",
    "ticket": "ticket_type",
    "ignore": IGNORE,
    "skip": IGNORE,
}
