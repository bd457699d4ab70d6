"""Checks a run's rows against the test cases of the Lastenheft: each row becomes a result
or a problem that says how to fix it, so that no row is dropped silently."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from sphinx_lastenheft.config import Settings
from sphinx_lastenheft.model.process import ProcessModel
from sphinx_lastenheft.model.test_runs import (
    DEFECT_CLASSES,
    JUNIT,
    AcceptanceRun,
    CaseResult,
    Problem,
    Row,
    Source,
)
from sphinx_lastenheft.texts import FALLBACK, LANGUAGES
from sphinx_lastenheft.texts.catalog import AcceptanceTexts
from sphinx_lastenheft.views.acceptance.columns import choices, parse_defect_class, parse_outcome
from sphinx_lastenheft.views.acceptance.junit_reader import CLASS_PROPERTY, TEST_ID_PROPERTY
from sphinx_lastenheft.vocabulary import TEST, Outcome


@dataclass(frozen=True)
class SourceCount:
    """What became of a file's rows: results, rows left open for a test whose result
    another file of the run holds, and rows rejected with a warning."""

    source: Source
    results: int
    elsewhere: int = 0

    @property
    def rejected(self) -> int:
        return self.source.rows_read - self.results - self.elsewhere


@dataclass
class CheckedRun:
    """A run with its results by test ID and the problems of its input."""

    run: AcceptanceRun
    results: dict[str, CaseResult] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    counts: list[SourceCount] = field(default_factory=list)


def _texts(source: Source) -> AcceptanceTexts:
    return LANGUAGES.get(source.language, LANGUAGES[FALLBACK]).acceptance


class _RowCheck:
    """The messages for one source: they name its columns, or its JUnit properties."""

    def __init__(self, source: Source, model: ProcessModel, project: Settings) -> None:
        self.source = source
        self.model = model
        self.say = project.texts.messages
        self.test_prefix = project.prefix(TEST)
        self.texts = _texts(source)
        self.junit = source.kind == JUNIT

    def _where_id(self, row: Row) -> str:
        if self.junit:
            return self.say.where_junit_id.format(property=TEST_ID_PROPERTY, name=row.name)
        return self.say.where_column.format(column=self.texts.columns["test"])

    def _class_column(self) -> str:
        if self.junit:
            return self.say.where_property.format(property=CLASS_PROPERTY)
        return self.say.where_column.format(column=self.texts.columns["defect_class"])

    def problem(self, row: Row, message: str) -> Problem:
        return Problem(message, row.file, row.row)

    def unknown_test(self, row: Row) -> Problem:
        model, test_id, say = self.model, row.test_id, self.say
        if test_id in model.requirements:
            tests = model.tests_of_requirement(test_id)
            verified = (
                say.verified_by.format(tests=", ".join(tests))
                if tests
                else say.verified_by_none.format(id=test_id)
            )
            return self.problem(
                row,
                say.result_for_requirement.format(
                    id=test_id, verified=verified, where=self._where_id(row)
                ),
            )
        if test_id in model.scenes:
            tests = [t.id for t in model.tests.values() if test_id in t.walks_through]
            return self.problem(
                row,
                say.result_for_scene.format(
                    id=test_id, tests=", ".join(tests) or say.none_yet, where=self._where_id(row)
                ),
            )
        close = difflib.get_close_matches(test_id, list(model.tests), n=1)
        guess = say.did_you_mean.format(id=close[0]) if close else ""
        return self.problem(
            row, say.unknown_test.format(id=test_id, guess=guess, where=self._where_id(row))
        )

    def no_result(self, row: Row) -> Problem:
        texts = self.texts
        words = choices(list(texts.outcomes.values()), self.say)
        return self.problem(
            row,
            self.say.no_result.format(
                id=row.test_id,
                words=words,
                column=texts.columns["result"],
                not_tested=texts.outcomes[Outcome.NOT_TESTED],
            ),
        )

    def check(self, row: Row) -> CaseResult | Problem:
        texts, say = self.texts, self.say
        if not row.test_id:
            if self.junit:
                return self.problem(
                    row,
                    say.junit_no_test_id.format(
                        name=row.name, property=TEST_ID_PROPERTY, prefix=self.test_prefix
                    ),
                )
            return self.problem(
                row,
                say.row_no_test.format(column=texts.columns["test"]),
            )
        if row.test_id not in self.model.tests:
            return self.unknown_test(row)
        words = choices(list(texts.outcomes.values()), self.say)
        outcome = parse_outcome(row.result)
        if not row.result:
            return self.no_result(row)
        if outcome is None:
            return self.problem(
                row,
                say.unknown_result.format(
                    result=row.result, column=texts.columns["result"], words=words
                ),
            )
        classes = choices([f"{n} ({texts.defect_classes[n]})" for n in DEFECT_CLASSES], say)
        defect_class = parse_defect_class(row.defect_class)
        if outcome.has_defect:
            if not row.defect_class:
                return self.problem(
                    row,
                    say.no_defect_class.format(
                        id=row.test_id,
                        outcome=texts.outcomes[outcome],
                        classes=classes,
                        where=self._class_column(),
                    ),
                )
            if defect_class is None:
                return self.problem(
                    row,
                    say.unknown_defect_class.format(
                        value=row.defect_class, where=self._class_column(), classes=classes
                    ),
                )
        elif row.defect_class:
            return self.problem(
                row,
                say.defect_class_without_defect.format(
                    id=row.test_id,
                    outcome=texts.outcomes[outcome],
                    where=self._class_column(),
                    value=row.defect_class,
                    with_defect=texts.outcomes[Outcome.PASSED_WITH_DEFECT],
                ),
            )
        return CaseResult(
            test_id=row.test_id,
            outcome=outcome,
            defect_class=defect_class if outcome.has_defect else None,
            description=row.description,
            tester=row.tester,
            date=row.date,
            file=row.file,
            row=row.row,
            automated=self.junit,
        )


def _unfilled(row: Row) -> bool:
    """A protocol row as the blank protocol has it: the test, nothing filled in."""
    return not (row.result or row.defect_class or row.description or row.tester or row.date)


def check_run(run: AcceptanceRun, model: ProcessModel, project: Settings) -> CheckedRun:
    """Every row of every source of ``run`` as a result or a problem.

    A test has at most one result per run: the first counts, each further one is a problem.
    A row left unfilled is fine when another file of the run holds the test's result (an
    automated test in the testers' protocol); otherwise it is a problem too.
    """
    checked = CheckedRun(run)
    written = {source.file: source.path for source in run.sources}
    unfilled: list[tuple[_RowCheck, Row]] = []
    taken: dict[str, int] = {}
    for source in run.sources:
        checked.problems.extend(source.problems)
        row_check = _RowCheck(source, model, project)
        taken[source.file] = 0
        for row in source.rows:
            if _unfilled(row) and row.test_id in model.tests:
                unfilled.append((row_check, row))
                continue
            outcome = row_check.check(row)
            if isinstance(outcome, Problem):
                checked.problems.append(outcome)
                continue
            first = checked.results.get(row.test_id)
            if first is not None:
                checked.problems.append(
                    row_check.problem(
                        row,
                        project.texts.messages.second_result.format(
                            id=row.test_id, run=run.id, where=f"{written[first.file]}:{first.row}"
                        ),
                    )
                )
                continue
            checked.results[row.test_id] = outcome
            taken[source.file] += 1
    elsewhere = {source.file: 0 for source in run.sources}
    for row_check, row in unfilled:
        if row.test_id in checked.results:
            elsewhere[row.file] += 1
        else:
            checked.problems.append(row_check.no_result(row))
    checked.counts = [
        SourceCount(source, taken[source.file], elsewhere[source.file]) for source in run.sources
    ]
    checked.problems.sort(key=lambda p: (list(written).index(p.file) if p.file else -1, p.row or 0))
    return checked
