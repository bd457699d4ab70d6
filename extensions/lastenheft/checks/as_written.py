"""Checks of the objects as written on their pages, which the parsed objects no longer show:
an option given twice (the parser keeps the last), a value named twice in a list, a list
separated with ';' (sphinx-needs splits links on it too, but areas and the README know ',' only),
a parent named against the page's order, and an acceptance test's table of steps."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from lastenheft.config import Settings
from lastenheft.sources.pages import PageEntry
from lastenheft.sources.scanner import Option, Table, repeated
from lastenheft.texts import LANGUAGES
from lastenheft.vocabulary import LINKS, PARENT_LINK, TEST
from lastenheft.warnings_ import Finding, Location, WarningSubtype

#: The list-valued fields, besides the links; ``branches`` uses '|' and is checked with the
#: flow.
_LIST_FIELDS = ("area",)
#: How sphinx-needs splits a link's value: on ',' and on ';'.
_LINK_SEPARATORS = re.compile(r"[,;]")


def check_as_written(entries: Iterable[PageEntry], settings: Settings) -> Iterator[Finding]:
    """Every problem of the objects as written, objects in page order."""
    for entry in entries:
        title = settings.type_title(entry.need_type)
        where = entry.location.docname
        for first, again in repeated(entry.options):
            yield Finding(
                WarningSubtype.REPEATED_OPTION,
                f"The {title} '{entry.need_id}' gives ':{again.name}:' twice, in lines "
                f"{first.line} and {again.line}; only the last one counts. Keep one line "
                f"':{again.name}: …' with every value it needs.",
                Location(where, again.line),
            )
        for option in entry.options:
            if option.name in LINKS or option.name in _LIST_FIELDS:
                yield from _check_list(entry, option, title)
        yield from _check_position(entry, settings)
        if entry.need_type == TEST and entry.tables is not None:
            yield from _check_steps(entry, entry.tables, settings)


def _check_list(entry: PageEntry, option: Option, title: str) -> Iterator[Finding]:
    where = Location(entry.location.docname, option.line)
    items = "IDs" if option.name in LINKS else "values"
    if ";" in option.value:
        yield Finding(
            WarningSubtype.SEPARATOR,
            f"The {title} '{entry.need_id}' separates the {items} in ':{option.name}:' with "
            f"';'. Separate the {items} with ','.",
            where,
        )
    values = Counter(v.strip() for v in _LINK_SEPARATORS.split(option.value) if v.strip())
    for value, count in values.items():
        # A way out named twice in 'next' is a decision problem, reported with the flow.
        if count > 1 and option.name != "next":
            times = "twice" if count == 2 else f"{count} times"
            yield Finding(
                WarningSubtype.REPEATED_VALUE,
                f"The {title} '{entry.need_id}' names '{value}' {times} in ':{option.name}:'. "
                f"Name it once.",
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
        f"The {title} '{entry.need_id}' stands below the {parent} '{entry.above}' but names "
        f"'{', '.join(others)}' in ':{link}:'. Move it below its {parent} or remove "
        f"':{link}:'.",
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
    steps = [(table, column) for table in tables if (column := _expected_column(table)) is not None]
    if not steps:
        yield Finding(
            WarningSubtype.TEST_STEPS,
            f"The {title} '{entry.need_id}' has no steps: its text holds no table with a "
            f"column '{column_name}'. Add a table of its steps, one row per step, with what "
            f"the tester does and, in the column '{column_name}', what the tester must see.",
            entry.location,
        )
    for table, column in steps:
        for number, row in enumerate(table.rows, start=1):
            if column >= len(row.cells) or not row.cells[column]:
                yield Finding(
                    WarningSubtype.TEST_STEPS,
                    f"Step {number} of the {title} '{entry.need_id}' has no expected result. "
                    f"Write in the column '{table.header[column]}' what the tester must see, "
                    f"so the step can pass or fail.",
                    Location(entry.location.docname, row.line),
                )
