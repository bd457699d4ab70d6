"""The signature fields of the Abnahmeprotokoll: client and contractor, each with lines for
place and date and for the signature, kept together on one page when printed."""

from __future__ import annotations

from docutils import nodes
from sphinx.util.texescape import escape

from sphinx_lastenheft.texts.catalog import AcceptanceTexts


def _latex(texts: AcceptanceTexts, client_name: str) -> nodes.raw:
    place, signature = escape(texts.place_date), escape(texts.signature)
    # Room to sign above each line, its label below it; the minipage keeps it on one page.
    code = "\n".join(
        [
            r"\par\medskip\noindent",
            r"\begin{minipage}{\linewidth}",
            r"\begin{tabular}{@{}p{0.45\linewidth}@{\hspace{0.1\linewidth}}p{0.45\linewidth}@{}}",
            rf"\textbf{{{escape(texts.client)}}} & \textbf{{{escape(texts.contractor)}}} \\",
            rf"{escape(client_name)} & \\[1.4cm]",
            r"\hrulefill & \hrulefill \\",
            rf"{place} & {place} \\[1.4cm]",
            r"\hrulefill & \hrulefill \\",
            rf"{signature} & {signature} \\",
            r"\end{tabular}",
            r"\end{minipage}",
            r"\par",
        ]
    )
    return nodes.raw("", code, format="latex")


def _party(title: str, name: str, texts: AcceptanceTexts) -> nodes.container:
    party = nodes.container(classes=["lastenheft-signature"])
    heading = nodes.paragraph("", "", nodes.strong(title, title))
    party += heading
    party += nodes.paragraph(name, name or "\N{NO-BREAK SPACE}", classes=["lastenheft-party"])
    for label in (texts.place_date, texts.signature):
        party += nodes.paragraph(label, label, classes=["lastenheft-signature-line"])
    return party


def signature_fields(texts: AcceptanceTexts, client_name: str, builder_format: str) -> nodes.Node:
    """Raw LaTeX for print (lines to sign on, never split across pages); elsewhere two
    blocks that the stylesheet draws as lines."""
    if builder_format == "latex":
        return _latex(texts, client_name)
    return nodes.container(
        "",
        _party(texts.client, client_name, texts),
        _party(texts.contractor, "", texts),
        classes=["lastenheft-signatures"],
    )
