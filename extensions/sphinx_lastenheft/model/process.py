"""The process model: customer scenes, their steps and activities, the flow between them,
and the roles, systems and requirements around them. Plain data, no Sphinx."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from sphinx_lastenheft.vocabulary import FLOW_END
from sphinx_lastenheft.warnings_ import Location


@dataclass(frozen=True)
class ObjectData:
    """One object as written: the input of the model, independent of sphinx-needs."""

    id: str
    type: str
    title: str
    location: Location
    fields: Mapping[str, str]
    links: Mapping[str, tuple[str, ...]]
    next_ids: tuple[str, ...] = ()
    branches: tuple[str, ...] = ()
    #: Title of the page the object is written on (groups requirements by catalogue area).
    page_title: str = ""
    #: The text of the object's description, as written.
    content: str = ""

    def field(self, name: str) -> str:
        return self.fields.get(name, "")

    def link(self, name: str) -> tuple[str, ...]:
        return self.links.get(name, ())


@dataclass(frozen=True)
class Flow:
    """An edge of a scene's flow; ``label`` names the branch of a decision. Its ``target`` is
    an activity of the scene or :data:`~sphinx_lastenheft.vocabulary.FLOW_END`, where the
    flow ends."""

    source: str
    target: str
    label: str = ""

    @property
    def ends(self) -> bool:
        return self.target == FLOW_END


@dataclass
class Activity:
    id: str
    title: str
    location: Location
    role: str
    systems: tuple[str, ...]
    step: str
    #: How the customer feels at this touchpoint, 1 (bad) to 5 (good); None: no touchpoint.
    satisfaction: int | None = None


@dataclass
class Step:
    id: str
    title: str
    location: Location
    scene: str
    activities: list[str] = field(default_factory=list)


@dataclass
class Scene:
    id: str
    title: str
    location: Location
    areas: tuple[str, ...]
    trigger: str
    outcome: str
    steps: list[str] = field(default_factory=list)
    flows: list[Flow] = field(default_factory=list)


@dataclass(frozen=True)
class Named:
    """A role or a system."""

    id: str
    title: str
    location: Location


@dataclass(frozen=True)
class Requirement:
    id: str
    title: str
    location: Location
    priority: str
    category: str
    derived_from: tuple[str, ...]
    concerns: tuple[str, ...] = ()
    #: The catalogue area: the title of the page the requirement is written on.
    area: str = ""
    #: The requirement's text, as written (Markdown).
    text: str = ""
    acceptance: str = ""


@dataclass(frozen=True)
class TestCase:
    id: str
    title: str
    location: Location
    verifies: tuple[str, ...]
    #: The scenes an end-to-end test plays through.
    walks_through: tuple[str, ...] = ()
    role: str = ""
    #: The data the test works with, as written (the demo script shows it).
    test_data: str = ""


@dataclass
class ProcessModel:
    """Every object of the Lastenheft by ID, each mapping in page order."""

    scenes: dict[str, Scene] = field(default_factory=dict)
    steps: dict[str, Step] = field(default_factory=dict)
    activities: dict[str, Activity] = field(default_factory=dict)
    roles: dict[str, Named] = field(default_factory=dict)
    systems: dict[str, Named] = field(default_factory=dict)
    requirements: dict[str, Requirement] = field(default_factory=dict)
    tests: dict[str, TestCase] = field(default_factory=dict)

    def scene_activities(self, scene_id: str) -> list[Activity]:
        """The scene's activities: steps in order, each step's activities in order."""
        scene = self.scenes[scene_id]
        return [
            self.activities[activity_id]
            for step_id in scene.steps
            for activity_id in self.steps[step_id].activities
        ]

    def lanes(self, scene_id: str) -> list[str]:
        """The roles acting in a scene, in the order they first act."""
        roles: dict[str, None] = {}
        for activity in self.scene_activities(scene_id):
            if activity.role in self.roles:
                roles.setdefault(activity.role, None)
        return list(roles)

    def scene_of_activity(self, activity_id: str) -> str:
        return self.steps[self.activities[activity_id].step].scene

    def scene_of_doc(self, docname: str) -> list[str]:
        return [s.id for s in self.scenes.values() if s.location.docname == docname]

    def requirements_of_scene(self, scene_id: str) -> list[str]:
        """Requirements a scene needs: derived from its activities, or concerning it."""
        activities = {a.id for a in self.scene_activities(scene_id)}
        return [
            r.id
            for r in self.requirements.values()
            if activities & set(r.derived_from) or scene_id in r.concerns
        ]

    def home_steps(self) -> dict[str, str | None]:
        """Per requirement, the process step where it is met first: that of the first
        activity, in process order, it is derived from; None for a cross-cutting one."""
        homes: dict[str, str | None] = {r: None for r in self.requirements}
        needed_by: dict[str, list[str]] = {}
        for requirement in self.requirements.values():
            for activity_id in requirement.derived_from:
                needed_by.setdefault(activity_id, []).append(requirement.id)
        for scene_id in self.scenes:
            for activity in self.scene_activities(scene_id):
                for requirement_id in needed_by.get(activity.id, ()):
                    homes[requirement_id] = homes[requirement_id] or activity.step
        return homes

    def tests_of_requirement(self, requirement_id: str) -> list[str]:
        return list(self._tests_by_requirement.get(requirement_id, ()))

    def requirements_of_activity(self, activity_id: str) -> list[str]:
        return list(self._requirements_by_activity.get(activity_id, ()))

    # The views ask these for every requirement and activity: indexed once, when first
    # asked, which is after the model is built.
    @cached_property
    def _tests_by_requirement(self) -> dict[str, list[str]]:
        index: dict[str, list[str]] = {}
        for test in self.tests.values():
            for requirement_id in dict.fromkeys(test.verifies):
                index.setdefault(requirement_id, []).append(test.id)
        return index

    @cached_property
    def _requirements_by_activity(self) -> dict[str, list[str]]:
        index: dict[str, list[str]] = {}
        for requirement in self.requirements.values():
            for activity_id in dict.fromkeys(requirement.derived_from):
                index.setdefault(activity_id, []).append(requirement.id)
        return index

    def location_of(self, object_id: str) -> Location:
        """Where any object of the model is written."""
        return self._object(object_id).location

    def title_of(self, object_id: str) -> str:
        return self._object(object_id).title

    def _object(self, object_id: str) -> Scene | Step | Activity | Named | Requirement | TestCase:
        for objects in (
            self.scenes,
            self.steps,
            self.activities,
            self.roles,
            self.systems,
            self.requirements,
            self.tests,
        ):
            if object_id in objects:
                return objects[object_id]
        raise KeyError(object_id)
