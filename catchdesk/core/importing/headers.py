"""Which column holds what: header names in French, Dutch and English, and the exports of
Eventbrite and pretix, recognised whatever their case, accents or punctuation.

A field may be fed by several columns, most trusted first: pretix has both the attendee's e-mail
and the buyer's; the buyer's is used only on rows where the attendee's is empty. Headers that
match no field are reported as unmapped so the organiser sees what was left out, and any
guess can be overridden with an explicit mapping (``email=Courriel,first_name=Prénom``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from catchdesk.core.errors import CatchDeskError
from catchdesk.core.importing.aliases import (
    ALIASES,
    AMBIGUOUS_NAME,
    FIELD_SYNONYMS,
    IGNORE,
    KEYWORD_BLOCKERS,
    KEYWORDS,
    LEADING_WORDS,
    TRAILING_WORDS,
)
from catchdesk.core.importing.report import UnrecognisedColumns
from catchdesk.core.textfold import fold

PRESETS = ("auto", "eventbrite", "pretix", "catchdesk")
FIELDS = (
    "first_name",
    "last_name",
    "full_name",
    "email",
    "phone",
    "organisation",
    "job_title",
    "sector",
    "role",
    "needs",
    "language",
    "consent",
    "status",
    "ticket_type",
    "external_code",
    "order_code",
)


def header_key(text: str) -> str:
    """A header reduced to lower-case ASCII letters and digits: ``E-mail`` -> ``email``."""
    return re.sub(r"[^0-9a-z]+", "", fold(text))


def _reduced_key(text: str) -> str:
    """The key without parentheses, possessives and "(required)" words."""
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]|\*", " ", text)
    words = re.findall(r"[0-9a-z]+", fold(text))
    while words and words[0] in LEADING_WORDS:
        words.pop(0)
    while words and words[-1] in TRAILING_WORDS:
        words.pop()
    return "".join(words)


def _build_alias_index() -> dict[str, tuple[str, int]]:
    index: dict[str, tuple[str, int]] = {}
    for target, ranks in ALIASES.items():
        for rank, names in ranks.items():
            for name in names:
                index.setdefault(header_key(name), (target, rank))
    return index


_ALIAS_INDEX = _build_alias_index()
_FIELD_KEYS = {header_key(f): f for f in FIELDS} | FIELD_SYNONYMS


@dataclass
class Mapping:
    """Which columns (by index) feed which attendee field, most trusted first."""

    headers: list[str]
    columns: dict[str, list[int]]
    preset: str = "catchdesk"
    notes: list[str] = field(default_factory=list)

    @property
    def system(self) -> str:
        """The ticketing system the external codes come from, stored with each code."""
        return self.preset if self.preset in ("eventbrite", "pretix") else ""

    @property
    def unmapped(self) -> list[str]:
        used = {index for indexes in self.columns.values() for index in indexes}
        return [h for i, h in enumerate(self.headers) if i not in used and h.strip()]

    def has(self, target: str) -> bool:
        return bool(self.columns.get(target))

    def headers_for(self, target: str) -> list[str]:
        return [self.headers[i] for i in self.columns.get(target, [])]

    def describe(self) -> dict[str, list[str]]:
        """``{field: [header, …]}`` for the report and a mapping preview."""
        return {f: self.headers_for(f) for f in FIELDS if self.columns.get(f)}

    def require_usable(self, file_name: str = "the file") -> None:
        """Refuse a mapping with no name column or nothing to tell people apart."""
        has_name = any(self.has(f) for f in ("first_name", "last_name", "full_name"))
        has_key = any(self.has(f) for f in ("email", "external_code", "order_code"))
        if has_name and has_key:
            return
        missing = []
        if not has_name:
            missing.append("a name (first name, last name or full name)")
        if not has_key:
            missing.append("an e-mail address or a ticket code")
        found = ", ".join(f"'{h}'" for h in self.headers if h.strip()) or "none"
        raise UnrecognisedColumns(
            f"No column of {file_name} could be recognised as {' or '.join(missing)}. Columns "
            f"found: {found}. Name them explicitly, for example "
            '--map "first_name=Prénom,last_name=Nom,email=Courriel".',
            headers=list(self.headers),
        )


def detect_preset(headers: list[str]) -> str:
    """``eventbrite``, ``pretix`` or ``catchdesk`` (generic) from the header names."""
    keys = {header_key(h) for h in headers}
    if any(k.startswith("eventbrite") for k in keys):
        return "eventbrite"
    if {"order", "attendee"} <= keys or {"barcode", "attendeestatus"} <= keys:
        return "eventbrite"
    pretix_marks = {"positionid", "pseudonymizationid", "eventslug", "saleschannel",
                    "invoiceaddressname", "secret", "orderlocale", "attendeename"}  # fmt: skip
    if "ordercode" in keys and keys & pretix_marks:
        return "pretix"
    return "catchdesk"


def detect_mapping(
    headers: list[str],
    preset: str = "auto",
    *,
    explicit: dict[str, list[str]] | None = None,
) -> Mapping:
    """Guess which column holds which field; ``explicit`` (field -> headers) overrides guesses.

    ``preset`` is ``auto`` (recognise Eventbrite or pretix exports by their columns),
    ``eventbrite``, ``pretix`` or ``catchdesk`` (generic French/Dutch/English headers).
    """
    chosen = (preset or "auto").strip().lower()
    if chosen == "generic":
        chosen = "catchdesk"
    if chosen not in PRESETS:
        raise CatchDeskError(
            f"'{preset}' is not an import preset; use one of: {', '.join(PRESETS)}."
        )
    if chosen == "auto":
        chosen = detect_preset(headers)
    found: dict[str, list[tuple[int, int]]] = {}
    unmatched: list[int] = []
    for index, header in enumerate(headers):
        hit = _ALIAS_INDEX.get(header_key(header)) or _ALIAS_INDEX.get(_reduced_key(header))
        if hit is None:
            unmatched.append(index)
            continue
        target, rank = hit
        found.setdefault(target, []).append((rank, index))
    for index in unmatched:
        key = header_key(headers[index])
        if not key or any(blocker in key for blocker in KEYWORD_BLOCKERS):
            continue
        for target, words in KEYWORDS:
            if any(word in key for word in words):
                if not any(rank < 5 for rank, _ in found.get(target, [])):
                    found.setdefault(target, []).append((5, index))
                break
    notes: list[str] = []
    ambiguous = found.pop(AMBIGUOUS_NAME, [])
    if ambiguous:
        target = "last_name" if "first_name" in found else "full_name"
        found.setdefault(target, []).extend(ambiguous)
        if target == "full_name" and "last_name" not in found:
            names = ", ".join(f"'{headers[i]}'" for _, i in ambiguous)
            notes.append(f"No first-name column: {names} is read as full names and split.")
    columns = {target: [i for _, i in sorted(pairs)] for target, pairs in found.items()}
    mapping = Mapping(headers=list(headers), columns=columns, preset=chosen, notes=notes)
    if explicit:
        _apply_explicit(mapping, explicit)
    return mapping


def _find_header(headers: list[str], wanted: str) -> int | None:
    for index, header in enumerate(headers):
        if header == wanted.strip():
            return index
    for index, header in enumerate(headers):
        if header.casefold() == wanted.strip().casefold():
            return index
    key = header_key(wanted)
    for index, header in enumerate(headers):
        if key and header_key(header) == key:
            return index
    return None


def _apply_explicit(mapping: Mapping, explicit: dict[str, list[str]]) -> None:
    for target, wanted_headers in explicit.items():
        indexes = []
        for wanted in wanted_headers:
            index = _find_header(mapping.headers, wanted)
            if index is None:
                shown = ", ".join(f"'{h}'" for h in mapping.headers if h.strip())
                raise CatchDeskError(
                    f"The file has no column '{wanted}' (asked for {target}); its columns are: "
                    f"{shown}."
                )
            indexes.append(index)
        for other in mapping.columns.values():
            other[:] = [i for i in other if i not in indexes]
        if target != IGNORE:
            mapping.columns[target] = indexes
    for target in [t for t, cols in mapping.columns.items() if not cols]:
        del mapping.columns[target]
    if mapping.has("first_name") or not mapping.has("full_name"):
        mapping.notes[:] = [n for n in mapping.notes if "first-name" not in n]


def field_name(text: str) -> str | None:
    """The field a user means by ``first_name``, ``Firstname``, ``company``…; None if none."""
    return _FIELD_KEYS.get(header_key(text))


def _split_items(text: str) -> list[str]:
    """Split on commas, semicolons and new lines that are not inside quotes."""
    items, current, quote = [], [], ""
    for ch in text:
        if quote:
            if ch == quote:
                quote = ""
            else:
                current.append(ch)
        elif ch in "\"'" and not "".join(current).split("=")[-1].strip():
            quote = ch
        elif ch in ",;\n":
            items.append("".join(current))
            current = []
        else:
            current.append(ch)
    items.append("".join(current))
    return [item.strip() for item in items if item.strip()]


def parse_mapping_option(text: str) -> dict[str, list[str]]:
    """``first_name=Prénom,email=Courriel`` -> ``{"first_name": ["Prénom"], …}``.

    Either side may name the field (``Prénom=first_name`` works too); a header with a comma
    is quoted (``email="Adresse, e-mail"``); ``ignore=Colonne`` keeps a column out; a field
    given several times is fed by those columns in that order (the first non-empty cell wins;
    every ``external_code`` column adds a code).
    """
    mapping: dict[str, list[str]] = {}
    for item in _split_items(text or ""):
        left, sep, right = item.partition("=")
        left, right = left.strip(), right.strip().strip("\"'")
        if not sep or not left or not right:
            raise CatchDeskError(
                f"'{item}' is not a column mapping; write field=Column, for example "
                "first_name=Prénom,email=Courriel."
            )
        target, header = field_name(left), right
        if target is None and field_name(right) is not None:
            target, header = field_name(right), left
        if target is None:
            raise CatchDeskError(
                f"'{item}' names no CatchDesk field; the fields are: {', '.join(FIELDS)} "
                "(or ignore)."
            )
        mapping.setdefault(target, []).append(header)
    if not mapping:
        raise CatchDeskError("The column mapping is empty; write field=Column,…")
    return mapping
