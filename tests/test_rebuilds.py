"""Parallel and incremental builds give the pages a clean build gives."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from tests.conftest import sphinx_build

ROOT = Path(__file__).parent / "roots" / "test-scene"


def build(srcdir: Path, outdir: Path, *options: str) -> None:
    result = sphinx_build(srcdir, outdir, "-q", *options)
    assert result.returncode == 0, result.stderr


def pages(outdir: Path) -> dict[str, str]:
    return {
        str(path.relative_to(outdir)): path.read_text("utf-8")
        for path in sorted(outdir.glob("**/*.html"))
    }


def assert_same_pages(actual: Path, expected: Path) -> None:
    actual_pages, expected_pages = pages(actual), pages(expected)
    assert sorted(actual_pages) == sorted(expected_pages)
    for name, html in expected_pages.items():
        assert actual_pages[name] == html, f"{name} differs from the clean build"


def test_parallel_build_equals_clean_build(tmp_path: Path) -> None:
    build(ROOT, tmp_path / "clean")
    build(ROOT, tmp_path / "parallel", "-j", "2")
    assert_same_pages(tmp_path / "parallel", tmp_path / "clean")


def _edit(srcdir: Path) -> None:
    scene = srcdir / "scene.md"
    text = scene.read_text("utf-8").replace("Ersatz auslösen", "Ersatzlieferung auslösen")
    text += (
        "\n```{activity} Zufriedenheit abfragen\n:id: TA-06-05\n:role: R-KU\n"
        ":systems: SYS-MAIL\n```\n"
    )
    scene.write_text(text, "utf-8")
    requirements = srcdir / "requirements.md"
    requirements.write_text(
        requirements.read_text("utf-8").replace(
            ":derived_from: TA-06-04", ":derived_from: TA-06-04, TA-06-05"
        ),
        "utf-8",
    )


def test_incremental_build_after_edit_equals_clean_build(tmp_path: Path) -> None:
    srcdir = tmp_path / "src"
    shutil.copytree(ROOT, srcdir)
    build(srcdir, tmp_path / "incremental")
    _edit(srcdir)
    build(srcdir, tmp_path / "incremental")
    build(srcdir, tmp_path / "clean")
    assert_same_pages(tmp_path / "incremental", tmp_path / "clean")
    # the edit shows on the pages that were not edited: backlinks on the role page
    for unedited in ("organisation.html", "overview.html"):
        assert "TA-06-05" in (tmp_path / "incremental" / unedited).read_text("utf-8")


def test_incremental_build_of_one_page_equals_clean_build(tmp_path: Path) -> None:
    srcdir = tmp_path / "src"
    shutil.copytree(ROOT, srcdir)
    build(srcdir, tmp_path / "incremental")
    requirements = srcdir / "requirements.md"
    requirements.write_text(
        requirements.read_text("utf-8").replace(
            ":derived_from: TA-06-04", ":derived_from: TA-06-03, TA-06-04"
        ),
        "utf-8",
    )
    build(srcdir, tmp_path / "incremental")
    build(srcdir, tmp_path / "clean")
    assert_same_pages(tmp_path / "incremental", tmp_path / "clean")
    scene = (tmp_path / "incremental" / "scene.html").read_text("utf-8")
    assert re.search(r'href="requirements.html#ANF-SRV-02"', scene)
