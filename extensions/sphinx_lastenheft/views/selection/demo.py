"""The demonstration of the shortlisted vendors: the script (Drehbuch) they play along the
customer scenes, the scoring sheets evaluators fill in, and the requirements whose scores
the evaluators must calibrate.

``{demoscript}`` shows, scene by scene in process order, each activity with the requirements
to demonstrate there and the test data of the acceptance tests that check them: every vendor
shows the same process with the same data. The build writes a scoring sheet per shortlisted
vendor and evaluator in the same order. ``{democalibration} V-A`` lists the requirements on
which the evaluators' points for vendor V-A lie further apart than ``lastenheft_demo_spread``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from statistics import fmean
from typing import TYPE_CHECKING, Any

from docutils import nodes

from sphinx_lastenheft.config import Settings, settings
from sphinx_lastenheft.model.process import Activity, ProcessModel, Scene
from sphinx_lastenheft.model.store import get_model
from sphinx_lastenheft.views.base import (
    PageContext,
    ReadContext,
    View,
    ViewDirective,
    register_view,
    warn_unknown,
)
from sphinx_lastenheft.views.inputs import LINK_FIELDS, Read, one, shown
from sphinx_lastenheft.views.selection.vendors import checked_vendors, vendor_input
from sphinx_lastenheft.views.tables import Cell, build_table, table_data
from sphinx_lastenheft.views.workbooks import (
    FOLDER,
    GIVEN_FILL,
    new_workbook,
    style_table,
    workbook_bytes,
    write_export,
)
from sphinx_lastenheft.vocabulary import ROLE, SCENE, TEST

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder

    from sphinx_lastenheft.model.selection import CheckedVendor
    from sphinx_lastenheft.sources.pages import Placement


@dataclass(frozen=True)
class DemoActivity:
    """An activity of the script and the requirements the vendor demonstrates there: those
    derived from it that no earlier activity of the scene has shown."""

    activity: Activity
    requirements: tuple[str, ...]


@dataclass(frozen=True)
class DemoScene:
    """A scene of the script: its activities in process order and the acceptance tests
    whose data the vendor uses (they verify its requirements or walk through it)."""

    scene: Scene
    activities: tuple[DemoActivity, ...]
    tests: tuple[str, ...]


def demo_script(model: ProcessModel, scene_ids: Iterable[str]) -> tuple[DemoScene, ...]:
    """The script of the scenes ``scene_ids`` (known ones, in the order given)."""
    script = []
    for scene_id in scene_ids:
        shown_here: dict[str, None] = {}
        activities = []
        for activity in model.scene_activities(scene_id):
            new = [r for r in model.requirements_of_activity(activity.id) if r not in shown_here]
            shown_here.update(dict.fromkeys(new))
            activities.append(DemoActivity(activity, tuple(new)))
        tests = tuple(
            test.id
            for test in model.tests.values()
            if test.test_data.strip()
            and (scene_id in test.walks_through or any(r in shown_here for r in test.verifies))
        )
        script.append(DemoScene(model.scenes[scene_id], tuple(activities), tests))
    return tuple(script)


@dataclass(frozen=True)
class SheetRow:
    """A row of a scoring sheet: a requirement at the activity where it is first shown."""

    scene: str
    step: str
    activity: Activity
    requirement: str


def sheet_rows(model: ProcessModel) -> list[SheetRow]:
    """The rows of every scoring sheet: the script of all scenes, each requirement once."""
    rows: list[SheetRow] = []
    scored: set[str] = set()
    for scene in demo_script(model, model.scenes):
        for item in scene.activities:
            for requirement in item.requirements:
                if requirement not in scored:
                    scored.add(requirement)
                    rows.append(
                        SheetRow(scene.scene.id, item.activity.step, item.activity, requirement)
                    )
    return rows


# The demo script view


class DemoScriptDirective(ViewDirective):
    """``{demoscript}``: the script of every scene; ``{demoscript} SZ-01, SZ-03`` of those
    scenes.

    The script marks each scene with a rubric, not a section: a scene's title is known only
    once every page is read, after this directive has run, and a section written now would
    keep an old title in an incremental build.
    """

    optional_arguments = 1
    final_argument_whitespace = True

    view = "demoscript"

    def view_options(self) -> dict[str, Any]:
        written = self.arguments[0] if self.arguments else ""
        return {"scenes": tuple(written.replace(",", " ").split())}


def _scenes(model: ProcessModel, placement: Placement) -> list[str]:
    """The scenes the script shows: those named, or all of them."""
    named: tuple[str, ...] = placement.option("scenes", ())
    return [s for s in named if s in model.scenes] if named else list(model.scenes)


def _activity_table(context: PageContext, scene: DemoScene) -> table_data:
    """A row per requirement to show; an activity without one gets a row of its own. The
    step and the activity are named on their first row."""
    texts = context.settings.texts.selection
    rows: list[Sequence[Cell]] = []
    previous_step = ""
    for item in scene.activities:
        activity = item.activity
        step: Cell = context.titled(activity.step) if activity.step != previous_step else ""
        previous_step = activity.step
        role: Cell = context.titled(activity.role) if activity.role else ""
        first: list[Cell] = [
            step,
            context.titled(activity.id),
            role,
            context.links(activity.systems),
        ]
        for index, requirement in enumerate(item.requirements or ("",)):
            cells = first if index == 0 else ["", "", "", ""]
            rows.append([*cells, context.titled(requirement) if requirement else ""])
    header = [
        texts.demo_columns["step"],
        texts.demo_columns["activity"],
        context.settings.type_title(ROLE),
        texts.demo_systems,
        texts.demo_show,
    ]
    return build_table(rows, header, [3, 4, 2, 2, 5], ["lastenheft-demo-script"])


def _test_data_table(context: PageContext, scene: DemoScene) -> table_data:
    texts = context.settings.texts.selection
    rows: list[Sequence[Cell]] = [
        [context.titled(t), context.model.tests[t].test_data] for t in scene.tests
    ]
    header = [context.settings.type_title(TEST), texts.demo_test_data]
    return build_table(rows, header, [2, 5], ["lastenheft-demo-test-data"])


def render_script(context: PageContext, placement: Placement) -> list[nodes.Node]:
    for scene_id in placement.option("scenes", ()):
        if scene_id not in context.model.scenes:
            say = context.settings.texts.messages
            warn_unknown(
                scene_id,
                say.script_unknown_scene.format(
                    id=scene_id, type=context.settings.type_title(SCENE)
                ),
                placement.location,
                say,
            )
    result: list[nodes.Node] = []
    for scene in demo_script(context.model, _scenes(context.model, placement)):
        title = nodes.Text(f" {scene.scene.title}")
        result.append(nodes.rubric("", "", context.link(scene.scene.id), title))
        if scene.activities:
            result.append(_activity_table(context, scene))
        if scene.tests:
            result.append(_test_data_table(context, scene))
    return result


def script_reads(context: ReadContext, placement: Placement) -> Iterable[Read]:
    """The scenes with their structure, and every object the script shows with the fields
    it shows."""
    model = context.model
    named: tuple[str, ...] = placement.option("scenes", ())
    reads = [one(s, *LINK_FIELDS) for s in named if s not in model.scenes]
    script = demo_script(model, _scenes(model, placement))
    # Which scenes, activities (with their step), requirements and tests are shown, and
    # where: it changes with the order of the pages and with links written anywhere.
    structure = [
        (
            s.scene.id,
            [(a.activity.id, a.activity.step, a.requirements) for a in s.activities],
            s.tests,
        )
        for s in script
    ]
    reads.append(shown(structure))
    for scene in script:
        reads.append(one(scene.scene.id, *LINK_FIELDS))
        for item in scene.activities:
            activity = item.activity
            reads.append(one(activity.id, *LINK_FIELDS, "role", "systems"))
            reads.append(one(activity.step, *LINK_FIELDS))
            reads.extend(one(o, *LINK_FIELDS) for o in (activity.role, *activity.systems) if o)
            reads.extend(one(r, *LINK_FIELDS) for r in item.requirements)
        reads.extend(one(t, *LINK_FIELDS, "test_data") for t in scene.tests)
    return reads


# The scoring sheets


def _slug(name: str) -> str:
    """A name as part of a file name: ASCII letters and digits joined by '-'."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "evaluator"


