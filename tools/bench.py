"""Benchmarks: figures and ratios within one run, never thresholds.

The comparison (the default) builds a synthetic Lastenheft (tools/synthetic.py) with the
lastenheft extension ("ours") and the same objects with plain sphinx-needs and furo
("plain"), interleaved build by build, and keeps the best of the rounds:

- a full HTML build, a rebuild with nothing changed, and one-file rebuilds after a
  requirement's text changed and after a requirement was added, each with the pages it
  wrote and whether its pages equal those of a clean build of the same sources;
- the peak memory (maximum resident set size) of the sphinx-build process, not counting
  the Chromium it starts to check diagrams;
- the parse floor: a full build with sphinx-needs' ``needs`` builder, which reads every page
  and writes needs.json only;
- a profile of one full build of ours: the top functions by cumulative and by own time, and
  each package's share of the own time.

Ours checks its Mermaid diagrams in Chromium (lastenheft_check_mermaid, on as in the README's
build); each full build starts with an empty diagram cache, so it pays for the check; the
rebuilds find the verdicts cached. Plain draws its flows with graphviz's ``dot``.
Results: docs/_build/bench/results.json and results.md.

The example (--example): rebuilds of the example website, and its print diagrams, one
browser session against one process per diagram, LaTeX builds with a cold and a warm cache.

    nox -s bench                            20 scenes, best of 3 rounds
    nox -s bench -- --large                 and 80 scenes
    nox -s bench -- --scenes 3 --rounds 1   a quick look
    nox -s bench -- --example               the example's rebuilds and print diagrams
"""

from __future__ import annotations

import argparse
import datetime
import importlib.metadata
import json
import os
import platform
import pstats
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import synthetic
from sphinx.application import Sphinx
from sphinx.util.docutils import docutils_namespace
from sphinxcontrib.mermaid import mermaid

import sphinx_lastenheft
from sphinx_lastenheft.config import settings
from sphinx_lastenheft.printing.diagram_renderer import Toolchain, find_toolchain, render
from sphinx_lastenheft.site.node_packages import find_node_modules

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "docs" / "_build" / "bench"
SIZE, LARGE_SIZE = 20, 80
OURS, PLAIN = "ours", "plain"
VARIANTS = (OURS, PLAIN)
#: Pages that are no document of the project, written in every build.
_EVERY_BUILD = {"genindex.html", "search.html", "permalink.html"}
#: sphinx-needs gives each object's box a random id (uuid4); ours makes it stable.
_RANDOM_CONTAINER_ID = re.compile(r"SNCB-[0-9a-f]{8}\b")
#: Runs sphinx-build in this child and reports the child's own peak memory (KiB on Linux).
#: RUSAGE_SELF, as RUSAGE_CHILDREN in the parent would take the Chromium of the diagram
#: check, or an earlier build, when that was bigger.
_CHILD = """\
import resource, sys
from sphinx.cmd.build import main
status = main(sys.argv[2:])
with open(sys.argv[1], "w") as report:
    report.write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))
sys.exit(status)
"""


# --- running sphinx-build ------------------------------------------------------------------


@dataclass(frozen=True)
class Build:
    seconds: float
    max_rss_mb: float
    #: The project's pages this build wrote (HTML; 0 for other builders).
    written: int


def page_mtimes(out: Path) -> dict[Path, int]:
    return {p: p.stat().st_mtime_ns for p in out.glob("**/*.html") if ".doctrees" not in p.parts}


def sphinx_args(src: Path, out: Path, builder: str, options: Sequence[str]) -> list[str]:
    """Nitpicky, warnings are errors, as the README builds the example."""
    return ["-q", "-n", "-W", "--keep-going", "-b", builder, *options, str(src), str(out)]


