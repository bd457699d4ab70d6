"""Docutils tables for generated views: they render in HTML and in LaTeX alike."""

from __future__ import annotations

from collections.abc import Sequence

from docutils import nodes

Cell = nodes.Node | str


def _row(cells: Sequence[Cell]) -> nodes.row:
    row = nodes.row()
    for cell in cells:
        content = cell if isinstance(cell, nodes.Node) else nodes.Text(cell)
        row += nodes.entry("", nodes.paragraph("", "", content))
    return row


def _group_row(title: str, columns: int) -> nodes.row:
    entry = nodes.entry(
        "", nodes.paragraph("", "", nodes.strong(title, title)), morecols=columns - 1
    )
    return nodes.row("", entry, classes=["lastenheft-group"])


def build_table(
    rows: Sequence[Sequence[Cell] | str],
    header: Sequence[str] = (),
    widths: Sequence[int] = (),
    classes: Sequence[str] = (),
) -> nodes.table:
    """A table; a row given as a string is a group heading across all columns."""
    columns = len(header) or next(len(r) for r in rows if not isinstance(r, str))
    group = nodes.tgroup(cols=columns)
    group += [nodes.colspec(colwidth=w) for w in (widths or [1] * columns)]
    if header:
        group += nodes.thead("", _row(header))
    group += nodes.tbody(
        "", *(_group_row(r, columns) if isinstance(r, str) else _row(r) for r in rows)
    )
    # 'colwidths-given' makes the LaTeX writer keep the proportions instead of guessing them.
    given = ["colwidths-given"] if widths else []
    return nodes.table("", group, classes=["lastenheft-table", *given, *classes])
