"""Option blocks that MyST drops: a value that starts with a quote or a ``|``.

MyST reads a directive's options with a small YAML parser, in which a value starting with a
quote is a quoted text that must end with the value, and one starting with ``|`` or ``>``
announces a text on the lines below. ``:rationale: "Is it ..." she asked`` is neither, and
MyST then drops every option of the directive (with a warning about the options format
that names no option): the object loses its ID. This module finds the option that did it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from myst_parser.parsers.options import TokenizeError, options_to_tokens

from sphinx_lastenheft.sources.scanner import markdown_lines
from sphinx_lastenheft.texts.messages import Messages
from sphinx_lastenheft.warnings_ import Finding, Location, WarningSubtype

#: The opening line of a MyST directive fence.
_MYST_FENCE = re.compile(r"^\s*(`{3,}|~{3,}|:{3,})\s*\{")
_FIELD_OPTION = re.compile(r"^\s*:(?P<name>[^:\s]+):[ \t]*(?P<value>.*?)\s*$")
_YAML_OPTION = re.compile(r"^(?P<name>[^:\s]+):[ \t]*(?P<value>.*?)\s*$")


@dataclass(frozen=True)
class _Option:
    """An option line as written: its line in the file, name and value, and the name as
    written (``:name:`` or, in a YAML block, ``name:``)."""

    lineno: int
    name: str
    value: str
    key: str


def _options(block_text: str, lineno: int) -> list[_Option]:
    """The options at the start of a MyST directive: ``:name: value`` lines, or the
    unindented ``name: value`` lines of a block between ``---`` lines."""
    lines = markdown_lines(block_text)
    if not lines or not _MYST_FENCE.match(lines[0]):
        return []  # reStructuredText, whose options are never dropped this way
    content = lines[1:]
    options = []
    if content and content[0].startswith("---"):
        for index, line in enumerate(content[1:], start=lineno + 2):
            if line.startswith("---"):
                break
            match = _YAML_OPTION.match(line)
            if match:
                options.append(_Option(index, match["name"], match["value"], f"{match['name']}:"))
        return options
    for index, line in enumerate(content, start=lineno + 1):
        match = _FIELD_OPTION.match(line)
        if not match:
            break
        options.append(_Option(index, match["name"], match["value"], f":{match['name']}:"))
    return options


def _unreadable(option: _Option) -> bool:
    """Whether MyST's option parser fails on this option alone."""
    try:
        options_to_tokens(f"{option.name}: {option.value}")
    except TokenizeError:
        return True
    return False


def _why(value: str, say: Messages) -> str:
    if value.startswith(('"', "'")):
        return say.option_quote
    if value.startswith(("|", ">")):
        return say.option_block_scalar.format(char=value[0])
    return say.option_unreadable


def dropped_options(
    block_text: str, docname: str, lineno: int, what: str, say: Messages
) -> Finding | None:
    """Why MyST read none of the options of the directive ``block_text`` at line ``lineno``
    of ``docname`` (the object ``what``, e.g. "Anforderung 'Titel'"); None when it read
    them."""
    option = next(filter(_unreadable, _options(block_text, lineno)), None)
    if option is None:
        return None
    quoted = "'" + option.value.replace("'", "''") + "'"
    return Finding(
        WarningSubtype.OPTION_BLOCK,
        say.option_block.format(
            what=what,
            line=lineno,
            key=option.key,
            why=_why(option.value, say),
            quoted=quoted,
        ),
        Location(docname, option.lineno),
    )
