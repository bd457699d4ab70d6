"""Developer sessions: ``nox`` builds the example site; ``nox -s tests``, ``lint``, ``serve``.

Python packages come from PyPI at the versions in constraints.txt, the Mermaid runtime from
npm at the version in package-lock.json, Chromium (for the browser tests) from Debian.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import nox

nox.options.sessions = ["html"]
nox.options.reuse_existing_virtualenvs = True

PYTHON = "3.11"
ROOT = Path(__file__).parent
CONSTRAINTS = ("-c", "constraints.txt")
DOCS_OUT = "docs/_build/html"
CHROMIUM = "/usr/bin/chromium"
IN_CI = os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")
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


def sphinx_build_args(session: nox.Session, builder: str, outdir: str) -> list[str]:
    """Nitpicky, warnings are errors, but all of them are reported (the docs' CI contract)."""
    return ["-n", "-W", "--keep-going", "-b", builder, "docs", outdir, *session.posargs]


@nox.session(python=PYTHON)
def html(session: nox.Session) -> None:
    """Build the example Lastenheft as a website in docs/_build/html."""
    npm_ci(session)
    session.install(*CONSTRAINTS, ".")
    session.run("sphinx-build", *sphinx_build_args(session, "html", DOCS_OUT))
    session.log(f"open {ROOT / DOCS_OUT / 'index.html'}")


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Run the test suite with coverage; arguments go to pytest (e.g. -m 'not browser')."""
    npm_ci(session)
    if not os.access(CHROMIUM, os.X_OK):
        # Outside CI the browser tests may skip instead, should the install be impossible.
        codes = [0] if IN_CI else [0, 1]
        session.run("bash", "tools/install-system-packages.sh", external=True, success_codes=codes)
    session.install(*CONSTRAINTS, "-e", ".[test]")
    # Measure our code only, not the conf.py of every test root Sphinx copies to /tmp.
    session.run(
        "coverage", "run", "--source=extensions/lastenheft,tests", "-m", "pytest", *session.posargs
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
    session.install(*CONSTRAINTS, "-e", ".", SPHINX_AUTOBUILD)
    # Without -W: while you edit, a warning is shown but the page still updates.
    session.run(
        "sphinx-autobuild",
        "--host=127.0.0.1",
        "--watch=extensions/lastenheft",
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
