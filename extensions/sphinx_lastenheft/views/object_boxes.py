"""The box of each object, built directly instead of by sphinx-needs' layout machinery.

sphinx-needs draws a need from its layout, a list of text lines such as
``<<meta("priority", prefix="Priorität: ")>>``: for every need it parses each line with
docutils' inline parser and compiles each function call in it. That is a fifth of a large
build, spent on the same few lines again and again. The layout of our objects is known (see
:func:`sphinx_lastenheft.sources.needs_setup.box_fields`), so their boxes are built here from the
object's data, node for node the tree sphinx-needs builds: the same HTML and LaTeX, the same
classes, the same links (sphinx-needs still resolves them). A test compares the output of
both on whole projects.

Objects with a layout or style of their own, and projects that change our layout, are left
to sphinx-needs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.util.nodes import make_refnode
from sphinx_needs.config import NeedsSphinxConfig
from sphinx_needs.data import SphinxNeedsData
from sphinx_needs.functions.functions import check_and_get_content, find_and_replace_node_content
from sphinx_needs.nodes import Need
from sphinx_needs.roles.need_incoming import NeedIncoming
from sphinx_needs.roles.need_outgoing import NeedOutgoing

from sphinx_lastenheft.sources.needs_setup import LAYOUT_NAME, box_fields, box_layout
from sphinx_lastenheft.texts import texts_for
from sphinx_lastenheft.vocabulary import TYPES

#: What reStructuredText would read as markup in a label.
_MARKUP = re.compile(r"[*`|_\\\[\]<>]")

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx_needs.need_item import NeedItem


class BoxBuilder:
    """Builds the boxes of one page; what every box shares is worked out once."""

    def __init__(self, app: Sphinx, fromdocname: str) -> None:
        self.app = app
        self.fromdocname = fromdocname
        config = NeedsSphinxConfig(app.config)
        labels = texts_for(app.config.language).objects
        self.fields = box_fields(labels)
        self.links = [
            (link.name, link.display.outgoing, link.display.incoming)
            for link in SphinxNeedsData(app.env).get_schema().iter_link_fields()
        ]
        self.table_classes = list(config.table_classes)
        self.default_style = config.default_style
        labels_used = [label for _name, label in self.fields]
        labels_used += [label for _name, *both in self.links for label in both]
        #: Whether the project draws our objects with our layout, and its labels are plain
        #: text (the layout reads them as reStructuredText).
        self.active = (
            config.default_layout == LAYOUT_NAME
            and config.layouts.get(LAYOUT_NAME) == box_layout(labels)
            and not any(_MARKUP.search(label) for label in labels_used)
        )

    def takes(self, need: NeedItem) -> bool:
        return (
            self.active
            and need["type"] in TYPES
            and need["layout"] in ("", None, LAYOUT_NAME)
            and not (need["style"] or self.default_style)
        )

    def box(self, node: Need, need: NeedItem) -> nodes.container:
        table = nodes.table(
            classes=[
                "need",
                "needs_grid_simple",
                f"needs_layout_{LAYOUT_NAME}",
                *self.table_classes,
                "needs_style_none",
                "needs_type_" + "".join(need["type"].split()),
            ],
            ids=[need["id"]],
        )
        group = nodes.tgroup(cols=0)
        group += nodes.colspec(colwidth=100)
        body = nodes.tbody()
        body += _row("head", nodes.line_block("", self._head(need), classes=["needs_head"]))
        body += _row("meta", nodes.line_block("", *self._meta(need), classes=["needs_meta"]))
        content = nodes.entry(classes=["need", "content"], morecols=0)
        content.insert(0, node.children)
        body += nodes.row("", content, classes=["need", "content"])
        group += body
        table += group
        container = nodes.container("", table, classes=["need_container"])
        # Made unique and stable with the others (site/deterministic.py).
        container["ids"] = ["SNCB-" + need["id"]]
        return container

    def _head(self, need: NeedItem) -> nodes.line:
        """'<type>: **<title>** <ID>', as the layout's head line."""
        line = nodes.line()
        line += nodes.inline("", "", *_value("type_name", need), nodes.Text(": "))
        line += nodes.strong("", "", nodes.inline("", "", *_value("title", need)))
        identifier = nodes.inline(classes=["needs-id"])
        if need["docname"]:
            identifier += make_refnode(
                self.app.builder,
                self.fromdocname,
                need["docname"],
                need["id"],
                nodes.Text(need["id"]),
                need["id"],
            )
        line += nodes.inline("", "", nodes.Text(" "), identifier)
        return line

    def _meta(self, need: NeedItem) -> Iterable[nodes.line]:
        for name, label in self.fields:
            value = _value(name, need, label)
            # A field the object leaves empty leaves no line (nor would the layout's after
            # drop_empty_layout_lines).
            if value:
                yield nodes.line("", "", nodes.inline("", "", *value))
        links: list[nodes.line] = []
        role: nodes.Element
        for name, outgoing, incoming in self.links:
            if need[name]:
                role = NeedOutgoing(reftarget=need["id"], link_type=name)
                links.append(_link_line(outgoing, name, role, need["id"]))
            if need[f"{name}_back"]:
                role = NeedIncoming(reftarget=need["id"], link_type=f"{name}_back")
                links.append(_link_line(incoming, name, role, need["id"]))
        if links:
            yield nodes.line("", "", nodes.inline("", "", *links))


def _value(name: str, need: NeedItem, label: str = "") -> list[nodes.Node]:
    """The layout's ``meta(name, prefix=label)``: nothing for an empty value."""
    value: Any = need.get(name)
    if value is None or value == "":
        return []
    holder = nodes.inline(classes=[f"needs_{name}"])
    if label:
        holder += nodes.inline("", "", nodes.Text(label), classes=["needs_label"])
    holder += nodes.inline("", "", nodes.Text(str(value)), classes=["needs_data"])
    return [holder]


def _link_line(label: str, name: str, role: nodes.Element, need_id: str) -> nodes.line:
    role += nodes.inline(need_id, need_id)
    return nodes.line("", "", nodes.Text(f"{label}: "), nodes.inline("", "", role, classes=[name]))


def _row(section: str, block: nodes.line_block) -> nodes.row:
    return nodes.row(
        "", nodes.entry("", block, classes=["need", section]), classes=["need", section]
    )


def build_boxes(app: Sphinx, doctree: nodes.document, fromdocname: str) -> None:
    """Replace the need nodes of our objects with their boxes, before sphinx-needs would."""
    found = list(doctree.findall(Need))
    if not found:
        return
    needs = SphinxNeedsData(app.env).get_needs_view()
    builder = BoxBuilder(app, fromdocname)
    for node in found:
        need = needs[node.attributes["ids"][0]]
        if not builder.takes(need):
            continue
        docname = node.get("docname")
        if (docname and docname != need["docname"]) or need["hide"]:
            # A need of another page (a duplicate under -j) or a hidden one: sphinx-needs
            # removes it, as it would.
            continue
        find_and_replace_node_content(node, app.env, need)
        node["classes"] = [check_and_get_content(c, need, app.env, node) for c in node["classes"]]
        node.parent.replace(node, builder.box(node, need))


def setup_object_boxes(app: Sphinx) -> None:
    # Before sphinx-needs formats the needs (doctree-resolved, default priority 500) and
    # after its needextract (priority 100).
    app.connect("doctree-resolved", build_boxes, priority=490)
