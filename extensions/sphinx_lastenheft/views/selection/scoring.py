"""The evaluation of the vendors (Nutzwertanalyse): pure functions of the model, the checked
answers and the settings.

- Each requirement scores the points of its answer's fulfilment type (configurable; S 10,
  K 8, C 6, D 5, Z 3, R 2, N 0), times the weight of its priority (Muss 3, Soll 2, Kann 1).
  Where evaluators scored the requirement in the demo, their mean replaces the answer's
  points; the evaluation shows both. A requirement without an answer scores 0.
- The score is the weighted sum in percent of the highest possible one (10 points each).
- A mandatory requirement (the first priority) answered N, or R with a date after the
  configured go-live, knocks the vendor out: it is ranked after every vendor that is not,
  with the reason.
- Effort: the person-days of the answers, per scene (each requirement in the scene where it
  is met first, cross-cutting ones in a group of their own) and in total.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field

from sphinx_lastenheft.config import LastenheftConfig
from sphinx_lastenheft.model.process import ProcessModel
from sphinx_lastenheft.model.selection import Answer, CheckedVendor
from sphinx_lastenheft.vocabulary import Fulfilment

#: Highest points of an answer.
MAX_POINTS = 10.0


@dataclass(frozen=True)
class Knockout:
    """Why a vendor is excluded: a mandatory requirement it cannot meet in time."""

    requirement: str
    fulfilment: Fulfilment
    available: datetime.date | None = None


@dataclass(frozen=True)
class Scored:
    """One requirement's points for one vendor."""

    requirement: str
    weight: float
    answer: Answer | None
    answered: float
    #: The evaluators' mean in the demo; None where it was not scored.
    demonstrated: float | None = None

    @property
    def points(self) -> float:
        return self.answered if self.demonstrated is None else self.demonstrated


@dataclass
class SceneFigures:
    """A scene's requirements by fulfilment type (None: not answered) and their effort."""

    counts: dict[Fulfilment | None, int] = field(default_factory=dict)
    effort: float = 0.0


@dataclass(frozen=True)
class Evaluation:
    """Everything the views show about one vendor."""

    checked: CheckedVendor
    scored: dict[str, Scored]
    knockouts: tuple[Knockout, ...]
    #: By the scene where each requirement is met first; '' for the cross-cutting ones.
    scenes: dict[str, SceneFigures]

    @property
    def vendor_id(self) -> str:
        return self.checked.vendor.id

    @property
    def name(self) -> str:
        return self.checked.vendor.name

    @property
    def knocked_out(self) -> bool:
        return bool(self.knockouts)

    @property
    def maximum(self) -> float:
        return sum(MAX_POINTS * s.weight for s in self.scored.values())

    def percent(self, *, demonstrated: bool = True) -> float:
        """The weighted score in percent of the maximum; with the demo's points where they
        exist, or (``demonstrated=False``) as answered."""
        if not self.maximum:
            return 0.0
        total = sum(
            (s.points if demonstrated else s.answered) * s.weight for s in self.scored.values()
        )
        return 100 * total / self.maximum

    @property
    def demonstrated(self) -> bool:
        return any(s.demonstrated is not None for s in self.scored.values())

    @property
    def counts(self) -> dict[Fulfilment | None, int]:
        """Requirements per fulfilment type; None: not answered."""
        counts: dict[Fulfilment | None, int] = {}
        for figures in self.scenes.values():
            for fulfilment, count in figures.counts.items():
                counts[fulfilment] = counts.get(fulfilment, 0) + count
        return counts

    @property
    def effort(self) -> float:
        return sum(figures.effort for figures in self.scenes.values())


def _knockout(answer: Answer, go_live: datetime.date | None) -> Knockout | None:
    if answer.fulfilment is Fulfilment.NOT_POSSIBLE:
        return Knockout(answer.requirement, answer.fulfilment)
    late = answer.roadmap is not None and go_live is not None and answer.roadmap > go_live
    if answer.fulfilment is Fulfilment.ROADMAP and late:
        return Knockout(answer.requirement, answer.fulfilment, answer.roadmap)
    return None


def evaluate(
    model: ProcessModel,
    checked: CheckedVendor,
    options: LastenheftConfig,
    demo_means: Mapping[str, float] | None = None,
) -> Evaluation:
    """The vendor's points per requirement, knock-outs and figures per scene."""
    mandatory = options.priorities[0] if options.priorities else ""
    go_live = datetime.date.fromisoformat(options.go_live) if options.go_live else None
    homes = model.home_steps()
    scored: dict[str, Scored] = {}
    knockouts: list[Knockout] = []
    scenes: dict[str, SceneFigures] = {scene: SceneFigures() for scene in model.scenes}
    for requirement in model.requirements.values():
        answer = checked.answers.get(requirement.id)
        points = options.selection_points[answer.fulfilment.value] if answer else 0.0
        scored[requirement.id] = Scored(
            requirement.id,
            options.selection_weights.get(requirement.priority, 1.0),
            answer,
            points,
            (demo_means or {}).get(requirement.id),
        )
        if answer is not None and requirement.priority == mandatory:
            knockout = _knockout(answer, go_live)
            if knockout is not None:
                knockouts.append(knockout)
        step = homes[requirement.id]
        figures = scenes.setdefault(model.steps[step].scene if step else "", SceneFigures())
        fulfilment = answer.fulfilment if answer else None
        figures.counts[fulfilment] = figures.counts.get(fulfilment, 0) + 1
        figures.effort += (answer.effort or 0.0) if answer else 0.0
    return Evaluation(checked, scored, tuple(knockouts), scenes)


def ranking(evaluations: list[Evaluation]) -> list[Evaluation]:
    """Best first: the vendors not knocked out by score, then those knocked out by score."""
    return sorted(evaluations, key=lambda e: (e.knocked_out, -e.percent(), e.name))
