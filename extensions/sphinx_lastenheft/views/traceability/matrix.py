"""The traceability matrices as plain data, computed from the process model."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from sphinx_lastenheft.model.process import ProcessModel


@dataclass(frozen=True)
class Selection:
    """Which requirements and scenes a view shows; empty means all."""

    priorities: Collection[str] = ()
    categories: Collection[str] = ()
    scenes: Collection[str] = ()

    def requirements(self, model: ProcessModel) -> list[str]:
        return [
            r.id
            for r in model.requirements.values()
            if (not self.priorities or r.priority in self.priorities)
            and (not self.categories or r.category in self.categories)
        ]

    def scene_ids(self, model: ProcessModel) -> list[str]:
        return [s for s in model.scenes if not self.scenes or s in self.scenes]


@dataclass
class MatrixRow:
    object_id: str
    marks: list[bool]

    @property
    def total(self) -> int:
        return sum(self.marks)


@dataclass
class MatrixGroup:
    title: str
    rows: list[MatrixRow] = field(default_factory=list)


@dataclass
class Matrix:
    """Rows grouped by area, one column per object of the other axis, totals both ways."""

    columns: list[str]
    groups: list[MatrixGroup]

    @property
    def column_totals(self) -> list[int]:
        rows = [row for group in self.groups for row in group.rows]
        return [sum(row.marks[i] for row in rows) for i in range(len(self.columns))]

    @property
    def total(self) -> int:
        return sum(self.column_totals)


def scene_requirement_matrix(
    model: ProcessModel, selection: Selection, *, rows: str = "requirements"
) -> Matrix:
    """A mark where a scene needs a requirement (derived from its activities or concerning it).

    ``rows='requirements'``: a row per requirement, grouped by catalogue area, a column per
    scene; ``rows='scenes'``: a row per scene, grouped by the scene's first area.
    """
    requirement_ids = selection.requirements(model)
    scene_ids = selection.scene_ids(model)
    needed = {s: set(model.requirements_of_scene(s)) for s in scene_ids}
    groups: dict[str, MatrixGroup] = {}
    if rows == "scenes":
        for scene_id in scene_ids:
            area = (model.scenes[scene_id].areas or ("",))[0]
            marks = [r in needed[scene_id] for r in requirement_ids]
            groups.setdefault(area, MatrixGroup(area)).rows.append(MatrixRow(scene_id, marks))
        return Matrix(requirement_ids, list(groups.values()))
    for requirement_id in requirement_ids:
        area = model.requirements[requirement_id].area
        marks = [requirement_id in needed[s] for s in scene_ids]
        groups.setdefault(area, MatrixGroup(area)).rows.append(MatrixRow(requirement_id, marks))
    return Matrix(scene_ids, list(groups.values()))


@dataclass(frozen=True)
class TraceRow:
    """Where a requirement comes from and what verifies it."""

    requirement: str
    activities: list[str]
    scenes: list[str]
    tests: list[str]


def trace_rows(model: ProcessModel, selection: Selection) -> list[TraceRow]:
    rows = []
    for requirement_id in selection.requirements(model):
        requirement = model.requirements[requirement_id]
        activities = [a for a in requirement.derived_from if a in model.activities]
        scenes = list(
            dict.fromkeys(
                [model.scene_of_activity(a) for a in activities]
                + [s for s in requirement.concerns if s in model.scenes]
            )
        )
        rows.append(
            TraceRow(requirement_id, activities, scenes, model.tests_of_requirement(requirement_id))
        )
    return rows
