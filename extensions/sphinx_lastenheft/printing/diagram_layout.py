"""Where a diagram goes in print, so that its smallest label stays readable (7 pt): on the
page with the text, on a turned page of its own, or, too large even for that, in parts on
turned pages.

The sizes are those of the Lastenheft's page (latex_setup); a project that sets another
paper or other margins gets diagrams laid out for these.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from sphinx_lastenheft.printing.diagram_renderer import Facts
from sphinx_lastenheft.printing.page import text_area

#: The smallest label size a reader can still read in print, in points.
SMALLEST_LABEL = 7.0
#: Height kept free beside a diagram for its caption, or a part's label, and the space around.
_RESERVE = 36.0

#: A part of a diagram: left, bottom, right, top in the diagram's points.
Viewport = tuple[float, float, float, float]


@dataclass(frozen=True)
class Layout:
    scale: float
    turned: bool = False
    #: The parts row by row, each on a page of its own; empty: the whole diagram.
    parts: tuple[Viewport, ...] = ()
    columns: int = 1

    def smallest_label(self, facts: Facts) -> float:
        return facts.smallest_font * self.scale


def layout(facts: Facts, *, may_turn: bool = True, may_split: bool = True) -> Layout:
    """The first layout up to the natural size that keeps the labels readable: upright,
    turned, in parts. Where turning or splitting is not allowed, the last allowed one, as
    large as it goes."""
    width, height = text_area()
    readable = SMALLEST_LABEL / facts.smallest_font if facts.smallest_font else 0.0
    upright = min(1.0, width / facts.width, (height - _RESERVE) / facts.height)
    if upright >= readable or not may_turn:
        return Layout(upright)
    turned = min(1.0, height / facts.width, (width - _RESERVE) / facts.height)
    if turned >= readable or not may_split:
        return Layout(turned, turned=True)
    # In parts at the smallest readable scale, on upright or turned pages, whichever takes
    # fewer.
    upright_grid = _grid(facts, readable, width, height - _RESERVE)
    turned_grid = _grid(facts, readable, height, width - _RESERVE)
    turn = turned_grid[0] * turned_grid[1] < upright_grid[0] * upright_grid[1]
    columns, rows = turned_grid if turn else upright_grid
    part_width, part_height = facts.width / columns, facts.height / rows
    parts = tuple(
        (
            column * part_width,
            facts.height - (row + 1) * part_height,
            (column + 1) * part_width,
            facts.height - row * part_height,
        )
        for row in range(rows)
        for column in range(columns)
    )
    return Layout(readable, turned=turn, parts=parts, columns=columns)


def _grid(facts: Facts, scale: float, width: float, height: float) -> tuple[int, int]:
    """Columns and rows of parts of the diagram at ``scale`` on pages of that size."""
    return math.ceil(facts.width * scale / width), math.ceil(facts.height * scale / height)
