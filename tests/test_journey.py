"""A scene's customer journey and the interplay of its roles and systems: the generated
Mermaid text, its labels, the warning for a scene without touchpoints, the rendered diagrams
in a browser and in the PDF."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup

from sphinx_lastenheft.model.process import Activity, Named, ProcessModel, Scene, Step
from sphinx_lastenheft.views.diagrams.journey import TASK_LABEL_LIMIT, journey
from sphinx_lastenheft.views.diagrams.line_text import shorten, wrap
from sphinx_lastenheft.warnings_ import Location
from tests.conftest import NODE_MODULES, html_of, raster_images, warnings_of
from tests.test_browser import _diagrams, _render
from tests.test_pdf import build_pdf
from tests.test_pdf import text_of as pdf_text
from tests.test_rebuilds import assert_same_pages, build

ROOT = Path(__file__).parent / "roots" / "test-journey"

#: The touchpoints of the test root's scene, and the messages from roles to systems.
TOUCHPOINTS = ["TA-06-01", "TA-06-04", "TA-06-05"]
SYSTEM_MESSAGES = 6  # TA-06-01 uses two systems, the four other activities one each
HANDOVERS = 3  # to the Qualitätssicherung in a branch, back, and on to the Kunde


def _sources(app: Any) -> list[str]:
    """The Mermaid text of the scene page's diagrams: swimlane, journey, interplay."""
    return [pre.get_text().strip() + "\n" for pre in html_of(app, "scene").select("pre.mermaid")]


# --- The generated Mermaid text ------------------------------------------------------------


@pytest.mark.sphinx("html", testroot="journey")
def test_journey_and_interplay_match_snapshots(app: Any, snapshot: Any) -> None:
    app.build()
    assert warnings_of(app) == ""
    _swimlane, journey_text, interplay_text = _sources(app)
    assert journey_text == snapshot(name="journey")
    assert interplay_text == snapshot(name="interplay")


@pytest.mark.sphinx("html", testroot="journey", confoverrides={"language": "en"})
def test_interplay_speaks_the_project_language(app: Any) -> None:
    app.build()
    interplay_text = _sources(app)[2]
    assert "hand-over" in interplay_text
    assert "continues with" in interplay_text
    assert "Übergabe" not in interplay_text


# --- Labels that fit -------------------------------------------------------------------------


def test_long_titles_are_cut_after_a_whole_word_with_an_ellipsis() -> None:
    assert shorten("Reklamation am Telefon aufnehmen", 25) == "Reklamation am Telefon…"
    assert shorten("Lösung bestätigen", 25) == "Lösung bestätigen"
    # No comma left dangling before the ellipsis.
    assert shorten("Bedarf, Budget, Zeitpunkt", 16) == "Bedarf, Budget…"
    # A single word longer than the limit is cut inside it.
    assert shorten("Donaudampfschifffahrtsgesellschaft", 10) == "Donaudamp…"
    assert wrap("Reklamation am Telefon aufnehmen und Vorgang anlegen", 25, 2) == [
        "Reklamation am Telefon",
        "aufnehmen und Vorgang…",
    ]
    assert wrap("Kurz", 25, 2) == ["Kurz"]


def _model(activity_title: str, role_title: str = "Service-Innendienst") -> ProcessModel:
    here = Location("scene", 1)
    model = ProcessModel()
    model.scenes["SZ-1"] = Scene("SZ-1", "Szene", here, ("Service",), "t", "o", ["PS-1"])
    model.steps["PS-1"] = Step("PS-1", "Schritt", here, "SZ-1", ["TA-1"])
    model.roles["R-1"] = Named("R-1", role_title, here)
    model.systems["SYS-1"] = Named("SYS-1", "CRM", here)
    model.activities["TA-1"] = Activity(
        "TA-1", activity_title, here, "R-1", ("SYS-1",), "PS-1", satisfaction=3
    )
    return model


def test_a_shortened_task_keeps_its_id_on_a_line_of_its_own() -> None:
    title = "Bedarf, Budget, Zeitpunkt und Entscheider im Gespräch klären"
    text = journey(_model(title), "SZ-1")
    assert text is not None
    task = text.splitlines()[-1].strip()
    label, score, actor = task.split(": ")
    assert (score, actor) == ("3", "Service-Innendienst")
    lines = label.replace("#44;", ",").split("<br>")
    assert lines == ["Bedarf, Budget, Zeitpunkt", "und Entscheider im…", "TA-1"]
    assert all(len(line) <= TASK_LABEL_LIMIT for line in lines)


def test_delimiters_in_titles_become_entity_codes() -> None:
    text = journey(_model("Frage: ja; nein #1", role_title="Vertrieb, innen"), "SZ-1")
    assert text is not None
    assert text.splitlines()[-1].strip() == (
        "Frage#58; ja#59; nein #35;1<br>TA-1: 3: Vertrieb#44; innen"
    )


# --- Nothing to draw ---------------------------------------------------------------------------


def _copy_without_touchpoints(tmp_path: Path) -> Path:
    srcdir = tmp_path / "no-touchpoints"
    shutil.copytree(ROOT, srcdir)
    scene = srcdir / "scene.md"
    lines = scene.read_text("utf-8").splitlines(keepends=True)
    kept = [line for line in lines if not line.startswith(":satisfaction:")]
    scene.write_text("".join(kept), "utf-8")
    return srcdir


