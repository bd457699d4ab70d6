"""Inserted and deleted words as nodes of their own: ``<ins>`` and ``<del>`` on the website
(the style sheet underlines and strikes them through); in print, in colour and between the
markers '{+ +}' and '[- -]', which a black-and-white copy keeps; in plain text, the markers.
Other writers show the words as plain inline text."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from docutils import nodes
from sphinx.util.texescape import escape

from sphinx_lastenheft.versions.word_diff import Run, RunKind

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.writers.html5 import HTML5Translator
    from sphinx.writers.latex import LaTeXTranslator
    from sphinx.writers.text import TextTranslator


class inserted(nodes.inline):
    """Words a change inserted."""


class deleted(nodes.inline):
    """Words a change deleted."""


_HTML_TAGS = {inserted: "ins", deleted: "del"}
#: The markers around the words in print and plain text.
_MARKERS = {inserted: ("{+", "+}"), deleted: ("[-", "-]")}
#: Dark enough to read in print: green for inserted, red for deleted words.
_COLOURS = {inserted: "1A7F37", deleted: "B42318"}


def _kind(node: nodes.Element) -> type[inserted | deleted]:
    return deleted if isinstance(node, deleted) else inserted


def _visit_html(self: HTML5Translator, node: nodes.Element) -> None:
    self.body.append(self.starttag(node, _HTML_TAGS[_kind(node)], ""))


def _depart_html(self: HTML5Translator, node: nodes.Element) -> None:
    self.body.append(f"</{_HTML_TAGS[_kind(node)]}>")


def _visit_latex(self: LaTeXTranslator, node: nodes.Element) -> None:
    kind = _kind(node)
    self.body.append(rf"{{\color[HTML]{{{_COLOURS[kind]}}}{escape(_MARKERS[kind][0])}")


def _depart_latex(self: LaTeXTranslator, node: nodes.Element) -> None:
    self.body.append(escape(_MARKERS[_kind(node)][1]) + "}")


def _visit_text(self: TextTranslator, node: nodes.Element) -> None:
    self.add_text(_MARKERS[_kind(node)][0])


def _depart_text(self: TextTranslator, node: nodes.Element) -> None:
    self.add_text(_MARKERS[_kind(node)][1])


def diff_nodes(runs: Iterable[Run]) -> list[nodes.Node]:
    """The runs of a word diff as text, inserted and deleted nodes."""
    result: list[nodes.Node] = []
    for run in runs:
        if run.space_before:
            result.append(nodes.Text(" "))
        if run.kind is RunKind.EQUAL:
            result.append(nodes.Text(run.text))
        else:
            kind = inserted if run.kind is RunKind.INSERTED else deleted
            result.append(kind(run.text, run.text, classes=[f"lastenheft-{run.kind.value}"]))
    return result


def setup_diff_nodes(app: Sphinx) -> None:
    for node in (inserted, deleted):
        app.add_node(
            node,
            html=(_visit_html, _depart_html),
            latex=(_visit_latex, _depart_latex),
            text=(_visit_text, _depart_text),
        )
