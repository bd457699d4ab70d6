"""Builds the process model once per build, reports its problems and shares it with the views."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sphinx_needs.data import SphinxNeedsData

from sphinx_lastenheft.config import settings
from sphinx_lastenheft.model.build_values import (
    build_value,
    pop_build_value,
    set_build_value,
    setup_build_values,
)
from sphinx_lastenheft.model.builder import build_model
from sphinx_lastenheft.model.process import ObjectData, ProcessModel
from sphinx_lastenheft.sources.pages import entries_in_order
from sphinx_lastenheft.texts.messages import Messages
from sphinx_lastenheft.vocabulary import ACTIVITY, FIELDS, FLOW_END, LINKS, TYPES
from sphinx_lastenheft.warnings_ import Finding, Location

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

_MODEL = "lastenheft_model"
_BUILT = "lastenheft_model_sources"


def _messages(env: BuildEnvironment) -> Messages:
    return settings(env.config).texts.messages


def ordered_ids(env: BuildEnvironment) -> list[str]:
    """Every Lastenheft object's ID in reading order; objects from other sources after them."""
    needs = SphinxNeedsData(env).get_needs_mutable()
    written = [entry.need_id for entry in entries_in_order(env) if entry.need_id in needs]
    known = set(written)
    return written + sorted(
        (i for i, need in needs.items() if need["type"] in TYPES and i not in known),
        key=lambda i: (needs[i]["docname"] or "", needs[i]["lineno"] or 0, i),
    )


def _objects(env: BuildEnvironment) -> dict[str, ObjectData]:
    """Every Lastenheft object, in reading order."""
    needs = SphinxNeedsData(env).get_needs_mutable()
    entries = {entry.need_id: entry for entry in entries_in_order(env)}
    objects: dict[str, ObjectData] = {}
    for need_id in ordered_ids(env):
        need = needs[need_id]
        entry = entries.get(need_id)
        objects[need_id] = ObjectData(
            id=need_id,
            type=need["type"],
            title=need["title"],
            location=entry.location if entry else Location(need["docname"] or "", need["lineno"]),
            fields={name: str(need.get(name) or "") for name in FIELDS},
            # END in 'next' is a keyword, not a link: the model reads it from next_ids.
            links={name: tuple(i for i in need.get_links(name) if i != FLOW_END) for name in LINKS},
            next_ids=entry.next_ids if entry else tuple(need.get_links("next")),
            branches=entry.branches if entry else (),
            page_title=(need["sections"] or ("",))[-1],
            content=str(need.get("content") or ""),
        )
    return objects


@dataclass(frozen=True)
class Built:
    """What the model was built from, and the objects it could not place: for the checks."""

    objects: dict[str, ObjectData]
    unplaced: list[Finding]


def prepare_model(app: Sphinx, env: BuildEnvironment) -> None:
    """Build the model and write the implicit flow into the needs."""
    objects = _objects(env)
    model, unplaced = build_model(objects, _messages(env))
    _show_implicit_flow(env, model, objects)
    set_build_value(env, _MODEL, model)
    set_build_value(env, _BUILT, Built(objects, unplaced))


def take_built(env: BuildEnvironment) -> Built:
    """What this build's model was built from; given once, to the checks."""
    built = pop_build_value(env, _BUILT)
    if not isinstance(built, Built):
        objects = _objects(env)
        built = Built(objects, build_model(objects, _messages(env))[1])
    return built


def _show_implicit_flow(
    env: BuildEnvironment, model: ProcessModel, objects: dict[str, ObjectData]
) -> None:
    # The flow that follows from page order is written into the needs' 'next' links, so
    # every activity shows where it continues and what it follows, like an explicit link.
    # Every activity without an authored 'next' gets its flow anew: the needs of pages not
    # read again still hold the flow of the last build. An end of the flow is no link: END
    # leaves the authored links, and the diagrams show where the flow ends.
    needs = SphinxNeedsData(env).get_needs_mutable()
    implicit: dict[str, list[str]] = {
        obj.id: [] for obj in objects.values() if obj.type == ACTIVITY and not obj.next_ids
    }
    for scene in model.scenes.values():
        for flow in scene.flows:
            if flow.source in implicit and not flow.ends:
                implicit[flow.source].append(flow.target)
    for activity_id, targets in implicit.items():
        needs[activity_id]["next"] = targets
    for obj in objects.values():
        if FLOW_END in obj.next_ids:
            needs[obj.id]["next"] = [i for i in needs[obj.id]["next"] if i != FLOW_END]


def get_model(env: BuildEnvironment) -> ProcessModel:
    """The model of this build (built at ``env-updated``)."""
    model: ProcessModel = build_value(
        env, _MODEL, lambda: build_model(_objects(env), _messages(env))[0]
    )
    return model


def setup_model(app: Sphinx) -> None:
    # Once every page is read: before the checks (env-updated, 450), before the pages to
    # write are chosen (600) and before sphinx-needs post-processes the needs at
    # write-started (the implicit 'next' links must be in place for its backlinks).
    app.connect("env-updated", prepare_model, priority=400)
    setup_build_values(app)
