"""The interplay of roles and systems in a scene, as a sequence diagram.

The roles are actors, the systems participants. Each activity, in process order, is a
message from its role to each system it uses; a hand-over to another role is a dashed
arrow between the roles, and a decision an ``alt`` block with one part per branch. An end
of the flow in a branch, or before the last activity, is a note.
"""

from __future__ import annotations

from sphinx_lastenheft.model.process import Activity, Flow, ProcessModel
from sphinx_lastenheft.texts.catalog import DiagramTexts
from sphinx_lastenheft.views.diagrams.line_text import init_directive, line_text, lines_text, wrap
from sphinx_lastenheft.views.diagrams.mermaid_text import node_id

#: A message takes up to two lines of this many characters (cut with '…' beyond): longer
#: lines would push the lifelines of neighbouring participants far apart.
MESSAGE_LINE_LIMIT = 28
MESSAGE_LINES = 2

#: Closer lifelines than Mermaid's default; the width comes from the page's style sheet, not
#: from Mermaid, so that a page can let a wide diagram keep its size and scroll.
_SETTINGS = {"sequence": {"actorMargin": 20, "width": 120, "useMaxWidth": False}}


def interplay(model: ProcessModel, scene_id: str, texts: DiagramTexts) -> str | None:
    """Mermaid text of the scene's sequence diagram; None when the scene has no activity."""
    activities = model.scene_activities(scene_id)
    if not activities:
        return None
    lines = [init_directive(_SETTINGS), "sequenceDiagram"]
    lines.extend(f"    {declaration}" for declaration in _participants(model, activities))
    outgoing: dict[str, list[Flow]] = {}
    for flow in model.scenes[scene_id].flows:
        outgoing.setdefault(flow.source, []).append(flow)
    for index, activity in enumerate(activities):
        lines.extend(f"    {message}" for message in _messages(model, activity))
        flows = outgoing.get(activity.id, [])
        if len(flows) > 1:
            for position, flow in enumerate(flows):
                keyword = "alt" if position == 0 else "else"
                lines.append(f"    {keyword} {line_text(flow.label)}".rstrip())
                if flow.ends:
                    step = _end(model, activity, texts)
                else:
                    target = model.activities[flow.target]
                    step = _transition(model, activity, target, texts, named=True)
                lines.extend(f"        {statement}" for statement in step)
            lines.append("    end")
        elif flows and flows[0].ends:
            # After the last activity the diagram itself ends; an end before it needs a note.
            if index + 1 < len(activities):
                lines.extend(f"    {statement}" for statement in _end(model, activity, texts))
        elif flows:
            target = model.activities[flows[0].target]
            # Where the flow leaves page order, the reader needs to be told where it goes.
            jumps = index + 1 == len(activities) or activities[index + 1].id != target.id
            step = _transition(model, activity, target, texts, named=jumps)
            lines.extend(f"    {statement}" for statement in step)
    return "\n".join(lines) + "\n"


def _participants(model: ProcessModel, activities: list[Activity]) -> list[str]:
    """Roles as actors, systems as participants, in the order they first take part."""
    declared: dict[str, str] = {}
    for activity in activities:
        if activity.role in model.roles:
            title = line_text(model.roles[activity.role].title)
            declared.setdefault(activity.role, f"actor {node_id(activity.role)} as {title}")
        for system_id in activity.systems:
            title = line_text(model.systems[system_id].title)
            declared.setdefault(system_id, f"participant {node_id(system_id)} as {title}")
    return list(declared.values())


def _messages(model: ProcessModel, activity: Activity) -> list[str]:
    """The activity as messages from its role to each of its systems."""
    title = _message(activity.title)
    systems = [node_id(system_id) for system_id in activity.systems]
    if activity.role not in model.roles:
        # An activity without a known role (reported by the validation) stays visible.
        return [f"Note over {systems[0]}: {title}"] if systems else []
    role = node_id(activity.role)
    if not systems:
        return [f"Note over {role}: {title}"]
    return [f"{role}->>{system}: {title}" for system in systems]


def _transition(
    model: ProcessModel, source: Activity, target: Activity, texts: DiagramTexts, *, named: bool
) -> list[str]:
    """How the flow goes on from ``source`` to ``target``: a hand-over arrow between two
    roles, or a note where the same role goes on; ``named`` adds the target's title."""
    roles = [a.role for a in (source, target) if a.role in model.roles]
    if len(roles) == 2 and roles[0] != roles[1]:
        text = _going_on(texts.handover, target, named)
        return [f"{node_id(roles[0])}-->>{node_id(roles[1])}: {text}"]
    if named and roles:
        return [f"Note over {node_id(roles[0])}: {_going_on(texts.continues_with, target, named)}"]
    return []


def _end(model: ProcessModel, activity: Activity, texts: DiagramTexts) -> list[str]:
    """The end of the flow after ``activity``: a note over its role, or its first system."""
    over = [activity.role] if activity.role in model.roles else list(activity.systems[:1])
    return [f"Note over {node_id(i)}: {line_text(texts.flow_end)}" for i in over]


def _going_on(word: str, target: Activity, named: bool) -> str:
    """``word``, and with ``named`` the target's title on a line of its own."""
    if not named:
        return line_text(word)
    return lines_text([f"{word}:", *wrap(target.title, MESSAGE_LINE_LIMIT, 1)])


def _message(value: str) -> str:
    return lines_text(wrap(value, MESSAGE_LINE_LIMIT, MESSAGE_LINES))
