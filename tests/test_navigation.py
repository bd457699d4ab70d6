"""The navigation tree made once per build is the one furo makes on each page."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from furo.navigation import get_navigation_tree

from sphinx_lastenheft.site.navigation import furo_toctree, in_language, parse_navigation


@pytest.mark.parametrize(
    ("root", "builder_name"),
    [("handbooks", "html"), ("northwind", "html"), ("northwind", "dirhtml")],
)
def test_every_page_shows_the_tree_furo_would_make(
    make_app: Any, rootdir: Path, tmp_path: Path, root: str, builder_name: str
) -> None:
    srcdir = tmp_path / root
    shutil.copytree(rootdir / f"test-{root}", srcdir)
    app = make_app(builder_name, srcdir=srcdir, confoverrides={"html_theme": "furo"})
    app.build()
    builder = app.builder
    pages = sorted(builder.env.found_docs)
    assert len(pages) > 5
    for page in pages:
        output = Path(app.outdir) / builder.get_target_uri(page)
        if builder_name == "dirhtml":
            output /= "index.html"
        written = output.read_text("utf-8")
        # Furo's tree, its expand buttons labelled in the project's language.
        furo_tree = in_language(get_navigation_tree(furo_toctree(builder, page)), builder)
        assert f'<div class="sidebar-tree">\n  {furo_tree}' in written, page
        # The pages in folders link up and across, the current one is marked.
        assert "current-page" in furo_tree or page == app.config.root_doc


def test_a_tree_the_template_does_not_know_is_left_to_furo() -> None:
    # A tree that already marks a page cannot be a template for the others.
    marked = '<ul>\n<li class="toctree-l1 current current-page"><a class="current reference '
    marked += 'internal" href="#">A</a></li>\n</ul>'
    assert parse_navigation(marked, {"a.html": "a"}) is None
    unknown = '<ul>\n<li class="toctree-l1"><a class="reference internal" href="b.html">B</a>'
    unknown += "</li>\n</ul>"
    assert parse_navigation(unknown, {"a.html": "a"}) is None
