"""The process model on its own: flow defaults, decisions, lanes and cycles."""

from __future__ import annotations

from sphinx_lastenheft.checks.structure import check_structure, find_cycle
from sphinx_lastenheft.config import LastenheftConfig, Settings, TypeNames
from sphinx_lastenheft.model.builder import build_model
from sphinx_lastenheft.model.process import Flow, ObjectData
from sphinx_lastenheft.texts import LANGUAGES
from sphinx_lastenheft.texts.en_messages import MESSAGES
from sphinx_lastenheft.vocabulary import TYPES
from sphinx_lastenheft.warnings_ import Location, WarningSubtype

CONFIG = LastenheftConfig(
    areas=("Service",),
    priorities=("Muss",),
    categories=("Funktion", "Qualität", "Rahmen"),
    context_categories=("Qualität", "Rahmen"),
)
#: The settings of a project in English, whose messages the tests read.
SETTINGS = Settings(
    options=CONFIG,
    texts=LANGUAGES["en"],
    types={
        name: TypeNames(LANGUAGES["en"].objects.type_titles[name], spec.prefix)
        for name, spec in TYPES.items()
    },
)


def obj(need_id: str, need_type: str, line: int, **links: str) -> ObjectData:
    return ObjectData(
        id=need_id,
        type=need_type,
        title=need_id.lower(),
        location=Location("page", line),
        fields={"area": "Service"} if need_type == "scene" else {},
        links={name: tuple(v.split()) for name, v in links.items() if name != "next"},
        next_ids=tuple(links.get("next", "").split()),
        branches=tuple(links["branches"].split("|")) if "branches" in links else (),
    )


def scene(*activities: ObjectData) -> dict[str, ObjectData]:
    objects = [
        obj("R-A", "role", 1),
        obj("R-B", "role", 2),
        obj("SZ-1", "scene", 3),
        obj("PS-1", "step", 4, scene="SZ-1"),
        *activities,
    ]
    return {o.id: o for o in objects}


def test_flow_follows_page_order_across_steps() -> None:
    objects = scene(
        obj("TA-1", "activity", 5, step="PS-1", role="R-B"),
        obj("PS-2", "step", 6, scene="SZ-1"),
        obj("TA-2", "activity", 7, step="PS-2", role="R-A"),
        obj("TA-3", "activity", 8, step="PS-2", role="R-B"),
    )
    model, findings = build_model(objects, MESSAGES)
    assert findings == []
    assert model.scenes["SZ-1"].flows == [
        Flow("TA-1", "TA-2"),
        Flow("TA-2", "TA-3"),
        Flow("TA-3", "END"),
    ]
    # lanes in the order the roles first act, not in the order they are defined
    assert model.lanes("SZ-1") == ["R-B", "R-A"]


def test_decision_replaces_the_default_successor_and_labels_its_branches() -> None:
    objects = scene(
        obj("TA-1", "activity", 5, step="PS-1", next="TA-3 TA-2", branches="nein|ja"),
        obj("TA-2", "activity", 6, step="PS-1"),
        obj("TA-3", "activity", 7, step="PS-1"),
    )
    model, findings = build_model(objects, MESSAGES)
    assert findings == []
    assert model.scenes["SZ-1"].flows == [
        Flow("TA-1", "TA-3", "nein"),
        Flow("TA-1", "TA-2", "ja"),
        Flow("TA-2", "TA-3"),
        Flow("TA-3", "END"),
    ]


def test_explicit_step_puts_an_activity_into_another_step() -> None:
    objects = scene(
        obj("PS-2", "step", 5, scene="SZ-1"),
        obj("TA-1", "activity", 6, step="PS-1"),
    )
    model, _ = build_model(objects, MESSAGES)
    assert model.steps["PS-1"].activities == ["TA-1"]
    assert model.steps["PS-2"].activities == []


def test_quality_requirement_may_name_what_it_concerns_instead_of_activities() -> None:
    objects = scene(
        obj("ANF-1", "req", 5, concerns="SZ-1"),
    )
    objects["ANF-1"] = ObjectData(
        **{**objects["ANF-1"].__dict__, "fields": {"category": "Qualität"}}
    )
    objects["ANF-2"] = ObjectData(
        **{**objects["ANF-1"].__dict__, "id": "ANF-2", "fields": {"category": "Funktion"}}
    )
    model, _ = build_model(objects, MESSAGES)
    findings = list(check_structure(model, objects, SETTINGS))
    assert [(f.subtype, f.message.split(".")[0]) for f in findings] == [
        (WarningSubtype.UNDERIVED, "The requirement 'ANF-2' is derived from no activity")
    ]


def test_find_cycle_returns_the_circle_in_flow_order() -> None:
    flows = [Flow("a", "b"), Flow("b", "c"), Flow("c", "d"), Flow("d", "b")]
    assert find_cycle(flows) == ["b", "c", "d"]
    assert find_cycle([Flow("a", "b"), Flow("a", "c"), Flow("b", "c")]) == []
