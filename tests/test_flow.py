"""The flow of a scene: ends, rework loops, loops without exit, unreachable activities,
decisions, and the customer's activities without a system."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from bs4 import BeautifulSoup

from sphinx_lastenheft.checks.objects import check_objects
from sphinx_lastenheft.checks.structure import check_structure
from sphinx_lastenheft.config import DiagramStyle, Settings, TypeNames
from sphinx_lastenheft.model.builder import build_model
from sphinx_lastenheft.model.process import Flow, ObjectData, ProcessModel
from sphinx_lastenheft.texts import LANGUAGES
from sphinx_lastenheft.texts.en_messages import MESSAGES
from sphinx_lastenheft.views.diagrams.interplay import interplay
from sphinx_lastenheft.views.diagrams.mermaid_text import node_id
from sphinx_lastenheft.views.diagrams.scene_diagram import scene_diagram
from sphinx_lastenheft.vocabulary import TYPES
from sphinx_lastenheft.warnings_ import Finding, WarningSubtype
from tests.conftest import sphinx_build, text_of
from tests.test_model import CONFIG, obj, scene
from tests.test_model import SETTINGS as ENGLISH

TEXTS = LANGUAGES["de"]
SETTINGS = Settings(
    options=CONFIG,
    texts=TEXTS,
    types={
        name: TypeNames(TEXTS.objects.type_titles[name], spec.prefix)
        for name, spec in TYPES.items()
    },
)


def activity(need_id: str, line: int, **links: str) -> ObjectData:
    return obj(need_id, "activity", line, step="PS-1", role="R-A", systems="SYS-1", **links)


def problems(objects: dict[str, ObjectData]) -> list[Finding]:
    """What the model's build and its structure checks report."""
    model, findings = build_model(objects, MESSAGES)
    return [*findings, *check_structure(model, objects, ENGLISH)]


def summary(findings: list[Finding]) -> list[tuple[WarningSubtype, int | None]]:
    return [(f.subtype, f.location.lineno) for f in findings]


def test_end_ends_the_flow_where_it_stands_and_after_the_last_activity() -> None:
    objects = scene(
        activity("TA-1", 5, next="TA-3 TA-2", branches="ja|nein"),
        activity("TA-2", 6, next="END"),
        activity("TA-3", 7),
    )
    model, findings = build_model(objects, MESSAGES)
    assert model.scenes["SZ-1"].flows == [
        Flow("TA-1", "TA-3", "ja"),
        Flow("TA-1", "TA-2", "nein"),
        Flow("TA-2", "END"),
        Flow("TA-3", "END"),
    ]
    assert [flow.ends for flow in model.scenes["SZ-1"].flows] == [False, False, True, True]
    assert findings == []
    assert list(check_structure(model, objects, ENGLISH)) == []


def test_end_can_be_one_way_out_of_a_decision() -> None:
    objects = scene(
        activity("TA-1", 5, next="TA-2 END", branches="berechtigt|abgelehnt"),
        activity("TA-2", 6),
    )
    model, _ = build_model(objects, MESSAGES)
    assert model.scenes["SZ-1"].flows == [
        Flow("TA-1", "TA-2", "berechtigt"),
        Flow("TA-1", "END", "abgelehnt"),
        Flow("TA-2", "END"),
    ]
    assert problems(objects) == []


def test_a_rework_loop_that_a_decision_leaves_is_fine() -> None:
    objects = scene(
        activity("TA-1", 5),
        activity("TA-2", 6, next="TA-4 TA-3", branches="OK|nicht OK"),
        activity("TA-3", 7, next="TA-2"),
        activity("TA-4", 8),
    )
    model, _ = build_model(objects, MESSAGES)
    assert Flow("TA-3", "TA-2") in model.scenes["SZ-1"].flows
    assert problems(objects) == []
    # An activity may also repeat itself until a decision lets it go on.
    objects = scene(activity("TA-1", 5, next="TA-1 END", branches="noch einmal|fertig"))
    assert problems(objects) == []


