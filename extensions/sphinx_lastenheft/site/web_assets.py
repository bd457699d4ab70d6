"""Ships the Mermaid runtime with the website, so diagrams render offline and from disk."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sphinxcontrib.mermaid import mermaid

from sphinx_lastenheft.config import settings
from sphinx_lastenheft.site.node_packages import find_mermaid_bundle
from sphinx_lastenheft.views.diagrams.controls import control_labels
from sphinx_lastenheft.warnings_ import WarningSubtype, warn

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.application import Sphinx

STATIC = Path(__file__).parent / "static"
RUNTIME = "lastenheft/mermaid.min.js"
#: The style sheets of every page: the views' tables and diagrams, the acceptance views.
STYLESHEETS = ("lastenheft.css", "acceptance.css")
INIT = "lastenheft/mermaid-init.js"
#: What mermaid-init.js has finish a swimlane (branch labels, process-step bands).
SWIMLANE = "lastenheft/swimlane.js"


def _is_html(app: Sphinx) -> bool:
    return app.builder.format == "html"


def copy_assets(app: Sphinx) -> None:
    """Copy the runtime and our files before any page is written, as a clean build does:
    Sphinx stamps a checksum on the links of assets that exist when a page is written."""
    if not _is_html(app):
        return
    target = Path(app.outdir, "_static", "lastenheft")
    target.mkdir(parents=True, exist_ok=True)
    for name in ("mermaid-init.js", "swimlane.js", *STYLESHEETS):
        shutil.copyfile(STATIC / name, target / name)
    project = settings(app.config)
    configured = project.options.node_modules
    bundle = find_mermaid_bundle(Path(app.confdir), configured)
    if bundle is None:
        say = project.texts.messages
        wanted = configured or say.node_modules_near.format(folder=app.confdir)
        warn(
            WarningSubtype.MERMAID_RUNTIME,
            say.no_mermaid_runtime.format(wanted=wanted),
            project.conf_location("lastenheft_node_modules"),
        )
        return
    shutil.copyfile(bundle, target / "mermaid.min.js")


def add_page_scripts(
    app: Sphinx,
    pagename: str,
    templatename: str,
    context: dict[str, Any],
    doctree: nodes.document | None,
) -> None:
    if doctree is not None and doctree.next_node(mermaid) is not None:
        app.add_js_file(RUNTIME, priority=600)
        app.add_js_file(SWIMLANE, priority=601)
        labels = control_labels(settings(app.config).texts.diagrams)
        app.add_js_file(INIT, priority=601, **labels)


def _drop_cdn_loader(app: Sphinx) -> None:
    # sphinxcontrib-mermaid loads Mermaid as an ES module (from a CDN by default); browsers
    # block ES modules on pages opened from disk. Its renderer stays, its loader goes.
    from sphinxcontrib.mermaid import install_js

    for listener in list(app.events.listeners.get("html-page-context", [])):
        if listener.handler is install_js:
            app.disconnect(listener.id)


def setup_web_assets(app: Sphinx) -> None:
    _drop_cdn_loader(app)
    for name in STYLESHEETS:
        app.add_css_file(f"lastenheft/{name}")
    app.connect("builder-inited", copy_assets)
    app.connect("html-page-context", add_page_scripts)
