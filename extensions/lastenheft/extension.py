"""Composes the features of the extension; each module sets up its own part."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lastenheft import __version__
from lastenheft.acceptance.extension import setup_acceptance
from lastenheft.config import check_config, register_config
from lastenheft.diagrams.views import setup_views
from lastenheft.directives import register_directives
from lastenheft.handbooks.directives import setup_handbooks
from lastenheft.model_setup import setup_model
from lastenheft.needs_setup import drop_empty_layout_lines, register_with_sphinx_needs
from lastenheft.pages import setup_pages
from lastenheft.printing.document_info import setup_document_info
from lastenheft.printing.latex_setup import setup_latex
from lastenheft.printing.object_references import setup_object_references
from lastenheft.printing.print_diagrams import setup_print_diagrams
from lastenheft.traceability.thresholds import setup_thresholds
from lastenheft.traceability.views import setup_trace_views
from lastenheft.web_assets import setup_web_assets

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.util.typing import ExtensionMetadata

#: Bump whenever what the extension stores on the environment changes shape.
ENV_VERSION = 3


def setup_extension(app: Sphinx) -> ExtensionMetadata:
    app.setup_extension("myst_parser")
    app.setup_extension("sphinx_needs")
    app.setup_extension("sphinxcontrib.mermaid")

    register_config(app)
    app.connect("config-inited", check_config, priority=1)
    # Before sphinx-needs reads its configuration (its first handler runs at 10).
    app.connect("config-inited", register_with_sphinx_needs, priority=5)
    # After sphinx-needs registered its need directives (load_config, priority 500).
    app.connect("config-inited", register_directives, priority=700)
    # After sphinx-needs renders the needs with their layout (doctree-resolved, priority 500).
    app.connect("doctree-resolved", drop_empty_layout_lines, priority=600)

    setup_pages(app)
    setup_model(app)
    setup_views(app)
    setup_handbooks(app)
    setup_web_assets(app)
    setup_latex(app)
    setup_print_diagrams(app)
    setup_object_references(app)
    setup_document_info(app)
    setup_trace_views(app)
    setup_thresholds(app)
    setup_acceptance(app)
    return {
        "version": __version__,
        "env_version": ENV_VERSION,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
