"""The diagram directives: placeholders at read time, Mermaid diagrams once the model is built."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective
from sphinxcontrib.mermaid import mermaid

from lastenheft.config import read_config
from lastenheft.diagrams.process_map import process_map
from lastenheft.diagrams.scene_diagram import scene_diagram
from lastenheft.directives import CURRENT
from lastenheft.model_setup import get_model
from lastenheft.vocabulary import SYSTEM, TYPES
from lastenheft.warnings_ import Location, WarningSubtype, warn

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

    from lastenheft.diagrams.mermaid_text import Href


class diagram_placeholder(nodes.General, nodes.Element):
    """Stands where a generated diagram goes; attributes ``kind`` and ``scene``."""


class SwimlaneDirective(SphinxDirective):
    """``{swimlane} [scene ID]``: the swimlane diagram of a scene, by default this page's."""

    optional_arguments = 1
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {"caption": directives.unchanged}

    def run(self) -> list[nodes.Node]:
        # The scene above on the page, known now: a PDF build resolves all pages as one.
        scene = " ".join(self.arguments) or self.env.temp_data.get(CURRENT + "scene", "")
        node = diagram_placeholder(kind="swimlane", scene=scene, docname=self.env.docname)
        node["caption"] = self.options.get("caption", "")
        self.set_source_info(node)
        return [node]


class ProcessMapDirective(SphinxDirective):
    """``{processmap}``: every customer scene of the Lastenheft, grouped by area."""

    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {"caption": directives.unchanged}

    def run(self) -> list[nodes.Node]:
        node = diagram_placeholder(kind="processmap", scene="", docname=self.env.docname)
        node["caption"] = self.options.get("caption", "")
        self.set_source_info(node)
        return [node]


def _href(app: Sphinx, env: BuildEnvironment, fromdocname: str) -> Href:
    from sphinx_needs.data import SphinxNeedsData

    needs = SphinxNeedsData(env).get_needs_view()

    def href(object_id: str) -> str:
        docname = needs[object_id]["docname"]
        if not docname or docname == fromdocname:
            return "#" + object_id
        return app.builder.get_relative_uri(fromdocname, docname) + "#" + object_id

    return href


def _system_prefix(env: BuildEnvironment) -> str:
    for entry in env.config.needs_types:
        if entry["directive"] == SYSTEM:
            return str(entry["prefix"])
    return TYPES[SYSTEM].prefix


def render_diagrams(app: Sphinx, doctree: nodes.document, fromdocname: str) -> None:
    env = app.env
    placeholders = list(doctree.findall(diagram_placeholder))
    if not placeholders:
        return
    model = get_model(env)
    config = read_config(env.config)
    href = _href(app, env, fromdocname)
    for placeholder in placeholders:
        location = Location(placeholder["docname"], placeholder.line)
        if placeholder["kind"] == "processmap":
            code = process_map(model, config.areas, style=config.diagram_style, href=href)
        else:
            scene_id = placeholder["scene"]
            if not scene_id:
                on_page = model.scene_of_doc(placeholder["docname"])
                scene_id = on_page[0] if len(on_page) == 1 else ""
                if not scene_id:
                    warn(
                        WarningSubtype.DIAGRAM,
                        f"This swimlane diagram names no scene and the page has "
                        f"{len(on_page)} scenes. Name the scene: '```{{swimlane}} SZ-…'.",
                        location,
                    )
                    placeholder.replace_self([])
                    continue
            if scene_id not in model.scenes:
                warn(
                    WarningSubtype.UNKNOWN_ID,
                    f"The swimlane diagram names the scene '{scene_id}', but no customer "
                    f"scene has this ID. Correct the ID.",
                    location,
                )
                placeholder.replace_self([])
                continue
            code = scene_diagram(
                model,
                scene_id,
                style=config.diagram_style,
                direction=config.diagram_direction,
                system_prefix=_system_prefix(env),
                href=href,
            )
        diagram = mermaid()
        diagram["code"] = code
        diagram["options"] = {}
        diagram["classes"] = ["lastenheft-diagram", f"lastenheft-{placeholder['kind']}"]
        diagram.source, diagram.line = placeholder.source, placeholder.line
        result: nodes.Element = diagram
        if placeholder["caption"]:
            result = nodes.figure("", diagram, nodes.caption(text=placeholder["caption"]))
            # Writers number and link figures by their ID.
            doctree.set_id(result)
        placeholder.replace_self(result)


def setup_views(app: Sphinx) -> None:
    app.add_node(diagram_placeholder)
    app.add_directive("swimlane", SwimlaneDirective)
    app.add_directive("processmap", ProcessMapDirective)
    app.connect("doctree-resolved", render_diagrams)
