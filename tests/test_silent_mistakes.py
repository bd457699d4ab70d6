"""Mistakes that used to pass silently: each is one warning with its own subtype, at the file
and line where it is written, and fails a strict build. Random input never breaks the build."""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

import pytest

from sphinx_lastenheft.sources.identifiers import lookalike_problem
from sphinx_lastenheft.sources.scanner import Block, Option, Table, TableRow, read_block, repeated
from sphinx_lastenheft.texts.en_messages import MESSAGES
from tests.conftest import sphinx_build

CONF = 'project = "Stille Fehler"\nlanguage = "de"\nextensions = ["sphinx_lastenheft"]\n'
INDEX = "# Stille Fehler\n\n```{toctree}\n:glob:\n\n*\n```\n"

ROLE = "```{role} Service-Innendienst\n:id: R-SI\n```\n"
SYSTEM = "```{system} CRM\n:id: SYS-CRM\n```\n"
SCENE = """\
```{scene} Fall
:id: SZ-01
:area: Service
:trigger: Ein Kunde meldet sich
:outcome: Der Vorgang ist erfasst
```
"""
STEP = "```{step} Aufnehmen\n:id: PS-01-1\n```\n"
FIRST = "```{activity} Erfassen\n:id: TA-01-01\n:role: R-SI\n:systems: SYS-CRM\n```\n"
SECOND = "```{activity} Bestätigen\n:id: TA-01-02\n:role: R-SI\n:systems: SYS-CRM\n```\n"
REQUIREMENT = """\
```{req} Vorgang im CRM
:id: ANF-01
:priority: Muss
:category: Funktion
:acceptance: Ein Vorgang lässt sich anlegen.
:derived_from: TA-01-01, TA-01-02
```
"""
TEST = """\
```{test} Vorgang anlegen
:id: AT-01
:verifies: ANF-01

| Nr. | Aktion | Erwartetes Ergebnis |
| --- | --- | --- |
| 1 | Legt einen Vorgang an. | Der Vorgang ist gespeichert. |
```
"""
PARTS = (ROLE, SYSTEM, SCENE, STEP, FIRST, SECOND, REQUIREMENT, TEST)


def page(*parts: str) -> str:
    return "# Fall\n\n" + "\n".join(parts)


def write_project(srcdir: Path, **pages: str) -> Path:
    """A project in ``srcdir`` with the given pages (document name: text) in its toctree."""
    srcdir.mkdir(parents=True)
    (srcdir / "conf.py").write_text(CONF, encoding="utf-8")
    (srcdir / "index.md").write_text(INDEX, encoding="utf-8")
    for name, text in pages.items():
        (srcdir / f"{name}.md").write_text(text, encoding="utf-8")
    return srcdir


def line_of(text: str, line: str, occurrence: int = 1) -> int:
    """The number of the line that reads ``line``; of its n-th ``occurrence``."""
    numbers = [n for n, text_line in enumerate(text.splitlines(), 1) if text_line == line]
    return numbers[occurrence - 1]


def warnings_in(stderr: str) -> list[str]:
    # Lines end at line feeds only: a message may quote a U+2028 LINE SEPARATOR.
    return [line for line in stderr.split("\n") if "WARNING:" in line]


def assert_warnings(
    tmp_path: Path, pages: dict[str, str], expected: list[tuple[str, int, str, str]]
) -> None:
    """Build strictly; the build fails with exactly the ``expected`` warnings, each given as
    (document, line, subtype, a part of the message), in this order."""
    srcdir = write_project(tmp_path / "src", **pages)
    result = sphinx_build(srcdir, tmp_path / "out")
    assert result.returncode != 0
    found = warnings_in(result.stderr)
    assert len(found) == len(expected), result.stderr
    for warning, (docname, line, subtype, part) in zip(found, expected, strict=True):
        assert warning.startswith(f"{srcdir / docname}.md:{line}: WARNING: "), warning
        assert warning.endswith(f"[lastenheft.{subtype}]"), warning
        assert part in warning, warning


