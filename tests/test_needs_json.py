"""The needs.json export carries the process model's fields and links, implicit flow included."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest


@pytest.mark.sphinx("needs", testroot="scene")
def test_needs_json_carries_fields_links_and_backlinks(app: Any) -> None:
    app.build()
    data = json.loads((Path(app.outdir) / "needs.json").read_text("utf-8"))
    needs = data["versions"][data["current_version"]]["needs"]
    first = needs["TA-06-01"]
    assert first["type"] == "activity"
    assert first["role"] == ["R-SI"]
    assert first["systems"] == ["SYS-CRM", "SYS-MAIL"]
    assert first["step"] == ["PS-06-1"]
    # the flow that follows from page order is exported like an explicit link
    assert first["next"] == ["TA-06-02"]
    assert first["derived_from_back"] == ["ANF-SRV-01"]
    decision = needs["TA-06-02"]
    assert decision["next"] == ["TA-06-03", "TA-06-04"]
    assert decision["branches"] == "berechtigt | nicht berechtigt"
    requirement = needs["ANF-SRV-01"]
    assert (requirement["priority"], requirement["category"]) == ("Muss", "Funktion")
    assert requirement["derived_from"] == ["TA-06-01", "TA-06-02"]
    assert needs["SZ-06"]["area"] == "Service"
