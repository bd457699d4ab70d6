"""Spreadsheets the build writes for people outside it (testers, vendors, evaluators): the
same sources give the same bytes, a header row that stands out, given columns locked.

Used by every view family that exports an XLSX; :mod:`sphinx_lastenheft.views.table_files` reads
the filled-in files back.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import json
import posixpath
import zipfile
from collections.abc import Callable, Sequence
from copy import copy
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sphinx_lastenheft.views.rebuilds import nothing_read

if TYPE_CHECKING:
    from docutils import nodes
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet
    from sphinx.builders import Builder

    from sphinx_lastenheft.views.base import PageContext

#: Beside the doctrees: the digest of the inputs of each exported file, by its path.
_EXPORT_INPUTS = "lastenheft-export-inputs.json"
#: The exported spreadsheets' folder in the website's output.
FOLDER = "_downloads/lastenheft"
#: Zip entries get a fixed time: the same sources give the same file.
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
GIVEN_FILL = "D9D9D9"
HEADER_FILL = "1F4E79"


class _FixedTimeZip(zipfile.ZipFile):
    def writestr(self, zinfo_or_arcname: Any, data: Any, *args: Any, **kwargs: Any) -> None:
        if isinstance(zinfo_or_arcname, str):
            zinfo_or_arcname = zipfile.ZipInfo(zinfo_or_arcname, date_time=_ZIP_TIME)
            zinfo_or_arcname.compress_type = zipfile.ZIP_DEFLATED
        super().writestr(zinfo_or_arcname, data, *args, **kwargs)

    def write(self, filename: Any, arcname: Any = None, *args: Any, **kwargs: Any) -> None:
        # openpyxl writes worksheets from temporary files, which carry the time of the build.
        self.writestr(arcname or Path(filename).name, Path(filename).read_bytes())


def new_workbook() -> Workbook:
    """An empty workbook without its default sheet (creating sheets by name keeps their
    type exact)."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.worksheets[0])
    return workbook


def style_table(sheet: Worksheet, widths: Sequence[int], given: Sequence[bool]) -> None:
    """Column widths, a dark header row, given columns grey and locked, the others open;
    the sheet protected without a password (sorting, filtering and resizing stay possible)."""
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties

    grey = PatternFill("solid", fgColor=GIVEN_FILL)
    last = sheet.max_row
    for index, (width, is_given) in enumerate(zip(widths, given, strict=True), 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
        header = sheet.cell(1, index)
        header.font = Font(bold=True, color="FFFFFF")
        header.fill = PatternFill("solid", fgColor=HEADER_FILL)
        header.alignment = Alignment(vertical="center", wrap_text=True)
        if last < 2:
            continue
        first = sheet.cell(2, index)
        first.alignment = Alignment(vertical="top", wrap_text=index > 1)
        if is_given:
            first.fill = grey
        else:
            first.protection = Protection(locked=False)
        # The rest of the column takes the first cell's style as it is stored (openpyxl's
        # own idiom): setting each style anew costs a tenth of a large build's time.
        style = first._style  # type: ignore[union-attr]
        for row in range(3, last + 1):
            sheet.cell(row, index)._style = copy(style)  # type: ignore[union-attr]
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(widths))}{last}"
    sheet.protection.sheet = True
    sheet.protection.autoFilter = False
    sheet.protection.sort = False
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_title_rows = "1:1"


def workbook_bytes(workbook: Workbook, title: str) -> bytes:
    """The workbook as XLSX bytes that depend on its content alone."""
    from openpyxl.writer.excel import ExcelWriter

    workbook.properties.title = title
    workbook.properties.creator = "sphinx-lastenheft"
    # A fixed time, not the build's: the same sources give the same file.
    workbook.properties.created = workbook.properties.modified = datetime.datetime(2000, 1, 1)
    buffer = io.BytesIO()
    with _FixedTimeZip(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return buffer.getvalue()


def download_link(
    context: PageContext, file: str, label: str, where: str, where_site: str
) -> list[nodes.Node]:
    """On the website, ``label: file`` linking the spreadsheet the build wrote; in print,
    the sentence ``where`` ('{file}' and '{where}' filled in) saying where to get it: the
    site's address (``html_baseurl``) or ``where_site``."""
    from docutils import nodes

    if context.builder_format == "html":
        target = context.app.builder.get_target_uri(context.docname).split("#")[0]
        uri = posixpath.relpath(f"{FOLDER}/{file}", posixpath.dirname(target) or ".")
        link = nodes.reference("", "", nodes.literal(file, file), refuri=uri, classes=["download"])
        text = nodes.paragraph("", f"{label}: ")
        text += link
        return [text]
    base = str(getattr(context.app.config, "html_baseurl", "") or "")
    address = f"{base.rstrip('/')}/{FOLDER}/{file}" if base else where_site
    sentence = where.format(file=file, where=address)
    return [nodes.paragraph(sentence, sentence)]


def write_if_changed(path: Path, data: bytes) -> None:
    """Write ``data`` unless the file holds it already (its time then tells the last change)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.is_file() or path.read_bytes() != data:
        path.write_bytes(data)


def write_export(
    builder: Builder, path: Path, make: Callable[[], bytes], inputs: object = None
) -> None:
    """Write the file ``make`` makes from the sources. The file of the last build is kept
    without making it again where it would be the same: in a build that read no page, and
    where ``inputs`` (all that the file shows, if given) are those it was made from."""
    if path.is_file() and nothing_read(builder):
        return
    record = Path(builder.doctreedir, _EXPORT_INPUTS)
    made_from: dict[str, str] = json.loads(record.read_text("utf-8")) if record.is_file() else {}
    key = str(path.relative_to(builder.outdir))
    digest = hashlib.sha256(repr(inputs).encode()).hexdigest() if inputs is not None else ""
    if digest and path.is_file() and made_from.get(key) == digest:
        return
    write_if_changed(path, make())
    if made_from.get(key, "") != digest:
        made_from[key] = digest
        record.parent.mkdir(parents=True, exist_ok=True)
        record.write_text(json.dumps(made_from, sort_keys=True, indent=1), "utf-8")
