"""What a project changes in conf.py: language, titles, prefixes, fields, diagram style."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sphinx.errors import ConfigError

from tests.conftest import html_of, sphinx_build, text_of, warnings_of

ENGLISH = {
    "language": "en",
    "lastenheft_priorities": ["Muss", "Soll"],
    "lastenheft_categories": ["Funktion", "Schnittstelle", "Qualität", "Rahmen"],
}


@pytest.mark.sphinx("html", testroot="scene", confoverrides=ENGLISH)
def test_generated_labels_follow_the_language(app: Any) -> None:
    app.build()
    assert warnings_of(app) == ""
    page = html_of(app, "scene")
    activity = text_of(page.find(id="TA-06-02"))
    assert activity.startswith("Activity: Berechtigung prüfen TA-06-02")
    assert "continues with: TA-06-03, TA-06-04" in activity
    assert "follows: TA-06-01" in activity
    assert "Branches: berechtigt | nicht berechtigt" in activity
    role = text_of(html_of(app, "organisation").find(id="R-SI"))
    assert "performed in: TA-06-01, TA-06-02, TA-06-03" in role


@pytest.mark.sphinx(
    "html",
    testroot="scene",
    confoverrides={
        "needs_types": [{"directive": "req", "title": "Kundenanforderung", "prefix": "ANF-"}],
        "needs_fields": {"owner": {"description": "Verantwortlich", "nullable": True}},
    },
)
def test_a_project_can_rename_types_and_add_fields(app: Any) -> None:
    app.build()
    assert warnings_of(app) == ""
    requirement = text_of(html_of(app, "requirements").find(id="ANF-SRV-01"))
    assert requirement.startswith("Kundenanforderung: Reklamationsvorgang")
    # the other types keep their titles
    assert text_of(html_of(app, "scene").find(id="TA-06-01")).startswith("Tätigkeit:")


@pytest.mark.sphinx(
    "html", testroot="scene", confoverrides={"lastenheft_diagram_style": "flowchart"}
)
def test_flowchart_fallback_draws_one_subgraph_per_role(app: Any) -> None:
    app.build()
    assert warnings_of(app) == ""
    code = html_of(app, "scene").select_one("pre.mermaid").get_text()
    assert code.strip().startswith("flowchart TB")
    assert code.count("subgraph") == 2
    assert code.count("direction TB") == 2


def test_a_wrong_config_value_names_itself_and_the_fix(
    make_app: Any, rootdir: Any, tmp_path: Any
) -> None:
    with pytest.raises(
        ConfigError,
        match=r"^-D lastenheft_diagram_style: lastenheft_diagram_style = 'lanes' is not valid: "
        r"expected one of 'swimlane', 'flowchart'\. Fix the value",
    ):
        make_app(
            "html",
            srcdir=rootdir / "test-scene",
            builddir=tmp_path,
            confoverrides={"lastenheft_diagram_style": "lanes"},
        )


def test_a_wrong_value_in_conf_py_names_the_file_and_line(tmp_path: Path) -> None:
    srcdir = tmp_path / "src"
    shutil.copytree(Path(__file__).parent / "roots" / "test-scene", srcdir)
    conf = srcdir / "conf.py"
    conf.write_text(conf.read_text("utf-8") + "\nlastenheft_areas = 'Service'\n", "utf-8")
    line = len(conf.read_text("utf-8").splitlines())
    result = sphinx_build(srcdir, tmp_path / "out")
    assert result.returncode != 0
    assert (
        f"{conf}:{line}: lastenheft_areas = 'Service' is not valid: expected a list of strings."
        in result.stderr
    )


def test_the_former_import_name_still_builds_and_says_the_new_one(tmp_path: Path) -> None:
    shutil.copytree(Path(__file__).parent / "roots" / "test-scene", tmp_path / "src")
    conf_py = tmp_path / "src" / "conf.py"
    conf_py.write_text(
        conf_py.read_text("utf-8").replace('"sphinx_lastenheft"', '"lastenheft"'), "utf-8"
    )
    built = sphinx_build(tmp_path / "src", tmp_path / "out")
    assert built.returncode == 0, built.stderr
    assert "FutureWarning: The extension 'lastenheft' is now called" in built.stderr
    assert 'extensions = ["sphinx_lastenheft"]' in built.stderr
    page = (tmp_path / "out" / "scene.html").read_text("utf-8")
    assert 'id="TA-06-01"' in page


def test_the_former_command_name_still_runs_and_says_the_new_one() -> None:
    ran = subprocess.run(
        [sys.executable, "-m", "lastenheft", "--help"], capture_output=True, text=True, check=False
    )
    assert ran.returncode == 0, ran.stderr
    assert "python -m sphinx_lastenheft" in ran.stdout
    assert "FutureWarning" in ran.stderr
