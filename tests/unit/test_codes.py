"""Ticket codes: every real code verifies, survives any scanner layout, and nothing else passes."""

from __future__ import annotations

import random
import string

from hypothesis import assume, given
from hypothesis import strategies as st

from catchdesk.core.attendees import normalise_external
from catchdesk.core.codes import (
    ALPHABET,
    CODE_LEN,
    format_code,
    looks_like_code,
    make_code,
    new_code,
    tag_for,
    verify_code,
)
from catchdesk.core.keyboard_layouts import LAYOUTS, garble
from catchdesk.core.scan import read_scan

ALL_PAIRS = [(scanner, host) for scanner in LAYOUTS for host in LAYOUTS]

secrets_ = st.binary(min_size=1, max_size=64)
tags = st.text(alphabet=ALPHABET, min_size=2, max_size=2)
letters = st.sampled_from(ALPHABET)


@st.composite
def issued(draw: st.DrawFn) -> tuple[str, str, bytes]:
    """A code as an event issues it, with the event's tag and secret."""
    tag = draw(tags)
    secret = draw(secrets_)
    rng = random.Random(draw(st.integers(min_value=0, max_value=2**64)))
    return new_code(tag, secret, rng), tag, secret


def test_alphabet_avoids_letters_that_move_between_layouts_and_digits():
    assert not set(ALPHABET) & set("AQWZMY")
    assert not set(ALPHABET) & set(string.digits)
    assert set(ALPHABET) <= set(string.ascii_uppercase)
    assert len(set(ALPHABET)) == len(ALPHABET)


@given(issued())
def test_every_issued_code_verifies(issued_code):
    code, tag, secret = issued_code
    assert len(code) == CODE_LEN
    assert set(code) <= set(ALPHABET)
    assert code.startswith(tag)
    assert looks_like_code(code)
    assert verify_code(code, tag, secret)
    assert verify_code(code, tag.lower(), secret)


@given(issued(), st.lists(st.booleans(), min_size=CODE_LEN, max_size=CODE_LEN))
def test_codes_are_read_whatever_the_case(issued_code, lowered):
    code, tag, secret = issued_code
    mixed = "".join(ch.lower() if low else ch for ch, low in zip(code, lowered, strict=True))
    assert verify_code(code.lower(), tag, secret)
    assert verify_code(mixed, tag, secret)


@given(issued(), st.sampled_from(ALL_PAIRS), st.booleans())
def test_codes_survive_any_scanner_layout_as_typed(issued_code, pair, lower):
    code, tag, secret = issued_code
    sent = code.lower() if lower else code
    typed = garble(sent, *pair)
    assert normalise_external(typed) == code
    assert verify_code(typed, tag, secret)


@given(issued(), st.sampled_from(ALL_PAIRS))
def test_printed_form_is_read_back(issued_code, pair):
    code, _, _ = issued_code
    printed = format_code(code)
    assert "-" in printed
    assert read_scan(printed).candidates[0] == code
    assert code in read_scan(garble(printed, *pair) + "\r").candidates


@given(st.text(alphabet=ALPHABET, min_size=CODE_LEN, max_size=CODE_LEN), secrets_)
def test_random_letters_do_not_verify(text, secret):
    tag = text[:2]
    # Only the one string whose last six letters are the right MAC may pass.
    assume(text != make_code(tag, text[2:7], secret))
    assert not verify_code(text, tag, secret)


@given(issued(), st.integers(min_value=0, max_value=CODE_LEN - 1), letters)
def test_a_code_with_one_wrong_letter_does_not_verify(issued_code, position, letter):
    # A misread letter must not admit someone else; a MAC collision has odds of 1 in 20**6.
    code, tag, secret = issued_code
    assume(code[position] != letter)
    altered = code[:position] + letter + code[position + 1 :]
    assert not verify_code(altered, tag, secret)


@given(issued(), secrets_)
def test_a_code_from_another_event_secret_does_not_verify(issued_code, other_secret):
    code, tag, secret = issued_code
    assume(other_secret != secret)
    assert not verify_code(code, tag, other_secret)


@given(issued(), tags)
def test_a_code_checked_against_another_tag_does_not_verify(issued_code, other_tag):
    code, tag, secret = issued_code
    assume(other_tag != tag)
    assert not verify_code(code, other_tag, secret)


@given(issued(), st.text(max_size=3))
def test_wrong_length_does_not_verify(issued_code, extra):
    code, tag, secret = issued_code
    assert not verify_code(code[:-1], tag, secret)
    assert not verify_code(code + "B" + extra, tag, secret)


@given(st.binary())
def test_event_tags_use_the_code_alphabet(seed):
    tag = tag_for(seed)
    assert len(tag) == 2
    assert set(tag) <= set(ALPHABET)
