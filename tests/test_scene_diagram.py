"""The Mermaid text of a scene's swimlane diagram, from a model built in the test."""

from __future__ import annotations

import json
import re

from sphinx_lastenheft.model.builder import build_model
from sphinx_lastenheft.texts.en_messages import MESSAGES
from sphinx_lastenheft.views.diagrams.mermaid_text import node_id
from sphinx_lastenheft.views.diagrams.scene_diagram import BANDS_COMMENT, scene_diagram
from tests.test_model import obj, scene


def test_ids_that_differ_only_in_dot_underscore_or_dash_are_distinct_nodes() -> None:
    ids = ["TA-01.2", "TA-01_2", "TA-01-2"]
    objects = scene(
        *(obj(i, "activity", 5 + n, step="PS-1", role="R-A") for n, i in enumerate(ids))
    )
    model, findings = build_model(objects, MESSAGES)
    assert findings == []
    code = scene_diagram(
        model,
        "SZ-1",
        style="flowchart",
        direction="TB",
        system_prefix="SYS-",
        href=lambda i: i,
        end_label="Ende",
    )
    nodes = re.findall(r"^\s+(\S+)\[\"", code, re.MULTILINE)
    assert len(nodes) == len(set(nodes)) == 3
    assert nodes == [node_id(i) for i in ids]
    # the flow runs from each box to the next, never from a box to itself, and then ends
    edges = re.findall(r"^\s+(\S+) --> (\S+)$", code, re.MULTILINE)
    assert edges == [(nodes[0], nodes[1]), (nodes[1], nodes[2]), (nodes[2], f"stop_{nodes[2]}")]
    # each box links to its own activity
    assert re.findall(r'click (\S+) href "([^"]+)"', code) == list(zip(nodes, ids, strict=True))


def test_node_ids_keep_letters_and_digits_and_escape_the_rest() -> None:
    assert node_id("TA-01.2") == "n_TA_2d01_2e2"
    assert node_id("R-KÜ") == "n_R_2dK_dc"
    assert node_id("SYS-€") == "n_SYS_2d_u0020ac"


def test_a_swimlane_bands_the_nodes_of_each_step_and_labels_the_bands() -> None:
    objects = scene(
        obj("TA-1", "activity", 5, step="PS-1", role="R-A"),
        obj("PS-2", "step", 6, scene="SZ-1"),
        obj("TA-2", "activity", 7, step="PS-2", role="R-B"),
    )
    model, findings = build_model(objects, MESSAGES)
    assert findings == []
    code = scene_diagram(
        model,
        "SZ-1",
        style="swimlane",
        direction="TB",
        system_prefix="SYS-",
        href=lambda i: i,
        end_label="Ende",
    )
    lines = code.splitlines()
    # Mermaid's settings for the swimlane come first, its type second.
    assert lines[0].startswith("%%{init: ") and lines[1] == "swimlane-beta TB"
    # each step's nodes, with the end after its last activity, share the step's band
    first, second = node_id("TA-1"), node_id("TA-2")
    assert f"    class {first} band1" in lines
    assert f"    class {second},stop_{second} band2" in lines
    # the bands' labels, for swimlane.js, in a comment that Mermaid skips
    comment = lines[-1].strip()
    assert comment.startswith(BANDS_COMMENT)
    assert json.loads(comment.removeprefix(BANDS_COMMENT)) == {
        "direction": "TB",
        "bands": [
            {"class": "band1", "label": ["PS-1", "ps-1"]},
            {"class": "band2", "label": ["PS-2", "ps-2"]},
        ],
    }


def test_a_flowchart_has_no_bands() -> None:
    model, _ = build_model(scene(obj("TA-1", "activity", 5, step="PS-1", role="R-A")), MESSAGES)
    code = scene_diagram(
        model,
        "SZ-1",
        style="flowchart",
        direction="LR",
        system_prefix="SYS-",
        href=lambda i: i,
        end_label="Ende",
    )
    assert code.startswith("flowchart LR\n")
    assert BANDS_COMMENT.strip() not in code
    assert "band1" not in code
