"""Checks across the objects of a type: customer scenes and process steps that hold nothing,
and roles or systems that share a name, so that readers cannot tell them apart."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping

from sphinx_lastenheft.config import Settings
from sphinx_lastenheft.model.process import ObjectData
from sphinx_lastenheft.vocabulary import PARENT_LINK, ROLE, SYSTEM
from sphinx_lastenheft.warnings_ import Finding, WarningSubtype

#: The types whose objects are told apart by their name in every table and diagram.
_NAMED_TYPES = (ROLE, SYSTEM)


def check_inventory(
    objects: Mapping[str, ObjectData],
    settings: Settings,
    path_of: Callable[[str], str],
    left: Collection[str] = (),
) -> Iterator[Finding]:
    """Every empty container and every repeated name; ``path_of`` gives a document's file.
    A container in ``left`` is empty because the object below it names another one: that
    mistake is reported at the object, once."""
    yield from _check_empty(objects, settings, left)
    yield from _check_names(objects, settings, path_of)


def _check_empty(
    objects: Mapping[str, ObjectData], settings: Settings, left: Collection[str]
) -> Iterator[Finding]:
    for child_type, (link, parent_type) in PARENT_LINK.items():
        children = (obj for obj in objects.values() if obj.type == child_type)
        filled = {parent for obj in children for parent in obj.link(link)}
        title = settings.type_title(parent_type)
        child = settings.type_title(child_type)
        for obj in objects.values():
            if obj.type == parent_type and obj.id not in filled and obj.id not in left:
                yield Finding(
                    WarningSubtype.EMPTY,
                    settings.texts.messages.empty.format(type=title, id=obj.id, child=child),
                    obj.location,
                )


def _check_names(
    objects: Mapping[str, ObjectData], settings: Settings, path_of: Callable[[str], str]
) -> Iterator[Finding]:
    first: dict[tuple[str, str], ObjectData] = {}
    for obj in objects.values():
        if obj.type not in _NAMED_TYPES:
            continue
        key = (obj.type, " ".join(obj.title.split()).casefold())
        earlier = first.setdefault(key, obj)
        if earlier is obj:
            continue
        title = settings.type_title(obj.type)
        place = f"{path_of(earlier.location.docname)}:{earlier.location.lineno}"
        yield Finding(
            WarningSubtype.DUPLICATE_NAME,
            settings.texts.messages.duplicate_name.format(
                type=title, id=obj.id, name=obj.title, other=earlier.id, where=place
            ),
            obj.location,
        )
