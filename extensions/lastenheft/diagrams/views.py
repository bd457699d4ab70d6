"""The diagram directives: placeholders at read time, Mermaid diagrams once the model is built.

Every kind of diagram takes one path: its directive leaves a placeholder naming the kind
(and, for the diagrams of a customer scene, the scene); at ``doctree-resolved`` each
placeholder is drawn from the model by the generator its kind names in :data:`DIAGRAMS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective
from sphinxcontrib.mermaid import mermaid

from lastenheft import labels
from lastenheft.config import LastenheftConfig, read_config
from lastenheft.diagrams import interplay
from lastenheft.diagrams.journey import journey
from lastenheft.diagrams.process_map import process_map
from lastenheft.diagrams.scene_diagram import scene_diagram
from lastenheft.directives import CURRENT
from lastenheft.model import ProcessModel
from lastenheft.model_setup import get_model
from lastenheft.vocabulary import SYSTEM, TYPES
from lastenheft.warnings_ import Location, WarningSubtype, warn

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

    from lastenheft.diagrams.mermaid_text import Href


class diagram_placeholder(nodes.General, nodes.Element):
    """Stands where a generated diagram goes; attributes ``kind`` and ``scene``."""


class DiagramDirective(SphinxDirective):
    """A generated diagram; ``kind`` is the directive's name and its entry in DIAGRAMS."""

    kind: ClassVar[str]
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {"caption": directives.unchanged}

    def run(self) -> list[nodes.Node]:
        node = diagram_placeholder(kind=self.kind, scene=self.scene(), docname=self.env.docname)
        node["caption"] = self.options.get("caption", "")
        self.set_source_info(node)
        return [node]

    def scene(self) -> str:
        """The customer scene the diagram shows; empty for diagrams of the whole Lastenheft."""
        return ""


class SceneDiagramDirective(DiagramDirective):
    """A diagram of one customer scene: the one named, by default the one above on the page."""

    optional_arguments = 1

    def scene(self) -> str:
        # The scene above on the page, known now: a PDF build resolves all pages as one.
        return " ".join(self.arguments) or str(self.env.temp_data.get(CURRENT + "scene", ""))


class SwimlaneDirective(SceneDiagramDirective):
    """``{swimlane} [scene ID]``: the scene's flow, one lane per role."""

    kind = "swimlane"


class JourneyDirective(SceneDiagramDirective):
    """``{journey} [scene ID]``: the scene's customer touchpoints and how the customer feels."""

    kind = "journey"


class InterplayDirective(SceneDiagramDirective):
    """``{interplay} [scene ID]``: the scene's roles and systems as a sequence diagram."""

    kind = "interplay"


class ProcessMapDirective(DiagramDirective):
    """``{processmap}``: every customer scene of the Lastenheft, grouped by area."""

    kind = "processmap"


@dataclass(frozen=True)
class Drawing:
    """What the generators draw from, for one page."""

    model: ProcessModel
    config: LastenheftConfig
    href: Href
    system_prefix: str
    language: str | None


@dataclass(frozen=True)
class DiagramKind:
    """A kind of diagram: its directive, how to draw it, and, where it can be empty, what to
    tell then."""

    directive: type[DiagramDirective]
    #: Mermaid text for the drawing and a scene ID (empty for whole-Lastenheft diagrams),
    #: or None when there is nothing to draw.
    draw: Callable[[Drawing, str], str | None]
    #: Why the scene ``{scene}`` has nothing to draw and how to fix it.
    nothing_to_draw: str = ""

    @property
    def of_scene(self) -> bool:
        return issubclass(self.directive, SceneDiagramDirective)


def _process_map(drawing: Drawing, _scene_id: str) -> str:
    config = drawing.config
    return process_map(drawing.model, config.areas, style=config.diagram_style, href=drawing.href)


def _swimlane(drawing: Drawing, scene_id: str) -> str:
    return scene_diagram(
        drawing.model,
        scene_id,
        style=drawing.config.diagram_style,
        direction=drawing.config.diagram_direction,
        system_prefix=drawing.system_prefix,
        href=drawing.href,
    )


def _journey(drawing: Drawing, scene_id: str) -> str | None:
    return journey(drawing.model, scene_id)


def _interplay(drawing: Drawing, scene_id: str) -> str | None:
    german = labels.is_german(drawing.language)
    texts = interplay.GERMAN if german else interplay.ENGLISH
    return interplay.interplay(drawing.model, scene_id, texts)


_KINDS = (
    DiagramKind(ProcessMapDirective, _process_map),
    DiagramKind(SwimlaneDirective, _swimlane),
    DiagramKind(
        JourneyDirective,
        _journey,
        nothing_to_draw="The customer scene '{scene}' has no customer touchpoint, so it "
        "has no customer journey. Give each activity where the customer meets the company "
        "a line ':satisfaction: <1-5>' (how the customer feels there), or remove the journey.",
    ),
    DiagramKind(
        InterplayDirective,
        _interplay,
        nothing_to_draw="The customer scene '{scene}' has no activities, so no role or "
        "system acts in it. Add its process steps and activities, or remove the interplay "
        "diagram.",
    ),
)
#: Every kind of diagram by the name of its directive, which its placeholders carry.
DIAGRAMS: dict[str, DiagramKind] = {kind.directive.kind: kind for kind in _KINDS}


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


def _scene_of(placeholder: nodes.Element, model: ProcessModel, location: Location) -> str | None:
    """The scene a scene diagram shows, or None (reported) when there is none to show."""
    kind, scene_id = placeholder["kind"], placeholder["scene"]
    if not scene_id:
        on_page = model.scene_of_doc(placeholder["docname"])
        if len(on_page) != 1:
            warn(
                WarningSubtype.DIAGRAM,
                f"This {kind} diagram names no scene and the page has {len(on_page)} "
                f"scenes. Name the scene: '```{{{kind}}} SZ-…'.",
                location,
            )
            return None
        scene_id = on_page[0]
    if scene_id not in model.scenes:
        warn(
            WarningSubtype.UNKNOWN_ID,
            f"The {kind} diagram names the scene '{scene_id}', but no customer scene has "
            f"this ID. Correct the ID.",
            location,
        )
        return None
    return str(scene_id)


def _code(placeholder: nodes.Element, drawing: Drawing) -> str | None:
    """The placeholder's Mermaid text, or None (reported) when it cannot be drawn."""
    location = Location(placeholder["docname"], placeholder.line)
    kind = DIAGRAMS[placeholder["kind"]]
    scene_id = ""
    if kind.of_scene:
        found = _scene_of(placeholder, drawing.model, location)
        if found is None:
            return None
        scene_id = found
    code = kind.draw(drawing, scene_id)
    if code is None:
        warn(WarningSubtype.DIAGRAM, kind.nothing_to_draw.format(scene=scene_id), location)
    return code


def render_diagrams(app: Sphinx, doctree: nodes.document, fromdocname: str) -> None:
    placeholders = list(doctree.findall(diagram_placeholder))
    if not placeholders:
        return
    env = app.env
    drawing = Drawing(
        model=get_model(env),
        config=read_config(env.config),
        href=_href(app, env, fromdocname),
        system_prefix=_system_prefix(env),
        language=env.config.language,
    )
    for placeholder in placeholders:
        code = _code(placeholder, drawing)
        if code is None:
            placeholder.replace_self([])
            continue
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
    for name, kind in DIAGRAMS.items():
        app.add_directive(name, kind.directive)
    app.connect("doctree-resolved", render_diagrams)
