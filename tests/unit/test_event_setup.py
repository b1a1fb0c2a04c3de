"""Event setup: details, certificate wording, images, partners, the key, and workshop edits."""

from __future__ import annotations

import base64
import datetime as dt
import io

import pytest
from PIL import Image
from sqlalchemy import func, select

from catchdesk.core.attendees import add_attendee
from catchdesk.core.checkin import check_in
from catchdesk.core.event_setup import (
    MAX_IMAGE_BYTES,
    CertificateWording,
    EventDetails,
    ImageKind,
    NeedsConfirmation,
    Partner,
    SetupRefused,
    event_image,
    export_public_key,
    key_fingerprint,
    partners,
    read_image_file,
    remove_partner,
    save_partner,
    set_event_image,
    update_certificate_wording,
    update_event_details,
)
from catchdesk.core.keys import load_public_key, public_key_bytes
from catchdesk.core.models import Enrolment, Event, Workshop
from catchdesk.core.timeutil import at_local, local_time
from catchdesk.core.workshop_editing import (
    WorkshopDraft,
    create_workshop,
    delete_workshop,
    duplicate_workshop,
    update_workshop,
    workshop_lines,
)
from catchdesk.documents.certificate_layout import CertificateLook


def png_bytes(width: int = 60, height: int = 30) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (27, 58, 92)).save(buffer, "PNG")
    return buffer.getvalue()


def at(event, hour, minute=0, day=0):
    return at_local(event.starts_on + dt.timedelta(days=day), hour, minute, event.timezone)


def draft(event, title="Site web", start=(10, 0), end=(11, 0), **fields):
    return WorkshopDraft(title=title, starts_at=at(event, *start), ends_at=at(event, *end),
                         **fields)  # fmt: skip


def add_workshop(store, event, **fields):
    with store.write() as session:
        return create_workshop(session, event.id, draft(event, **fields)).id


def load(store, event):
    with store.read() as session:
        return session.get(Event, event.id)


# -- details -----------------------------------------------------------------------------------


def test_details_are_saved(store, event):
    with store.write() as session:
        update_event_details(session, event.id, EventDetails(
            "  Journée   du numérique ", event.starts_on, venue="Namur Expo, hall 2",
            organiser="Digital Wallonia", timezone="Europe/Brussels"))  # fmt: skip
    saved = load(store, event)
    assert (saved.name, saved.venue) == ("Journée du numérique", "Namur Expo, hall 2")


def test_moving_the_day_moves_the_workshops_at_the_same_wall_clock_time(store, event):
    workshop_id = add_workshop(store, event, start=(14, 0), end=(15, 30))
    new_day = event.starts_on + dt.timedelta(days=7)
    with store.write() as session:
        update_event_details(session, event.id, EventDetails(event.name, new_day))
    with store.read() as session:
        moved = session.get(Workshop, workshop_id)
        local = local_time(moved.starts_at, event.timezone)
    assert (local.date(), local.hour, local.minute) == (new_day, 14, 0)


def test_moving_the_days_after_check_ins_needs_confirmation(store, event):
    with store.write() as session:
        ev = session.get(Event, event.id)
        person = add_attendee(session, ev, first_name="Ada", last_name="Lovelace")
        check_in(session, ev, person.code, desk="Desk 1")
    details = EventDetails(event.name, event.starts_on + dt.timedelta(days=1))
    with pytest.raises(NeedsConfirmation, match="present days: 1"), store.write() as session:
        update_event_details(session, event.id, details)
    assert load(store, event).starts_on == event.starts_on
    with store.write() as session:
        update_event_details(session, event.id, details, confirm=True)
    assert load(store, event).starts_on == details.starts_on


