"""Reads the demo scoring sheets evaluators filled in, and checks them against the
requirements.

A sheet is read as the build exported it (see :mod:`sphinx_lastenheft.views.selection.demo`), in
either language: the evaluator's name next to its label above the table, then a header row
and a row per requirement. A file that cannot be read at all gives one problem; every other
problem names its row, and none stops the build.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sphinx_lastenheft.model.selection import DemoRow, DemoSheet, FileProblem, Vendor
from sphinx_lastenheft.texts import LANGUAGES
from sphinx_lastenheft.texts.messages import Messages
from sphinx_lastenheft.views.table_files import (
    Unreadable,
    is_xlsx,
    match_header,
    normal,
    read_table,
)
from sphinx_lastenheft.warnings_ import FileLocation

if TYPE_CHECKING:
    from sphinx_lastenheft.model.process import ProcessModel

#: The selection texts of every language: filled-in sheets are read in any of them.
READ_LANGUAGES = tuple(texts.selection for texts in LANGUAGES.values())
#: The columns a filled sheet must have: what identifies the row and what is scored.
REQUIRED = ("id", "points")
POINTS_RANGE = (0.0, 10.0)


def _label(text: str) -> str:
    return normal(text).rstrip(":").rstrip()


def _header(cells: Sequence[str]) -> dict[str, int] | None:
    """The position of each known column if this row names the required ones."""
    positions, _language = match_header(
        cells, {code: texts.selection.demo_columns for code, texts in LANGUAGES.items()}
    )
    return positions if all(key in positions for key in REQUIRED) else None


def _evaluator(cells: Sequence[str]) -> str | None:
    """The name right of the evaluator label, '' if it is empty; None: no label here."""
    labels = {_label(texts.demo_evaluator) for texts in READ_LANGUAGES}
    for index, cell in enumerate(cells):
        if _label(cell) in labels:
            return next((c for c in cells[index + 1 :] if c), "")
    return None


def _one_of(words: Sequence[str], say: Messages) -> str:
    return say.alternatives.join(f"'{word}'" for word in dict.fromkeys(words))


def _problem(sheet: DemoSheet, message: str, location: FileLocation) -> DemoSheet:
    return DemoSheet(sheet.path, sheet.file, "", problems=(FileProblem(message, location),))


def _points(text: str) -> float | None:
    """The cell's points, None if it holds no number (a comma is a decimal comma)."""
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def read_demo(path: Path, written: str, relative: str, say: Messages) -> DemoSheet:
    """Read the scoring sheet at ``path``, named ``written`` on the page and ``relative`` to
    the source folder."""
    sheet = DemoSheet(written, relative, "")
    whole_file = FileLocation(str(path))
    if not path.is_file():
        return _problem(sheet, say.demo_missing.format(file=written, fix=say.demo_fix), whole_file)
    if not is_xlsx(path):
        return _problem(sheet, say.demo_format.format(file=written), whole_file)
    names = [texts.sheet_demo for texts in READ_LANGUAGES]
    try:
        table = read_table(path, names)
    except Unreadable as error:
        return _problem(
            sheet,
            say.demo_unreadable.format(file=written, error=error),
            whole_file,
        )
    if table.sheet not in names:
        return _problem(
            sheet,
            say.demo_no_sheet.format(file=written, names=_one_of(names, say), fix=say.demo_fix),
            whole_file,
        )
    return _read_rows(sheet, table.rows, str(path), table.sheet, say)


