"""Reports every problem of the sources once the model is built: the checks of single
objects, the objects the model could not place, the checks of its structure, of the objects
as written and across the objects of a type, in the order of the pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sphinx_lastenheft.checks.as_written import check_as_written, elsewhere
from sphinx_lastenheft.checks.inventory import check_inventory
from sphinx_lastenheft.checks.objects import check_objects
from sphinx_lastenheft.checks.structure import check_structure
from sphinx_lastenheft.config import settings
from sphinx_lastenheft.model.store import get_model, take_built
from sphinx_lastenheft.sources.pages import dropped_under, entries_in_order

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment


def report_problems(app: Sphinx, env: BuildEnvironment) -> None:
    built = take_built(env)
    project = settings(env.config)
    entries = list(entries_in_order(env))
    # A parent is not reported empty when what it lacks is reported already: an object
    # below it that names another parent, or one dropped for its ID.
    left = {entry.above for entry in entries if elsewhere(entry) is not None}
    left |= dropped_under(env)
    findings = [
        *check_objects(built.objects, project),
        *built.unplaced,
        *check_structure(get_model(env), built.objects, project),
        *check_as_written(entries, project),
        *check_inventory(built.objects, project, lambda doc: str(env.doc2path(doc, False)), left),
    ]
    for finding in sorted(findings, key=lambda f: (f.location.docname, f.location.lineno or 0)):
        finding.report()


def setup_checks(app: Sphinx) -> None:
    # After the model is built (env-updated, priority 400), in every build.
    app.connect("env-updated", report_problems, priority=450)