@pytest.mark.parametrize(
    ("details", "reason"),
    [
        (EventDetails(" ", dt.date(2026, 11, 26)), "needs a name"),
        (EventDetails("X", dt.date(2026, 11, 26), dt.date(2026, 11, 25)), "end before"),
        (EventDetails("X", dt.date(2026, 11, 26), timezone="Mars/Olympus"), "time zone"),
    ],
)
def test_broken_details_are_refused(store, event, details, reason):
    with pytest.raises(SetupRefused, match=reason) as refused, store.write() as session:
        update_event_details(session, event.id, details)
    assert refused.value.reason.code.startswith("event.")


# -- certificate wording and images ------------------------------------------------------------


def test_certificate_wording_uses_the_keys_certificates_read(store, event):
    wording = CertificateWording(
        texts={"fr": "Merci  pour votre participation.", "nl": "", "en": "Thank you."},
        signatory_name="Camille Renard",
        roles={"fr": "Directrice", "nl": "Directeur", "en": "Director"},
    )
    with store.write() as session:
        update_certificate_wording(session, event.id, wording)
    saved = load(store, event)
    look = CertificateLook.from_event(saved)
    assert look.certificate_text == {"fr": "Merci pour votre participation.", "en": "Thank you."}
    assert look.signatory_name == "Camille Renard"
    assert (look.role_in("fr"), look.role_in("nl"), look.role_in("en")) == (
        "Directrice", "Directeur", "Director")  # fmt: skip
    assert saved.settings["signatory_role"] == "Directrice"
    assert CertificateWording.of(saved).roles["nl"] == "Directeur"


def test_a_role_set_from_the_command_line_shows_for_every_language(store, event):
    with store.write() as session:
        session.get(Event, event.id).settings = {"signatory_role": "Présidente"}
    assert CertificateWording.of(load(store, event)).roles == {
        "fr": "Présidente", "nl": "Présidente", "en": "Présidente"}  # fmt: skip


def test_logo_is_kept_in_the_event_and_replaces_a_path(store, event, tmp_path):
    path = tmp_path / "logo.png"
    path.write_bytes(png_bytes())
    with store.write() as session:
        session.get(Event, event.id).settings = {"logo_path": "/nowhere/logo.png"}
    with store.write() as session:
        set_event_image(session, event.id, ImageKind.LOGO, read_image_file(path, "logo"))
    saved = load(store, event)
    assert "logo_path" not in saved.settings
    assert base64.b64decode(saved.settings["logo_image"]) == path.read_bytes()
    assert event_image(saved, ImageKind.LOGO) == path.read_bytes()
    assert CertificateLook.from_event(saved).logo_data == path.read_bytes()
    with store.write() as session:
        set_event_image(session, event.id, ImageKind.LOGO, None)
    assert event_image(load(store, event), ImageKind.LOGO) is None


def test_bad_images_are_refused(tmp_path):
    text = tmp_path / "logo.png"
    text.write_text("not an image")
    with pytest.raises(SetupRefused, match="PNG or JPEG"):
        read_image_file(text, "logo")
    damaged = tmp_path / "damaged.png"
    damaged.write_bytes(png_bytes()[:40])
    with pytest.raises(SetupRefused, match="damaged"):
        read_image_file(damaged, "logo")
    huge = tmp_path / "huge.png"
    huge.write_bytes(png_bytes() + b"\0" * MAX_IMAGE_BYTES)
    with pytest.raises(SetupRefused, match="more than 512 KB"):
        read_image_file(huge, "logo")
    with pytest.raises(SetupRefused, match="folder"):
        read_image_file(tmp_path, "logo")


# -- partners and the key ----------------------------------------------------------------------


def test_partners_are_added_edited_and_removed(store, event):
    with store.write() as session:
        hub = save_partner(session, event.id, Partner("Hub  Namur", "coworking",
                                                      "Léa", "hub-namur.be"))  # fmt: skip
        save_partner(session, event.id, Partner("Coding School", "school"))
    assert hub.website == "https://hub-namur.be"
    with store.write() as session:
        save_partner(session, event.id, Partner("Hub Namur", "incubator", "Léa", "", id=hub.id))
        with pytest.raises(SetupRefused, match="already a partner"):
            save_partner(session, event.id, Partner("hub namur"))
        with pytest.raises(SetupRefused, match="web address"):
            save_partner(session, event.id, Partner("Agence", website="not a site"))
    listed = partners(load(store, event))
    assert [(p.name, p.kind) for p in listed] == [("Hub Namur", "incubator"),
                                                   ("Coding School", "school")]  # fmt: skip
    with store.write() as session:
        remove_partner(session, event.id, hub.id)
    assert [p.name for p in partners(load(store, event))] == ["Coding School"]


