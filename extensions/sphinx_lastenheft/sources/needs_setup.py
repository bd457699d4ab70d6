"""Registers the Lastenheft vocabulary with sphinx-needs, leaving what conf.py sets in charge."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docutils import nodes

from sphinx_lastenheft.config import set_by_user
from sphinx_lastenheft.texts import texts_for
from sphinx_lastenheft.texts.catalog import ObjectTexts
from sphinx_lastenheft.vocabulary import CORE_FIELDS, FIELDS, LINKS, TYPES, UNSHOWN_FIELDS

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

LAYOUT_NAME = "lastenheft"
ID_REGEX = r"^[A-Z][A-Z0-9]*-[A-Z0-9][A-Z0-9_.-]*$"


def _need_types(config: Config, labels: ObjectTexts) -> list[dict[str, Any]]:
    ours: list[dict[str, Any]] = [
        {
            "directive": name,
            "title": labels.type_titles[name],
            "prefix": spec.prefix,
            "color": spec.color,
            "style": "node",
        }
        for name, spec in TYPES.items()
    ]
    if not set_by_user(config, "needs_types"):
        return ours
    configured = config.needs_types
    if isinstance(configured, dict):
        configured = [{"directive": name, **entry} for name, entry in configured.items()]
    by_name = {entry["directive"]: entry for entry in configured}
    merged = [{**entry, **by_name.pop(entry["directive"], {})} for entry in ours]
    return merged + list(by_name.values())


def box_fields(labels: ObjectTexts) -> list[tuple[str, str]]:
    """The fields an object's box shows, in order, each with its label."""
    return [
        (name, f"{labels.field_titles[name]}: ")
        for name in (*FIELDS, *CORE_FIELDS)
        if name not in UNSHOWN_FIELDS
    ]


def box_layout(labels: ObjectTexts) -> dict[str, Any]:
    """Our sphinx-needs layout: the type, title and ID, then the fields and the links.
    :mod:`sphinx_lastenheft.views.object_boxes` builds the same boxes without it."""
    field_lines = [f'<<meta("{name}", prefix="{label}")>>' for name, label in box_fields(labels)]
    # Every object is shown whole, without a collapse button: a Lastenheft is read and
    # printed as a contract, nothing may hide behind a click.
    return {
        "grid": "simple",
        "layout": {
            "head": ['<<meta("type_name")>>: **<<meta("title")>>** <<meta_id()>>'],
            "meta": [*field_lines, "<<meta_links_all()>>"],
        },
    }


def register_with_sphinx_needs(app: Sphinx, config: Config) -> None:
    """Fill the sphinx-needs configuration; runs before sphinx-needs reads it."""
    labels = texts_for(config.language).objects
    config.needs_types = _need_types(config, labels)

    fields = dict(config.needs_fields)
    for name, description in FIELDS.items():
        fields.setdefault(name, {"description": description, "nullable": True})
    config.needs_fields = fields

    links = dict(config.needs_links)
    for name in LINKS:
        label = labels.links[name]
        ours = {
            "outgoing": label.outgoing,
            "incoming": label.incoming,
            # Unknown IDs are reported by the Lastenheft validation, with a fix.
            "allow_dead_links": True,
        }
        links[name] = {**ours, **links.get(name, {})}
    config.needs_links = links

    layouts = dict(config.needs_layouts)
    layouts.setdefault(LAYOUT_NAME, box_layout(labels))
    config.needs_layouts = layouts
    defaults = {
        "needs_default_layout": LAYOUT_NAME,
        "needs_id_required": True,
        "needs_id_regex": ID_REGEX,
        # A reference names the whole title: sphinx-needs cuts it at 30 characters, mid-word
        # ('Auftrags-, Liefer- und Vert...').
        "needs_role_need_max_title_length": -1,
    }
    for name, value in defaults.items():
        if not set_by_user(config, name):
            config[name] = value


def drop_empty_layout_lines(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Remove the lines the layout leaves for fields an object does not have.

    The layout names every field of every type; an empty line for each missing one would
    leave a tall blank block in the PDF.
    """
    for block in list(doctree.findall(nodes.line_block)):
        if "needs_meta" not in block["classes"]:
            continue
        for line in list(block.findall(nodes.line)):
            if not line.astext().strip() and line.parent is not None:
                line.parent.remove(line)
        # An object without any field or link keeps no line: LaTeX rejects an empty block.
        if not block.children and block.parent is not None:
            block.parent.remove(block)
