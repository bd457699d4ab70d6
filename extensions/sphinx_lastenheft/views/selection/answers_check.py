"""Checks a vendor's answers against the requirements of the Lastenheft: each row of its files
becomes an answer or a problem that says how to fix it, so that no row is dropped silently,
and each requirement that no row answers is a problem too."""

from __future__ import annotations

import difflib
from collections.abc import Mapping

from sphinx_lastenheft.config import Settings
from sphinx_lastenheft.model.process import ProcessModel
from sphinx_lastenheft.model.selection import (
    Answer,
    AnswerFile,
    AnswerRow,
    CheckedVendor,
    FileProblem,
    Vendor,
)
from sphinx_lastenheft.sources.plain_text import squeezed
from sphinx_lastenheft.texts import LANGUAGES
from sphinx_lastenheft.views.selection.questionnaire import (
    CLIENT,
    fingerprint,
    questionnaire_file,
    questionnaire_rows,
)
from sphinx_lastenheft.vocabulary import ACTIVITY, ROLE, SCENE, STEP, SYSTEM, TEST
from sphinx_lastenheft.warnings_ import FileLocation

#: How much of a client value a message quotes.
_QUOTED = 60


def _quote(text: str) -> str:
    text = squeezed(text)
    return f"'{text}'" if len(text) <= _QUOTED else f"'{text[: _QUOTED - 1]}…'"


class _FileCheck:
    """The checks of one file's rows; the messages name its columns as it writes them."""

    def __init__(
        self,
        file: AnswerFile,
        model: ProcessModel,
        current: Mapping[str, Mapping[str, str]],
        project: Settings,
    ) -> None:
        self.file = file
        self.model = model
        self.current = current
        self.project = project
        self.say = project.texts.messages
        self.texts = (
            LANGUAGES[file.language].selection
            if file.language in LANGUAGES
            else project.texts.selection
        )

    def column(self, key: str) -> str:
        return self.say.where_column.format(column=self.texts.columns[key])

    def unknown(self, row: AnswerRow) -> FileProblem:
        model, wanted, say = self.model, row.requirement, self.say
        kinds: list[tuple[Mapping[str, object], str]] = [
            (model.activities, ACTIVITY),
            (model.steps, STEP),
            (model.scenes, SCENE),
            (model.tests, TEST),
            (model.roles, ROLE),
            (model.systems, SYSTEM),
        ]
        what = next((kind for objects, kind in kinds if wanted in objects), "")
        if what:
            related = self._requirements_of(wanted)
            those = say.answer_its_requirements.format(ids=", ".join(related)) if related else ""
            return FileProblem(
                say.answer_not_requirement.format(
                    id=wanted,
                    type=self.project.type_title(what),
                    those=those,
                    where=self.column("id"),
                ),
                row.location,
                wanted,
            )
        close = difflib.get_close_matches(wanted, list(self.current), n=1)
        guess = say.did_you_mean.format(id=close[0]) if close else ""
        return FileProblem(
            say.answer_unknown_requirement.format(id=wanted, guess=guess, where=self.column("id")),
            row.location,
            wanted,
        )

    def _requirements_of(self, object_id: str) -> list[str]:
        model = self.model
        if object_id in model.activities:
            return model.requirements_of_activity(object_id)
        if object_id in model.steps:
            activities = model.steps[object_id].activities
            return list(
                dict.fromkeys(r for a in activities for r in model.requirements_of_activity(a))
            )
        if object_id in model.scenes:
            return model.requirements_of_scene(object_id)
        if object_id in model.tests:
            return [r for r in model.tests[object_id].verifies if r in model.requirements]
        return []

    def duplicate(self, row: AnswerRow, first: FileLocation, written: str) -> FileProblem:
        return FileProblem(
            self.say.answer_twice.format(id=row.requirement, row=first.row, file=written),
            row.location,
            row.requirement,
        )

    def client(self, row: AnswerRow) -> FileProblem | bool:
        """A problem if the row's client columns were edited; else whether the requirement
        changed since the vendor answered it."""
        values = self.current[row.requirement]
        differing = [
            key
            for key in CLIENT
            if key in row.client and squeezed(row.client[key]) != squeezed(values[key])
        ]
        outdated = bool(row.fingerprint) and row.fingerprint != fingerprint(values)
        if not differing:
            return outdated
        complete = all(key in row.client for key in CLIENT)
        if row.fingerprint and complete and fingerprint(row.client) == row.fingerprint:
            # The row is as exported: the requirement changed after the export.
            return True
        names = ", ".join(f"'{self.texts.columns[key]}'" for key in differing)
        stated = "; ".join(f"{self.texts.columns[key]} {_quote(values[key])}" for key in differing)
        if row.fingerprint and complete:
            why = self.say.client_changed_by_vendor
        else:
            why = self.say.client_changed_unknown.format(where=self.column("fingerprint"))
        return FileProblem(
            self.say.client_columns.format(
                names=names,
                id=row.requirement,
                stated=stated,
                why=why,
                where=self.column("solution"),
            ),
            row.location,
            row.requirement,
        )


