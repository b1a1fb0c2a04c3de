"""Badge layouts as data: a new sheet or label format is a few lines here, not new code.

All measures are in millimetres, as printed on the label packet or measured with a ruler. Boxes
are placed from the badge's lower-left corner. :mod:`catchdesk.documents.badges` reads these
values and nothing else, so changing a size or a position never touches the drawing code.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from catchdesk.core.errors import CatchDeskError
from catchdesk.documents.fonts import BOLD, REGULAR

A4 = (210.0, 297.0)


@dataclass(frozen=True)
class TextBox:
    """Where a line of text goes and how far it may shrink before it wraps or is shortened."""

    x: float
    y: float
    w: float
    h: float
    max_size: float
    min_size: float
    font: str = REGULAR
    max_lines: int = 1
    wrap_below: float | None = None  # with max_lines > 1: keep one line down to this size
    align: str = "left"  # left, center
    valign: str = "top"  # top, middle, bottom (bottom: the last line sits on the box's floor)
    colour: str = "#1a1a1a"
    upper: bool = False


@dataclass(frozen=True)
class SquareBox:
    x: float
    y: float
    size: float


@dataclass(frozen=True)
class Band:
    """The coloured role band; ``bleed`` extends the colour past the cut into the gutter."""

    y: float
    h: float
    text: TextBox
    bleed: float = 0.0


@dataclass(frozen=True)
class Layout:
    name: str
    description: str
    page: tuple[float, float]
    badge: tuple[float, float]
    columns: int
    rows: int
    first_name: TextBox
    last_name: TextBox
    organisation: TextBox
    event_name: TextBox
    qr: SquareBox
    code: TextBox
    band: Band
    gutter: tuple[float, float] = (0.0, 0.0)
    cut_marks: bool = False
    cut_mark_length: float = 5.0
    cut_mark_gap: float = 1.5
    outline: bool = False  # a hairline around each badge, for cutting with scissors

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def origins(self) -> list[tuple[float, float]]:
        """Lower-left corner of each badge on a page (mm), in reading order, grid centred."""
        width = self.columns * self.badge[0] + (self.columns - 1) * self.gutter[0]
        height = self.rows * self.badge[1] + (self.rows - 1) * self.gutter[1]
        left = (self.page[0] - width) / 2
        top = (self.page[1] + height) / 2
        return [
            (
                left + column * (self.badge[0] + self.gutter[0]),
                top - (row + 1) * self.badge[1] - row * self.gutter[1],
            )
            for row in range(self.rows)
            for column in range(self.columns)
        ]


@dataclass(frozen=True)
class RoleStyle:
    """A role's band colour, the colour of its word, and the word in each language."""

    fill: str
    ink: str
    words: dict[str, str] = field(default_factory=dict)


# Every band colour keeps white text at a contrast of at least 4.5:1, and the role is always
# printed in words as well, so nobody has to tell green from red to know who is a coach.
ROLE_STYLES: dict[str, RoleStyle] = {
    "participant": RoleStyle(
        "#1d5fa6", "#ffffff", {"fr": "Participant", "en": "Participant", "nl": "Deelnemer"}
    ),
    "coach": RoleStyle("#14724a", "#ffffff", {"fr": "Coach", "en": "Coach", "nl": "Coach"}),
    "staff": RoleStyle(
        "#b3261e", "#ffffff", {"fr": "Organisation", "en": "Staff", "nl": "Organisatie"}
    ),
    "partner": RoleStyle(
        "#6b3fa0", "#ffffff", {"fr": "Partenaire", "en": "Partner", "nl": "Partner"}
    ),
    "speaker": RoleStyle("#a64b00", "#ffffff", {"fr": "Speaker", "en": "Speaker", "nl": "Spreker"}),
}
OTHER_ROLE = RoleStyle("#4b5563", "#ffffff")


def role_style(role: str) -> RoleStyle:
    return ROLE_STYLES.get(role, OTHER_ROLE)


def role_word(role: str, language: str) -> str:
    """The word printed in the band; an unknown role is printed as stored."""
    words = role_style(role).words
    return words.get(language) or words.get("fr") or role


GREY = "#555555"

# A4 sheet, 2 × 4 badges of 90 × 60 mm (the common badge-holder insert) with 4 mm gutters so a
# cut a little off the mark never leaves a neighbour's colour on a badge.
A4_8 = Layout(
    name="a4-8",
    description="A4 sheet, 8 badges of 90 × 60 mm with cut marks",
    page=A4,
    badge=(90.0, 60.0),
    columns=2,
    rows=4,
    gutter=(6.0, 6.0),
    cut_marks=True,
    event_name=TextBox(6, 53.5, 78, 3.5, max_size=7.5, min_size=6, colour=GREY),
    first_name=TextBox(6, 41, 78, 11.5, max_size=28, min_size=13, font=BOLD, valign="bottom"),
    last_name=TextBox(6, 33.5, 78, 7, max_size=16, min_size=9),
    organisation=TextBox(
        6, 13, 57, 18.5, max_size=10, min_size=7, max_lines=2, wrap_below=8.5, colour="#333333"
    ),
    qr=SquareBox(66, 14, 18),
    code=TextBox(62, 10.8, 26, 2.8, max_size=6.5, min_size=5, align="center", colour=GREY),
    band=Band(
        y=0,
        h=10,
        bleed=1.5,
        text=TextBox(6, 0, 78, 10, max_size=11, min_size=7, font=BOLD, valign="middle", upper=True),
    ),
)

# One badge per label on a 62 mm continuous roll (Brother DK-22205 and the like), cut at 100 mm.
LABEL_62 = Layout(
    name="label-62mm",
    description="62 mm continuous label roll, one 62 × 100 mm badge per label",
    page=(62.0, 100.0),
    badge=(62.0, 100.0),
    columns=1,
    rows=1,
    event_name=TextBox(4, 91.5, 54, 4.5, max_size=8.5, min_size=6, align="center", colour=GREY),
    first_name=TextBox(
        4,
        72.5,
        54,
        16,
        max_size=32,
        min_size=12,
        font=BOLD,
        max_lines=2,
        wrap_below=20,
        align="center",
        valign="bottom",
    ),
    last_name=TextBox(
        4, 61.5, 54, 10, max_size=17, min_size=9, max_lines=2, wrap_below=12, align="center"
    ),
    organisation=TextBox(
        4,
        48.5,
        54,
        11.5,
        max_size=10.5,
        min_size=7,
        max_lines=2,
        align="center",
        colour="#333333",
    ),
    qr=SquareBox(17, 19.5, 28),
    code=TextBox(10, 15.5, 42, 3.4, max_size=8, min_size=5, align="center", colour=GREY),
    band=Band(
        y=0,
        h=12,
        text=TextBox(
            4,
            0,
            54,
            12,
            max_size=13,
            min_size=8,
            font=BOLD,
            align="center",
            valign="middle",
            upper=True,
        ),
    ),
)

LAYOUTS: dict[str, Layout] = {layout.name: layout for layout in (A4_8, LABEL_62)}


def get_layout(layout: str | Layout) -> Layout:
    """A layout by name; an unknown name is one sentence listing the known ones."""
    if isinstance(layout, Layout):
        return layout
    found = LAYOUTS.get(layout.strip().lower())
    if found is None:
        known = ", ".join(LAYOUTS)
        raise CatchDeskError(f"There is no badge layout '{layout}'; choose one of: {known}.")
    return found