def test_a_loop_without_exit_is_reported_once_at_the_activity_that_leads_back() -> None:
    objects = scene(
        activity("TA-1", 5),
        activity("TA-2", 6),
        activity("TA-3", 7, next="TA-2"),
    )
    findings = problems(objects)
    # TA-1 reaches no end either, but only through the loop: the loop is the one problem.
    assert summary(findings) == [(WarningSubtype.CYCLE, 7)]
    assert findings[0].message == (
        "The flow of scene 'SZ-1' runs in a circle with no way out: TA-2 → TA-3 → TA-2. "
        "Give the loop an exit: make 'TA-3' a decision that also leads on (':next: TA-2, "
        "<activity or END>' with one label per way out in ':branches:'), or let its ':next:' "
        "lead forward."
    )


def test_an_activity_that_leads_only_to_itself_is_a_loop_without_exit() -> None:
    objects = scene(activity("TA-1", 5), activity("TA-2", 6, next="TA-2"))
    findings = problems(objects)
    assert summary(findings) == [(WarningSubtype.CYCLE, 6)]
    assert "TA-2 → TA-2" in findings[0].message


def test_an_activity_no_flow_leads_to_is_unreachable() -> None:
    objects = scene(
        activity("TA-1", 5, next="TA-3"),
        activity("TA-2", 6),
        activity("TA-3", 7),
    )
    findings = problems(objects)
    assert summary(findings) == [(WarningSubtype.UNREACHABLE, 6)]
    assert findings[0].message == (
        "The activity 'TA-2' of scene 'SZ-1' is never reached: no flow leads to it from the "
        "scene's start 'TA-1'. Name it in the ':next:' of an activity before it, or remove it."
    )


def test_a_broken_next_link_is_not_reported_again_as_a_flow_problem() -> None:
    # The unknown ID is reported by the checks of single objects; TA-2 only looks
    # unreachable because the link that was meant to lead there is broken.
    objects = scene(activity("TA-1", 5, next="TA-9"), activity("TA-2", 6))
    assert problems(objects) == []


def test_a_decision_needs_two_different_ways_out() -> None:
    one_way = scene(activity("TA-1", 5, next="TA-2", branches="ja"), activity("TA-2", 6))
    findings = problems(one_way)
    assert summary(findings) == [(WarningSubtype.DECISION, 5)]
    assert findings[0].message == (
        "The activity 'TA-1' has the branch label 'ja' for its only way out; a decision needs "
        "two or more ways out. Add the other ways out to ':next:' (an activity ID or END) "
        "with a label each, or remove ':branches:'."
    )
    twice = scene(activity("TA-1", 5, next="TA-2 TA-2", branches="ja|nein"), activity("TA-2", 6))
    findings = problems(twice)
    assert summary(findings) == [(WarningSubtype.DECISION, 5)]
    assert findings[0].message.startswith("The activity 'TA-1' names 'TA-2' twice in ':next:'")


def test_the_ways_out_of_a_decision_need_labels_of_their_own() -> None:
    objects = scene(activity("TA-1", 5, next="TA-2 END", branches="ja|ja"), activity("TA-2", 6))
    findings = problems(objects)
    assert summary(findings) == [(WarningSubtype.DECISION, 5)]
    assert findings[0].message == (
        "The activity 'TA-1' labels 2 ways out 'ja'; a reader tells the ways out of a decision "
        "apart by their labels. Give each way out a label of its own in ':branches:'."
    )
    # A label count that does not match stays a problem of the labels.
    objects = scene(activity("TA-1", 5, next="TA-2 END", branches="ja"), activity("TA-2", 6))
    assert summary(problems(objects)) == [(WarningSubtype.BRANCHES, 5)]


def test_end_is_no_id() -> None:
    objects = scene(activity("TA-1", 5))
    objects["END"] = obj("END", "system", 9)
    assert summary(problems(objects)) == [(WarningSubtype.ID_PATTERN, 9)]


