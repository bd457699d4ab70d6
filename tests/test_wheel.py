"""The wheel as a user installs it: with the Mermaid runtime inside, so that a new project's
website builds and draws its diagrams with no npm and no node_modules anywhere.

Installing is slow (a wheel, a virtual environment, packages from PyPI or pip's cache, two
builds) and opens Chromium, so those tests are marked ``browser``. Everything happens in a
temporary folder outside the repository, where no node_modules lies on the path up to the root.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import venv
from dataclasses import dataclass
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from sphinx_lastenheft.site import node_packages
from tests.browser import dump_dom, file_url, in_ci
from tests.conftest import NODE_MODULES, REPO

SHIPPED = "sphinx_lastenheft/site/mermaid"
SCENE_PAGE = Path("processes", "sc01-enquiry-becomes-offer.html")


def run(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    # Without the variables of the test's own environment that would point into the repository.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    result = subprocess.run(
        [str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, f"{command}:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


@dataclass(frozen=True)
class Installed:
    """A virtual environment with the wheel installed, and a folder to work in."""

    python: Path
    work: Path


def scaffold(python: Path, project: Path) -> None:
    """A new English project, made with the installed package's command."""
    new = ("-m", "sphinx_lastenheft", "new", project, "--company", "Acme", "--language", "en")
    run(python, *new, cwd=project.parent)


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built from this checkout with the node_modules 'npm ci' made."""
    if not (NODE_MODULES / "mermaid" / "package.json").is_file():
        reason = f"{NODE_MODULES} has no mermaid: run 'npm ci' in {REPO}"
        if in_ci():
            pytest.fail(reason)
        pytest.skip(reason)
    folder = tmp_path_factory.mktemp("wheel")
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", folder, REPO, cwd=REPO)
    (built,) = folder.glob("sphinx_lastenheft-*.whl")
    return built


@pytest.fixture(scope="session")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """One virtual environment per session: the wheel without extras, with its dependencies
    at the tested versions (pip's cache makes a second session quick)."""
    work = tmp_path_factory.mktemp("user")
    assert not any((folder / "node_modules").exists() for folder in (work, *work.parents))
    environment = work / "venv"
    venv.create(environment, with_pip=True)
    python = environment / "bin" / "python"
    constraints = REPO / "constraints.txt"
    run(python, "-m", "pip", "install", "--quiet", "-c", constraints, wheel, cwd=work)
    return Installed(python, work)


@pytest.mark.browser
def test_wheel_ships_mermaid_and_builds_without_furo(installed: Installed, wheel: Path) -> None:
    """Any theme: the extension needs no furo, and its Mermaid comes from the wheel."""
    python, work = installed.python, installed.work
    required = run(
        python,
        "-c",
        "from importlib.metadata import requires; "
        "print([r for r in requires('sphinx-lastenheft') if 'extra ==' not in r])",
        cwd=work,
    ).stdout
    assert "sphinx-needs" in required and "furo" not in required
    project = work / "alabaster"
    scaffold(python, project)
    site = work / "alabaster-html"
    built = run(
        python,
        "-m",
        "sphinx",
        "-n",
        "-W",
        "--keep-going",
        "-b",
        "html",
        "-D",
        "html_theme=alabaster",
        project,
        site,
        cwd=work,
    )
    assert "WARNING" not in built.stderr
    shipped = run(
        python,
        "-c",
        "import sphinx_lastenheft.site.node_packages as n; print(n.SHIPPED_MERMAID)",
        cwd=work,
    ).stdout.strip()
    runtime = site / "_static" / "lastenheft" / "mermaid.min.js"
    assert runtime.read_bytes() == (Path(shipped) / "mermaid.min.js").read_bytes()
    assert (Path(shipped) / "LICENSE").is_file()


@pytest.mark.browser
def test_new_project_from_the_wheel_draws_its_swimlane_from_disk(installed: Installed) -> None:
    python, work = installed.python, installed.work
    run(python, "-m", "pip", "install", "--quiet", "-c", REPO / "constraints.txt", "furo", cwd=work)
    project = work / "lastenheft"
    scaffold(python, project)
    site = work / "html"
    built = run(
        python, "-m", "sphinx", "-n", "-W", "--keep-going", "-b", "html", project, site, cwd=work
    )
    assert "WARNING" not in built.stderr
    assert (site / "_static" / "lastenheft" / "mermaid.min.js").is_file()

    dom = BeautifulSoup(dump_dom(file_url(site / SCENE_PAGE)), "html.parser")
    swimlane = dom.select_one('svg[aria-roledescription="swimlane"]')
    assert swimlane is not None, "the swimlane was not drawn from disk"
    assert "Record the enquiry" in swimlane.get_text(" ")
    assert dom.select_one('svg[aria-roledescription="error"]') is None


def test_wheel_without_mermaid_fails_and_says_to_run_npm_ci(tmp_path: Path) -> None:
    """No node_modules, and the pinned Mermaid is not to be had (here: a version that does not
    exist, offline: no network): the build stops and says what to do."""
    source = tmp_path / "checkout"
    source.mkdir()
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        shutil.copyfile(REPO / name, source / name)
    shutil.copytree(
        REPO / "extensions", source / "extensions", ignore=shutil.ignore_patterns("*.egg-info")
    )
    lock = json.loads((REPO / "package-lock.json").read_text("utf-8"))
    lock["packages"]["node_modules/mermaid"]["version"] = "0.0.0-missing"
    (source / "package-lock.json").write_text(json.dumps(lock), "utf-8")

    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", tmp_path / "dist", source]
    result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode != 0
    assert "node_modules/mermaid is missing" in result.stdout + result.stderr
    assert "run 'npm ci'" in result.stdout + result.stderr


def _mermaid(node_modules: Path) -> Path:
    """A node_modules folder with (a stand-in for) Mermaid; its bundle."""
    (node_modules / "mermaid" / "dist").mkdir(parents=True)
    (node_modules / "mermaid" / "package.json").write_text("{}", "utf-8")
    bundle = node_modules / "mermaid" / "dist" / "mermaid.min.js"
    bundle.write_text("// mermaid", "utf-8")
    return bundle


def test_the_projects_mermaid_comes_before_the_wheels(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = tmp_path / "package" / "mermaid"
    shipped.mkdir(parents=True)
    (shipped / "mermaid.min.js").write_text("// shipped", "utf-8")
    monkeypatch.setattr(node_packages, "SHIPPED_MERMAID", shipped)
    confdir = tmp_path / "project" / "docs"
    confdir.mkdir(parents=True)
    near = _mermaid(tmp_path / "project" / "node_modules")
    configured = _mermaid(tmp_path / "project" / "tools" / "node_modules")

    found = node_packages.find_mermaid_bundle(confdir, "../tools/node_modules")
    assert found is not None and found.resolve() == configured
    assert node_packages.find_mermaid_bundle(confdir, "") == near
    shutil.rmtree(tmp_path / "project" / "node_modules")
    assert node_packages.find_mermaid_bundle(confdir, "") == shipped / "mermaid.min.js"
    shutil.rmtree(shipped)
    assert node_packages.find_mermaid_bundle(confdir, "") is None
