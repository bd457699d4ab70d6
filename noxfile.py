"""Developer sessions: ``nox`` builds the example site; ``nox -s pdf``, ``tests``, ``lint``,
``serve``, ``bench``, ``workflows``, ``new`` (a new project).

Python packages come from PyPI at the versions in constraints.txt, Mermaid and puppeteer-core
from npm at the versions in package-lock.json, Chromium and TeX Live from Debian.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import nox

nox.options.sessions = ["html"]
nox.options.reuse_existing_virtualenvs = True

PYTHON = "3.11"
ROOT = Path(__file__).parent
CONSTRAINTS = ("-c", "constraints.txt")
DOCS_OUT = "docs/_build/html"
PDF_OUT = "docs/_build/latex"
#: Debian packages of the PDF build: TeX Live (a small set), latexmk, pdftotext for the tests.
TEX_PACKAGES = (
    "texlive-latex-recommended",
    "texlive-fonts-recommended",
    "texlive-latex-extra",
    "tex-gyre",
    "texlive-lang-german",
    "latexmk",
    "poppler-utils",
)
#: The package with the example's theme, furo (an extra: the extension works with any theme).
EXAMPLE = ".[furo]"
#: Only for `nox -s serve`; its web-server dependencies are not pinned in constraints.txt.
SPHINX_AUTOBUILD = "sphinx-autobuild==2025.8.25"


def npm_ci(session: nox.Session) -> None:
    """Install the Mermaid runtime from package-lock.json unless node_modules is current."""
    marker = ROOT / "node_modules" / ".package-lock.json"
    sources = [ROOT / "package-lock.json", ROOT / "package.json"]
    if marker.is_file() and all(s.stat().st_mtime <= marker.stat().st_mtime for s in sources):
        session.log("node_modules is up to date with package-lock.json")
        return
    if shutil.which("npm") is None:
        session.error("npm not found: install Node.js 20 with npm (Debian: apt-get install npm)")
    session.run("npm", "ci", "--no-audit", "--no-fund", external=True)


def install_system_packages(session: nox.Session, *packages: str) -> None:
    """Debian packages, through tools/install-system-packages.sh (idempotent, apt with sudo).

    Chromium is looked for as a command rather than a Debian package: CI runners bring their
    own, which apt must not replace.
    """
    wanted = list(packages)
    if shutil.which("chromium") is None:
        wanted += ["chromium", "fonts-dejavu-core"]
    if not wanted:
        return
    session.run("bash", "tools/install-system-packages.sh", *wanted, external=True)


def sphinx_build_args(session: nox.Session, builder: str, outdir: str) -> list[str]:
    """Nitpicky, warnings are errors, but all of them are reported (the docs' CI contract)."""
    return ["-n", "-W", "--keep-going", "-b", builder, "docs", outdir, *session.posargs]


@nox.session(python=PYTHON)
def html(session: nox.Session) -> None:
    """Build the example Lastenheft as a website in docs/_build/html."""
    npm_ci(session)
    # Chromium checks every diagram with Mermaid's parser (lastenheft_check_mermaid).
    install_system_packages(session)
    session.install(*CONSTRAINTS, EXAMPLE)
    session.run("sphinx-build", *sphinx_build_args(session, "html", DOCS_OUT))
    publish_pdf(session)
    session.log(f"open {ROOT / DOCS_OUT / 'index.html'}")


@nox.session(python=PYTHON)
def pdf(session: nox.Session) -> None:
    """Build the example Lastenheft as a PDF: docs/_build/latex/lastenheft.pdf, and beside
    the website if that was built. LaTeX's output goes to docs/_build/latex/latex-build.log."""
    npm_ci(session)
    install_system_packages(session, *TEX_PACKAGES)
    session.install(*CONSTRAINTS, ".")
    # -q: Sphinx's warnings only, without its closing hint to run 'make latexpdf'.
    session.run("sphinx-build", "-q", *sphinx_build_args(session, "latex", PDF_OUT))
    # LaTeX writes some 100,000 lines: into a file, named when it fails.
    log = ROOT / PDF_OUT / "latex-build.log"
    with log.open("w", encoding="utf-8") as output:
        try:
            session.run(
                "make",
                "-C",
                PDF_OUT,
                "LATEXMKOPTS=-interaction=nonstopmode -halt-on-error",
                external=True,
                stdout=output,
            )
        except nox.command.CommandFailed:
            session.error(f"LaTeX failed; its errors are the lines starting with '!' in {log}")
    # pdfLaTeX's own log, of its last run (latexmk runs it only when something changed).
    summary = (ROOT / PDF_OUT / "lastenheft.log").read_text("latin-1")
    pages = re.findall(r"Output written on \S+ \((\d+) pages", summary)[-1]
    session.log(f"PDF: {ROOT / PDF_OUT / 'lastenheft.pdf'}, {pages} pages; LaTeX's output: {log}")
    publish_pdf(session)


def publish_pdf(session: nox.Session) -> None:
    """Put the PDF beside the website, where the start page links to it, when both are built
    (in either order)."""
    built = ROOT / PDF_OUT / "lastenheft.pdf"
    site = ROOT / DOCS_OUT
    if built.is_file() and site.is_dir():
        shutil.copyfile(built, site / built.name)
        session.log(f"PDF copied into the website: {site / built.name}")


@nox.session(python=PYTHON)
def needs(session: nox.Session) -> None:
    """Export every object with its fields and links: docs/_build/needs/needs.json."""
    session.install(*CONSTRAINTS, ".")
    session.run("sphinx-build", *sphinx_build_args(session, "needs", "docs/_build/needs"))


@nox.session(python=PYTHON)
def reqif(session: nox.Session) -> None:
    """Export requirements, activities and acceptance tests as ReqIF: docs/_build/reqif."""
    session.install(*CONSTRAINTS, ".")
    session.run("sphinx-build", *sphinx_build_args(session, "reqif", "docs/_build/reqif"))


@nox.session(python=PYTHON)
def review(session: nox.Session) -> None:
    """Mark links reviewed: arguments are the IDs of the objects you reviewed, or --all
    (python -m sphinx_lastenheft review --help)."""
    session.install(*CONSTRAINTS, ".")
    session.run("python", "-m", "sphinx_lastenheft", "review", "--source", "docs", *session.posargs)


@nox.session(python=PYTHON)
def baseline(session: nox.Session) -> None:
    """Record a baseline of the example: the version's name, e.g. ``nox -s baseline -- 1.0``
    (python -m sphinx_lastenheft baseline --help)."""
    session.install(*CONSTRAINTS, ".")
    session.run(
        "python", "-m", "sphinx_lastenheft", "baseline", "--source", "docs", *session.posargs
    )


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Ours against plain sphinx-needs on a synthetic Lastenheft of 20 scenes: full build,
    rebuilds, memory, parse floor, profile (docs/_build/bench). Arguments go to
    tools/bench.py: --large (80 scenes too), --rounds N, --example (rebuilds and print
    diagrams of the example)."""
    npm_ci(session)
    # graphviz: plain sphinx-needs draws its needflow diagrams with dot; TeX for --example.
    install_system_packages(session, "graphviz", *TEX_PACKAGES)
    session.install(*CONSTRAINTS, EXAMPLE)
    session.run("python", "tools/bench.py", *session.posargs)


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Run the test suite with coverage; arguments go to pytest (e.g. -m 'not browser')."""
    npm_ci(session)
    install_system_packages(session, *TEX_PACKAGES)
    session.install(*CONSTRAINTS, "-e", ".[test]")
    # Measure our code only, not the conf.py of every test root Sphinx copies to /tmp.
    session.run(
        "coverage",
        "run",
        "--source=extensions/sphinx_lastenheft,extensions/lastenheft,tests",
        "-m",
        "pytest",
        *session.posargs,
    )
    session.run("coverage", "report")


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff (lint and format check) on everything, mypy (strict) on the extension."""
    session.install(*CONSTRAINTS, "-e", ".[lint]")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")


@nox.session(python=PYTHON)
def serve(session: nox.Session) -> None:
    """Rebuild the example site on every change and serve it on http://127.0.0.1:8000."""
    npm_ci(session)
    install_system_packages(session)
    session.install(*CONSTRAINTS, "-e", EXAMPLE, SPHINX_AUTOBUILD)
    # Without -W: while you edit, a warning is shown but the page still updates.
    session.run(
        "sphinx-autobuild",
        "--host=127.0.0.1",
        "--watch=extensions/sphinx_lastenheft",
        "-n",
        "--keep-going",
        "docs",
        DOCS_OUT,
        *session.posargs,
    )


@nox.session(python=PYTHON)
def workflows(session: nox.Session) -> None:
    """Check .github/workflows offline: GitHub's workflow schema, then zizmor's security audit."""
    # Pinned here; once constraints.txt lists them too, pip fails should the two disagree.
    session.install(*CONSTRAINTS, "check-jsonschema==0.39.0", "zizmor==1.32.0")
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / ".github/workflows").glob("*.y*ml"))
    session.run("check-jsonschema", "--builtin-schema", "vendor.github-workflows", *files)
    # auditor: every finding, including those the default persona leaves out.
    session.run("zizmor", "--offline", "--persona=auditor", ".github/workflows/")


@nox.session(python=PYTHON)
def new(session: nox.Session) -> None:
    """Write a new Lastenheft project: ``nox -s new -- DIR --company "Muster GmbH" --language
    de`` (python -m sphinx_lastenheft new --help)."""
    if not session.posargs:
        session.error('give the folder and the company: nox -s new -- DIR --company "Muster GmbH"')
    # Editable: writing a project needs no Mermaid runtime, so no wheel is built for it.
    session.install(*CONSTRAINTS, "-e", ".")
    # nox runs in the noxfile's folder; a relative DIR means the folder nox was started in.
    session.chdir(session.invoked_from)
    session.run("python", "-m", "sphinx_lastenheft", "new", *session.posargs)
