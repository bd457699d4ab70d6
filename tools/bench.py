"""Benchmark of rebuilds and print diagrams, as ratios within one run, no thresholds:

- the website: a rebuild after editing one requirement's text or title, and with nothing
  changed, against the full build, with the pages each writes;
- the PDF: one browser session against one process per diagram, and a build with nothing
  changed against the first build.

    nox -s bench            (or: python tools/bench.py [DOCS])
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.util.docutils import docutils_namespace
from sphinxcontrib.mermaid import mermaid

from lastenheft.config import settings
from lastenheft.printing.diagram_renderer import Toolchain, find_toolchain, render
from lastenheft.site.node_packages import find_node_modules

REPO = Path(__file__).resolve().parent.parent


def build_latex(docs: Path, outdir: Path, cache: Path, codes: list[str] | None = None) -> float:
    """Seconds for Sphinx's LaTeX build of ``docs``; collects the diagram texts into ``codes``."""

    def collect(app: Sphinx, doctree: Any, docname: str) -> None:
        if codes is not None:
            codes.extend(node["code"] for node in doctree.findall(mermaid))

    start = time.perf_counter()
    with docutils_namespace():
        app = Sphinx(
            str(docs), str(docs), str(outdir), str(outdir / ".doctrees"), "latex",
            confoverrides={"lastenheft_diagram_cache": str(cache)},
            status=None, warning=sys.stderr, freshenv=False,
        )  # fmt: skip
        # After the extension rendered them (priority 800): the texts as they went to print.
        app.connect("doctree-resolved", collect, priority=850)
        app.build()
    return time.perf_counter() - start


#: Pages that are no document of the project, written in every build.
_EVERY_BUILD = {"genindex.html", "search.html", "permalink.html"}


def build_html(src: Path, outdir: Path) -> tuple[float, int]:
    """Seconds for sphinx-build's HTML build of ``src`` (as the README runs it) and the
    number of the project's pages it wrote."""
    before = {p: p.stat().st_mtime_ns for p in outdir.glob("**/*.html")}
    command = [sys.executable, "-m", "sphinx", "-q", "-n", "-W", "--keep-going", "-b", "html"]
    command += ["-D", f"lastenheft_node_modules={REPO / 'node_modules'}", str(src), str(outdir)]
    start = time.perf_counter()
    subprocess.run(command, check=True)
    seconds = time.perf_counter() - start
    written = [
        p
        for p in outdir.glob("**/*.html")
        if before.get(p) != p.stat().st_mtime_ns and p.name not in _EVERY_BUILD
    ]
    return seconds, len(written)


#: The edits of one requirement that the HTML rebuilds are measured after.
_FIRST_REQUIREMENT = re.compile(r"^(```\{req\} )(.+)$", re.MULTILINE)


def html_rebuilds(docs: Path, work: Path) -> list[tuple[str, str, str]]:
    """Rows of the HTML table: full build, edits of one requirement, nothing changed."""
    src = work / "html-src"
    shutil.copytree(docs, src, ignore=shutil.ignore_patterns("_build", "_generated"))
    out = work / "html"
    full, pages = build_html(src, out)
    catalogue = next(
        p for p in sorted((src / "requirements").glob("*.md")) if "{req}" in p.read_text()
    )
    text = catalogue.read_text("utf-8")
    body = text.index("\n\n", text.index("{req}")) + 2
    catalogue.write_text(text[:body] + "Geändert. " + text[body:], "utf-8")
    edited_text = build_html(src, out)
    catalogue.write_text(_FIRST_REQUIREMENT.sub(r"\1\2 (geändert)", text, count=1), "utf-8")
    edited_title = build_html(src, out)
    unchanged = build_html(src, out)
    rows = [("full HTML build of the example", f"{full:.2f} s", f"1.00 ({pages} pages)")]
    for name, (seconds, written) in (
        ("rebuild, one requirement's text edited", edited_text),
        ("rebuild, one requirement's title edited", edited_title),
        ("rebuild, nothing changed", unchanged),
    ):
        rows.append((name, f"{seconds:.2f} s", f"{seconds / full:.2f} x full ({written} pages)"))
    return rows


def time_rendering(codes: list[str], toolchain: Toolchain, work: Path) -> tuple[float, float]:
    """Seconds to render all diagrams in one session, and with one process per diagram."""
    start = time.perf_counter()
    render(codes, toolchain, work / "one-session")
    one_session = time.perf_counter() - start
    start = time.perf_counter()
    for index, code in enumerate(codes):
        render([code], toolchain, work / f"per-process-{index}")
    return one_session, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("docs", nargs="?", type=Path, default=REPO / "docs")
    docs = parser.parse_args().docs.resolve()
    with tempfile.TemporaryDirectory(prefix="lastenheft-bench-") as folder:
        work = Path(folder)
        codes: list[str] = []
        first = build_latex(docs, work / "out", work / "cache", codes)
        unchanged = build_latex(docs, work / "out", work / "cache")
        shutil.rmtree(work / "out")
        cleaned = build_latex(docs, work / "out", work / "cache")

        html = html_rebuilds(docs, work)
        with docutils_namespace():
            options = settings(
                Sphinx(
                    str(docs), str(docs), str(work / "cfg"), str(work / "cfg"), "dummy", status=None
                ).config
            ).options
        toolchain = find_toolchain(find_node_modules(docs, options.node_modules), options.chromium)
        if isinstance(toolchain, str):
            sys.exit(toolchain)
        one_session, per_process = time_rendering(codes, toolchain, work)

    rows = [
        *html,
        ("diagrams in the example", f"{len(codes)}", ""),
        ("render all in one browser session", f"{one_session:.2f} s", "1.00 (baseline)"),
        ("render with one process per diagram", f"{per_process:.2f} s",
         f"{per_process / one_session:.2f} x the baseline"),
        ("first LaTeX build, empty diagram cache", f"{first:.2f} s", "1.00 (baseline)"),
        ("second build, nothing changed", f"{unchanged:.2f} s",
         f"{unchanged / first:.2f} x the first build"),
        ("build into a cleaned output, warm cache", f"{cleaned:.2f} s",
         f"{cleaned / first:.2f} x the first build"),
    ]  # fmt: skip
    width = max(len(name) for name, _, _ in rows)
    for name, value, ratio in rows:
        print(f"{name:<{width}}  {value:>9}  {ratio}")


if __name__ == "__main__":
    main()
