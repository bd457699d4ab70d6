"""The acceptance views as docutils nodes: tables that render in HTML and LaTeX alike."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from docutils import nodes

from sphinx_lastenheft.model.process import ProcessModel
from sphinx_lastenheft.model.test_runs import CaseResult
from sphinx_lastenheft.texts.catalog import AcceptanceTexts, Formats
from sphinx_lastenheft.views.acceptance.evaluation import Defect, Evaluation, SceneResult
from sphinx_lastenheft.views.links import NONE, annotated_ids, linked_ids
from sphinx_lastenheft.views.tables import Cell, build_table, table_data
from sphinx_lastenheft.vocabulary import Decision, Outcome, Status

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_STATUS_CLASSES = {
    Status.FULFILLED: "lastenheft-fulfilled",
    Status.NOT_FULFILLED: "lastenheft-not-fulfilled",
    Status.NOT_TESTED: "lastenheft-not-tested",
}


@dataclass
class Page:
    """What the views need to render on one page."""

    model: ProcessModel
    texts: AcceptanceTexts
    #: A link to an object's description, showing its ID.
    link: Callable[[str], nodes.Node]
    formats: Formats

    def links(self, object_ids: Sequence[str]) -> nodes.Node:
        return linked_ids(self.link, object_ids)

    def titled(self, object_id: str) -> nodes.Node:
        return nodes.inline(
            "", "", self.link(object_id), nodes.Text(f" {self.model.title_of(object_id)}")
        )

    def date(self, text: str) -> str:
        """An ISO date as the language writes dates; other text as written."""
        match = _ISO_DATE.match(text)
        if match is None:
            return text
        return self.formats.date_pattern.format(year=match[1], month=match[2], day=match[3])

    def outcome(self, result: CaseResult | None) -> str:
        return outcome_text(self.texts, result)

    def status(self, status: Status) -> nodes.Node:
        text = self.texts.statuses[status]
        return nodes.inline(text, text, classes=["lastenheft-status", _STATUS_CLASSES[status]])

    def tester(self, result: CaseResult) -> str:
        return result.tester or (self.texts.automated if result.automated else "")


def outcome_text(texts: AcceptanceTexts, result: CaseResult | None) -> str:
    """A test's result in words, with its defect class."""
    if result is None:
        return texts.no_result
    word = texts.outcomes[result.outcome]
    if result.defect_class is None:
        return word
    return texts.class_short.format(outcome=word, number=result.defect_class)


def paragraph(text: str) -> nodes.paragraph:
    return nodes.paragraph(text, text)


def results_table(page: Page, evaluation: Evaluation) -> table_data:
    """Each test case with its result in the run."""
    texts = page.texts
    rows: list[Sequence[Cell] | str] = []
    for test in page.model.tests.values():
        result = evaluation.results.get(test.id)
        rows.append(
            [
                page.link(test.id),
                test.title,
                page.outcome(result),
                page.tester(result) if result else "",
                page.date(result.date) if result else "",
            ]
        )
    header = [texts.test, texts.title, texts.result, texts.tester, texts.date]
    return build_table(rows, header, [2, 6, 3, 3, 2], classes=["lastenheft-results"])


def results_of_tests(page: Page, evaluation: Evaluation, test_ids: Sequence[str]) -> nodes.Node:
    return annotated_ids(page.link, test_ids, lambda t: page.outcome(evaluation.results.get(t)))


def requirements_table(
    page: Page, evaluation: Evaluation, statuses: Sequence[Status] = ()
) -> table_data:
    """Each requirement (of the given statuses) with its tests' results and its status."""
    texts = page.texts
    rows: list[Sequence[Cell] | str] = []
    for requirement in page.model.requirements.values():
        status = evaluation.requirement_statuses[requirement.id]
        if statuses and status not in statuses:
            continue
        tests = page.model.tests_of_requirement(requirement.id)
        rows.append(
            [
                page.link(requirement.id),
                requirement.title,
                requirement.priority,
                results_of_tests(page, evaluation, tests),
                page.status(status),
            ]
        )
    header = [texts.requirement, texts.title, texts.priority, texts.tests, texts.status]
    widths = [3, 4, 2, 5, 3]
    return build_table(rows, header, widths, classes=["lastenheft-requirement-results"])


def _share(statuses: dict[str, Status]) -> str:
    if not statuses:
        return NONE
    fulfilled = sum(s is Status.FULFILLED for s in statuses.values())
    return f"{fulfilled}/{len(statuses)}"


def scenes_table(page: Page, evaluation: Evaluation) -> table_data:
    """Each customer scene: its requirements fulfilled, its end-to-end tests passed, status."""
    texts = page.texts
    rows: list[Sequence[Cell] | str] = []
    for result in evaluation.scene_results.values():
        rows.append(
            [
                page.titled(result.scene),
                _share(result.requirements),
                _end_to_end(page, evaluation, result),
                page.status(result.status),
            ]
        )
    header = [texts.scene, texts.requirements_fulfilled, texts.end_to_end_passed, texts.status]
    return build_table(rows, header, [5, 2, 4, 2], classes=["lastenheft-scene-results"])


def _end_to_end(page: Page, evaluation: Evaluation, result: SceneResult) -> nodes.Node:
    return results_of_tests(page, evaluation, list(result.end_to_end))