def test_only_the_customer_acts_without_a_system() -> None:
    objects = scene(
        obj("TA-1", "activity", 5, step="PS-1", role="R-KU"),
        obj("TA-2", "activity", 6, step="PS-1", role="R-A"),
    )
    objects["R-KU"] = dataclasses.replace(obj("R-KU", "role", 2), fields={"customer": "yes"})
    findings = [f for f in check_objects(objects, SETTINGS) if f.location.lineno in (5, 6)]
    assert [(f.subtype, f.message) for f in findings] == [
        (
            WarningSubtype.MISSING_FIELD,
            # A German project reads its messages in German.
            "Tätigkeit 'TA-2' nennt kein Objekt vom Typ System. Ergänzen Sie eine Zeile "
            "':systems: <ID>'.",
        )
    ]
    objects["R-KU"] = dataclasses.replace(objects["R-KU"], fields={"customer": "vielleicht"})
    findings = sorted(
        (f for f in check_objects(objects, SETTINGS) if f.location.lineno in (2, 5)),
        key=lambda f: f.location.lineno or 0,
    )
    assert [(f.subtype, f.location.lineno) for f in findings] == [
        (WarningSubtype.UNKNOWN_VALUE, 2),
        (WarningSubtype.MISSING_FIELD, 5),
    ]
    assert findings[0].message == (
        "Rolle 'R-KU': ':customer: vielleicht' ist kein Ja. Schreiben Sie ':customer: yes' "
        "(oder 'ja') für die Rolle des Kunden, oder entfernen Sie die Zeile."
    )


def test_the_interplay_tells_an_end_before_the_last_activity() -> None:
    objects = scene(
        activity("TA-1", 5, next="TA-3 TA-2", branches="ja|nein"),
        activity("TA-2", 6, next="END"),
        activity("TA-3", 7),
    )
    objects["SYS-1"] = obj("SYS-1", "system", 9)
    model, _ = build_model(objects, MESSAGES)
    code = interplay(model, "SZ-1", TEXTS.diagrams)
    assert code is not None
    note = f"Note over {node_id('R-A')}: Ende"
    # after TA-2, the flow ends where the page goes on; after TA-3, the diagram ends anyway
    assert code.count(note) == 1
    assert code.index(note) < code.index(": ta-3")


def test_an_activity_that_repeats_itself_turns_at_a_point_in_its_lane() -> None:
    objects = scene(activity("TA-1", 5, next="TA-1 END", branches="noch einmal|fertig"))
    model, _ = build_model(objects, MESSAGES)
    a, turn, stop = node_id("TA-1"), f"turn_{node_id('TA-1')}", f"stop_{node_id('TA-1')}"
    swimlane = _draw(model, "swimlane")
    assert f'        {turn}@{{ shape: f-circ }}\n        {stop}(("Ende"))\n    end' in swimlane
    assert f'    {a} -->|"noch einmal"| {turn}\n    {turn} --> {a}\n' in swimlane
    # a flowchart draws the loop from the box to itself
    flowchart = _draw(model, "flowchart")
    assert f'    {a} -->|"noch einmal"| {a}\n' in flowchart
    assert "turn_" not in flowchart


def _draw(model: ProcessModel, style: DiagramStyle) -> str:
    return scene_diagram(
        model,
        "SZ-1",
        style=style,
        direction="TB",
        system_prefix="SYS-",
        href=lambda i: i,
        end_label="Ende",
    )


ORGANISATION = """\
# Organisation

```{role} Service-Innendienst
:id: R-SI
```

```{role} Qualitätssicherung
:id: R-QS
```

```{role} Kunde
:id: R-KU
:customer: yes
```

```{system} CRM-System
:id: SYS-CRM
```
"""

