"""What a reader's browser shows: diagrams rendered offline, from disk and over HTTP.

Each page is loaded in headless Chromium (``tests/browser.py``) with every host but the
loopback unresolvable, so a diagram that needed a CDN would be missing here.

Selectors in a rendered Mermaid 11 SVG (``<pre class="mermaid">`` gets the ``<svg>``):

* the diagram: ``svg[aria-roledescription="swimlane"]`` for ``swimlane-beta``,
  ``svg[aria-roledescription="flowchart-v2"]`` for ``flowchart``; a syntax error gives
  ``svg[aria-roledescription="error"]``;
* a node, in both: ``g.node``, with ``id="<svg id>-flowchart-<node id>-<n>"``; a node with a
  ``click ... href`` sits inside ``<a xlink:href=...>`` and has the class ``clickable``;
* a lane of ``swimlane-beta``: ``g.cluster.swimlane``, whose ``id`` is the subgraph ID
  *unprefixed* (it shares the page's ID space); a ``flowchart`` subgraph: ``g.cluster`` with
  ``id="<svg id>-<subgraph id>"``.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup, Tag

from sphinx_lastenheft.texts.de import TEXTS as GERMAN
from tests.browser import dump_dom, file_url, in_ci, screenshot, serve_directory
from tests.conftest import warnings_of

if TYPE_CHECKING:
    from sphinx.testing.util import SphinxTestApp

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[1]
MERMAID_BUNDLE = REPO / "node_modules" / "mermaid" / "dist" / "mermaid.min.js"

#: ``aria-roledescription`` of the SVG Mermaid draws for a scene diagram, by diagram style.
SCENE_DIAGRAM_ROLES = {"swimlane": "swimlane", "flowchart": "flowchart-v2"}

NODE = "g.node"
SWIMLANE_LANE = "g.cluster.swimlane"
ACTIVITY = ".need.needs_type_activity[id]"


@pytest.fixture(scope="session")
def mermaid_bundle() -> Path:
    """Mermaid's classic bundle from node_modules; ``npm ci`` puts it there."""
    if not MERMAID_BUNDLE.is_file():
        reason = f"{MERMAID_BUNDLE.relative_to(REPO)} is missing: run 'npm ci' in {REPO}"
        if in_ci():
            pytest.fail(reason)
        pytest.skip(reason)
    return MERMAID_BUNDLE


def _render(site: Path, page: str, transport: str) -> str:
    """The DOM of ``site/page`` after scripts ran, opened from disk or over HTTP."""
    if transport == "file":
        return dump_dom(file_url(site / page))
    with serve_directory(site) as server:
        dom = dump_dom(server.url + page)
        missing = [path for status, path in server.requests if status >= 400]
    assert missing in ([], ["/favicon.ico"]), f"the page asked for missing files: {missing}"
    return dom


def _diagrams(soup: BeautifulSoup) -> list[Tag]:
    """Every Mermaid diagram of the page; fails on one that is not rendered or is an error."""
    blocks = soup.select("pre.mermaid, div.mermaid")
    unrendered = [block for block in blocks if block.find("svg") is None]
    assert not unrendered, f"Mermaid left {len(unrendered)} diagram(s) unrendered"
    errors = soup.select('svg[aria-roledescription="error"]')
    assert not errors, "Mermaid rendered a syntax error: " + errors[0].get_text(" ", strip=True)
    return [svg for block in blocks for svg in block.find_all("svg", recursive=False)]


def _pages(site: Path) -> list[str]:
    """Every page of a built site, as paths relative to it."""
    return sorted(
        path.relative_to(site).as_posix()
        for path in site.rglob("*.html")
        if not {"_static", "_sources", "_images"} & set(path.relative_to(site).parts)
    )


def _node_link(node: Tag) -> str | None:
    link = node.find_parent("a")
    if link is None:
        return None
    href = link.get("xlink:href") or link.get("href")
    return str(href) if href is not None else None


_REMOTE = re.compile(r"^\s*(?:https?:)?//", re.IGNORECASE)
_REMOTE_IMPORT = re.compile(r"""(?:\bfrom\s*|\bimport\s*\(\s*)["'](?:https?:)?//""")


def _remote_references(html: str) -> list[str]:
    """Everything in a built page that would make a browser fetch from another machine."""
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for tag, attr in (("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src")):
        for element in soup.find_all(tag):
            value = element.get(attr)
            if tag == "link" and not _fetches(element):
                continue
            if isinstance(value, str) and _REMOTE.match(value):
                found.append(f"<{tag} {attr}={value!r}>")
    for script in soup.find_all("script"):
        match = _REMOTE_IMPORT.search(script.string or "")
        if match:
            found.append(f"<script> importing {match.group(0)!r}...")
    return found


def _fetches(link: Tag) -> bool:
    rels = {str(rel).lower() for rel in link.get_attribute_list("rel") if rel}
    return bool(rels & {"stylesheet", "preload", "modulepreload", "icon", "prefetch", "manifest"})


