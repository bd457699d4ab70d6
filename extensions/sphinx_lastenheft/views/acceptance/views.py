"""The acceptance views, tables of a test run once the runs are checked.

``{testresults}``, ``{requirementresults}``, ``{sceneresults}``, ``{defectlist}`` and
``{acceptanceprotocol}`` take a run's ID; ``{protocoltemplate}`` links the blank protocol;
``{testrun}`` itself shows where the run's results come from.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx import addnodes

from sphinx_lastenheft.config import settings
from sphinx_lastenheft.views.acceptance.evaluation import Evaluation
from sphinx_lastenheft.views.acceptance.rendering import (
    Page,
    decision_view,
    defect_table,
    open_requirements,
    paragraph,
    requirements_table,
    results_table,
    scenes_table,
    summary_table,
)
from sphinx_lastenheft.views.acceptance.runs import TestRunDirective, find_run, run_input
from sphinx_lastenheft.views.acceptance.signatures import signature_fields
from sphinx_lastenheft.views.base import (
    PageContext,
    ReadContext,
    View,
    ViewDirective,
    reads_nothing,
    register_view,
)
from sphinx_lastenheft.views.inputs import Read, every
from sphinx_lastenheft.views.tables import Cell, build_table
from sphinx_lastenheft.views.workbooks import download_link
from sphinx_lastenheft.vocabulary import ACTIVITY, REQ, SCENE, TEST

if TYPE_CHECKING:
    from sphinx.application import Sphinx

    from sphinx_lastenheft.sources.pages import Placement


class RunViewDirective(ViewDirective):
    """A view of the run named in the argument."""

    required_arguments = 1

    def view_options(self) -> dict[str, Any]:
        return {"run": self.arguments[0].strip()}


class TestResultsDirective(RunViewDirective):
    """``{testresults} RUN``: each test case with its result in the run."""

    view = "testresults"


class RequirementResultsDirective(RunViewDirective):
    """``{requirementresults} RUN``: each requirement erfüllt / nicht erfüllt / nicht getestet."""

    view = "requirementresults"


class SceneResultsDirective(RunViewDirective):
    """``{sceneresults} RUN``: each customer scene's acceptance status."""

    view = "sceneresults"


class DefectListDirective(RunViewDirective):
    """``{defectlist} RUN``: the defects of the run, by class."""

    view = "defectlist"


class AcceptanceProtocolDirective(RunViewDirective):
    """``{acceptanceprotocol} RUN``: the Abnahmeprotokoll.

    It stands at the top level of a page: its parts are sections, so that they are in the
    page's table of contents and the PDF's outline.
    """

    def run(self) -> list[nodes.Node]:
        run_id = self.arguments[0].strip()
        words = settings(self.config).texts.acceptance
        result: list[nodes.Node] = [self.placeholder("run-facts", run=run_id)]
        for view, heading in (
            ("testresults", words.section_results),
            ("sceneresults", words.section_scenes),
            ("open-requirements", words.section_requirements),
            ("defectlist", words.section_defects),
            ("decision", words.section_decision),
            ("signatures", words.section_signatures),
        ):
            result.append(self.section(heading, self.placeholder(view, run=run_id)))
        return result


class ProtocolTemplateDirective(ViewDirective):
    """``{protocoltemplate}``: the link to the blank protocol (in print: where to get it)."""

    view = "protocoltemplate"


def run_reads(context: ReadContext, placement: Placement) -> Iterable[Read]:
    """A view of a run shows the run's results with the tests, requirements and scenes."""
    return [
        run_input(placement.option("run", "")),
        every(TEST, "title", "verifies", "walks_through", "docname"),
        every(REQ, "title", "priority", "derived_from", "concerns", "docname"),
        every(ACTIVITY, "scene"),
        every(SCENE, "title", "docname"),
    ]


