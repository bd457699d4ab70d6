"""The swimlane diagram of a customer scene: lanes are roles, nodes activities, edges the flow."""

from __future__ import annotations

from lastenheft.config import DiagramStyle, Direction
from lastenheft.model.process import Activity, ProcessModel
from lastenheft.views.diagrams.mermaid_text import Href, click, label, node_id, text


def _short_code(object_id: str, prefix: str) -> str:
    return object_id.removeprefix(prefix)


def scene_diagram(
    model: ProcessModel,
    scene_id: str,
    *,
    style: DiagramStyle,
    direction: Direction,
    system_prefix: str,
    href: Href,
) -> str:
    """Mermaid text of the scene; ``style`` 'swimlane' draws real lanes (swimlane-beta),
    'flowchart' one subgraph per role."""
    activities = model.scene_activities(scene_id)
    header = f"swimlane-beta {direction}" if style == "swimlane" else f"flowchart {direction}"
    lines = [header]
    for role_id in model.lanes(scene_id):
        # Mermaid gives a swimlane the bare subgraph ID as HTML id: the scene ID in it keeps
        # two diagrams on one page apart.
        lane = node_id(f"{scene_id}-{role_id}")
        lines.append(f'    subgraph {lane}["{text(model.roles[role_id].title)}"]')
        if style == "flowchart":
            lines.append(f"        direction {direction}")
        lines.extend(
            "        " + _node(activity, system_prefix)
            for activity in activities
            if activity.role == role_id
        )
        lines.append("    end")
    lines.extend(
        "    " + _node(activity, system_prefix)
        for activity in activities
        if activity.role not in model.roles
    )
    for flow in model.scenes[scene_id].flows:
        arrow = f'-->|"{text(flow.label)}"|' if flow.label else "-->"
        lines.append(f"    {node_id(flow.source)} {arrow} {node_id(flow.target)}")
    lines.extend(click(activity.id, href) for activity in activities)
    return "\n".join(lines) + "\n"


def _node(activity: Activity, system_prefix: str) -> str:
    systems = ", ".join(_short_code(s, system_prefix) for s in activity.systems)
    detail = f"{activity.id} · {systems}" if systems else activity.id
    return f"{node_id(activity.id)}[{label(activity.title, detail)}]"
