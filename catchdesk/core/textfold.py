"""Folding text for search: accents, case and non-Latin letters reduced to plain ASCII.

Desk staff type names on whatever keyboard they have: ``helene`` must find ``Hélène``,
``lukasz`` ``Łukasz``, ``ozturk`` ``Öztürk`` and ``olena`` ``Олена``. Unicode decomposition
handles accents; the table below handles letters that do not decompose (Ł, Ø, ß, Æ, ı…) and
transliterates Cyrillic and Greek the way names are usually spelled in Latin letters.
"""

from __future__ import annotations

import unicodedata

_SPECIAL = {
    "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "þ": "th",
    "ı": "i", "ħ": "h", "ŀ": "l", "ĸ": "k", "ŋ": "n", "ſ": "s", "ə": "e",
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "ie",
    "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "iu", "я": "ia",
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
    "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
    "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
}  # fmt: skip
_TABLE = str.maketrans(_SPECIAL)


def fold(text: str) -> str:
    """Lower-case ASCII-ish form of ``text`` for matching; other scripts are kept as they are."""
    lowered = text.casefold().translate(_TABLE)
    decomposed = unicodedata.normalize("NFKD", lowered)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return kept.translate(_TABLE)


FIELD_SEPARATOR = " | "


def search_text(*fields: str) -> str:
    """The text stored with a row for search: folded fields in fixed places.

    Empty fields keep their place so a search can rank a hit by which field it fell in
    without folding the original columns again.
    """
    return FIELD_SEPARATOR.join(fold((field or "").strip()) for field in fields)
