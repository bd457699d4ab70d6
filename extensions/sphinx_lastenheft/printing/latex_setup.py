"""The LaTeX set-up of a Lastenheft: A4, cover page, change history, running heads.

Every value comes from the configuration (project, author, release, the lastenheft_*
settings); a key the project sets in ``latex_elements`` itself is left as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sphinx.builders.latex import LaTeXBuilder
from sphinx.util.texescape import escape

from sphinx_lastenheft.config import LastenheftConfig, document_date, set_by_user, settings
from sphinx_lastenheft.printing.object_references import preamble as references_preamble
from sphinx_lastenheft.printing.page import MARGINS_MM
from sphinx_lastenheft.texts.catalog import PrintTexts
from sphinx_lastenheft.views.versions.review_state import review_state

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.config import Config

TEX_FILE = "lastenheft.tex"

# Characters of the example and of generated diagrams' captions that pdfLaTeX does not know.
_UNICODE = {
    "2192": r"\ensuremath{\rightarrow}",
    "2190": r"\ensuremath{\leftarrow}",
    "2194": r"\ensuremath{\leftrightarrow}",
    "2264": r"\ensuremath{\leq}",
    "2265": r"\ensuremath{\geq}",
    "2713": r"\ensuremath{\checkmark}",
    "2011": "-",
    "2212": r"\ensuremath{-}",
    "2248": r"\ensuremath{\approx}",
    "25CF": r"\textbullet",
    "03A3": r"\ensuremath{\Sigma}",
}


def _metadata(config: Config, options: LastenheftConfig, texts: PrintTexts) -> str:
    """The PDF's title, author, subject and keywords, as viewers and search engines show
    them (Sphinx sets them in the title page this set-up replaces)."""
    company = options.company or config.author
    fields = {
        "pdftitle": config.project,
        "pdfauthor": config.author,
        "pdfsubject": texts.pdf_subject.format(company=company),
        "pdfkeywords": ", ".join((*texts.pdf_keywords, config.project)),
    }
    return r"\hypersetup{" + ", ".join(f"{k}={{{escape(v)}}}" for k, v in fields.items()) + "}"


def _preamble(title: str, version: str, texts: PrintTexts) -> str:
    heads = (
        r"\fancyhf{}"
        rf"\fancyhead[L]{{\small {title}}}"
        rf"\fancyhead[R]{{\small {texts.version} {version}}}"
        rf"\fancyfoot[C]{{\small {texts.page_of}}}"
        r"\renewcommand{\headrulewidth}{0.4pt}"
        r"\renewcommand{\footrulewidth}{0pt}"
    )
    unicode = "\n".join(
        rf"\DeclareUnicodeCharacter{{{code}}}{{{tex}}}" for code, tex in _UNICODE.items()
    )
    return "\n".join(
        [
            r"\usepackage{lastpage}",
            # Wide diagrams are set on pages of their own, turned (see print_diagrams).
            r"\usepackage{pdflscape}",
            r"\usepackage[autostyle=true]{csquotes}",
            unicode,
            rf"\fancypagestyle{{normal}}{{{heads}}}",
            rf"\fancypagestyle{{plain}}{{{heads}}}",
            # Object IDs stay whole; references name the page (see object_references).
            r"\makeatletter",
            references_preamble(texts.page_abbreviation),
            # One arabic count from the cover to the end: the footer's "page X of Y" is then
            # the PDF's own page count, and a viewer's page number is the printed one.
            r"\newcommand{\lastenheftkeeppagenumbers}{\let\pagenumbering\@gobble}",
            # Room for three-digit page numbers in the contents.
            r"\renewcommand{\@pnumwidth}{2.2em}",
            r"\makeatother",
            # Table cells ragged right: narrow justified columns stretch their spaces and
            # break names ('Neu-mann'). Every table but an object's box is a longtable, each
            # paragraph of a cell starts with \sphinxAtStartPar.
            r"\usepackage{etoolbox}",
            r"\AtBeginEnvironment{longtable}{\let\lastenheftstartpar\sphinxAtStartPar"
            r"\def\sphinxAtStartPar{\raggedright\lastenheftstartpar}}",
            # Long words and URLs rather break at hyphens than run into the margin.
            r"\sloppy",
        ]
    )


def _cover(config: Config, options: LastenheftConfig, texts: PrintTexts, approval: str = "") -> str:
    rows = [
        (texts.company, options.company or config.author),
        (texts.version, config.release),
        (texts.date, document_date(config, options)),
        (texts.status, options.status),
    ]
    table = "\n".join(rf"{escape(k)}: & {escape(v)} \\" for k, v in rows if v)
    approved = rf"\vspace{{1cm}}{{\large {escape(approval)}\par}}" + "\n" if approval else ""
    return rf"""