def run_sphinx(src: Path, out: Path, builder: str = "html", options: Sequence[str] = ()) -> Build:
    """One sphinx-build in a fresh process: wall-clock seconds, peak memory, pages written."""
    before = page_mtimes(out)
    with tempfile.TemporaryDirectory(prefix="bench-rss-") as folder:
        report = Path(folder) / "maxrss"
        command = [sys.executable, "-c", _CHILD, str(report)]
        start = time.perf_counter()
        status = subprocess.run([*command, *sphinx_args(src, out, builder, options)]).returncode
        seconds = time.perf_counter() - start
        if status:
            sys.exit(f"sphinx-build failed with status {status}: {src} ({builder})")
        max_rss_kib = int(report.read_text())
    written = sum(
        1
        for path, mtime in page_mtimes(out).items()
        if before.get(path) != mtime and path.name not in _EVERY_BUILD
    )
    return Build(seconds, max_rss_kib / 1024, written)


# --- the comparison ------------------------------------------------------------------------


@dataclass(frozen=True)
class Tree:
    """One variant's sources and outputs in one round."""

    variant: str
    src: Path
    #: Each step's output lives in its own folder below: the step's ``output``.
    outputs: Path
    options: tuple[str, ...]

    @property
    def out(self) -> Path:
        return self.outputs / "html"


def copy_sources(pristine: Path, target: Path) -> Path:
    # _generated: the pages ours writes into the sources at the start of each build.
    shutil.copytree(pristine, target, ignore=shutil.ignore_patterns("_build", "_generated"))
    return target


def options_for(variant: str, cache: Path) -> tuple[str, ...]:
    if variant == PLAIN:
        return ()
    return (
        "-D",
        f"lastenheft_node_modules={REPO / 'node_modules'}",
        "-D",
        f"lastenheft_diagram_cache={cache}",
    )


def prepare(pristine: Path, folder: Path, variant: str) -> Tree:
    """Fresh sources, an empty output and, for ours, an empty diagram cache."""
    src = copy_sources(pristine, folder / "src")
    return Tree(variant, src, folder, options_for(variant, folder / "cache"))


def differing_pages(actual: Path, expected: Path, variant: str) -> list[str]:
    """Pages missing on one side or different, after blanking what sphinx-needs leaves to
    chance in plain builds."""

    def read(out: Path) -> dict[str, str]:
        pages = {str(p.relative_to(out)): p.read_text("utf-8") for p in page_mtimes(out)}
        if variant == PLAIN:
            pages = {name: _RANDOM_CONTAINER_ID.sub("SNCB-x", text) for name, text in pages.items()}
        return pages

    mine, clean = read(actual), read(expected)
    return sorted(name for name in mine.keys() | clean.keys() if mine.get(name) != clean.get(name))


def check_against_clean(tree: Tree, folder: Path) -> list[str]:
    """Build a copy of the tree's sources from scratch; the pages that differ from the tree's
    incremental output."""
    src = copy_sources(tree.src, folder / "src")
    run_sphinx(src, folder / "html", options=tree.options)
    differing = differing_pages(tree.out, folder / "html", tree.variant)
    shutil.rmtree(folder)
    return differing


#: The measurements, in the order they run.
LABELS = {
    "full": "full HTML build",
    "unchanged": "rebuild, nothing changed",
    "text": "rebuild, a requirement's text changed",
    "added": "rebuild, a requirement added",
    "needs": "parse floor (`-b needs`, full)",
    "parallel": "full HTML build, two processes (`-j 2`)",
}


@dataclass(frozen=True)
class Step:
    """One measurement: an optional edit of the sources, then a build."""

    key: str
    edit: Callable[[Path], None] | None = None
    builder: str = "html"
    #: The folder of the tree's outputs the step builds into ("html" is the rebuilds' one).
    output: str = "html"
    options: tuple[str, ...] = ()


