"""Finds directives in the source files as text, before Sphinx reads them.

The handbook pages must exist as files when Sphinx looks for documents, which is before any
page is parsed; so the sources are scanned for the directives of roles, systems and handbook
lists: MyST fences (backticks, tildes or colons) with ``:name: value`` options or a YAML option
block, and reStructuredText directives with ``:name: value`` options. Code blocks, whose
directives are examples, are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

#: Directives whose content is shown as written, not parsed: a directive inside is an example.
_LITERAL_DIRECTIVES = frozenset(
    {"code", "code-block", "sourcecode", "code-cell", "literalinclude", "mermaid", "eval-rst"}
)
_FENCE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,}|:{3,})\s*(?P<info>.*?)\s*$")
_MYST_DIRECTIVE = re.compile(r"^\{(?P<name>[\w:.-]+)\}\s*(?P<argument>.*)$")
_FIELD_OPTION = re.compile(r"^\s*:(?P<name>[\w-]+):\s*(?P<value>.*?)\s*$")
_YAML_OPTION = re.compile(r"^\s*(?P<name>[\w-]+)\s*:\s*(?P<value>.*?)\s*$")
_RST_DIRECTIVE = re.compile(
    r"^(?P<indent>[ \t]*)\.\.[ \t]+(?P<name>[\w:.-]+)::[ \t]*(?P<argument>.*?)\s*$"
)


@dataclass(frozen=True)
class Directive:
    """A directive as written: its name, argument and options."""

    name: str
    argument: str
    options: Mapping[str, str] = field(default_factory=dict)


def _unquote(value: str) -> str:
    return value.strip().strip("\"'").strip()


def _myst_options(lines: Sequence[str]) -> dict[str, str]:
    """The options at the start of a MyST directive's body: ``:name: value`` lines or a YAML
    block between ``---`` lines."""
    options: dict[str, str] = {}
    if lines and lines[0].strip() == "---":
        for line in lines[1:]:
            if line.strip() == "---":
                break
            match = _YAML_OPTION.match(line)
            if match:
                options[match["name"]] = _unquote(match["value"])
        return options
    for line in lines:
        match = _FIELD_OPTION.match(line)
        if not match:
            break
        options[match["name"]] = match["value"]
    return options


def scan_myst(text: str) -> Iterator[Directive]:
    """The directives of a MyST page, in page order, except those inside code blocks."""
    lines = text.splitlines()
    # The fences open at this line: character, length, and whether the content is literal.
    open_fences: list[tuple[str, int, bool]] = []
    for index, line in enumerate(lines):
        match = _FENCE.match(line)
        if not match:
            continue
        fence, info = match["fence"], match["info"]
        if open_fences:
            char, length, literal = open_fences[-1]
            if fence[0] == char and len(fence) >= length and not info:
                open_fences.pop()
                continue
            if literal:
                continue
        directive = _MYST_DIRECTIVE.match(info)
        if directive is None:
            if fence[0] != ":":  # a colon fence without a directive is no fence at all
                open_fences.append((fence[0], len(fence), True))
            continue
        name = directive["name"]
        open_fences.append((fence[0], len(fence), name in _LITERAL_DIRECTIVES))
        yield Directive(name, directive["argument"], _myst_options(lines[index + 1 :]))


def _indent(line: str) -> int:
    return len(line.expandtabs()) - len(line.expandtabs().lstrip())


def scan_rst(text: str) -> Iterator[Directive]:
    """The directives of a reStructuredText page, in page order, except those inside literal
    blocks (after ``::``) and code directives."""
    lines = text.splitlines()
    literal_above: int | None = None  # indent of the line that opened a literal block
    for index, line in enumerate(lines):
        if literal_above is not None:
            if not line.strip() or _indent(line) > literal_above:
                continue
            literal_above = None
        match = _RST_DIRECTIVE.match(line)
        if not match:
            if line.rstrip().endswith("::") and not line.lstrip().startswith(".."):
                literal_above = _indent(line)
            continue
        name = match["name"]
        if name in _LITERAL_DIRECTIVES:
            literal_above = _indent(line)
            continue
        options: dict[str, str] = {}
        for option_line in lines[index + 1 :]:
            option = _FIELD_OPTION.match(option_line)
            if not (option and _indent(option_line) > _indent(line)):
                break
            options[option["name"]] = option["value"]
        yield Directive(name, match["argument"], options)


def scan(text: str, filetype: str) -> list[Directive]:
    """The directives of a source file of Sphinx's ``filetype`` (its ``source_suffix`` value);
    none for file types other than Markdown and reStructuredText."""
    if filetype == "markdown":
        return list(scan_myst(text))
    if filetype == "restructuredtext":
        return list(scan_rst(text))
    return []
