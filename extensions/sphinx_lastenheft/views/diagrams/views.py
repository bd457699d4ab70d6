"""The diagram views: ``{swimlane}``, ``{journey}`` and ``{interplay}`` of a customer scene,
and ``{processmap}`` of all scenes, each drawn from the model as a Mermaid diagram."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from operator import attrgetter
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinxcontrib.mermaid import mermaid

from sphinx_lastenheft.config import Settings
from sphinx_lastenheft.sources.objects import CURRENT
from sphinx_lastenheft.texts.messages import Messages
from sphinx_lastenheft.views.base import (
    PageContext,
    ReadContext,
    View,
    ViewDirective,
    register_view,
    warn_unknown,
)
from sphinx_lastenheft.views.diagrams.interplay import interplay
from sphinx_lastenheft.views.diagrams.journey import journey
from sphinx_lastenheft.views.diagrams.process_map import process_map
from sphinx_lastenheft.views.diagrams.scene_diagram import scene_diagram
from sphinx_lastenheft.views.inputs import Read, every, one
from sphinx_lastenheft.vocabulary import SCENE, SYSTEM
from sphinx_lastenheft.warnings_ import WarningSubtype, warn

if TYPE_CHECKING:
    from sphinx.application import Sphinx

    from sphinx_lastenheft.model.process import ProcessModel
    from sphinx_lastenheft.sources.pages import Placement
    from sphinx_lastenheft.views.diagrams.mermaid_text import Href


class DiagramDirective(ViewDirective):
    """A generated diagram, with an optional ``:caption:``."""

    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {"caption": directives.unchanged}


class SceneDiagramDirective(DiagramDirective):
    """A diagram of one customer scene: the one named, by default the one above on the page."""

    optional_arguments = 1

    def view_options(self) -> dict[str, Any]:
        # The scene above on the page, known now: a PDF build resolves all pages as one.
        above = str(self.env.temp_data.get(CURRENT + "scene", ""))
        return {**self.options, "scene": " ".join(self.arguments) or above}


class SwimlaneDirective(SceneDiagramDirective):
    """``{swimlane} [scene ID]``: the scene's flow, one lane per role."""

    view = "swimlane"


class JourneyDirective(SceneDiagramDirective):
    """``{journey} [scene ID]``: the scene's customer touchpoints and how the customer feels."""

    view = "journey"


class InterplayDirective(SceneDiagramDirective):
    """``{interplay} [scene ID]``: the scene's roles and systems as a sequence diagram."""

    view = "interplay"


class ProcessMapDirective(DiagramDirective):
    """``{processmap}``: every customer scene of the Lastenheft, grouped by area."""

    view = "processmap"


def _href(context: PageContext) -> Href:
    def href(object_id: str) -> str:
        docname = context.model.location_of(object_id).docname
        if docname == context.docname:
            return "#" + object_id
        return context.app.builder.get_relative_uri(context.docname, docname) + "#" + object_id

    return href


def _scene_of(model: ProcessModel, placement: Placement, project: Settings | None) -> str | None:
    """The scene a scene diagram shows; None when there is none, reported in the words of
    ``project`` where given."""
    view, scene_id = placement.view, placement.option("scene", "")
    if not scene_id:
        on_page = model.scene_of_doc(placement.location.docname)
        if len(on_page) != 1:
            if project is not None:
                warn(
                    WarningSubtype.DIAGRAM,
                    project.texts.messages.diagram_without_scene.format(
                        view=view, count=len(on_page), prefix=project.prefix(SCENE)
                    ),
                    placement.location,
                )
            return None
        scene_id = on_page[0]
    if scene_id not in model.scenes:
        if project is not None:
            warn_unknown(
                scene_id,
                project.texts.messages.diagram_unknown_scene.format(view=view, scene=scene_id),
                placement.location,
                project.texts.messages,
            )
        return None
    return str(scene_id)


