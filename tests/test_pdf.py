"""The PDF: cover data, contents, every ID as text, diagrams as vector graphics, cached."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from sphinx_lastenheft.printing.diagram_layout import SMALLEST_LABEL, layout
from sphinx_lastenheft.printing.diagram_renderer import Facts
from sphinx_lastenheft.printing.page import text_area
from sphinx_lastenheft.printing.table_widths import column_widths
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
    assert re.search(r"weiter mit: TA-06-03(?! \()", text)


def test_diagrams_are_vector_graphics(scene_pdf: tuple[Path, str, Path]) -> None:
    pdf, _, work = scene_pdf
    assert raster_images(pdf) == [], "a raster image in the PDF"
    diagrams = list((work / "latex").glob("diagram-*.pdf"))
    assert len(diagrams) == 1
    # the diagram's labels are text in the PDF, not pixels
    assert "Reklamation aufnehmen" in " ".join(text_of(diagrams[0]).split())


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


# The example as readers get it (issue 14): contents, numbering, pages, metadata, fonts,
# layout. Built once, like the test root above; the checks that hold for any Lastenheft run
# on both PDFs.

DOCS = ROOTS.parent.parent / "docs"


@pytest.fixture(params=["scene_pdf", "example_pdf"])
def any_pdf(request: pytest.FixtureRequest) -> Path:
    built: tuple[Path, str, Path] = request.getfixturevalue(request.param)
    return built[0]


def _pages(pdf: Path) -> list[str]:
    """The text of each page: pdftotext ends every page with a form feed."""
    return text_of(pdf).split("\f")[:-1]


def _info(pdf: Path) -> dict[str, str]:
    lines = subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in lines)}


def test_contents_list_every_scene_area_and_acceptance_run(
    example_pdf: tuple[Path, str, Path],
) -> None:
    pages = _pages(example_pdf[0])
    start = next(i for i, page in enumerate(pages) if "Inhaltsverzeichnis" in page)
    # The contents end where the dotted leaders end.
    contents = " ".join(
        page for page in pages[start:] if ". . . ." in page or "Inhaltsverzeichnis" in page
    )
    contents = re.sub(r"-\s+", "-", " ".join(contents.split()))
    chapters = [
        *sorted((DOCS / "processes").glob("s*.md")),
        *(p for p in sorted((DOCS / "requirements").glob("*.md")) if p.stem != "index"),
        *sorted((DOCS / "acceptance").glob("abnahmelauf-*.md")),
    ]
    titles = [p.read_text("utf-8").splitlines()[0].removeprefix("# ") for p in chapters]
    assert len(titles) == 8 + 12 + 1
    assert [t for t in titles if t not in contents] == []


def test_figures_are_numbered_through_the_document(example_pdf: tuple[Path, str, Path]) -> None:
    numbers = re.findall(r"Abb\. (\d+):", text_of(example_pdf[0]))
    assert len(numbers) >= 3
    assert numbers == [str(n) for n in range(1, len(numbers) + 1)]


def test_references_name_whole_titles(example_pdf: tuple[Path, str, Path]) -> None:
    text = " ".join(text_of(example_pdf[0]).split())
    assert "Auftrags-, Liefer- und Vert..." not in text
    assert re.findall(r"\w\.\.\. \([A-Z]+-", text) == []


def test_every_page_has_body_text(any_pdf: Path) -> None:
    empty = []
    for number, page in enumerate(_pages(any_pdf), start=1):
        body = [
            line
            for line in page.splitlines()
            if line.strip() and not re.fullmatch(r"\s*(Seite \d+ von \d+|Version [\d.]+)\s*", line)
        ]
        # the running head's title is the first line left
        if len(body) <= 1:
            empty.append(number)
    assert empty == []


def test_the_footer_counts_the_pdf_s_pages(any_pdf: Path) -> None:
    pages = _info(any_pdf)["Pages"]
    text = text_of(any_pdf)
    assert set(re.findall(r"Seite \d+ von (\d+)", text)) == {pages}
    # numbered as the PDF counts its pages, to the last
    assert f"Seite {pages} von {pages}" in text


def test_metadata_come_from_the_project(example_pdf: tuple[Path, str, Path]) -> None:
    info = _info(example_pdf[0])
    assert info["Title"] == "Lastenheft CRM"
    assert info["Author"] == "Muster Maschinenbau GmbH"
    assert info["Subject"] == "Lastenheft der Muster Maschinenbau GmbH"
    assert info["Keywords"].startswith("Lastenheft, Anforderungen, Kundenszenen")


def test_all_fonts_are_vector_fonts(any_pdf: Path) -> None:
    fonts = subprocess.run(["pdffonts", str(any_pdf)], capture_output=True, text=True, check=True)
    assert "Type 3" not in fonts.stdout


def test_nothing_runs_into_the_margin(any_pdf: Path) -> None:
    log = (any_pdf.parent / "lastenheft.log").read_text("latin-1")
    overfull = re.findall(r"Overfull \\[hv]box \(([\d.]+)pt too (?:wide|high)\).*", log)
    assert [size for size in overfull if float(size) > 1] == []


#: DejaVu Sans, the diagrams' font: a word's box is ascent plus descent, 1.164 times its size.
_DEJAVU_BOX = 1.164


def _smallest_text(pdf: Path) -> float:
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    heights = [
        float(bottom) - float(top)
        for top, bottom in re.findall(r'<word [^>]*yMin="([\d.]+)"[^>]*yMax="([\d.]+)"', boxes)
    ]
    return min(heights) / _DEJAVU_BOX


def test_diagram_labels_are_printed_at_7_pt_at_least(example_pdf: tuple[Path, str, Path]) -> None:
    pdf, _, work = example_pdf
    tex = (work / "latex" / "lastenheft.tex").read_text("utf-8")
    placed = re.findall(r"\\includegraphics\[scale=([\d.]+)[^]]*\]\{(diagram-\w+\.pdf)\}", tex)
    assert len({name for _, name in placed}) == len(list((work / "latex").glob("diagram-*.pdf")))
    small = [
        (name, round(float(scale) * _smallest_text(work / "latex" / name), 2))
        for scale, name in placed
        if float(scale) * _smallest_text(work / "latex" / name) < 6.95
    ]
    assert small == []
    # wide ones are on turned pages
    pages = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", _info(pdf)["Pages"], str(pdf)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert re.search(r"rot:\s+90", pages)


WIDTH, HEIGHT = text_area()


@pytest.mark.parametrize(
    ("facts", "turned", "parts"),
    [
        # fits the line at 70 %: upright
        (Facts(WIDTH / 0.7, 300, 10), False, 0),
        # would be 5 pt upright, 7.3 pt turned
        (Facts(WIDTH * 2, 300, 10), True, 0),
        # too wide even turned: in two parts, on upright pages as they take no more
        (Facts(HEIGHT * 1.8, 300, 10), False, 2),
        # wider: fewer parts on turned pages (two) than on upright ones (three)
        (Facts(1860, 570, 10), True, 2),
    ],
)
def test_a_diagram_is_laid_out_readable(facts: Facts, turned: bool, parts: int) -> None:
    placed = layout(facts)
    assert placed.smallest_label(facts) >= SMALLEST_LABEL
    assert (placed.turned, len(placed.parts)) == (turned, parts)
    if placed.parts:
        # the parts cover the diagram, each fits its page
        assert sum((x1 - x0) * (y1 - y0) for x0, y0, x1, y1 in placed.parts) == pytest.approx(
            facts.width * facts.height
        )
        page = (HEIGHT, WIDTH) if placed.turned else (WIDTH, HEIGHT)
        for left, bottom, right, top in placed.parts:
            assert (right - left) * placed.scale <= page[0]
            assert (top - bottom) * placed.scale <= page[1]


def test_columns_fit_their_ids_and_short_words_and_share_the_rest() -> None:
    header = [("Mangel", True), ("Beschreibung", True), ("Klasse", True), ("Datum", True)]
    row = [("AL-R1-M01", False), ("Die Löschung auf Antrag entfernt " * 8, False),
           ("2", False), ("14.04.2027", False)]  # fmt: skip
    mangel, text, klasse, datum = column_widths([header, row], 4, 400)
    assert sum((mangel, text, klasse, datum)) == pytest.approx(400)
    # the ID, the date and the header 'Klasse' whole ('Klas-se' was the defect), ...
    assert mangel > 50 and datum > 50 and klasse > 35
    # ... the rest to the column with the text
    assert text > 400 / 2