def _asked(files: tuple[AnswerFile, ...]) -> set[str] | None:
    """The requirements the vendor was asked; None when a file does not tell (then a missing
    answer cannot be told from a requirement added since, and is a problem)."""
    if any(file.asked is None for file in files):
        return None
    return {requirement for file in files for requirement in file.asked or ()}


def check_answers(vendor: Vendor, model: ProcessModel, project: Settings) -> CheckedVendor:
    """Every row of every answer file of ``vendor`` as an answer or a problem.

    A requirement has at most one answer: the first row counts, each further one is a
    problem. The ``project``'s texts name the vendor's re-export, and the columns of a file
    whose language is unknown.
    """
    texts = project.texts.selection
    checked = CheckedVendor(vendor)
    current = {row.requirement: row.values for row in questionnaire_rows(model, texts)}
    written = {file.location.path: file.path for file in vendor.answers}
    named: set[str] = set()
    for file in vendor.answers:
        check = _FileCheck(file, model, current, project)
        problems = list(file.problems)
        named.update(problem.requirement for problem in file.problems)
        taken = 0
        for row in file.rows:
            named.add(row.requirement)
            if row.requirement not in current:
                problems.append(check.unknown(row))
                continue
            first = checked.answers.get(row.requirement)
            if first is not None:
                where = first.location
                problems.append(check.duplicate(row, where, written.get(where.path, where.path)))
                continue
            outcome = check.client(row)
            if isinstance(outcome, FileProblem):
                problems.append(outcome)
                continue
            checked.answers[row.requirement] = Answer(
                requirement=row.requirement,
                fulfilment=row.fulfilment,
                effort=row.effort,
                solution=row.solution,
                evidence=row.evidence,
                roadmap=row.roadmap,
                location=row.location,
                outdated=outcome,
            )
            taken += 1
        checked.problems.extend(sorted(problems, key=lambda p: p.location.row or 0))
        checked.counts.append((file, taken))
    # A file that cannot be read may hold any answer: its requirements are not reported.
    if vendor.answers and all(file.rows_read or not file.problems for file in vendor.answers):
        location = vendor.answers[0].location
        re_export = questionnaire_file(texts, vendor.id)
        asked = _asked(vendor.answers)
        for requirement_id, values in current.items():
            if requirement_id in named:
                continue
            if asked is not None and requirement_id not in asked:
                checked.new.append(requirement_id)
                continue
            checked.problems.append(
                FileProblem(
                    project.texts.messages.answer_missing.format(
                        id=requirement_id,
                        title=values["title"],
                        vendor=vendor.name,
                        file=re_export,
                    ),
                    location,
                    requirement_id,
                )
            )
    return checked