def test_a_project_without_mistakes_builds_clean(tmp_path: Path) -> None:
    srcdir = write_project(tmp_path / "src", case=page(*PARTS))
    result = sphinx_build(srcdir, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert warnings_in(result.stderr) == []


def test_repeated_values_in_lists_and_links(tmp_path: Path) -> None:
    first = FIRST.replace(":systems: SYS-CRM", ":systems: SYS-CRM, SYS-CRM")
    requirement = REQUIREMENT.replace("TA-01-01, TA-01-02", "TA-01-01, TA-01-02, TA-01-01")
    scene = SCENE.replace(":area: Service", ":area: Service, Service")
    text = page(ROLE, SYSTEM, scene, STEP, first, SECOND, requirement, TEST)
    assert_warnings(
        tmp_path,
        {"case": text},
        [
            ("case", line_of(text, ":area: Service, Service"), "repeated_value",
             "Kundenszene 'SZ-01' nennt 'Service' 2-mal in ':area:'. Nennen Sie den Wert einmal."),
            ("case", line_of(text, ":systems: SYS-CRM, SYS-CRM"), "repeated_value",
             "Tätigkeit 'TA-01-01' nennt 'SYS-CRM' 2-mal in ':systems:'."),
            ("case", line_of(text, ":derived_from: TA-01-01, TA-01-02, TA-01-01"),
             "repeated_value", "'TA-01-01' 2-mal in ':derived_from:'"),
        ],
    )  # fmt: skip


def test_lists_separated_with_semicolons(tmp_path: Path) -> None:
    requirement = REQUIREMENT.replace("TA-01-01, TA-01-02", "TA-01-01; TA-01-02")
    scene = SCENE.replace(":area: Service", ":area: Service; Vertrieb")
    text = page(ROLE, SYSTEM, scene, STEP, FIRST, SECOND, requirement, TEST)
    assert_warnings(
        tmp_path,
        {"case": text},
        [
            ("case", line_of(text, ":area: Service; Vertrieb"), "separator",
             "Kundenszene 'SZ-01' trennt die Werte in ':area:' mit ';'. Trennen Sie sie mit ','."),
            ("case", line_of(text, ":derived_from: TA-01-01; TA-01-02"), "separator",
             "Anforderung 'ANF-01' trennt die Werte in ':derived_from:' mit ';'."),
        ],
    )  # fmt: skip


def test_a_parent_named_against_the_page(tmp_path: Path) -> None:
    # Below the second step: an activity naming the first step, and a step naming another
    # scene (which is written on a page of its own).
    second_step = "```{step} Prüfen\n:id: PS-01-2\n```\n"
    misplaced = SECOND.replace("TA-01-02\n", "TA-01-02\n:step: PS-01-1\n")
    third = FIRST.replace("TA-01-01", "TA-01-03")
    other_step = "```{step} Woanders\n:id: PS-02-1\n:scene: SZ-02\n```\n"
    fourth = FIRST.replace("TA-01-01", "TA-02-01")
    text = page(
        ROLE, SYSTEM, SCENE, STEP, FIRST, second_step, misplaced, third, REQUIREMENT, TEST,
        other_step, fourth,
    )  # fmt: skip
    other = "# Zweiter Fall\n\n" + SCENE.replace("SZ-01", "SZ-02")
    assert_warnings(
        tmp_path,
        {"case": text, "other": other},
        [
            ("case", line_of(text, ":step: PS-01-1"), "position",
             "Tätigkeit 'TA-01-02' steht unter 'PS-01-2' (Prozessschritt), nennt aber 'PS-01-1' "
             "in ':step:'. Setzen Sie es unter das Objekt, zu dem es gehört, oder entfernen Sie "
             "':step:'."),
            ("case", line_of(text, ":scene: SZ-02"), "position",
             "Prozessschritt 'PS-02-1' steht unter 'SZ-01' (Kundenszene), nennt aber 'SZ-02' "
             "in ':scene:'. Setzen Sie es unter das Objekt, zu dem es gehört, oder entfernen Sie "
             "':scene:'."),
        ],
    )  # fmt: skip


def test_a_step_left_empty_by_a_misplaced_activity_is_reported_once(tmp_path: Path) -> None:
    # The only activity below the second step names the first: one mistake, one warning.
    second_step = "```{step} Prüfen\n:id: PS-01-2\n```\n"
    misplaced = SECOND.replace("TA-01-02\n", "TA-01-02\n:step: PS-01-1\n")
    text = page(ROLE, SYSTEM, SCENE, STEP, FIRST, second_step, misplaced, REQUIREMENT, TEST)
    assert_warnings(
        tmp_path,
        {"case": text},
        [
            ("case", line_of(text, ":step: PS-01-1"), "position",
             "Tätigkeit 'TA-01-02' steht unter 'PS-01-2' (Prozessschritt), nennt aber 'PS-01-1' "
             "in ':step:'. Setzen Sie es unter das Objekt, zu dem es gehört, oder entfernen Sie "
             "':step:'."),
        ],
    )  # fmt: skip


def test_a_scene_without_steps_and_a_step_without_activities(tmp_path: Path) -> None:
    empty_step = "```{step} Nachfassen\n:id: PS-01-2\n```\n"
    text = page(*PARTS, empty_step)
    other = "# Zweiter Fall\n\n" + SCENE.replace("SZ-01", "SZ-02")
    assert_warnings(
        tmp_path,
        {"case": text, "other": other},
        [
            ("case", line_of(text, "```{step} Nachfassen"), "empty",
             "Prozessschritt 'PS-01-2' enthält kein Objekt vom Typ Tätigkeit. Schreiben Sie auf "
             "der Seite mindestens eines darunter, oder entfernen Sie das Objekt."),
            ("other", 3, "empty",
             "Kundenszene 'SZ-02' enthält kein Objekt vom Typ Prozessschritt."),
        ],
    )  # fmt: skip


def test_an_option_given_twice(tmp_path: Path) -> None:
    first = FIRST.replace(":systems: SYS-CRM\n", ":systems: SYS-CRM\n:role: R-SI\n")
    text = page(ROLE, SYSTEM, SCENE, STEP, first, SECOND, REQUIREMENT, TEST)
    lines = line_of(text, ":role: R-SI"), line_of(text, ":role: R-SI", 2)
    assert_warnings(
        tmp_path,
        {"case": text},
        [
            ("case", lines[1], "repeated_option",
             f"Tätigkeit 'TA-01-01' gibt ':role:' zweimal an, in den Zeilen {lines[0]} und "
             f"{lines[1]}; nur die letzte zählt."),
        ],
    )  # fmt: skip


def test_acceptance_tests_without_steps_or_expected_results(tmp_path: Path) -> None:
    missing = """\
```{test} Vorgang anlegen
:id: AT-01
:verifies: ANF-01

| Nr. | Aktion | Erwartetes Ergebnis |
| --- | --- | --- |
| 1 | Legt einen Vorgang an. | |
| 2 | Schließt den Vorgang. |
```
"""
    no_table = "```{test} Ohne Schritte\n:id: AT-02\n:verifies: ANF-01\n\nNur Text.\n```\n"
    english = TEST.replace("AT-01", "AT-03").replace("Erwartetes Ergebnis", "Expected result")
    text = page(ROLE, SYSTEM, SCENE, STEP, FIRST, SECOND, REQUIREMENT, missing, no_table, english)
    assert_warnings(
        tmp_path,
        {"case": text},
        [
            ("case", line_of(text, "| 1 | Legt einen Vorgang an. | |"), "test_steps",
             "Schritt 1 von Abnahmetestfall 'AT-01' hat kein erwartetes Ergebnis. Schreiben Sie "
             "in die Spalte 'Erwartetes Ergebnis', was der Tester sehen muss"),
            ("case", line_of(text, "| 2 | Schließt den Vorgang. |"), "test_steps",
             "Schritt 2 von Abnahmetestfall 'AT-01' hat kein erwartetes Ergebnis."),
            ("case", line_of(text, "```{test} Ohne Schritte"), "test_steps",
             "Abnahmetestfall 'AT-02' hat keine Schritte: sein Text enthält keine Tabelle mit "
             "einer Spalte 'Erwartetes Ergebnis'."),
        ],
    )  # fmt: skip


def test_two_roles_or_systems_with_one_name(tmp_path: Path) -> None:
    role = ROLE.replace("R-SI", "R-SID").replace("Service-Innendienst", "service-innendienst")
    system = SYSTEM.replace("SYS-CRM", "SYS-CRM2")
    text = page(ROLE, SYSTEM, role, system, SCENE, STEP, FIRST, SECOND, REQUIREMENT, TEST)
    assert_warnings(
        tmp_path,
        {"case": text},
        [
            ("case", line_of(text, "```{role} service-innendienst"), "duplicate_name",
             "Rolle 'R-SID' hat den Namen 'service-innendienst' wie 'R-SI' (case.md:3). Geben "
             "Sie jedem Objekt vom Typ Rolle einen eigenen Namen"),
            ("case", line_of(text, "```{system} CRM", 2), "duplicate_name",
             "wie 'SYS-CRM' (case.md:7)"),
        ],
    )  # fmt: skip


def test_look_alike_characters_in_ids_and_links(tmp_path: Path) -> None:
    # U+2011 NON-BREAKING HYPHEN, as word processors put it into 'TA-01-03'.
    bad_id = FIRST.replace("TA-01-01", "TA\u201101\u201103")
    second = SECOND.replace(":role: R-SI", ":role: R\u2013SI")  # an en dash
    text = page(ROLE, SYSTEM, SCENE, STEP, FIRST, second, bad_id, REQUIREMENT, TEST)
    assert_warnings(
        tmp_path,
        {"case": text},
        [
            # Found while the page is read: sphinx-needs would refuse the ID.
            ("case", line_of(text, "```{activity} Erfassen", 2), "lookalike",
             "Tätigkeit 'Erfassen' hat eine ID, die kein Link nennen kann: 'TA\u201101\u201103' "
             "enthält U+2011 NON-BREAKING HYPHEN an den Stellen 3 und 6: tippen Sie ein "
             "einfaches '-'."),
            ("case", line_of(text, "```{activity} Bestätigen"), "lookalike",
             "Tätigkeit 'TA-01-02' verweist in 'role' auf eine ID, die kein Objekt hat: "
             "'R\u2013SI' enthält U+2013 EN DASH an Stelle 2: tippen Sie ein einfaches '-'."),
        ],
    )  # fmt: skip


def test_the_scanner_keeps_every_option_line_and_the_tables() -> None:
    myst = (
        "```{test} T\n:id: AT-01\n:role: R-\u2028SI\n:role: R-SI\n\n"
        "| Nr. | Expected result |\n|:--|--:|\n| 1 | a \\| b |\n| 2 |\n\nText\n```\n"
    )
    block = read_block(myst, 10)
    # U+2028 ends no line in Markdown: the lines are those MyST counts.
    assert block.options == (
        Option("id", "AT-01", 11),
        Option("role", "R-\u2028SI", 12),
        Option("role", "R-SI", 13),
    )
    assert repeated(block.options) == [(block.options[1], block.options[2])]
    assert block.tables == (
        Table(("Nr.", "Expected result"), (TableRow(17, ("1", "a \\| b")), TableRow(18, ("2",)))),
    )
    rst = ".. activity:: A\n   :id: TA-01\n\n   | a line block\n"
    assert read_block(rst, 5) == Block((Option("id", "TA-01", 6),), None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("TA-01", ""),
        ("\u0422A-01", "U+0422 CYRILLIC CAPITAL LETTER TE at position 1: type a plain Latin 'T'"),
        ("TA-\u200b01", "U+200B ZERO WIDTH SPACE at position 4: delete it"),
        ("TA-\u00ad01", "U+00AD SOFT HYPHEN at position 4: delete it"),
        ("TA\u221201", "U+2212 MINUS SIGN at position 3: type a plain '-'"),
        ("TA-\uff10\uff11", "U+FF10 FULLWIDTH DIGIT ZERO at position 4: type a plain '0'"),
        ("TA-\u00df", "U+00DF LATIN SMALL LETTER SHARP S at position 4: replace it with a plain "),
    ],
)
def test_look_alikes_are_named_with_the_character_to_type(text: str, problem: str) -> None:
    assert problem in lookalike_problem(text, MESSAGES)
    assert bool(lookalike_problem(text, MESSAGES)) == bool(problem)


