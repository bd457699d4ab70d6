"""Checks of each object on its own: IDs, fields, allowed values and link targets."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from sphinx_lastenheft.config import Settings
from sphinx_lastenheft.model.process import ObjectData
from sphinx_lastenheft.sources.identifiers import lookalike_problem
from sphinx_lastenheft.vocabulary import (
    ACTIVITY,
    FLAG_YES,
    LINKS,
    REQ,
    SATISFACTION_SCORES,
    SCENE,
    TYPES,
    flag_set,
    split_values,
)
from sphinx_lastenheft.warnings_ import Finding, WarningSubtype


def _id_pattern(prefix: str) -> re.Pattern[str]:
    return re.compile(re.escape(prefix) + r"[A-Z0-9][A-Z0-9_.-]*")


def check_objects(objects: Mapping[str, ObjectData], settings: Settings) -> Iterator[Finding]:
    """Every problem of a single object."""
    config = settings.options
    say = settings.texts.messages
    allowed = {
        "priority": config.priorities,
        "category": config.categories,
    }
    for obj in objects.values():
        title = settings.type_title(obj.type)
        prefix = settings.prefix(obj.type)
        if not _id_pattern(prefix).fullmatch(obj.id):
            yield Finding(
                WarningSubtype.ID_PATTERN,
                say.id_pattern.format(id=obj.id, type=title, title=obj.title, prefix=prefix),
                obj.location,
            )
        spec = TYPES[obj.type]
        for name in spec.required_fields:
            if not obj.field(name):
                yield Finding(
                    WarningSubtype.MISSING_FIELD,
                    say.missing_field.format(type=title, id=obj.id, name=name),
                    obj.location,
                )
        for name in spec.required_links:
            if not obj.link(name) and not (name == "systems" and _by_customer(obj, objects)):
                target = say.alternatives.join(settings.type_title(t) for t in LINKS[name].targets)
                yield Finding(
                    WarningSubtype.MISSING_FIELD,
                    say.missing_link.format(type=title, id=obj.id, target=target, name=name),
                    obj.location,
                )
        for name, values in allowed.items():
            value = obj.field(name)
            if obj.type == REQ and value and value not in values:
                yield Finding(
                    WarningSubtype.UNKNOWN_VALUE,
                    say.unknown_value.format(
                        type=title, id=obj.id, name=name, value=value, allowed=", ".join(values)
                    ),
                    obj.location,
                )
        if obj.type == SCENE:
            # An area list separated with ';' is reported as such: its areas are known.
            for area in split_values(obj.field("area").replace(";", ",")):
                if area not in config.areas:
                    yield Finding(
                        WarningSubtype.UNKNOWN_VALUE,
                        say.unknown_area.format(
                            type=title, id=obj.id, area=area, allowed=", ".join(config.areas)
                        ),
                        obj.location,
                    )
        customer = obj.field("customer")
        if customer and not flag_set(customer):
            yield Finding(
                WarningSubtype.UNKNOWN_VALUE,
                say.unknown_customer.format(
                    type=title, id=obj.id, value=customer, yes=FLAG_YES[0], yes_other=FLAG_YES[1]
                ),
                obj.location,
            )
        satisfaction = obj.field("satisfaction")
        if obj.type == ACTIVITY and satisfaction and satisfaction not in SATISFACTION_SCORES:
            yield Finding(
                WarningSubtype.UNKNOWN_VALUE,
                say.unknown_satisfaction.format(type=title, id=obj.id, value=satisfaction),
                obj.location,
            )
        if obj.type == ACTIVITY and len(obj.link("role")) > 1:
            yield Finding(
                WarningSubtype.ROLE_COUNT,
                say.role_count.format(
                    type=title,
                    id=obj.id,
                    count=len(obj.link("role")),
                    roles=", ".join(obj.link("role")),
                ),
                obj.location,
            )
        yield from _check_links(obj, objects, title, settings)


def _by_customer(activity: ObjectData, objects: Mapping[str, ObjectData]) -> bool:
    """Whether the activity is the customer's: the customer acts outside the company's
    systems (on the phone, at the door), so such an activity may name none."""
    roles = [objects.get(role_id) for role_id in activity.link("role")]
    return any(role is not None and flag_set(role.field("customer")) for role in roles)


def _check_links(
    obj: ObjectData,
    objects: Mapping[str, ObjectData],
    title: str,
    settings: Settings,
) -> Iterator[Finding]:
    say = settings.texts.messages
    for name, spec in LINKS.items():
        targets = obj.link(name)
        if not targets:
            continue
        if obj.type not in spec.sources:
            owners = say.together.join(settings.type_title(t) for t in spec.sources)
            yield Finding(
                WarningSubtype.LINK_TYPE,
                say.link_owner.format(type=title, id=obj.id, name=name, owners=owners),
                obj.location,
            )
            continue
        wanted = say.alternatives.join(settings.type_title(t) for t in spec.targets)
        for target_id in targets:
            target = objects.get(target_id)
            lookalike = lookalike_problem(target_id, say)
            if target is None and lookalike:
                yield Finding(
                    WarningSubtype.LOOKALIKE,
                    say.link_lookalike.format(type=title, id=obj.id, name=name, problem=lookalike),
                    obj.location,
                )
            elif target is None:
                yield Finding(
                    WarningSubtype.UNKNOWN_ID,
                    say.link_unknown.format(
                        type=title, id=obj.id, target=target_id, name=name, wanted=wanted
                    ),
                    obj.location,
                )
            elif target.type not in spec.targets:
                yield Finding(
                    WarningSubtype.LINK_TYPE,
                    say.link_type.format(
                        type=title,
                        id=obj.id,
                        target=target_id,
                        name=name,
                        target_type=settings.type_title(target.type),
                        wanted=wanted,
                    ),
                    obj.location,
                )
