"""Docutils nodes of the handbook pages: tables that work in HTML and in LaTeX alike."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from docutils import nodes

from sphinx_lastenheft.model.process import Activity
from sphinx_lastenheft.texts.catalog import HandbookTexts
from sphinx_lastenheft.views.handbooks.contents import (
    Involvement,
    RequirementInvolvement,
    RoleHandbook,
    SceneActivities,
    SystemOverview,
)
from sphinx_lastenheft.views.links import linked_ids
from sphinx_lastenheft.views.tables import Cell, build_table, table_data
from sphinx_lastenheft.vocabulary import ROLE


class Link(Protocol):
    """A link to an object's description, showing its ID, or its ID and title (``named``)."""

    def __call__(self, object_id: str, *, named: bool = False) -> nodes.Node: ...


INTRO = "intro"


@dataclass(frozen=True)
class Solutions:
    """The chosen vendor's solution texts by requirement ID, shown beside the requirements
    once a vendor is chosen."""

    vendor: str
    texts: Mapping[str, str]


@dataclass(frozen=True)
class Writing:
    """What every part of a handbook page is written with."""

    texts: HandbookTexts
    link: Link
    solutions: Solutions | None = None


@dataclass(frozen=True)
class Column:
    heading: str
    #: Relative width; the writers turn the widths into column widths.
    width: int


def _table(columns: Sequence[Column], rows: Sequence[Sequence[Cell] | str]) -> table_data:
    return build_table(
        rows, [c.heading for c in columns], [c.width for c in columns], ["lastenheft-handbook"]
    )


def _introduction(
    text: str, type_title: str, object_link: nodes.Node, counts: Sequence[tuple[str, int]]
) -> list[nodes.Node]:
    facts = nodes.paragraph("", "", nodes.Text(f"{type_title}: "), object_link)
    for label, count in counts:
        facts += nodes.Text(f" · {label}: {count}")
    return [nodes.paragraph("", text), facts]


def _activity_table(
    scenes: Sequence[SceneActivities],
    columns: Sequence[Column],
    cells: Callable[[Activity], list[Cell]],
    link: Link,
) -> table_data:
    """A heading row per scene, then a row per activity; a step is named on its first row."""
    rows: list[Sequence[Cell] | str] = []
    for group in scenes:
        rows.append(f"{group.scene.id} {group.scene.title}")
        previous_step = ""
        for activity in group.activities:
            step: Cell = link(activity.step, named=True) if activity.step != previous_step else ""
            previous_step = activity.step
            rows.append([step, *cells(activity)])
    return _table(columns, rows)


def _involvement_table(
    involvements: Sequence[Involvement], heading: str, activities: str, link: Link
) -> table_data:
    rows = [[link(i.id, named=True), linked_ids(link, i.activities)] for i in involvements]
    return _table([Column(heading, 4), Column(activities, 6)], rows)


def _requirements_table(
    requirements: Sequence[RequirementInvolvement], writing: Writing
) -> table_data:
    texts, link, solutions = writing.texts, writing.link, writing.solutions
    rows: list[Sequence[Cell]] = []
    for item in requirements:
        source = linked_ids(link, item.activities)
        if item.concerns:
            if item.activities:
                source += nodes.Text(", ")
            source += nodes.emphasis("", texts.concerns_system)
        requirement = item.requirement
        row: list[Cell] = [
            link(requirement.id), requirement.title, requirement.priority,
            requirement.category, source,
        ]  # fmt: skip
        if solutions is not None:
            row.append(solutions.texts.get(requirement.id, ""))
        rows.append(row)
    columns = [
        Column(texts.requirement_id, 3),
        Column(texts.requirement_title, 6),
        Column(texts.priority, 2),
        Column(texts.category, 3),
        Column(texts.source, 4),
    ]
    if solutions is not None:
        columns.append(Column(texts.solution.format(vendor=solutions.vendor), 6))
    return _table(columns, rows)


def _role_activities(handbook: RoleHandbook, writing: Writing) -> nodes.Node:
    texts, link = writing.texts, writing.link
    if not handbook.scenes:
        return nodes.paragraph("", texts.role_without_activities)
    columns = [Column(texts.step, 3), Column(texts.activity, 4), Column(texts.systems, 3)]
    return _activity_table(
        handbook.scenes,
        columns,
        lambda a: [link(a.id, named=True), linked_ids(link, a.systems)],
        link,
    )


