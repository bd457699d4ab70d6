"""Sets up acceptance testing: test runs, their views, and the blank protocol."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from lastenheft.acceptance.runs import setup_runs
from lastenheft.acceptance.template import write_template
from lastenheft.acceptance.views import setup_acceptance_views

if TYPE_CHECKING:
    from sphinx.application import Sphinx

STYLESHEET = Path(__file__).parent.parent / "static" / "acceptance.css"
STYLESHEET_URI = "lastenheft/acceptance.css"


def copy_stylesheet(app: Sphinx) -> None:
    # Before any page is written: Sphinx stamps a checksum on links to existing assets.
    if app.builder.format != "html":
        return
    target = Path(app.outdir, "_static", STYLESHEET_URI)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(STYLESHEET, target)


def setup_acceptance(app: Sphinx) -> None:
    setup_runs(app)
    setup_acceptance_views(app)
    app.add_css_file(STYLESHEET_URI)
    app.connect("builder-inited", copy_stylesheet)
    # After the model is built (write-started, priority 400).
    app.connect("write-started", write_template, priority=470)
