"""``{changes}``: what was added, changed and removed since the baseline conf.py names
(``lastenheft_baseline``), counted by object type and by customer scene, then object by
object with its changed words."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes

from sphinx_lastenheft.sources.pages import pages, reading_order
from sphinx_lastenheft.versions.compare import (
    CONTENT,
    TITLE,
    ChangeKind,
    Comparison,
    ObjectChange,
    tally,
)
from sphinx_lastenheft.versions.word_diff import Run, RunKind
from sphinx_lastenheft.views.base import (
    PageContext,
    ReadContext,
    View,
    ViewDirective,
    register_view,
    warn_unknown,
)
from sphinx_lastenheft.views.inputs import LINK_FIELDS, Read, one, shown
from sphinx_lastenheft.views.tables import Cell, build_table, table_data
from sphinx_lastenheft.views.versions.comparison import comparison
from sphinx_lastenheft.views.versions.diff_nodes import diff_nodes
from sphinx_lastenheft.vocabulary import TYPES, split_values

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

    from sphinx_lastenheft.sources.pages import Placement
    from sphinx_lastenheft.texts.catalog import Texts, VersionTexts

VIEW = "changes"
#: Unchanged words shown on either side of a change; a long text's others are left out.
CONTEXT = 12


class ChangesDirective(ViewDirective):
    """``{changes}``: the changes since the baseline; ``:scenes: SZ-01, SZ-02`` shows those
    of objects that belong to these scenes only."""

    view = VIEW
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {"scenes": split_values}


def chapter_of(env: BuildEnvironment) -> str:
    """The page of the first ``{changes}`` without a scene filter, in reading order: where
    the marks on changed objects lead; '' if there is none."""
    for docname in reading_order(env):
        record = pages(env).get(docname)
        placements = record.placements if record else []
        if any(p.view == VIEW and not p.option("scenes") for p in placements):
            return docname
    return ""


def anchor(object_id: str) -> str:
    """The ID of an object's entry in the chapter."""
    return f"change-{object_id}"


def _selected(found: Comparison, placement: Placement) -> list[ObjectChange]:
    scenes = placement.option("scenes", ())
    return found.of_scenes(scenes) if scenes else list(found.changes)


def _kind_name(texts: VersionTexts, kind: ChangeKind) -> str:
    return {
        ChangeKind.ADDED: texts.added,
        ChangeKind.CHANGED: texts.changed,
        ChangeKind.REMOVED: texts.removed,
    }[kind]


def _counts(first: Cell, changes: Sequence[ObjectChange]) -> list[Cell]:
    counts = tally(changes)
    return [first, *(str(counts[kind]) for kind in ChangeKind)]


def _header(texts: VersionTexts, first: str) -> list[str]:
    return [first, *(_kind_name(texts, kind) for kind in ChangeKind)]


def _by_type(context: PageContext, changes: Sequence[ObjectChange]) -> table_data:
    texts = context.settings.texts.versions
    rows: list[Sequence[Cell] | str] = []
    for object_type in TYPES:
        of_type = [change for change in changes if change.type == object_type]
        if of_type:
            rows.append(_counts(context.settings.type_title(object_type), of_type))
    rows.append(_counts(texts.total, changes))
    header = _header(texts, texts.object_type)
    return build_table(rows, header, [4, 1, 1, 1], classes=["lastenheft-changes-summary"])


def _scene_heading(context: PageContext, found: Comparison, scene: str) -> nodes.Node:
    if not scene:
        return nodes.Text(context.settings.texts.versions.cross_cutting)
    removed = found.change_of(scene)
    if removed is not None and removed.kind is ChangeKind.REMOVED:
        return nodes.Text(f"{scene} {removed.title}")
    return context.titled(scene)


def _by_scene(
    context: PageContext, found: Comparison, groups: list[tuple[str, list[ObjectChange]]]
) -> table_data:
    texts = context.settings.texts.versions
    rows: list[Sequence[Cell] | str] = [
        _counts(_scene_heading(context, found, scene), changes) for scene, changes in groups
    ]
    rows.append(_counts(texts.total, [change for _, changes in groups for change in changes]))
    header = _header(texts, texts.scene)
    return build_table(rows, header, [4, 1, 1, 1], classes=["lastenheft-changes-scenes"])


