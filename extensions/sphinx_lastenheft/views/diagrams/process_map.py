"""The process map (Prozesslandkarte): every customer scene, grouped by area."""

from __future__ import annotations

from collections.abc import Sequence

from sphinx_lastenheft.config import DiagramStyle
from sphinx_lastenheft.model.process import ProcessModel
from sphinx_lastenheft.views.diagrams.line_text import init_directive
from sphinx_lastenheft.views.diagrams.mermaid_text import Href, click, label, node_id, text

#: Narrower labels and closer nodes than Mermaid's defaults: three areas side by side fit a
#: laptop's page column at a readable size.
_SETTINGS = {"flowchart": {"wrappingWidth": 160, "nodeSpacing": 24}}


def process_map(
    model: ProcessModel, areas: Sequence[str], *, style: DiagramStyle, href: Href
) -> str:
    """Mermaid text: one column per area in the configured order (the customer lifecycle),
    each scene in the first area it names, linked to its page."""
    header = "swimlane-beta TB" if style == "swimlane" else "flowchart TB"
    lines = [init_directive(_SETTINGS), header]
    drawn: list[str] = []
    stacks: list[list[str]] = []
    for area in areas:
        scenes = [s for s in model.scenes.values() if s.areas and s.areas[0] == area]
        if not scenes:
            continue
        lines.append(f'    subgraph {node_id("area-" + area)}["{text(area)}"]')
        for scene in scenes:
            detail = " · ".join([scene.id, *scene.areas[1:]])
            lines.append(f"        {node_id(scene.id)}[{label(scene.title, detail)}]")
        lines.append("    end")
        stacks.append([scene.id for scene in scenes])
        drawn.extend(stacks[-1])
    # Scenes of one area have no flow between them; invisible links stack them in order
    # instead of setting them side by side.
    lines.extend(
        "    " + " ~~~ ".join(node_id(scene_id) for scene_id in stack)
        for stack in stacks
        if len(stack) > 1
    )
    lines.extend(click(scene_id, href) for scene_id in drawn)
    return "\n".join(lines) + "\n"
