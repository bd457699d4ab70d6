"""Small helpers to write valid Mermaid text from arbitrary IDs and titles."""

from __future__ import annotations

import re
from collections.abc import Callable

#: Turns an object ID into the URL of its description, relative to the page of the diagram.
Href = Callable[[str], str]

_UNSAFE_ID = re.compile(r"[^A-Za-z0-9_]")
_ENTITIES = {"&": "#amp;", '"': "#quot;", "<": "#lt;", ">": "#gt;", "#": "#35;"}


def node_id(object_id: str) -> str:
    """A Mermaid node ID for an object ID (Mermaid IDs allow letters, digits, underscore)."""
    return "n_" + _UNSAFE_ID.sub("_", object_id)


def text(value: str) -> str:
    """User text made safe inside a quoted Mermaid label."""
    return "".join(_ENTITIES.get(char, char) for char in " ".join(value.split()))


def label(title: str, detail: str = "") -> str:
    """A quoted node label: the title, and a smaller second line when given."""
    body = text(title)
    if detail:
        body += f"<br/><small>{text(detail)}</small>"
    return f'"{body}"'


def click(object_id: str, href: Href) -> str:
    url = href(object_id).replace('"', "%22")
    return f'    click {node_id(object_id)} href "{url}" _self'
