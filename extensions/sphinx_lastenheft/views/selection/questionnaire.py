"""The questionnaire vendors answer (Anforderungsfragebogen): an XLSX with one row per
requirement, written with every website build, blank and, for each vendor, with its answers
carried over; and ``{questionnaire}``, the link to the blank one.

The client columns state the requirement as the Lastenheft does; they are locked, and a
hidden fingerprint of them lets the import tell a vendor's edit of them from a requirement
that changed after the export.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from docutils import nodes

from sphinx_lastenheft.config import Settings, document_date, settings
from sphinx_lastenheft.model.process import ProcessModel, Requirement
from sphinx_lastenheft.model.selection import CheckedVendor
from sphinx_lastenheft.model.store import get_model
from sphinx_lastenheft.texts.catalog import SelectionTexts
from sphinx_lastenheft.views.base import (
    PageContext,
    View,
    ViewDirective,
    reads_nothing,
    register_view,
)
from sphinx_lastenheft.views.workbooks import (
    FOLDER,
    download_link,
    new_workbook,
    style_table,
    workbook_bytes,
    write_export,
)
from sphinx_lastenheft.vocabulary import Fulfilment

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet
    from sphinx.application import Sphinx
    from sphinx.builders import Builder

    from sphinx_lastenheft.sources.pages import Placement


@dataclass(frozen=True)
class Column:
    """A questionnaire column: its key in :attr:`SelectionTexts.columns`, its width in the
    spreadsheet, and whether the build fills it in (``given``) or the vendor does."""

    key: str
    width: int
    given: bool


#: The client's columns: the requirement as the Lastenheft states it.
CLIENT = ("id", "scene", "step", "title", "text", "category", "priority", "acceptance")
#: The vendor's columns: its answer.
VENDOR = ("fulfilment", "effort", "solution", "evidence", "roadmap")
_WIDTHS = {
    "id": 11,
    "scene": 12,
    "step": 12,
    "title": 30,
    "text": 50,
    "category": 13,
    "priority": 10,
    "acceptance": 40,
    "fulfilment": 14,
    "effort": 12,
    "solution": 48,
    "evidence": 30,
    "roadmap": 13,
    "fingerprint": 18,
    "note": 34,
}
COLUMNS: tuple[Column, ...] = (
    *(Column(key, _WIDTHS[key], given=True) for key in CLIENT),
    *(Column(key, _WIDTHS[key], given=False) for key in VENDOR),
    Column("fingerprint", _WIDTHS["fingerprint"], given=True),
)
#: The hidden sheet that lists the requirements a questionnaire asks.
ASKED_SHEET = "lastenheft-asked"
#: The note of a vendor's re-export: what changed since its answer.
NOTE = Column("note", _WIDTHS["note"], given=True)
#: The columns an answer file must have (the evidence may be left out).
REQUIRED = ("id", "fulfilment", "effort", "solution", "roadmap")
_HIGHLIGHT = "FFE699"
#: Excel's serial number of 2000-01-01: a roadmap date must be a date after it.
_SERIAL_2000 = 36526


@dataclass(frozen=True)
class QuestionnaireRow:
    """One requirement's row: its client values and the group it stands in."""

    requirement: str
    #: The scene and process step of its first activity, or the cross-cutting group.
    group: str
    values: dict[str, str]


def _process_order(model: ProcessModel) -> dict[str, int]:
    """Each activity's position in the process: scenes, their steps, the steps' activities."""
    activities = (a.id for scene in model.scenes for a in model.scene_activities(scene))
    return {activity: position for position, activity in enumerate(activities)}


def _activities(requirement: Requirement, order: Mapping[str, int]) -> list[str]:
    """The activities the requirement is derived from, in process order."""
    known = dict.fromkeys(a for a in requirement.derived_from if a in order)
    return sorted(known, key=order.__getitem__)


