"""Baselines: a snapshot of every Lastenheft object as a version was given out, stored as a
JSON file that diffs well in version control.

The file holds the version's name, the project, the date the baseline was made and each
object by ID, with type, title, page, the process fields and outgoing links it has, and the
text of its description, one list item per line. The fields of a review (status, reviewer)
are left out: a review changes nothing an object says. Keys are sorted and nothing else changes
from one run to the next: the same sources give the same file, apart from the date.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sphinx_lastenheft.vocabulary import FIELDS, LINKS, REVIEW_FIELDS, TYPES

#: The version of the file format; a reader rejects others.
FORMAT = 1
#: The fields a baseline keeps: what an object says, not how far its review has come.
KEPT_FIELDS = tuple(name for name in FIELDS if name not in REVIEW_FIELDS)
#: What the snapshot keeps of a need, by its key in sphinx-needs (and in needs.json).
NEED_KEYS = ("id", "type", "title", "docname", "content", *KEPT_FIELDS, *LINKS)


class BaselineError(ValueError):
    """A baseline file cannot be read; the message says what is wrong with it."""


@dataclass(frozen=True)
class ObjectSnapshot:
    """One object as the baseline holds it: only fields and links that have a value."""

    id: str
    type: str
    title: str
    #: The document the object is written on.
    page: str
    fields: Mapping[str, str]
    links: Mapping[str, tuple[str, ...]]
    content: str = ""


@dataclass(frozen=True)
class Baseline:
    """A version of the Lastenheft: its name, the day it was recorded and its objects."""

    version: str
    created: str
    project: str
    objects: Mapping[str, ObjectSnapshot]


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def snapshot_of(need: Mapping[str, Any]) -> ObjectSnapshot:
    """The snapshot of one need, given as sphinx-needs (or its needs.json) holds it."""
    fields = {name: _text(need.get(name)).strip() for name in KEPT_FIELDS}
    # Sorted: sphinx-needs keeps links in another order once it has resolved them, and the
    # order of links says nothing (a decision's ways out are in the order of 'branches').
    links = {name: tuple(sorted(str(target) for target in need.get(name) or ())) for name in LINKS}
    return ObjectSnapshot(
        id=str(need["id"]),
        type=str(need["type"]),
        title=_text(need.get("title")),
        page=_text(need.get("docname")),
        fields={name: value for name, value in fields.items() if value},
        links={name: targets for name, targets in links.items() if targets},
        content=_text(need.get("content")).strip(),
    )


def snapshots(needs: Iterable[Mapping[str, Any]]) -> dict[str, ObjectSnapshot]:
    """The snapshots of the Lastenheft's objects among ``needs``, by ID in the order given;
    needs of other types are left out."""
    return {str(n["id"]): snapshot_of(n) for n in needs if n.get("type") in TYPES}


def _object_json(snapshot: ObjectSnapshot) -> dict[str, Any]:
    record: dict[str, Any] = {
        "type": snapshot.type,
        "title": snapshot.title,
        "page": snapshot.page,
        "fields": dict(sorted(snapshot.fields.items())),
        "links": {name: list(targets) for name, targets in sorted(snapshot.links.items())},
        # One line per item: a changed line of a description is a changed line of the file.
        "content": snapshot.content.splitlines(),
    }
    return {key: record[key] for key in sorted(record)}


def to_json(baseline: Baseline) -> str:
    """The baseline as the file holds it: sorted, indented, UTF-8 text as written."""
    data = {
        "format": FORMAT,
        "version": baseline.version,
        "project": baseline.project,
        "created": baseline.created,
        "objects": {i: _object_json(baseline.objects[i]) for i in sorted(baseline.objects)},
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_baseline(path: Path, baseline: Baseline, force: bool = False) -> None:
    """Write ``baseline`` to ``path``; an existing file is only replaced with ``force``
    (FileExistsError otherwise)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = to_json(baseline)
    if force:
        path.write_text(text, "utf-8")
        return
    # 'x' creates the file or fails: a baseline someone wrote is never replaced by accident.
    with path.open("x", encoding="utf-8") as file:
        file.write(text)


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise BaselineError(message)


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _object(object_id: str, record: Any) -> ObjectSnapshot:
    where = f"object '{object_id}'"
    _expect(isinstance(record, dict), f"{where} is not a JSON object")
    _expect(record.get("type") in TYPES, f"{where} has no type of the Lastenheft")
    for key in ("title", "page"):
        _expect(isinstance(record.get(key), str), f"{where} has no text '{key}'")
    fields, links = record.get("fields", {}), record.get("links", {})
    _expect(
        isinstance(fields, dict) and all(isinstance(v, str) for v in fields.values()),
        f"{where}: 'fields' is not an object of texts",
    )
    _expect(
        isinstance(links, dict) and all(_strings(v) for v in links.values()),
        f"{where}: 'links' is not an object of lists of IDs",
    )
    content = record.get("content", [])
    _expect(_strings(content), f"{where}: 'content' is not a list of lines")
    return ObjectSnapshot(
        id=object_id,
        type=record["type"],
        title=record["title"],
        page=record["page"],
        fields=fields,
        links={name: tuple(targets) for name, targets in links.items()},
        content="\n".join(content),
    )


def from_json(text: str) -> Baseline:
    """The baseline a file holds; BaselineError names what is wrong with it."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise BaselineError(f"no valid JSON at line {error.lineno}: {error.msg}") from None
    _expect(isinstance(data, dict), "no JSON object")
    _expect(data.get("format") == FORMAT, f"not in the baseline format {FORMAT}")
    for key in ("version", "project", "created"):
        _expect(isinstance(data.get(key), str), f"no text '{key}'")
    try:
        datetime.date.fromisoformat(data["created"])
    except ValueError:
        raise BaselineError("'created' is no date written YYYY-MM-DD") from None
    objects = data.get("objects")
    _expect(isinstance(objects, dict), "no object 'objects'")
    return Baseline(
        version=data["version"],
        created=data["created"],
        project=data["project"],
        objects={object_id: _object(object_id, record) for object_id, record in objects.items()},
    )


def read_baseline(path: Path, version: str) -> Baseline:
    """The baseline of ``version`` in ``path``: FileNotFoundError if there is none,
    BaselineError if the file is no baseline (not UTF-8, not JSON, not in the format) or
    one of another version."""
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError:
        raise BaselineError("not UTF-8 text") from None
    baseline = from_json(text)
    _expect(baseline.version == version, f"it records version '{baseline.version}'")
    return baseline


def baseline_file(confdir: Path, folder: str, version: str) -> Path:
    """Where the baseline of ``version`` is kept: ``folder`` is relative to ``confdir``."""
    return Path(confdir, folder, f"{version}.json")