# --- Mermaid itself, on a hand-written page ------------------------------------------------

HAND_WRITTEN_PAGE = """\
<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Mermaid offline</title>
<script src="mermaid.min.js"></script>
</head><body>
<pre class="mermaid" id="flow">flowchart LR
 A-->B
</pre>
<pre class="mermaid" id="swim">swimlane-beta LR
 subgraph lane_SI["Service-Innendienst"]
   TA1["Reklamation aufnehmen"] --> TA2["Berechtigung prüfen"]
 end
 subgraph lane_TECH["Techniker"]
   TA3["Mangel beheben"]
 end
 subgraph lane_KUNDE["Kunde"]
   TA4["Ablehnung erhalten"]
 end
 TA2 -->|"berechtigt"| TA3
 TA2 -->|"nicht berechtigt"| TA4
 click TA1 href "#TA1" _self
</pre>
<pre class="mermaid" id="late">flowchart TB
 X-->Y-->Z
</pre>
<script>
  mermaid.initialize({startOnLoad: false});
  mermaid.run({querySelector: "#flow, #swim"});
  // Starts only after eight seconds: dump_dom must wait for it (virtual time).
  setTimeout(function () { mermaid.run({querySelector: "#late"}); }, 8000);
</script>
</body></html>
"""


@pytest.mark.parametrize("transport", ["file", "http"])
def test_mermaid_renders_flowchart_and_swimlane_offline(
    tmp_path: Path, mermaid_bundle: Path, transport: str
) -> None:
    shutil.copyfile(mermaid_bundle, tmp_path / "mermaid.min.js")
    (tmp_path / "index.html").write_text(HAND_WRITTEN_PAGE, encoding="utf-8")

    soup = BeautifulSoup(_render(tmp_path, "index.html", transport), "html.parser")

    assert len(_diagrams(soup)) == 3
    flow = soup.select_one('#flow > svg[aria-roledescription="flowchart-v2"]')
    assert flow is not None
    assert len(flow.select(NODE)) == 2

    swim = soup.select_one('#swim > svg[aria-roledescription="swimlane"]')
    assert swim is not None
    assert {lane["id"] for lane in swim.select(SWIMLANE_LANE)} == {
        "lane_SI",
        "lane_TECH",
        "lane_KUNDE",
    }
    nodes = swim.select(NODE)
    assert len(nodes) == 4
    assert [_node_link(node) for node in nodes] == ["#TA1", None, None, None]
    labels = [label.get_text(strip=True) for label in swim.select(".edgeLabel")]
    assert {"berechtigt", "nicht berechtigt"} <= set(labels)

    late = soup.select_one('#late > svg[aria-roledescription="flowchart-v2"]')
    assert late is not None, "dump_dom returned before a timer-delayed diagram rendered"
    assert len(late.select(NODE)) == 3


def test_screenshot(tmp_path: Path, mermaid_bundle: Path) -> None:
    shutil.copyfile(mermaid_bundle, tmp_path / "mermaid.min.js")
    (tmp_path / "index.html").write_text(HAND_WRITTEN_PAGE, encoding="utf-8")

    png = screenshot(file_url(tmp_path / "index.html"), tmp_path / "shot.png")

    data = png.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1400, 2000)


def test_remote_references_are_found() -> None:
    page = """<html><head>
    <link rel="stylesheet" href="https://cdn.example.org/x.css">
    <link rel="canonical" href="https://example.org/page.html">
    <script src="//cdn.example.org/x.js"></script>
    <script src="_static/local.js"></script>
    <script type="module">import mermaid from "https://cdn.example.org/mermaid.esm.min.mjs";</script>
    </head><body><img src="_static/logo.png"></body></html>"""

    found = _remote_references(page)

    assert len(found) == 3
    assert "canonical" not in " ".join(found)


# --- A built scene page --------------------------------------------------------------------


def _scene_build(style: str) -> pytest.MarkDecorator:
    return pytest.mark.sphinx(
        "html",
        testroot="scene",
        srcdir=f"browser-scene-{style}",  # a copy per style, so that the builds don't mix
        confoverrides={"lastenheft_diagram_style": style},
    )


@pytest.mark.parametrize(
    "style", [pytest.param(style, marks=_scene_build(style)) for style in SCENE_DIAGRAM_ROLES]
)
def test_scene_diagram_has_one_node_per_activity(
    mermaid_bundle: Path, app: SphinxTestApp, tmp_path: Path, style: str
) -> None:
    app.build()
    assert warnings_of(app) == ""

    site = Path(app.outdir)
    pages = _pages(site)
    remote = {page: _remote_references((site / page).read_text("utf-8")) for page in pages}
    assert not any(remote.values()), f"pages load from other machines: {remote}"

    scene_pages = [
        page
        for page in pages
        if BeautifulSoup((site / page).read_text("utf-8"), "html.parser").select(ACTIVITY)
    ]
    assert scene_pages, "the test root has no page with activities"
    for page in scene_pages:
        for transport in ("file", "http"):
            _check_scene_page(site, page, transport, SCENE_DIAGRAM_ROLES[style])

    png = screenshot(file_url(site / scene_pages[0]), tmp_path / f"scene-{style}.png")
    assert png.read_bytes().startswith(b"\x89PNG")


