"""``{testrun}``: a named test run and the files its results come from.

The files are read when the page is read (and noted as its dependencies, so an edited
protocol rebuilds the page); the rows are checked against the test cases once every page is
read, and every problem is reported then, in every build.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx import addnodes

from sphinx_lastenheft.config import settings
from sphinx_lastenheft.model.build_values import build_value, set_build_value
from sphinx_lastenheft.model.store import get_model
from sphinx_lastenheft.model.test_runs import AcceptanceRun, Problem, Source
from sphinx_lastenheft.sources.pages import PerDocumentCollector
from sphinx_lastenheft.texts.messages import Messages
from sphinx_lastenheft.views.acceptance.checking import check_run
from sphinx_lastenheft.views.acceptance.columns import choices, parse_decision
from sphinx_lastenheft.views.acceptance.evaluation import Evaluation
from sphinx_lastenheft.views.acceptance.junit_reader import id_pattern, read_junit
from sphinx_lastenheft.views.acceptance.protocol_reader import read_protocol
from sphinx_lastenheft.views.base import ViewDirective
from sphinx_lastenheft.views.inputs import Read
from sphinx_lastenheft.views.rebuilds import register_input
from sphinx_lastenheft.vocabulary import TEST, Decision, split_values
from sphinx_lastenheft.warnings_ import Location, WarningSubtype, warn

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment

_EVALUATIONS = "lastenheft_run_evaluations"


def runs_by_doc(env: BuildEnvironment) -> dict[str, list[AcceptanceRun]]:
    return RunCollector.data(env)


def _paths(value: str | None) -> list[str]:
    return list(split_values((value or "").replace("\n", ",")))


class TestRunDirective(ViewDirective):
    """``{testrun} Title`` with ``:id:``, the run's facts and the files of its results; it
    shows where the results come from."""

    view = "testrun"

    required_arguments = 1
    final_argument_whitespace = True
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        "id": directives.unchanged,
        "release": directives.unchanged,
        "environment": directives.unchanged,
        "period": directives.unchanged,
        "participants": directives.unchanged,
        "protocol": directives.unchanged,
        "junit": directives.unchanged,
        "decision": directives.unchanged,
        "reason": directives.unchanged,
    }

    def run(self) -> list[nodes.Node]:
        _source, lineno = self.get_source_info()
        location = Location(self.env.docname, lineno or self.lineno)
        title = self.arguments[0]
        run_id = (self.options.get("id") or "").strip()
        if not run_id:
            warn(
                WarningSubtype.MISSING_ID,
                settings(self.config).texts.messages.run_missing_id.format(title=title),
                location,
            )
            return []
        decision = self._decision(location)
        sources = [self._read(path, read_protocol) for path in _paths(self.options.get("protocol"))]
        pattern = id_pattern(settings(self.config).prefix(TEST))
        sources += [
            self._read(path, lambda p, w, f, s: read_junit(p, w, f, pattern, s))
            for path in _paths(self.options.get("junit"))
        ]
        run = AcceptanceRun(
            id=run_id,
            title=title,
            location=location,
            release=self.options.get("release", ""),
            environment=self.options.get("environment", ""),
            period=self.options.get("period", ""),
            participants=split_values(self.options.get("participants")),
            sources=tuple(sources),
            decision=decision,
            reason=self.options.get("reason", "").strip() if decision else "",
        )
        runs_by_doc(self.env).setdefault(self.env.docname, []).append(run)
        node = self.placeholder(run=run_id)
        # Sphinx copies each file it finds in a download reference to the website.
        for source in sources:
            if Path(self.env.srcdir, source.file).is_file():
                text = source.path.rsplit("/", 1)[-1]
                node += addnodes.download_reference(
                    "", "", nodes.literal(text, text), reftarget=source.path
                )
        target = nodes.target("", "", ids=[nodes.make_id(run_id)])
        return [target, node]

    def _decision(self, location: Location) -> Decision | None:
        written = (self.options.get("decision") or "").strip()
        reason = (self.options.get("reason") or "").strip()
        texts = settings(self.config).texts
        say = texts.messages
        words = choices(list(texts.acceptance.decisions.values()), say)
        if not written:
            if reason:
                warn(
                    WarningSubtype.MISSING_FIELD,
                    say.reason_without_decision.format(words=words),
                    location,
                )
            return None
        decision = parse_decision(written)
        if decision is None:
            warn(
                WarningSubtype.UNKNOWN_VALUE,
                say.unknown_decision.format(value=written, words=words),
                location,
            )
            return None
        if not reason:
            warn(
                WarningSubtype.MISSING_FIELD,
                say.decision_without_reason.format(value=written),
                location,
            )
            return None
        return decision

    def _read(self, written: str, reader: Callable[[Path, str, str, Messages], Source]) -> Source:
        relative, absolute = self.env.relfn2path(written, self.env.docname)
        self.env.note_dependency(relative)
        say = settings(self.config).texts.messages
        return reader(Path(absolute), written, Path(relative).as_posix(), say)


class RunCollector(PerDocumentCollector[list[AcceptanceRun]]):
    """The runs of each page."""

    key = "lastenheft_runs"


def run_contents(env: BuildEnvironment) -> dict[str, str]:
    """Each run's facts and rows as text, by run ID: what the views of a run read."""
    contents: dict[str, list[AcceptanceRun]] = {}
    for docname in sorted(runs_by_doc(env)):
        for run in runs_by_doc(env)[docname]:
            contents.setdefault(run.id, []).append(run)
    return {run_id: repr(runs) for run_id, runs in contents.items()}