def test_a_scene_without_touchpoints_warns_where_its_journey_stands(
    tmp_path: Path, make_app: Any
) -> None:
    srcdir = _copy_without_touchpoints(tmp_path)
    app = make_app(
        "html", srcdir=srcdir, confoverrides={"lastenheft_node_modules": str(NODE_MODULES)}
    )
    app.build()
    lines = (srcdir / "scene.md").read_text("utf-8").splitlines()
    line = lines.index("```{journey}") + 1
    assert warnings_of(app).splitlines() == [
        f"{srcdir / 'scene.md'}:{line}: WARNING: Die Kundenszene 'SZ-06' hat keinen "
        "Kontaktpunkt mit dem Kunden und daher keine Customer Journey. Geben Sie jeder "
        "Tätigkeit, bei der der Kunde dem Unternehmen begegnet, eine Zeile ':satisfaction: "
        "<1-5>' (wie der Kunde sich dort fühlt), oder entfernen Sie die Journey. "
        "[lastenheft.diagram]"
    ]
    # The other diagrams of the page are drawn as before (each after its settings).
    assert [text.split("\n", 2)[1] for text in _sources(app)] == [
        "swimlane-beta TB",
        "sequenceDiagram",
    ]


def test_a_diagram_names_its_scene_from_another_page(tmp_path: Path, make_app: Any) -> None:
    srcdir = tmp_path / "elsewhere"
    shutil.copytree(ROOT, srcdir)
    (srcdir / "elsewhere.md").write_text(
        "---\norphan: true\n---\n# Woanders\n\n```{journey} SZ-06\n```\n\n"
        "```{interplay} SZ-06\n```\n\n```{journey} SZ-99\n```\n",
        "utf-8",
    )
    app = make_app(
        "html", srcdir=srcdir, confoverrides={"lastenheft_node_modules": str(NODE_MODULES)}
    )
    app.build()
    line = (srcdir / "elsewhere.md").read_text("utf-8").splitlines().index("```{journey} SZ-99")
    assert warnings_of(app).splitlines() == [
        f"{srcdir / 'elsewhere.md'}:{line + 1}: WARNING: Das Diagramm (journey) nennt die Szene "
        "'SZ-99', aber keine Kundenszene hat diese ID. Korrigieren Sie die ID. "
        "[lastenheft.unknown_id]"
    ]
    elsewhere = html_of(app, "elsewhere").select("pre.mermaid")
    assert [pre.get_text().strip() + "\n" for pre in elsewhere] == _sources(app)[1:]


def test_an_incremental_build_redraws_diagrams_from_other_pages(tmp_path: Path) -> None:
    srcdir = tmp_path / "src"
    shutil.copytree(ROOT, srcdir)
    build(srcdir, tmp_path / "incremental")
    # The role titles live on the organisation page; the scene page is not read again.
    organisation = srcdir / "organisation.md"
    text = organisation.read_text("utf-8").replace("{role} Kunde", "{role} Kundin")
    organisation.write_text(text, "utf-8")
    build(srcdir, tmp_path / "incremental")
    build(srcdir, tmp_path / "clean")
    assert_same_pages(tmp_path / "incremental", tmp_path / "clean")
    scene = (tmp_path / "incremental" / "scene.html").read_text("utf-8")
    assert "TA-06-05: 5: Kundin" in scene
    assert "actor n_R_2dKU as Kundin" in scene


# --- What readers see --------------------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.sphinx("html", testroot="journey", srcdir="browser-journey")
def test_journey_and_sequence_diagram_render_in_a_browser(app: Any) -> None:
    app.build()
    assert warnings_of(app) == ""
    soup = BeautifulSoup(_render(Path(app.outdir), "scene.html", "file"), "html.parser")
    assert len(_diagrams(soup)) == 3

    journey_svg = soup.select_one('svg[aria-roledescription="journey"]')
    assert journey_svg is not None
    assert len(journey_svg.select("rect.task")) == len(TOUCHPOINTS)
    assert len(journey_svg.select("circle.face")) == len(TOUCHPOINTS)
    task_lines = [text.get_text(strip=True) for text in journey_svg.select("text.task")]
    assert [line for line in task_lines if line.startswith("TA-")] == TOUCHPOINTS
    assert "aufnehmen und Vorgang…" in task_lines

    sequence_svg = soup.select_one('svg[aria-roledescription="sequence"]')
    assert sequence_svg is not None
    lifelines = sorted(sequence_svg.select("line.actor-line"), key=lambda line: float(line["x1"]))
    assert [line["data-id"] for line in lifelines] == [
        "n_R_2dSI",
        "n_SYS_2dCRM",
        "n_SYS_2dMAIL",
        "n_R_2dQS",
        "n_R_2dKU",
    ]
    kinds = {g["data-id"]: g["data-type"] for g in sequence_svg.select('g[data-et="participant"]')}
    assert kinds == {
        "n_R_2dSI": "actor",
        "n_R_2dQS": "actor",
        "n_R_2dKU": "actor",
        "n_SYS_2dCRM": "participant",
        "n_SYS_2dMAIL": "participant",
    }
    assert len(sequence_svg.select("line.messageLine0")) == SYSTEM_MESSAGES
    assert len(sequence_svg.select("line.messageLine1")) == HANDOVERS
    labels = sequence_svg.select("text.labelText, text.loopText, text.sectionTitle")
    assert [label.get_text(strip=True) for label in labels] == [
        "alt",
        "[berechtigt]",
        "[nicht berechtigt]",
    ]


def test_journey_and_sequence_diagram_are_vector_text_in_the_pdf(tmp_path: Path) -> None:
    pdf, _ = build_pdf(ROOT, tmp_path / "latex", tmp_path / "cache")
    text = " ".join(pdf_text(pdf).split())
    for words in ("aufnehmen und Vorgang…", "TA-06-05", "Übergabe", "nicht berechtigt"):
        assert words in text
    assert raster_images(pdf) == []
