"""The process map (Prozesslandkarte): every customer scene, grouped by area."""

from __future__ import annotations

from collections.abc import Sequence

from lastenheft.diagrams.mermaid_text import Href, click, label, node_id, text
from lastenheft.model import ProcessModel


def process_map(model: ProcessModel, areas: Sequence[str], href: Href) -> str:
    """Mermaid text: one column per area in the configured order, each scene in the first
    area it names, linked to its page."""
    lines = ["flowchart LR"]
    drawn: list[str] = []
    for area in areas:
        scenes = [s for s in model.scenes.values() if s.areas and s.areas[0] == area]
        if not scenes:
            continue
        lines.append(f'    subgraph {node_id("area-" + area)}["{text(area)}"]')
        lines.append("        direction TB")
        for scene in scenes:
            detail = " · ".join([scene.id, *scene.areas[1:]])
            lines.append(f"        {node_id(scene.id)}[{label(scene.title, detail)}]")
            drawn.append(scene.id)
        lines.append("    end")
    lines.extend(click(scene_id, href) for scene_id in drawn)
    return "\n".join(lines) + "\n"
