"""The swimlane diagram of a customer scene: lanes are roles, nodes activities, edges the flow,
and a circle where the flow ends, in the lane of the activity that ends it. In a swimlane the
process steps are bands across the lanes, labelled with their IDs and titles."""

from __future__ import annotations

import json
from collections.abc import Callable

from sphinx_lastenheft.config import DiagramStyle, Direction
from sphinx_lastenheft.model.process import Activity, ProcessModel
from sphinx_lastenheft.views.diagrams.line_text import init_directive, wrap
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

#: Every edge, also a hand-over between lanes, moves the flow on by a rank, so that each
#: process step has rows of its own for its band; narrower labels and closer ranks than
#: Mermaid's defaults keep five lanes as narrow as readable text allows.
_SWIMLANE_SETTINGS = {
    "flowchart": {"wrappingWidth": 160, "nodeSpacing": 24, "rankSpacing": 35},
    "swimlane": {"ignoreCrossLaneEdges": False},
}
#: The comment that hands the bands' labels to the website's swimlane.js, which draws each
#: band around the nodes of the class it names; Mermaid itself skips comments.
BANDS_COMMENT = "%% lastenheft-bands "
#: A band's label: the step ID, then its title in lines of this many characters.
BAND_LABEL_LIMIT = 18
BAND_LABEL_LINES = 3


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

    def node_ids(activity: Activity) -> list[str]:
        kinds = [(_TURN, turning), (_END, ending)]
        extra = [extra_node_id(kind, activity.id) for kind, ids in kinds if activity.id in ids]
        return [node_id(activity.id), *extra]

    if style == "swimlane":
        lines = [init_directive(_SWIMLANE_SETTINGS), f"swimlane-beta {direction}"]
    else:
        lines = [f"flowchart {direction}"]
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
    if style == "swimlane":
        lines.extend(_bands(model, activities, node_ids, direction))
    return "\n".join(lines) + "\n"


def _bands(
    model: ProcessModel,
    activities: list[Activity],
    node_ids: Callable[[Activity], list[str]],
    direction: Direction,
) -> list[str]:
    """The process steps as bands: a class on the nodes of each step, and the comment with
    each band's label (the step ID, then the title) and the direction the bands stack in."""
    members: dict[str, list[str]] = {}
    for activity in activities:
        members.setdefault(activity.step, []).extend(node_ids(activity))
    bands = []
    lines = []
    for index, (step_id, ids) in enumerate(members.items(), start=1):
        band = f"band{index}"
        lines.append(f"    class {','.join(ids)} {band}")
        title = wrap(model.steps[step_id].title, BAND_LABEL_LIMIT, BAND_LABEL_LINES)
        bands.append({"class": band, "label": [step_id, *title]})
    settings = {"direction": direction, "bands": bands}
    return [*lines, "    " + BANDS_COMMENT + json.dumps(settings, ensure_ascii=False)]


def _node(activity: Activity, system_prefix: str) -> str:
    systems = ", ".join(_short_code(s, system_prefix) for s in activity.systems)
    detail = f"{activity.id} · {systems}" if systems else activity.id
    return f"{node_id(activity.id)}[{label(activity.title, detail)}]"
