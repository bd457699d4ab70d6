"""Two clean builds of the same sources give the same output, byte for byte: every file of
the website and of the PDF's LaTeX sources."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from docutils import nodes
from docutils.utils import new_document

from sphinx_lastenheft.printing.diagram_renderer import without_dates
from sphinx_lastenheft.site.deterministic import container_id, stabilise_container_ids
from tests.browser import require_chromium
from tests.conftest import REPO, sphinx_build, warnings_of

SOURCES = REPO / "docs"


@pytest.fixture(scope="module")
def diagram_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The diagram cache of this module's builds, kept across them as on a developer's
    machine: a build takes the diagrams an earlier one checked or rendered."""
    return tmp_path_factory.mktemp("diagrams")


def clean_build(work: Path, builder: str, diagram_cache: Path, *options: str) -> Path:
    """A clean build of a fresh copy of the sources in ``work``; the output folder."""
    srcdir = work / "src"
    shutil.copytree(SOURCES, srcdir, ignore=shutil.ignore_patterns("_build", "_generated"))
    outdir = work / builder
    # Sphinx's cache goes apart from the output: its environment holds when each page was
    # read, and it is no part of the site (a hidden folder GitHub Pages leaves out).
    options += ("-d", str(work / "doctrees"), "-D", f"lastenheft_diagram_cache={diagram_cache}")
    result = sphinx_build(srcdir, outdir, "-q", *options, builder=builder)
    assert result.returncode == 0, result.stderr
    return outdir


def differing_files(first: Path, second: Path) -> list[str]:
    """The files that are in one folder only, or whose bytes differ."""

    def files(folder: Path) -> set[str]:
        return {path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()}

    def same(name: str) -> bool:
        one, other = first / name, second / name
        return one.is_file() and other.is_file() and one.read_bytes() == other.read_bytes()

    return sorted(name for name in files(first) | files(second) if not same(name))


def assert_identical(first: Path, second: Path) -> None:
    differing = differing_files(first, second)
    assert not differing, f"{len(differing)} files differ between the builds: {differing[:5]}"


@pytest.fixture(scope="module")
def websites(tmp_path_factory: pytest.TempPathFactory, diagram_cache: Path) -> tuple[Path, Path]:
    # Sources in two places: the site must not depend on where the sources are checked out.
    work = tmp_path_factory.mktemp("websites")
    first = clean_build(work / "first", "html", diagram_cache)
    return first, clean_build(work / "second", "html", diagram_cache)


def test_two_clean_builds_give_the_same_website(websites: tuple[Path, Path]) -> None:
    first, second = websites
    assert (first / "index.html").is_file()
    assert_identical(first, second)


def test_two_clean_builds_give_the_same_latex_sources(tmp_path: Path, diagram_cache: Path) -> None:
    chromium = ("-D", f"lastenheft_chromium={require_chromium()}")
    first = clean_build(tmp_path / "first", "latex", diagram_cache, *chromium)
    second = clean_build(tmp_path / "second", "latex", diagram_cache, *chromium)
    assert list(first.glob("*.tex"))
    assert_identical(first, second)


def test_object_containers_are_named_after_their_objects(websites: tuple[Path, Path]) -> None:
    html = (websites[0] / "requirements" / "lead-management.html").read_text("utf-8")
    page = BeautifulSoup(html, "html.parser")
    containers = page.select("div.need_container")
    assert containers
    for container in containers:
        table = container.find("table", recursive=False)
        assert table is not None
        assert container["id"] == f"SNCB-{table['id']}"


def test_schema_report_holds_no_timing(websites: tuple[Path, Path]) -> None:
    report = json.loads((websites[0] / "schema_violations.json").read_text("utf-8"))
    assert report["validation_summary"] == "Schema validation completed with 0 warning(s)."
    assert "validated_needs_per_second" not in report
    assert report["validation_warnings"] == {}


def test_container_id_is_safe_for_a_selector_and_unique() -> None:
    taken = {"SNCB-ANF-02"}
    assert container_id("ANF-1.2", taken) == "SNCB-ANF-1-2"
    assert container_id("ANF-1.2", taken) == "SNCB-ANF-1-2-2"
    assert container_id("ANF-02", taken) == "SNCB-ANF-02-2"


def _container(*children: nodes.Element) -> nodes.container:
    return nodes.container("", *children, ids=["SNCB-3f2a9c1e"], classes=["need_container"])


def test_every_container_on_a_page_gets_its_own_id() -> None:
    page = new_document("page")
    page += nodes.section("", ids=["SNCB-SZ-06"])
    # An object shown twice (its page and an extract), one of another ID, and a container
    # whose object cannot be told: unique ids still, and none of the section's.
    page += _container(nodes.table(ids=["SZ-06"]))
    page += _container(nodes.table(ids=["SZ-06"]))
    page += _container(nodes.table(ids=["ANF-1.2"]))
    page += _container(nodes.paragraph())
    stabilise_container_ids(None, page, "page")  # type: ignore[arg-type]
    ids = [node["ids"] for node in page.findall(nodes.container)]
    assert ids == [["SNCB-SZ-06-2"], ["SNCB-SZ-06-3"], ["SNCB-ANF-1-2"], ["SNCB-need"]]


@pytest.mark.sphinx("needs", testroot="handbooks")
def test_needs_json_holds_no_build_time(app: Any) -> None:
    app.build()
    assert not warnings_of(app)
    data = json.loads((Path(app.outdir) / "needs.json").read_text("utf-8"))
    assert "created" not in data
    assert "created" not in data["versions"][data["current_version"]]


@pytest.mark.sphinx("needs", testroot="handbooks", confoverrides={"needs_reproducible_json": False})
def test_conf_py_decides_about_the_build_time_in_needs_json(app: Any) -> None:
    app.build()
    assert not warnings_of(app)
    data = json.loads((Path(app.outdir) / "needs.json").read_text("utf-8"))
    assert data["created"]


def test_rendered_diagrams_carry_no_time_of_rendering() -> None:
    chromium_pdf = (
        b"%PDF-1.4\n1 0 obj\n<</Creator (Chromium)\n/Producer (Skia/PDF m140)\n"
        b"/CreationDate (D:20261202073420+00'00')\n/ModDate (D:20261202073421+00'00')>>\n"
        b"endobj\nxref\n0 2\n"
    )
    fixed = without_dates(chromium_pdf)
    # the same length: the offsets in the PDF's cross-reference table stay valid
    assert len(fixed) == len(chromium_pdf)
    assert b"20261202" not in fixed
    assert fixed.count(b"(D:20000101000000+00'00')") == 2
    assert without_dates(fixed) == fixed
