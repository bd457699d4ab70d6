"""Fingerprints of objects, and the ``:reviewed:`` option that records them per link target.

A fingerprint is a short hash of what an object says: its title, its text and its fields,
each with its spacing squeezed, so that re-wrapping a paragraph or changing whitespace never
changes it. The fields of the review itself (status, reviewer, date, the fingerprints it
recorded) are left out: recording a review must not make the links to the object suspect.

``:reviewed: TA-01-02@3fa2c19d, SYS-CRM@81ab0c2e`` holds, per link target, the fingerprint
the target had when the link was reviewed.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sphinx_lastenheft.sources.plain_text import squeezed
from sphinx_lastenheft.vocabulary import REVIEW_FIELDS, split_values

#: Hex digits of a fingerprint: enough to tell versions of one object apart.
LENGTH = 8
#: Between an ID and its fingerprint in ``:reviewed:``.
SEPARATOR = "@"
_ENTRY = re.compile(
    rf"(?P<target>[^\s{SEPARATOR},]+){SEPARATOR}(?P<fingerprint>[0-9a-f]{{{LENGTH}}})"
)


def fingerprint(title: str, content: str, fields: Mapping[str, str]) -> str:
    """The fingerprint of an object with ``title``, text ``content`` and ``fields``; empty
    fields and the fields of the review do not count."""
    parts = [squeezed(title), squeezed(content)]
    parts += [
        f"{name}={squeezed(value)}"
        for name, value in sorted(fields.items())
        if name not in REVIEW_FIELDS and squeezed(value)
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:LENGTH]


@dataclass(frozen=True)
class Reviewed:
    """What ``:reviewed:`` says: the fingerprint of each target as reviewed, in the order
    written, and the entries that are no ``ID@fingerprint``."""

    fingerprints: Mapping[str, str]
    malformed: tuple[str, ...] = ()


def parse_reviewed(value: str) -> Reviewed:
    """Read the value of ``:reviewed:``."""
    fingerprints: dict[str, str] = {}
    malformed: list[str] = []
    for entry in split_values(value):
        match = _ENTRY.fullmatch(entry)
        if match is None:
            malformed.append(entry)
        else:
            fingerprints[match["target"]] = match["fingerprint"]
    return Reviewed(fingerprints, tuple(malformed))


def format_reviewed(fingerprints: Iterable[tuple[str, str]]) -> str:
    """The value of ``:reviewed:`` for these (target, fingerprint) pairs, in their order."""
    return ", ".join(f"{target}{SEPARATOR}{value}" for target, value in fingerprints)
