"""Each kind of bad input gets one warning naming file, line, what is wrong and the fix."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import NODE_MODULES, sphinx_build, warnings_of

ROOT = Path(__file__).parent / "roots" / "test-invalid"

HEADER = """\
# Fall

```{scene} Fall
:id: SZ-09
:area: Service
:trigger: Ein Auslöser
:outcome: Ein Ergebnis
```

```{step} Schritt
:id: PS-09-1
```
"""


def activity(need_id: str, *options: str, directive: str = "activity") -> str:
    body = "\n".join((f":id: {need_id}", *options))
    return f"\n```{{{directive}}} Titel {need_id}\n{body}\n```\n"


def ok(need_id: str, *options: str) -> str:
    return activity(need_id, ":role: R-SI", ":systems: SYS-CRM", *options)


def requirement(need_id: str, *options: str) -> str:
    return activity(need_id, *options, directive="req")


DERIVED = ":derived_from: TA-09-01"
ACCEPTED = ":acceptance: prüfbar"

# name: (page body after HEADER, ID whose directive carries the warning, expected message)
CASES: dict[str, tuple[str, str, str]] = {
    "unknown_id": (
        activity("TA-09-01", ":role: R-XX", ":systems: SYS-CRM"),
        "TA-09-01",
        "The Tätigkeit 'TA-09-01' links to 'R-XX' in 'role', but no object has this ID. "
        "Correct the ID or define the Rolle 'R-XX'.",
    ),
    "duplicate_id": (
        ok("TA-09-01") + ok("TA-09-01"),
        "TA-09-01",
        "The ID 'TA-09-01' is already used by 'Titel TA-09-01' (case.md:14). "
        "Give this object an ID of its own; an ID is never used twice.",
    ),
    "missing_id": (
        ok("TA-09-01") + "\n```{activity} Ohne Kennung\n:role: R-SI\n```\n",
        ":role: R-SI",
        "The Tätigkeit 'Ohne Kennung' has no ID. Add a line ':id: TA-…' with an ID that is "
        "unique and stays the same for good: protocols and vendor answers cite it.",
    ),
    "id_pattern": (
        ok("ANF-09-01"),
        "ANF-09-01",
        "The ID 'ANF-09-01' of the Tätigkeit 'Titel ANF-09-01' does not follow the pattern "
        "'TA-<number or code>'. Rename it, e.g. 'TA-01'.",
    ),
    "link_type": (
        activity("TA-09-01", ":role: SYS-CRM", ":systems: SYS-CRM"),
        "TA-09-01",
        "The Tätigkeit 'TA-09-01' links to 'SYS-CRM' in 'role', which is a System, not a "
        "Rolle. Name a Rolle there.",
    ),
    "link_type_owner": (
        requirement(
            "ANF-09-01", DERIVED, ACCEPTED, ":priority: Muss", ":category: Funktion"
        ).replace(DERIVED, DERIVED + "\n:role: R-SI")
        + ok("TA-09-01"),
        "ANF-09-01",
        "The Anforderung 'ANF-09-01' has a 'role' link, which only Tätigkeit and "
        "Abnahmetestfall objects have. "
        "Remove the line ':role: …' from it.",
    ),
    "missing_field": (
        activity("TA-09-01", ":role: R-SI"),
        "TA-09-01",
        "The Tätigkeit 'TA-09-01' names no System. Add a line ':systems: <ID>'.",
    ),
    "missing_acceptance": (
        ok("TA-09-01")
        + requirement("ANF-09-01", DERIVED, ":priority: Muss", ":category: Funktion"),
        "ANF-09-01",
        "The Anforderung 'ANF-09-01' has no 'acceptance'. Add a line ':acceptance: …'.",
    ),
    "unknown_priority": (
        ok("TA-09-01")
        + requirement("ANF-09-01", DERIVED, ACCEPTED, ":priority: Hoch", ":category: Funktion"),
        "ANF-09-01",
        "The Anforderung 'ANF-09-01' has priority 'Hoch', which is not one of Muss, Soll, "
        "Kann. Use one of these values.",
    ),
    "unknown_category": (
        ok("TA-09-01")
        + requirement("ANF-09-01", DERIVED, ACCEPTED, ":priority: Muss", ":category: Sonstiges"),
        "ANF-09-01",
        "The Anforderung 'ANF-09-01' has category 'Sonstiges', which is not one of Funktion, "
        "Information, Schnittstelle, Qualität, Rahmen. Use one of these values.",
    ),
    "underived": (
        ok("TA-09-01")
        + requirement("ANF-09-01", ACCEPTED, ":priority: Muss", ":category: Funktion"),
        "ANF-09-01",
        "The requirement 'ANF-09-01' is derived from no activity. Add a line "
        "':derived_from: <activity IDs>' naming the activities that need it.",
    ),
    "orphan_activity": (
        ok("TA-09-01")
        + "\n```{scene} Zweite\n:id: SZ-10\n:area: Service\n:trigger: t\n:outcome: o\n```\n"
        + ok("TA-10-01")
        + "\n```{step} Zu spät\n:id: PS-10-1\n```\n"
        + ok("TA-10-02"),
        "TA-10-01",
        "The activity 'TA-10-01' belongs to no process step: no step stands above it on its "
        "page. Move it below its step or add a line ':step: <step ID>'.",
    ),
    "orphan_step": (
        "",
        "PS-09-1",
        "The process step 'PS-09-1' belongs to no customer scene: no scene stands above it "
        "on its page. Move it below its scene or add a line ':scene: <scene ID>'.",
    ),
    "next_scene": (
        ok("TA-09-01", ":next: TA-01-01"),
        "TA-09-01",
        "The activity 'TA-09-01' of scene 'SZ-09' continues with 'TA-01-01' of scene "
        "'SZ-01'; a flow stays within its scene. Name an activity of 'SZ-09' in ':next:', "
        "or END.",
    ),
    "cycle": (
        ok("TA-09-01") + ok("TA-09-02") + ok("TA-09-03", ":next: TA-09-02"),
        "TA-09-03",
        "The flow of scene 'SZ-09' runs in a circle with no way out: TA-09-02 → TA-09-03 → "
        "TA-09-02. Give the loop an exit: make 'TA-09-03' a decision that also leads on "
        "(':next: TA-09-02, <activity or END>' with one label per way out in ':branches:'), "
        "or let its ':next:' lead forward.",
    ),
    "branches": (
        ok("TA-09-01", ":next: TA-09-02, TA-09-03", ":branches: ja")
        + ok("TA-09-02")
        + ok("TA-09-03"),
        "TA-09-01",
        "The activity 'TA-09-01' has 1 branch labels for 2 next links. Give one label per ID "
        "in ':next:', in the same order, separated by '|'.",
    ),
    "role_count": (
        activity("TA-09-01", ":role: R-SI, R-KU", ":systems: SYS-CRM"),
        "TA-09-01",
        "The Tätigkeit 'TA-09-01' names 2 roles (R-SI, R-KU); an activity has one role, the "
        "lane it is drawn in. Keep the responsible role and split joint work into one "
        "activity per role.",
    ),
}

SUBTYPES = {
    "link_type_owner": "link_type",
    "missing_acceptance": "missing_field",
    "unknown_priority": "unknown_value",
    "unknown_category": "unknown_value",
    "underived": "underived",
}


def _page(name: str) -> str:
    body, _, _ = CASES[name]
    if name == "orphan_step":
        return "# Fall\n\n```{step} Schritt\n:id: PS-09-1\n```\n" + ok("TA-09-01")
    return HEADER + body


def _line_of(page: str, marker: str) -> int:
    """The line of the directive fence above the last line that is ``marker`` or its ID line."""
    wanted = {marker, f":id: {marker}"}
    lines = page.splitlines()
    index = max(i for i, line in enumerate(lines) if line in wanted)
    while not lines[index].startswith("```{"):
        index -= 1
    return index + 1


def _project(tmp_path: Path, name: str) -> Path:
    srcdir = tmp_path / name
    shutil.copytree(ROOT, srcdir)
    (srcdir / "case.md").write_text(_page(name), encoding="utf-8")
    return srcdir


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_is_reported_with_location_and_fix(
    name: str, tmp_path: Path, make_app: Any
) -> None:
    srcdir = _project(tmp_path, name)
    app = make_app(
        "html", srcdir=srcdir, confoverrides={"lastenheft_node_modules": str(NODE_MODULES)}
    )
    app.build()
    _, marker, message = CASES[name]
    line = _line_of(_page(name), marker)
    subtype = SUBTYPES.get(name, name)
    expected = f"{srcdir / 'case.md'}:{line}: WARNING: {message} [lastenheft.{subtype}]"
    assert warnings_of(app).splitlines() == [expected]


def test_bad_input_fails_a_strict_build(tmp_path: Path) -> None:
    srcdir = _project(tmp_path, "cycle")
    result = sphinx_build(srcdir, tmp_path / "out", "-q")
    assert result.returncode != 0
    assert "runs in a circle" in result.stderr
    assert "[lastenheft.cycle]" in result.stderr


def test_a_subtype_can_be_suppressed(tmp_path: Path, make_app: Any) -> None:
    srcdir = _project(tmp_path, "cycle")
    app = make_app(
        "html",
        srcdir=srcdir,
        confoverrides={
            "lastenheft_node_modules": str(NODE_MODULES),
            "suppress_warnings": ["lastenheft.cycle"],
        },
    )
    app.build()
    assert warnings_of(app) == ""
