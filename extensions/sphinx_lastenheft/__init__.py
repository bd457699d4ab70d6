"""Sphinx extension for process-oriented CRM requirements specifications (Lastenheft)."""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.util.typing import ExtensionMetadata


def setup(app: Sphinx) -> ExtensionMetadata:
    from sphinx_lastenheft.extension import setup_extension

    return setup_extension(app)