def _role_systems(handbook: RoleHandbook, writing: Writing) -> nodes.Node:
    texts, link = writing.texts, writing.link
    if not handbook.systems:
        return nodes.paragraph("", texts.no_systems)
    return _involvement_table(handbook.systems, texts.system, texts.activities, link)


def _role_requirements(handbook: RoleHandbook, writing: Writing) -> nodes.Node:
    texts = writing.texts
    if not handbook.requirements:
        return nodes.paragraph("", texts.no_requirements)
    return _requirements_table(handbook.requirements, writing)


def _system_activities(overview: SystemOverview, writing: Writing) -> nodes.Node:
    texts, link = writing.texts, writing.link
    if not overview.scenes:
        return nodes.paragraph("", texts.system_without_activities)
    columns = [
        Column(texts.step, 3),
        Column(texts.activity, 4),
        Column(texts.role, 3),
        Column(texts.other_systems, 3),
    ]

    def cells(activity: Activity) -> list[Cell]:
        others = [s for s in activity.systems if s != overview.system.id]
        role: Cell = link(activity.role, named=True) if activity.role else ""
        return [link(activity.id, named=True), role, linked_ids(link, others)]

    return _activity_table(overview.scenes, columns, cells, link)


def _system_roles(overview: SystemOverview, writing: Writing) -> nodes.Node:
    texts, link = writing.texts, writing.link
    if not overview.roles:
        return nodes.paragraph("", texts.system_without_activities)
    return _involvement_table(overview.roles, texts.role, texts.activities, link)


def _system_partners(overview: SystemOverview, writing: Writing) -> nodes.Node:
    texts, link = writing.texts, writing.link
    if not overview.partners:
        return nodes.paragraph("", texts.no_partners)
    return _involvement_table(overview.partners, texts.system, texts.shared_activities, link)


def _system_requirements(overview: SystemOverview, writing: Writing) -> nodes.Node:
    texts = writing.texts
    if not overview.requirements:
        return nodes.paragraph("", texts.no_requirements)
    return _requirements_table(overview.requirements, writing)


_ROLE_PARTS: dict[str, Callable[[RoleHandbook, Writing], nodes.Node]] = {
    "activities": _role_activities,
    "systems": _role_systems,
    "requirements": _role_requirements,
}
_SYSTEM_PARTS: dict[str, Callable[[SystemOverview, Writing], nodes.Node]] = {
    "activities": _system_activities,
    "roles": _system_roles,
    "partners": _system_partners,
    "requirements": _system_requirements,
}


def sections(kind: str, texts: HandbookTexts) -> tuple[tuple[str, str], ...]:
    """The sections of a page of ``kind`` after its introduction: (part, heading) in order."""
    headings = {
        "activities": texts.activities_section,
        "systems": texts.systems_section,
        "roles": texts.roles_section,
        "partners": texts.partners_section,
        "requirements": texts.requirements_section,
    }
    parts = _ROLE_PARTS if kind == ROLE else _SYSTEM_PARTS
    return tuple((part, headings[part]) for part in parts)


def role_part(
    handbook: RoleHandbook, part: str, type_title: str, writing: Writing
) -> list[nodes.Node]:
    """The nodes of one part of a role handbook: ``intro`` or a part of :func:`sections`."""
    texts, link = writing.texts, writing.link
    if part != INTRO:
        return [_ROLE_PARTS[part](handbook, writing)]
    counts = [
        (texts.scenes, len(handbook.scenes)),
        (texts.activities, handbook.activity_count),
        (texts.systems, len(handbook.systems)),
        (texts.requirements, len(handbook.requirements)),
    ]
    return _introduction(texts.role_intro, type_title, link(handbook.role.id, named=True), counts)


def system_part(
    overview: SystemOverview, part: str, type_title: str, writing: Writing
) -> list[nodes.Node]:
    """The nodes of one part of a system overview: ``intro`` or a part of :func:`sections`."""
    texts, link = writing.texts, writing.link
    if part != INTRO:
        return [_SYSTEM_PARTS[part](overview, writing)]
    counts = [
        (texts.scenes, len(overview.scenes)),
        (texts.activities, overview.activity_count),
        (texts.roles, len(overview.roles)),
        (texts.requirements, len(overview.requirements)),
    ]
    return _introduction(
        texts.system_intro, type_title, link(overview.system.id, named=True), counts
    )
