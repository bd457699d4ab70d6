"""Column widths of printed tables from their content: each column at least as wide as its
longest word or ID, the rest of the line shared by how much more text each column holds.

The widths the views give suit a browser, which widens a column to fit; on paper a column
narrower than an ID lets it run into the next one, and a short header breaks mid-word. An
object's box (a sphinx-needs table) and what it holds keep their own layout.
"""

from __future__ import annotations

from docutils import nodes

from sphinx_lastenheft.printing.page import text_area

#: Advance widths of TeX Gyre Heros (the body font) at 10 pt, in points: an estimate by kind
#: of character, enough to tell a column's needs (the proportions are what LaTeX gets).
_NARROW = set(" .,:;!|'()[]/-fijlrtI")
_WIDE = set("mwMW@%")


def _advance(character: str) -> float:
    if character in _NARROW:
        return 3.0
    if character in _WIDE:
        return 8.5
    if character.isupper():
        return 7.0
    return 5.6


def _width(text: str) -> float:
    return sum(_advance(c) for c in text)


#: Space a LaTeX table takes around each column (\tabcolsep on both sides).
_PADDING = 12.0
#: Bold header cells are wider than the body text; safety for the estimate.
_HEADER = 1.08
_SAFETY = 1.06
#: The narrowest column: room for a mark or a number of three digits.
_NARROWEST = 18.0
#: A word longer than this may be hyphenated: it needs a column this wide, not its own
#: width. Where the table is too narrow for that, shorter and shorter words may break, the
#: last resort first. IDs, dates and numbers (anything with a digit) never break.
_BREAKABLE = (60.0, 48.0, 36.0, 24.0)


def _unbroken(word: str, breakable: float) -> float:
    """How wide a column must be for the word: IDs, dates and numbers whole, others broken
    after their hyphens; a piece with a slash is not hyphenated by LaTeX."""
    if any(c.isdigit() for c in word):
        return _width(word)
    pieces = word.replace("-", "- ").split()
    return max(_width(p) if "/" in p else min(_width(p), breakable) for p in pieces)


#: What a reference's page prints as, at the most: '(S. 123)'.
_PAGE = "(S.\u00a0123)"


def _cell_text(entry: nodes.Element, page_reference: str) -> str:
    words = []
    for node in entry.findall(nodes.Text):
        if not isinstance(node.parent, nodes.raw):
            words.append(str(node))
        elif page_reference in node:
            words.append(_PAGE)
    return " ".join(words)


def column_widths(
    rows: list[list[tuple[str, bool]]], columns: int, available: float
) -> list[float]:
    """Widths in points for ``columns`` columns of cells (text, is a header), together
    ``available`` wide."""
    natural = [0.0] * columns
    for row in rows:
        for column, (text, header) in enumerate(row[:columns]):
            width = _width(" ".join(text.split())) * _factor(header)
            natural[column] = max(natural[column], width)
    for breakable in _BREAKABLE:
        shortest = _shortest(rows, columns, breakable)
        if sum(shortest) < available:
            break
    else:
        # Even the shortest pieces do not fit side by side: they break, in proportion.
        return [available * s / sum(shortest) for s in shortest]
    more = [max(n - s, 0.0) for n, s in zip(natural, shortest, strict=True)]
    spare = available - sum(shortest)
    if sum(more) <= spare:
        # Everything fits on one line: the table spans the line, widened in proportion.
        total = sum(max(n, s) for n, s in zip(natural, shortest, strict=True))
        return [available * max(n, s) / total for n, s in zip(natural, shortest, strict=True)]
    return [s + spare * m / sum(more) for s, m in zip(shortest, more, strict=True)]


def _factor(header: bool) -> float:
    return _SAFETY * (_HEADER if header else 1.0)


def _shortest(rows: list[list[tuple[str, bool]]], columns: int, breakable: float) -> list[float]:
    """Each column's width for its longest word that may not break."""
    shortest = [_NARROWEST] * columns
    for row in rows:
        for column, (text, header) in enumerate(row[:columns]):
            words = [_unbroken(word, breakable) for word in text.split()]
            shortest[column] = max(shortest[column], max(words, default=0.0) * _factor(header))
    return shortest


def _rows(tgroup: nodes.Element, page_reference: str) -> list[list[tuple[str, bool]]]:
    rows = []
    for part in tgroup.children:
        if not isinstance(part, nodes.thead | nodes.tbody):
            continue
        header = isinstance(part, nodes.thead)
        for row in part.findall(nodes.row):
            cells: list[tuple[str, bool]] = []
            for entry in row.children:
                if not isinstance(entry, nodes.entry):
                    continue
                # A cell spanning columns is left to them: its text counts for none.
                spans = entry.get("morecols", 0)
                cells.append(("" if spans else _cell_text(entry, page_reference), header))
                cells.extend(("", header) for _ in range(spans))
            rows.append(cells)
    return rows


def _inside_table(node: nodes.Element) -> bool:
    parent = node.parent
    while parent is not None:
        if isinstance(parent, nodes.table):
            return True
        parent = parent.parent
    return False


def fit_columns(doctree: nodes.document, page_reference: str) -> None:
    """Widths for every table but the object boxes; ``page_reference`` is the LaTeX command
    that prints a reference's page."""
    line = text_area()[0]
    for table in doctree.findall(nodes.table):
        # A table in an object's box is measured by LaTeX's tabulary, in two passes that
        # given widths break.
        if "need" in table["classes"] or _inside_table(table):
            continue
        tgroup = next(iter(table.findall(nodes.tgroup)), None)
        if tgroup is None:
            continue
        colspecs = [c for c in tgroup.children if isinstance(c, nodes.colspec)]
        rows = _rows(tgroup, page_reference)
        widths = column_widths(rows, len(colspecs), line - _PADDING * len(colspecs))
        # Sphinx gives LaTeX whole numbers, each column's share of the line with its padding:
        # tenths of a point keep the proportions.
        for colspec, width in zip(colspecs, widths, strict=True):
            colspec["colwidth"] = round((width + _PADDING) * 10)
        if "colwidths-given" not in table["classes"]:
            table["classes"].append("colwidths-given")