def demo_file(project: Settings, vendor_id: str, evaluator: str) -> str:
    """The file name of the scoring sheet of ``vendor_id`` for ``evaluator``."""
    return project.texts.selection.demo_file.format(vendor=vendor_id, evaluator=_slug(evaluator))


#: The sheet's columns by key in ``demo_columns``: width, and whether the build fills it in.
_COLUMNS = (
    ("scene", 26, True),
    ("step", 26, True),
    ("activity", 30, True),
    ("id", 12, True),
    ("title", 44, True),
    ("points", 12, False),
    ("comment", 44, False),
)
#: The rows above the table: the evaluator, the vendor, a blank row.
_ABOVE = 3


def _titled(model: ProcessModel, object_id: str) -> str:
    return f"{object_id} {model.title_of(object_id)}"


def demo_sheet(model: ProcessModel, project: Settings, vendor_name: str, evaluator: str) -> bytes:
    """The scoring sheet of ``vendor_name``'s demonstration for ``evaluator`` as XLSX: the
    evaluator and the vendor at the top, then a row per requirement in the order of the
    script, given columns grey and locked, points (0-10, decimals allowed) and comment open."""
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    texts = project.texts.selection
    workbook = new_workbook()
    sheet = workbook.create_sheet(texts.sheet_demo)
    sheet.append([texts.demo_columns[key] for key, _width, _given in _COLUMNS])
    for row in sheet_rows(model):
        sheet.append(
            [
                _titled(model, row.scene),
                _titled(model, row.step),
                _titled(model, row.activity.id),
                row.requirement,
                model.requirements[row.requirement].title,
            ]
        )
    style_table(sheet, [w for _k, w, _g in _COLUMNS], [g for _k, _w, g in _COLUMNS])

    # The table is styled with its header in the first row, then moved down below the
    # evaluator and the vendor; what refers to rows is set again for the new place.
    sheet.insert_rows(1, _ABOVE)
    header, last = _ABOVE + 1, sheet.max_row
    last_column = get_column_letter(len(_COLUMNS))
    for number, (label, value) in enumerate(
        ((texts.demo_evaluator, evaluator), (texts.vendor, vendor_name)), 1
    ):
        sheet.cell(number, 1, label).font = Font(bold=True)
        sheet.cell(number, 2, value).fill = PatternFill("solid", fgColor=GIVEN_FILL)
    sheet.freeze_panes = f"A{header + 1}"
    sheet.auto_filter.ref = f"A{header}:{last_column}{last}"
    sheet.print_title_rows = f"{header}:{header}"

    points = get_column_letter(1 + [key for key, _w, _g in _COLUMNS].index("points"))
    validation = DataValidation(
        type="decimal",
        operator="between",
        formula1="0",
        formula2="10",
        allow_blank=True,
        showErrorMessage=True,
        showInputMessage=True,
        errorTitle=texts.demo_columns["points"],
        error=texts.demo_points_hint,
        promptTitle=texts.demo_columns["points"],
        prompt=texts.demo_points_hint[:255],
    )
    validation.add(f"{points}{header + 1}:{points}{max(last, header + 1)}")
    sheet.add_data_validation(validation)
    return workbook_bytes(workbook, texts.demo_title.format(vendor=vendor_name))


