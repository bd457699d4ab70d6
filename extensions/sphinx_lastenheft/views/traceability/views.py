"""``{tracematrix}``, ``{tracetable}`` and ``{coverage}``: tables and a chart of how the
requirements trace from the scenes to the acceptance tests."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinxcontrib.mermaid import mermaid

from sphinx_lastenheft.texts.catalog import TraceTexts
from sphinx_lastenheft.views.acceptance.runs import RunSummary, run_input, run_summary
from sphinx_lastenheft.views.base import (
    PageContext,
    ReadContext,
    View,
    ViewDirective,
    register_view,
)
from sphinx_lastenheft.views.inputs import Read, every
from sphinx_lastenheft.views.links import NONE, annotated_ids
from sphinx_lastenheft.views.tables import Cell, build_table
from sphinx_lastenheft.views.traceability.coverage import CoverageReport, Figure, coverage
from sphinx_lastenheft.views.traceability.matrix import (
    Selection,
    scene_requirement_matrix,
    trace_rows,
)
from sphinx_lastenheft.vocabulary import ACTIVITY, REQ, SCENE, TEST, split_values

if TYPE_CHECKING:
    from sphinx.application import Sphinx

    from sphinx_lastenheft.sources.pages import Placement

MARK = "●"


def _list(argument: str | None) -> tuple[str, ...]:
    return split_values(argument)


class _TraceDirective(ViewDirective):
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        "priority": _list,
        "category": _list,
        "scenes": _list,
    }


class TraceMatrixDirective(_TraceDirective):
    """``{tracematrix}``: scene x requirement; ``:rows: scenes`` puts the scenes in rows."""

    view = "tracematrix"
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        **_TraceDirective.option_spec,
        "rows": lambda value: directives.choice(value, ("requirements", "scenes")),
    }


class TraceTableDirective(_TraceDirective):
    """``{tracetable}``: each requirement with its activities, scenes and tests; with
    ``:run: RUN`` also each test's result in that test run."""

    view = "tracetable"
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        **_TraceDirective.option_spec,
        "run": directives.unchanged_required,
    }


class CoverageDirective(ViewDirective):
    """``{coverage}``: coverage figures per scene and overall, a chart and the gaps; with
    ``:run: RUN`` also the tests passed in that test run."""

    view = "coverage"
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        "run": directives.unchanged_required,
    }


def trace_reads(context: ReadContext, placement: Placement) -> Iterable[Read]:
    """Every traceability view shows requirements with their sources and tests."""
    reads = [
        every(REQ, "title", "priority", "category", "sections", "derived_from", "concerns"),
        every(REQ, "docname"),
        every(ACTIVITY, "scene", "docname"),
        every(SCENE, "title", "area", "docname"),
        every(TEST, "verifies", "walks_through", "docname"),
    ]
    run_id = placement.option("run", "").strip()
    if run_id:
        reads.append(run_input(run_id))
    return reads


def _selection(placement: Placement) -> Selection:
    return Selection(
        placement.option("priority", ()),
        placement.option("category", ()),
        placement.option("scenes", ()),
    )


def _run(context: PageContext, placement: Placement) -> RunSummary | None:
    """The test run the view names with ':run:', if any (a warning if it is unknown)."""
    run_id = placement.option("run", "").strip()
    return run_summary(context.env, run_id, placement.location) if run_id else None


def render_matrix(context: PageContext, placement: Placement) -> list[nodes.Node]:
    texts = context.settings.texts.trace
    rows_kind = placement.option("rows", "requirements")
    matrix = scene_requirement_matrix(context.model, _selection(placement), rows=rows_kind)
    first = texts.requirement if rows_kind == "requirements" else texts.scene
    header = [first, *matrix.columns, texts.total]
    rows: list[list[Cell] | str] = []
    for group in matrix.groups:
        rows.append(group.title or NONE)
        rows.extend(
            [
                context.titled(row.object_id),
                *(MARK if m else "" for m in row.marks),
                str(row.total),
            ]
            for row in group.rows
        )
    rows.append([texts.total, *map(str, matrix.column_totals), str(matrix.total)])
    widths = [4, *[1] * len(matrix.columns), 1]
    return [build_table(rows, header, widths, classes=["lastenheft-matrix"])]


