"""Composes the extension: sources, model, checks, views, site and printing each set up
their own part, in the order the build meets them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lastenheft import __version__
from lastenheft.checks.report import setup_checks
from lastenheft.config import register_config, store_settings
from lastenheft.exchange.reqif_builder import setup_exchange
from lastenheft.model.store import setup_model
from lastenheft.printing.latex_setup import setup_latex
from lastenheft.printing.object_references import setup_object_references
from lastenheft.printing.print_diagrams import setup_print_diagrams
from lastenheft.site.deterministic import setup_deterministic
from lastenheft.site.interface_language import setup_interface_language
from lastenheft.site.mermaid_check import setup_mermaid_check
from lastenheft.site.navigation import setup_navigation
from lastenheft.site.web_assets import setup_web_assets
from lastenheft.sources.encoding import setup_encoding
from lastenheft.sources.fences import setup_fences
from lastenheft.sources.need_roles import setup_need_roles
from lastenheft.sources.needs_setup import drop_empty_layout_lines, register_with_sphinx_needs
from lastenheft.sources.objects import register_directives
from lastenheft.sources.pages import setup_pages
from lastenheft.views.acceptance.extension import setup_acceptance
from lastenheft.views.base import setup_view_base
from lastenheft.views.diagrams.views import setup_diagrams
from lastenheft.views.document_info import setup_document_info
from lastenheft.views.handbooks.views import setup_handbooks
from lastenheft.views.object_boxes import setup_object_boxes
from lastenheft.views.rebuilds import setup_rebuilds
from lastenheft.views.selection.extension import setup_selection
from lastenheft.views.tables import setup_tables
from lastenheft.views.traceability.thresholds import setup_thresholds
from lastenheft.views.traceability.views import setup_trace_views
from lastenheft.views.versions.extension import setup_versions
from lastenheft.views.versions.review_state import setup_review_state
from lastenheft.views.versions.review_views import setup_review_views

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.util.typing import ExtensionMetadata

#: Bump whenever what the extension stores on the environment changes shape.
ENV_VERSION = 5


def setup_extension(app: Sphinx) -> ExtensionMetadata:
    app.setup_extension("myst_parser")
    app.setup_extension("sphinx_needs")
    app.setup_extension("sphinxcontrib.mermaid")

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
