"""``{documentinfo}``: title data, PDF link and change history on the website.

The PDF carries the same data on its cover page and before its table of contents, so the
directive shows nothing there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from lastenheft.config import document_date, read_config
from lastenheft.labels import labels_for
from lastenheft.tables import build_table

if TYPE_CHECKING:
    from sphinx.application import Sphinx


class document_info(nodes.General, nodes.Element):
    """Stands where the document information goes."""


class DocumentInfoDirective(SphinxDirective):
    def run(self) -> list[nodes.Node]:
        node = document_info()
        self.set_source_info(node)
        return [node]


def pdf_name(app: Sphinx) -> str:
    target: str = app.config.latex_documents[0][1]
    return target.removesuffix(".tex") + ".pdf"


def resolve_document_info(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    placeholders = list(doctree.findall(document_info))
    if not placeholders:
        return
    config = app.config
    settings = read_config(config)
    texts = labels_for(config.language).print_texts
    pdf_uri = "../" * docname.count("/") + pdf_name(app)
    facts: list[tuple[str, nodes.Node | str]] = [
        (texts.document, config.project),
        (texts.company, settings.company or config.author),
        (texts.version, config.release),
        (texts.date, document_date(config, settings)),
        (texts.status, settings.status),
        (texts.pdf, nodes.reference("", pdf_name(app), refuri=pdf_uri, internal=False)),
    ]
    history = [(e.version, e.date, e.author, e.change) for e in settings.change_history]
    for placeholder in placeholders:
        if app.builder.format != "html":
            placeholder.parent.remove(placeholder)
            continue
        content: list[nodes.Node] = [
            build_table([(k, v) for k, v in facts if v], classes=["lastenheft-document-info"])
        ]
        if history:
            content += [
                nodes.rubric("", texts.history),
                build_table(history, header=texts.history_columns),
            ]
        placeholder.replace_self(content)


def setup_document_info(app: Sphinx) -> None:
    app.add_node(document_info)
    app.add_directive("documentinfo", DocumentInfoDirective)
    app.connect("doctree-resolved", resolve_document_info)
