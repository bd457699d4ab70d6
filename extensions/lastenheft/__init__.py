"""The extension's former import name: ``extensions = ["lastenheft"]`` still loads it, with a
warning to use ``sphinx_lastenheft``, the name of the distribution."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

import sphinx_lastenheft

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.util.typing import ExtensionMetadata

__version__ = sphinx_lastenheft.__version__

RENAMED = (
    "The extension 'lastenheft' is now called 'sphinx_lastenheft': write "
    "extensions = [\"sphinx_lastenheft\"] in conf.py and 'python -m sphinx_lastenheft'."
)


def setup(app: Sphinx) -> ExtensionMetadata:
    # FutureWarning: unlike DeprecationWarning, Python shows it to the user who runs the build.
    warnings.warn(RENAMED, FutureWarning, stacklevel=2)
    return sphinx_lastenheft.setup(app)
