"""Small helpers to write valid Mermaid text from arbitrary IDs and titles."""

from __future__ import annotations

import re
from collections.abc import Callable

#: Turns an object ID into the URL of its description, relative to the page of the diagram.
Href = Callable[[str], str]

_UNSAFE_ID = re.compile(r"[^A-Za-z0-9]")
_ENTITIES = {"&": "#amp;", '"': "#quot;", "<": "#lt;", ">": "#gt;", "#": "#35;"}


def _escape(match: re.Match[str]) -> str:
    code = ord(match[0])
    return f"_{code:02x}" if code < 0x100 else f"_u{code:06x}"


def node_id(object_id: str) -> str:
    """A Mermaid node ID for an object ID: letters and digits as they are, every other
    character as '_' and its code in hex (two digits, or 'u' and six), so that distinct IDs
    such as TA-01.2, TA-01_2 and TA-01-2 never become one node."""
    return "n_" + _UNSAFE_ID.sub(_escape, object_id)


def extra_node_id(kind: str, object_id: str) -> str:
    """The ID of a node drawn for ``object_id`` besides its own, such as the end after an
    activity; ``kind`` (letters) tells them apart. Never a :func:`node_id`: those start 'n_'."""
    return f"{kind}_{node_id(object_id)}"


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