def write_demo_sheets(app: Sphinx, builder: Builder) -> None:
    """Write a scoring sheet per shortlisted vendor and evaluator with every website build."""
    if builder.format != "html":
        return
    project = settings(app.config)
    if not project.options.demo_evaluators:
        return
    model = get_model(builder.env)
    for vendor_id, checked in checked_vendors(builder.env).items():
        if not checked.vendor.shortlisted:
            continue
        for evaluator in project.options.demo_evaluators:
            path = Path(builder.outdir, FOLDER, demo_file(project, vendor_id, evaluator))
            make = partial(demo_sheet, model, project, checked.vendor.name, evaluator)
            write_export(builder, path, make)


# The calibration


def demo_means(checked: CheckedVendor) -> dict[str, float]:
    """The vendor's mean demo points per requirement, over the evaluators who scored it."""
    return {r: fmean(points.values()) for r, points in checked.demo_points.items() if points}


@dataclass(frozen=True)
class Divergence:
    """A requirement the evaluators scored far apart: each one's points, their mean and
    spread."""

    requirement: str
    points: dict[str, float]
    mean: float
    spread: float


def divergences(checked: CheckedVendor, spread: float) -> list[Divergence]:
    """The requirements whose points lie further apart than ``spread``, in the order of the
    requirements."""
    found = []
    for requirement, points in checked.demo_points.items():
        values = list(points.values())
        if values and max(values) - min(values) > spread:
            found.append(Divergence(requirement, points, fmean(values), max(values) - min(values)))
    return found