SCENE = """\
# Reklamation

```{scene} Reklamation wird zufriedener Kunde
:id: SZ-06
:area: Service
:trigger: Kunde meldet einen Mangel
:outcome: Kunde ist zufrieden
```

```{swimlane}
```

```{interplay}
```

```{step} Annehmen
:id: PS-06-1
```

```{activity} Mangel melden
:id: TA-06-01
:role: R-KU
```

```{activity} Berechtigung prüfen
:id: TA-06-02
:role: R-SI
:systems: SYS-CRM
:next: TA-06-03, END
:branches: berechtigt | abgelehnt
```

```{step} Lösen
:id: PS-06-2
```

```{activity} Lösung prüfen
:id: TA-06-03
:role: R-QS
:systems: SYS-CRM
:next: TA-06-05, TA-06-04
:branches: OK | nicht OK
```

```{activity} Lösung nachbessern
:id: TA-06-04
:role: R-SI
:systems: SYS-CRM
:next: {back}
```

```{activity} Lösung bestätigen
:id: TA-06-05
:role: R-KU
:systems: SYS-CRM
```
"""


def _project(tmp_path: Path, back: str) -> Path:
    srcdir = tmp_path / "src"
    srcdir.mkdir()
    (srcdir / "conf.py").write_text(
        'project = "Fluss"\nlanguage = "de"\nextensions = ["sphinx_lastenheft"]\n', encoding="utf-8"
    )
    (srcdir / "index.md").write_text(
        "# Fluss\n\n```{toctree}\nscene\norganisation\n```\n", encoding="utf-8"
    )
    (srcdir / "organisation.md").write_text(ORGANISATION, encoding="utf-8")
    (srcdir / "scene.md").write_text(SCENE.replace("{back}", back), encoding="utf-8")
    return srcdir


def test_a_rework_loop_and_an_end_build_and_are_drawn(tmp_path: Path) -> None:
    result = sphinx_build(_project(tmp_path, "TA-06-03"), tmp_path / "out")
    assert (result.returncode, result.stderr) == (0, "")
    page = BeautifulSoup((tmp_path / "out" / "scene.html").read_text("utf-8"), "html.parser")
    swimlane, sequence = (pre.get_text() for pre in page.select("pre.mermaid"))
    rejected, customer = (f"stop_{node_id(i)}" for i in ("TA-06-02", "TA-06-05"))
    lanes = re.findall(r"subgraph (\S+)\[.*?\n    end", swimlane, re.DOTALL)
    assert len(lanes) == 3
    # each end stands in the lane of the activity that ends the flow
    service = swimlane[swimlane.index('["Service-Innendienst"]') :].split("\n    end")[0]
    assert f'{rejected}(("Ende"))' in service
    assert f'{customer}(("Ende"))' in swimlane[swimlane.index('["Kunde"]') :].split("\n    end")[0]
    assert f'{node_id("TA-06-02")} -->|"abgelehnt"| {rejected}' in swimlane
    assert f"{node_id('TA-06-05')} --> {customer}" in swimlane
    # the back edge of the rework loop is an edge like any other
    assert f"{node_id('TA-06-04')} --> {node_id('TA-06-03')}" in swimlane
    # the interplay tells the end in its branch; the customer acts without a system
    assert "    else abgelehnt\n        Note over n_R_2dSI: Ende\n" in sequence
    assert "Note over n_R_2dKU: Mangel melden" in sequence
    # the need links only to activities: END is no dead link
    decision = text_of(page.find(id="TA-06-02"))
    assert "weiter mit: TA-06-03 " in decision + " "
    assert "END" not in decision


def test_a_loop_without_exit_fails_the_build_with_file_and_line(tmp_path: Path) -> None:
    srcdir = _project(tmp_path, "TA-06-04")
    result = sphinx_build(srcdir, tmp_path / "out")
    assert result.returncode != 0
    line = SCENE.splitlines().index("```{activity} Lösung nachbessern") + 1
    assert f"{srcdir / 'scene.md'}:{line}: WARNING: Der Ablauf der Szene 'SZ-06' läuft im " in (
        result.stderr
    )
    assert "TA-06-04 → TA-06-04. " in result.stderr
    assert "[lastenheft.cycle]" in result.stderr