\begin{{titlepage}}
\begin{{flushleft}}
\vspace*{{4cm}}
{{\Huge\bfseries {escape(config.project)}\par}}
\vspace{{1.5cm}}
{{\Large {escape(options.company or config.author)}\par}}
\vfill
{{\large
\begin{{tabular}}{{@{{}}ll}}
{table}
\end{{tabular}}\par}}
{approved}\end{{flushleft}}
\end{{titlepage}}
\setcounter{{page}}{{2}}
"""


def _history(options: LastenheftConfig, texts: PrintTexts) -> str:
    if not options.change_history:
        return ""
    head = " & ".join(rf"\textbf{{{escape(c)}}}" for c in texts.history_columns) + r" \\"
    rows = "\n".join(
        " & ".join(escape(v) for v in (e.version, e.date, e.author, e.change)) + r" \\ \hline"
        for e in options.change_history
    )
    return rf"""
\chapter*{{{escape(texts.history)}}}
\begin{{longtable}}{{|p{{0.1\linewidth}}|p{{0.15\linewidth}}|p{{0.2\linewidth}}|p{{0.43\linewidth}}|}}
\hline
{head}
\hline
\endhead
{rows}
\end{{longtable}}
\clearpage
"""


def configure_latex(app: Sphinx, config: Config) -> None:
    """Fill the LaTeX settings the project leaves open."""
    project = settings(config)
    options, texts = project.options, project.texts.print
    if not set_by_user(config, "latex_documents"):
        config.latex_documents = [
            (config.root_doc, TEX_FILE, config.project, config.author, "manual")
        ]
    defaults = {
        "papersize": "a4paper",
        "pointsize": "10pt",
        # A chapter starts on the next page, not the next right-hand one: no empty pages.
        "extraclassoptions": "oneside,openany",
        # Figures numbered through the document, not per chapter (no two 'Abb. 1').
        "passoptionstopackages": r"\PassOptionsToPackage{nonumfigreset}{sphinx}",
        # TeX Gyre: vector fonts for text and code (LaTeX's default typewriter is a bitmap).
        "fontpkg": "\n".join(
            [
                r"\usepackage{tgheros}",
                r"\usepackage{tgcursor}",
                r"\renewcommand{\familydefault}{\sfdefault}",
            ]
        ),
        "preamble": "\n".join(
            [
                _preamble(escape(config.project), escape(config.release), texts),
                _metadata(config, options, texts),
            ]
        ),
        "maketitle": _cover(config, options, texts),
        "tableofcontents": "\n".join(
            [
                _history(options, texts),
                r"\begingroup\lastenheftkeeppagenumbers\sphinxtableofcontents\endgroup",
            ]
        ),
        "printindex": "",
        "sphinxsetup": "hmargin={{{0}mm,{0}mm}}, vmargin={{{1}mm,{1}mm}}".format(*MARGINS_MM),
    }
    elements = dict(config.latex_elements)
    for key, value in defaults.items():
        elements.setdefault(key, value)
    config.latex_elements = elements
    if not set_by_user(config, "latex_domain_indices"):
        config.latex_domain_indices = False


def state_the_approval(app: Sphinx, builder: Builder) -> None:
    """Say on the cover whether the requirements are approved: known once every page is
    read, long after the LaTeX settings were made."""
    if not isinstance(builder, LaTeXBuilder):
        return
    project = settings(app.config)
    texts = project.texts
    # A cover the project wrote itself stays as it is.
    if builder.context.get("maketitle") != _cover(app.config, project.options, texts.print):
        return
    approval = review_state(builder.env).requirements.approval(texts.review)
    builder.context["maketitle"] = _cover(app.config, project.options, texts.print, approval)


def setup_latex(app: Sphinx) -> None:
    app.connect("config-inited", configure_latex)
    # Once the review state is known (env-updated); the LaTeX writer copies the settings
    # when it writes.
    app.connect("write-started", state_the_approval)
