"""``{documentinfo}``: title data, PDF link and change history on the website.

The PDF carries the same data on its cover page and before its table of contents, so the
view shows nothing there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes

from sphinx_lastenheft.config import document_date
from sphinx_lastenheft.views.base import (
    PageContext,
    ReadContext,
    View,
    ViewDirective,
    register_view,
)
from sphinx_lastenheft.views.inputs import Read, every
from sphinx_lastenheft.views.tables import build_table
from sphinx_lastenheft.views.versions.review_state import review_state
from sphinx_lastenheft.vocabulary import REQ

if TYPE_CHECKING:
    from sphinx.application import Sphinx

    from sphinx_lastenheft.sources.pages import Placement


class DocumentInfoDirective(ViewDirective):
    view = "documentinfo"


def pdf_name(app: Sphinx) -> str:
    target: str = app.config.latex_documents[0][1]
    return target.removesuffix(".tex") + ".pdf"


def render_document_info(context: PageContext, placement: Placement) -> list[nodes.Node]:
    if context.builder_format != "html":
        return []
    config = context.app.config
    options = context.settings.options
    texts = context.settings.texts.print
    approval = context.settings.texts.review
    pdf = pdf_name(context.app)
    pdf_uri = "../" * context.docname.count("/") + pdf
    facts: list[tuple[str, nodes.Node | str]] = [
        (texts.document, config.project),
        (texts.company, options.company or config.author),
        (texts.version, config.release),
        (texts.date, document_date(config, options)),
        (texts.status, options.status),
        (approval.approval, review_state(context.env).requirements.approval(approval)),
        (texts.pdf, nodes.reference("", pdf, refuri=pdf_uri, internal=False)),
    ]
    content: list[nodes.Node] = [
        build_table([(k, v) for k, v in facts if v], classes=["lastenheft-document-info"])
    ]
    history = [(e.version, e.date, e.author, e.change) for e in options.change_history]
    if history:
        content += [
            nodes.rubric("", texts.history),
            build_table(history, header=texts.history_columns),
        ]
    return content


def document_info_reads(context: ReadContext, placement: Placement) -> list[Read]:
    """Besides the configuration (Sphinx writes every page again when it changes), whether
    the requirements are approved."""
    return [every(REQ, "status")]


def setup_document_info(app: Sphinx) -> None:
    register_view(
        app, View("documentinfo", render_document_info, document_info_reads), DocumentInfoDirective
    )
