"""Sets one option of an object's directive in its source text and leaves every other
character as it was: the other lines, their line endings, the file's encoding.

The object is found by its ``:id:`` with the scanner that reads the option lines as written
(:mod:`sphinx_lastenheft.sources.scanner`), so an example inside a code block is never touched. An
option written already is rewritten in place, keeping how it is written up to its value; a
new option goes below the last option line, written like it.
"""

from __future__ import annotations

import re

from sphinx_lastenheft.sources.scanner import Directive, scan

#: Every line with its line ending, split as MyST counts lines (a line feed or a carriage
#: return, alone or together).
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
_ENDING = re.compile(r"(\r\n|\r|\n)$")
#: The start of an option line up to its value: ``:name:`` or, in a YAML block, ``name:``.
_FIELD_KEY = re.compile(r"^(?P<indent>\s*):(?P<name>[\w-]+):[ \t]*")
_YAML_KEY = re.compile(r"^(?P<indent>\s*)(?P<name>[\w-]+)\s*:[ \t]*")


class SourceEditError(ValueError):
    """The object cannot be found once, with an option block, in the text."""


def _directive(text: str, filetype: str, object_id: str) -> Directive:
    found = [d for d in scan(text, filetype) if d.options.get("id", "").strip() == object_id]
    if len(found) != 1:
        where = "no directive" if not found else f"{len(found)} directives"
        raise SourceEditError(f"{where} with ':id: {object_id}'")
    if not found[0].written:
        raise SourceEditError(f"the directive of '{object_id}' has no option lines")
    return found[0]


def set_option(text: str, filetype: str, object_id: str, name: str, value: str) -> str:
    """``text`` with the option ``name`` of the object ``object_id`` set to ``value``: the
    line that sets it rewritten, or a new line below the last option line."""
    directive = _directive(text, filetype, object_id)
    lines = _LINE.findall(text)
    given = [option for option in directive.written if option.name == name]
    # The parsers keep the last of a repeated option: that one counts.
    index = (given[-1] if given else directive.written[-1]).line - 1
    line = lines[index]
    ending = _ENDING.search(line)
    end = ending.group(1) if ending else ""
    key = _FIELD_KEY.match(line) or _YAML_KEY.match(line)
    assert key is not None  # the scanner read an option on this line
    if given:
        lines[index] = f"{line[: key.end()]}{value}{end}"
        return "".join(lines)
    written = f":{name}:" if line[key.end("indent") :].startswith(":") else f"{name}:"
    new_line = f"{key['indent']}{written} {value}"
    if end:
        lines.insert(index + 1, new_line + end)
    else:
        # The option ends the file: the new line follows it with the file's line ending,
        # and the file still ends without one.
        first = _ENDING.search(lines[0]) if len(lines) > 1 else None
        lines[index] = line + (first.group(1) if first else "\n")
        lines.insert(index + 1, new_line)
    return "".join(lines)
