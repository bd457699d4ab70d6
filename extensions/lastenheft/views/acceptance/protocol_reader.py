"""Reads a test protocol filled in by testers: XLSX, or CSV in UTF-8 separated by ';' or ','.

Every row that holds anything becomes a :class:`Row`; whether its test ID and result make
sense is checked later, against the test cases. A file that cannot be read at all becomes a
:class:`Problem`.
"""

from __future__ import annotations

import csv
import datetime
import io
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path

from lastenheft.model.test_runs import PROTOCOL, Problem, Row, Source
from lastenheft.views.acceptance.columns import READ_LANGUAGES, REQUIRED, read_header

XLSX_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv",)


class Unreadable(Exception):
    """The file is not what its name says; the message says why."""


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


def _xlsx_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    import openpyxl

    try:
        with warnings.catch_warnings():
            # openpyxl warns about spreadsheet features it does not read (e.g. extensions
            # written by Excel); they do not matter for the cells read here.
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(path, data_only=True)
    # A damaged file fails deep inside openpyxl or zipfile with many kinds of errors (bad
    # zip, missing part, broken XML); each means the same to the tester.
    except Exception as error:
        raise Unreadable(f"{type(error).__name__}: {error}") from error
    names = {texts.sheet_protocol for texts in READ_LANGUAGES}
    sheet = next((s for s in workbook.worksheets if s.title in names), workbook.worksheets[0])
    for number, cells in enumerate(sheet.iter_rows(min_row=1), start=1):
        if cells:
            yield number, [cell_text(cell.value) for cell in cells]


def _csv_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise Unreadable(
            f"it is not UTF-8 ({error.reason} at byte {error.start}); save it as 'CSV UTF-8'"
        ) from error
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    try:
        for number, cells in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), 1):
            yield number, [cell.strip() for cell in cells]
    except csv.Error as error:
        raise Unreadable(str(error)) from error


def _is_blank(cells: Sequence[str]) -> bool:
    return not any(cells)


def read_protocol(path: Path, written: str, file: str) -> Source:
    """Read the protocol at ``path``, named ``written`` on the page and ``file`` relative to
    the source folder."""
    source = Source(PROTOCOL, written, file)
    fix = "Export the blank protocol from the build, fill it in and name that file."
    if not path.is_file():
        return _with_problem(source, f"The test protocol '{written}' does not exist. {fix}")
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        reader = _xlsx_rows
    elif suffix in CSV_SUFFIXES:
        reader = _csv_rows
    else:
        return _with_problem(
            source,
            f"The test protocol '{written}' is neither XLSX nor CSV. Save it as .xlsx, or as "
            f".csv in UTF-8 separated by ';' or ','.",
        )
    try:
        return _read_rows(source, reader(path))
    except Unreadable as error:
        kind = "XLSX" if reader is _xlsx_rows else "CSV"
        return _with_problem(
            source,
            f"The test protocol '{written}' is not a readable {kind} file ({error}). It may be "
            f"damaged or cut off: save it again from the spreadsheet program. {fix}",
        )


def _read_rows(source: Source, rows: Iterator[tuple[int, list[str]]]) -> Source:
    header = next(rows, None)
    if header is None:
        return _with_problem(source, f"The test protocol '{source.path}' is empty.", row=1)
    number, cells = header
    positions, texts = read_header(cells)
    missing = [texts.columns[key] for key in REQUIRED if key not in positions]
    if missing:
        expected = ", ".join(texts.columns[key] for key in REQUIRED)
        return _with_problem(
            source,
            f"The header row of '{source.path}' lacks the columns {', '.join(missing)}. The "
            f"first row must name the columns {expected} (as in the blank protocol).",
            row=number,
        )

    def cell(cells: Sequence[str], key: str) -> str:
        index = positions.get(key)
        return cells[index] if index is not None and index < len(cells) else ""

    found: list[Row] = []
    for number, cells in rows:
        if _is_blank(cells):
            continue
        found.append(
            Row(
                file=source.file,
                row=number,
                test_id=cell(cells, "test"),
                result=cell(cells, "result"),
                defect_class=cell(cells, "defect_class"),
                description=cell(cells, "description"),
                tester=cell(cells, "tester"),
                date=cell(cells, "date"),
            )
        )
    return Source(
        source.kind,
        source.path,
        source.file,
        rows=tuple(found),
        rows_read=len(found),
        language=texts.language,
    )


def _with_problem(source: Source, message: str, row: int | None = None) -> Source:
    problem = Problem(message, source.file if row else "", row)
    return Source(source.kind, source.path, source.file, problems=(problem,))