def test_public_key_export_reads_back(store, event, tmp_path):
    out = tmp_path / "key.pem"
    with store.write() as session:
        shown = export_public_key(session, event.id, out)
    saved = load(store, event)
    assert shown == key_fingerprint(saved)
    assert load_public_key(out.read_bytes()) == public_key_bytes(saved)
    with pytest.raises(SetupRefused, match="Cannot write"), store.write() as session:
        export_public_key(session, event.id, tmp_path / "missing" / "key.pem")


# -- workshops ---------------------------------------------------------------------------------


def test_create_edit_and_list_workshops(store, event):
    workshop_id = add_workshop(store, event, room="Meuse", capacity=30)
    with store.write() as session:
        update_workshop(session, workshop_id, draft(event, title="Site web (débutants)",
                        room="Meuse", capacity=25, enrolment_required=True))  # fmt: skip
    with store.read() as session:
        (line,) = workshop_lines(session, event.id)
    assert (line.draft.title, line.draft.capacity, line.draft.enrolment_required) == (
        "Site web (débutants)", 25, True)  # fmt: skip


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"start": (11, 0), "end": (10, 0)}, "before it starts"),
        ({"title": "  "}, "needs a title"),
        ({"capacity": 0}, "at least 1 seat"),
    ],
)
def test_broken_workshops_are_refused(store, event, fields, reason):
    with pytest.raises(SetupRefused, match=reason), store.write() as session:
        create_workshop(session, event.id, draft(event, **fields))


def test_a_workshop_outside_the_event_days_is_refused(store, event):
    outside = WorkshopDraft("Site web", at(event, 10, day=1), at(event, 11, day=1))
    with pytest.raises(SetupRefused, match="outside the event's days"), store.write() as session:
        create_workshop(session, event.id, outside)


def test_two_workshops_in_one_room_at_once_need_confirmation(store, event):
    add_workshop(store, event, room="Meuse")
    clash = draft(event, title="SEO", start=(10, 30), end=(11, 30), room="meuse")
    with pytest.raises(NeedsConfirmation, match="Site web is in meuse"), store.write() as s:
        create_workshop(s, event.id, clash)
    with store.write() as session:
        create_workshop(session, event.id, draft(event, title="SEO", room="Sambre"))
        create_workshop(session, event.id, clash, confirm=True)
    with store.read() as session:
        assert len(workshop_lines(session, event.id)) == 3


def test_capacity_below_the_people_inside_needs_confirmation(store, event):
    workshop_id = add_workshop(store, event, capacity=10)
    with store.write() as session:
        ev = session.get(Event, event.id)
        for index in range(3):
            person = add_attendee(session, ev, first_name=f"P{index}", last_name="Test")
            check_in(session, ev, person.code, desk="Door", workshop_id=workshop_id)
    with (
        pytest.raises(NeedsConfirmation, match="People inside Site web: 3, for 2 seats"),
        store.write() as s,
    ):
        update_workshop(s, workshop_id, draft(event, capacity=2))
    with store.write() as session:
        update_workshop(session, workshop_id, draft(event, capacity=3))
        update_workshop(session, workshop_id, draft(event, capacity=2), confirm=True)
    with store.read() as session:
        (line,) = workshop_lines(session, event.id)
    assert (line.draft.capacity, line.inside) == (2, 3)


