"""What changed between a baseline and the current sources: the objects added, changed and
removed, each changed one with its changed fields, and the customer scenes each belongs to.

A field changed when its words did (:func:`~sphinx_lastenheft.versions.word_diff.same_words`): a
description re-wrapped is the same. Links compare as the list of IDs they name, in order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum

from sphinx_lastenheft.versions.baseline import KEPT_FIELDS, Baseline, ObjectSnapshot
from sphinx_lastenheft.versions.word_diff import Run, same_words, word_diff
from sphinx_lastenheft.vocabulary import ACTIVITY, LINKS, REQ, SCENE, STEP, TEST

#: The names of the two parts every object has besides its fields and links.
TITLE, CONTENT = "title", "content"


class ChangeKind(Enum):
    ADDED = "added"
    CHANGED = "changed"
    REMOVED = "removed"


@dataclass(frozen=True)
class FieldChange:
    """One changed part of an object: ``name`` is 'title', 'content', a field or a link."""

    name: str
    old: str
    new: str

    def runs(self, context: int | None = None) -> list[Run]:
        """The word diff from the old value to the new one (see
        :func:`~sphinx_lastenheft.versions.word_diff.word_diff`)."""
        return word_diff(self.old, self.new, context)


@dataclass(frozen=True)
class ObjectChange:
    id: str
    type: str
    kind: ChangeKind
    #: The current title; a removed object's last one.
    title: str
    #: What changed, in the order title, content, fields, links; empty unless changed.
    fields: tuple[FieldChange, ...] = ()
    #: The customer scenes the object belongs to (a removed one: belonged to).
    scenes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Comparison:
    """The changes since a baseline: added and changed objects in reading order, then the
    removed ones in the baseline's order."""

    version: str
    #: The day the baseline was recorded, YYYY-MM-DD.
    created: str
    changes: tuple[ObjectChange, ...]
    #: Every scene, current ones in reading order, then the removed ones.
    scene_order: tuple[str, ...]
    _by_id: dict[str, ObjectChange] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {change.id: change for change in self.changes})

    def change_of(self, object_id: str) -> ObjectChange | None:
        return self._by_id.get(object_id)

    def of_scenes(self, scenes: Iterable[str]) -> list[ObjectChange]:
        """The changes of objects that belong to one of ``scenes``."""
        wanted = set(scenes)
        return [change for change in self.changes if wanted & set(change.scenes)]

    def grouped(
        self, changes: Iterable[ObjectChange], scenes: Iterable[str] = ()
    ) -> list[tuple[str, list[ObjectChange]]]:
        """``changes`` by scene, each under the first of its scenes in scene order (of
        ``scenes`` when given); the objects of no scene last, under ''."""
        wanted = set(scenes)
        order = [s for s in self.scene_order if s in wanted] if wanted else self.scene_order
        groups: dict[str, list[ObjectChange]] = {scene: [] for scene in [*order, ""]}
        for change in changes:
            home = next((scene for scene in order if scene in change.scenes), "")
            groups[home].append(change)
        return [(scene, found) for scene, found in groups.items() if found]


def tally(changes: Iterable[ObjectChange]) -> dict[ChangeKind, int]:
    """How many objects were added, changed and removed."""
    counts = dict.fromkeys(ChangeKind, 0)
    for change in changes:
        counts[change.kind] += 1
    return counts


def _parts(snapshot: ObjectSnapshot) -> dict[str, str]:
    """An object's comparable parts as text, in the order a change lists them."""
    return {
        TITLE: snapshot.title,
        CONTENT: snapshot.content,
        **{name: snapshot.fields.get(name, "") for name in KEPT_FIELDS},
        **{name: ", ".join(snapshot.links.get(name, ())) for name in LINKS},
    }


def field_changes(old: ObjectSnapshot, new: ObjectSnapshot) -> tuple[FieldChange, ...]:
    before, after = _parts(old), _parts(new)
    return tuple(
        FieldChange(name, before[name], after[name])
        for name in after
        if not same_words(before[name], after[name])
    )


#: The links that lead from an object of a type towards its customer scenes.
_TOWARDS_SCENES = {
    STEP: ("scene",),
    ACTIVITY: ("step",),
    REQ: ("derived_from", "concerns"),
    TEST: ("walks_through", "verifies"),
}


def scenes_of(object_id: str, objects: Mapping[str, ObjectSnapshot]) -> tuple[str, ...]:
    """The scenes an object belongs to, following its links among ``objects``: a step's
    scene, an activity's step's, a requirement's activities' and those it concerns, a test's
    scenes it walks through and those of the requirements it verifies."""
    scenes: dict[str, None] = {}
    pending, seen = [object_id], set()
    while pending:
        current = pending.pop(0)
        snapshot = objects.get(current)
        # A link to the wrong type may lead in a circle; the checks report it.
        if snapshot is None or current in seen:
            continue
        seen.add(current)
        if snapshot.type == SCENE:
            scenes.setdefault(current, None)
        for name in _TOWARDS_SCENES.get(snapshot.type, ()):
            pending.extend(snapshot.links.get(name, ()))
    return tuple(scenes)


def compare(baseline: Baseline, current: Mapping[str, ObjectSnapshot]) -> Comparison:
    """The changes from ``baseline`` to ``current`` (objects by ID in reading order)."""
    old = baseline.objects
    changes: list[ObjectChange] = []
    for object_id, snapshot in current.items():
        scenes = scenes_of(object_id, current)
        if object_id not in old:
            changes.append(
                ObjectChange(object_id, snapshot.type, ChangeKind.ADDED, snapshot.title, (), scenes)
            )
            continue
        fields = field_changes(old[object_id], snapshot)
        if fields:
            changes.append(
                ObjectChange(
                    object_id, snapshot.type, ChangeKind.CHANGED, snapshot.title, fields, scenes
                )
            )
    for object_id, snapshot in old.items():
        if object_id not in current:
            changes.append(
                ObjectChange(
                    object_id,
                    snapshot.type,
                    ChangeKind.REMOVED,
                    snapshot.title,
                    (),
                    scenes_of(object_id, old),
                )
            )
    scene_order = [i for i, s in current.items() if s.type == SCENE]
    scene_order += [i for i, s in old.items() if s.type == SCENE and i not in current]
    return Comparison(baseline.version, baseline.created, tuple(changes), tuple(scene_order))
