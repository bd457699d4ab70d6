"""Print layout of objects and tables: an object ID never breaks across lines, a reference
to an object on another page names that page ('TA-01-03 (S. 14)'), tables may continue on
the next page and take column widths that fit their content."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from docutils import nodes

from sphinx_lastenheft.printing.table_widths import fit_columns
from sphinx_lastenheft.vocabulary import TYPES

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: The class of an ID in the doctree; the LaTeX preamble boxes it (\DUrolelhid).
ID_CLASS = "lhid"
#: The LaTeX command that names the page of a reference's target.
PAGE_REFERENCE = r"\lastenheftpageref"


def preamble(page_abbreviation: str) -> str:
    # The page is named only where it differs from the page the reference stands on.
    return "\n".join(
        [
            r"\newcommand{\DUrolelhid}[1]{\mbox{#1}}",
            r"\usepackage{refcount}",
            rf"\newcommand{{{PAGE_REFERENCE}}}[1]{{%",
            r"  \edef\lastenheft@target{\getpagerefnumber{#1}}\edef\lastenheft@here{\thepage}%",
            r"  \ifx\lastenheft@target\lastenheft@here\else"
            rf"\ ({page_abbreviation}~\pageref*{{#1}})\fi}}",
        ]
    )


def id_pattern(prefixes: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})[A-Z0-9][A-Z0-9_.-]*[A-Z0-9](?![\w-])")


def _box_ids(doctree: nodes.document, pattern: re.Pattern[str]) -> None:
    for text in list(doctree.findall(nodes.Text)):
        parent = text.parent
        if parent is None or isinstance(parent, nodes.FixedTextElement | nodes.raw):
            continue
        value = str(text)
        pieces: list[nodes.Node] = []
        position = 0
        for match in pattern.finditer(value):
            if match.start() > position:
                pieces.append(nodes.Text(value[position : match.start()]))
            pieces.append(nodes.inline(match.group(), match.group(), classes=[ID_CLASS]))
            position = match.end()
        if pieces:
            if position < len(value):
                pieces.append(nodes.Text(value[position:]))
            parent.replace(text, pieces)


def _add_page_references(doctree: nodes.document, pattern: re.Pattern[str]) -> None:
    for reference in list(doctree.findall(nodes.reference)):
        # The LaTeX builder's internal links: '%<docname>#<target>'.
        uri = reference.get("refuri", "")
        document, _, target = uri.partition("#")
        if not (document.startswith("%") and pattern.fullmatch(target)):
            continue
        label = f"{document[1:]}:{target}"
        page = nodes.raw("", rf"{PAGE_REFERENCE}{{\detokenize{{{label}}}}}", format="latex")
        reference.parent.insert(reference.parent.index(reference) + 1, page)


def _lift_tables_out_of_boxes(doctree: nodes.document) -> None:
    # An object's box is one unbreakable LaTeX table: the steps of a long acceptance test
    # inside it would run off the page. Each table in a box follows the box instead.
    for box in list(doctree.findall(nodes.table)):
        if "need" not in box["classes"]:
            continue
        inner = [t for t in box.findall(nodes.table) if t is not box]
        position = box.parent.index(box)
        for offset, table in enumerate(inner, start=1):
            table.parent.remove(table)
            box.parent.insert(position + offset, table)


def _let_tables_break(doctree: nodes.document) -> None:
    # A table taller than a page must continue on the next one, not run off the page. An
    # object's box (a sphinx-needs table of three rows) stays in one piece.
    for table in doctree.findall(nodes.table):
        if not {"longtable", "need"} & set(table["classes"]):
            table["classes"].append("longtable")


def prepare_references(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    if app.builder.format != "latex":
        return
    _lift_tables_out_of_boxes(doctree)
    _let_tables_break(doctree)
    prefixes = [t["prefix"] for t in app.config.needs_types if t["directive"] in TYPES]
    pattern = id_pattern(prefixes)
    _add_page_references(doctree, pattern)
    _box_ids(doctree, pattern)
    fit_columns(doctree, PAGE_REFERENCE)


def setup_object_references(app: Sphinx) -> None:
    # Late: after sphinx-needs wrote the IDs into its layouts and links (priority 500).
    app.connect("doctree-resolved", prepare_references, priority=900)