def defect_table(page: Page, evaluation: Evaluation) -> list[nodes.Node]:
    """The defects grouped by class: ID, test, requirements, description, class, tester, date."""
    texts = page.texts
    if not evaluation.defects:
        return [paragraph(texts.no_defects)]
    rows: list[Sequence[Cell] | str] = []
    for number, meaning in texts.defect_classes.items():
        of_class = [d for d in evaluation.defects if d.defect_class == number]
        if not of_class:
            continue
        rows.append(texts.class_heading.format(number=number, meaning=meaning))
        rows.extend(_defect_row(page, defect) for defect in of_class)
    header = [
        texts.defect,
        texts.test,
        texts.requirements,
        texts.description,
        texts.defect_class,
        texts.tester,
        texts.date,
    ]
    return [build_table(rows, header, [3, 3, 4, 6, 2, 3, 3], classes=["lastenheft-defects"])]


def _defect_row(page: Page, defect: Defect) -> list[Cell]:
    result = defect.result
    return [
        nodes.inline(defect.id, defect.id, ids=[nodes.make_id(defect.id)]),
        page.link(result.test_id),
        page.links(defect.requirements),
        result.description,
        str(defect.defect_class),
        page.tester(result),
        page.date(result.date),
    ]


def _counts(page: Page, words: dict[Status, str] | dict[Outcome, str], values: list[object]) -> str:
    parts = [f"{sum(v == key for v in values)} {word}" for key, word in words.items()]
    return f"{page.texts.total.format(count=len(values))}: {', '.join(parts)}"


def summary_table(page: Page, evaluation: Evaluation) -> table_data:
    """How many tests had each result, how many requirements and scenes have each status."""
    texts = page.texts
    results = [evaluation.results.get(t) for t in page.model.tests]
    outcomes: list[object] = [r.outcome if r else None for r in results]
    test_line = _counts(page, texts.outcomes, outcomes)
    missing = outcomes.count(None)
    if missing:
        test_line += f", {missing} {texts.no_result}"
    requirements: list[object] = list(evaluation.requirement_statuses.values())
    scenes: list[object] = [s.status for s in evaluation.scene_results.values()]
    rows: list[Sequence[Cell] | str] = [
        [texts.summary_tests, test_line],
        [texts.summary_requirements, _counts(page, texts.statuses, requirements)],
        [texts.summary_scenes, _counts(page, texts.statuses, scenes)],
    ]
    return build_table(rows, widths=[1, 4], classes=["lastenheft-summary"])


def open_requirements(page: Page, evaluation: Evaluation) -> list[nodes.Node]:
    """The requirements not fulfilled or not tested, and how many the others are."""
    texts = page.texts
    open_statuses = (Status.NOT_FULFILLED, Status.NOT_TESTED)
    fulfilled = sum(s is Status.FULFILLED for s in evaluation.requirement_statuses.values())
    if fulfilled == len(evaluation.requirement_statuses):
        return [paragraph(texts.requirements_all_fulfilled)]
    return [
        requirements_table(page, evaluation, open_statuses),
        paragraph(texts.requirements_rest_fulfilled.format(count=fulfilled)),
    ]


def _defect_list(page: Page, defects: Sequence[Defect]) -> nodes.Node:
    inline = nodes.inline()
    for index, defect in enumerate(defects):
        if index:
            inline += nodes.Text("; ")
        inline += nodes.Text(f"{defect.id} (")
        inline += page.link(defect.result.test_id)
        description = defect.result.description.rstrip(".") or NONE
        inline += nodes.Text(f": {description})")
    return inline


def decision_view(page: Page, evaluation: Evaluation) -> list[nodes.Node]:
    """The decision, what it is derived from, the conditions, and the team's override."""
    texts = page.texts
    derivation = evaluation.derivation
    run = evaluation.checked.run
    decided = texts.decisions[evaluation.decision]
    headline = nodes.paragraph("", "", classes=["lastenheft-decision"])
    headline += nodes.Text(f"{texts.decision}: ")
    headline += nodes.strong(decided, decided)
    grounds = nodes.inline()
    parts: list[tuple[str, nodes.Node]] = []
    if derivation.class_1:
        parts.append((texts.grounds_class_1, _defect_list(page, derivation.class_1)))
    if derivation.untested_mandatory:
        parts.append((texts.grounds_untested, page.links(derivation.untested_mandatory)))
    if not parts and derivation.conditions:
        parts.append(
            (texts.grounds_class_2, nodes.Text(", ".join(d.id for d in derivation.conditions)))
        )
    for index, (label, content) in enumerate(parts):
        if index:
            grounds += nodes.Text("; ")
        grounds += nodes.Text(f"{label}: ")
        grounds += content
    if not parts:
        grounds += nodes.Text(texts.grounds_clean)
    derived = texts.decisions[derivation.decision]
    rows: list[Sequence[Cell] | str] = [
        [texts.derived_decision, nodes.strong(derived, derived)],
        [texts.grounds, grounds],
    ]
    if derivation.conditions:
        # Conditions of a conditional acceptance; beside a refusal, defects to fix all the same.
        label = (
            texts.conditions
            if evaluation.decision is Decision.CONDITIONAL
            else texts.grounds_class_2
        )
        rows.append([label, _defect_list(page, derivation.conditions)])
    if derivation.warranty:
        rows.append([texts.warranty, _defect_list(page, derivation.warranty)])
    if run.decision is not None:
        rows.append([texts.team_decision, nodes.strong(decided, decided)])
        rows.append([texts.reason, run.reason])
    # In print the decision stays on the page of its grounds.
    keep = nodes.raw("", r"\needspace{10\baselineskip}", format="latex")
    table = build_table(rows, widths=[2, 5], classes=["lastenheft-decision-table"])
    return [keep, headline, table]
