"""Sets up system selection: vendors and their answers, the questionnaire, the evaluation,
the demo script and the Pflichtenheft."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sphinx_lastenheft.views.selection.demo import setup_demo
from sphinx_lastenheft.views.selection.questionnaire import setup_questionnaire
from sphinx_lastenheft.views.selection.vendors import setup_vendors
from sphinx_lastenheft.views.selection.views import setup_selection_views

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def setup_selection(app: Sphinx) -> None:
    setup_vendors(app)
    setup_selection_views(app)
    setup_questionnaire(app)
    setup_demo(app)
