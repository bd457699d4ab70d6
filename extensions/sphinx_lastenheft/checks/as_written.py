"""Checks of the objects as written on their pages, which the parsed objects no longer show:
an option given twice (the parser keeps the last), a value named twice in a list, a list
separated with ';' (sphinx-needs splits links on it too, but areas and the README know ',' only),
a parent named against the page's order, and an acceptance test's table of steps."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from sphinx_lastenheft.config import Settings
from sphinx_lastenheft.sources.pages import PageEntry
from sphinx_lastenheft.sources.scanner import Option, Table, repeated
from sphinx_lastenheft.texts import LANGUAGES
from sphinx_lastenheft.texts.messages import Messages
from sphinx_lastenheft.vocabulary import LINKS, PARENT_LINK, TEST
from sphinx_lastenheft.warnings_ import Finding, Location, WarningSubtype

#: The list-valued fields, besides the links; ``branches`` uses '|' and is checked with the
#: flow.
_LIST_FIELDS = ("area",)
#: How sphinx-needs splits a link's value: on ',' and on ';'.
_LINK_SEPARATORS = re.compile(r"[,;]")


def check_as_written(entries: Iterable[PageEntry], settings: Settings) -> Iterator[Finding]:
    """Every problem of the objects as written, objects in page order."""
    say = settings.texts.messages
    for entry in entries:
        title = settings.type_title(entry.need_type)
        where = entry.location.docname
        for first, again in repeated(entry.options):
            yield Finding(
                WarningSubtype.REPEATED_OPTION,
                say.repeated_option.format(
                    type=title,
                    id=entry.need_id,
                    name=again.name,
                    first=first.line,
                    again=again.line,
                ),
                Location(where, again.line),
            )
        for option in entry.options:
            if option.name in LINKS or option.name in _LIST_FIELDS:
                yield from _check_list(entry, option, title, say)
        yield from _check_position(entry, settings)
        if entry.need_type == TEST and entry.tables is not None:
            yield from _check_steps(entry, entry.tables, settings)


def _check_list(entry: PageEntry, option: Option, title: str, say: Messages) -> Iterator[Finding]:
    where = Location(entry.location.docname, option.line)
    if ";" in option.value:
        yield Finding(
            WarningSubtype.SEPARATOR,
            say.separator.format(type=title, id=entry.need_id, name=option.name),
            where,
        )
    values = Counter(v.strip() for v in _LINK_SEPARATORS.split(option.value) if v.strip())
    for value, count in values.items():
        # A way out named twice in 'next' is a decision problem, reported with the flow.
        if count > 1 and option.name != "next":
            yield Finding(
                WarningSubtype.REPEATED_VALUE,
                say.repeated_value.format(
                    type=title, id=entry.need_id, value=value, count=count, name=option.name
                ),
                where,
            )


def elsewhere(entry: PageEntry) -> tuple[Option, list[str]] | None:
    """The option by which an object names another parent than the one above it on its
    page, and the parents it names; None where it names none or the one above."""
    if entry.need_type not in PARENT_LINK or not entry.above:
        return None
    link, _parent_type = PARENT_LINK[entry.need_type]
    given = [option for option in entry.options if option.name == link]
    if not given:
        return None
    # The parser keeps the last of a repeated option.
    named = [v.strip() for v in _LINK_SEPARATORS.split(given[-1].value) if v.strip()]
    others = [value for value in named if value != entry.above]
    return (given[-1], others) if others else None


def _check_position(entry: PageEntry, settings: Settings) -> Iterator[Finding]:
    found = elsewhere(entry)
    if found is None:
        return
    option, others = found
    link, parent_type = PARENT_LINK[entry.need_type]
    title = settings.type_title(entry.need_type)
    parent = settings.type_title(parent_type)
    yield Finding(
        WarningSubtype.POSITION,
        settings.texts.messages.parent_elsewhere.format(
            type=title,
            id=entry.need_id,
            parent=parent,
            above=entry.above,
            named=", ".join(others),
            link=link,
        ),
        Location(entry.location.docname, option.line),
    )


def _expected_column(table: Table) -> int | None:
    """The column of the expected results, named in any language the extension knows."""
    names = {texts.acceptance.expected_result_column.casefold() for texts in LANGUAGES.values()}
    return next((i for i, cell in enumerate(table.header) if cell.casefold() in names), None)


def _check_steps(
    entry: PageEntry, tables: Iterable[Table], settings: Settings
) -> Iterator[Finding]:
    title = settings.type_title(entry.need_type)
    column_name = settings.texts.acceptance.expected_result_column
    say = settings.texts.messages
    steps = [(table, column) for table in tables if (column := _expected_column(table)) is not None]
    if not steps:
        yield Finding(
            WarningSubtype.TEST_STEPS,
            say.no_test_steps.format(type=title, id=entry.need_id, column=column_name),
            entry.location,
        )
    for table, column in steps:
        for number, row in enumerate(table.rows, start=1):
            if column >= len(row.cells) or not row.cells[column]:
                yield Finding(
                    WarningSubtype.TEST_STEPS,
                    say.no_expected_result.format(
                        number=number, type=title, id=entry.need_id, column=table.header[column]
                    ),
                    Location(entry.location.docname, row.line),
                )
