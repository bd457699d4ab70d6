"""What views read, and a content hash of it.

A view names its inputs as :class:`Read` values: one object with the fields it shows
(:func:`one`), every object of a type with those fields (:func:`every`), data the view
computes and shows (:func:`shown`), an input of another kind (a test run) or, for views that
may show anything, :data:`EVERYTHING`. A
:class:`Snapshot` of one build turns a page's reads into a digest; a page whose digest
differs from the one of the last build shows something that changed.

An object's record holds what a reader can see of it: type, title, page, content, every
field and link in both directions, and the structure the model gives it (a scene's steps and
flow, a step's activities, an activity's scene). Line numbers are left out: text inserted
above an object moves it but changes nothing it shows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sphinx_needs.data import SphinxNeedsData

if TYPE_CHECKING:
    from sphinx.environment import BuildEnvironment

    from sphinx_lastenheft.model.process import ProcessModel

#: Fields a reader sees of every need, besides its fields and links.
_BASE_FIELDS = ("type", "title", "docname", "content", "status", "tags", "sections")


@dataclass(frozen=True)
class Read:
    """One input of a view: ``kind`` 'object', 'type', 'everything' or the kind of another
    input (e.g. 'run'); ``key`` the object ID, type or the other input's key; ``fields`` the
    fields shown (empty: all of them)."""

    kind: str
    key: str = ""
    fields: tuple[str, ...] = ()


def one(object_id: str, *fields: str) -> Read:
    """The object ``object_id``: its ``fields`` (all, when none are named)."""
    return Read("object", object_id, fields)


def every(object_type: str, *fields: str) -> Read:
    """Every object of ``object_type`` in reading order, with its ``fields``."""
    return Read("type", object_type, fields)


def shown(*values: object) -> Read:
    """Data a view computes from the model and shows as it is (e.g. which of a handbook's
    activities a requirement is derived from): it changes when the data does."""
    return Read("value", repr(values))


#: Every object with every field: for views that may show anything.
EVERYTHING = Read("everything")
#: What a link to an object shows: its ID, title and page.
LINK_FIELDS = ("title", "docname")


def _text(value: Any) -> str:
    return value if isinstance(value, str) else repr(value)


class Snapshot:
    """The readable content of every object (and run) of one build, for digests."""

    def __init__(
        self,
        records: Mapping[str, Mapping[str, str]],
        order: Mapping[str, list[str]],
        tables: Mapping[str, Mapping[str, str]],
    ) -> None:
        self.records = records
        #: Object IDs per type, in reading order.
        self.order = order
        #: Inputs other than objects: by kind, each key's content as text.
        self.tables = tables
        self._digests: dict[Read, str] = {}

    def value(self, read: Read) -> str:
        """The content ``read`` stands for, as text."""
        if read.kind == "object":
            record = self.records.get(read.key)
            if record is None:
                return "missing"
            return _text([(name, record.get(name, "")) for name in read.fields or sorted(record)])
        if read.kind == "type":
            ids = self.order.get(read.key, [])
            return _text([(i, self.value(Read("object", i, read.fields))) for i in ids])
        if read.kind == "value":
            return read.key
        if read.kind == "everything":
            return _text(sorted((i, self.value(Read("object", i))) for i in self.records))
        return self.tables.get(read.kind, {}).get(read.key, "missing")

    def digest(self, read: Read) -> str:
        if read not in self._digests:
            self._digests[read] = hashlib.sha256(self.value(read).encode()).hexdigest()
        return self._digests[read]

    def page_digest(self, reads: Iterable[Read]) -> str:
        """One digest of everything a page reads, in the order it shows it: a new, removed
        or moved input changes it as much as a changed one."""
        digest = hashlib.sha256()
        for read in reads:
            digest.update(repr(read).encode())
            digest.update(self.digest(read).encode())
        return digest.hexdigest()


def object_records(env: BuildEnvironment, model: ProcessModel) -> dict[str, dict[str, str]]:
    """The record of every need, with links in both directions and the model's structure."""
    needs = SphinxNeedsData(env).get_needs_mutable()
    links = [str(name) for name in env.config.needs_links]
    fields = [str(name) for name in env.config.needs_fields]
    records: dict[str, dict[str, str]] = {}
    for need_id, need in needs.items():
        record = {name: _text(need.get(name)) for name in (*_BASE_FIELDS, *fields)}
        for name in links:
            record[name] = _text(list(need.get_links(name)))
        records[need_id] = record
    backlinks: dict[tuple[str, str], list[str]] = {}
    for need_id, need in needs.items():
        for name in links:
            for target in need.get_links(name):
                backlinks.setdefault((str(target), name), []).append(need_id)
    for (target, name), sources in backlinks.items():
        if target in records:
            records[target][f"{name}_back"] = _text(sorted(sources))
    for scene in model.scenes.values():
        if scene.id in records:
            records[scene.id]["steps"] = _text(scene.steps)
            records[scene.id]["flows"] = _text(scene.flows)
    for step in model.steps.values():
        if step.id in records:
            records[step.id]["activities"] = _text(step.activities)
    for activity_id in model.activities:
        if activity_id in records:
            records[activity_id]["scene"] = model.scene_of_activity(activity_id)
    return records


def type_order(env: BuildEnvironment, ordered_ids: Iterable[str]) -> dict[str, list[str]]:
    """The object IDs per type, in the order given (reading order)."""
    needs = SphinxNeedsData(env).get_needs_mutable()
    order: dict[str, list[str]] = {}
    for need_id in ordered_ids:
        if need_id in needs:
            order.setdefault(str(needs[need_id]["type"]), []).append(need_id)
    return order
