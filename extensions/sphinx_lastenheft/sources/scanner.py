"""Finds directives in source text as written, before or beside what the parsers make of it.

Two readers need the text itself. The handbook pages must exist as files when Sphinx looks for
documents, which is before any page is parsed; so the sources are scanned for the directives of
roles, systems and handbook lists. And the parsers keep only the last of an option given twice
and split lists on separators we do not document; the checks of objects as written read each
option line, with its line number, and the tables of a directive's content (an acceptance
test's steps) from the directive's own text.

The scanner reads MyST fences (backticks, tildes or colons) with ``:name: value`` options or a
YAML option block, and reStructuredText directives with ``:name: value`` options. Code blocks,
whose directives are examples, are skipped.
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
#: The row under a Markdown table's header: cells of dashes, each with optional colons.
_DELIMITER_ROW = re.compile(r"^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$")
_MARKDOWN_LINE_END = re.compile(r"\r\n?|\n")
#: A cell border: a pipe that no backslash escapes.
_CELL_BORDER = re.compile(r"(?<!\\)\|")


@dataclass(frozen=True)
class Option:
    """An option line as written: the option's name, its value and the line it stands on."""

    name: str
    value: str
    line: int


@dataclass(frozen=True)
class Directive:
    """A directive as written: its name, argument and options (the last of a repeated one)."""

    name: str
    argument: str
    options: Mapping[str, str] = field(default_factory=dict)
    # Where a directive and its options stand is not what it says: two directives that read
    # the same are equal wherever they are written.
    #: The line of the directive's first line, counted from 1 in the scanned text.
    line: int = field(default=0, compare=False)
    #: Every option line in order, a repeated option each time it is written.
    written: tuple[Option, ...] = field(default=(), compare=False)


def repeated(options: Sequence[Option]) -> list[tuple[Option, Option]]:
    """Each option written again, with the line that wrote it first."""
    first: dict[str, Option] = {}
    pairs = []
    for option in options:
        if option.name in first:
            pairs.append((first[option.name], option))
        first.setdefault(option.name, option)
    return pairs


def markdown_lines(text: str) -> list[str]:
    """The lines of Markdown text as MyST counts them: only a line feed or carriage return
    ends a line (``str.splitlines`` also breaks at U+2028 and other separators, as
    reStructuredText does)."""
    return _MARKDOWN_LINE_END.split(text)


def _unquote(value: str) -> str:
    return value.strip().strip("\"'").strip()


def _myst_options(lines: Sequence[str], first_line: int) -> list[Option]:
    """The options at the start of a MyST directive's body, ``lines[0]`` on ``first_line``:
    ``:name: value`` lines or a YAML block between ``---`` lines."""
    options: list[Option] = []
    if lines and lines[0].strip() == "---":
        for index, line in enumerate(lines[1:], start=first_line + 1):
            if line.strip() == "---":
                break
            match = _YAML_OPTION.match(line)
            if match:
                options.append(Option(match["name"], _unquote(match["value"]), index))
        return options
    for index, line in enumerate(lines, start=first_line):
        match = _FIELD_OPTION.match(line)
        if not match:
            break
        options.append(Option(match["name"], match["value"], index))
    return options


def _directive(name: str, argument: str, line: int, options: list[Option]) -> Directive:
    return Directive(
        name, argument, {o.name: o.value for o in options}, line=line, written=tuple(options)
    )


def scan_myst(text: str) -> Iterator[Directive]:
    """The directives of a MyST page, in page order, except those inside code blocks."""
    lines = markdown_lines(text)
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
        options = _myst_options(lines[index + 1 :], index + 2)
        yield _directive(name, directive["argument"], index + 1, options)


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
        options: list[Option] = []
        for number, option_line in enumerate(lines[index + 1 :], start=index + 2):
            option = _FIELD_OPTION.match(option_line)
            if not (option and _indent(option_line) > _indent(line)):
                break
            options.append(Option(option["name"], option["value"], number))
        yield _directive(name, match["argument"], index + 1, options)


def scan(text: str, filetype: str) -> list[Directive]:
    """The directives of a source file of Sphinx's ``filetype`` (its ``source_suffix`` value);
    none for file types other than Markdown and reStructuredText."""
    if filetype == "markdown":
        return list(scan_myst(text))
    if filetype == "restructuredtext":
        return list(scan_rst(text))
    return []


@dataclass(frozen=True)
class TableRow:
    """A row of a Markdown table: its line and the text of each cell, stripped."""

    line: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """A Markdown (pipe) table: its header cells and its body rows."""

    header: tuple[str, ...]
    rows: tuple[TableRow, ...]


def _cells(line: str) -> tuple[str, ...]:
    inner = line.strip()
    inner = inner.removeprefix("|")
    if inner.endswith("|") and not inner.endswith("\\|"):
        inner = inner[:-1]
    return tuple(cell.strip() for cell in _CELL_BORDER.split(inner))


def markdown_tables(text: str, first_line: int = 1) -> list[Table]:
    """The pipe tables of Markdown text whose first line is ``first_line``, code blocks
    included: a table is a row of cells over a delimiter row, its body the rows below it up
    to a blank line or a line without a pipe."""
    lines = markdown_lines(text)
    tables = []
    index = 0
    while index + 1 < len(lines):
        header, delimiter = lines[index], lines[index + 1].strip()
        if "|" not in header or "-" not in delimiter or not _DELIMITER_ROW.match(delimiter):
            index += 1
            continue
        body = index + 2
        while body < len(lines) and lines[body].strip() and "|" in lines[body]:
            body += 1
        rows = tuple(
            TableRow(first_line + number, _cells(lines[number]))
            for number in range(index + 2, body)
        )
        tables.append(Table(_cells(header), rows))
        index = body
    return tables


@dataclass(frozen=True)
class Block:
    """A directive's own text (its ``block_text``) as written: every option line, and the
    Markdown tables of a MyST directive (None for another parser's)."""

    options: tuple[Option, ...] = ()
    tables: tuple[Table, ...] | None = None


def read_block(block_text: str, line: int) -> Block:
    """The options and tables of a directive's text whose first line is ``line`` of its page."""
    shift = line - 1
    myst = next(scan_myst(block_text), None)
    if myst is not None and myst.line == 1:
        options = tuple(Option(o.name, o.value, o.line + shift) for o in myst.written)
        return Block(options, tuple(markdown_tables(block_text, line)))
    rst = next(scan_rst(block_text), None)
    if rst is not None and rst.line == 1:
        return Block(tuple(Option(o.name, o.value, o.line + shift) for o in rst.written))
    return Block()
