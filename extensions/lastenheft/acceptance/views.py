"""The acceptance views: placeholders at read time, tables once the runs are checked.

``{testresults}``, ``{requirementresults}``, ``{sceneresults}``, ``{defectlist}`` and
``{acceptanceprotocol}`` take a run's ID; ``{protocoltemplate}`` links the blank protocol.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from docutils import nodes
from sphinx import addnodes
from sphinx.util.docutils import SphinxDirective

from lastenheft.acceptance.evaluation import Evaluation
from lastenheft.acceptance.rendering import (
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
from lastenheft.acceptance.runs import acceptance_view, find_run
from lastenheft.acceptance.signatures import signature_fields
from lastenheft.acceptance.template import FOLDER
from lastenheft.acceptance.texts import AcceptanceTexts, texts_for
from lastenheft.config import read_config
from lastenheft.links import object_reference
from lastenheft.model_setup import get_model
from lastenheft.tables import Cell, build_table
from lastenheft.warnings_ import Location

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sphinx.application import Sphinx


class _RunViewDirective(SphinxDirective):
    required_arguments = 1
    kind: ClassVar[str]

    def placeholder(self, kind: str, run_id: str) -> acceptance_view:
        node = acceptance_view(kind=kind, run=run_id, docname=self.env.docname)
        self.set_source_info(node)
        return node

    def run(self) -> list[nodes.Node]:
        return [self.placeholder(self.kind, self.arguments[0].strip())]


class TestResultsDirective(_RunViewDirective):
    """``{testresults} RUN``: each test case with its result in the run."""

    kind = "results"


class RequirementResultsDirective(_RunViewDirective):
    """``{requirementresults} RUN``: each requirement erfüllt / nicht erfüllt / nicht getestet."""

    kind = "requirements"


class SceneResultsDirective(_RunViewDirective):
    """``{sceneresults} RUN``: each customer scene's acceptance status."""

    kind = "scenes"


class DefectListDirective(_RunViewDirective):
    """``{defectlist} RUN``: the defects of the run, by class."""

    kind = "defects"


class AcceptanceProtocolDirective(_RunViewDirective):
    """``{acceptanceprotocol} RUN``: the Abnahmeprotokoll.

    It stands at the top level of a page: its parts are sections, so that they are in the
    page's table of contents and the PDF's outline.
    """

    def run(self) -> list[nodes.Node]:
        run_id = self.arguments[0].strip()
        texts = texts_for(self.config.language)
        result: list[nodes.Node] = [self.placeholder("facts", run_id)]
        for kind, heading in (
            ("results", texts.section_results),
            ("scenes", texts.section_scenes),
            ("open-requirements", texts.section_requirements),
            ("defects", texts.section_defects),
            ("decision", texts.section_decision),
            ("signatures", texts.section_signatures),
        ):
            section = nodes.section("", nodes.title(heading, heading))
            section["names"].append(nodes.fully_normalize_name(heading))
            self.state.document.note_implicit_target(section, section)
            section += self.placeholder(kind, run_id)
            result.append(section)
        return result


class ProtocolTemplateDirective(SphinxDirective):
    """``{protocoltemplate}``: the link to the blank protocol (in print: where to get it)."""

    def run(self) -> list[nodes.Node]:
        node = acceptance_view(kind="template", run="", docname=self.env.docname)
        self.set_source_info(node)
        return [node]


def _facts(app: Sphinx, page: Page, evaluation: Evaluation) -> list[nodes.Node]:
    texts = page.texts
    run = evaluation.checked.run
    facts: list[tuple[str, str]] = [
        (texts.project, app.config.project),
        (texts.specification_version, app.config.release),
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


def _sources(
    texts: AcceptanceTexts, placeholder: acceptance_view, evaluation: Evaluation
) -> list[nodes.Node]:
    downloads = {
        node["reftarget"]: node for node in placeholder.findall(addnodes.download_reference)
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


def _template_link(app: Sphinx, texts: AcceptanceTexts, docname: str) -> list[nodes.Node]:
    file = texts.template_file
    if app.builder.format == "html":
        here = posixpath.dirname(app.builder.get_target_uri(docname).split("#")[0])
        uri = posixpath.relpath(f"{FOLDER}/{file}", here or ".")
        link = nodes.reference("", "", nodes.literal(file, file), refuri=uri, classes=["download"])
        text = nodes.paragraph("", f"{texts.template_link}: ")
        text += link
        return [text]
    base = str(getattr(app.config, "html_baseurl", "") or "")
    where = f"{base.rstrip('/')}/{FOLDER}/{file}" if base else texts.template_where_site
    return [paragraph(texts.template_where.format(file=file, where=where))]


_TABLES: dict[str, Callable[[Page, Evaluation], list[nodes.Node]]] = {
    "results": lambda page, evaluation: [results_table(page, evaluation)],
    "requirements": lambda page, evaluation: [requirements_table(page, evaluation)],
    "open-requirements": open_requirements,
    "scenes": lambda page, evaluation: [scenes_table(page, evaluation)],
    "defects": defect_table,
    "decision": decision_view,
}


def render_acceptance_views(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    placeholders = list(doctree.findall(acceptance_view))
    if not placeholders:
        return
    texts = texts_for(app.config.language)
    model = get_model(app.env)

    def link(object_id: str) -> nodes.Node:
        try:
            return object_reference(app, model, docname, object_id)
        except KeyError:
            # A test's link to an object that does not exist; the validation reports it.
            return nodes.Text(object_id)

    page = Page(model, texts, link)
    for placeholder in placeholders:
        kind = placeholder["kind"]
        if kind == "template":
            placeholder.replace_self(_template_link(app, texts, docname))
            continue
        location = Location(placeholder["docname"], placeholder.line)
        evaluation = find_run(app.env, placeholder["run"], location)
        content: list[nodes.Node] = []
        if evaluation is None:
            pass
        elif kind == "sources":
            content = _sources(texts, placeholder, evaluation)
        elif kind == "facts":
            content = _facts(app, page, evaluation)
        elif kind == "signatures":
            settings = read_config(app.config)
            client = settings.company or app.config.author
            content = [signature_fields(texts, client, app.builder.format)]
        else:
            content = _TABLES[kind](page, evaluation)
        placeholder.replace_self(content)


def setup_acceptance_views(app: Sphinx) -> None:
    for name, directive in (
        ("testresults", TestResultsDirective),
        ("requirementresults", RequirementResultsDirective),
        ("sceneresults", SceneResultsDirective),
        ("defectlist", DefectListDirective),
        ("acceptanceprotocol", AcceptanceProtocolDirective),
        ("protocoltemplate", ProtocolTemplateDirective),
    ):
        app.add_directive(name, directive)
    app.connect("doctree-resolved", render_acceptance_views)
