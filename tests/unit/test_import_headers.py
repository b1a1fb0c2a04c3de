"""Recognising columns (FR/NL/EN, Eventbrite, pretix) and normalising cell values."""

from __future__ import annotations

import pytest

from catchdesk.core.errors import CatchDeskError
from catchdesk.core.importing import (
    UnrecognisedColumns,
    detect_mapping,
    detect_preset,
    parse_mapping_option,
)
from catchdesk.core.importing.values import (
    clean_text,
    excel_mangled,
    normalise_consent,
    normalise_email,
    normalise_language,
    normalise_role,
    normalise_status,
    split_full_name,
)


def field_of(header: str, others: tuple[str, ...] = ("E-mail",)) -> str | None:
    mapping = detect_mapping([header, *others])
    for target, headers in mapping.describe().items():
        if header in headers:
            return target
    return None


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("Prénom", "first_name"),
        ("PRENOM", "first_name"),
        ("prénom :", "first_name"),
        ("First name", "first_name"),
        ("Voornaam", "first_name"),
        ("Nom de famille", "last_name"),
        ("Last Name", "last_name"),
        ("Surname", "last_name"),
        ("Achternaam", "last_name"),
        ("Courriel", "email"),
        ("Adresse e-mail", "email"),
        ("E-mailadres", "email"),
        ("e_mail", "email"),
        ("Votre adresse e-mail (obligatoire)", "email"),
        ("Organisation", "organisation"),
        ("Entreprise", "organisation"),
        ("Société", "organisation"),
        ("Company", "organisation"),
        ("Bedrijf", "organisation"),
        ("Organisatie", "organisation"),
        ("Secteur", "sector"),
        ("Sector", "sector"),
        ("Secteur d'activité", "sector"),
        ("Rôle", "role"),
        ("Role", "role"),
        ("Rol", "role"),
        ("Functie", "job_title"),
        ("Fonction", "job_title"),
        ("Job Title", "job_title"),
        ("Besoins", "needs"),
        ("Needs", "needs"),
        ("Behoeften", "needs"),
        ("Attentes", "needs"),
        ("Quels sont vos besoins ?", "needs"),
        ("Langue", "language"),
        ("Language", "language"),
        ("Taal", "language"),
        ("Consentement", "consent"),
        ("Consent", "consent"),
        ("Toestemming", "consent"),
        ("RGPD", "consent"),
        ("GDPR", "consent"),
        ("J'accepte que mes données soient traitées (RGPD)", "consent"),
        ("Téléphone", "phone"),
        ("Phone", "phone"),
        ("Telefoon", "phone"),
        ("Type de billet", "ticket_type"),
        ("Ticket type", "ticket_type"),
        ("Statut", "status"),
        ("Status", "status"),
        ("Code", "external_code"),
        ("Barcode", "external_code"),
        ("Barcode #", "external_code"),
        ("Ticket code", "external_code"),
        ("Secret", "external_code"),
        ("Numéro de billet", "external_code"),
        ("Order code", "order_code"),
        ("Nom complet", "full_name"),
        ("Attendee name", "full_name"),
        ("Order Date", None),
        ("Pointure", None),
    ],
)
def test_header_aliases(header, target):
    assert field_of(header) == target


def test_email_header_itself():
    assert detect_mapping(["Nom", "E-Mail"]).describe()["email"] == ["E-Mail"]


def test_nom_is_last_name_next_to_prenom_but_full_name_alone():
    assert detect_mapping(["Prénom", "Nom", "Email"]).describe()["last_name"] == ["Nom"]
    alone = detect_mapping(["Nom", "Email"])
    assert alone.describe()["full_name"] == ["Nom"]
    assert "split" in alone.notes[0]
    assert detect_mapping(["Voornaam", "Naam", "Email"]).describe()["last_name"] == ["Naam"]
    assert detect_mapping(["Name", "Email"]).describe()["full_name"] == ["Name"]


EVENTBRITE = [
    "Order #", "Order Date", "First Name", "Last Name", "Email", "Quantity", "Ticket Type",
    "Attendee #", "Group", "Order Type", "Currency", "Total Paid", "Fees Paid",
    "Eventbrite Fees", "Eventbrite Payment Processing", "Attendee Status", "Home Address 1",
    "Cell Phone", "Job Title", "Company", "Work Phone", "Barcode #",
]  # fmt: skip
PRETIX = [
    "Event slug", "Order code", "Position ID", "Status", "E-mail", "Phone number", "Order date",
    "Product", "Price", "Attendee name", "Attendee name: Given name",
    "Attendee name: Family name", "Attendee email", "Company", "Pseudonymization ID", "Secret",
    "Company", "Invoice address name", "Order locale", "E-mail address verified",
]  # fmt: skip