def _check_scene_page(site: Path, page: str, transport: str, role: str) -> None:
    where = f"{page} ({transport})"
    soup = BeautifulSoup(_render(site, page, transport), "html.parser")
    activities = [str(element["id"]) for element in soup.select(ACTIVITY)]
    scene_diagrams = [svg for svg in _diagrams(soup) if svg.get("aria-roledescription") == role]
    assert scene_diagrams, f"{where}: no rendered {role} diagram"

    drawn = [node for svg in scene_diagrams for node in svg.select(NODE)]
    # Besides its activities, a scene diagram draws where the flow ends ('stop_…' nodes).
    nodes = [node for node in drawn if "-flowchart-stop_" not in str(node.get("id"))]
    assert len(nodes) == len(activities), f"{where}: {len(nodes)} nodes, {activities=}"
    assert len(drawn) > len(nodes), f"{where}: no end of the flow is drawn"
    if role == "swimlane":
        assert all(svg.select(SWIMLANE_LANE) for svg in scene_diagrams), f"{where}: no lanes"

    targets = [_node_link(node) for node in nodes]
    assert None not in targets, f"{where}: a node does not link to its activity"
    assert sorted(urlsplit(str(target)).fragment for target in targets) == sorted(activities)

    # Each diagram sits in its frame, with its controls labelled in the project's language.
    frames = soup.select(".lastenheft-diagram-frame")
    assert len(frames) == len(soup.select("pre.mermaid")), f"{where}: a diagram has no frame"
    words = GERMAN.diagrams
    for frame in frames:
        labels = [button.get("aria-label") for button in frame.select("button")]
        assert labels == [words.zoom_out, words.zoom_in, words.zoom_reset, words.open_alone]
        assert frame.select_one("pre.mermaid[tabindex='0']")["aria-label"] == words.viewport


# --- The example site, as a reader sees it --------------------------------------------------

#: The page that opens the site's pages one by one (``tests/measure_pages.js``); served beside
#: them, from their origin, so that it can look into them.
HARNESS = "lastenheft-measure.html"
MEASURE = Path(__file__).with_name("measure_pages.js")
#: A laptop's window and a small one, where furo hides the table of contents.
WIDTHS = (1400, 1024)
#: The smallest text a diagram may show at 100 %, in CSS pixels.
MIN_TEXT_PX = 11
#: Virtual time for all pages (Chromium fast-forwards it while a page waits for nothing) and
#: wall-clock time for one Chromium to render them all.
ALL_PAGES_BUDGET_MS = 600_000
ALL_PAGES_TIMEOUT_S = 600.0


def _measure(site: Path, pages: list[str], width: int) -> dict[str, Any]:
    """What ``measure_pages.js`` saw on each page at ``width``, in one Chromium."""
    script = f"var PAGES = {json.dumps(pages)}; var WIDTH = {width};\n{MEASURE.read_text('utf-8')}"
    harness = f'<!DOCTYPE html><meta charset="utf-8"><body><script>{script}</script></body>'
    with serve_directory(site, {"/" + HARNESS: harness}) as server:
        dom = dump_dom(
            server.url + HARNESS, budget_ms=ALL_PAGES_BUDGET_MS, timeout=ALL_PAGES_TIMEOUT_S
        )
    body = BeautifulSoup(dom, "html.parser").body
    results = body.get("data-results") if body is not None else None
    assert isinstance(results, str), "the pages were not all measured within the budget"
    measured: dict[str, Any] = json.loads(results)
    return measured


@pytest.mark.parametrize("width", WIDTHS)
def test_every_table_and_diagram_of_the_example_fits_and_is_readable(
    example_site: Path, mermaid_bundle: Path, width: int
) -> None:
    pages = _pages(example_site)
    measured = _measure(example_site, pages, width)

    assert sorted(measured) == pages
    overflows = {page: seen["overflows"] for page, seen in measured.items() if seen["overflows"]}
    assert overflows == {}
    smallest = {
        f"{page} #{index} {diagram['kind']}": round(diagram["smallest"], 1)
        for page, seen in measured.items()
        for index, diagram in enumerate(seen["diagrams"])
        if diagram["smallest"] is not None
    }
    scenes = len(list((REPO / "docs" / "processes").glob("s*.md")))
    assert len(smallest) >= 3 * scenes
    assert {name: px for name, px in smallest.items() if px < MIN_TEXT_PX} == {}
    # Every scene's swimlane shows its process steps as bands (the process map has none).
    bands = [
        diagram["bands"]
        for seen in measured.values()
        for diagram in seen["diagrams"]
        if diagram["kind"] == "swimlane"
    ]
    assert len([count for count in bands if count >= 2]) == scenes