def run_input(run_id: str) -> Read:
    """The input of a view that shows the run ``run_id``."""
    return Read("run", run_id)


def _evaluate(env: BuildEnvironment, report: bool) -> dict[str, Evaluation]:
    model = get_model(env)
    project = settings(env.config)
    mandatory, say = project.options.priorities[0], project.texts.messages
    evaluations: dict[str, Evaluation] = {}
    for docname in sorted(runs_by_doc(env)):
        for run in runs_by_doc(env)[docname]:
            if run.id in evaluations:
                if report:
                    first = evaluations[run.id].checked.run.location
                    warn(
                        WarningSubtype.DUPLICATE_ID,
                        say.duplicate_run.format(
                            id=run.id, where=f"{env.doc2path(first.docname, False)}:{first.lineno}"
                        ),
                        run.location,
                    )
                continue
            checked = check_run(run, model, project)
            if report:
                for problem in checked.problems:
                    _report(env, run, problem)
            evaluations[run.id] = Evaluation(checked, model, mandatory)
    return evaluations


def _report(env: BuildEnvironment, run: AcceptanceRun, problem: Problem) -> None:
    if problem.file and problem.row:
        where: Location | str = f"{Path(env.srcdir, problem.file)}:{problem.row}"
    else:
        where = run.location
    warn(WarningSubtype.TEST_RESULTS, problem.message, where)


def check_runs(app: Sphinx, builder: Builder) -> None:
    """Check every run against the test cases and report each problem."""
    set_build_value(builder.env, _EVALUATIONS, _evaluate(builder.env, report=True))


def evaluations(env: BuildEnvironment) -> dict[str, Evaluation]:
    """The runs of this build by ID (checked at ``write-started``)."""
    value: dict[str, Evaluation] = build_value(
        env, _EVALUATIONS, lambda: _evaluate(env, report=False)
    )
    return value


def find_run(env: BuildEnvironment, run_id: str, location: Location) -> Evaluation | None:
    """The run a view names; a warning when there is none."""
    found = evaluations(env)
    if run_id in found:
        return found[run_id]
    say = settings(env.config).texts.messages
    known = ", ".join(sorted(found)) or say.none_yet
    warn(
        WarningSubtype.UNKNOWN_ID,
        say.unknown_run.format(id=run_id, known=known),
        location,
    )
    return None


@dataclass(frozen=True)
class RunSummary:
    """What other features show of a run: the tests it passed and each test's result."""

    run_id: str
    passed: frozenset[str]
    #: Each test's result in words, e.g. 'mit Mangel (Klasse 2)'; 'kein Ergebnis' if none.
    results: Mapping[str, str]


def run_summary(env: BuildEnvironment, run_id: str, location: Location) -> RunSummary | None:
    """The summary of the run a view names; a warning when there is none."""
    from sphinx_lastenheft.views.acceptance.rendering import outcome_text

    evaluation = find_run(env, run_id, location)
    if evaluation is None:
        return None
    texts = settings(env.config).texts.acceptance
    results = {t: outcome_text(texts, evaluation.results.get(t)) for t in evaluation.model.tests}
    return RunSummary(run_id, frozenset(evaluation.passed_tests), results)


def setup_runs(app: Sphinx) -> None:
    app.add_env_collector(RunCollector)
    register_input("run", run_contents)
    # After the model is built (write-started, priority 400).
    app.connect("write-started", check_runs, priority=460)
