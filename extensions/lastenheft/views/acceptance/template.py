"""The blank test protocol: an XLSX with one row per acceptance test, written with every
website build for testers to fill in and to name in a ``{testrun}``."""

from __future__ import annotations

import datetime
import io
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lastenheft.config import settings
from lastenheft.model.process import ProcessModel
from lastenheft.model.store import get_model
from lastenheft.model.test_runs import DEFECT_CLASSES
from lastenheft.texts.catalog import AcceptanceTexts
from lastenheft.views.acceptance.columns import COLUMNS

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder

#: The blank protocol's folder in the website's output.
FOLDER = "_downloads/lastenheft"
#: Zip entries get a fixed time: the same sources give the same file.
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_GIVEN_FILL = "D9D9D9"
_HEADER_FILL = "1F4E79"


class _FixedTimeZip(zipfile.ZipFile):
    def writestr(self, zinfo_or_arcname: Any, data: Any, *args: Any, **kwargs: Any) -> None:
        if isinstance(zinfo_or_arcname, str):
            zinfo_or_arcname = zipfile.ZipInfo(zinfo_or_arcname, date_time=_ZIP_TIME)
            zinfo_or_arcname.compress_type = zipfile.ZIP_DEFLATED
        super().writestr(zinfo_or_arcname, data, *args, **kwargs)

    def write(self, filename: Any, arcname: Any = None, *args: Any, **kwargs: Any) -> None:
        # openpyxl writes worksheets from temporary files, which carry the time of the build.
        self.writestr(arcname or Path(filename).name, Path(filename).read_bytes())


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


def protocol_template(model: ProcessModel, texts: AcceptanceTexts, title: str) -> bytes:
    """The blank protocol as XLSX: given columns grey and locked, drop-down lists for the
    result and the defect class, the header row and the ID column frozen."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.writer.excel import ExcelWriter

    workbook = Workbook()
    # A new workbook holds one worksheet; creating it by name keeps its type exact.
    workbook.remove(workbook.worksheets[0])
    sheet = workbook.create_sheet(texts.sheet_protocol)
    sheet.append([texts.columns[column.key] for column in COLUMNS])
    for test_id in model.tests:
        values = _row_values(model, test_id)
        sheet.append([values.get(column.key, "") for column in COLUMNS])
    last = sheet.max_row

    letters = {column.key: get_column_letter(i) for i, column in enumerate(COLUMNS, 1)}
    given = PatternFill("solid", fgColor=_GIVEN_FILL)
    for index, column in enumerate(COLUMNS, 1):
        letter = letters[column.key]
        sheet.column_dimensions[letter].width = column.width
        header = sheet.cell(1, index)
        header.font = Font(bold=True, color="FFFFFF")
        header.fill = PatternFill("solid", fgColor=_HEADER_FILL)
        header.alignment = Alignment(vertical="center", wrap_text=True)
        for row in range(2, last + 1):
            cell = sheet.cell(row, index)
            cell.alignment = Alignment(vertical="top", wrap_text=column.key != "test")
            if column.given:
                cell.fill = given
            else:
                cell.protection = Protection(locked=False)
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

    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{last}"
    # Protected against accidental edits of the given columns, without a password; sorting,
    # filtering and resizing stay possible.
    sheet.protection.sheet = True
    sheet.protection.autoFilter = False
    sheet.protection.sort = False
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"

    hints = workbook.create_sheet(texts.sheet_hints)
    hints.column_dimensions["A"].width = 110
    hints.append([title])
    hints["A1"].font = Font(bold=True, size=13)
    for hint in texts.hints:
        hints.append([hint])
        hints.cell(hints.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")

    workbook.properties.title = title
    workbook.properties.creator = "sphinx-lastenheft"
    # A fixed time, not the build's: the same sources give the same file.
    workbook.properties.created = workbook.properties.modified = datetime.datetime(2000, 1, 1)
    buffer = io.BytesIO()
    with _FixedTimeZip(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return buffer.getvalue()


def write_template(app: Sphinx, builder: Builder) -> None:
    """Write the blank protocol with every website build; it changes with the test cases."""
    if builder.format != "html":
        return
    texts = settings(app.config).texts.acceptance
    model = get_model(builder.env)
    title = texts.template_title.format(project=app.config.project, version=app.config.release)
    path = Path(builder.outdir, FOLDER, texts.template_file)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = protocol_template(model, texts, title)
    if not path.is_file() or path.read_bytes() != data:
        path.write_bytes(data)
