"""Shared fixtures: Sphinx's testing fixtures on the roots in tests/roots."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup

pytest_plugins = "sphinx.testing.fixtures"

REPO = Path(__file__).resolve().parent.parent
NODE_MODULES = REPO / "node_modules"
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(scope="session")
def rootdir() -> Path:
    return REPO / "tests" / "roots"


@pytest.fixture
def app_params(app_params: Any, tmp_path: Path) -> Any:
    _args, kwargs = app_params
    # Test roots copied to a temporary folder have no node_modules above them.
    overrides = kwargs.setdefault("confoverrides", {})
    overrides.setdefault("lastenheft_node_modules", str(NODE_MODULES))
    # A build folder per test: tests of one root with other settings must not share output.
    kwargs["builddir"] = tmp_path / "_build"
    return app_params


@pytest.fixture(scope="session")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example in docs/ built as the README's first command builds it, once a session."""
    outdir = tmp_path_factory.mktemp("example") / "html"
    result = sphinx_build(REPO / "docs", outdir)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    return outdir


@pytest.fixture(scope="session")
def example_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, Path]:
    """The example in docs/ built as `make pdf` builds it, once a session: the PDF, the log
    of the build and its folder. Its diagrams come from the developer's cache, where earlier
    builds of the example rendered them."""
    # Imported here: the PDF helpers' module imports this one.
    from sphinx_lastenheft.printing.diagram_renderer import default_cache_dir
    from tests.test_pdf import build_pdf

    work = tmp_path_factory.mktemp("example-pdf")
    pdf, log = build_pdf(REPO / "docs", work / "latex", default_cache_dir())
    return pdf, log, work


def warnings_of(app: Any) -> str:
    """The build's warnings, without colour codes."""
    return _ANSI.sub("", app.warning.getvalue())


def html_of(app: Any, docname: str) -> BeautifulSoup:
    return BeautifulSoup((Path(app.outdir) / f"{docname}.html").read_text("utf-8"), "html.parser")


def text_of(element: Any) -> str:
    """The element's text as a reader sees it: one space between words, none before ',' ':'."""
    return re.sub(r"\s+([,:])", r"\1", " ".join(element.get_text(" ").split()))


def sphinx_build(
    srcdir: Path, outdir: Path, *options: str, builder: str = "html", strict: bool = True
) -> subprocess.CompletedProcess[str]:
    """sphinx-build in its own process, strict as the README's commands run it."""
    checks = ["-n", "-W", "--keep-going"] if strict else []
    # No colour codes in the messages, whatever terminal or CI runs the tests.
    command = [sys.executable, "-m", "sphinx", "--no-color", *checks, "-b", builder]
    command += ["-D", f"lastenheft_node_modules={NODE_MODULES}", *options, str(srcdir), str(outdir)]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def raster_images(pdf: Path) -> list[str]:
    """The raster images in a PDF, one line each as pdfimages lists them."""
    listing = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    )
    return listing.stdout.splitlines()[2:]