def _run_view(
    show: Callable[[PageContext, Page, Evaluation], list[nodes.Node]],
) -> Callable[[PageContext, Placement], list[nodes.Node]]:
    """A renderer that finds the placement's run (a warning if it is unknown) and shows it."""

    def render(context: PageContext, placement: Placement) -> list[nodes.Node]:
        evaluation = find_run(context.env, placement.option("run", ""), placement.location)
        if evaluation is None:
            return []
        texts = context.settings.texts
        page = Page(context.model, texts.acceptance, context.link, texts.formats)
        return show(context, page, evaluation)

    return render


def _facts(context: PageContext, page: Page, evaluation: Evaluation) -> list[nodes.Node]:
    texts = page.texts
    run = evaluation.checked.run
    config = context.app.config
    facts: list[tuple[str, str]] = [
        (texts.project, config.project),
        (texts.specification_version, config.release),
        (texts.run, f"{run.id} {run.title}"),
        (texts.release, run.release),
        (texts.environment, run.environment),
        (texts.period, run.period),
        (texts.participants, ", ".join(run.participants)),
    ]
    rows: list[Sequence[Cell] | str] = [[k, v] for k, v in facts if v]
    return [
        build_table(rows, widths=[1, 3], classes=["lastenheft-run-facts"]),
        nodes.rubric("", texts.summary),
        summary_table(page, evaluation),
    ]


def _sources(context: PageContext, page: Page, evaluation: Evaluation) -> list[nodes.Node]:
    texts = page.texts
    downloads = {
        node["reftarget"]: node
        for placed in context.placed
        if isinstance(placed, nodes.Element)
        for node in placed.findall(addnodes.download_reference)
    }
    items = nodes.bullet_list(classes=["lastenheft-run-sources"])
    for count in evaluation.checked.counts:
        source = count.source
        name: nodes.Node = downloads.get(source.path) or nodes.literal(source.path, source.path)
        counts = texts.source_counts.format(
            rows=source.rows_read, results=count.results, rejected=count.rejected
        )
        if count.elsewhere:
            counts += f", {texts.source_elsewhere.format(count=count.elsewhere)}"
        item = nodes.paragraph("", "", name)
        item += nodes.Text(f" ({texts.source_kinds[source.kind]}): {counts}")
        items += nodes.list_item("", item)
    intro = paragraph(texts.run_sources.format(run=evaluation.run_id))
    return [intro, items] if len(items) else [intro]


def _signatures(context: PageContext, page: Page, evaluation: Evaluation) -> list[nodes.Node]:
    client = context.settings.options.company or context.app.config.author
    return [signature_fields(page.texts, client, context.builder_format)]


def render_template_link(context: PageContext, placement: Placement) -> list[nodes.Node]:
    texts = context.settings.texts.acceptance
    return download_link(
        context,
        texts.template_file,
        texts.template_link,
        texts.template_where,
        texts.template_where_site,
    )


_RUN_VIEWS: dict[str, Callable[[PageContext, Page, Evaluation], list[nodes.Node]]] = {
    "testrun": _sources,
    "run-facts": _facts,
    "testresults": lambda context, page, evaluation: [results_table(page, evaluation)],
    "requirementresults": lambda context, page, evaluation: [requirements_table(page, evaluation)],
    "sceneresults": lambda context, page, evaluation: [scenes_table(page, evaluation)],
    "open-requirements": lambda context, page, evaluation: open_requirements(page, evaluation),
    "defectlist": lambda context, page, evaluation: defect_table(page, evaluation),
    "decision": lambda context, page, evaluation: decision_view(page, evaluation),
    "signatures": _signatures,
}
_DIRECTIVES: dict[str, type[ViewDirective]] = {
    "testrun": TestRunDirective,
    "testresults": TestResultsDirective,
    "requirementresults": RequirementResultsDirective,
    "sceneresults": SceneResultsDirective,
    "defectlist": DefectListDirective,
}


def setup_acceptance_views(app: Sphinx) -> None:
    for name, show in _RUN_VIEWS.items():
        register_view(app, View(name, _run_view(show), run_reads), _DIRECTIVES.get(name))
    app.add_directive("acceptanceprotocol", AcceptanceProtocolDirective)
    register_view(
        app,
        View("protocoltemplate", render_template_link, reads_nothing),
        ProtocolTemplateDirective,
    )
