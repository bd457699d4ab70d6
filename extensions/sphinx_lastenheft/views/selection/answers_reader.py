"""Reads a vendor's filled questionnaire: XLSX, or CSV in UTF-8 separated by ';' or ',', with
the column names in any language the extension knows.

Each data row becomes an :class:`AnswerRow` whose cells have the right format (a fulfilment
type, an effort where it needs one, a date), or a :class:`FileProblem` that says what to fix;
whether its requirement exists is checked later, against the Lastenheft. A file that cannot
be read at all becomes one problem. Vendor text is kept as plain text, never as markup.
"""

from __future__ import annotations

import dataclasses
import datetime
import math
import re
from collections.abc import Sequence
from pathlib import Path

from sphinx_lastenheft.model.selection import CSV, XLSX, AnswerFile, AnswerRow, FileProblem
from sphinx_lastenheft.texts import LANGUAGES
from sphinx_lastenheft.texts.catalog import SelectionTexts
from sphinx_lastenheft.texts.messages import Messages
from sphinx_lastenheft.views.selection.questionnaire import ASKED_SHEET, CLIENT, REQUIRED
from sphinx_lastenheft.views.table_files import (
    Table,
    Unreadable,
    is_csv,
    is_xlsx,
    match_header,
    normal,
    read_table,
)
from sphinx_lastenheft.vocabulary import GAPS, Fulfilment
from sphinx_lastenheft.warnings_ import FileLocation

#: The selection texts of every language: answer files are read in any of them.
_LANGUAGES = {code: texts.selection for code, texts in LANGUAGES.items()}
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_GERMAN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
#: A number where a date belongs: the date as a spreadsheet stores it (days since 1900).
_SERIAL = re.compile(r"\d+(\.\d+)?")


def parse_fulfilment(text: str) -> Fulfilment | None:
    """The fulfilment type a cell names by its code or its name, in any language; None if
    it names none."""
    wanted = normal(text)
    for fulfilment in Fulfilment:
        if normal(fulfilment.value) == wanted:
            return fulfilment
    for texts in _LANGUAGES.values():
        for code, name in texts.fulfilment_names.items():
            if normal(name) == wanted:
                return Fulfilment(code)
    return None


def _effort(text: str) -> float | None:
    """Person-days as written: '2.5', or '2,5' as German spreadsheets write it."""
    try:
        value = float(text.replace(",", ".") if text.count(",") == 1 else text)
    except ValueError:
        return None
    return value if math.isfinite(value) and value >= 0 else None


def _date(text: str) -> datetime.date | None:
    """A date written YYYY-MM-DD (as a date cell reads) or DD.MM.YYYY."""
    if match := _ISO_DATE.fullmatch(text):
        year, month, day = match.groups()
    elif match := _GERMAN_DATE.fullmatch(text):
        day, month, year = match.groups()
    else:
        return None
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None


class _RowReader:
    """Turns the rows of one file into answers or problems; the messages name the file's
    columns as it writes them."""

    def __init__(
        self, path: Path, sheet: str, positions: dict[str, int], language: str, say: Messages
    ) -> None:
        self.path = path
        self.say = say
        self.sheet = sheet
        self.positions = positions
        self.texts: SelectionTexts = _LANGUAGES[language]
        self.codes = ", ".join(f"{c} ({name})" for c, name in self.texts.fulfilment_names.items())

    def column(self, key: str) -> str:
        return self.say.where_column.format(column=self.texts.columns[key])

    def cell(self, cells: Sequence[str], key: str) -> str:
        index = self.positions.get(key)
        return cells[index] if index is not None and index < len(cells) else ""

    def kind(self, fulfilment: Fulfilment) -> str:
        return f"'{fulfilment.value}' ({self.texts.fulfilment_names[fulfilment.value]})"

    def read(self, number: int, cells: Sequence[str]) -> AnswerRow | FileProblem:
        location = FileLocation(str(self.path), number, self.sheet)
        requirement = self.cell(cells, "id")
        say = self.say

        def problem(message: str) -> FileProblem:
            return FileProblem(message, location, requirement)

        if not requirement:
            return problem(say.answer_no_requirement.format(where=self.column("id")))
        written = self.cell(cells, "fulfilment")
        if not written:
            return problem(
                say.answer_no_fulfilment.format(
                    id=requirement,
                    where=self.column("fulfilment"),
                    codes=self.codes,
                    legend=self.texts.sheet_legend,
                )
            )
        fulfilment = parse_fulfilment(written)
        if fulfilment is None:
            return problem(
                say.answer_unknown_fulfilment.format(
                    value=written, where=self.column("fulfilment"), codes=self.codes
                )
            )
        effort_text = self.cell(cells, "effort")
        effort = _effort(effort_text)
        if fulfilment.is_gap and effort is None:
            wrong = say.answer_bad_effort if effort_text else say.answer_no_effort
            return problem(
                wrong.format(
                    id=requirement,
                    kind=self.kind(fulfilment),
                    value=effort_text,
                    where=self.column("effort"),
                )
            )
        if not fulfilment.is_gap and effort_text and effort != 0:
            return problem(
                say.answer_needless_effort.format(
                    id=requirement,
                    kind=self.kind(fulfilment),
                    where=self.column("effort"),
                    value=effort_text,
                    gaps=", ".join(g.value for g in GAPS),
                )
            )
        date_text = self.cell(cells, "roadmap")
        roadmap = _date(date_text)
        if fulfilment is Fulfilment.ROADMAP:
            if not date_text:
                return problem(
                    say.answer_no_date.format(
                        id=requirement, kind=self.kind(fulfilment), where=self.column("roadmap")
                    )
                )
            if _SERIAL.fullmatch(date_text):
                return problem(
                    say.answer_serial_date.format(value=date_text, where=self.column("roadmap"))
                )
            if roadmap is None:
                return problem(
                    say.answer_bad_date.format(value=date_text, where=self.column("roadmap"))
                )
        elif date_text:
            return problem(
                say.answer_needless_date.format(
                    id=requirement,
                    kind=self.kind(fulfilment),
                    where=self.column("roadmap"),
                    value=date_text,
                    roadmap=self.kind(Fulfilment.ROADMAP),
                )
            )
        return AnswerRow(
            location=location,
            requirement=requirement,
            client={key: self.cell(cells, key) for key in CLIENT if key in self.positions},
            fulfilment=fulfilment,
            effort=effort if fulfilment.is_gap else None,
            solution=self.cell(cells, "solution"),
            evidence=self.cell(cells, "evidence"),
            roadmap=roadmap if fulfilment is Fulfilment.ROADMAP else None,
            fingerprint=self.cell(cells, "fingerprint"),
        )


