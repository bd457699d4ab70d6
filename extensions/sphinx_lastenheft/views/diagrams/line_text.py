"""Text for Mermaid diagrams that read a label unquoted, up to the end of its line.

Journeys and sequence diagrams take task names, actor names and messages as bare text that
ends at a delimiter (``:`` before a journey score, ``,`` between journey actors, ``;``
between sequence statements), so these characters become entity codes, like those that
:func:`~sphinx_lastenheft.views.diagrams.mermaid_text.text` already replaces. Neither
diagram breaks a long label into lines by itself, so labels are wrapped and shortened here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence

from sphinx_lastenheft.views.diagrams.mermaid_text import text

#: Characters that end or split an unquoted label in a journey or sequence diagram.
_DELIMITERS = ":;,@"
#: An entity code written by ``text()`` (every ``#`` of the input became one), or one character.
_ENTITY_OR_CHARACTER = re.compile(r"#\w+;|.", re.DOTALL)

ELLIPSIS = "…"
_TRAILING_PUNCTUATION = " ,;:.-/(\N{EN DASH}\N{EM DASH}"


def line_text(value: str) -> str:
    """User text made safe as an unquoted label of a journey or sequence diagram."""
    return "".join(
        f"#{ord(token)};" if token in _DELIMITERS else token
        for token in _ENTITY_OR_CHARACTER.findall(text(value))
    )


def lines_text(lines: Sequence[str]) -> str:
    """Lines of user text as one label: each made safe, joined by Mermaid's line break."""
    return "<br>".join(line_text(line) for line in lines)


def init_directive(settings: Mapping[str, object]) -> str:
    """The first line of a diagram, setting Mermaid's configuration for it alone.

    An init directive with JSON, as YAML front matter in a Mermaid block breaks the build.
    """
    return f"%%{{init: {json.dumps(settings, ensure_ascii=False)}}}%%"


def wrap(value: str, limit: int, lines: int) -> list[str]:
    """``value`` in at most ``lines`` lines of at most ``limit`` characters, broken between
    words; what does not fit is cut off by :func:`shorten` on the last line."""
    words = value.split()
    wrapped: list[str] = []
    while words and len(wrapped) < lines - 1:
        line = words.pop(0)
        while words and len(line) + 1 + len(words[0]) <= limit:
            line += " " + words.pop(0)
        if len(line) > limit:
            # One word longer than a line: cut it, as it cannot be broken between words.
            words.insert(0, line)
            break
        wrapped.append(line)
    if words:
        wrapped.append(shorten(" ".join(words), limit))
    return wrapped


def shorten(value: str, limit: int) -> str:
    """``value`` in at most ``limit`` characters: cut after a whole word, marked with '…'.

    A single word longer than the limit is cut inside the word.
    """
    value = " ".join(value.split())
    if len(value) <= limit:
        return value
    room = value[: limit - len(ELLIPSIS) + 1]
    cut = room.rfind(" ")
    kept = room[:cut] if cut > 0 else room[:-1]
    return kept.rstrip(_TRAILING_PUNCTUATION) + ELLIPSIS
