"""What a run's results mean: the status of each requirement and scene, the defects, and the
acceptance decision derived from them. Pure functions of the model and the results.

- A test passed when it is 'bestanden', or 'mit Mangel' of class 3; it failed when it is
  'nicht bestanden', or 'mit Mangel' of class 1 or 2. 'nicht getestet', a skipped automated
  test and a test without a result never count as passed.
- A requirement is fulfilled when it has tests and all of them passed; not fulfilled when one
  of them failed; else not tested. A scene likewise, from its requirements and the end-to-end
  tests that walk through it.
- The decision is 'verweigert' when a defect of class 1 stands, or when a mandatory (Muss)
  requirement is not shown: it has no test, or one of its tests was not run; 'unter
  Vorbehalt' when defects of class 2 stand (they are the conditions); else 'erteilt'.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

from sphinx_lastenheft.model.process import ProcessModel
from sphinx_lastenheft.model.test_runs import CaseResult
from sphinx_lastenheft.views.acceptance.checking import CheckedRun
from sphinx_lastenheft.vocabulary import Decision, Outcome, Status

Results = Mapping[str, CaseResult]


def status_of_test(result: CaseResult | None) -> Status:
    if result is not None and result.failed:
        return Status.NOT_FULFILLED
    if result is not None and result.passed:
        return Status.FULFILLED
    return Status.NOT_TESTED


def combined_status(statuses: list[Status]) -> Status:
    """Fulfilled when there is something and all of it is; not fulfilled when any part is not."""
    if Status.NOT_FULFILLED in statuses:
        return Status.NOT_FULFILLED
    if statuses and all(s is Status.FULFILLED for s in statuses):
        return Status.FULFILLED
    return Status.NOT_TESTED


def requirement_status(model: ProcessModel, results: Results, requirement_id: str) -> Status:
    tests = model.tests_of_requirement(requirement_id)
    return combined_status([status_of_test(results.get(t)) for t in tests])


def end_to_end_tests(model: ProcessModel, scene_id: str) -> list[str]:
    return [t.id for t in model.tests.values() if scene_id in t.walks_through]


@dataclass(frozen=True)
class SceneResult:
    scene: str
    requirements: dict[str, Status]
    end_to_end: dict[str, Status]

    @property
    def status(self) -> Status:
        return combined_status([*self.requirements.values(), *self.end_to_end.values()])


def scene_result(model: ProcessModel, results: Results, scene_id: str) -> SceneResult:
    return SceneResult(
        scene_id,
        {r: requirement_status(model, results, r) for r in model.requirements_of_scene(scene_id)},
        {t: status_of_test(results.get(t)) for t in end_to_end_tests(model, scene_id)},
    )


@dataclass(frozen=True)
class Defect:
    """A result with a defect; its ID is the run's ID and its number in the defect list."""

    id: str
    result: CaseResult
    requirements: tuple[str, ...]

    @property
    def defect_class(self) -> int:
        return self.result.defect_class or 0


def defects(run_id: str, model: ProcessModel, results: Results) -> list[Defect]:
    """The defects by class, then in the order of the test cases, numbered in that order."""
    found = [
        results[t]
        for t in model.tests
        if t in results and results[t].outcome.has_defect and results[t].defect_class
    ]
    found.sort(key=lambda r: r.defect_class or 0)
    return [
        Defect(f"{run_id}-M{number:02d}", result, model.tests[result.test_id].verifies)
        for number, result in enumerate(found, 1)
    ]


@dataclass(frozen=True)
class Derivation:
    """The decision that follows from the results, and what it follows from."""

    decision: Decision
    class_1: tuple[Defect, ...]
    untested_mandatory: tuple[str, ...]
    conditions: tuple[Defect, ...]
    warranty: tuple[Defect, ...]


def _not_run(result: CaseResult | None) -> bool:
    return result is None or result.outcome is Outcome.NOT_TESTED


def derive_decision(
    model: ProcessModel, results: Results, found: list[Defect], mandatory: str
) -> Derivation:
    untested = tuple(
        r.id
        for r in model.requirements.values()
        if r.priority == mandatory
        and (
            not model.tests_of_requirement(r.id)
            or any(_not_run(results.get(t)) for t in model.tests_of_requirement(r.id))
        )
    )
    by_class = {c: tuple(d for d in found if d.defect_class == c) for c in (1, 2, 3)}
    if by_class[1] or untested:
        decision = Decision.REFUSED
    elif by_class[2]:
        decision = Decision.CONDITIONAL
    else:
        decision = Decision.GRANTED
    return Derivation(decision, by_class[1], untested, by_class[2], by_class[3])


@dataclass
class Evaluation:
    """A checked run with everything the views show about it."""

    checked: CheckedRun
    model: ProcessModel
    #: The priority of mandatory requirements (the first configured priority).
    mandatory: str

    @property
    def run_id(self) -> str:
        return self.checked.run.id

    @property
    def results(self) -> dict[str, CaseResult]:
        return self.checked.results

    @cached_property
    def requirement_statuses(self) -> dict[str, Status]:
        return {r: requirement_status(self.model, self.results, r) for r in self.model.requirements}

    @cached_property
    def scene_results(self) -> dict[str, SceneResult]:
        return {s: scene_result(self.model, self.results, s) for s in self.model.scenes}

    @cached_property
    def defects(self) -> list[Defect]:
        return defects(self.run_id, self.model, self.results)

    @cached_property
    def derivation(self) -> Derivation:
        return derive_decision(self.model, self.results, self.defects, self.mandatory)

    @property
    def decision(self) -> Decision:
        """The team's decision where it overrides the derived one."""
        return self.checked.run.decision or self.derivation.decision

    @property
    def passed_tests(self) -> set[str]:
        return {t for t, result in self.results.items() if result.passed}
