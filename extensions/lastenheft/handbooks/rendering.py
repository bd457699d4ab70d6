"""Docutils nodes of the handbook pages: tables that work in HTML and in LaTeX alike."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from docutils import nodes

from lastenheft.handbooks.contents import (
    Involvement,
    RequirementInvolvement,
    RoleHandbook,
    SceneActivities,
    SystemOverview,
)
from lastenheft.handbooks.texts import HandbookTexts

#: A link to an object's description: ``link(object_id, text)``; empty text shows the ID.
Link = Callable[[str, str], nodes.Node]

ROLE, SYSTEM = "role", "system"
INTRO = "intro"


def sections(kind: str, texts: HandbookTexts) -> tuple[tuple[str, str], ...]:
    """The sections of a page of ``kind``, as (part, heading), in page order."""
    if kind == ROLE:
        return (
            ("activities", texts.activities_section),
            ("systems", texts.systems_section),
            ("requirements", texts.requirements_section),
        )
    return (
        ("activities", texts.activities_section),
        ("roles", texts.roles_section),
        ("partners", texts.partners_section),
        ("requirements", texts.requirements_section),
    )


@dataclass(frozen=True)
class Column:
    heading: str
    #: Relative width; the LaTeX writer turns the widths into column widths.
    width: int


@dataclass(frozen=True)
class GroupRow:
    """A row spanning all columns that heads the rows below it (a scene above its steps)."""

    content: nodes.Node


Cell = Sequence[nodes.Node]
Row = Sequence[Cell] | GroupRow


def _entry(content: Cell, morecols: int = 0) -> nodes.entry:
    entry = nodes.entry("", nodes.paragraph("", "", *content))
    if morecols:
        entry["morecols"] = morecols
    return entry


def table(columns: Sequence[Column], rows: Sequence[Row]) -> nodes.table:
    group = nodes.tgroup(cols=len(columns))
    group += [nodes.colspec(colwidth=c.width) for c in columns]
    group += nodes.thead("", nodes.row("", *(_entry([nodes.Text(c.heading)]) for c in columns)))
    body = nodes.tbody()
    for cells in rows:
        if isinstance(cells, GroupRow):
            body += nodes.row("", _entry([cells.content], morecols=len(columns) - 1))
        else:
            body += nodes.row("", *(_entry(cell) for cell in cells))
    group += body
    return nodes.table("", group, classes=["colwidths-given", "lastenheft-handbook"])


def _named(link: Link, object_id: str, title: str) -> list[nodes.Node]:
    return [link(object_id, f"{object_id} {title}")]


def _id_list(link: Link, object_ids: Sequence[str]) -> list[nodes.Node]:
    result: list[nodes.Node] = []
    for index, object_id in enumerate(object_ids):
        if index:
            result.append(nodes.Text(", "))
        result.append(link(object_id, ""))
    return result


def _paragraph(text: str) -> nodes.paragraph:
    return nodes.paragraph("", text)


def _facts(type_title: str, link: Link, object_id: str, title: str,
           counts: Sequence[tuple[str, int]]) -> nodes.paragraph:  # fmt: skip
    facts = nodes.paragraph("", "", nodes.Text(f"{type_title}: "), *_named(link, object_id, title))
    for label, count in counts:
        facts += nodes.Text(f" · {label}: {count}")
    return facts


def _activity_rows(
    scenes: Sequence[SceneActivities], link: Link, cells: Callable[..., list[Cell]]
) -> list[Row]:
    """A group row per scene, then a row per activity; the step is named on its first row."""
    rows: list[Row] = []
    for group in scenes:
        scene = group.scene
        rows.append(GroupRow(nodes.strong("", "", *_named(link, scene.id, scene.title))))
        previous_step = ""
        for activity in group.activities:
            step: Cell = []
            if activity.step != previous_step:
                step = _named(link, activity.step, group.step_titles[activity.step])
            previous_step = activity.step
            rows.append([step, *cells(activity)])
    return rows


def _involvement_table(
    heading: str, involvements: Sequence[Involvement], titles: dict[str, str],
    activities: str, link: Link,
) -> nodes.table:  # fmt: skip
    return table(
        [Column(heading, 4), Column(activities, 6)],
        [[_named(link, i.id, titles[i.id]), _id_list(link, i.activities)] for i in involvements],
    )


def _requirements_table(
    requirements: Sequence[RequirementInvolvement], texts: HandbookTexts, link: Link
) -> nodes.table:
    rows: list[Row] = []
    for item in requirements:
        source = _id_list(link, item.activities)
        if item.concerns:
            source += [nodes.Text(", " if source else ""), nodes.emphasis("", texts.concerns_system)]
        requirement = item.requirement
        rows.append(
            [
                [link(requirement.id, "")],
                [nodes.Text(requirement.title)],
                [nodes.Text(requirement.priority)],
                [nodes.Text(requirement.category)],
                source,
            ]
        )
    columns = [
        Column(texts.requirement_id, 3),
        Column(texts.requirement_title, 6),
        Column(texts.priority, 2),
        Column(texts.category, 3),
        Column(texts.source, 4),
    ]
    return table(columns, rows)
