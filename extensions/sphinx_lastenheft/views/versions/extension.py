"""Sets up the changes since a baseline: the comparison once per build, the inserted and
deleted words, the chapter of changes and the marks on changed objects."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sphinx_lastenheft.views.versions.comparison import setup_comparison
from sphinx_lastenheft.views.versions.diff_nodes import setup_diff_nodes
from sphinx_lastenheft.views.versions.marks import setup_marks
from sphinx_lastenheft.views.versions.views import setup_changes_view

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def setup_versions(app: Sphinx) -> None:
    setup_comparison(app)
    setup_diff_nodes(app)
    setup_changes_view(app)
    setup_marks(app)
