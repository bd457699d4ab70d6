"""Where something was written: the page and line of an object, a directive or a view."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Location:
    """Where an object was written: document name and line."""

    docname: str
    lineno: int | None