class DemoCalibrationDirective(ViewDirective):
    """``{democalibration} V-A``: the requirements the evaluators of vendor V-A's
    demonstration scored further apart than ``lastenheft_demo_spread``."""

    required_arguments = 1
    view = "democalibration"

    def view_options(self) -> dict[str, Any]:
        return {"vendor": self.arguments[0].strip()}


def render_calibration(context: PageContext, placement: Placement) -> list[nodes.Node]:
    texts = context.settings.texts.selection
    vendor_id = placement.option("vendor", "")
    checked = checked_vendors(context.env).get(vendor_id)
    if checked is None:
        say = context.settings.texts.messages
        warn_unknown(
            vendor_id,
            say.calibration_unknown_vendor.format(id=vendor_id),
            placement.location,
            say,
        )
        return []
    if not checked.demo_points:
        return [nodes.paragraph("", texts.demo_no_scores.format(vendor=checked.vendor.name))]
    found = divergences(checked, context.settings.options.demo_spread)
    if not found:
        return [nodes.paragraph("", texts.demo_no_divergence)]
    evaluators = list(dict.fromkeys(e for d in found for e in d.points))
    number = context.settings.texts.formats.number
    rows: list[Sequence[Cell]] = [
        [
            context.titled(d.requirement),
            *(number(d.points[e]) if e in d.points else "" for e in evaluators),
            number(d.mean),
            number(d.spread),
        ]
        for d in found
    ]
    header = [texts.requirement, *evaluators, texts.demo_mean, texts.demo_spread]
    widths = [5, *([2] * len(evaluators)), 2, 2]
    return [build_table(rows, header, widths, ["lastenheft-demo-calibration"])]


def calibration_reads(context: ReadContext, placement: Placement) -> Iterable[Read]:
    """The vendor's scoring sheets, the requirements listed and what is listed of them."""
    vendor_id = placement.option("vendor", "")
    reads = [vendor_input(vendor_id)]
    checked = checked_vendors(context.env).get(vendor_id)
    if checked is not None:
        found = divergences(checked, context.settings.options.demo_spread)
        reads.append(shown([(d.requirement, d.points) for d in found]))
        reads.extend(one(d.requirement, *LINK_FIELDS) for d in found)
    return reads


def setup_demo(app: Sphinx) -> None:
    register_view(app, View("demoscript", render_script, script_reads), DemoScriptDirective)
    register_view(
        app,
        View("democalibration", render_calibration, calibration_reads),
        DemoCalibrationDirective,
    )
    # After the vendors are checked (460), so the sheets follow their checked list, and
    # before any page is written.
    app.connect("write-started", write_demo_sheets, priority=490)