def _values(
    model: ProcessModel, requirement: Requirement, activities: Sequence[str]
) -> dict[str, str]:
    if activities:
        scenes = dict.fromkeys(model.scene_of_activity(a) for a in activities)
        steps = dict.fromkeys(model.activities[a].step for a in activities)
    else:
        scenes = dict.fromkeys(s for s in requirement.concerns if s in model.scenes)
        steps = {}
    return {
        "id": requirement.id,
        "scene": ", ".join(scenes),
        "step": ", ".join(steps),
        "title": requirement.title,
        "text": requirement.text,
        "category": requirement.category,
        "priority": requirement.priority,
        "acceptance": requirement.acceptance,
    }


def client_values(model: ProcessModel, requirement_id: str) -> dict[str, str]:
    """The client columns of a requirement, by column key (:data:`CLIENT`): the scenes and
    steps of the activities it is derived from in process order (of a cross-cutting one,
    the scenes it concerns), its title, text, category, priority and acceptance criterion."""
    requirement = model.requirements[requirement_id]
    return _values(model, requirement, _activities(requirement, _process_order(model)))


def fingerprint(values: Mapping[str, str]) -> str:
    """A short hash of the client values, blind to spacing and line breaks (a spreadsheet
    program may change them), so that an answer can tell which state it answers."""
    text = "\x1f".join(" ".join(values.get(key, "").split()) for key in CLIENT)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def questionnaire_rows(model: ProcessModel, texts: SelectionTexts) -> list[QuestionnaireRow]:
    """A row per requirement, by scene and process step in process order: a requirement
    stands with the first activity it is derived from; then the cross-cutting ones."""
    order = _process_order(model)
    keyed: list[tuple[tuple[int, int], QuestionnaireRow]] = []
    for index, requirement in enumerate(model.requirements.values()):
        activities = _activities(requirement, order)
        values = _values(model, requirement, activities)
        if activities:
            step = model.steps[model.activities[activities[0]].step]
            scene = model.scenes[step.scene]
            group = f"{scene.id} {scene.title} / {step.id} {step.title}"
            key = (order[activities[0]], index)
        else:
            group, key = texts.group_cross_cutting, (len(order), index)
        keyed.append((key, QuestionnaireRow(requirement.id, group, values)))
    return [row for _key, row in sorted(keyed, key=lambda item: item[0])]


