"""Checks of the built model: requirements without a source, decisions without two distinct
ways out or whose branch labels do not match them, and flows with activities no flow reaches
or loops no flow leaves."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from sphinx_lastenheft.config import LastenheftConfig, Settings
from sphinx_lastenheft.model.process import Flow, ObjectData, ProcessModel, Scene
from sphinx_lastenheft.texts.messages import Messages
from sphinx_lastenheft.vocabulary import ACTIVITY, FLOW_END, REQ
from sphinx_lastenheft.warnings_ import Finding, WarningSubtype


def check_structure(
    model: ProcessModel, objects: Mapping[str, ObjectData], settings: Settings
) -> Iterator[Finding]:
    """Every problem of the model's structure."""
    say = settings.texts.messages
    for obj in objects.values():
        if obj.id == FLOW_END:
            yield Finding(
                WarningSubtype.ID_PATTERN,
                say.end_as_id.format(id=FLOW_END),
                obj.location,
            )
        if obj.type == REQ:
            yield from _check_derivation(obj, settings.options, say)
        elif obj.type == ACTIVITY:
            yield from _check_decision(obj, say)
    for scene in model.scenes.values():
        if _complete(scene, model, objects):
            yield from _check_flow(scene, model, objects, say)


def _check_derivation(obj: ObjectData, config: LastenheftConfig, say: Messages) -> list[Finding]:
    if obj.link("derived_from"):
        return []
    category = obj.field("category")
    if category in config.context_categories:
        if obj.link("concerns"):
            return []
        fix = say.underived_context_fix.format(category=category)
    else:
        fix = say.underived_fix
    return [
        Finding(
            WarningSubtype.UNDERIVED,
            say.underived.format(id=obj.id, fix=fix),
            obj.location,
        )
    ]


def _check_decision(obj: ObjectData, say: Messages) -> list[Finding]:
    """One problem of the activity's ways out, if any: the first of these that applies."""
    targets, labels = obj.next_ids, obj.branches
    twice = next((t for t in targets if targets.count(t) > 1), None)
    if twice:
        return [
            Finding(
                WarningSubtype.DECISION,
                say.decision_twice.format(id=obj.id, target=twice),
                obj.location,
            )
        ]
    if labels and len(labels) != len(targets):
        return [
            Finding(
                WarningSubtype.BRANCHES,
                say.branch_count.format(id=obj.id, labels=len(labels), targets=len(targets)),
                obj.location,
            )
        ]
    if labels and len(targets) == 1:
        return [
            Finding(
                WarningSubtype.DECISION,
                say.decision_one_way.format(id=obj.id, label=labels[0]),
                obj.location,
            )
        ]
    shared = next((label for label in labels if labels.count(label) > 1), None)
    if shared:
        return [
            Finding(
                WarningSubtype.DECISION,
                say.decision_same_label.format(id=obj.id, count=labels.count(shared), label=shared),
                obj.location,
            )
        ]
    return []


def _complete(scene: Scene, model: ProcessModel, objects: Mapping[str, ObjectData]) -> bool:
    """Whether every ``next`` of the scene became a flow. A ``next`` to an unknown activity or
    into another scene is reported as such; the activities after it would be reported as
    unreachable, or a loop it was meant to leave as closed, so its flow waits for the fix."""
    placed = {(flow.source, flow.target) for flow in scene.flows}
    return all(
        (activity.id, target) in placed
        for activity in model.scene_activities(scene.id)
        for target in objects[activity.id].next_ids
    )


def _check_flow(
    scene: Scene, model: ProcessModel, objects: Mapping[str, ObjectData], say: Messages
) -> Iterator[Finding]:
    """Activities that the flow does not reach from the scene's start, and loops that it
    cannot leave. Every activity that reaches no end is in or leads into such a loop, so the
    loop is the one problem reported for it."""
    activities = [activity.id for activity in model.scene_activities(scene.id)]
    if not activities:
        return
    successors = _successors(activities, scene.flows)
    reached = _reachable(successors, activities[0]) | {activities[0]}
    for activity_id in activities:
        if activity_id not in reached:
            yield Finding(
                WarningSubtype.UNREACHABLE,
                say.unreachable.format(id=activity_id, scene=scene.id, start=activities[0]),
                model.activities[activity_id].location,
            )
    for loop in _loops_without_exit(activities, scene.flows):
        cycle = find_cycle([f for f in scene.flows if f.source in loop and f.target in loop])
        # Start at the loop's first activity on the page: the last step of the circle is
        # then the one that leads back, the ':next:' to change.
        first = min(cycle, key=activities.index)
        cycle = cycle[cycle.index(first) :] + cycle[: cycle.index(first)]
        back = cycle[-1]
        ways = ", ".join(objects[back].next_ids)
        yield Finding(
            WarningSubtype.CYCLE,
            say.cycle.format(
                scene=scene.id, circle=" → ".join([*cycle, first]), back=back, ways=ways
            ),
            model.activities[back].location,
        )


def _successors(activities: Sequence[str], flows: Sequence[Flow]) -> dict[str, list[str]]:
    """Each activity's successors among ``activities``; an end is none."""
    successors: dict[str, list[str]] = {activity_id: [] for activity_id in activities}
    for flow in flows:
        if not flow.ends and flow.source in successors and flow.target in successors:
            successors[flow.source].append(flow.target)
    return successors


def _reachable(successors: Mapping[str, Sequence[str]], start: str) -> set[str]:
    """The activities one or more steps of the flow after ``start``."""
    found: set[str] = set()
    pending = list(successors[start])
    while pending:
        activity_id = pending.pop()
        if activity_id not in found:
            found.add(activity_id)
            pending.extend(successors[activity_id])
    return found


def _loops_without_exit(activities: Sequence[str], flows: Sequence[Flow]) -> list[set[str]]:
    """The loops of a flow that no flow leaves, each as the set of its activities, in the
    order of their first activity in ``activities``.

    Such a loop is a strongly connected component of the flow with a circle in it (two or
    more activities, or one that leads to itself) and no flow out: every activity it reaches
    leads back to each of its activities, and none of them ends the flow. A loop that a
    decision leaves is a rework loop, and fine.
    """
    successors = _successors(activities, flows)
    ending = {flow.source for flow in flows if flow.ends}
    reach = {activity_id: _reachable(successors, activity_id) for activity_id in activities}
    loops: list[set[str]] = []
    for activity_id in activities:
        after = reach[activity_id]
        closed = activity_id in after and all(
            activity_id in reach[other] and other not in ending for other in after
        )
        if closed and not any(activity_id in loop for loop in loops):
            loops.append(after)
    return loops


def find_cycle(flows: Sequence[Flow]) -> list[str]:
    """The activities of one cycle in the flow, in flow order; empty when there is none."""
    successors: dict[str, list[str]] = {}
    for flow in flows:
        successors.setdefault(flow.source, []).append(flow.target)
    state: dict[str, int] = {}  # 1: on the current path, 2: finished
    for start in successors:
        if state.get(start):
            continue
        path = [start]
        state[start] = 1
        pending = [iter(successors.get(start, []))]
        while pending:
            target = next(pending[-1], None)
            if target is None:
                state[path.pop()] = 2
                pending.pop()
            elif state.get(target) == 1:
                return path[path.index(target) :]
            elif not state.get(target):
                state[target] = 1
                path.append(target)
                pending.append(iter(successors.get(target, [])))
    return []
