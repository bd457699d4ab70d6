"""Object IDs in the PDF never break across lines: 'TA-01-03' stays whole in a narrow column."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from docutils import nodes

from lastenheft.vocabulary import TYPES

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: The class of an ID in the doctree; the LaTeX preamble boxes it (\DUrolelhid).
ID_CLASS = "lhid"
PREAMBLE = r"\newcommand{\DUrolelhid}[1]{\mbox{#1}}"


def id_pattern(prefixes: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})[A-Z0-9][A-Z0-9_.-]*[A-Z0-9](?![\w-])")


def box_ids(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    if app.builder.format != "latex":
        return
    prefixes = [t["prefix"] for t in app.config.needs_types if t["directive"] in TYPES]
    pattern = id_pattern(prefixes)
    for text in list(doctree.findall(nodes.Text)):
        parent = text.parent
        if parent is None or isinstance(parent, nodes.FixedTextElement | nodes.raw):
            continue
        value = str(text)
        pieces: list[nodes.Node] = []
        position = 0
        for match in pattern.finditer(value):
            pieces.append(nodes.Text(value[position : match.start()]))
            pieces.append(nodes.inline(match.group(), match.group(), classes=[ID_CLASS]))
            position = match.end()
        if pieces:
            pieces.append(nodes.Text(value[position:]))
            parent.replace(text, [p for p in pieces if p.astext() or not isinstance(p, nodes.Text)])


def setup_unbreakable_ids(app: Sphinx) -> None:
    # Late: after sphinx-needs wrote the IDs into its layouts and links.
    app.connect("doctree-resolved", box_ids, priority=900)
