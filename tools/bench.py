"""Benchmark of the print diagrams: one browser session against one process per diagram, and
a build with nothing changed against the first build. Ratios within one run, no thresholds.

    nox -s bench            (or: python tools/bench.py [DOCS])
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.util.docutils import docutils_namespace
from sphinxcontrib.mermaid import mermaid

from lastenheft.config import read_config
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

        with docutils_namespace():
            settings = read_config(
                Sphinx(
                    str(docs), str(docs), str(work / "cfg"), str(work / "cfg"), "dummy", status=None
                ).config
            )
        toolchain = find_toolchain(
            find_node_modules(docs, settings.node_modules), settings.chromium
        )
        if isinstance(toolchain, str):
            sys.exit(toolchain)
        one_session, per_process = time_rendering(codes, toolchain, work)

    rows = [
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
