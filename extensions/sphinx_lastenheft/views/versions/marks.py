"""The mark in the head of the box of each object that is new or changed since the baseline
("geändert seit 1.0"), linked to its entry in the chapter of changes if there is one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes

from sphinx_lastenheft.config import settings
from sphinx_lastenheft.versions.compare import ChangeKind
from sphinx_lastenheft.views.inputs import Read, shown
from sphinx_lastenheft.views.rebuilds import register_object_addition
from sphinx_lastenheft.views.versions.comparison import comparison
from sphinx_lastenheft.views.versions.views import anchor, chapter_of

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment


def _uri(app: Sphinx, fromdocname: str, docname: str, target: str) -> str:
    """The link from ``fromdocname`` to ``target`` on ``docname``; on a web page of its own,
    the anchor alone, as object links are made
    (:func:`~sphinx_lastenheft.views.links.object_uri`)."""
    if app.builder.format == "html" and docname == fromdocname:
        return "#" + target
    return app.builder.get_relative_uri(fromdocname, docname) + "#" + target


def add_change_marks(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """A mark in the head of each object's box that is new or changed since the baseline,
    linked to its entry in the chapter of changes if there is one."""
    found = comparison(app.env)
    if found is None:
        return
    texts = settings(app.config).texts.versions
    chapter = chapter_of(app.env)
    for table in doctree.findall(nodes.table):
        ids: list[str] = table.get("ids", [])
        change = found.change_of(ids[0]) if ids else None
        if change is None or change.kind is ChangeKind.REMOVED:
            continue
        head = next(
            (b for b in table.findall(nodes.line_block) if "needs_head" in b["classes"]), None
        )
        line = head.next_node(nodes.line) if head is not None else None
        if line is None:
            continue
        label = texts.mark_added if change.kind is ChangeKind.ADDED else texts.mark_changed
        # One line in print too: the mark is read as one word.
        text = label.format(version=found.version).replace(" ", "\N{NO-BREAK SPACE}")
        mark = nodes.inline(
            "", "", classes=["lastenheft-change-mark", f"lastenheft-change-{change.kind.value}"]
        )
        if chapter:
            uri = _uri(app, docname, chapter, anchor(change.id))
            mark += nodes.reference("", text, refuri=uri, internal=True)
        else:
            mark += nodes.Text(text)
        line += [nodes.Text(" "), mark]


def _mark_reads(env: BuildEnvironment, written: list[str]) -> list[Read]:
    # The boxes of the objects written on a page show whether each is new or changed.
    found = comparison(env)
    if found is None:
        return []
    marks = [
        (change.id, change.kind)
        for change in (found.change_of(object_id) for object_id in sorted(written))
        if change is not None and change.kind is not ChangeKind.REMOVED
    ]
    return [shown(found.version, marks, chapter_of(env))] if marks else []


def setup_marks(app: Sphinx) -> None:
    register_object_addition(_mark_reads)
    # After sphinx-needs laid out the objects (doctree-resolved, 500).
    app.connect("doctree-resolved", add_change_marks, priority=550)
