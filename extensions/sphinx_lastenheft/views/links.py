"""Links from generated views to the objects they name, for every builder."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from docutils import nodes

if TYPE_CHECKING:
    from sphinx.application import Sphinx

    from sphinx_lastenheft.model.process import ProcessModel


def object_uri(app: Sphinx, model: ProcessModel, fromdocname: str, object_id: str) -> str:
    """The URI of an object's description, relative to the page that links to it."""
    docname = model.location_of(object_id).docname
    if app.builder.format == "html" and docname == fromdocname:
        return "#" + object_id
    return app.builder.get_relative_uri(fromdocname, docname) + "#" + object_id


def object_reference(
    app: Sphinx, model: ProcessModel, fromdocname: str, object_id: str, text: str = ""
) -> nodes.reference:
    """A link to the object, showing ``text`` or its ID."""
    uri = object_uri(app, model, fromdocname, object_id)
    return nodes.reference("", text or object_id, refuri=uri, internal=True)


def joined(items: Iterable[nodes.Node], separator: str = ", ") -> nodes.inline:
    """The nodes in one line, separated as in a list of IDs."""
    result = nodes.inline()
    for index, item in enumerate(items):
        if index:
            result += nodes.Text(separator)
        result += item
    return result


def linked_ids(link: Callable[[str], nodes.Node], object_ids: Iterable[str]) -> nodes.inline:
    """The objects' IDs, each a link, separated by commas."""
    return joined(link(object_id) for object_id in object_ids)


#: Shown where a list has nothing.
NONE = "\N{EN DASH}"


def annotated_ids(
    link: Callable[[str], nodes.Node], object_ids: Iterable[str], note: Callable[[str], str]
) -> nodes.Node:
    """Each object's ID as a link followed by its note (e.g. a test's result), separated by
    commas; a dash when there are none."""
    items = [
        nodes.inline("", "", link(object_id), nodes.Text(f" {note(object_id)}"))
        for object_id in object_ids
    ]
    return joined(items) if items else nodes.Text(NONE)
