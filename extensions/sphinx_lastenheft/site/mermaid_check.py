"""Checks every Mermaid diagram of a website build with Mermaid's own parser, so that a broken
diagram fails the build with its file and line instead of showing readers Mermaid's error.

The pages are resolved one by one, so the diagrams are collected page by page and parsed
together once the build is finished: one browser session per build, none when every diagram's
verdict is in the cache the PDF build fills too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sphinxcontrib.mermaid import mermaid

from sphinx_lastenheft.config import settings
from sphinx_lastenheft.printing.diagram_renderer import RenderError, parse
from sphinx_lastenheft.printing.print_diagrams import (
    diagram_location,
    diagram_tools,
    warn_unparsable,
)
from sphinx_lastenheft.warnings_ import LOGGER, WarningSubtype, warn

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.application import Sphinx


@dataclass(frozen=True)
class Diagram:
    """A diagram's Mermaid text and where it stands ('file:line')."""

    code: str
    location: str | None


@dataclass
class MermaidCheck:
    """The diagrams of the pages written in this build, by page, until they are parsed."""

    pages: dict[str, list[Diagram]] = field(default_factory=dict)

    def collect(self, app: Sphinx, doctree: nodes.document, docname: str) -> None:
        if app.builder.format != "html" or not settings(app.config).options.check_mermaid:
            return
        # By page: a page resolved twice (e.g. by another extension) is checked once.
        self.pages[docname] = [
            Diagram(node["code"], diagram_location(node)) for node in doctree.findall(mermaid)
        ]

    def check(self, app: Sphinx, exception: Exception | None) -> None:
        # In page order: the same warnings in the same order, however the build ran.
        diagrams = [diagram for page in sorted(self.pages) for diagram in self.pages[page]]
        self.pages.clear()
        if exception is not None or not diagrams:
            return
        toolchain, cache = diagram_tools(app)
        say = settings(app.config).texts.messages
        if isinstance(toolchain, str):
            warn(
                WarningSubtype.DIAGRAM_RENDERING,
                say.check_no_tools.format(count=len(diagrams), why=toolchain),
                diagrams[0].location,
            )
            return
        try:
            errors, parsed = parse((d.code for d in diagrams), toolchain, cache)
        except RenderError as error:
            warn(
                WarningSubtype.DIAGRAM_RENDERING,
                say.check_failed.format(error=error),
                diagrams[0].location,
            )
            return
        LOGGER.info(
            "lastenheft: %d diagrams checked, %d parsed, %d from the cache (%s)",
            len(errors),
            parsed,
            len(errors) - parsed,
            cache,
        )
        for diagram in diagrams:
            if errors[diagram.code]:
                warn_unparsable(errors[diagram.code], diagram.location, say)


def setup_mermaid_check(app: Sphinx) -> None:
    check = MermaidCheck()
    # After the views made their diagrams (resolve_views, doctree-resolved priority 450). In a
    # parallel build (-j) pages are resolved in the main process too; only writing is not.
    app.connect("doctree-resolved", check.collect, priority=800)
    app.connect("build-finished", check.check)
