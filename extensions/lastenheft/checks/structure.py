"""Checks of the built model: requirements without a source, decisions whose branch labels
do not match their ways out, and flows that run in a circle."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from lastenheft.config import LastenheftConfig
from lastenheft.model.process import Flow, ObjectData, ProcessModel
from lastenheft.vocabulary import ACTIVITY, REQ
from lastenheft.warnings_ import Finding, WarningSubtype


def check_structure(
    model: ProcessModel, objects: Mapping[str, ObjectData], config: LastenheftConfig
) -> Iterator[Finding]:
    """Every problem of the model's structure."""
    for obj in objects.values():
        if obj.type == REQ:
            yield from _check_derivation(obj, config)
        elif obj.type == ACTIVITY:
            yield from _check_branches(obj)
    for scene in model.scenes.values():
        cycle = find_cycle(scene.flows)
        if cycle:
            yield Finding(
                WarningSubtype.CYCLE,
                f"The flow of scene '{scene.id}' runs in a circle: "
                f"{' → '.join([*cycle, cycle[0]])}. A scene tells a story from trigger to "
                f"outcome; change the ':next:' that leads back to an earlier activity.",
                model.activities[cycle[0]].location,
            )


def _check_derivation(obj: ObjectData, config: LastenheftConfig) -> list[Finding]:
    if obj.link("derived_from"):
        return []
    category = obj.field("category")
    if category in config.context_categories:
        if obj.link("concerns"):
            return []
        fix = (
            "Add ':derived_from: <activity IDs>', or, as a "
            f"{category} requirement, ':concerns: <scene or system IDs>'."
        )
    else:
        fix = "Add a line ':derived_from: <activity IDs>' naming the activities that need it."
    return [
        Finding(
            WarningSubtype.UNDERIVED,
            f"The requirement '{obj.id}' is derived from no activity. {fix}",
            obj.location,
        )
    ]


def _check_branches(obj: ObjectData) -> list[Finding]:
    if not obj.branches or len(obj.branches) == len(obj.next_ids):
        return []
    return [
        Finding(
            WarningSubtype.BRANCHES,
            f"The activity '{obj.id}' has {len(obj.branches)} branch labels for "
            f"{len(obj.next_ids)} next links. Give one label per ID in ':next:', "
            f"in the same order, separated by '|'.",
            obj.location,
        )
    ]


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