# Random input: objects of every type with options from their own and the others' vocabulary,
# IDs drawn from a small pool so that links often resolve and IDs now and then repeat.
PREFIXES = {
    "scene": "SZ-", "step": "PS-", "activity": "TA-", "role": "R-", "system": "SYS-",
    "req": "ANF-", "test": "AT-",
}  # fmt: skip
OPTIONS = (
    "id", "area", "trigger", "outcome", "scene", "step", "role", "systems", "next", "branches",
    "satisfaction", "org_unit", "headcount", "priority", "category", "acceptance",
    "derived_from", "concerns", "verifies", "walks_through", "preconditions", "test_data",
    "rationale", "unknown",
)  # fmt: skip
#: Characters that break things: look-alikes, invisible ones, Markdown and separators.
TRICKY = (
    "\u2011\u2013\u2014\u00a0\u200b\u2028\u0410\u0435\u00df\u00e9\U0001f600"
    "`*_[]{}<>|;,:'\"\\#$%&!~-=+ "
)
PLAIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _random_text(rng: random.Random, length: int) -> str:
    return "".join(rng.choice(TRICKY + PLAIN) for _ in range(length))


def _random_id(rng: random.Random, directive: str = "") -> str:
    prefix = PREFIXES.get(directive) or rng.choice(list(PREFIXES.values()))
    return f"{prefix}{rng.randrange(12)}"


