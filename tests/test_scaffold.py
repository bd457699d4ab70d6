"""``python -m sphinx_lastenheft new``: a new project builds strictly as written, in German and
in English, and shows readers its swimlane, requirements and role handbooks; it never
overwrites anything."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from sphinx_lastenheft.__main__ import main
from tests.conftest import NODE_MODULES, REPO, sphinx_build, text_of
from tests.test_workflow import _console_script


@dataclass(frozen=True)
class Language:
    """What a reader of a new project in one language finds, and where."""

    code: str
    company: str
    scene_page: str
    scene: str
    requirements_page: str
    #: A requirement, and the activity of the scene it is derived from.
    requirement: str
    activity: str
    roles: tuple[str, str]
    #: The scene page's heading above the swimlane.
    swimlane_heading: str
    #: The generated handbook of the first role, titled in the language.
    handbook_title: str


GERMAN = Language(
    code="de",
    company="Beispiel Armaturen GmbH",
    scene_page="processes/s01-anfrage-wird-angebot",
    scene="SZ-01",
    requirements_page="requirements/anfragen-und-angebote",
    requirement="ANF-VTR-02",
    activity="TA-01-03",
    roles=("R-ID", "R-AD"),
    swimlane_heading="Ablauf",
    handbook_title="Rollenhandbuch: Vertriebsinnendienst",
)
ENGLISH = Language(
    code="en",
    company="Acme Valves Ltd",
    scene_page="processes/sc01-enquiry-becomes-offer",
    scene="SC-01",
    requirements_page="requirements/enquiries-and-offers",
    requirement="REQ-SAL-02",
    activity="AC-01-03",
    roles=("R-IS", "R-FS"),
    swimlane_heading="Flow",
    handbook_title="Role handbook: Inside sales",
)


def new(folder: Path, company: str, language: str) -> int:
    return main(["new", str(folder), "--company", company, "--language", language])


def page(site: Path, docname: str) -> BeautifulSoup:
    return BeautifulSoup((site / f"{docname}.html").read_text("utf-8"), "html.parser")


@pytest.mark.parametrize("language", [GERMAN, ENGLISH], ids=lambda language: language.code)
def test_new_project_builds_strictly_and_shows_its_scene(
    language: Language, tmp_path: Path
) -> None:
    project = tmp_path / "lastenheft"
    assert new(project, language.company, language.code) == 0
    site = tmp_path / "html"
    result = sphinx_build(project, site)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr

    scene = page(site, language.scene_page)
    diagrams = [pre.get_text() for pre in scene.select("pre.mermaid")]
    assert any("swimlane-beta" in code for code in diagrams)
    assert any(h.get_text().rstrip("¶") == language.swimlane_heading for h in scene.select("h2"))
    assert scene.select_one(f"[id='{language.activity}']") is not None
    # The activity links to the requirement derived from it, on the requirements page.
    target = f"../{language.requirements_page}.html#{language.requirement}"
    assert target in {a["href"] for a in scene.select("a[href]")}

    assert page(site, language.requirements_page).select_one(f"[id='{language.requirement}']")
    for role in language.roles:
        handbook = page(site, f"_generated/roles/{role}")
        assert language.scene in text_of(handbook.select_one("article"))
    first = page(site, f"_generated/roles/{language.roles[0]}")
    assert text_of(first.select_one("h1")).rstrip("¶ ") == language.handbook_title
    assert language.company in text_of(page(site, "index").select_one("article"))


def test_new_project_builds_with_another_theme(tmp_path: Path) -> None:
    """furo is the example's theme, not the extension's: alabaster builds as cleanly."""
    project = tmp_path / "lastenheft"
    assert new(project, GERMAN.company, "de") == 0
    site = tmp_path / "html"
    result = sphinx_build(project, site, "-D", "html_theme=alabaster")
    assert result.returncode == 0, result.stderr
    scene = page(site, GERMAN.scene_page)
    assert scene.select_one("div.sphinxsidebar") is not None
    assert any("swimlane-beta" in pre.get_text() for pre in scene.select("pre.mermaid"))


def test_makefile_builds_the_website(tmp_path: Path) -> None:
    project = tmp_path / "lastenheft"
    assert new(project, ENGLISH.company, "en") == 0
    options = f"-n -W --keep-going -q -D lastenheft_node_modules={NODE_MODULES}"
    result = subprocess.run(
        ["make", "html", f"SPHINXBUILD={sys.executable} -m sphinx", f"SPHINXOPTS={options}"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (project / "_build" / "html" / "index.html").is_file()
    dry_run = subprocess.run(["make", "-n", "pdf"], cwd=project, capture_output=True, text=True)
    assert "-b latex" in dry_run.stdout


def test_new_writes_the_pages_workflow_and_ignores_the_output(tmp_path: Path) -> None:
    project = tmp_path / "lastenheft"
    assert new(project, ENGLISH.company, "en") == 0
    workflow = (project / ".github" / "workflows" / "pages.yml").read_text("utf-8")
    assert "pip install -r requirements.txt" in workflow
    assert "make html" in workflow and "make pdf" in workflow
    assert "_build/\n" in (project / ".gitignore").read_text("utf-8")
    assert "_generated/" in (project / ".gitignore").read_text("utf-8")


def test_new_projects_workflow_is_valid_and_audited(tmp_path: Path) -> None:
    """The checks of the repository's own workflow (tests/test_workflow.py), offline."""
    project = tmp_path / "lastenheft"
    assert new(project, ENGLISH.company, "en") == 0
    workflows = project / ".github" / "workflows"
    for command in (
        [_console_script("check-jsonschema"), "--builtin-schema", "vendor.github-workflows"],
        [_console_script("zizmor"), "--offline", "--persona=auditor"],
    ):
        checked = subprocess.run(
            [*command, str(workflows / "pages.yml")], capture_output=True, text=True
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr


def test_new_project_pins_the_npm_packages_of_the_repository(tmp_path: Path) -> None:
    """The PDF of a new project is drawn with the Mermaid and puppeteer-core tested here."""
    project = tmp_path / "lastenheft"
    assert new(project, ENGLISH.company, "en") == 0
    ours = json.loads((REPO / "package.json").read_text("utf-8"))["dependencies"]
    theirs = json.loads((project / "package.json").read_text("utf-8"))["dependencies"]
    assert theirs == ours


def test_company_name_with_quotes_stays_valid_python(tmp_path: Path) -> None:
    project = tmp_path / "lastenheft"
    company = 'Müller "Ventile" & Söhne\'s KG'
    assert new(project, company, "de") == 0
    namespace: dict[str, object] = {}
    exec((project / "conf.py").read_text("utf-8"), namespace)
    assert namespace["author"] == company


@pytest.mark.parametrize("existing", ["file", "folder"])
def test_new_never_overwrites(
    existing: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "lastenheft"
    if existing == "file":
        project.write_text("mine", "utf-8")
    else:
        project.mkdir()
        (project / "index.md").write_text("# Mine\n", "utf-8")
    before = sorted(tmp_path.rglob("*"))

    assert new(project, GERMAN.company, "de") == 2
    assert sorted(tmp_path.rglob("*")) == before
    assert "not empty; nothing was written" in capsys.readouterr().err


def test_new_writes_into_an_empty_folder_from_the_command_line(tmp_path: Path) -> None:
    project = tmp_path / "empty"
    project.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "sphinx_lastenheft", "new", str(project), "--company", "ACME"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert 'language = "de"' in (project / "conf.py").read_text("utf-8")
