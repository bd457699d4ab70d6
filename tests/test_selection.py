"""System selection on a small project whose figures are worked out by hand.

The project (tests/roots/test-selection) has five requirements and three vendors; go-live is
2027-06-30, points S 10, K 8, C 6, D 5, Z 3, R 2, N 0, weights Muss 3, Soll 2, Kann 1:

    requirement  priority  V-A (Alpha)  V-B (Beta)  V-C (Gamma)
    ANF-01       Muss      S            K 2 PT      R 2027-09-01 (after go-live: knock-out)
    ANF-02       Muss      K 3 PT       S           N (knock-out)
    ANF-03       Soll      C 5 PT       S           R 2027-03-01
    ANF-04       Kann      Z 8 PT       D 4 PT      S
    ANF-05       Soll      S            K 1 PT      S         (cross-cutting: concerns SZ-01)

By hand, with a maximum of 10 x (3 + 3 + 2 + 1 + 2) = 110:

- V-A: 30 + 24 + 12 + 3 + 20 = 89, 80.9 %, 16 person-days;
- V-B: 24 + 30 + 20 + 5 + 16 = 95, 86.4 %, 7 person-days;
- V-C: 6 + 0 + 4 + 10 + 20 = 40, 36.4 %, knocked out by ANF-01 (roadmap) and ANF-02 (N).

Ranking: V-B, V-A, V-C knocked out. The chosen vendor V-B's Pflichtenheft: ANF-01 (K 2) in
PS-01-1, ANF-04 (D 4) in PS-01-2, ANF-05 (K 1) cross-cutting; K 3 + D 4 = 7 person-days.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from bs4 import BeautifulSoup
from sphinx.testing.util import SphinxTestApp

from sphinx_lastenheft.config import settings
from sphinx_lastenheft.model.store import get_model
from sphinx_lastenheft.views.selection.scoring import evaluate, ranking
from sphinx_lastenheft.views.selection.vendors import checked_vendors
from tests.conftest import NODE_MODULES, html_of, sphinx_build, text_of, warnings_of
from tests.test_rebuilds import assert_same_pages

ROOT = Path(__file__).parent / "roots" / "test-selection"
NONE = "\N{EN DASH}"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SphinxTestApp]:
    """The project, built once for the tests that only read it."""
    srcdir = tmp_path_factory.mktemp("selection") / "src"
    shutil.copytree(ROOT, srcdir)
    app = SphinxTestApp(
        "html",
        srcdir=srcdir,
        builddir=srcdir.parent / "_build",
        confoverrides={"lastenheft_node_modules": str(NODE_MODULES)},
    )
    app.build()
    yield app
    app.cleanup()


def test_the_project_builds_without_warnings(built: Any) -> None:
    assert warnings_of(built) == ""


def test_scores_knockouts_and_effort_match_the_hand_computed_values(built: Any) -> None:
    model = get_model(built.env)
    options = settings(built.config).options
    evaluations = {
        vendor_id: evaluate(model, checked, options)
        for vendor_id, checked in checked_vendors(built.env).items()
    }
    assert evaluations["V-A"].percent() == pytest.approx(100 * 89 / 110)
    assert evaluations["V-B"].percent() == pytest.approx(100 * 95 / 110)
    assert evaluations["V-C"].percent() == pytest.approx(100 * 40 / 110)
    assert [e.effort for e in evaluations.values()] == [16, 7, 0]
    assert not evaluations["V-A"].knocked_out and not evaluations["V-B"].knocked_out
    assert [(k.requirement, k.fulfilment.value) for k in evaluations["V-C"].knockouts] == [
        ("ANF-01", "R"),
        ("ANF-02", "N"),
    ]
    assert [e.vendor_id for e in ranking(list(evaluations.values()))] == ["V-B", "V-A", "V-C"]
    # the effort per scene: each requirement where it is met first, cross-cutting apart
    scenes = evaluations["V-B"].scenes
    assert (scenes["SZ-01"].effort, scenes[""].effort) == (6, 1)


def test_the_comparison_ranks_the_vendors_with_their_reasons(built: Any) -> None:
    page = html_of(built, "auswahl")
    rows = [
        [text_of(cell) for cell in row.select("td")]
        for row in page.select("table.lastenheft-vendors tbody tr")
    ]
    assert [row[:4] for row in rows] == [
        ["1", "Beta Software GmbH", "86,4 %", "7 PT"],
        ["2", "Alpha CRM AG", "80,9 %", "16 PT"],
        ["ausgeschlossen", "Gamma Systems", "36,4 %", "0 PT"],
    ]
    # the 5-year cost: the price plus the person-days at the day rate (none set here)
    assert [row[4] for row in rows] == ["250.000 EUR", "300.000 EUR", NONE]
    assert rows[2][5] == (
        "nicht erfüllbare Muss-Anforderungen: ANF-02; "
        "Muss-Anforderungen erst nach dem Go-live (30.06.2027): ANF-01 (01.09.2027)"
    )
    chart = page.select_one("figure pre.mermaid")
    assert chart is not None
    assert "bar [86.4, 80.9, 36.4]" in chart.get_text()


def test_every_row_of_every_answer_file_is_shown(built: Any) -> None:
    page = html_of(built, "auswahl")
    facts = [text_of(table) for table in page.select("table.lastenheft-vendor-facts")]
    assert facts[0] == (
        "Anbieter Alpha CRM AG (V-A) Antwort vom 10.01.2027 Kosten (5 Jahre) 300.000 EUR "
        "Engere Wahl ja"
    )
    sources = text_of(page)
    for name in ("alpha.csv", "beta.csv", "gamma.csv"):
        assert f"{name}: 5 Zeilen gelesen, 5 Antworten übernommen, 0 mit Warnung" in sources


def test_each_requirement_shows_every_vendors_answer(built: Any) -> None:
    requirement = text_of(html_of(built, "anforderungen").find(id="ANF-01"))
    assert "Antworten der Anbieter: V-A S · V-B K (2 PT) · V-C R (01.09.2027)" in requirement


def test_the_pflichtenheft_lists_the_chosen_vendors_gaps_by_step(built: Any) -> None:
    page = html_of(built, "auswahl")
    table = page.select_one("table.lastenheft-pflichtenheft")
    rows = [text_of(row) for row in table.select("tbody tr")]
    assert rows[0] == "SZ-01 Anfrage wird Angebot · PS-01-1 Anfrage annehmen"
    assert rows[1] == (
        "ANF-01 Anfragen erfassen K Konfiguration Formular für Anfragen einrichten 2 laut Antwort"
    )
    assert rows[2] == "SZ-01 Anfrage wird Angebot · PS-01-2 Angebot erstellen"
    assert rows[3].startswith("ANF-04 Angebot online annehmen D Drittanbieter")
    assert rows[4] == "Übergreifende Anforderungen"
    assert rows[5].startswith("ANF-05 Antwortzeit K Konfiguration Caching konfigurieren 1")
    summary = page.select_one("table.lastenheft-effort")
    assert [text_of(row) for row in summary.select("tbody tr")] == [
        "SZ-01 Anfrage wird Angebot 2 0 0 4 6",
        "Übergreifende Anforderungen 1 0 0 0 1",
        "Summe 3 0 0 4 7",
    ]


def test_vendor_text_is_escaped(built: Any) -> None:
    html = (Path(built.outdir) / "auswahl.html").read_text("utf-8")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_role_handbook_shows_the_chosen_vendors_solutions(built: Any) -> None:
    page = html_of(built, "handbuch")
    table = page.select("table.lastenheft-handbook")[-1]
    header = [text_of(cell) for cell in table.select("thead th")]
    assert header[-1] == "Lösung (Beta Software GmbH)"
    solutions = [text_of(row.select("td")[-1]) for row in table.select("tbody tr")]
    assert solutions == [
        "Formular für Anfragen einrichten",
        "Kalkulation im Standard",
        "Vorlagenverwaltung im Standard",
    ]


def test_a_bad_answer_row_fails_the_build_with_file_and_row(tmp_path: Path) -> None:
    srcdir = tmp_path / "src"
    shutil.copytree(ROOT, srcdir)
    gamma = srcdir / "antworten" / "gamma.csv"
    gamma.write_text(gamma.read_text("utf-8").replace("ANF-02;N;;;;", "ANF-02;X;;;;"), "utf-8")
    result = sphinx_build(srcdir, tmp_path / "out")
    assert result.returncode != 0
    assert f"{gamma}:3: WARNING:" in result.stderr
    assert "[lastenheft.vendor_answers]" in result.stderr


def test_an_unknown_chosen_vendor_names_conf_py(tmp_path: Path) -> None:
    srcdir = tmp_path / "src"
    shutil.copytree(ROOT, srcdir)
    result = sphinx_build(srcdir, tmp_path / "out", "-D", "lastenheft_chosen_vendor=V-X")
    assert result.returncode != 0
    assert f"{srcdir / 'conf.py'}:7: WARNING: lastenheft_chosen_vendor nennt 'V-X'" in (
        result.stderr
    )


def test_an_edited_answer_file_rebuilds_to_the_pages_of_a_clean_build(tmp_path: Path) -> None:
    srcdir = tmp_path / "src"
    shutil.copytree(ROOT, srcdir)
    assert sphinx_build(srcdir, tmp_path / "incremental").returncode == 0
    beta = srcdir / "antworten" / "beta.csv"
    beta.write_text(
        beta.read_text("utf-8").replace(
            "ANF-02;S;;Kalkulation im Standard;", "ANF-02;C;6;Kalkulation per Skript;"
        ),
        "utf-8",
    )
    assert sphinx_build(srcdir, tmp_path / "incremental").returncode == 0
    assert sphinx_build(srcdir, tmp_path / "clean").returncode == 0
    assert_same_pages(tmp_path / "incremental", tmp_path / "clean")
    requirement = (tmp_path / "incremental" / "anforderungen.html").read_text("utf-8")
    assert "V-B C (6 PT)" in requirement


def test_labels_follow_the_language(tmp_path: Path) -> None:
    srcdir = tmp_path / "src"
    shutil.copytree(ROOT, srcdir)
    conf = srcdir / "conf.py"
    conf.write_text(conf.read_text("utf-8").replace('language = "de"', 'language = "en"'))
    result = sphinx_build(
        srcdir,
        tmp_path / "out",
        "-D",
        "lastenheft_priorities=Muss,Soll,Kann",
        "-D",
        "lastenheft_categories=Funktion,Information,Schnittstelle,Qualität,Rahmen",
        "-D",
        "lastenheft_areas=Vertrieb",
    )
    assert result.returncode == 0, result.stderr
    page = BeautifulSoup((tmp_path / "out" / "auswahl.html").read_text("utf-8"), "html.parser")
    header = [text_of(cell) for cell in page.select("table.lastenheft-vendors thead th")]
    assert header == ["Rank", "Vendor", "Utility score", "Effort", "Cost (5 years)", "Reason"]
    assert "mandatory requirements not possible: ANF-02" in text_of(page)
    written = (tmp_path / "out" / "_downloads" / "lastenheft").iterdir()
    assert "requirements-questionnaire.xlsx" in {path.name for path in written}


def answer_as_delta(srcdir: Path, outdir: Path, view: str, **cells: str) -> None:
    """A new vendor, Delta AG (V-D), answers the questionnaire the build of ``srcdir`` wrote
    to ``outdir`` with the given ``cells`` (column: value) in every row; the page of the
    vendors also shows ``view`` (e.g. '{vendorevaluation} V-D')."""
    blank = outdir / "_downloads" / "lastenheft" / "anforderungsfragebogen.xlsx"
    workbook = openpyxl.load_workbook(blank)
    sheet = workbook["Fragebogen"]
    header = [cell.value for cell in sheet[1]]
    for row in range(2, sheet.max_row + 1):
        for column, value in cells.items():
            sheet.cell(row, header.index(column) + 1, value)
    workbook.save(srcdir / "antworten" / "delta.xlsx")
    page = srcdir / "auswahl.md"
    page.write_text(
        page.read_text("utf-8")
        + "\n```{vendor} Delta AG\n:id: V-D\n:answers: antworten/delta.xlsx\n```\n\n"
        + f"```{view}\n```\n",
        "utf-8",
    )


def test_a_requirement_changed_after_the_answer_is_marked(tmp_path: Path) -> None:
    """Round trip: the exported questionnaire, answered by a new vendor, read back; then a
    requirement changes and its answer is marked as older than the requirement."""
    srcdir = tmp_path / "src"
    shutil.copytree(ROOT, srcdir)
    assert sphinx_build(srcdir, tmp_path / "first").returncode == 0
    cells = {"Erfüllungsart": "S", "Lösungsbeschreibung": "Im Standard"}
    answer_as_delta(srcdir, tmp_path / "first", "{vendorevaluation} V-D", **cells)
    requirements = srcdir / "anforderungen.md"
    requirements.write_text(
        requirements.read_text("utf-8").replace("Angebotsvorlagen", "Angebotsvorlagen je Sparte"),
        "utf-8",
    )
    result = sphinx_build(srcdir, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    evaluation = text_of(
        BeautifulSoup((tmp_path / "out" / "auswahl.html").read_text("utf-8"), "html.parser")
    )
    assert "Antwort älter als die Anforderung: ANF-03" in evaluation
    answers = text_of(
        BeautifulSoup(
            (tmp_path / "out" / "anforderungen.html").read_text("utf-8"), "html.parser"
        ).find(id="ANF-03")
    )
    assert "V-D S (Antwort älter als die Anforderung)" in answers