def _random_value(rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind < 2:
        separator = rng.choice([", ", ", ", ";", " | ", " "])
        return separator.join(_random_id(rng) for _ in range(rng.randrange(1, 4)))
    if kind == 2:
        return _random_id(rng) + rng.choice(TRICKY) + rng.choice(["", "END", _random_id(rng)])
    if kind == 3:
        return rng.choice(["Service", "Muss", "Funktion", "3", "END", "Vertrieb, Service"])
    return _random_text(rng, rng.randrange(0, 12))


def random_page(seed: int, count: int = 80) -> str:
    rng = random.Random(seed)
    parts = ["# Zufall\n"]
    for _ in range(count):
        directive = rng.choice(list(PREFIXES))
        lines = [f"```{{{directive}}} {_random_text(rng, rng.randrange(0, 10))}"]
        if rng.random() < 0.9:
            value = _random_id(rng, directive)
            if rng.random() < 0.2:
                position = rng.randrange(len(value) + 1)
                value = value[:position] + rng.choice(TRICKY) + value[position:]
            lines.append(f":id: {value}")
        lines += [
            f":{rng.choice(OPTIONS)}: {_random_value(rng)}" for _ in range(rng.randrange(0, 6))
        ]
        if rng.random() < 0.3:
            lines += ["", "| Nr. | Aktion | Erwartetes Ergebnis |", "| --- | --- | --- |"]
            lines += [f"| {n} | {_random_text(rng, 5)} |" for n in range(rng.randrange(3))]
        parts.append("\n".join([*lines, "```\n"]))
    return "\n".join(parts)


LOCATED = re.compile(r"^\S.*:\d+: WARNING: ")


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_random_input_never_breaks_the_build(seed: int, tmp_path: Path) -> None:
    srcdir = write_project(tmp_path / "src", case=page(*PARTS), random=random_page(seed))
    result = sphinx_build(srcdir, tmp_path / "out", strict=False)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "Exception occurred" not in result.stderr
    unlocated = [w for w in warnings_in(result.stderr) if not LOCATED.match(w)]
    assert unlocated == []


def test_a_view_naming_an_id_with_a_lookalike_character_names_the_character(
    tmp_path: Path,
) -> None:
    srcdir = tmp_path / "src"
    shutil.copytree(Path(__file__).parent / "roots" / "test-scene", srcdir)
    scene = srcdir / "scene.md"
    text = scene.read_text("utf-8")
    line = len(text.splitlines()) + 2
    scene.write_text(text + "\n```{swimlane} SZ\u201106\n```\n", "utf-8")
    result = sphinx_build(srcdir, tmp_path / "out")
    assert result.returncode != 0
    assert (
        f"{scene}:{line}: WARNING: Das Diagramm (swimlane) nennt die Szene 'SZ\u201106', aber "
        f"keine Kundenszene hat diese ID. Korrigieren Sie die ID. 'SZ\u201106' enthält U+2011 "
        f"NON-BREAKING HYPHEN an Stelle 3"
    ) in result.stderr
    assert "[lastenheft.lookalike]" in result.stderr


def test_a_reference_in_the_text_with_a_lookalike_character_names_the_character(
    tmp_path: Path,
) -> None:
    text = page(*PARTS) + "\nSiehe {need}`ANF\u201101`.\n"
    assert_warnings(
        tmp_path,
        {"case": text},
        [
            ("case", line_of(text, "Siehe {need}`ANF\u201101`."), "lookalike",
             "Der Verweis '{need}`ANF\u201101`' nennt eine ID, die kein Objekt hat: "
             "'ANF\u201101' enthält U+2011 NON-BREAKING HYPHEN an Stelle 4: tippen Sie ein "
             "einfaches '-'."),
        ],
    )  # fmt: skip


def test_a_step_whose_only_activity_has_no_id_is_reported_once(tmp_path: Path) -> None:
    # The activity is lost with its ID: one mistake, one warning, not also an empty step.
    second_step = "```{step} Prüfen\n:id: PS-01-2\n```\n"
    nameless = "```{activity} Ohne Kennung\n:role: R-SI\n:systems: SYS-CRM\n```\n"
    text = page(*PARTS, second_step, nameless)
    assert_warnings(
        tmp_path,
        {"case": text},
        [("case", line_of(text, "```{activity} Ohne Kennung"), "missing_id",
          "Tätigkeit 'Ohne Kennung' hat keine ID.")],
    )  # fmt: skip