def _scene_reads(context: ReadContext, placement: Placement) -> Iterable[Read]:
    """A scene diagram shows the scene's steps and activities, and its roles and systems."""
    model = context.model
    scene_id = _scene_of(model, placement, None)
    if scene_id is None:
        # Which scene the page shows, or that the named one exists, may change.
        return [every("scene", "docname"), one(placement.option("scene", ""), "title")]
    scene = model.scenes[scene_id]
    activities = model.scene_activities(scene_id)
    return [
        one(scene_id, "title", "steps", "flows"),
        *(one(step, "title", "activities") for step in scene.steps),
        *(
            one(a.id, "title", "role", "systems", "satisfaction", "docname", "step")
            for a in activities
        ),
        *(one(role, "title") for role in dict.fromkeys(a.role for a in activities)),
        *(
            one(system, "title")
            for system in dict.fromkeys(s for a in activities for s in a.systems)
        ),
    ]


@dataclass(frozen=True)
class SceneDrawing:
    """How one kind of scene diagram is drawn and what an empty one tells the author."""

    draw: Callable[[PageContext, str], str | None]
    #: The message that says why the scene ``{scene}`` has nothing to draw and how to fix
    #: it; None where the drawing always has something.
    nothing_to_draw: Callable[[Messages], str] | None = None


def _swimlane(context: PageContext, scene_id: str) -> str:
    options = context.settings.options
    return scene_diagram(
        context.model,
        scene_id,
        style=options.diagram_style,
        direction=options.diagram_direction,
        system_prefix=context.settings.prefix(SYSTEM),
        href=_href(context),
        end_label=context.settings.texts.diagrams.flow_end,
    )


def _journey(context: PageContext, scene_id: str) -> str | None:
    return journey(context.model, scene_id)


def _interplay(context: PageContext, scene_id: str) -> str | None:
    return interplay(context.model, scene_id, context.settings.texts.diagrams)


SCENE_DRAWINGS = {
    "swimlane": SceneDrawing(_swimlane),
    "journey": SceneDrawing(
        _journey,
        nothing_to_draw=attrgetter("no_journey"),
    ),
    "interplay": SceneDrawing(
        _interplay,
        nothing_to_draw=attrgetter("no_interplay"),
    ),
}


def _diagram(context: PageContext, placement: Placement, code: str | None) -> list[nodes.Node]:
    """The Mermaid node of ``code``, in a figure when the placement has a caption."""
    if code is None:
        return []
    diagram = mermaid()
    diagram["code"] = code
    diagram["options"] = {}
    diagram["classes"] = ["lastenheft-diagram", f"lastenheft-{placement.view}"]
    diagram.source = context.env.doc2path(placement.location.docname)
    diagram.line = placement.location.lineno
    caption = placement.option("caption", "")
    if not caption:
        return [diagram]
    figure = nodes.figure("", diagram, nodes.caption(text=caption))
    # Writers number and link figures by their ID.
    context.document.set_id(figure)
    return [figure]


def render_scene_diagram(context: PageContext, placement: Placement) -> list[nodes.Node]:
    scene_id = _scene_of(context.model, placement, context.settings)
    if scene_id is None:
        return []
    drawing = SCENE_DRAWINGS[placement.view]
    code = drawing.draw(context, scene_id)
    if code is None and drawing.nothing_to_draw is not None:
        warn(
            WarningSubtype.DIAGRAM,
            drawing.nothing_to_draw(context.settings.texts.messages).format(scene=scene_id),
            placement.location,
        )
    return _diagram(context, placement, code)


def render_process_map(context: PageContext, placement: Placement) -> list[nodes.Node]:
    options = context.settings.options
    code = process_map(
        context.model, options.areas, style=options.diagram_style, href=_href(context)
    )
    return _diagram(context, placement, code)


def _process_map_reads(context: ReadContext, placement: Placement) -> Iterable[Read]:
    return [every("scene", "title", "area", "docname")]


def setup_diagrams(app: Sphinx) -> None:
    for directive in (SwimlaneDirective, JourneyDirective, InterplayDirective):
        register_view(app, View(directive.view, render_scene_diagram, _scene_reads), directive)
    register_view(
        app,
        View("processmap", render_process_map, _process_map_reads),
        ProcessMapDirective,
    )
