"""The blank test protocol: an XLSX with one row per acceptance test, written with every
website build for testers to fill in and to name in a ``{testrun}``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sphinx_lastenheft.config import settings
from sphinx_lastenheft.model.process import ProcessModel
from sphinx_lastenheft.model.store import get_model
from sphinx_lastenheft.model.test_runs import DEFECT_CLASSES
from sphinx_lastenheft.texts.catalog import AcceptanceTexts
from sphinx_lastenheft.views.acceptance.columns import COLUMNS
from sphinx_lastenheft.views.workbooks import (
    FOLDER,
    new_workbook,
    style_table,
    workbook_bytes,
    write_export,
)

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder


def _row_values(model: ProcessModel, test_id: str) -> dict[str, str]:
    test = model.tests[test_id]
    role = f"{test.role} {model.roles[test.role].title}" if test.role in model.roles else ""
    return {
        "test": test.id,
        "title": test.title,
        "scenes": ", ".join(test.walks_through),
        "role": role,
        "requirements": ", ".join(test.verifies),
    }


def template_rows(model: ProcessModel) -> list[dict[str, str]]:
    """What the blank protocol says of each test case."""
    return [_row_values(model, test_id) for test_id in model.tests]


def protocol_template(model: ProcessModel, texts: AcceptanceTexts, title: str) -> bytes:
    """The blank protocol as XLSX: given columns grey and locked, drop-down lists for the
    result and the defect class, the header row and the ID column frozen."""
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = new_workbook()
    sheet = workbook.create_sheet(texts.sheet_protocol)
    sheet.append([texts.columns[column.key] for column in COLUMNS])
    for values in template_rows(model):
        sheet.append([values.get(column.key, "") for column in COLUMNS])
    last = sheet.max_row

    letters = {column.key: get_column_letter(i) for i, column in enumerate(COLUMNS, 1)}
    style_table(sheet, [c.width for c in COLUMNS], [c.given for c in COLUMNS])
    given_columns = ", ".join(texts.columns[c.key] for c in COLUMNS if c.given)
    sheet.cell(1, 1).comment = Comment(f"{given_columns}: {texts.hints[0]}", title)
    for row in range(2, last + 1):
        sheet[f"{letters['date']}{row}"].number_format = texts.sheet_date_format

    outcomes = ",".join(texts.outcomes.values())
    classes = ",".join(str(c) for c in DEFECT_CLASSES)
    for key, allowed, prompt in (
        ("result", outcomes, texts.hints[1]),
        ("defect_class", classes, texts.hints[2]),
    ):
        validation = DataValidation(
            type="list",
            formula1=f'"{allowed}"',
            allow_blank=True,
            showErrorMessage=True,
            showInputMessage=True,
            errorTitle=texts.columns[key],
            error=prompt,
            promptTitle=texts.columns[key],
            prompt=prompt[:255],
        )
        validation.add(f"{letters[key]}2:{letters[key]}{max(last, 2)}")
        sheet.add_data_validation(validation)

    hints = workbook.create_sheet(texts.sheet_hints)
    hints.column_dimensions["A"].width = 110
    hints.append([title])
    hints["A1"].font = Font(bold=True, size=13)
    for hint in texts.hints:
        hints.append([hint])
        hints.cell(hints.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")

    return workbook_bytes(workbook, title)


def write_template(app: Sphinx, builder: Builder) -> None:
    """Write the blank protocol with every website build; it changes with the test cases."""
    if builder.format != "html":
        return
    texts = settings(app.config).texts.acceptance
    model = get_model(builder.env)
    title = texts.template_title.format(project=app.config.project, version=app.config.release)
    path = Path(builder.outdir, FOLDER, texts.template_file)
    inputs = (template_rows(model), texts, title)
    write_export(builder, path, lambda: protocol_template(model, texts, title), inputs)
