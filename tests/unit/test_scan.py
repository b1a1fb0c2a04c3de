"""The scan normaliser: a guest's barcode is found whatever layout the scanner and laptop use."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from catchdesk.core.attendees import normalise_external
from catchdesk.core.keyboard_layouts import LAYOUTS, garble, ungarble
from catchdesk.core.scan import SCAN_PAIRS, ScanReading, clean_scan, read_scan

ALL_PAIRS = [(scanner, host) for scanner in LAYOUTS for host in LAYOUTS]
pairs = st.sampled_from(ALL_PAIRS)
external_codes = st.text(
    alphabet=string.ascii_letters + string.digits, min_size=1, max_size=40
).filter(lambda text: normalise_external(text) != "")
URL_CHARACTERS = string.ascii_letters + string.digits + "-._:/?=&%"


def candidates(raw: str) -> tuple[str, ...]:
    return read_scan(raw).candidates


# --- the layouts themselves ------------------------------------------------------------


def test_supported_layouts():
    assert {"us", "gb", "be", "fr", "de", "ch", "ch-fr"} <= set(LAYOUTS)


def test_belgian_digit_row():
    be = LAYOUTS["be"]
    row = [f"AE{i:02d}" for i in range(1, 13)]
    assert "".join(be.keys[pos][0] for pos in row) == "&é\"'(§è!çà)-"
    assert "".join(be.keys[pos][1] for pos in row) == "1234567890°_"


def test_french_digit_row():
    fr = LAYOUTS["fr"]
    row = [f"AE{i:02d}" for i in range(1, 13)]
    assert "".join(fr.keys[pos][0] for pos in row) == "&é\"'(-è_çà)="
    assert "".join(fr.keys[pos][1] for pos in row) == "1234567890°+"


def test_german_layout_swaps_y_and_z_and_has_eszett():
    de = LAYOUTS["de"]
    assert de.keys["AD06"] == ("z", "Z")
    assert de.keys["AB01"] == ("y", "Y")
    assert de.keys["AE11"] == ("ß", "?")
    assert ("AE12", 0) in de.dead  # ´ waits for the next letter


@pytest.mark.parametrize("code", sorted(LAYOUTS))
def test_every_layout_types_every_ascii_letter_and_digit(code):
    # Otherwise a scanner set to that layout could not type an external code at all.
    for char in string.ascii_letters + string.digits:
        assert garble(char, code, code) == char


def test_unknown_layout_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown keyboard layout"):
        garble("123", "us", "dvorak")


# --- garbling: what the desk actually sees -----------------------------------------------


def test_us_scanner_on_belgian_laptop_types_the_digit_row_unshifted():
    assert garble("1234567890", "us", "be") == "&é\"'(§è!çà"
    assert garble("1234567890", "us", "fr") == "&é\"'(-è_çà"


def test_us_scanner_on_azerty_swaps_letters_and_shift_gives_capitals():
    assert garble("azerty", "us", "be") == "qwerty"
    assert garble("qwerty", "us", "be") == "azerty"
    assert garble("AZERTY", "us", "be") == "QWERTY"
    assert garble("m", "us", "be") == ","


def test_us_scanner_on_german_laptop_swaps_y_and_z():
    assert garble("yz2024", "us", "de") == "zy2024"


def test_dead_keys_combine_with_the_next_letter():
    # US "=" is the German dead acute: it lands on the next letter, or stays as an accent.
    assert garble("code=ABC", "us", "de") == "codeÁBC"
    assert garble("=1", "us", "de") == "´1"
    assert garble("x=", "us", "de") == "x´"
    # US "[" is the AZERTY dead circumflex.
    assert garble("[e", "us", "be") == "ê"
    assert ungarble("ê", "us", "be") == "[e"


def test_a_scanner_types_accented_letters_through_its_own_dead_keys():
    assert garble("ê", "fr", "fr") == "ê"
    assert garble("ê", "fr", "us") == "[e"


@given(text=st.text(), layout=st.sampled_from(sorted(LAYOUTS)))
def test_matching_layouts_change_nothing(text, layout):
    assert garble(text, layout, layout) == text


@given(text=st.text(), pair=pairs)
def test_garble_never_raises(text, pair):
    assert isinstance(garble(text, *pair), str)


@given(text=st.text(alphabet=URL_CHARACTERS), pair=pairs)
def test_link_characters_survive_a_round_trip(text, pair):
    # On Swiss laptops a dead key plus a letter composes a character that also has a key of
    # its own ("`" + "a" = "à"), so punctuation next to a letter cannot always be told apart;
    # letters and digits always can (checked below and by the external-code property).
    if pair[1].startswith("ch"):
        text = "".join(ch for ch in text if ch.isalnum())
    assert ungarble(garble(text, *pair), *pair) == text


# --- cleaning -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("BCDFGHIJKLNOP\r\n", "BCDFGHIJKLNOP"),
        ("\x02123456789012345001\x03", "123456789012345001"),
        ("  kx7qpa2m9e4v\t", "kx7qpa2m9e4v"),
        ("]Q1BCDF-GHIJ-KLNOP\r", "BCDF-GHIJ-KLNOP"),
        ("]C0123456\n", "123456"),
        ("]d2010123456789\x1d10ABC\r", "01012345678910ABC"),
        ("\ufeffABC\u200b123", "ABC123"),
        ("*CODE39*\r", "CODE39"),
        ("\u00a0ABC\u00a0", "ABC"),
        ("e\u0302t\u00e9", "êté"),
        ("\r\n", ""),
    ],
)
def test_clean_scan_strips_what_the_scanner_added(raw, cleaned):
    assert clean_scan(raw) == cleaned


def test_reading_keeps_raw_and_cleaned_text():
    reading = read_scan("]Q1ABC-123\r")
    assert reading == ScanReading("]Q1ABC-123\r", "ABC-123", reading.candidates)
    assert reading.candidates[0] == "ABC123"


def test_an_empty_scan_has_no_candidates():
    assert candidates("\r\n") == ()
    assert candidates("\x02 \x03\r") == ()
    # Punctuation may still be a garbled digit: a French scanner types 6 where "-" is.
    assert candidates("---") == ("666",)


# --- reading scans back -------------------------------------------------------------------


def test_us_scanner_digits_on_belgian_laptop_are_found():
    found = candidates("&é\"'(§è!çà\r")
    # US scanner on AZERTY is the first mix-up tried, right after the text as typed.
    assert found[1] == "1234567890"


def test_eventbrite_number_through_french_laptop():
    assert "123456789012345001" in candidates(garble("123456789012345001", "us", "fr"))


def test_qwerty_and_azerty_letters_are_both_tried():
    # A and Q swap, and so do Z and W.
    assert "AZERTY" in candidates("qwerty")
    assert "QWERTY" in candidates("azerty")  # an AZERTY scanner on a US laptop
    assert "AZERTY" in candidates(garble("azerty", "us", "be"))
    assert "ABC123" in candidates(garble("ABC123", "us", "be"))


def test_german_laptop_reading_swaps_y_and_z_back():
    assert "YZ42" in candidates("zy42")


def test_correct_text_comes_first():
    assert candidates("kx7qpa2m9e4vtnwhz3c5bgyr8d6fsu")[0] == "KX7QPA2M9E4VTNWHZ3C5BGYR8D6FSU"
    assert candidates("123456789012345001") == ("123456789012345001",)


def test_garbled_symbology_identifier_is_stripped_after_ungarbling():
    scanned = garble("]Q1kx7qpa2m", "us", "be")
    assert scanned.startswith("$A&")
    assert "KX7QPA2M" in candidates(scanned)


def test_decomposed_dead_key_sequence_maps_back():
    # Some systems deliver ^ + e as two code points; it is the same key presses.
    assert read_scan("e\u0302").cleaned == "ê"
    assert ungarble("e\u0302", "us", "be") == ungarble("ê", "us", "be") == "[e"


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("https://tickets.example.com/ticket/kx7qpa2m9e4v", "KX7QPA2M9E4V"),
        ("https://tickets.example.com/ticket/kx7qpa2m9e4v/", "KX7QPA2M9E4V"),
        ("https://example.org/checkin?code=123456789012345001&lang=fr", "123456789012345001"),
        ("http://example.org/c?t=AB-12-CD", "AB12CD"),
        ("www.example.org/t/BCDF-GHIJ-KLNOP", "BCDFGHIJKLNOP"),
        ("https://example.org/app#/ticket/ZZ9", "ZZ9"),
    ],
)
def test_ticket_links_yield_their_code(url, code):
    assert code in candidates(url + "\r")


@pytest.mark.parametrize("host", ["be", "fr", "de", "ch"])
def test_garbled_ticket_links_yield_their_code(host):
    for url in (
        "https://tickets.example.com/ticket/kx7qpa2m9e4v",
        "https://example.org/checkin?code=kx7qpa2m9e4v&lang=fr",
    ):
        assert "KX7QPA2M9E4V" in candidates(garble(url, "us", host))


def test_broken_link_does_not_raise():
    assert candidates("http://[::1/ticket/ABC")[0] == "HTTP1TICKETABC"


def test_pairs_start_with_a_us_scanner_on_european_laptops():
    assert SCAN_PAIRS[:3] == (("us", "be"), ("us", "fr"), ("us", "de"))
    assert ("be", "us") in SCAN_PAIRS and ("fr", "us") in SCAN_PAIRS
    assert set(SCAN_PAIRS) == {(s, h) for s, h in ALL_PAIRS if s != h}


def test_candidate_list_stays_short():
    # Check-in looks them all up in one query.
    for text in ("kx7qpa2m9e4vtnwhz3c5bgyr8d6fsu", "azertyqwertzmmm1234567890"):
        for scanner, host in ALL_PAIRS:
            assert len(candidates(garble(text, scanner, host))) <= 16


@given(original=external_codes, pair=pairs, suffix=st.sampled_from(["", "\r", "\r\n", "\t"]))
def test_every_mix_up_is_undone(original, pair, suffix):
    scanned = garble(original, *pair) + suffix
    assert normalise_external(original) in candidates(scanned)


@given(code=external_codes, pair=pairs, path=st.sampled_from(["/ticket/", "/t/c/", "/?code="]))
def test_every_mix_up_of_a_ticket_link_is_undone(code, pair, path):
    url = "https://tickets.example.com" + path + code
    assert normalise_external(code) in candidates(garble(url, *pair))


@given(raw=st.text())
def test_read_scan_never_raises_and_candidates_are_normalised(raw):
    reading = read_scan(raw)
    assert reading.raw == raw
    assert len(set(reading.candidates)) == len(reading.candidates)
    for candidate in reading.candidates:
        assert candidate
        assert candidate == normalise_external(candidate)


@given(raw=st.text(alphabet=st.characters(codec="utf-8")), pair=pairs)
def test_read_scan_never_raises_on_garbled_text(raw, pair):
    read_scan(garble(raw, *pair))


def test_a_garbled_payload_that_looks_like_code39_wrapping_is_still_read():
    # "303" from a French AZERTY scanner on a Swiss laptop types "*=*", which is also the
    # shape of Code 39 start/stop characters around "=".
    scanned = garble("303", "fr", "ch")
    assert scanned == "*=*"
    assert "303" in read_scan(scanned).candidates
