"""``{tracematrix}``, ``{tracetable}`` and ``{coverage}``: placeholders at read time, tables
and a chart once the model is built."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective
from sphinxcontrib.mermaid import mermaid

from lastenheft.acceptance.evaluation import Evaluation
from lastenheft.acceptance.rendering import Page, results_of_tests
from lastenheft.acceptance.runs import find_run
from lastenheft.acceptance.texts import texts_for
from lastenheft.config import LastenheftConfig, read_config
from lastenheft.labels import is_german
from lastenheft.links import linked_ids, object_reference
from lastenheft.model_setup import get_model
from lastenheft.tables import Cell, build_table
from lastenheft.traceability.coverage import TESTS_PASSED, CoverageReport, Figure, coverage
from lastenheft.traceability.matrix import Selection, scene_requirement_matrix, trace_rows
from lastenheft.vocabulary import split_values
from lastenheft.warnings_ import Location

if TYPE_CHECKING:
    from sphinx.application import Sphinx

    from lastenheft.model import ProcessModel

MARK = "●"
#: Shown where there is nothing to count.
NONE = "\N{EN DASH}"


@dataclass(frozen=True)
class TraceTexts:
    requirement: str
    title: str
    total: str
    activities: str
    scenes: str
    tests: str
    #: The column of a test run's results; '{run}' is filled in.
    results: str
    scene: str
    overall: str
    metrics: dict[str, str]
    gaps: str
    no_gaps: str
    chart_title: str
    chart_legend: str
    percent: str


GERMAN = TraceTexts(
    requirement="Anforderung",
    title="Titel",
    total="Σ",
    activities="abgeleitet aus Tätigkeiten",
    scenes="Kundenszenen",
    tests="geprüft durch",
    results="Ergebnis {run}",
    scene="Kundenszene",
    overall="Gesamt",
    metrics={
        "activities_with_requirement": "Tätigkeiten mit Anforderung",
        "requirements_with_activity": "Anforderungen mit Tätigkeit",
        "mandatory_with_test": "Muss-Anforderungen mit Abnahmetest",
        TESTS_PASSED: "Testfälle bestanden ({run})",
    },
    gaps="Lücken",
    no_gaps="keine",
    chart_title="Abdeckung je Kundenszene in Prozent",
    chart_legend="Balken: Tätigkeiten mit Anforderung. Linie: Muss-Anforderungen mit Abnahmetest.",
    percent="Prozent",
)
ENGLISH = TraceTexts(
    requirement="Requirement",
    title="Title",
    total="Σ",
    activities="derived from activities",
    scenes="Customer scenes",
    tests="verified by",
    results="Result {run}",
    scene="Customer scene",
    overall="Overall",
    metrics={
        "activities_with_requirement": "Activities with a requirement",
        "requirements_with_activity": "Requirements with an activity",
        "mandatory_with_test": "Mandatory requirements with an acceptance test",
        TESTS_PASSED: "Test cases passed ({run})",
    },
    gaps="Gaps",
    no_gaps="none",
    chart_title="Coverage per customer scene in percent",
    chart_legend="Bars: activities with a requirement. Line: mandatory requirements with an "
    "acceptance test.",
    percent="Percent",
)


class trace_placeholder(nodes.General, nodes.Element):
    """Stands where a traceability view goes; attributes ``kind`` and its options."""


def _list(argument: str | None) -> list[str]:
    return list(split_values(argument))


class _TraceDirective(SphinxDirective):
    kind: ClassVar[str]
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        "priority": _list,
        "category": _list,
        "scenes": _list,
    }

    def run(self) -> list[nodes.Node]:
        node = trace_placeholder(kind=self.kind, **self.options)
        self.set_source_info(node)
        return [node]


class TraceMatrixDirective(_TraceDirective):
    """``{tracematrix}``: scene x requirement; ``:rows: scenes`` puts the scenes in rows."""

    kind = "matrix"
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        **_TraceDirective.option_spec,
        "rows": lambda value: directives.choice(value, ("requirements", "scenes")),
    }


class TraceTableDirective(_TraceDirective):
    """``{tracetable}``: each requirement with its activities, scenes and tests; with
    ``:run: RUN`` also each test's result in that test run."""

    kind = "table"
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        **_TraceDirective.option_spec,
        "run": directives.unchanged_required,
    }


class CoverageDirective(_TraceDirective):
    """``{coverage}``: coverage figures per scene and overall, a chart and the gaps; with
    ``:run: RUN`` also the tests passed in that test run."""

    kind = "coverage"
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        "run": directives.unchanged_required,
    }


