"""The printed page: A4 and its margins, which the LaTeX set-up gives LaTeX and the layout of
diagrams and tables fits into."""

from __future__ import annotations

#: The page (A4) and its margins left and right, top and bottom, in millimetres: what diagrams
#: and tables must fit into.
PAPER_MM = (210, 297)
MARGINS_MM = (22, 28)
_POINTS_PER_MM = 72 / 25.4


def text_area() -> tuple[float, float]:
    """Width and height of the text on a page, in points."""
    (paper_width, paper_height), (margin_x, margin_y) = PAPER_MM, MARGINS_MM
    return (
        (paper_width - 2 * margin_x) * _POINTS_PER_MM,
        (paper_height - 2 * margin_y) * _POINTS_PER_MM,
    )