def catalogue_for_edits(project: synthetic.Project) -> synthetic.Catalogue:
    """A functional catalogue page from the middle: the edits land where most edits do."""
    functional = project.catalogues[: -len(synthetic.CROSS_CUTTING_AREAS)]
    return functional[len(functional) // 2]


def edit_text(page: Path) -> None:
    """Change the text of the page's first requirement."""
    text = page.read_text("utf-8")
    body = text.index("\n\n", text.index("```{req}")) + 2
    page.write_text(text[:body] + "Geändert: " + text[body:], "utf-8")


def add_requirement(page: Path, catalogue: synthetic.Catalogue, activity: str) -> None:
    new = synthetic.block(
        "req",
        "Dublettenhinweis bei der Erfassung",
        [
            ("id", f"ANF-{catalogue.code}-999"),
            ("priority", "Kann"),
            ("category", "Funktion"),
            ("derived_from", activity),
            ("acceptance", "Ein Datensatz mit bekannter E-Mail-Adresse zeigt einen Hinweis."),
            ("status", "Entwurf"),
        ],
        "Das CRM kann beim Erfassen auf mögliche Dubletten hinweisen.",
    )
    page.write_text(page.read_text("utf-8") + "\n" + new, "utf-8")


def steps_for(project: synthetic.Project) -> tuple[Step, ...]:
    catalogue = catalogue_for_edits(project)
    page = f"requirements/{catalogue.slug}.md"
    activity = project.scenes[0].activities[4].id
    return (
        Step("full"),
        Step("unchanged"),
        Step("text", lambda src: edit_text(src / page)),
        Step("added", lambda src: add_requirement(src / page, catalogue, activity)),
        Step("needs", builder="needs", output="needs"),
        # Both variants declare themselves parallel-safe; this shows what a second core gives.
        Step("parallel", output="parallel", options=("-j", "2")),
    )


@dataclass
class SizeResult:
    scenes: int
    objects: int
    rounds: int
    #: step -> variant -> one build per round
    builds: dict[str, dict[str, list[Build]]] = field(default_factory=dict)
    #: step -> variant -> the pages that differ from a clean build (first round)
    differing: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    profile: ProfileSummary | None = None


def freeze_extension(work: Path) -> None:
    """Let every build of this run import a copy of our package as it is now: one run then
    measures one version of the code, also while the tree (an editable install) is edited."""
    target = work / "extensions"
    shutil.copytree(
        Path(sphinx_lastenheft.__file__).parent,
        target / "sphinx_lastenheft",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    # The builds are child processes: they inherit the environment, and PYTHONPATH comes
    # before site-packages, where the installed or editable package is found.
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(target), os.environ.get("PYTHONPATH", "")) if p
    )


def compare(scenes: int, rounds: int, work: Path, profile: bool) -> SizeResult:
    """Both variants at one size, build by build, round by round."""
    pristine = {v: work / f"pristine-{v}" for v in VARIANTS}
    project = synthetic.write(pristine[OURS], scenes)
    synthetic.write(pristine[PLAIN], scenes, plain=True)
    result = SizeResult(scenes, project.objects, rounds)
    steps = steps_for(project)
    for round_ in range(rounds):
        trees = {v: prepare(pristine[v], work / f"round-{round_}" / v, v) for v in VARIANTS}
        for step in steps:
            for variant, tree in trees.items():
                if step.edit:
                    step.edit(tree.src)
                out = tree.outputs / step.output
                build = run_sphinx(tree.src, out, step.builder, (*tree.options, *step.options))
                result.builds.setdefault(step.key, {}).setdefault(variant, []).append(build)
                print(f"  {scenes} scenes, round {round_ + 1}: {variant:5} {LABELS[step.key]}: "
                      f"{build.seconds:.1f} s", flush=True)  # fmt: skip
                # The sources only differ by the edits: once is enough to know.
                if step.edit and round_ == 0:
                    differing = check_against_clean(tree, work / "clean")
                    result.differing.setdefault(step.key, {})[variant] = differing
        shutil.rmtree(work / f"round-{round_}")
    if profile:
        result.profile = profile_full_build(pristine[OURS], work / "profile")
    return result


# --- the profile ---------------------------------------------------------------------------


#: Built-in functions that only wait for a child process: ours for the Chromium that checks
#: the diagrams.
_WAITING = ("select.poll", "posix.waitpid", "posix.read")
#: Frames every profile starts with (interpreter, runpy, sphinx-build's command line): they
#: hold the whole build and say nothing about it.
_ENTRY_FRAMES = ("<frozen runpy>", "<string>", "builtins.exec", "sphinx/__main__", "sphinx/cmd/")
WAITING = "waiting for child processes (Chromium)"
#: pstats' row of a function: primitive calls, calls, own time, cumulative time, callers.
_ProfileRow = tuple[int, int, float, float, Any]
OURS_PACKAGE = "sphinx_lastenheft (ours)"