def test_eventbrite_export():
    mapping = detect_mapping(EVENTBRITE)
    assert mapping.preset == "eventbrite"
    assert mapping.system == "eventbrite"
    described = mapping.describe()
    assert described["first_name"] == ["First Name"]
    assert described["email"] == ["Email"]
    assert described["external_code"] == ["Barcode #"]
    assert described["order_code"] == ["Order #"]
    assert described["phone"] == ["Cell Phone", "Work Phone"]
    assert described["status"] == ["Attendee Status"]
    assert described["job_title"] == ["Job Title"]
    assert "Attendee #" in mapping.unmapped
    assert "Quantity" in mapping.unmapped


def test_pretix_export_prefers_attendee_fields_over_buyer_fields():
    mapping = detect_mapping(PRETIX)
    assert mapping.preset == "pretix"
    described = mapping.describe()
    assert described["email"] == ["Attendee email", "E-mail"]
    assert described["first_name"] == ["Attendee name: Given name"]
    assert described["full_name"] == ["Attendee name", "Invoice address name"]
    assert described["external_code"] == ["Secret"]
    assert described["organisation"] == ["Company", "Company"]
    assert described["language"] == ["Order locale"]
    assert "E-mail address verified" in mapping.unmapped
    assert "Position ID" in mapping.unmapped


def test_presets():
    assert detect_preset(["Prénom", "Nom", "Email"]) == "catchdesk"
    assert detect_mapping(["Prénom", "Nom", "Email"], "pretix").preset == "pretix"
    assert detect_mapping(["Prénom", "Nom", "Email"], "generic").preset == "catchdesk"
    with pytest.raises(CatchDeskError, match="'ticketmaster' is not an import preset"):
        detect_mapping(["Nom"], "ticketmaster")


def test_unusable_mapping_lists_the_headers_and_how_to_map():
    mapping = detect_mapping(["Qui", "Où écrire", "Boîte"])
    with pytest.raises(UnrecognisedColumns) as info:
        mapping.require_usable("liste.csv")
    message = str(info.value)
    assert "liste.csv" in message
    assert "'Qui', 'Où écrire', 'Boîte'" in message
    assert "first_name=" in message
    assert info.value.headers == ["Qui", "Où écrire", "Boîte"]


def test_parse_mapping_option():
    assert parse_mapping_option("first_name=Prénom,email=Courriel") == {
        "first_name": ["Prénom"],
        "email": ["Courriel"],
    }
    assert parse_mapping_option("Prénom=first_name; Nom=last") == {
        "first_name": ["Prénom"],
        "last_name": ["Nom"],
    }
    assert parse_mapping_option('email="Adresse, e-mail",code=A,code=B,ignore=Société') == {
        "email": ["Adresse, e-mail"],
        "external_code": ["A", "B"],
        "ignore": ["Société"],
    }
    with pytest.raises(CatchDeskError, match="names no CatchDesk field"):
        parse_mapping_option("pointure=Taille")
    with pytest.raises(CatchDeskError, match="not a column mapping"):
        parse_mapping_option("first_name")
    with pytest.raises(CatchDeskError, match="empty"):
        parse_mapping_option(" , ")


def test_explicit_mapping_overrides_guesses():
    headers = ["Given", "Family", "Where to write", "Company", "Courriel"]
    mapping = detect_mapping(
        headers,
        explicit=parse_mapping_option(
            "first_name=Given,last_name=Family,email=where to write,ignore=Company"
        ),
    )
    described = mapping.describe()
    assert described["first_name"] == ["Given"]
    assert described["email"] == ["Where to write"]
    assert "organisation" not in described
    assert "Company" in mapping.unmapped
    assert "Courriel" in mapping.unmapped
    with pytest.raises(CatchDeskError, match=r"no column 'Mail'.*'Given'"):
        detect_mapping(headers, explicit={"email": ["Mail"]})


# --- values --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "email"),
    [
        ("  Helene.Dupre@Boulangerie-Dupre.BE ", "helene.dupre@boulangerie-dupre.be"),
        ("mailto:a@b.be", "a@b.be"),
        ("Hélène Dupré <h@dupre.be>", "h@dupre.be"),
        ("o'brien+events@mail.co.uk", "o'brien+events@mail.co.uk"),
        ("info@café-namur.be", "info@café-namur.be"),
        ("", ""),
        ("n/a", ""),
    ],
)
def test_valid_emails(raw, email):
    assert normalise_email(raw) == (email, None)


