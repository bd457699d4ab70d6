"""Every Mermaid diagram of a LaTeX build as a vector PDF, rendered in one browser session.

Also what the website's check of the diagrams (:mod:`sphinx_lastenheft.site.mermaid_check`) shares
with print: where the tools and the cache are, where a diagram stands, how a broken one is
reported.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from docutils import nodes
from sphinx.util.texescape import escape
from sphinxcontrib.mermaid import mermaid

from sphinx_lastenheft.config import settings
from sphinx_lastenheft.printing.diagram_layout import Layout, layout
from sphinx_lastenheft.printing.diagram_renderer import (
    Facts,
    RenderError,
    Toolchain,
    default_cache_dir,
    facts_of,
    find_toolchain,
    render,
)
from sphinx_lastenheft.site.node_packages import find_node_modules
from sphinx_lastenheft.texts.messages import Messages
from sphinx_lastenheft.warnings_ import LOGGER, WarningSubtype, warn

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.writers.latex import LaTeXTranslator

_PDF = "lastenheft_pdf"
_LAYOUT = "lastenheft_layout"


def diagram_location(node: nodes.Node) -> str | None:
    """'file:line' of the node, or of the nearest element before or above it that has one."""
    current: nodes.Node | None = node
    while current is not None:
        source, line = getattr(current, "source", None), getattr(current, "line", None)
        if source and line:
            return f"{source}:{line}"
        parent = current.parent
        if parent is None:
            break
        index = parent.index(current)
        current = parent[index - 1] if index > 0 else parent
    return None


def diagram_tools(app: Sphinx) -> tuple[Toolchain | str, Path]:
    """The toolchain (or a sentence saying what is missing) and the diagram cache folder."""
    project = settings(app.config)
    options = project.options
    confdir = Path(app.confdir)
    toolchain = find_toolchain(
        find_node_modules(confdir, options.node_modules), options.chromium, project.texts.messages
    )
    cache = confdir / options.diagram_cache if options.diagram_cache else default_cache_dir()
    return toolchain, cache


def warn_unparsable(error: str, location: str | None, say: Messages) -> None:
    """Report a diagram Mermaid rejected, with Mermaid's message on one line."""
    warn(
        WarningSubtype.MERMAID_SYNTAX,
        say.mermaid_syntax.format(error=" ".join(error.split())),
        location,
    )


def render_for_print(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Render the diagrams of the assembled LaTeX document; each node names its PDF."""
    if app.builder.format != "latex":
        return
    diagrams = list(doctree.findall(mermaid))
    if not diagrams:
        return
    toolchain, cache = diagram_tools(app)
    say = settings(app.config).texts.messages
    if isinstance(toolchain, str):
        warn(
            WarningSubtype.DIAGRAM_RENDERING,
            say.print_no_tools.format(count=len(diagrams), why=toolchain),
            diagram_location(diagrams[0]),
        )
        return
    try:
        results, rendered = render((node["code"] for node in diagrams), toolchain, cache)
    except RenderError as error:
        warn(
            WarningSubtype.DIAGRAM_RENDERING,
            say.print_failed.format(error=error),
            diagram_location(diagrams[0]),
        )
        return
    LOGGER.info(
        "lastenheft: %d diagrams for print, %d rendered, %d from the cache (%s)",
        len(results),
        rendered,
        len(results) - rendered,
        cache,
    )
    for node in diagrams:
        result = results[node["code"]]
        if result.pdf is None:
            warn_unparsable(result.error, diagram_location(node), say)
            continue
        name = f"diagram-{result.pdf.stem}.pdf"
        shutil.copyfile(result.pdf, Path(app.outdir) / name)
        node[_PDF] = name
        _place(node, facts_of(result.pdf))


def _place(node: nodes.Element, facts: Facts) -> None:
    """Lay the diagram out. One turned or in parts gets pages of its own, turned with its
    figure if it has one (a figure is never split: its float cannot span pages), and with
    its heading if it opens its section, so that the heading is not left alone."""
    outer = node.parent if isinstance(node.parent, nodes.figure) else node
    # Only a diagram in the flow of a section can have pages of its own (not one in a table).
    alone = isinstance(outer.parent, nodes.section | nodes.document)
    placed = layout(facts, may_turn=alone, may_split=outer is node)
    node[_LAYOUT] = placed
    if not (placed.turned or placed.parts):
        return
    section = outer.parent
    opens = isinstance(section, nodes.section) and section.index(outer) == 1
    start = section if opens and section.parent is not None else outer
    opening = r"\begin{landscape}" if placed.turned else r"\clearpage"
    start.parent.insert(start.parent.index(start), nodes.raw("", opening, format="latex"))
    closing = r"\end{landscape}" if placed.turned else r"\clearpage"
    outer.parent.insert(outer.parent.index(outer) + 1, nodes.raw("", closing, format="latex"))


def _latex(name: str, placed: Layout, part_label: str) -> str:
    if not placed.parts:
        graphic = rf"\includegraphics[scale={placed.scale:.4f}]{{{name}}}"
        return f"\n\n\\begin{{center}}{graphic}\\end{{center}}\n\n"
    pages = []
    for index, (left, bottom, right, top) in enumerate(placed.parts):
        row, column = divmod(index, placed.columns)
        label = part_label.format(
            part=index + 1, parts=len(placed.parts), row=row + 1, column=column + 1
        )
        viewport = f"viewport={left:.2f} {bottom:.2f} {right:.2f} {top:.2f}"
        graphic = rf"\includegraphics[scale={placed.scale:.4f},{viewport},clip]{{{name}}}"
        pages.append(f"{{\\small {escape(label)}\\par}}\\begin{{center}}{graphic}\\end{{center}}")
    # Each part on a page of its own (_place begins and ends them), its label above it.
    return "\n\n" + "\n\\clearpage\n".join(pages) + "\n\n"


def visit_mermaid_latex(translator: LaTeXTranslator, node: nodes.Element) -> None:
    name = node.get(_PDF)
    texts = settings(translator.config).texts.print
    if name:
        translator.body.append(_latex(name, node[_LAYOUT], texts.diagram_part))
    else:
        translator.body.append(f"\n\n{texts.diagram_missing}\n\n")
    raise nodes.SkipNode


def setup_print_diagrams(app: Sphinx) -> None:
    # Replaces sphinxcontrib-mermaid's LaTeX output, which starts one renderer per diagram.
    app.add_node(mermaid, override=True, latex=(visit_mermaid_latex, None))
    # After the views made their diagrams (resolve_views, doctree-resolved priority 450).
    app.connect("doctree-resolved", render_for_print, priority=800)