def package_of(file_name: str, function: str) -> str:
    """The package a profiled function belongs to, by its file."""
    if file_name == "~":
        return WAITING if any(w in function for w in _WAITING) else "built-in functions (C)"
    # Ours from the repository (editable install, the tests' venv) or installed (nox -s bench).
    if (
        "/extensions/sphinx_lastenheft/" in file_name
        or "site-packages/sphinx_lastenheft/" in file_name
    ):
        return OURS_PACKAGE
    if "site-packages/" in file_name:
        return file_name.split("site-packages/", 1)[1].split("/", 1)[0].removesuffix(".py")
    return "Python standard library"


def short_name(file_name: str, line: int, function: str) -> str:
    if file_name == "~":
        return function
    for marker in ("site-packages/", "/extensions/", "/lib/python3.11/"):
        if marker in file_name:
            file_name = file_name.split(marker, 1)[1]
            break
    return f"{file_name}:{line}({function})"


@dataclass(frozen=True)
class ProfiledFunction:
    function: str
    #: "calls" or, when it recursed, "calls/primitive calls", as pstats prints them.
    calls: str
    self_s: float
    cumulative_s: float
    package: str


@dataclass(frozen=True)
class ProfileSummary:
    total_s: float
    by_cumulative: list[ProfiledFunction]
    by_self: list[ProfiledFunction]
    ours_by_cumulative: list[ProfiledFunction]
    self_share_percent: dict[str, float]


def entry_frame(function: ProfiledFunction) -> bool:
    return any(frame in function.function for frame in _ENTRY_FRAMES)


def summarise_profile(path: Path, top: int = 15) -> ProfileSummary:
    """Top functions by cumulative time (entry frames left out), by own time, ours by
    cumulative time, and each package's share of the own time (below 0.5 %: other)."""
    stats = pstats.Stats(str(path))
    # Keyed by (file, line, function): StatsProfile's table by function name alone would
    # merge every __init__ into one.
    raw: dict[tuple[str, int, str], _ProfileRow] = stats.stats  # type: ignore[attr-defined]
    functions = [
        ProfiledFunction(
            short_name(file_name, line, name),
            str(calls) if calls == primitive else f"{calls}/{primitive}",
            tottime,
            cumtime,
            package_of(file_name, name),
        )
        for (file_name, line, name), (primitive, calls, tottime, cumtime, _) in raw.items()
    ]
    total = sum(f.self_s for f in functions)
    shares: defaultdict[str, float] = defaultdict(float)
    for function in functions:
        shares[function.package] += 100 * function.self_s / total
    main = {p: s for p, s in shares.items() if s >= 0.5 or p == OURS_PACKAGE}
    main["other"] = sum(s for p, s in shares.items() if p not in main)
    by_cumulative = sorted(functions, key=lambda f: -f.cumulative_s)
    return ProfileSummary(
        total_s=total,
        by_cumulative=[f for f in by_cumulative if not entry_frame(f)][:top],
        by_self=sorted(functions, key=lambda f: -f.self_s)[:top],
        ours_by_cumulative=[f for f in by_cumulative if f.package == OURS_PACKAGE][:10],
        self_share_percent={p: round(s, 1) for p, s in sorted(main.items(), key=lambda i: -i[1])},
    )


def profile_full_build(pristine: Path, folder: Path) -> ProfileSummary:
    """cProfile of one full build of ours (from scratch, diagram check included)."""
    tree = prepare(pristine, folder, OURS)
    output = folder / "build.prof"
    command = [sys.executable, "-m", "cProfile", "-o", str(output), "-m", "sphinx"]
    subprocess.run([*command, *sphinx_args(tree.src, tree.out, "html", tree.options)], check=True)
    summary = summarise_profile(output)
    shutil.rmtree(folder)
    return summary


# --- reporting -----------------------------------------------------------------------------