def test_duplicate_follows_the_original_in_its_room(store, event):
    workshop_id = add_workshop(store, event, room="Meuse", start=(10, 0), end=(11, 30))
    with store.write() as session:
        copy = duplicate_workshop(session, workshop_id)
        start = local_time(copy.starts_at, event.timezone)
        end = local_time(copy.ends_at, event.timezone)
    assert (copy.title, copy.room, start.hour, start.minute, end.hour) == (
        "Site web", "Meuse", 11, 30, 13)  # fmt: skip


def test_a_workshop_with_check_ins_cannot_be_deleted(store, event):
    workshop_id = add_workshop(store, event)
    with store.write() as session:
        ev = session.get(Event, event.id)
        for index in range(2):
            person = add_attendee(session, ev, first_name=f"P{index}", last_name="Test")
            check_in(session, ev, person.code, desk="Door", workshop_id=workshop_id)
    with pytest.raises(SetupRefused, match=r"admitted to Site web \(2\)"), store.write() as s:
        delete_workshop(s, workshop_id, confirm=True)
    with store.read() as session:
        assert session.get(Workshop, workshop_id) is not None


def test_deleting_a_workshop_always_asks_first(store, event):
    workshop_id = add_workshop(store, event)
    with pytest.raises(NeedsConfirmation) as asked, store.write() as session:
        delete_workshop(session, workshop_id)
    assert [reason.code for reason in asked.value.reasons] == ["workshop.delete"]
    with store.write() as session:
        delete_workshop(session, workshop_id, confirm=True)
    with store.read() as session:
        assert session.get(Workshop, workshop_id) is None


def test_deleting_a_workshop_with_enrolments_needs_confirmation(store, event):
    workshop_id = add_workshop(store, event)
    with store.write() as session:
        ev = session.get(Event, event.id)
        person = add_attendee(session, ev, first_name="Ada", last_name="Lovelace")
        session.add(Enrolment(event_id=ev.id, attendee_id=person.id, workshop_id=workshop_id))
    with (
        pytest.raises(NeedsConfirmation, match="People enrolled in Site web: 1"),
        store.write() as s,
    ):
        delete_workshop(s, workshop_id)
    with store.write() as session:
        delete_workshop(session, workshop_id, confirm=True)
    with store.read() as session:
        assert session.get(Workshop, workshop_id) is None
        assert session.scalar(select(func.count()).select_from(Enrolment)) == 0


def test_the_command_line_replaces_what_the_setup_screen_chose(store, event, db_path, tmp_path):
    """`catchdesk event set` after the screen: its role and logo win in every language."""
    from catchdesk.cli import main

    with store.write() as session:
        update_certificate_wording(session, event.id, CertificateWording(
            roles={"fr": "Directrice", "nl": "Directeur"}))  # fmt: skip
        set_event_image(session, event.id, ImageKind.LOGO, png_bytes())
    logo = tmp_path / "new-logo.png"
    logo.write_bytes(png_bytes(90, 30))
    assert main(["--db", str(db_path), "event", "set", "--signatory-role", "Échevine",
                 "--logo", str(logo)]) == 0  # fmt: skip
    look = CertificateLook.from_event(load(store, event))
    assert (look.role_in("fr"), look.role_in("nl")) == ("Échevine", "Échevine")
    assert look.logo_data is None and look.logo_path == str(logo)


def test_shortening_the_event_under_a_workshop_needs_confirmation(store, event):
    two_days = EventDetails(event.name, event.starts_on, event.starts_on + dt.timedelta(days=1))
    with store.write() as session:
        update_event_details(session, event.id, two_days)
        second_day = WorkshopDraft("Jour 2", at(event, 10, day=1), at(event, 11, day=1))
        create_workshop(session, event.id, second_day)
    one_day = EventDetails(event.name, event.starts_on)
    with pytest.raises(NeedsConfirmation, match="first: Jour 2"), store.write() as session:
        update_event_details(session, event.id, one_day)
    with store.write() as session:
        update_event_details(session, event.id, one_day, confirm=True)
    assert load(store, event).ends_on is None
