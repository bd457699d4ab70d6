"""The toolkit is generic: an English specification of another company (Northwind Water, a
water utility; tests/roots/test-northwind) with its own type names, ID prefixes, areas,
priorities and categories, a rework loop and ends of flow, builds strictly with no change to
the toolkit, and reads in English throughout."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.conftest import sphinx_build, text_of

ROOT = Path(__file__).parent / "roots" / "test-northwind"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The specification, built once, strictly."""
    work = tmp_path_factory.mktemp("northwind")
    srcdir = work / "src"
    shutil.copytree(ROOT, srcdir)
    result = sphinx_build(srcdir, work / "out")
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    return work / "out"


def page(site: Path, name: str) -> BeautifulSoup:
    return BeautifulSoup((site / f"{name}.html").read_text("utf-8"), "html.parser")


def test_objects_carry_the_projects_own_type_names(site: Path) -> None:
    task = text_of(page(site, "journeys/meter-reading").find(id="TK-01-02"))
    assert task.startswith("Task: Check plausibility TK-01-02")
    assert "continues with: TK-01-03, TK-01-05" in task
    assert "Branches: plausible | implausible" in task
    requirement = text_of(page(site, "requirements").find(id="REQ-002"))
    assert requirement.startswith("Requirement: Plausibility check REQ-002")
    assert "Priority: Must" in requirement


def test_the_rework_loop_and_the_ends_are_drawn(site: Path) -> None:
    swimlane = page(site, "journeys/meter-reading").select_one("pre.mermaid").get_text().strip()
    # after the line with its settings
    assert swimlane.splitlines()[1] == "swimlane-beta LR"
    # the way back from the customer's correction to the check
    assert "n_TK_2d01_2d04 --> n_TK_2d01_2d02" in swimlane
    # the customer's own task has no application
    assert "<small>TK-01-04</small>" in swimlane
    # the bill ends the journey: an end symbol in the billing clerk's lane
    billing = swimlane[swimlane.index('["Billing clerk"]') : swimlane.index('["Contact centre')]
    assert 'stop_n_TK_2d01_2d05(("End"))' in billing
    assert "n_TK_2d01_2d05 --> stop_n_TK_2d01_2d05" in swimlane
    move_in = page(site, "journeys/move-in").select_one("pre.mermaid").get_text()
    assert 'n_TK_2d02_2d02 -->|"reading on file"| stop_n_TK_2d02_2d02' in move_in


def test_generated_pages_read_in_english(site: Path) -> None:
    handbook = page(site, "_generated/roles/RO-AGT")
    assert handbook.select_one("h1").get_text().startswith("Role handbook: Contact centre agent")
    matrix = page(site, "traceability").select_one("table.lastenheft-matrix")
    assert text_of(matrix.select_one("thead")).startswith("Requirement CJ-01 CJ-02")
    coverage = text_of(page(site, "traceability"))
    assert "Activities with a requirement" in coverage
    process_map = page(site, "index").select_one("pre.mermaid").get_text()
    assert process_map.index("Customer Service") < process_map.index("Billing")