def _part_name(texts: Texts, name: str) -> str:
    """What the reader calls a part of an object: title, description, a field or a link."""
    if name == TITLE:
        return texts.versions.title
    if name == CONTENT:
        return texts.versions.content
    if name in texts.objects.links:
        return texts.objects.links[name].outgoing
    return texts.objects.field_titles.get(name, name)


def _entry(context: PageContext, change: ObjectChange) -> list[nodes.Node]:
    texts = context.settings.texts
    head = nodes.paragraph(
        classes=["lastenheft-change", f"lastenheft-change-{change.kind.value}"],
    )
    head += nodes.strong("", _kind_name(texts.versions, change.kind))
    head += nodes.Text(f" · {context.settings.type_title(change.type)} ")
    # A removed object has no description to link to: the link is its ID alone.
    head += context.link(change.id)
    head += nodes.Text(f" {change.title}")
    result: list[nodes.Node] = []
    target = anchor(change.id)
    # Two lists of changes on one page: the entry of the first is the target.
    if target not in context.document.ids:
        point = nodes.target("", "", ids=[target])
        context.document.ids[target] = point
        result.append(point)
    result.append(head)
    if change.fields:
        rows: list[Sequence[Cell] | str] = [
            [_part_name(texts, part.name), nodes.inline("", "", *diff_nodes(part.runs(CONTEXT)))]
            for part in change.fields
        ]
        header = [texts.versions.field, texts.versions.change]
        result.append(build_table(rows, header, [1, 4], classes=["lastenheft-change-fields"]))
    return result


def _legend(texts: VersionTexts) -> nodes.paragraph:
    """The legend: its text, with the two words marked as the changes mark them."""
    words = {
        "{inserted}": Run(RunKind.INSERTED, texts.inserted),
        "{deleted}": Run(RunKind.DELETED, texts.deleted),
    }
    legend = nodes.paragraph(classes=["lastenheft-changes-legend"])
    for part in re.split(r"(\{inserted\}|\{deleted\})", texts.legend):
        legend += diff_nodes([words[part]]) if part in words else nodes.Text(part)
    return legend


def _warn_unknown_scenes(context: PageContext, found: Comparison, placement: Placement) -> None:
    for scene in placement.option("scenes", ()):
        if scene not in found.scene_order:
            say = context.settings.texts.messages
            message = say.changes_unknown_scene.format(
                id=scene, version=found.version, known=", ".join(found.scene_order)
            )
            warn_unknown(scene, message, placement.location, say)


def render_changes(context: PageContext, placement: Placement) -> list[nodes.Node]:
    texts = context.settings.texts.versions
    found = comparison(context.env)
    if found is None:
        return [nodes.paragraph("", texts.no_baseline)]
    _warn_unknown_scenes(context, found, placement)
    changes = _selected(found, placement)
    date = context.settings.texts.formats.date(datetime.date.fromisoformat(found.created))
    if not changes:
        return [nodes.paragraph("", texts.no_changes.format(version=found.version, date=date))]
    counts = tally(changes)
    intro = texts.intro.format(
        version=found.version,
        date=date,
        added=counts[ChangeKind.ADDED],
        changed=counts[ChangeKind.CHANGED],
        removed=counts[ChangeKind.REMOVED],
    )
    groups = found.grouped(changes, placement.option("scenes", ()))
    result: list[nodes.Node] = [
        nodes.paragraph("", intro, classes=["lastenheft-changes-intro"]),
        nodes.rubric("", texts.by_type),
        _by_type(context, changes),
        nodes.rubric("", texts.by_scene),
        _by_scene(context, found, groups),
        _legend(texts),
    ]
    for scene, group in groups:
        result.append(nodes.rubric("", "", _scene_heading(context, found, scene)))
        for change in group:
            result += _entry(context, change)
    return result


def changes_reads(context: ReadContext, placement: Placement) -> Iterable[Read]:
    found = comparison(context.env)
    if found is None:
        return [shown(None)]
    changes = _selected(found, placement)
    scenes = [scene for scene, _ in found.grouped(changes, placement.option("scenes", ()))]
    # The changes as listed, and the links to the objects and scenes they name.
    linked = dict.fromkeys([*scenes, *(change.id for change in changes)])
    return [
        shown(found.version, found.created, found.scene_order, changes),
        *(one(object_id, *LINK_FIELDS) for object_id in linked if object_id),
    ]


def setup_changes_view(app: Sphinx) -> None:
    register_view(app, View(VIEW, render_changes, changes_reads), ChangesDirective)