def _append(sheet: Worksheet, values: Sequence[object]) -> int:
    """Append a row of values as they are: text stays text, even where it starts with '='
    (vendor text is never a formula), without characters a workbook cannot hold; empty text
    leaves the cell empty."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    sheet.append(
        [(ILLEGAL_CHARACTERS_RE.sub("", v) or None) if isinstance(v, str) else v for v in values]
    )
    # The row just appended; sheet.max_row would scan every cell, once per row.
    row: int = sheet._current_row  # type: ignore[attr-defined]
    for column in range(1, len(values) + 1):
        cell = sheet.cell(row, column)
        if cell.data_type == "f":
            cell.data_type = "s"
    return row


def _cover(
    sheet: Worksheet,
    title: str,
    facts: Sequence[tuple[str, str]],
    texts: SelectionTexts,
    rows: Sequence[QuestionnaireRow],
) -> None:
    from openpyxl.styles import Alignment, Font

    sheet.column_dimensions["A"].width = 26
    sheet.column_dimensions["B"].width = 100
    _append(sheet, [title])
    sheet["A1"].font = Font(bold=True, size=13)
    _append(sheet, [])
    for label, value in facts:
        number = _append(sheet, [label, value])
        sheet.cell(number, 1).font = Font(bold=True)
    _append(sheet, [])
    for count, paragraph in enumerate(texts.instructions, 1):
        number = _append(sheet, [f"{count}.", paragraph])
        sheet.cell(number, 2).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.cell(number, 1).alignment = Alignment(horizontal="right", vertical="top")
    _append(sheet, [])
    heading = _append(sheet, [texts.cover_rows, texts.cover_contents])
    for cell in sheet[heading]:
        cell.font = Font(bold=True)
    # The data rows start below the questionnaire's header row.
    first = 2
    for index, row in enumerate(rows):
        if index + 1 == len(rows) or rows[index + 1].group != row.group:
            last = index + 2
            span = f"{first}\N{EN DASH}{last}" if last > first else str(first)
            _append(sheet, [span, row.group])
            first = last + 1


def _validations(
    sheet: Worksheet, letters: Mapping[str, str], last: int, texts: SelectionTexts
) -> None:
    """A drop-down list of the fulfilment codes, an effort of 0 or more, a date."""
    from openpyxl.worksheet.datavalidation import DataValidation

    codes = [f.value for f in Fulfilment]
    legend = "\n".join(f"{code} = {texts.fulfilment_names[code]}" for code in codes)
    # Excel shows messages of up to 225 characters.
    hint = texts.instructions[1][:225]
    validations = {
        "fulfilment": DataValidation(type="list", formula1=f'"{",".join(codes)}"'),
        "effort": DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0"),
        "roadmap": DataValidation(
            type="date", operator="greaterThanOrEqual", formula1=str(_SERIAL_2000)
        ),
    }
    for key, validation in validations.items():
        message = legend if key == "fulfilment" else hint
        # Excel shows titles of up to 32 characters.
        validation.errorTitle = validation.promptTitle = texts.columns[key][:32]
        validation.error = validation.prompt = message
        validation.allow_blank = validation.showErrorMessage = validation.showInputMessage = True
        validation.add(f"{letters[key]}2:{letters[key]}{max(last, 2)}")
        sheet.add_data_validation(validation)


def _questionnaire_sheet(
    sheet: Worksheet,
    rows: Sequence[QuestionnaireRow],
    settings: Settings,
    answers: CheckedVendor | None,
) -> None:
    from openpyxl.styles import PatternFill
    from openpyxl.utils import get_column_letter

    texts = settings.texts.selection
    columns = COLUMNS if answers is None else (*COLUMNS, NOTE)
    letters = {column.key: get_column_letter(i) for i, column in enumerate(columns, 1)}
    _append(sheet, [texts.columns[column.key] for column in columns])
    rejected: set[str] = set()
    if answers is not None:
        # The rows of its answer files the import rejected; a requirement no row names is
        # reported without a row.
        files = {file.location.path for file in answers.vendor.answers}
        rejected = {
            p.requirement for p in answers.problems if p.location.row and p.location.path in files
        }
    noted: list[int] = []
    for row in rows:
        vendor: list[object] = [None] * len(VENDOR)
        note: list[str | None] = []
        answer = answers.answers.get(row.requirement) if answers is not None else None
        if answer is not None:
            vendor = [
                answer.fulfilment.value,
                answer.effort,
                answer.solution,
                answer.evidence,
                answer.roadmap,
            ]
            note = [texts.note_changed if answer.outdated else None]
        elif answers is not None:
            note = [texts.note_rejected if row.requirement in rejected else texts.note_new]
        number = _append(
            sheet, [*(row.values[key] for key in CLIENT), *vendor, fingerprint(row.values), *note]
        )
        if note and note[0]:
            noted.append(number)
    last = sheet.max_row
    style_table(sheet, [c.width for c in columns], [c.given for c in columns])
    date_format = settings.texts.acceptance.sheet_date_format
    for number in range(2, last + 1):
        sheet[f"{letters['roadmap']}{number}"].number_format = date_format
    highlight = PatternFill("solid", fgColor=_HIGHLIGHT)
    for number in noted:
        for key in ("id", "note"):
            sheet[f"{letters[key]}{number}"].fill = highlight
    sheet.column_dimensions[letters["fingerprint"]].hidden = True
    _validations(sheet, letters, last, texts)


def _legend(sheet: Worksheet, texts: SelectionTexts) -> None:
    _append(
        sheet, [texts.legend_code, texts.legend_name, texts.legend_meaning, texts.legend_effort]
    )
    for fulfilment in Fulfilment:
        code = fulfilment.value
        needs_effort = texts.legend_yes if fulfilment.is_gap else texts.legend_no
        _append(
            sheet,
            [code, texts.fulfilment_names[code], texts.fulfilment_meanings[code], needs_effort],
        )
    style_table(sheet, [10, 22, 80, 18], [True] * 4)


def questionnaire_workbook(
    model: ProcessModel,
    settings: Settings,
    project: str,
    version: str,
    date: str,
    answers: CheckedVendor | None = None,
    author: str = "",
) -> bytes:
    """The questionnaire as XLSX: a cover sheet, the questionnaire (client columns grey and
    locked, a drop-down list of the fulfilment types, a hidden fingerprint per row) and the
    legend of the fulfilment types. With ``answers``, a vendor's re-export: its answers
    filled in, and a note on each requirement that changed since, is new, or whose answer
    was not taken."""
    texts = settings.texts.selection
    options = settings.options
    heading = texts.questionnaire_title.format(project=project, version=version)
    rows = questionnaire_rows(model, texts)
    facts = [
        (texts.cover_company, options.company or author),
        (texts.cover_version, version),
        (texts.cover_date, date),
        (texts.cover_deadline, options.questionnaire_deadline),
        (texts.cover_contact, options.questionnaire_contact),
        (texts.cover_vendor, answers.vendor.name if answers is not None else ""),
    ]
    workbook = new_workbook()
    _cover(
        workbook.create_sheet(texts.sheet_cover),
        heading,
        [(label, value) for label, value in facts if value],
        texts,
        rows,
    )
    _questionnaire_sheet(workbook.create_sheet(texts.sheet_questionnaire), rows, settings, answers)
    _legend(workbook.create_sheet(texts.sheet_legend), texts)
    # The requirements asked, kept out of sight: a requirement missing from the answer is
    # then told apart from one added after the export.
    asked = workbook.create_sheet(ASKED_SHEET)
    for row in rows:
        asked.append([row.requirement])
    asked.sheet_state = "hidden"
    return workbook_bytes(workbook, heading)


def questionnaire_file(texts: SelectionTexts, vendor_id: str = "") -> str:
    """The file name of the blank questionnaire, or of a vendor's re-export."""
    return texts.questionnaire_file.format(vendor=f"-{vendor_id}" if vendor_id else "")


