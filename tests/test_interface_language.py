"""The website theme's own words follow the project's language."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import html_of, text_of


@pytest.mark.parametrize(
    ("root", "words", "not_words"),
    [
        ("handbooks", ["Auf dieser Seite", "Zurück", "Weiter", "Erstellt mit"], ["On this page"]),
        ("northwind", ["On this page", "Previous", "Next", "Made with"], ["Auf dieser Seite"]),
    ],
)
def test_the_themes_words_are_in_the_projects_language(
    make_app: Any, rootdir: Path, tmp_path: Path, root: str, words: list[str], not_words: list[str]
) -> None:
    srcdir = tmp_path / root
    shutil.copytree(rootdir / f"test-{root}", srcdir)
    app = make_app("html", srcdir=srcdir, confoverrides={"html_theme": "furo"})
    app.build()
    page = sorted(app.env.found_docs)[1]
    text = text_of(html_of(app, page))
    for word in words:
        assert word in text, (page, word)
    for word in not_words:
        assert word not in text, (page, word)
