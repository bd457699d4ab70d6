"""Builds the process model once per build, reports its problems and shares it with the views."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sphinx_needs.data import SphinxNeedsData

from lastenheft.config import read_config
from lastenheft.model import ObjectData, ProcessModel
from lastenheft.model_builder import build_model
from lastenheft.pages import entries_in_order
from lastenheft.validation import check_objects
from lastenheft.vocabulary import ACTIVITY, FIELDS, LINKS, TYPES
from lastenheft.warnings_ import Location

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment

_MODEL = "lastenheft_model"


def _objects(env: BuildEnvironment) -> dict[str, ObjectData]:
    """Every Lastenheft object, in page order (objects from other sources after them)."""
    needs = SphinxNeedsData(env).get_needs_mutable()
    entries = {entry.need_id: entry for entry in entries_in_order(env)}
    ordered = [i for i in entries if i in needs] + sorted(
        (i for i, need in needs.items() if need["type"] in TYPES and i not in entries),
        key=lambda i: (needs[i]["docname"] or "", needs[i]["lineno"] or 0, i),
    )
    objects: dict[str, ObjectData] = {}
    for need_id in ordered:
        need = needs[need_id]
        entry = entries.get(need_id)
        objects[need_id] = ObjectData(
            id=need_id,
            type=need["type"],
            title=need["title"],
            location=entry.location if entry else Location(need["docname"] or "", need["lineno"]),
            fields={name: str(need.get(name) or "") for name in FIELDS},
            links={name: tuple(need.get_links(name)) for name in LINKS},
            next_ids=entry.next_ids if entry else tuple(need.get_links("next")),
            branches=entry.branches if entry else (),
            page_title=(need["sections"] or ("",))[-1],
        )
    return objects


def _type_entries(env: BuildEnvironment) -> list[dict[str, Any]]:
    return [t for t in env.config.needs_types if t["directive"] in TYPES]


def prepare_model(app: Sphinx, builder: Builder) -> None:
    """Build the model, report every problem, and write the implicit flow into the needs."""
    env = builder.env
    config = read_config(env.config)
    objects = _objects(env)
    types = _type_entries(env)
    findings = list(
        check_objects(
            objects,
            config,
            prefixes={t["directive"]: t["prefix"] for t in types},
            type_titles={t["directive"]: t["title"] for t in types},
        )
    )
    model, structural = build_model(objects, config)
    findings.extend(structural)
    for finding in sorted(findings, key=lambda f: (f.location.docname, f.location.lineno or 0)):
        finding.report()
    _show_implicit_flow(env, model, objects)
    env.__dict__[_MODEL] = model


def _show_implicit_flow(
    env: BuildEnvironment, model: ProcessModel, objects: dict[str, ObjectData]
) -> None:
    # The flow that follows from page order is written into the needs' 'next' links, so
    # every activity shows where it continues and what it follows, like an explicit link.
    needs = SphinxNeedsData(env).get_needs_mutable()
    for scene in model.scenes.values():
        for flow in scene.flows:
            if objects[flow.source].next_ids or objects[flow.source].type != ACTIVITY:
                continue
            needs[flow.source]["next"] = [flow.target]


def get_model(env: BuildEnvironment) -> ProcessModel:
    """The model of this build (built at ``write-started``)."""
    model = env.__dict__.get(_MODEL)
    if not isinstance(model, ProcessModel):
        model, _ = build_model(_objects(env), read_config(env.config))
        env.__dict__[_MODEL] = model
    return model


def forget_model(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    env.__dict__.pop(_MODEL, None)


def setup_model(app: Sphinx) -> None:
    # Before sphinx-needs post-processes the needs at write-started (priority 500):
    # the implicit 'next' links must be in place when it computes the backlinks.
    app.connect("write-started", prepare_model, priority=400)
    app.connect("env-before-read-docs", forget_model)