def _read_rows(
    sheet: DemoSheet, table: list[tuple[int, list[str]]], path: str, title: str, say: Messages
) -> DemoSheet:
    evaluator: str | None = None
    evaluator_row = 1
    rows = iter(table)
    positions: dict[str, int] | None = None
    for number, cells in rows:
        positions = _header(cells)
        if positions is not None:
            break
        if evaluator is None:
            evaluator = _evaluator(cells)
            evaluator_row = number if evaluator is not None else evaluator_row
    if positions is None:
        names = say.together.join(
            _one_of([texts.demo_columns[key] for texts in READ_LANGUAGES], say) for key in REQUIRED
        )
        return _problem(
            sheet,
            say.demo_header.format(file=sheet.path, names=names, fix=say.demo_fix),
            FileLocation(path, 1, title),
        )

    problems: list[FileProblem] = []
    if not evaluator:
        labels = _one_of([texts.demo_evaluator for texts in READ_LANGUAGES], say)
        problems.append(
            FileProblem(
                say.demo_no_evaluator.format(file=sheet.path, labels=labels),
                FileLocation(path, evaluator_row, title),
            )
        )
    found: list[DemoRow] = []
    rows_read = 0
    for number, cells in rows:
        if not any(cells):
            continue
        rows_read += 1
        location = FileLocation(path, number, title)
        requirement, text, comment = (
            cells[i] if i is not None and i < len(cells) else ""
            for i in (positions["id"], positions["points"], positions.get("comment"))
        )
        if not text:
            continue
        if not requirement:
            problems.append(
                FileProblem(
                    say.demo_points_without_id.format(points=text),
                    location,
                )
            )
            continue
        points = _points(text)
        low, high = POINTS_RANGE
        if points is None or not low <= points <= high:
            wrong = say.demo_points_no_number if points is None else say.demo_points_out_of_range
            problems.append(
                FileProblem(
                    wrong.format(points=text, id=requirement, low=f"{low:g}", high=f"{high:g}"),
                    location,
                )
            )
            continue
        found.append(DemoRow(location, requirement, points, comment))
    return DemoSheet(
        sheet.path,
        sheet.file,
        evaluator or "",
        rows=tuple(found),
        problems=tuple(problems),
        rows_read=rows_read,
    )


def _suggestion(requirement: str, model: ProcessModel, say: Messages) -> str:
    """' Did you mean …?' with the closest known requirement ID, or ''."""
    by_case = {known.casefold(): known for known in model.requirements}
    close = by_case.get(requirement.casefold()) or next(
        iter(difflib.get_close_matches(requirement, list(model.requirements), n=1)), ""
    )
    return say.did_you_mean.format(id=close) if close else ""


def _sheet_location(sheet: DemoSheet) -> FileLocation:
    """The sheet's file for a problem of the whole sheet: its rows know the full path."""
    return FileLocation(sheet.rows[0].location.path if sheet.rows else sheet.file)


def check_demo(
    vendor: Vendor, model: ProcessModel, say: Messages
) -> tuple[dict[str, dict[str, float]], list[FileProblem]]:
    """The vendor's demo points per requirement (in the order of the requirements) and per
    evaluator (in the order of the sheets), and the problems of its sheets: theirs as read,
    unknown requirements, a requirement scored twice in one sheet (the first row counts), and
    a second sheet of an evaluator (it does not count)."""
    problems: list[FileProblem] = []
    points: dict[str, dict[str, float]] = {}
    evaluators: dict[str, DemoSheet] = {}
    for sheet in vendor.demos:
        problems.extend(sheet.problems)
        if not sheet.evaluator:
            continue
        first = evaluators.setdefault(normal(sheet.evaluator), sheet)
        if first is not sheet:
            problems.append(
                FileProblem(
                    say.demo_same_evaluator.format(
                        first=first.path,
                        second=sheet.path,
                        vendor=vendor.id,
                        evaluator=sheet.evaluator,
                    ),
                    _sheet_location(sheet),
                )
            )
            continue
        scored: dict[str, DemoRow] = {}
        for row in sheet.rows:
            if row.requirement not in model.requirements:
                problems.append(
                    FileProblem(
                        say.demo_unknown_requirement.format(
                            id=row.requirement, guess=_suggestion(row.requirement, model, say)
                        ),
                        row.location,
                    )
                )
                continue
            earlier = scored.setdefault(row.requirement, row)
            if earlier is not row:
                problems.append(
                    FileProblem(
                        say.demo_scored_twice.format(
                            id=row.requirement, file=sheet.path, row=earlier.location.row
                        ),
                        row.location,
                    )
                )
                continue
            points.setdefault(row.requirement, {})[sheet.evaluator] = row.points
    ordered = {r: points[r] for r in model.requirements if r in points}
    return ordered, problems
