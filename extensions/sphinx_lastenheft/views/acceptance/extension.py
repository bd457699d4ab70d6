"""Sets up acceptance testing: test runs, their views, and the blank protocol."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sphinx_lastenheft.views.acceptance.runs import setup_runs
from sphinx_lastenheft.views.acceptance.template import write_template
from sphinx_lastenheft.views.acceptance.views import setup_acceptance_views

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def setup_acceptance(app: Sphinx) -> None:
    setup_runs(app)
    setup_acceptance_views(app)
    # The model is built (env-updated) and the runs are checked (write-started, 460).
    app.connect("write-started", write_template, priority=470)
