"""The swimlane diagram of a customer scene: lanes are roles, nodes activities, edges the flow,
and a circle where the flow ends, in the lane of the activity that ends it."""

from __future__ import annotations

from sphinx_lastenheft.config import DiagramStyle, Direction
from sphinx_lastenheft.model.process import Activity, ProcessModel
from sphinx_lastenheft.views.diagrams.mermaid_text import (
    Href,
    click,
    extra_node_id,
    label,
    node_id,
    text,
)

#: Kinds of the nodes drawn besides the activities: an end of the flow, a loop's turning point.
#: Not "end", which as a word of its own closes a subgraph in Mermaid.
_END, _TURN = "stop", "turn"


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
    end_label: str,
) -> str:
    """Mermaid text of the scene; ``style`` 'swimlane' draws real lanes (swimlane-beta),
    'flowchart' one subgraph per role; ``end_label`` names the end of the flow."""
    activities = model.scene_activities(scene_id)
    flows = model.scenes[scene_id].flows
    ending = {flow.source for flow in flows if flow.ends}
    # Mermaid 11's swimlane layout fails on an edge from a node to itself (a TypeError, and
    # the diagram is an error box); such a loop turns at a junction point in the lane instead.
    turning = {f.source for f in flows if f.target == f.source} if style == "swimlane" else set()

    def nodes(activity: Activity) -> list[str]:
        drawn = [_node(activity, system_prefix)]
        if activity.id in turning:
            drawn.append(f"{extra_node_id(_TURN, activity.id)}@{{ shape: f-circ }}")
        if activity.id in ending:
            drawn.append(f'{extra_node_id(_END, activity.id)}(("{text(end_label)}"))')
        return drawn

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
            "        " + node
            for activity in activities
            if activity.role == role_id
            for node in nodes(activity)
        )
        lines.append("    end")
    lines.extend(
        "    " + node
        for activity in activities
        if activity.role not in model.roles
        for node in nodes(activity)
    )
    for flow in flows:
        arrow = f'-->|"{text(flow.label)}"|' if flow.label else "-->"
        source = node_id(flow.source)
        if flow.ends:
            lines.append(f"    {source} {arrow} {extra_node_id(_END, flow.source)}")
        elif flow.source in turning and flow.target == flow.source:
            turn = extra_node_id(_TURN, flow.source)
            lines.extend((f"    {source} {arrow} {turn}", f"    {turn} --> {source}"))
        else:
            lines.append(f"    {source} {arrow} {node_id(flow.target)}")
    lines.extend(click(activity.id, href) for activity in activities)
    return "\n".join(lines) + "\n"


def _node(activity: Activity, system_prefix: str) -> str:
    systems = ", ".join(_short_code(s, system_prefix) for s in activity.systems)
    detail = f"{activity.id} · {systems}" if systems else activity.id
    return f"{node_id(activity.id)}[{label(activity.title, detail)}]"
