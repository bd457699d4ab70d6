"""Checks of each object on its own: IDs, fields, allowed values and link targets."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from lastenheft.config import Settings
from lastenheft.model.process import ObjectData
from lastenheft.sources.identifiers import lookalike_problem
from lastenheft.vocabulary import (
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
from lastenheft.warnings_ import Finding, WarningSubtype


def _id_pattern(prefix: str) -> re.Pattern[str]:
    return re.compile(re.escape(prefix) + r"[A-Z0-9][A-Z0-9_.-]*")


def check_objects(objects: Mapping[str, ObjectData], settings: Settings) -> Iterator[Finding]:
    """Every problem of a single object."""
    config = settings.options
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
                f"The ID '{obj.id}' of the {title} '{obj.title}' does not follow the pattern "
                f"'{prefix}<number or code>'. Rename it, e.g. '{prefix}01'.",
                obj.location,
            )
        spec = TYPES[obj.type]
        for name in spec.required_fields:
            if not obj.field(name):
                yield Finding(
                    WarningSubtype.MISSING_FIELD,
                    f"The {title} '{obj.id}' has no '{name}'. Add a line ':{name}: …'.",
                    obj.location,
                )
        for name in spec.required_links:
            if not obj.link(name) and not (name == "systems" and _by_customer(obj, objects)):
                target = " or ".join(settings.type_title(t) for t in LINKS[name].targets)
                yield Finding(
                    WarningSubtype.MISSING_FIELD,
                    f"The {title} '{obj.id}' names no {target}. Add a line ':{name}: <ID>'.",
                    obj.location,
                )
        for name, values in allowed.items():
            value = obj.field(name)
            if obj.type == REQ and value and value not in values:
                yield Finding(
                    WarningSubtype.UNKNOWN_VALUE,
                    f"The {title} '{obj.id}' has {name} '{value}', which is not one of "
                    f"{', '.join(values)}. Use one of these values.",
                    obj.location,
                )
        if obj.type == SCENE:
            # An area list separated with ';' is reported as such: its areas are known.
            for area in split_values(obj.field("area").replace(";", ",")):
                if area not in config.areas:
                    yield Finding(
                        WarningSubtype.UNKNOWN_VALUE,
                        f"The {title} '{obj.id}' has area '{area}', which is not one of "
                        f"{', '.join(config.areas)}. Use these values, comma separated.",
                        obj.location,
                    )
        customer = obj.field("customer")
        if customer and not flag_set(customer):
            yield Finding(
                WarningSubtype.UNKNOWN_VALUE,
                f"The {title} '{obj.id}' has customer '{customer}'; write ':customer: "
                f"{FLAG_YES[0]}' (or '{FLAG_YES[1]}') for the customer's role, or remove the "
                f"line.",
                obj.location,
            )
        satisfaction = obj.field("satisfaction")
        if obj.type == ACTIVITY and satisfaction and satisfaction not in SATISFACTION_SCORES:
            yield Finding(
                WarningSubtype.UNKNOWN_VALUE,
                f"The {title} '{obj.id}' has satisfaction '{satisfaction}'; use a whole number "
                f"from 1 (bad) to 5 (good).",
                obj.location,
            )
        if obj.type == ACTIVITY and len(obj.link("role")) > 1:
            yield Finding(
                WarningSubtype.ROLE_COUNT,
                f"The {title} '{obj.id}' names {len(obj.link('role'))} roles "
                f"({', '.join(obj.link('role'))}); an activity has one role, the lane it is "
                f"drawn in. Keep the responsible role and split joint work into one activity "
                f"per role.",
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
    for name, spec in LINKS.items():
        targets = obj.link(name)
        if not targets:
            continue
        if obj.type not in spec.sources:
            owners = " and ".join(settings.type_title(t) for t in spec.sources)
            yield Finding(
                WarningSubtype.LINK_TYPE,
                f"The {title} '{obj.id}' has a '{name}' link, which only {owners} objects "
                f"have. Remove the line ':{name}: …' from it.",
                obj.location,
            )
            continue
        wanted = " or ".join(settings.type_title(t) for t in spec.targets)
        for target_id in targets:
            target = objects.get(target_id)
            lookalike = lookalike_problem(target_id)
            if target is None and lookalike:
                yield Finding(
                    WarningSubtype.LOOKALIKE,
                    f"The {title} '{obj.id}' links in '{name}' to an ID that no object has: "
                    f"{lookalike}",
                    obj.location,
                )
            elif target is None:
                yield Finding(
                    WarningSubtype.UNKNOWN_ID,
                    f"The {title} '{obj.id}' links to '{target_id}' in '{name}', but no object "
                    f"has this ID. Correct the ID or define the {wanted} '{target_id}'.",
                    obj.location,
                )
            elif target.type not in spec.targets:
                yield Finding(
                    WarningSubtype.LINK_TYPE,
                    f"The {title} '{obj.id}' links to '{target_id}' in '{name}', which is a "
                    f"{settings.type_title(target.type)}, not a {wanted}. Name a "
                    f"{wanted} there.",
                    obj.location,
                )
