"""What a role handbook and a system overview show, computed from the process model.

Everything is in process order: scenes as the model holds them, each scene's activities step
by step; roles, systems and requirements in the order they are written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from sphinx_lastenheft.model.process import Activity, Named, ProcessModel, Requirement, Scene


@dataclass(frozen=True)
class SceneActivities:
    """The activities of one scene that a page shows, in the order of the scene."""

    scene: Scene
    activities: tuple[Activity, ...]


@dataclass(frozen=True)
class Involvement:
    """An object (role, system or requirement) and the page's activities it is tied to."""

    id: str
    activities: tuple[str, ...]


@dataclass(frozen=True)
class RequirementInvolvement:
    """A requirement on a page: the page's activities it is derived from, and whether it
    names the page's system in ``concerns``."""

    requirement: Requirement
    activities: tuple[str, ...]
    concerns: bool = False


@dataclass(frozen=True)
class RoleHandbook:
    role: Named
    scenes: tuple[SceneActivities, ...]
    systems: tuple[Involvement, ...]
    requirements: tuple[RequirementInvolvement, ...]

    @property
    def activity_count(self) -> int:
        return sum(len(s.activities) for s in self.scenes)


@dataclass(frozen=True)
class SystemOverview:
    system: Named
    scenes: tuple[SceneActivities, ...]
    roles: tuple[Involvement, ...]
    #: The other systems used in the same activities: where data crosses between systems.
    partners: tuple[Involvement, ...]
    requirements: tuple[RequirementInvolvement, ...]

    @property
    def activity_count(self) -> int:
        return sum(len(s.activities) for s in self.scenes)


def _activities_by_scene(
    model: ProcessModel, selected: Callable[[Activity], bool]
) -> tuple[SceneActivities, ...]:
    scenes = []
    for scene in model.scenes.values():
        activities = tuple(a for a in model.scene_activities(scene.id) if selected(a))
        if activities:
            scenes.append(SceneActivities(scene, activities))
    return tuple(scenes)


def _involvements(
    candidates: Iterable[str],
    activities: Iterable[Activity],
    ties: Callable[[Activity], Iterable[str]],
) -> tuple[Involvement, ...]:
    """Each candidate (in its own order) with the activities tied to it; untied ones left out."""
    tied: dict[str, list[str]] = {}
    for activity in activities:
        for object_id in ties(activity):
            tied.setdefault(object_id, []).append(activity.id)
    return tuple(Involvement(c, tuple(tied[c])) for c in candidates if c in tied)


def _requirements(
    requirements: Mapping[str, Requirement], activities: Iterable[Activity], system_id: str = ""
) -> tuple[RequirementInvolvement, ...]:
    order = [a.id for a in activities]
    result = []
    for requirement in requirements.values():
        derived = set(requirement.derived_from)
        via = tuple(a for a in order if a in derived)
        concerns = bool(system_id) and system_id in requirement.concerns
        if via or concerns:
            result.append(RequirementInvolvement(requirement, via, concerns))
    return tuple(result)


def _flatten(scenes: tuple[SceneActivities, ...]) -> list[Activity]:
    return [a for s in scenes for a in s.activities]


def role_handbook(model: ProcessModel, role_id: str) -> RoleHandbook:
    """What the role does: its activities by scene, the systems and requirements they touch."""
    scenes = _activities_by_scene(model, lambda a: a.role == role_id)
    activities = _flatten(scenes)
    return RoleHandbook(
        role=model.roles[role_id],
        scenes=scenes,
        systems=_involvements(model.systems, activities, lambda a: a.systems),
        requirements=_requirements(model.requirements, activities),
    )


def system_overview(model: ProcessModel, system_id: str) -> SystemOverview:
    """Where the system is used: activities by scene with their roles, the systems used with
    it, and the requirements derived from those activities or concerning the system."""
    scenes = _activities_by_scene(model, lambda a: system_id in a.systems)
    activities = _flatten(scenes)
    return SystemOverview(
        system=model.systems[system_id],
        scenes=scenes,
        roles=_involvements(model.roles, activities, lambda a: (a.role,)),
        partners=_involvements(
            (s for s in model.systems if s != system_id), activities, lambda a: a.systems
        ),
        requirements=_requirements(model.requirements, activities, system_id),
    )