def render_table(context: PageContext, placement: Placement) -> list[nodes.Node]:
    texts = context.settings.texts.trace
    header = [texts.requirement, texts.title, texts.activities, texts.scenes, texts.tests]
    widths = [2, 5, 4, 2, 2]
    run = _run(context, placement)
    if run is not None:
        header.append(texts.results.format(run=run.run_id))
        widths = [2, 4, 3, 2, 2, 4]
    rows: list[list[Cell] | str] = []
    for trace in trace_rows(context.model, _selection(placement)):
        row: list[Cell] = [
            context.link(trace.requirement),
            context.model.requirements[trace.requirement].title,
            context.links(trace.activities),
            context.links(trace.scenes),
            context.links(trace.tests),
        ]
        if run is not None:
            row.append(annotated_ids(context.link, trace.tests, run.results.__getitem__))
        rows.append(row)
    return [build_table(rows, header, widths, classes=["lastenheft-trace"])]


def _figure(figure: Figure) -> str:
    if figure.percent is None:
        return NONE
    return f"{len(figure.covered)}/{figure.total} ({figure.percent:.0f} %)"


def _chart(report: CoverageReport, texts: TraceTexts) -> nodes.Element:
    scenes = list(report.scenes)
    lines = [
        # Mermaid's default palette draws the bars too pale to read.
        '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#2b6cb0, #dd6b20"}}}}%%',
        "xychart-beta",
        f'    title "{texts.chart_title}"',
        f"    x-axis [{', '.join(f'{chr(34)}{s}{chr(34)}' for s in scenes)}]",
        f'    y-axis "{texts.percent}" 0 --> 100',
    ]
    # One bar and one line: Mermaid's xychart draws several bar series on top of each other.
    for series, key in (("bar", "activities_with_requirement"), ("line", "mandatory_with_test")):
        values = [report.scenes[s][key].percent or 0 for s in scenes]
        lines.append(f"    {series} [{', '.join(f'{v:.0f}' for v in values)}]")
    chart: nodes.Element = mermaid()
    chart["code"] = "\n".join(lines) + "\n"
    chart["options"] = {}
    return nodes.figure("", chart, nodes.caption(text=texts.chart_legend))


def render_coverage(context: PageContext, placement: Placement) -> list[nodes.Node]:
    texts = context.settings.texts.trace
    run = _run(context, placement)
    report = coverage(
        context.model, context.settings.options, run.passed if run is not None else None
    )
    run_id = run.run_id if run is not None else ""
    titles = {key: texts.metrics[key].format(run=run_id) for key in report.keys}
    header = [texts.scene, *(titles[key] for key in report.keys)]
    rows: list[list[Cell] | str] = [
        [context.link(scene), *(_figure(figures[key]) for key in report.keys)]
        for scene, figures in report.scenes.items()
    ]
    rows.append([texts.overall, *(_figure(report.overall[key]) for key in report.keys)])
    chart = _chart(report, texts)
    context.document.set_id(chart)
    result: list[nodes.Node] = [
        build_table(rows, header, [2, *[3] * len(report.keys)], classes=["lastenheft-coverage"]),
        chart,
    ]
    gaps = nodes.bullet_list(classes=["lastenheft-gaps"])
    for key in report.keys:
        figure = report.overall[key]
        item = nodes.paragraph("", f"{titles[key]}: ")
        item += context.links(figure.gaps) if figure.gaps else nodes.Text(texts.no_gaps)
        gaps += nodes.list_item("", item)
    result += [nodes.rubric("", texts.gaps), gaps]
    return result


def setup_trace_views(app: Sphinx) -> None:
    for view, directive in (
        (View("tracematrix", render_matrix, trace_reads), TraceMatrixDirective),
        (View("tracetable", render_table, trace_reads), TraceTableDirective),
        (View("coverage", render_coverage, trace_reads), CoverageDirective),
    ):
        register_view(app, view, directive)
