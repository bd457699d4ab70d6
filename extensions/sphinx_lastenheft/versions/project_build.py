"""A quiet build of a project, for the commands that record what a build reads: Sphinx with
sphinx-needs' ``needs`` builder, into a temporary folder, its messages kept instead of
printed. The objects come from the same code as in any build of the project."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.util.docutils import docutils_namespace, patch_docutils

from sphinx_lastenheft.config import PREFIX


@dataclass(frozen=True)
class QuietBuild:
    """The project, set up and not built yet (``app.build()``), and its warnings so far."""

    app: Sphinx
    warnings: io.StringIO


@contextmanager
def quiet_build(source: Path, **overrides: Any) -> Iterator[QuietBuild]:
    """The project whose conf.py is in ``source``, with ``overrides`` of its settings; its
    output goes to a temporary folder, removed afterwards. Raises Sphinx's errors (e.g.
    ConfigError) as the set-up meets them."""
    # No browser for the diagrams: the needs builder writes none.
    confoverrides = {f"{PREFIX}check_mermaid": False, **overrides}
    warnings = io.StringIO()
    # As sphinx-build does: docutils keeps directives and roles in a global registry.
    with (
        tempfile.TemporaryDirectory() as work,
        patch_docutils(str(source)),
        docutils_namespace(),
    ):
        app = Sphinx(
            str(source),
            str(source),
            str(Path(work, "needs")),
            str(Path(work, "doctrees")),
            "needs",
            confoverrides=confoverrides,
            status=None,
            warning=warnings,
            freshenv=True,
        )
        yield QuietBuild(app, warnings)
