"""The PDF: cover data, contents, every ID as text, diagrams as vector graphics, cached."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.browser import in_ci
from tests.conftest import raster_images, sphinx_build

ROOTS = Path(__file__).parent / "roots"
PRINT_SETTINGS = """
release = "2.1"
lastenheft_status = "Freigegeben"
lastenheft_company = "Beispiel AG"
lastenheft_change_history = [
    {"version": "0.1", "date": "01.10.2026", "author": "Team", "change": "Erster Entwurf"},
]
"""


def _require(*tools: str) -> None:
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        reason = f"{', '.join(missing)} missing: bash tools/install-system-packages.sh"
        if in_ci():
            pytest.fail(reason)
        pytest.skip(reason)


def build_pdf(srcdir: Path, outdir: Path, cache: Path, *options: str) -> tuple[Path, str]:
    """Build with Sphinx's LaTeX builder and latexmk, as `make pdf` does; the PDF and log."""
    _require("latexmk", "pdftotext", "chromium")
    sphinx = sphinx_build(
        srcdir, outdir, "-D", f"lastenheft_diagram_cache={cache}", *options, builder="latex"
    )
    assert sphinx.returncode == 0, sphinx.stderr
    assert "WARNING" not in sphinx.stderr
    subprocess.run(
        ["make", "-C", str(outdir), "LATEXMKOPTS=-interaction=nonstopmode -halt-on-error"],
        capture_output=True, check=True,
    )  # fmt: skip
    return outdir / "lastenheft.pdf", sphinx.stdout


def text_of(pdf: Path, *pages: int) -> str:
    options = ["-f", str(pages[0]), "-l", str(pages[-1])] if pages else []
    return subprocess.run(
        ["pdftotext", "-layout", *options, str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


@pytest.fixture(scope="module")
def scene_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, Path]:
    work = tmp_path_factory.mktemp("pdf")
    shutil.copytree(ROOTS / "test-scene", work / "src")
    with (work / "src" / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write(PRINT_SETTINGS)
    pdf, log = build_pdf(work / "src", work / "latex", work / "cache")
    return pdf, log, work


def test_cover_page_shows_the_title_data(scene_pdf: tuple[Path, str, Path]) -> None:
    cover = " ".join(text_of(scene_pdf[0], 1).split())
    for fact in ("Testszene", "Beispiel AG", "Version: 2.1", "Datum: 01.10.2026",
                 "Status: Freigegeben"):  # fmt: skip
        assert fact in cover


def test_history_contents_and_running_heads(scene_pdf: tuple[Path, str, Path]) -> None:
    text = text_of(scene_pdf[0])
    assert re.search(r"Änderungshistorie.*0\.1\s+01\.10\.2026\s+Team\s+Erster Entwurf", text, re.S)
    assert "Inhaltsverzeichnis" in text
    pages = int(re.search(r"Seite \d+ von (\d+)", text).group(1))  # type: ignore[union-attr]
    assert pages >= 3
    assert f"Seite {pages} von {pages}" in text
    assert "Testszene Version 2.1" in " ".join(text.split())


def test_every_object_id_is_in_the_text(scene_pdf: tuple[Path, str, Path]) -> None:
    text = text_of(scene_pdf[0])
    ids = set(re.findall(r":id: (\S+)", "".join(p.read_text() for p in
                                               (ROOTS / "test-scene").glob("*.md"))))  # fmt: skip
    assert ids
    assert sorted(i for i in ids if i not in text) == []


def test_references_to_objects_on_other_pages_name_the_page(
    scene_pdf: tuple[Path, str, Path],
) -> None:
    text = " ".join(text_of(scene_pdf[0]).split())
    assert re.search(r"abgeleitet aus: TA-06-01 \(S\. \d+\), TA-06-02 \(S\. \d+\)", text)
    # the flow between activities on one page names no page
    assert re.search(r"weiter mit: TA-06-04(?! \()", text)


def test_diagrams_are_vector_graphics(scene_pdf: tuple[Path, str, Path]) -> None:
    pdf, _, work = scene_pdf
    assert raster_images(pdf) == [], "a raster image in the PDF"
    diagrams = list((work / "latex").glob("diagram-*.pdf"))
    assert len(diagrams) == 1
    # the diagram's labels are text in the PDF, not pixels
    assert "Reklamation aufnehmen" in text_of(diagrams[0])


def test_an_unchanged_diagram_is_never_rendered_twice(
    scene_pdf: tuple[Path, str, Path],
) -> None:
    _, first_log, work = scene_pdf
    assert "1 diagrams for print, 1 rendered, 0 from the cache" in first_log
    # a clean output folder, the same cache
    _, second_log = build_pdf(work / "src", work / "again", work / "cache")
    assert "1 diagrams for print, 0 rendered, 1 from the cache" in second_log


def test_broken_mermaid_fails_the_build_with_file_and_line(tmp_path: Path) -> None:
    _require("chromium")
    result = sphinx_build(
        ROOTS / "test-broken-mermaid",
        tmp_path / "out",
        "-D",
        f"lastenheft_diagram_cache={tmp_path / 'cache'}",
        builder="latex",
    )
    assert result.returncode != 0
    source = ROOTS / "test-broken-mermaid" / "index.md"
    assert re.search(
        rf"{re.escape(str(source))}:5: WARNING: Mermaid kann dieses Diagramm nicht zeichnen: "
        r"Parse error on line \d+:.* Korrigieren Sie den Text des Diagramms\. "
        r"\[lastenheft\.mermaid_syntax\]",
        result.stderr,
    ), result.stderr
