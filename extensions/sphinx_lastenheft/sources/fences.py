"""Directive fences that MyST does not read as fences: a backtick in the title.

CommonMark forbids backticks in the info string of a backtick fence, so
```` ```{req} Use `foo` here ```` opens nothing: MyST reads the line as paragraph text, the
intended closing fence opens a code block, and the object and those after it up to the next
bare fence vanish without a word. A longer backtick fence has the same rule; a tilde fence
has not. So each page is scanned as Sphinx reads it, the way CommonMark pairs fences, for
such lines outside code blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sphinx.util import get_filetype

from sphinx_lastenheft.config import settings
from sphinx_lastenheft.warnings_ import Location, WarningSubtype, warn

if TYPE_CHECKING:
    from collections.abc import Iterator

    from sphinx.application import Sphinx

#: A fence line: up to three spaces, three or more backticks or tildes, the info string.
_FENCE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>.*?)\s*$")
_DIRECTIVE = re.compile(r"^\{(?P<name>[^}\s]+)\}")
#: Directives whose content is shown or passed on as written, not parsed as Markdown.
_LITERAL_DIRECTIVES = frozenset(
    {"code", "code-block", "sourcecode", "code-cell", "eval-rst", "raw", "mermaid", "math"}
)


@dataclass(frozen=True)
class _Open:
    """A fence that is open: its character and length, and whether its content is literal."""

    char: str
    length: int
    literal: bool


def broken_fences(text: str) -> Iterator[tuple[int, str, str]]:
    """The lines that look like a backtick directive fence but whose info string holds a
    backtick: line number, the fence and the info string."""
    # The fences open at this line, outermost first: a directive's content is Markdown, in
    # which fences nest; a code block's content is text.
    open_fences: list[_Open] = []
    for number, line in enumerate(text.splitlines(), start=1):
        match = _FENCE.match(line)
        if not match:
            continue
        fence, info = match["fence"], match["info"]
        # A bare fence closes the outermost open fence it matches, and all inside it.
        closed = next(
            (
                index
                for index, open_fence in enumerate(open_fences)
                if not info and fence[0] == open_fence.char and len(fence) >= open_fence.length
            ),
            None,
        )
        if closed is not None:
            del open_fences[closed:]
            continue
        if any(open_fence.literal for open_fence in open_fences):
            continue
        directive = _DIRECTIVE.match(info)
        if fence[0] == "`" and "`" in info:
            # Not a fence to MyST: the line is paragraph text.
            if directive:
                yield number, fence, info
            continue
        literal = directive is None or directive["name"] in _LITERAL_DIRECTIVES
        open_fences.append(_Open(fence[0], len(fence), literal))


def check_fences(app: Sphinx, docname: str, source: list[str]) -> None:
    """Report the directive fences of a Markdown page that MyST will not read as fences."""
    if get_filetype(app.config.source_suffix, app.env.doc2path(docname)) != "markdown":
        return
    for number, fence, info in broken_fences(source[0]):
        tildes = "~" * len(fence)
        warn(
            WarningSubtype.FENCE,
            settings(app.config).texts.messages.fence.format(
                line=f"{fence}{info}", tildes=tildes, info=info
            ),
            Location(docname, number),
        )


def setup_fences(app: Sphinx) -> None:
    app.connect("source-read", check_fences)