def best(builds: list[Build]) -> float:
    return min(b.seconds for b in builds)


def peak(builds: list[Build]) -> float:
    return max(b.max_rss_mb for b in builds)


def build_cell(builds: list[Build], differing: list[str] | None, pages: bool) -> str:
    """Best seconds, the pages the first round wrote, whether they equal a clean build."""
    parts = [f"{best(builds):.1f} s"]
    if pages:
        parts.append(f"{builds[0].written} pages")
    if differing is not None:
        parts.append(f"stale ({len(differing)} pages differ)" if differing else "correct")
    return ", ".join(parts)


def table_rows(result: SizeResult) -> list[tuple[str, str, str, str]]:
    rows = []
    for key, variants in result.builds.items():
        ours, plain = (
            build_cell(variants[v], result.differing.get(key, {}).get(v), key != "needs")
            for v in VARIANTS
        )
        ratio = best(variants[OURS]) / best(variants[PLAIN])
        rows.append((LABELS[key], ours, plain, f"{ratio:.2f}"))
    if "parallel" in result.builds:
        # What a user gains who builds ours on two cores instead of plain on one.
        mine, theirs = best(result.builds["parallel"][OURS]), best(result.builds["full"][PLAIN])
        rows.append(
            ("full HTML build: ours `-j 2`, plain serial", f"{mine:.1f} s", f"{theirs:.1f} s",
             f"{mine / theirs:.2f}")
        )  # fmt: skip
    for key, label in (("full", "full HTML build"), ("needs", "parse floor")):
        mine, theirs = (peak(result.builds[key][v]) for v in VARIANTS)
        rows.append(
            (f"peak memory (max RSS), {label}", f"{mine:.0f} MB", f"{theirs:.0f} MB",
             f"{mine / theirs:.2f}")
        )  # fmt: skip
    return rows


def markdown_table(result: SizeResult) -> str:
    header = (
        f"{result.scenes} scenes, {result.objects:,} objects, best of {result.rounds}",
        "ours",
        "plain sphinx-needs",
        "ours / plain",
    )
    lines = ["| " + " | ".join(header) + " |", "| --- | --- | --- | --- |"]
    lines += ["| " + " | ".join(row) + " |" for row in table_rows(result)]
    for key, variants in result.differing.items():
        for variant, pages in variants.items():
            if pages:
                lines.append(f"\n{variant}, {LABELS[key]}: stale {', '.join(pages)}")
    return "\n".join(lines)


def profile_markdown(profile: ProfileSummary) -> str:
    lines = [f"Profile of one full build of ours (cProfile, {profile.total_s:.1f} s in all):", ""]
    for functions, title in (
        (profile.by_cumulative, "Top functions by cumulative time"),
        (profile.by_self, "Top functions by own (self) time"),
        (profile.ours_by_cumulative, "Our functions by cumulative time"),
    ):
        lines += [f"{title}:", "", "| function | calls | own s | cumulative s |"]
        lines.append("| --- | --- | --- | --- |")
        lines += [
            f"| `{f.function}` | {f.calls} | {f.self_s:.2f} | {f.cumulative_s:.2f} |"
            for f in functions
        ]
        lines.append("")
    lines += ["Share of the own time by package:", "", "| package | % |", "| --- | --- |"]
    lines += [f"| {p} | {share} |" for p, share in profile.self_share_percent.items()]
    return "\n".join(lines)


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    versions = ", ".join(
        f"{name} {importlib.metadata.version(name)}"
        for name in ("sphinx", "sphinx-needs", "myst-parser", "furo")
    )
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}; {versions}"


