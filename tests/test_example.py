"""The example Lastenheft in docs/: builds strictly, and every diagram renders in a browser."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup

from sphinx_lastenheft.config import settings
from sphinx_lastenheft.model.store import get_model
from tests.browser import require_chromium
from tests.conftest import raster_images
from tests.test_browser import ACTIVITY, _check_scene_page, _diagrams, _render
from tests.test_pdf import text_of as pdf_text

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _scene_pages(site: Path) -> list[str]:
    return sorted(
        page.relative_to(site).as_posix()
        for page in (site / "processes").glob("*.html")
        if BeautifulSoup(page.read_text("utf-8"), "html.parser").select(ACTIVITY)
    )


def test_every_scene_source_becomes_a_page_with_activities(example_site: Path) -> None:
    sources = sorted(
        f"processes/{page.stem}.html"
        for page in (DOCS / "processes").glob("*.md")
        if "```{scene}" in page.read_text("utf-8")
    )
    assert len(sources) >= 2
    assert _scene_pages(example_site) == sources


@pytest.mark.browser
@pytest.mark.parametrize("transport", ["file", "http"])
def test_every_scene_diagram_renders_with_a_node_per_activity(
    example_site: Path, transport: str
) -> None:
    require_chromium()
    for page in _scene_pages(example_site):
        _check_scene_page(example_site, page, transport, "swimlane")


@pytest.mark.browser
@pytest.mark.parametrize("transport", ["file", "http"])
def test_process_map_renders_a_linked_node_per_scene(example_site: Path, transport: str) -> None:
    require_chromium()
    soup = BeautifulSoup(_render(example_site, "index.html", transport), "html.parser")
    (diagram,) = _diagrams(soup)
    links = sorted(link.get("xlink:href") for link in diagram.select("a"))
    scene_ids = [
        str(scene["id"])
        for page in _scene_pages(example_site)
        for scene in BeautifulSoup((example_site / page).read_text("utf-8"), "html.parser").select(
            ".need.needs_type_scene[id]"
        )
    ]
    assert links == sorted(
        f"{page}#{scene_id}"
        for page, scene_id in zip(_scene_pages(example_site), scene_ids, strict=True)
    )


def test_every_activity_derives_a_requirement_and_every_requirement_is_traced(
    make_app: Any, tmp_path: Path
) -> None:
    """The coverage rules of the example, so that its content cannot silently decay."""
    app = make_app("html", srcdir=DOCS, builddir=tmp_path)
    app.build()
    model = get_model(app.env)
    config = settings(app.config).options
    derived = {a for requirement in model.requirements.values() for a in requirement.derived_from}
    assert sorted(set(model.activities) - derived) == []
    untraced = [
        r.id
        for r in model.requirements.values()
        if not r.derived_from and r.category not in config.context_categories
    ]
    assert untraced == []
    assert len(model.scenes) == len(list((DOCS / "processes").glob("s*.md")))


def test_example_pdf_holds_cover_contents_and_every_requirement_id(
    example_pdf: tuple[Path, str, Path],
) -> None:
    pdf = example_pdf[0]
    text = pdf_text(pdf)
    cover = " ".join(pdf_text(pdf, 1).split())
    for fact in ("Lastenheft CRM", "Muster Maschinenbau GmbH", "Version: 1.1", "Datum:",
                 "Status: Entwurf zur Abstimmung"):  # fmt: skip
        assert fact in cover
    assert "Inhaltsverzeichnis" in text
    assert "Änderungshistorie" in text
    sources = "".join(page.read_text("utf-8") for page in DOCS.glob("**/*.md"))
    requirement_ids = set(re.findall(r":id: (ANF-[A-Z]+-\d+)", sources))
    assert len(requirement_ids) >= 120
    assert sorted(i for i in requirement_ids if i not in text) == []


def test_example_pdf_has_no_raster_images(example_pdf: tuple[Path, str, Path]) -> None:
    pdf = example_pdf[0]
    assert raster_images(pdf) == []
    diagrams = list(pdf.parent.glob("diagram-*.pdf"))
    # per scene: swimlane, customer journey, interplay; then the process map, the method's
    # example, the system landscape, the coverage chart and the vendor comparison's chart
    assert len(diagrams) == 3 * len(list((DOCS / "processes").glob("s*.md"))) + 5
