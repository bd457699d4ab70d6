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
        "Tätigkeit 'TA-09-01' verweist in 'role' auf 'R-XX', aber kein Objekt hat diese ID. "
        "Korrigieren Sie die ID oder legen Sie 'R-XX' an (Rolle).",
    ),
    "duplicate_id": (
        ok("TA-09-01") + ok("TA-09-01"),
        "TA-09-01",
        "Die ID 'TA-09-01' ist schon vergeben an 'Titel TA-09-01' (case.md:14). Geben Sie "
        "diesem Objekt eine eigene ID; eine ID wird nie zweimal verwendet.",
    ),
    "missing_id": (
        ok("TA-09-01") + "\n```{activity} Ohne Kennung\n:role: R-SI\n```\n",
        ":role: R-SI",
        "Tätigkeit 'Ohne Kennung' hat keine ID. Ergänzen Sie eine Zeile ':id: TA-…' mit einer "
        "eindeutigen ID, die für immer gleich bleibt: Protokolle und Antworten der Anbieter "
        "zitieren sie.",
    ),
    "id_pattern": (
        ok("ANF-09-01"),
        "ANF-09-01",
        "Die ID 'ANF-09-01' (Tätigkeit 'Titel ANF-09-01') folgt nicht dem Muster 'TA-<Nummer "
        "oder Kürzel>'. Benennen Sie sie um, z. B. 'TA-01'.",
    ),
    "link_type": (
        activity("TA-09-01", ":role: SYS-CRM", ":systems: SYS-CRM"),
        "TA-09-01",
        "Tätigkeit 'TA-09-01' verweist in 'role' auf 'SYS-CRM' (System), erwartet wird: Rolle. "
        "Nennen Sie dort ein Objekt vom Typ Rolle.",
    ),
    "link_type_owner": (
        requirement(
            "ANF-09-01", DERIVED, ACCEPTED, ":priority: Muss", ":category: Funktion"
        ).replace(DERIVED, DERIVED + "\n:role: R-SI")
        + ok("TA-09-01"),
        "ANF-09-01",
        "Anforderung 'ANF-09-01' hat einen Link 'role', den nur Objekte vom Typ Tätigkeit und "
        "Abnahmetestfall haben. Entfernen Sie die Zeile ':role: …'.",
    ),
    "missing_field": (
        activity("TA-09-01", ":role: R-SI"),
        "TA-09-01",
        "Tätigkeit 'TA-09-01' nennt kein Objekt vom Typ System. Ergänzen Sie eine Zeile "
        "':systems: <ID>'.",
    ),
    "missing_acceptance": (
        ok("TA-09-01")
        + requirement("ANF-09-01", DERIVED, ":priority: Muss", ":category: Funktion"),
        "ANF-09-01",
        "Anforderung 'ANF-09-01': das Feld 'acceptance' fehlt. Ergänzen Sie eine Zeile "
        "':acceptance: …'.",
    ),
    "unknown_priority": (
        ok("TA-09-01")
        + requirement("ANF-09-01", DERIVED, ACCEPTED, ":priority: Hoch", ":category: Funktion"),
        "ANF-09-01",
        "Anforderung 'ANF-09-01': 'Hoch' ist kein zulässiger Wert für 'priority' (Muss, Soll, "
        "Kann). Verwenden Sie einen dieser Werte.",
    ),
    "unknown_category": (
        ok("TA-09-01")
        + requirement("ANF-09-01", DERIVED, ACCEPTED, ":priority: Muss", ":category: Sonstiges"),
        "ANF-09-01",
        "Anforderung 'ANF-09-01': 'Sonstiges' ist kein zulässiger Wert für 'category' "
        "(Funktion, Information, Schnittstelle, Qualität, Rahmen). Verwenden Sie einen dieser "
        "Werte.",
    ),
    "underived": (
        ok("TA-09-01")
        + requirement("ANF-09-01", ACCEPTED, ":priority: Muss", ":category: Funktion"),
        "ANF-09-01",
        "Die Anforderung 'ANF-09-01' ist aus keiner Tätigkeit abgeleitet. Ergänzen Sie eine "
        "Zeile ':derived_from: <IDs der Tätigkeiten>', die die Tätigkeiten nennt, die sie "
        "brauchen.",
    ),
    "orphan_activity": (
        ok("TA-09-01")
        + "\n```{scene} Zweite\n:id: SZ-10\n:area: Service\n:trigger: t\n:outcome: o\n```\n"
        + ok("TA-10-01")
        + "\n```{step} Zu spät\n:id: PS-10-1\n```\n"
        + ok("TA-10-02"),
        "TA-10-01",
        "Die Tätigkeit 'TA-10-01' gehört zu keinem Prozessschritt: auf ihrer Seite steht kein "
        "Schritt über ihr. Setzen Sie sie unter ihren Schritt oder ergänzen Sie eine Zeile "
        "':step: <ID des Schritts>'.",
    ),
    "orphan_step": (
        "",
        "PS-09-1",
        "Der Prozessschritt 'PS-09-1' gehört zu keiner Kundenszene: auf seiner Seite steht "
        "keine Szene über ihm. Setzen Sie ihn unter seine Szene oder ergänzen Sie eine Zeile "
        "':scene: <ID der Szene>'.",
    ),
    "next_scene": (
        ok("TA-09-01", ":next: TA-01-01"),
        "TA-09-01",
        "Die Tätigkeit 'TA-09-01' der Szene 'SZ-09' geht weiter mit 'TA-01-01' der Szene "
        "'SZ-01'; ein Ablauf bleibt in seiner Szene. Nennen Sie in ':next:' eine Tätigkeit von "
        "'SZ-09' oder END.",
    ),
    "cycle": (
        ok("TA-09-01") + ok("TA-09-02") + ok("TA-09-03", ":next: TA-09-02"),
        "TA-09-03",
        "Der Ablauf der Szene 'SZ-09' läuft im Kreis ohne Ausgang: TA-09-02 → TA-09-03 → "
        "TA-09-02. Geben Sie der Schleife einen Ausgang: machen Sie 'TA-09-03' zu einer "
        "Entscheidung, die auch weiterführt (':next: TA-09-02, <Tätigkeit oder END>' mit einer "
        "Beschriftung je Ausgang in ':branches:'), oder lassen Sie ihr ':next:' vorwärts "
        "führen.",
    ),
    "branches": (
        ok("TA-09-01", ":next: TA-09-02, TA-09-03", ":branches: ja")
        + ok("TA-09-02")
        + ok("TA-09-03"),
        "TA-09-01",
        "Die Tätigkeit 'TA-09-01' hat 1 Beschriftungen der Verzweigung für 2 Nachfolger. Geben "
        "Sie je ID in ':next:' eine Beschriftung, in derselben Reihenfolge, getrennt durch '|'.",
    ),
    "role_count": (
        activity("TA-09-01", ":role: R-SI, R-KU", ":systems: SYS-CRM"),
        "TA-09-01",
        "Tätigkeit 'TA-09-01' nennt 2 Rollen (R-SI, R-KU); eine Tätigkeit hat eine Rolle, die "
        "Bahn, in der sie gezeichnet wird. Behalten Sie die verantwortliche Rolle und teilen "
        "Sie gemeinsame Arbeit in eine Tätigkeit je Rolle.",
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
    assert "läuft im Kreis ohne Ausgang" in result.stderr
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
