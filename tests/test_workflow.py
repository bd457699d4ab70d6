"""The GitHub Pages workflow: valid, free of zizmor findings, and doing what the README says.

Both checks run offline: check-jsonschema validates against the GitHub workflow schema it
ships (``vendor.github-workflows``), zizmor audits with ``--offline`` (unpinned actions,
permissions, persisted credentials, template injection, ...). The tools come from the
``test`` extra; without them these tests skip, except under CI, where that is an error.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.browser import in_ci

REPO = Path(__file__).resolve().parents[1]
WORKFLOWS = REPO / ".github" / "workflows"
PAGES = WORKFLOWS / "pages.yml"
INSTALL_HINT = "install the test extra: pip install -c constraints.txt -e '.[test]'"
#: ``uses: owner/repo[/path]@<full commit SHA> # v1.2.3``
PINNED_LINE = re.compile(r"^\s*(?:-\s+)?uses:\s+[\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+(?:\.\d+)*\s*$")


def _missing(tool: str) -> None:
    reason = f"{tool} is not installed; {INSTALL_HINT}"
    if in_ci():
        pytest.fail(f"{reason} (CI is set, so this is an error, not a skip)")
    pytest.skip(reason)


def _console_script(name: str) -> str:
    """The console script ``name`` installed with the running interpreter."""
    for folder in (Path(sysconfig.get_path("scripts")), Path(sys.executable).parent):
        script = folder / name
        if script.is_file():
            return str(script)
    _missing(name)
    raise AssertionError("unreachable")


def _run(cmd: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=300, check=False)


def _workflow() -> dict[str, Any]:
    data = yaml.safe_load(PAGES.read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def _triggers(workflow: dict[str, Any]) -> dict[str, Any]:
    # YAML 1.1 (PyYAML) reads the key `on` as the boolean True.
    triggers = workflow.get("on", workflow.get(True))
    assert isinstance(triggers, dict), f"expected a mapping of events, got {triggers!r}"
    return triggers


def _steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    return list(job.get("steps") or [])


def _uses(job: dict[str, Any]) -> list[str]:
    refs = [job["uses"]] if "uses" in job else []
    return refs + [step["uses"] for step in _steps(job) if "uses" in step]


def test_schema_is_valid() -> None:
    if importlib.util.find_spec("check_jsonschema") is None:
        _missing("check-jsonschema")
    cmd = [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows"]
    result = _run([*cmd, str(PAGES)])
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_finds_nothing() -> None:
    zizmor = _console_script("zizmor")
    # The auditor persona reports everything, also what the default persona filters out.
    cmd = [zizmor, "--offline", "--persona=auditor", "--strict-collection", "--format=json"]
    result = _run([*cmd, str(WORKFLOWS)])
    findings = json.loads(result.stdout or "[]")
    summary = [f"{f['ident']}: {f['desc']} ({f['determinations']['severity']})" for f in findings]
    assert summary == [], "details: zizmor --offline --persona=auditor .github/workflows/"
    assert result.returncode == 0, result.stderr


def test_runs_on_push_to_main_and_by_hand() -> None:
    triggers = _triggers(_workflow())
    assert set(triggers) == {"push", "workflow_dispatch"}
    assert triggers["push"]["branches"] == ["main"]


def test_build_job_runs_the_readme_commands_and_publishes_the_pdf() -> None:
    build = _workflow()["jobs"]["build"]
    runs = [step["run"].strip() for step in _steps(build) if "run" in step]
    copy = "cp docs/_build/latex/lastenheft.pdf docs/_build/html/lastenheft.pdf"
    for command in ("make html", "make pdf", copy):
        assert command in runs, f"the build job must run `{command}`"
    withs = {s["uses"].split("@")[0]: s.get("with", {}) for s in _steps(build) if "uses" in s}
    assert withs["actions/setup-python"]["python-version"] == "3.11"
    assert withs["actions/setup-node"]["node-version"] == "20"
    assert withs["actions/checkout"]["persist-credentials"] is False
    assert withs["actions/upload-pages-artifact"]["path"] == "docs/_build/html"
    # html, then pdf, then the PDF into the site, then the site up to Pages.
    order = [s.get("run", "").strip() or s["uses"].split("@")[0] for s in _steps(build)]
    assert (
        order.index("make html")
        < order.index("make pdf")
        < order.index(copy)
        < order.index("actions/upload-pages-artifact")
    )


def test_deploy_job_deploys_with_the_least_permissions() -> None:
    workflow = _workflow()
    assert workflow["permissions"] in ({}, {"contents": "read"})
    assert workflow["concurrency"]["group"] == "pages"
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert "steps.deployment.outputs.page_url" in deploy["environment"]["url"]
    assert any(ref.startswith("actions/deploy-pages@") for ref in _uses(deploy))


def test_every_action_is_pinned_to_a_commit_with_its_version() -> None:
    jobs = _workflow()["jobs"]
    refs = [ref for job in jobs.values() for ref in _uses(job)]
    assert refs, "no actions found"
    unpinned = [ref for ref in refs if not re.fullmatch(r"[^@\s]+@[0-9a-f]{40}", ref)]
    assert unpinned == [], "pin to the full commit SHA of a release"
    text = PAGES.read_text("utf-8")
    lines = [line for line in text.splitlines() if re.match(r"\s*(-\s+)?uses:", line)]
    assert len(lines) == len(refs)
    uncommented = [line.strip() for line in lines if not PINNED_LINE.match(line)]
    assert uncommented == [], "write the release after the SHA: `uses: o/r@<sha> # v1.2.3`"