def read_answers(path: Path, written: str, relative: str, say: Messages) -> AnswerFile:
    """Read the answer file at ``path``, named ``written`` on the page and ``relative`` to
    the source folder; never raises."""
    kind = CSV if is_csv(path) else XLSX
    answers = AnswerFile(written, relative, kind, location=FileLocation(str(path)))

    def unreadable(message: str, row: int | None = None, sheet: str = "") -> AnswerFile:
        location = FileLocation(str(path), row, sheet)
        return AnswerFile(
            written, relative, kind, problems=(FileProblem(message, location),), location=location
        )

    if not path.is_file():
        return unreadable(say.answers_missing.format(file=written, fix=say.answers_fix))
    if not (is_xlsx(path) or is_csv(path)):
        return unreadable(say.answers_format.format(file=written))
    try:
        table = read_table(path, {texts.sheet_questionnaire for texts in _LANGUAGES.values()})
    except Unreadable as error:
        return unreadable(
            say.answers_unreadable.format(file=written, kind=kind.upper(), error=error)
        )
    if not any(any(cells) for _number, cells in table.rows):
        return unreadable(say.answers_empty.format(file=written, fix=say.answers_fix))
    return dataclasses.replace(_read_rows(answers, table, say), asked=_asked(path))


def _asked(path: Path) -> tuple[str, ...] | None:
    """The requirements the questionnaire asked, from its hidden sheet; None for a file
    without one (a CSV, a questionnaire made by hand)."""
    if not is_xlsx(path):
        return None
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        if ASKED_SHEET not in workbook.sheetnames:
            return None
        rows = workbook[ASKED_SHEET].iter_rows(min_col=1, max_col=1, values_only=True)
        return tuple(str(value).strip() for (value,) in rows if value)
    finally:
        workbook.close()


def _read_rows(answers: AnswerFile, table: Table, say: Messages) -> AnswerFile:
    path = Path(answers.location.path)
    number, header = table.rows[0]
    positions, language = match_header(
        header, {code: texts.columns for code, texts in _LANGUAGES.items()}
    )
    texts = _LANGUAGES[language]
    location = FileLocation(str(path), None, table.sheet)
    missing = [texts.columns[key] for key in REQUIRED if key not in positions]
    if missing:
        expected = ", ".join(texts.columns[key] for key in REQUIRED)
        names = {t.sheet_questionnaire for t in _LANGUAGES.values()}
        other_sheet = (
            say.answers_other_sheet.format(wanted=texts.sheet_questionnaire, sheet=table.sheet)
            if table.sheet and table.sheet not in names
            else ""
        )
        problem = FileProblem(
            say.answers_header.format(
                file=answers.path,
                missing=", ".join(missing),
                expected=expected,
                optional=texts.columns["evidence"],
                other_sheet=other_sheet,
            ),
            FileLocation(str(path), number, table.sheet),
        )
        return AnswerFile(
            answers.path,
            answers.file,
            answers.kind,
            problems=(problem,),
            language=language,
            location=location,
        )
    reader = _RowReader(path, table.sheet, positions, language, say)
    rows: list[AnswerRow] = []
    problems: list[FileProblem] = []
    read = 0
    for number, cells in table.rows[1:]:
        if not any(cells):
            continue
        read += 1
        outcome = reader.read(number, cells)
        if isinstance(outcome, FileProblem):
            problems.append(outcome)
        else:
            rows.append(outcome)
    return AnswerFile(
        answers.path,
        answers.file,
        answers.kind,
        rows=tuple(rows),
        problems=tuple(problems),
        rows_read=read,
        language=language,
        location=location,
    )
