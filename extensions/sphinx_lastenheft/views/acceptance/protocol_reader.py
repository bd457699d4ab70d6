"""Reads a test protocol filled in by testers: XLSX, or CSV in UTF-8 separated by ';' or ','.

Every row that holds anything becomes a :class:`Row`; whether its test ID and result make
sense is checked later, against the test cases. A file that cannot be read at all becomes a
:class:`Problem`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from sphinx_lastenheft.model.test_runs import PROTOCOL, Problem, Row, Source
from sphinx_lastenheft.texts.messages import Messages
from sphinx_lastenheft.views.acceptance.columns import READ_LANGUAGES, REQUIRED, read_header
from sphinx_lastenheft.views.table_files import Unreadable, is_csv, is_xlsx, read_table


def _is_blank(cells: Sequence[str]) -> bool:
    return not any(cells)


def read_protocol(path: Path, written: str, file: str, say: Messages) -> Source:
    """Read the protocol at ``path``, named ``written`` on the page and ``file`` relative to
    the source folder."""
    source = Source(PROTOCOL, written, file)
    if not path.is_file():
        return _with_problem(
            source, say.protocol_missing.format(file=written, fix=say.protocol_fix)
        )
    if not (is_xlsx(path) or is_csv(path)):
        return _with_problem(source, say.protocol_format.format(file=written))
    try:
        table = read_table(path, {texts.sheet_protocol for texts in READ_LANGUAGES})
    except Unreadable as error:
        kind = "XLSX" if is_xlsx(path) else "CSV"
        return _with_problem(
            source,
            say.protocol_unreadable.format(
                file=written, kind=kind, error=error, fix=say.protocol_fix
            ),
        )
    return _read_rows(source, iter(table.rows), say)


def _read_rows(source: Source, rows: Iterator[tuple[int, list[str]]], say: Messages) -> Source:
    header = next(rows, None)
    if header is None:
        return _with_problem(source, say.protocol_empty.format(file=source.path), row=1)
    number, cells = header
    positions, texts = read_header(cells)
    missing = [texts.columns[key] for key in REQUIRED if key not in positions]
    if missing:
        expected = ", ".join(texts.columns[key] for key in REQUIRED)
        return _with_problem(
            source,
            say.protocol_header.format(
                file=source.path, missing=", ".join(missing), expected=expected
            ),
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
