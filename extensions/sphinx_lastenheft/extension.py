"""Composes the extension: sources, model, checks, views, site and printing each set up
their own part, in the order the build meets them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sphinx_lastenheft import __version__
from sphinx_lastenheft.checks.report import setup_checks
from sphinx_lastenheft.config import register_config, store_settings
from sphinx_lastenheft.exchange.reqif_builder import setup_exchange
from sphinx_lastenheft.garbage_collection import setup_garbage_collection
from sphinx_lastenheft.model.store import setup_model
from sphinx_lastenheft.printing.latex_setup import setup_latex
from sphinx_lastenheft.printing.object_references import setup_object_references
from sphinx_lastenheft.printing.print_diagrams import setup_print_diagrams
from sphinx_lastenheft.site.deterministic import setup_deterministic
from sphinx_lastenheft.site.interface_language import setup_interface_language
from sphinx_lastenheft.site.mermaid_check import setup_mermaid_check
from sphinx_lastenheft.site.navigation import setup_navigation
from sphinx_lastenheft.site.web_assets import setup_web_assets
from sphinx_lastenheft.sources.encoding import setup_encoding
from sphinx_lastenheft.sources.fences import setup_fences
from sphinx_lastenheft.sources.need_roles import setup_need_roles
from sphinx_lastenheft.sources.needs_setup import (
    drop_empty_layout_lines,
    register_with_sphinx_needs,
)
from sphinx_lastenheft.sources.objects import register_directives
from sphinx_lastenheft.sources.pages import setup_pages
from sphinx_lastenheft.views.acceptance.extension import setup_acceptance
from sphinx_lastenheft.views.base import setup_view_base
from sphinx_lastenheft.views.diagrams.views import setup_diagrams
from sphinx_lastenheft.views.document_info import setup_document_info
from sphinx_lastenheft.views.handbooks.views import setup_handbooks
from sphinx_lastenheft.views.object_boxes import setup_object_boxes
from sphinx_lastenheft.views.rebuilds import setup_rebuilds
from sphinx_lastenheft.views.selection.extension import setup_selection
from sphinx_lastenheft.views.tables import setup_tables
from sphinx_lastenheft.views.traceability.thresholds import setup_thresholds
from sphinx_lastenheft.views.traceability.views import setup_trace_views
from sphinx_lastenheft.views.versions.extension import setup_versions
from sphinx_lastenheft.views.versions.review_state import setup_review_state
from sphinx_lastenheft.views.versions.review_views import setup_review_views

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.util.typing import ExtensionMetadata

#: Bump whenever what the extension stores on the environment changes shape.
ENV_VERSION = 5


def setup_extension(app: Sphinx) -> ExtensionMetadata:
    app.setup_extension("myst_parser")
    app.setup_extension("sphinx_needs")
    app.setup_extension("sphinxcontrib.mermaid")

    setup_garbage_collection(app)
    register_config(app)
    # Before sphinx-needs reads its configuration (its first handler runs at 10).
    app.connect("config-inited", register_with_sphinx_needs, priority=5)
    # Once our object types are merged into needs_types: their titles and prefixes are part
    # of the settings.
    app.connect("config-inited", store_settings, priority=6)
    # After sphinx-needs registered its need directives (load_config, priority 500).
    app.connect("config-inited", register_directives, priority=700)
    # After sphinx-needs renders the needs with their layout (doctree-resolved, priority 500).
    app.connect("doctree-resolved", drop_empty_layout_lines, priority=600)

    setup_encoding(app)
    setup_fences(app)
    setup_need_roles(app)
    setup_pages(app)
    setup_model(app)
    setup_checks(app)
    setup_view_base(app)
    setup_object_boxes(app)
    setup_tables(app)
    setup_rebuilds(app)
    setup_diagrams(app)
    setup_trace_views(app)
    setup_thresholds(app)
    setup_handbooks(app)
    setup_acceptance(app)
    setup_selection(app)
    setup_document_info(app)
    setup_versions(app)
    setup_review_state(app)
    setup_review_views(app)
    setup_web_assets(app)
    setup_interface_language(app)
    setup_mermaid_check(app)
    setup_navigation(app)
    setup_deterministic(app)
    setup_latex(app)
    setup_print_diagrams(app)
    setup_object_references(app)
    setup_exchange(app)
    return {
        "version": __version__,
        "env_version": ENV_VERSION,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