def write_questionnaires(app: Sphinx, builder: Builder) -> None:
    """Write the blank questionnaire and each vendor's re-export with every website build;
    they change with the requirements and the answers."""
    if builder.format != "html":
        return
    # Imported here: the vendors' answers are checked against this module's fingerprints.
    from sphinx_lastenheft.views.selection.vendors import checked_vendors

    config = app.config
    project = settings(config)
    model = get_model(builder.env)
    facts = (config.project, config.release, document_date(config, project.options))
    folder = Path(builder.outdir, FOLDER)
    for vendor_id, answers in {"": None, **checked_vendors(builder.env)}.items():
        write_export(
            builder,
            folder / questionnaire_file(project.texts.selection, vendor_id),
            partial(
                questionnaire_workbook,
                model,
                project,
                *facts,
                answers=answers,
                author=config.author,
            ),
        )


class QuestionnaireDirective(ViewDirective):
    """``{questionnaire}``: the link to the blank questionnaire (in print: where to get it)."""

    view = "questionnaire"


def render_questionnaire_link(context: PageContext, placement: Placement) -> list[nodes.Node]:
    texts = context.settings.texts
    return download_link(
        context,
        questionnaire_file(texts.selection),
        texts.selection.questionnaire_link,
        texts.selection.questionnaire_where,
        texts.acceptance.template_where_site,
    )


def setup_questionnaire(app: Sphinx) -> None:
    # The link names a file whose name only the configuration decides; the file itself is
    # written again with every website build, whichever pages are: the view reads nothing.
    register_view(
        app,
        View("questionnaire", render_questionnaire_link, reads_nothing),
        QuestionnaireDirective,
    )
    # The model is built (env-updated) and the vendors' answers are checked (write-started,
    # 460); after the blank test protocol (470).
    app.connect("write-started", write_questionnaires, priority=480)
