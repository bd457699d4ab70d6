"""Tables for generated views: written straight to HTML, a docutils table for other builders.

A generated table can be large (the scene x requirement matrix of a group-wide Lastenheft has
hundreds of thousands of cells). As docutils nodes, a node per cell and its paragraph, it took
more memory than the rest of the build; most cells hold a mark or nothing. So a view's table
is a :class:`table_data` node holding its rows as they are; the website writes it in one go,
and only the cells that hold a link are nodes at all. Other builders (LaTeX, text) get the
same table as docutils nodes, made when the views are resolved.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING, Any

from docutils import nodes

if TYPE_CHECKING:
    from sphinx.application import Sphinx

Cell = nodes.Node | str


class table_data(nodes.General, nodes.Element):
    """A generated table as data: ``rows`` (a row given as a string is a group heading
    across all columns), ``header``, ``widths`` and ``table_classes``."""


def build_table(
    rows: Sequence[Sequence[Cell] | str],
    header: Sequence[str] = (),
    widths: Sequence[int] = (),
    classes: Sequence[str] = (),
) -> table_data:
    """A table; a row given as a string is a group heading across all columns."""
    node = table_data()
    node["rows"] = [row if isinstance(row, str) else list(row) for row in rows]
    node["header"] = list(header)
    node["widths"] = list(widths)
    # 'colwidths-given' makes the LaTeX writer keep the proportions instead of guessing them.
    given = ["colwidths-given"] if widths else []
    node["table_classes"] = ["lastenheft-table", *given, *classes]
    return node


def _columns(node: table_data) -> int:
    rows = node["rows"]
    return len(node["header"]) or next(len(r) for r in rows if not isinstance(r, str))


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


def docutils_table(node: table_data) -> nodes.table:
    """The table as docutils nodes, for the builders that write no HTML."""
    columns = _columns(node)
    group = nodes.tgroup(cols=columns)
    group += [nodes.colspec(colwidth=w) for w in (node["widths"] or [1] * columns)]
    if node["header"]:
        group += nodes.thead("", _row(node["header"]))
    rows = node["rows"]
    group += nodes.tbody(
        "", *(_group_row(r, columns) if isinstance(r, str) else _row(r) for r in rows)
    )
    return nodes.table("", group, classes=node["table_classes"])


def visit_table_html(translator: Any, node: table_data) -> None:
    """Write the table as the HTML writer writes a docutils table, in a frame that scrolls
    when the table is wider than the page."""
    body: list[str] = translator.body
    columns = _columns(node)
    classes = " ".join([*node["table_classes"], "docutils", "align-default"])
    # Furo's own frame for a wide table: it scrolls sideways (furo styles .table-wrapper).
    body.append('<div class="table-wrapper docutils container lastenheft-table-frame">\n')
    body.append(f'<table class="{classes}">\n')
    widths = node["widths"]
    if widths:
        total = sum(widths)
        body.append("<colgroup>\n")
        body.extend(f'<col style="width: {100 * w / total:.0f}%" />\n' for w in widths)
        body.append("</colgroup>\n")
    if node["header"]:
        cells = "".join(f'<th class="head"><p>{escape(h)}</p></th>' for h in node["header"])
        body.append(f'<thead>\n<tr class="row-odd">{cells}</tr>\n</thead>\n')
    body.append("<tbody>\n")
    for index, row in enumerate(node["rows"]):
        parity = "row-even" if index % 2 == 0 else "row-odd"
        if isinstance(row, str):
            body.append(
                f'<tr class="lastenheft-group {parity}"><td colspan="{columns}">'
                f"<p><strong>{escape(row)}</strong></p></td></tr>\n"
            )
            continue
        body.append(f'<tr class="{parity}">')
        for cell in row:
            body.append("<td><p>")
            if isinstance(cell, str):
                body.append(escape(cell))
            else:
                # In a paragraph, as in the docutils table: the writer asks a link's parent.
                paragraph = nodes.paragraph("", "", cell)
                for child in paragraph.children:
                    child.walkabout(translator)
            body.append("</p></td>")
        body.append("</tr>\n")
    body.append("</tbody>\n</table>\n</div>\n")
    raise nodes.SkipNode


def expand_tables(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Give the builders that write no HTML their tables as docutils nodes."""
    if app.builder.format == "html":
        return
    for node in list(doctree.findall(table_data)):
        node.replace_self(docutils_table(node))


def setup_tables(app: Sphinx) -> None:
    app.add_node(table_data, html=(visit_table_html, None))
    # Once the views made their tables (doctree-resolved, priority 450).
    app.connect("doctree-resolved", expand_tables, priority=460)
