"""Reports every problem of the sources once the model is built: the checks of single
objects, the objects the model could not place and the checks of its structure, in the
order of the pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lastenheft.checks.objects import check_objects
from lastenheft.checks.structure import check_structure
from lastenheft.config import settings
from lastenheft.model.store import get_model, take_built

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment


def report_problems(app: Sphinx, env: BuildEnvironment) -> None:
    built = take_built(env)
    project = settings(env.config)
    findings = [
        *check_objects(built.objects, project),
        *built.unplaced,
        *check_structure(get_model(env), built.objects, project.options),
    ]
    for finding in sorted(findings, key=lambda f: (f.location.docname, f.location.lineno or 0)):
        finding.report()


def setup_checks(app: Sphinx) -> None:
    # After the model is built (env-updated, priority 400), in every build.
    app.connect("env-updated", report_problems, priority=450)