@dataclass
class _View:
    """What every view needs to render for one page."""

    app: Sphinx
    model: ProcessModel
    config: LastenheftConfig
    texts: TraceTexts
    docname: str
    document: nodes.document

    def link(self, object_id: str) -> nodes.reference:
        return object_reference(self.app, self.model, self.docname, object_id)

    def titled_link(self, object_id: str) -> nodes.Node:
        """The ID as a link, then the object's title."""
        title = self.model.title_of(object_id)
        return nodes.inline("", "", self.link(object_id), nodes.Text(f" {title}"))

    def run(self, node: trace_placeholder) -> Evaluation | None:
        """The test run the view names with ':run:', if any (a warning if it is unknown)."""
        run_id = node.get("run", "").strip()
        if not run_id:
            return None
        return find_run(self.app.env, run_id, Location(self.docname, node.line))

    def links(self, object_ids: list[str]) -> nodes.Node:
        return linked_ids(self.link, object_ids)


def _matrix(view: _View, node: trace_placeholder) -> list[nodes.Node]:
    selection = Selection(
        node.get("priority", ()), node.get("category", ()), node.get("scenes", ())
    )
    rows_kind = node.get("rows", "requirements")
    matrix = scene_requirement_matrix(view.model, selection, rows=rows_kind)
    first = view.texts.requirement if rows_kind == "requirements" else view.texts.scene
    header = [first, *matrix.columns, view.texts.total]
    rows: list[list[Cell] | str] = []
    for group in matrix.groups:
        rows.append(group.title or NONE)
        rows.extend(
            [
                view.titled_link(row.object_id),
                *(MARK if m else "" for m in row.marks),
                str(row.total),
            ]
            for row in group.rows
        )
    rows.append([view.texts.total, *map(str, matrix.column_totals), str(matrix.total)])
    widths = [4, *[1] * len(matrix.columns), 1]
    return [build_table(rows, header, widths, classes=["lastenheft-matrix"])]


def _table(view: _View, node: trace_placeholder) -> list[nodes.Node]:
    selection = Selection(
        node.get("priority", ()), node.get("category", ()), node.get("scenes", ())
    )
    texts = view.texts
    header = [texts.requirement, texts.title, texts.activities, texts.scenes, texts.tests]
    widths = [2, 5, 4, 2, 2]
    evaluation = view.run(node)
    page = Page(view.model, texts_for(view.app.config.language), view.link)
    if evaluation is not None:
        header.append(texts.results.format(run=evaluation.run_id))
        widths = [2, 4, 3, 2, 2, 4]
    rows: list[list[Cell] | str] = []
    for trace in trace_rows(view.model, selection):
        row: list[Cell] = [
            view.link(trace.requirement),
            view.model.requirements[trace.requirement].title,
            view.links(trace.activities),
            view.links(trace.scenes),
            view.links(trace.tests),
        ]
        if evaluation is not None:
            row.append(results_of_tests(page, evaluation, trace.tests))
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


def _coverage(view: _View, node: trace_placeholder) -> list[nodes.Node]:
    evaluation = view.run(node)
    passed = evaluation.passed_tests if evaluation is not None else None
    report = coverage(view.model, view.config, passed)
    texts = view.texts
    run = evaluation.run_id if evaluation is not None else ""
    titles = {key: texts.metrics[key].format(run=run) for key in report.keys}
    header = [texts.scene, *(titles[key] for key in report.keys)]
    rows: list[list[Cell] | str] = [
        [view.link(scene), *(_figure(figures[key]) for key in report.keys)]
        for scene, figures in report.scenes.items()
    ]
    rows.append([texts.overall, *(_figure(report.overall[key]) for key in report.keys)])
    chart = _chart(report, texts)
    view.document.set_id(chart)
    result: list[nodes.Node] = [
        build_table(rows, header, [2, *[3] * len(report.keys)], classes=["lastenheft-coverage"]),
        chart,
    ]
    gaps = nodes.bullet_list(classes=["lastenheft-gaps"])
    for key in report.keys:
        figure = report.overall[key]
        item = nodes.paragraph("", f"{titles[key]}: ")
        item += view.links(list(figure.gaps)) if figure.gaps else nodes.Text(texts.no_gaps)
        gaps += nodes.list_item("", item)
    result += [nodes.rubric("", texts.gaps), gaps]
    return result


_RENDERERS: dict[str, Callable[[_View, trace_placeholder], list[nodes.Node]]] = {
    "matrix": _matrix,
    "table": _table,
    "coverage": _coverage,
}


def render_trace_views(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    placeholders = list(doctree.findall(trace_placeholder))
    if not placeholders:
        return
    view = _View(
        app,
        get_model(app.env),
        read_config(app.config),
        GERMAN if is_german(app.config.language) else ENGLISH,
        docname,
        doctree,
    )
    for placeholder in placeholders:
        placeholder.replace_self(_RENDERERS[placeholder["kind"]](view, placeholder))


def setup_trace_views(app: Sphinx) -> None:
    app.add_node(trace_placeholder)
    app.add_directive("tracematrix", TraceMatrixDirective)
    app.add_directive("tracetable", TraceTableDirective)
    app.add_directive("coverage", CoverageDirective)
    app.connect("doctree-resolved", render_trace_views)