def write_results(results: list[SizeResult]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    today, host = datetime.date.today().isoformat(), machine()
    data = {"date": today, "machine": host, "sizes": [asdict(r) for r in results]}
    (RESULTS / "results.json").write_text(json.dumps(data, indent=2) + "\n", "utf-8")
    parts = [f"Benchmark of {today} on {host}.", ""]
    for result in results:
        parts += [markdown_table(result), ""]
        if result.profile:
            parts += [profile_markdown(result.profile), ""]
    markdown = RESULTS / "results.md"
    markdown.write_text("\n".join(parts), "utf-8")
    return markdown


# --- the example: rebuilds and print diagrams ----------------------------------------------


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


#: The edits of one requirement that the HTML rebuilds are measured after.
_FIRST_REQUIREMENT = re.compile(r"^(```\{req\} )(.+)$", re.MULTILINE)


def html_rebuilds(docs: Path, work: Path) -> list[tuple[str, str, str]]:
    """Rows of the HTML table: full build, edits of one requirement, nothing changed."""
    src = copy_sources(docs, work / "html-src")
    out = work / "html"
    options = ("-D", f"lastenheft_node_modules={REPO / 'node_modules'}")
    full = run_sphinx(src, out, options=options)
    catalogue = next(
        p for p in sorted((src / "requirements").glob("*.md")) if "{req}" in p.read_text()
    )
    text = catalogue.read_text("utf-8")
    edit_text(catalogue)
    edited_text = run_sphinx(src, out, options=options)
    catalogue.write_text(_FIRST_REQUIREMENT.sub(r"\1\2 (geändert)", text, count=1), "utf-8")
    edited_title = run_sphinx(src, out, options=options)
    unchanged = run_sphinx(src, out, options=options)
    rows = [
        ("full HTML build of the example", f"{full.seconds:.2f} s", f"1.00 ({full.written} pages)")
    ]
    for name, build in (
        ("rebuild, one requirement's text edited", edited_text),
        ("rebuild, one requirement's title edited", edited_title),
        ("rebuild, nothing changed", unchanged),
    ):
        ratio = build.seconds / full.seconds
        rows.append((name, f"{build.seconds:.2f} s", f"{ratio:.2f} x full ({build.written} pages)"))
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


def example_benchmark(docs: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="lastenheft-bench-") as folder:
        work = Path(folder)
        codes: list[str] = []
        first = build_latex(docs, work / "out", work / "cache", codes)
        unchanged = build_latex(docs, work / "out", work / "cache")
        shutil.rmtree(work / "out")
        cleaned = build_latex(docs, work / "out", work / "cache")

        html = html_rebuilds(docs, work)
        with docutils_namespace():
            project = settings(
                Sphinx(
                    str(docs), str(docs), str(work / "cfg"), str(work / "cfg"), "dummy", status=None
                ).config
            )
        toolchain = find_toolchain(
            find_node_modules(docs, project.options.node_modules),
            project.options.chromium,
            project.texts.messages,
        )
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenes", type=int, default=SIZE, help="size of the comparison")
    parser.add_argument("--large", action="store_true", help=f"also {LARGE_SIZE} scenes")
    parser.add_argument("--rounds", type=int, default=3, help="best of this many rounds")
    parser.add_argument("--no-profile", action="store_true", help="leave out the profile")
    parser.add_argument(
        "--work",
        metavar="DIR",
        type=Path,
        help="keep the generated sources in DIR/lastenheft-bench (default: a temporary folder)",
    )
    parser.add_argument(
        "--example", nargs="?", type=Path, const=REPO / "docs", metavar="DOCS",
        help="instead: the example's rebuilds and print diagrams",
    )  # fmt: skip
    args = parser.parse_args()
    if args.example:
        example_benchmark(args.example.resolve())
        return
    if args.rounds < 1 or args.scenes < 1:
        parser.error("--rounds and --scenes must be at least 1")
    sizes = [args.scenes, *([LARGE_SIZE] if args.large else [])]
    with tempfile.TemporaryDirectory(prefix="lastenheft-bench-") as folder:
        work = (args.work.resolve() if args.work else Path(folder)) / "lastenheft-bench"
        shutil.rmtree(work, ignore_errors=True)
        freeze_extension(work)
        results = [
            compare(size, args.rounds, work / f"{size}-scenes", not args.no_profile)
            for size in sizes
        ]
    markdown = write_results(results)
    print(markdown.read_text("utf-8"))
    print(f"written: {markdown} and {markdown.with_suffix('.json')}")


if __name__ == "__main__":
    main()
