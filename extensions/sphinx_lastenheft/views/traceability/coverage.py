"""Coverage figures: how completely the scenes are traced to requirements and tests."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

from sphinx_lastenheft.config import LastenheftConfig
from sphinx_lastenheft.model.process import ProcessModel


@dataclass(frozen=True)
class Figure:
    """Objects that meet a rule and those that do not (the gaps)."""

    covered: tuple[str, ...]
    gaps: tuple[str, ...]

    @property
    def total(self) -> int:
        return len(self.covered) + len(self.gaps)

    @property
    def percent(self) -> float | None:
        return 100 * len(self.covered) / self.total if self.total else None


def _split(ids: Iterable[str], rule: Callable[[str], bool]) -> Figure:
    ids = list(ids)
    return Figure(tuple(i for i in ids if rule(i)), tuple(i for i in ids if not rule(i)))


@dataclass(frozen=True)
class Metric:
    """A coverage rule: its key in lastenheft_coverage_thresholds and how to compute it."""

    key: str
    compute: Callable[[ProcessModel, LastenheftConfig, str | None], Figure]


def _activities(model: ProcessModel, scene: str | None) -> list[str]:
    return [a.id for a in model.scene_activities(scene)] if scene else list(model.activities)


def _requirements(model: ProcessModel, scene: str | None) -> list[str]:
    return model.requirements_of_scene(scene) if scene else list(model.requirements)


def activities_with_requirement(
    model: ProcessModel, config: LastenheftConfig, scene: str | None
) -> Figure:
    return _split(_activities(model, scene), lambda a: bool(model.requirements_of_activity(a)))


def requirements_with_activity(
    model: ProcessModel, config: LastenheftConfig, scene: str | None
) -> Figure:
    # Requirements of the context categories name what they concern instead.
    functional = [
        r
        for r in _requirements(model, scene)
        if model.requirements[r].category not in config.context_categories
    ]
    return _split(functional, lambda r: bool(model.requirements[r].derived_from))


def mandatory_with_test(model: ProcessModel, config: LastenheftConfig, scene: str | None) -> Figure:
    mandatory = config.priorities[0]
    musts = [r for r in _requirements(model, scene) if model.requirements[r].priority == mandatory]
    return _split(musts, lambda r: bool(model.tests_of_requirement(r)))


def _tests(model: ProcessModel, scene: str | None) -> list[str]:
    """A scene's tests: those that walk through it and those that verify its requirements."""
    if not scene:
        return list(model.tests)
    requirements = set(model.requirements_of_scene(scene))
    return [
        t.id
        for t in model.tests.values()
        if scene in t.walks_through or requirements & set(t.verifies)
    ]


def tests_passed(model: ProcessModel, passed: Collection[str], scene: str | None) -> Figure:
    """Tests that passed in a test run (``passed``: their IDs); untested ones are gaps."""
    return _split(_tests(model, scene), lambda t: t in passed)


METRICS: tuple[Metric, ...] = (
    Metric("activities_with_requirement", activities_with_requirement),
    Metric("requirements_with_activity", requirements_with_activity),
    Metric("mandatory_with_test", mandatory_with_test),
)
METRIC_KEYS = tuple(metric.key for metric in METRICS)
#: The metric of a test run; shown for a run, never a threshold: the results of a delivery
#: do not make the Lastenheft fail to build.
TESTS_PASSED = "tests_passed"


@dataclass(frozen=True)
class CoverageReport:
    """Each metric overall and per scene."""

    overall: dict[str, Figure]
    scenes: dict[str, dict[str, Figure]]

    @property
    def keys(self) -> list[str]:
        """The metrics of the report, in order."""
        return list(self.overall)


def coverage(
    model: ProcessModel, config: LastenheftConfig, passed: Collection[str] | None = None
) -> CoverageReport:
    """Each metric; with ``passed`` (the tests that passed in a run) also tests_passed."""
    report = CoverageReport(
        overall={m.key: m.compute(model, config, None) for m in METRICS},
        scenes={
            scene: {m.key: m.compute(model, config, scene) for m in METRICS}
            for scene in model.scenes
        },
    )
    if passed is not None:
        report.overall[TESTS_PASSED] = tests_passed(model, passed, None)
        for scene, figures in report.scenes.items():
            figures[TESTS_PASSED] = tests_passed(model, passed, scene)
    return report
