"""Builds the process model from the objects and finds what breaks its structure."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sphinx_lastenheft.model.process import (
    Activity,
    Flow,
    Named,
    ObjectData,
    ProcessModel,
    Requirement,
    Scene,
    Step,
    TestCase,
)
from sphinx_lastenheft.sources.plain_text import plain_text
from sphinx_lastenheft.texts.messages import Messages
from sphinx_lastenheft.vocabulary import (
    ACTIVITY,
    FLOW_END,
    REQ,
    ROLE,
    SATISFACTION_SCORES,
    SCENE,
    STEP,
    SYSTEM,
    TEST,
    split_values,
)
from sphinx_lastenheft.warnings_ import Finding, WarningSubtype


def build_model(
    objects: Mapping[str, ObjectData], messages: Messages
) -> tuple[ProcessModel, list[Finding]]:
    """The model of ``objects`` (given in reading order) and the objects it cannot place,
    reported in the words of ``messages``.

    Objects whose links are broken are left out of the structure they cannot join; the
    problem with the link itself is reported by :mod:`sphinx_lastenheft.checks.objects`, the
    problems of the built structure by :mod:`sphinx_lastenheft.checks.structure`.
    """
    model = ProcessModel()
    findings: list[Finding] = []

    def of_type(name: str) -> list[ObjectData]:
        return [obj for obj in objects.values() if obj.type == name]

    for obj in of_type(SCENE):
        model.scenes[obj.id] = Scene(
            obj.id,
            obj.title,
            obj.location,
            split_values(obj.field("area")),
            obj.field("trigger"),
            obj.field("outcome"),
        )
    for obj in of_type(ROLE):
        model.roles[obj.id] = Named(obj.id, obj.title, obj.location)
    for obj in of_type(SYSTEM):
        model.systems[obj.id] = Named(obj.id, obj.title, obj.location)

    for obj in of_type(STEP):
        if not obj.link("scene"):
            findings.append(
                Finding(
                    WarningSubtype.ORPHAN_STEP,
                    messages.orphan_step.format(id=obj.id),
                    obj.location,
                )
            )
        scene_id = _first_of(obj.link("scene"), model.scenes)
        if scene_id:
            model.steps[obj.id] = Step(obj.id, obj.title, obj.location, scene_id)
            model.scenes[scene_id].steps.append(obj.id)

    for obj in of_type(ACTIVITY):
        if not obj.link("step"):
            findings.append(
                Finding(
                    WarningSubtype.ORPHAN_ACTIVITY,
                    messages.orphan_activity.format(id=obj.id),
                    obj.location,
                )
            )
        step_id = _first_of(obj.link("step"), model.steps)
        if step_id:
            role = _first_of(obj.link("role"), model.roles) or ""
            systems = tuple(s for s in obj.link("systems") if s in model.systems)
            model.activities[obj.id] = Activity(
                obj.id,
                obj.title,
                obj.location,
                role,
                systems,
                step_id,
                _satisfaction(obj.field("satisfaction")),
            )
            model.steps[step_id].activities.append(obj.id)

    for obj in of_type(REQ):
        model.requirements[obj.id] = Requirement(
            obj.id,
            obj.title,
            obj.location,
            obj.field("priority"),
            obj.field("category"),
            obj.link("derived_from"),
            obj.link("concerns"),
            obj.page_title,
            plain_text(obj.content),
            obj.field("acceptance"),
        )

    for obj in of_type(TEST):
        model.tests[obj.id] = TestCase(
            obj.id,
            obj.title,
            obj.location,
            obj.link("verifies"),
            obj.link("walks_through"),
            _first_of(obj.link("role"), model.roles) or "",
            obj.field("test_data"),
        )

    for scene in model.scenes.values():
        findings.extend(_connect(scene, model, objects, messages))
    return model, findings


def _satisfaction(value: str) -> int | None:
    """The score 1-5, or None; a malformed value is reported by the validation."""
    return int(value) if value in SATISFACTION_SCORES else None


def _first_of(ids: Sequence[str], known: Mapping[str, object]) -> str | None:
    return next((i for i in ids if i in known), None)


def _connect(
    scene: Scene, model: ProcessModel, objects: Mapping[str, ObjectData], messages: Messages
) -> list[Finding]:
    """Lay the scene's flow: page order, unless an activity names its ``next``. The last
    activity without ``next`` ends the flow, as does ``END`` in a ``next``."""
    findings: list[Finding] = []
    activities = model.scene_activities(scene.id)
    for index, activity in enumerate(activities):
        obj = objects[activity.id]
        if not obj.next_ids:
            following = activities[index + 1].id if index + 1 < len(activities) else FLOW_END
            scene.flows.append(Flow(activity.id, following))
            continue
        labels = obj.branches if len(obj.branches) == len(obj.next_ids) else ()
        for position, target in enumerate(obj.next_ids):
            label = labels[position] if labels else ""
            if target == FLOW_END:
                scene.flows.append(Flow(activity.id, FLOW_END, label))
                continue
            if target not in model.activities:
                continue
            target_scene = model.scene_of_activity(target)
            if target_scene != scene.id:
                findings.append(
                    Finding(
                        WarningSubtype.NEXT_SCENE,
                        messages.next_scene.format(
                            id=obj.id, scene=scene.id, target=target, target_scene=target_scene
                        ),
                        obj.location,
                    )
                )
                continue
            scene.flows.append(Flow(activity.id, target, label))
    return findings
