"""Reads a table that people fill in outside the build (a test protocol, a vendor's answers):
XLSX, or CSV in UTF-8 separated by ';' or ','. Every cell comes back as text, and the header
row's column names are recognised in any language.

Shared by the readers of every view family; what a row means is up to each of them.
"""

from __future__ import annotations

import csv
import datetime
import io
import warnings
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

XLSX_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv",)


class Unreadable(Exception):
    """The file is not what its name says; the message says why."""


@dataclass(frozen=True)
class Table:
    """The rows of a file by their number in it (1 for the header), each cell as text."""

    rows: list[tuple[int, list[str]]]
    #: The worksheet read; empty for CSV.
    sheet: str = ""


def cell_text(value: object) -> str:
    """A cell as text: whole numbers without '.0', dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def normal(text: str) -> str:
    """Text compared as people read it: spacing and case do not count."""
    return " ".join(text.split()).casefold()


def is_xlsx(path: Path) -> bool:
    return path.suffix.lower() in XLSX_SUFFIXES


def is_csv(path: Path) -> bool:
    return path.suffix.lower() in CSV_SUFFIXES


def read_table(path: Path, sheets: Collection[str] = ()) -> Table:
    """The rows of the XLSX or CSV file at ``path``; of a workbook, the first sheet named
    in ``sheets``, else its first sheet. Raises :class:`Unreadable`."""
    return _xlsx_table(path, sheets) if is_xlsx(path) else _csv_table(path)


def _xlsx_table(path: Path, sheets: Collection[str]) -> Table:
    import openpyxl

    try:
        with warnings.catch_warnings():
            # openpyxl warns about spreadsheet features it does not read (e.g. extensions
            # written by Excel); they do not matter for the cells read here.
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(path, data_only=True)
    # A damaged file fails deep inside openpyxl or zipfile with many kinds of errors (bad
    # zip, missing part, broken XML); each means the same to the person who filled it in.
    except Exception as error:
        raise Unreadable(f"{type(error).__name__}: {error}") from error
    sheet = next((s for s in workbook.worksheets if s.title in sheets), workbook.worksheets[0])
    rows = [
        (number, [cell_text(cell.value) for cell in cells])
        for number, cells in enumerate(sheet.iter_rows(min_row=1), start=1)
        if cells
    ]
    return Table(rows, sheet.title)


def _csv_table(path: Path) -> Table:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        # Named like the workbook's errors: the messages around it say what to do.
        raise Unreadable(f"not UTF-8: {error.reason} at byte {error.start}") from error
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    try:
        # A record's number is its row in a spreadsheet program, also where a quoted cell
        # spans several lines.
        records = csv.reader(io.StringIO(text), delimiter=delimiter)
        return Table([(n, [c.strip() for c in cells]) for n, cells in enumerate(records, 1)])
    except csv.Error as error:
        raise Unreadable(str(error)) from error


def match_header(
    cells: Sequence[str], languages: Mapping[str, Mapping[str, str]]
) -> tuple[dict[str, int], str]:
    """The position of each known column in a header row, and the language it is written in:
    ``languages`` gives, per language code, the column names by column key. The language
    that names most columns wins; on a tie, the first."""
    best: tuple[dict[str, int], str] = ({}, next(iter(languages)))
    for language, columns in languages.items():
        names = {normal(name): key for key, name in columns.items()}
        found: dict[str, int] = {}
        for index, cell in enumerate(cells):
            key = names.get(normal(cell))
            if key is not None:
                found.setdefault(key, index)
        if len(found) > len(best[0]):
            best = (found, language)
    return best