@pytest.mark.parametrize(
    "raw",
    ["marie.dupont@gmail", "marie dupont@x.be", "marie@@x.be", "marie.dupont.gmail.com",
     ".marie@x.be", "marie..d@x.be", "marie@x..be", "marie@-x.be", "marie@x.b3"],
)  # fmt: skip
def test_invalid_emails(raw):
    email, error = normalise_email(raw)
    assert email == ""
    assert "is not a valid address" in error


def test_two_emails_in_one_cell():
    assert "several addresses" in normalise_email("a@b.be; c@d.be")[1]


@pytest.mark.parametrize(
    ("raw", "role"),
    [
        ("Participant", "participant"),
        ("participante", "participant"),
        ("Deelnemer", "participant"),
        ("Étudiant", "participant"),
        ("Coach", "coach"),
        ("Coach Google", "coach"),
        ("Expert", "coach"),
        ("Bénévole", "staff"),
        ("Vrijwilliger", "staff"),
        ("Staff", "staff"),
        ("Partenaire (coworking)", "partner"),
        ("Exposant", "partner"),
        ("Partner", "partner"),
        ("Orateur", "speaker"),
        ("Oratrice", "speaker"),
        ("Spreker", "speaker"),
        ("Intervenant", "speaker"),
        ("Astronaute", None),
        ("", None),
    ],
)
def test_roles(raw, role):
    assert normalise_role(raw) == role


@pytest.mark.parametrize(
    ("raw", "language"),
    [
        ("Français", "fr"),
        ("FR", "fr"),
        ("fr-BE", "fr"),
        ("Frans", "fr"),
        ("Nederlands", "nl"),
        ("néerlandais", "nl"),
        ("NL", "nl"),
        ("Vlaams", "nl"),
        ("English", "en"),
        ("Anglais", "en"),
        ("Engels", "en"),
        ("en_GB", "en"),
        ("Deutsch", None),
    ],
)
def test_languages(raw, language):
    assert normalise_language(raw) == language


@pytest.mark.parametrize(
    ("raw", "consent"),
    [
        ("yes", True),
        ("Oui", True),
        ("ja", True),
        ("1", True),
        ("TRUE", True),
        ("x", True),
        ("X", True),
        ("✓", True),
        ("Oui, j'accepte", True),
        ("no", False),
        ("Non", False),
        ("nee", False),
        ("0", False),
        ("false", False),
        ("peut-être", None),
    ],
)
def test_consent(raw, consent):
    assert normalise_consent(raw) is consent


@pytest.mark.parametrize(
    "raw",
    ["cancelled", "Canceled", "Annulé", "annulée", "Geannuleerd", "Refunded", "Remboursé",
     "Not Attending", "Expired"],
)  # fmt: skip
def test_cancelled_statuses(raw):
    assert normalise_status(raw) == "cancelled"


@pytest.mark.parametrize("raw", ["Attending", "Paid", "Inscrit", "Bevestigd", "Pending", "?"])
def test_registered_statuses(raw):
    assert normalise_status(raw) == "registered"


@pytest.mark.parametrize(
    ("raw", "first", "last"),
    [
        ("Hélène Dupré", "Hélène", "Dupré"),
        ("Dupré, Hélène", "Hélène", "Dupré"),
        ("DUPRÉ Hélène", "Hélène", "DUPRÉ"),
        ("Marine LE PEN", "Marine", "LE PEN"),
        ("Jean-Philippe Van den Bossche", "Jean-Philippe", "Van den Bossche"),
        ("Marie Anne de Lannoy", "Marie Anne", "de Lannoy"),
        ("Frédérique d'Ursel", "Frédérique", "d'Ursel"),
        ("Sarah El Amrani", "Sarah", "El Amrani"),
        ("  Zoé   Henrard ", "Zoé", "Henrard"),
        ("Mamadou", "Mamadou", ""),
        ("", "", ""),
    ],
)
def test_split_full_name(raw, first, last):
    assert split_full_name(raw) == (first, last)


def test_clean_text():
    assert clean_text("\u00a0Boulangerie\u00a0 Dupré \u200b") == "Boulangerie Dupré"
    assert clean_text("Dupre\u0301") == "Dupré"  # decomposed accents (macOS) are composed
    assert clean_text("-") == ""
    assert clean_text("Site web\r\n  SEO ", multiline=True) == "Site web\nSEO"


@pytest.mark.parametrize(
    ("code", "mangled"),
    [("1,23457E+11", True), ("1.23457E+11", True), ("123456789012", False), ("E11", False)],
)
def test_excel_mangled_codes(code, mangled):
    assert excel_mangled(code) is mangled
