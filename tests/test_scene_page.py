"""A scene page as a reader sees it: the diagram, the objects and their links."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import html_of, text_of, warnings_of


@pytest.mark.sphinx("html", testroot="scene")
def test_scene_builds_without_warnings(app: Any) -> None:
    app.build()
    assert warnings_of(app) == ""


@pytest.mark.sphinx("html", testroot="scene")
def test_swimlane_source_matches_snapshot(app: Any, snapshot: Any) -> None:
    app.build()
    diagrams = html_of(app, "scene").select("pre.mermaid")
    assert len(diagrams) == 1
    assert diagrams[0].get_text().strip() + "\n" == snapshot


@pytest.mark.sphinx("html", testroot="scene")
def test_links_show_in_both_directions_with_german_labels(app: Any) -> None:
    app.build()
    page = html_of(app, "scene")
    activity = page.find(id="TA-06-01")
    text = text_of(activity)
    assert "Prozessschritt: PS-06-1" in text
    assert "Rolle: R-SI" in text
    assert "Systeme: SYS-CRM, SYS-MAIL" in text
    # the flow that follows from page order is shown like an explicit link
    assert "weiter mit: TA-06-02" in text
    assert "Anforderungen: ANF-SRV-01" in text
    role = text_of(html_of(app, "organisation").find(id="R-SI"))
    assert "ausgeführt in: TA-06-01, TA-06-02, TA-06-03" in role
    decision = text_of(page.find(id="TA-06-02"))
    assert "weiter mit: TA-06-03, TA-06-04" in decision
    assert "Verzweigung: berechtigt | nicht berechtigt" in decision


@pytest.mark.sphinx("html", testroot="scene")
def test_pages_load_nothing_from_the_internet(app: Any) -> None:
    app.build()
    page = html_of(app, "scene")
    sources = [tag.get("src") or tag.get("href") for tag in page.select("script, link")]
    external = [s for s in sources if s and s.startswith(("http:", "https:", "//"))]
    assert external == []
    scripts = [tag.get("src", "").split("?")[0] for tag in page.select("script")]
    assert any(s.endswith("_static/lastenheft/mermaid.min.js") for s in scripts)
    assert (app.outdir / "_static" / "lastenheft" / "mermaid.min.js").stat().st_size > 1_000_000
