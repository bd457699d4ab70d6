"""Traceability views on a small project with known answers, cell by cell."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from sphinx.errors import ConfigError

from tests.conftest import NODE_MODULES, html_of, text_of, warnings_of
from tests.test_pdf import build_pdf
from tests.test_pdf import text_of as pdf_text

ROOT = Path(__file__).parent / "roots" / "test-trace"


def cells(table: Any) -> list[list[str]]:
    return [[text_of(cell) for cell in row.select("th, td")] for row in table.select("tr")]


def tables(app: Any) -> list[Any]:
    return html_of(app, "views").select("table")


@pytest.mark.sphinx("html", testroot="trace")
def test_scene_requirement_matrix_cell_by_cell(app: Any) -> None:
    app.build()
    assert warnings_of(app) == ""
    assert cells(tables(app)[0]) == [
        ["Anforderung", "SZ-01", "SZ-02", "Σ"],
        ["Objekte"],
        ["ANF-F-01 Gemeinsame Funktion", "●", "●", "2"],
        ["ANF-F-02 Nur Szene eins", "●", "", "1"],
        ["ANF-F-03 Ungeprüfte Pflicht", "", "●", "1"],
        ["ANF-Q-01 Antwortzeit", "", "●", "1"],
        ["Σ", "2", "3", "5"],
    ]


@pytest.mark.sphinx("html", testroot="trace")
def test_matrix_with_scenes_as_rows_and_a_priority_filter(app: Any) -> None:
    app.build()
    assert cells(tables(app)[1]) == [
        ["Kundenszene", "ANF-F-01", "ANF-F-03", "ANF-Q-01", "Σ"],
        ["Marketing"],
        ["SZ-01 Erste Szene", "●", "", "", "1"],
        ["Service"],
        ["SZ-02 Zweite Szene", "●", "●", "●", "3"],
        ["Σ", "2", "1", "1", "4"],
    ]


@pytest.mark.sphinx("html", testroot="trace")
def test_trace_table_from_requirement_to_tests(app: Any) -> None:
    app.build()
    assert cells(tables(app)[2]) == [
        ["Anforderung", "Titel", "abgeleitet aus Tätigkeiten", "Kundenszenen", "geprüft durch"],
        ["ANF-F-01", "Gemeinsame Funktion", "TA-01-01, TA-02-01", "SZ-01, SZ-02", "AT-01"],
        ["ANF-F-02", "Nur Szene eins", "TA-01-01", "SZ-01", ""],
        ["ANF-F-03", "Ungeprüfte Pflicht", "TA-02-01", "SZ-02", ""],
        ["ANF-Q-01", "Antwortzeit", "", "SZ-02", "AT-02"],
    ]
    links = {a.get_text(): a["href"] for a in tables(app)[2].select("a")}
    assert links["TA-02-01"] == "objects.html#TA-02-01"


@pytest.mark.sphinx("html", testroot="trace")
def test_coverage_figures_per_scene_and_overall(app: Any) -> None:
    app.build()
    assert cells(tables(app)[3]) == [
        [
            "Kundenszene",
            "Tätigkeiten mit Anforderung",
            "Anforderungen mit Tätigkeit",
            "Muss-Anforderungen mit Abnahmetest",
        ],
        ["SZ-01", "1/2 (50 %)", "2/2 (100 %)", "1/1 (100 %)"],
        ["SZ-02", "1/1 (100 %)", "2/2 (100 %)", "2/3 (67 %)"],
        ["Gesamt", "2/3 (67 %)", "3/3 (100 %)", "2/3 (67 %)"],
    ]
    page = html_of(app, "views")
    gaps = [text_of(item) for item in page.select("ul.lastenheft-gaps li")]
    assert gaps == [
        "Tätigkeiten mit Anforderung: TA-01-02",
        "Anforderungen mit Tätigkeit: keine",
        "Muss-Anforderungen mit Abnahmetest: ANF-F-03",
    ]
    chart = page.select_one("figure pre.mermaid, div.figure pre.mermaid")
    assert chart is not None
    assert 'x-axis ["SZ-01", "SZ-02"]' in chart.get_text()
    assert "bar [50, 100]" in chart.get_text()
    assert "line [100, 67]" in chart.get_text()


@pytest.mark.sphinx(
    "html",
    testroot="trace",
    confoverrides={
        "lastenheft_coverage_thresholds": {
            "activities_with_requirement": 100,
            "mandatory_with_test": 50,
        }
    },
)
def test_a_missed_threshold_fails_with_each_gap_at_its_location(app: Any) -> None:
    app.build()
    assert warnings_of(app).splitlines() == [
        f"{Path(app.srcdir) / 'objects.md'}:28: WARNING: 'TA-01-02' ist eine Lücke in "
        "activities_with_requirement: 67 %, wo lastenheft_coverage_thresholds 100 % verlangt. "
        "Um sie zu schließen, leiten Sie eine Anforderung daraus ab (':derived_from:'). "
        "[lastenheft.coverage]"
    ]


def test_an_unknown_metric_is_a_config_error(make_app: Any, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="names unknown metrics: everything"):
        make_app(
            "html",
            srcdir=ROOT,
            builddir=tmp_path,
            confoverrides={"lastenheft_coverage_thresholds": {"everything": 100}},
        )


@pytest.mark.sphinx("html", testroot="trace", confoverrides={"language": "en",
    "lastenheft_priorities": ["Muss", "Soll"], "lastenheft_areas": ["Marketing", "Service"],
    "lastenheft_categories": ["Funktion", "Qualität", "Rahmen"]})  # fmt: skip
def test_labels_follow_the_language(app: Any) -> None:
    app.build()
    assert warnings_of(app) == ""
    headers = [cells(table)[0] for table in tables(app)]
    assert headers[2] == ["Requirement", "Title", "derived from activities",
                          "Customer scenes", "verified by"]  # fmt: skip
    assert headers[3][0] == "Customer scene"


def test_views_render_in_the_pdf(tmp_path: Path) -> None:
    pdf, _ = build_pdf(ROOT, tmp_path / "latex", tmp_path / "cache")
    text = " ".join(pdf_text(pdf).split())
    assert re.search(r"ANF-F-01 \(S\. \d+\) Gemeinsame Funktion • • 2", text), text
    assert "Gesamt 2/3 (67 %) 3/3 (100 %) 2/3 (67 %)" in text
    assert len(list((tmp_path / "latex").glob("diagram-*.pdf"))) == 1


def test_html_has_no_placeholders_left(tmp_path: Path, make_app: Any) -> None:
    app = make_app("html", srcdir=ROOT, builddir=tmp_path)
    app.build()
    html = (Path(app.outdir) / "views.html").read_text("utf-8")
    assert "trace_placeholder" not in html
    assert BeautifulSoup(html, "html.parser").select("table")


def test_trace_table_and_coverage_with_a_test_run(make_app: Any, tmp_path: Path) -> None:
    srcdir = tmp_path / "src"
    shutil.copytree(ROOT, srcdir)
    (srcdir / "r1.csv").write_text(
        "Testfall;Ergebnis;Mangelklasse;Mangelbeschreibung;Tester;Datum\n"
        "AT-01;bestanden;;;Anna;01.12.2026\n"
        "AT-02;nicht bestanden;2;zu langsam;Jan;02.12.2026\n",
        "utf-8",
    )
    (srcdir / "run.md").write_text(
        "# Lauf\n\n```{testrun} Erster Lauf\n:id: AL-1\n:protocol: r1.csv\n```\n", "utf-8"
    )
    index = srcdir / "index.md"
    index.write_text(index.read_text("utf-8").replace("views\n", "views\nrun\n"), "utf-8")
    views = srcdir / "views.md"
    views.write_text(
        views.read_text("utf-8")
        + "\n```{tracetable}\n:run: AL-1\n```\n\n```{coverage}\n:run: AL-1\n```\n",
        "utf-8",
    )
    app = make_app("html", srcdir=srcdir, builddir=tmp_path / "out",
                   confoverrides={"lastenheft_node_modules": str(NODE_MODULES)})  # fmt: skip
    app.build()
    assert warnings_of(app) == ""
    trace, coverage_table = tables(app)[4], tables(app)[5]
    assert [row[-1] for row in cells(trace)] == [
        "Ergebnis AL-1", "AT-01 bestanden", "\N{EN DASH}", "\N{EN DASH}",
        "AT-02 nicht bestanden (2)",
    ]  # fmt: skip
    assert [row[-1] for row in cells(coverage_table)] == [
        "Testfälle bestanden (AL-1)", "1/1 (100 %)", "1/2 (50 %)", "1/2 (50 %)",
    ]  # fmt: skip
    gaps = [text_of(item) for item in html_of(app, "views").select("ul.lastenheft-gaps li")]
    assert gaps[-1] == "Testfälle bestanden (AL-1): AT-02"
    # without ':run:' the views are as before
    assert len(cells(tables(app)[2])[0]) == 5
    assert len(cells(tables(app)[3])[0]) == 4
