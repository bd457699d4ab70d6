"""Acceptance testing on a small project whose answers are worked out by hand.

The project (tests/roots/test-acceptance) has three scenes, six requirements and six tests:

    ANF-01 Muss  <- AT-01 (end-to-end SZ-01), AT-02
    ANF-02 Soll  <- AT-01, AT-06
    ANF-03 Muss  <- AT-03 (end-to-end SZ-02)
    ANF-04 Muss  <- AT-03, AT-04
    ANF-05 Kann  (no test; scene SZ-03)
    ANF-06 Muss  <- AT-05 (automated, JUnit; concerns SZ-02)

The round trip fills the exported blank protocol with FILLED and adds a JUnit file in which
AT-05 passes. By hand:

- ANF-01 erfüllt (AT-01 bestanden, AT-02 mit Mangel of class 3 counts as passed);
  ANF-02 nicht getestet (AT-06 nicht getestet); ANF-03 nicht erfüllt (AT-03 failed);
  ANF-04 nicht erfüllt (AT-03 failed although AT-04 passed); ANF-05 nicht getestet (no test);
  ANF-06 erfüllt.
- SZ-01 nicht getestet (ANF-02); SZ-02 nicht erfüllt (ANF-03, ANF-04, AT-03);
  SZ-03 nicht getestet (ANF-05).
- Defects: class 2 AL-T1-M01 (AT-03), class 3 AL-T1-M02 (AT-02).
- Decision: no class 1 defect, every Muss requirement's tests were run (ANF-01: AT-01,
  AT-02; ANF-03: AT-03; ANF-04: AT-03, AT-04; ANF-06: AT-05), a class 2 defect stands:
  unter Vorbehalt, on condition of AL-T1-M01.
"""

from __future__ import annotations

import csv
import datetime
import re
import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from bs4 import BeautifulSoup

from tests.conftest import NODE_MODULES, sphinx_build, text_of, warnings_of
from tests.test_pdf import build_pdf
from tests.test_pdf import text_of as pdf_text
from tests.test_rebuilds import assert_same_pages

ROOT = Path(__file__).parent / "roots" / "test-acceptance"
TEMPLATE = Path("_downloads/lastenheft/abnahmeprotokoll-vorlage.xlsx")
HEADER = ["Testfall", "Ergebnis", "Mangelklasse", "Mangelbeschreibung", "Tester", "Datum"]

DAY_1, DAY_2 = datetime.date(2026, 12, 1), datetime.date(2026, 12, 2)
FILLED: dict[str, tuple[str, int | None, str, str, datetime.date | None]] = {
    "AT-01": ("bestanden", None, "", "Anna Berger", DAY_1),
    "AT-02": ("mit Mangel", 3, "Tippfehler in der Maske", "Anna Berger", DAY_1),
    "AT-03": ("nicht bestanden", 2, "Ersatz wird nicht ausgelöst", "Jan Koch", DAY_2),
    "AT-04": ("bestanden", None, "", "Jan Koch", DAY_2),
    "AT-06": ("nicht getestet", None, "", "Anna Berger", None),
}
#: Shown where there is nothing.
NONE = "\N{EN DASH}"

JUNIT = """<?xml version="1.0" encoding="UTF-8"?>
<testsuites>
  <testsuite name="performance" tests="1" timestamp="2026-12-03T09:30:00">
    <testcase classname="perf" name="test_response_time[AT-05]" time="1.2"/>
  </testsuite>
</testsuites>
"""


def fill_protocol(template: Path, target: Path, filled: dict[str, Any]) -> None:
    """Fill the blank protocol as a tester does, column by column name."""
    workbook = openpyxl.load_workbook(template)
    sheet = workbook["Protokoll"]
    columns = {cell.value: cell.column for cell in sheet[1]}
    for row in range(2, sheet.max_row + 1):
        test_id = sheet.cell(row, columns["Testfall"]).value
        if test_id not in filled:
            continue
        for name, value in zip(HEADER[1:], filled[test_id], strict=True):
            sheet.cell(row, columns[name]).value = value
    target.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(target)


def copy_root(target: Path) -> Path:
    shutil.copytree(ROOT, target)
    (target / "results").mkdir()
    (target / "results" / "auto.xml").write_text(JUNIT, "utf-8")
    return target


def set_run_option(srcdir: Path, name: str, value: str) -> None:
    """Set (or, with an empty value, remove) an option of the run in run.md."""
    page = srcdir / "run.md"
    lines = [
        line for line in page.read_text("utf-8").splitlines() if not line.startswith(f":{name}:")
    ]
    if value:
        lines.insert(lines.index(":id: AL-T1") + 1, f":{name}: {value}")
    page.write_text("\n".join(lines) + "\n", "utf-8")


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ";") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file, delimiter=delimiter).writerows([HEADER, *rows])


def write_xlsx(path: Path, rows: list[list[Any]], header: list[str] = HEADER) -> None:
    workbook = openpyxl.Workbook()
    for row in [header, *rows]:
        workbook.active.append(row)
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)


def cells(table: Any) -> list[list[str]]:
    return [[text_of(cell) for cell in row.select("th, td")] for row in table.select("tr")]


def plain_cells(table: Any) -> list[list[str]]:
    """Cells as read, where links stand inside a sentence ('M01 (AT-03: …)')."""
    return [
        [" ".join(cell.get_text().split()) for cell in row.select("th, td")]
        for row in table.select("tr")
    ]


def page_of(outdir: Path, name: str) -> BeautifulSoup:
    return BeautifulSoup((outdir / f"{name}.html").read_text("utf-8"), "html.parser")


@pytest.fixture(scope="module")
def round_trip(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Build, export the blank protocol, fill it, import it with a JUnit file, build again."""
    work = tmp_path_factory.mktemp("round-trip")
    srcdir = copy_root(work / "src")
    first = sphinx_build(srcdir, work / "first", strict=False)
    assert first.returncode == 0, first.stderr
    # Before the protocol is filled in, the run names a file that does not exist yet.
    assert re.findall(r"WARNING: (.*)", first.stderr) == [
        "Das Testprotokoll 'results/r1.xlsx' existiert nicht. Exportieren Sie das leere "
        "Protokoll aus dem Build, füllen Sie es aus und nennen Sie diese Datei. "
        "[lastenheft.test_results]"
    ]
    fill_protocol(work / "first" / TEMPLATE, srcdir / "results" / "r1.xlsx", FILLED)
    second = sphinx_build(srcdir, work / "html")
    assert second.returncode == 0, second.stderr
    assert "WARNING" not in second.stderr
    return srcdir, work / "html"


def test_the_blank_protocol_lists_every_test_with_drop_downs(
    round_trip: tuple[Path, Path],
) -> None:
    workbook = openpyxl.load_workbook(round_trip[1] / TEMPLATE)
    sheet = workbook["Protokoll"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == ["Testfall", "Titel", "Kundenszenen", "Rolle", "Prüft Anforderungen",
                       *HEADER[1:]]  # fmt: skip
    assert rows[1] == ["AT-01", "Anfrage bis Auftrag durchspielen", "SZ-01", "R-V Vertrieb",
                       "ANF-01, ANF-02", None, None, None, None, None]  # fmt: skip
    assert [row[0] for row in rows[1:]] == ["AT-01", "AT-02", "AT-03", "AT-04", "AT-05", "AT-06"]
    validations = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert validations == {
        "F2:F7": '"bestanden,mit Mangel,nicht bestanden,nicht getestet"',
        "G2:G7": '"1,2,3"',
    }
    assert sheet.freeze_panes == "B2"
    # The given columns are locked and grey, what testers fill in is not.
    assert sheet.protection.sheet
    assert sheet["A2"].protection.locked and sheet["E2"].protection.locked
    assert not any(sheet[f"{column}2"].protection.locked for column in "FGHIJ")
    assert sheet["A2"].fill.fgColor.rgb.endswith("D9D9D9")
    assert "Hinweise" in workbook.sheetnames


def test_the_blank_protocol_is_the_same_in_every_build(
    round_trip: tuple[Path, Path], tmp_path: Path
) -> None:
    srcdir, outdir = round_trip
    again = sphinx_build(srcdir, tmp_path / "again")
    assert again.returncode == 0, again.stderr
    assert (tmp_path / "again" / TEMPLATE).read_bytes() == (outdir / TEMPLATE).read_bytes()


def test_result_per_test(round_trip: tuple[Path, Path]) -> None:
    (table,) = page_of(round_trip[1], "views").select("table.lastenheft-results")
    assert cells(table) == [
        ["Testfall", "Titel", "Ergebnis", "Tester", "Datum"],
        ["AT-01", "Anfrage bis Auftrag durchspielen", "bestanden", "Anna Berger", "01.12.2026"],
        ["AT-02", "Anfrage mit Pflichtfeldern", "mit Mangel (3)", "Anna Berger", "01.12.2026"],
        ["AT-03", "Reklamation bis Lösung durchspielen", "nicht bestanden (2)", "Jan Koch",
         "02.12.2026"],
        ["AT-04", "Ersatzlieferung auslösen", "bestanden", "Jan Koch", "02.12.2026"],
        ["AT-05", "Antwortzeit messen", "bestanden", "automatisiert", "03.12.2026"],
        ["AT-06", "Angebotsvorlage wählen", "nicht getestet", "Anna Berger", ""],
    ]  # fmt: skip


def test_status_per_requirement(round_trip: tuple[Path, Path]) -> None:
    (table,) = page_of(round_trip[1], "views").select("table.lastenheft-requirement-results")
    assert [[row[0], row[4]] for row in cells(table)] == [
        ["Anforderung", "Status"],
        ["ANF-01", "erfüllt"],
        ["ANF-02", "nicht getestet"],
        ["ANF-03", "nicht erfüllt"],
        ["ANF-04", "nicht erfüllt"],
        ["ANF-05", "nicht getestet"],
        ["ANF-06", "erfüllt"],
    ]
    assert cells(table)[4][3] == "AT-03 nicht bestanden (2), AT-04 bestanden"


def test_status_per_scene(round_trip: tuple[Path, Path]) -> None:
    (table,) = page_of(round_trip[1], "views").select("table.lastenheft-scene-results")
    assert cells(table) == [
        ["Kundenszene", "Anforderungen erfüllt", "Ende-zu-Ende-Tests bestanden", "Status"],
        ["SZ-01 Anfrage wird Auftrag", "1/2", "AT-01 bestanden", "nicht getestet"],
        ["SZ-02 Reklamation wird gelöst", "1/3", "AT-03 nicht bestanden (2)", "nicht erfüllt"],
        ["SZ-03 Newsletter", "0/1", NONE, "nicht getestet"],
    ]


def test_defect_list_by_class(round_trip: tuple[Path, Path]) -> None:
    (table,) = page_of(round_trip[1], "views").select("table.lastenheft-defects")
    assert cells(table) == [
        ["Mangel", "Testfall", "Anforderungen", "Beschreibung", "Klasse", "Tester", "Datum"],
        ["Mangelklasse 2: wesentliche Teilfunktionen blockiert"],
        ["AL-T1-M01", "AT-03", "ANF-03, ANF-04", "Ersatz wird nicht ausgelöst", "2", "Jan Koch",
         "02.12.2026"],
        ["Mangelklasse 3: geringfügiger Mangel"],
        ["AL-T1-M02", "AT-02", "ANF-01", "Tippfehler in der Maske", "3", "Anna Berger",
         "01.12.2026"],
    ]  # fmt: skip


def test_the_protocol_derives_the_decision(round_trip: tuple[Path, Path]) -> None:
    page = page_of(round_trip[1], "run")
    assert text_of(page.select_one("p.lastenheft-decision")) == "Abnahme: unter Vorbehalt"
    assert plain_cells(page.select_one("table.lastenheft-decision-table")) == [
        ["Aus den Ergebnissen abgeleitet", "unter Vorbehalt"],
        ["Grund", "Mängel der Klasse 2: AL-T1-M01"],
        ["Bedingungen (Behebung der Mängel der Klasse 2)",
         "AL-T1-M01 (AT-03: Ersatz wird nicht ausgelöst)"],
        ["Im Rahmen der Gewährleistung zu beheben (Klasse 3)",
         "AL-T1-M02 (AT-02: Tippfehler in der Maske)"],
    ]  # fmt: skip


def test_the_protocol_page_has_facts_parts_and_signatures(round_trip: tuple[Path, Path]) -> None:
    page = page_of(round_trip[1], "run")
    assert cells(page.select_one("table.lastenheft-run-facts")) == [
        ["Projekt", "Abnahmetest"],
        ["Lastenheft-Version", "2.0"],
        ["Testlauf", "AL-T1 Abnahme Release 2"],
        ["Release", "2.0.1"],
        ["Testumgebung", "Abnahmesystem"],
        ["Zeitraum", "01.12.2026 bis 04.12.2026"],
        ["Teilnehmende", "Anna Berger, Jan Koch"],
    ]
    assert cells(page.select_one("table.lastenheft-summary")) == [
        ["Testfälle", "6 gesamt: 3 bestanden, 1 mit Mangel, 1 nicht bestanden, 1 nicht getestet"],
        ["Anforderungen", "6 gesamt: 2 erfüllt, 2 nicht erfüllt, 2 nicht getestet"],
        ["Kundenszenen", "3 gesamt: 0 erfüllt, 1 nicht erfüllt, 2 nicht getestet"],
    ]
    headings = [text_of(h).rstrip("¶ ") for h in page.select("section section h2")]
    assert headings == ["Ergebnisse je Testfall", "Status je Kundenszene",
                        "Nicht erfüllte und nicht getestete Anforderungen", "Mängel",
                        "Abnahmeentscheidung", "Unterschriften"]  # fmt: skip
    signatures = page.select(".lastenheft-signature")
    assert [text_of(s) for s in signatures] == [
        "Auftraggeber Beispiel AG Ort, Datum Unterschrift",
        "Auftragnehmer Ort, Datum Unterschrift",
    ]


def test_every_row_is_a_result_or_a_warning(round_trip: tuple[Path, Path]) -> None:
    page = page_of(round_trip[1], "run")
    sources = [text_of(item) for item in page.select("ul.lastenheft-run-sources li")]
    # The automated test's row is left open in the testers' protocol: JUnit holds its result.
    assert sources == [
        "r1.xlsx (Testprotokoll): 6 Zeilen gelesen, 5 Ergebnisse übernommen, 0 mit Warnung "
        "verworfen, 1 ohne Eintrag, da eine andere Datei das Ergebnis enthält",
        "auto.xml (JUnit-Bericht): 1 Zeilen gelesen, 1 Ergebnisse übernommen, 0 mit Warnung "
        "verworfen",
    ]
    # The filled protocol is part of the website.
    link = page.select_one("ul.lastenheft-run-sources a.download")
    assert link is not None
    assert (round_trip[1] / link["href"]).is_file()
    template = page_of(round_trip[1], "views").select_one("a.download")
    assert template is not None
    assert template["href"] == str(TEMPLATE)


def test_trace_table_and_coverage_show_the_run(round_trip: tuple[Path, Path]) -> None:
    page = page_of(round_trip[1], "views")
    trace = cells(page.select_one("table.lastenheft-trace"))
    assert trace[0][-1] == "Ergebnis AL-T1"
    assert trace[4][-1] == "AT-03 nicht bestanden (2), AT-04 bestanden"
    coverage = cells(page.select_one("table.lastenheft-coverage"))
    assert [row[-1] for row in coverage] == [
        "Testfälle bestanden (AL-T1)", "2/3 (67 %)", "2/3 (67 %)", NONE, "4/6 (67 %)",
    ]  # fmt: skip


# Bad input: each a warning with the file and row, and a sentence that says how to fix it.


def build(make_app: Any, srcdir: Path, tmp_path: Path, **overrides: Any) -> Any:
    overrides.setdefault("lastenheft_node_modules", str(NODE_MODULES))
    app = make_app("html", srcdir=srcdir, builddir=tmp_path / "out", confoverrides=overrides)
    app.build()
    return app


def csv_project(tmp_path: Path, rows: list[list[str]], delimiter: str = ";") -> Path:
    srcdir = copy_root(tmp_path / "src")
    write_csv(srcdir / "results" / "r1.csv", rows, delimiter)
    set_run_option(srcdir, "protocol", "results/r1.csv")
    return srcdir


PASSING = [["AT-01", "bestanden", "", "", "Anna", "01.12.2026"]]


def warnings_list(app: Any) -> list[str]:
    return warnings_of(app).splitlines()


def test_an_unknown_test_id(make_app: Any, tmp_path: Path) -> None:
    srcdir = csv_project(tmp_path, [*PASSING, ["AT-07", "bestanden", "", "", "", ""]])
    app = build(make_app, srcdir, tmp_path)
    assert warnings_list(app) == [
        f"{srcdir / 'results/r1.csv'}:3: WARNING: 'AT-07' ist kein Abnahmetestfall dieses "
        "Lastenhefts. Meinten Sie 'AT-06'? Korrigieren Sie die ID in Spalte 'Testfall', oder "
        "ergänzen Sie den Testfall. [lastenheft.test_results]"
    ]


def test_a_requirement_instead_of_a_test(make_app: Any, tmp_path: Path) -> None:
    srcdir = csv_project(tmp_path, [["ANF-01", "bestanden", "", "", "", ""]])
    app = build(make_app, srcdir, tmp_path)
    assert warnings_list(app) == [
        f"{srcdir / 'results/r1.csv'}:2: WARNING: 'ANF-01' ist eine Anforderung; erfassen Sie "
        "Ergebnisse je Testfall, z. B. die Testfälle, die sie prüfen: AT-01, AT-02. Tragen Sie "
        "die ID des Testfalls in Spalte 'Testfall' ein. [lastenheft.test_results]"
    ]


def test_two_results_for_one_test_across_the_files_of_a_run(make_app: Any, tmp_path: Path) -> None:
    srcdir = csv_project(tmp_path, [*PASSING, ["AT-05", "nicht bestanden", "2", "zu langsam",
                                               "Jan", "03.12.2026"]])  # fmt: skip
    (srcdir / "results" / "auto.xml").write_text(JUNIT, "utf-8")
    xml_line = next(i for i, line in enumerate(JUNIT.splitlines()) if "<testcase" in line)
    app = build(make_app, srcdir, tmp_path)
    assert warnings_list(app) == [
        f"{srcdir / 'results/auto.xml'}:{xml_line + 1}: WARNING: 'AT-05' hat ein zweites "
        "Ergebnis im Testlauf 'AL-T1': results/r1.csv:3 erfasst schon eines, und das zählt. "
        "Behalten Sie ein Ergebnis je Testfall und Lauf; erfassen Sie einen Nachtest als neuen "
        "Testlauf. [lastenheft.test_results]"
    ]
    (table,) = BeautifulSoup(
        (Path(app.outdir) / "views.html").read_text("utf-8"), "html.parser"
    ).select("table.lastenheft-results")
    assert cells(table)[5][2] == "nicht bestanden (2)"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (["AT-01", "ok", "", "", "", ""],
         "'ok' in der Spalte 'Ergebnis' ist kein Ergebnis. Verwenden Sie 'bestanden', "
         "'mit Mangel', 'nicht bestanden' oder 'nicht getestet'."),
        (["AT-01", "", "", "", "Anna", ""],
         "'AT-01' hat kein Ergebnis. Tragen Sie 'bestanden', 'mit Mangel', 'nicht bestanden' "
         "oder 'nicht getestet' in die Spalte 'Ergebnis' ein ('nicht getestet' für einen Test, "
         "der nicht lief)."),
        (["AT-01", "nicht bestanden", "4", "", "", ""],
         "'4' in Spalte 'Mangelklasse' ist keine Fehlerklasse. Verwenden Sie '1 (produktiver "
         "Einsatz unmöglich, keine Umgehung)', '2 (wesentliche Teilfunktionen blockiert)' oder "
         "'3 (geringfügiger Mangel)'."),
        (["AT-01", "mit Mangel", "", "Tippfehler", "", ""],
         "'AT-01' ist 'mit Mangel', hat aber keine Fehlerklasse. Tragen Sie '1 (produktiver "
         "Einsatz unmöglich, keine Umgehung)', '2 (wesentliche Teilfunktionen blockiert)' oder "
         "'3 (geringfügiger Mangel)' in Spalte 'Mangelklasse' ein."),
        (["AT-01", "bestanden", "2", "", "", ""],
         "'AT-01' ist 'bestanden', also ohne Fehler, aber Spalte 'Mangelklasse' nennt '2'. "
         "Leeren Sie die Klasse, oder erfassen Sie das Ergebnis als 'mit Mangel'."),
        (["", "bestanden", "", "", "", ""],
         "Die Zeile nennt keinen Testfall. Tragen Sie die ID des Testfalls in die Spalte "
         "'Testfall' ein, oder löschen Sie die Zeile."),
    ],
)  # fmt: skip
def test_an_unknown_result_or_class(
    make_app: Any, tmp_path: Path, row: list[str], message: str
) -> None:
    srcdir = csv_project(tmp_path, [row])
    app = build(make_app, srcdir, tmp_path)
    assert warnings_list(app) == [
        f"{srcdir / 'results/r1.csv'}:2: WARNING: {message} [lastenheft.test_results]"
    ]


def _broken_xlsx(path: Path) -> None:
    path.write_bytes(b"this is not a spreadsheet")


def _truncated_xlsx(path: Path) -> None:
    write_xlsx(path, PASSING)
    path.write_bytes(path.read_bytes()[:900])


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("r1.xlsx", _broken_xlsx,
         r"run.md:3: WARNING: Das Testprotokoll 'results/r1.xlsx' ist keine lesbare XLSX-Datei "
         r"\(BadZipFile: File is not a zip file\)\. Sie ist vielleicht beschädigt oder "
         r"abgeschnitten: speichern Sie sie erneut aus der Tabellenkalkulation\. Exportieren Sie "
         r"das leere Protokoll"),
        ("r1.xlsx", _truncated_xlsx,
         r"run.md:3: WARNING: Das Testprotokoll 'results/r1.xlsx' ist keine lesbare XLSX-Datei "
         r"\(BadZipFile: .*\)\. Sie ist vielleicht beschädigt oder abgeschnitten"),
        ("r1.ods", lambda p: p.write_bytes(b"PK"),
         r"run.md:3: WARNING: Das Testprotokoll 'results/r1.ods' ist weder XLSX noch CSV\. "
         r"Speichern Sie es als \.xlsx oder als \.csv in UTF-8, getrennt durch ';' oder ','\."),
        ("r1.csv", lambda p: p.write_bytes(b"Testfall;Ergebnis\nAT-01;bestanden\n"),
         r"results/r1.csv:1: WARNING: Der Kopfzeile von 'results/r1.csv' fehlen die Spalten "
         r"Mangelklasse, Mangelbeschreibung, Tester, Datum\. Die erste Zeile muss die Spalten "
         r"Testfall, Ergebnis, Mangelklasse, Mangelbeschreibung, Tester, Datum nennen \(wie im "
         r"leeren Protokoll\)\."),
        ("r1.csv", lambda p: p.write_bytes(";".join(HEADER).encode("cp1252") + b"\nAT-01;\xe4\n"),
         r"run.md:3: WARNING: Das Testprotokoll 'results/r1.csv' ist keine lesbare CSV-Datei "
         r"\(not UTF-8: invalid continuation byte at byte \d+\)"),
    ],
)  # fmt: skip
def test_a_malformed_protocol(
    make_app: Any, tmp_path: Path, name: str, make: Any, message: str
) -> None:
    srcdir = copy_root(tmp_path / "src")
    make(srcdir / "results" / name)
    set_run_option(srcdir, "protocol", f"results/{name}")
    app = build(make_app, srcdir, tmp_path)
    (warning,) = warnings_list(app)
    assert re.match(rf"{re.escape(str(srcdir))}/{message}", warning), warning
    assert warning.endswith("[lastenheft.test_results]")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (JUNIT[:150],
         r"results/auto.xml:4: WARNING: Die JUnit-Datei 'results/auto.xml' ist kein wohlgeformtes "
         r"XML \(unclosed token\); sie ist vielleicht abgeschnitten\. Kopieren Sie den "
         r"vollständigen Bericht des Testlaufs erneut\."),
        ('<?xml version="1.0"?>\n<report><case/></report>\n',
         r"results/auto.xml:2: WARNING: Die Datei 'results/auto.xml' ist kein JUnit-XML: ihr "
         r"Wurzelelement ist <report>, nicht <testsuites> oder <testsuite>\."),
        ('<testsuite>\n<testcase name="test_login"/>\n</testsuite>\n',
         r"results/auto.xml:2: WARNING: Der Testfall 'test_login' nennt keinen Abnahmetestfall\. "
         r'Ergänzen Sie <property name="test_id" value="AT-…"/>, oder schreiben Sie die ID des '
         r"Testfalls in seinen Namen\."),
        ('<testsuite>\n<testcase name="AT-01 and AT-02"/>\n</testsuite>\n',
         r"results/auto.xml:2: WARNING: Der Testfall 'AT-01 and AT-02' nennt mehrere "
         r"Abnahmetestfälle \(AT-01, AT-02\)\."),
        ('<testsuite>\n<testcase name="x">\n<properties><property name="test_id" value="ANF-06"/>'
         '</properties></testcase>\n</testsuite>\n',
         r"results/auto.xml:2: WARNING: 'ANF-06' ist eine Anforderung; erfassen Sie Ergebnisse "
         r"je Testfall, z\. B\. die Testfälle, die sie prüfen: AT-05\."),
        ('<testsuite>\n<testcase name="AT-05">\n<properties><property name="defect_class" '
         'value="5"/></properties><failure message="slow"/></testcase>\n</testsuite>\n',
         r"results/auto.xml:2: WARNING: '5' in der Eigenschaft 'defect_class' ist keine "
         r"Fehlerklasse\."),
    ],
)  # fmt: skip
def test_a_malformed_junit_file(make_app: Any, tmp_path: Path, content: str, message: str) -> None:
    srcdir = csv_project(tmp_path, PASSING)
    (srcdir / "results" / "auto.xml").write_text(content, "utf-8")
    app = build(make_app, srcdir, tmp_path)
    (warning,) = warnings_list(app)
    assert re.match(rf"{re.escape(str(srcdir))}/{message}", warning), warning


def test_junit_results_and_defect_classes(make_app: Any, tmp_path: Path) -> None:
    srcdir = csv_project(tmp_path, PASSING, delimiter=",")
    (srcdir / "results" / "auto.xml").write_text(
        """<testsuites><testsuite name="s" timestamp="2026-12-05T08:00:00">
<testcase name="test_offer[AT-06]"><failure message="Vorlage fehlt">trace</failure></testcase>
<testcase name="a"><properties><property name="test_id" value="AT-04"/>
<property name="defect_class" value="1"/></properties><error message="Absturz"/></testcase>
<testcase name="test_AT-05_timing"><skipped message="Lastgenerator fehlt"/></testcase>
</testsuite></testsuites>""",
        "utf-8",
    )
    app = build(make_app, srcdir, tmp_path)
    assert warnings_of(app) == ""
    page = BeautifulSoup((Path(app.outdir) / "views.html").read_text("utf-8"), "html.parser")
    results = {row[0]: row[2:] for row in cells(page.select_one("table.lastenheft-results"))}
    assert results["AT-06"] == ["nicht bestanden (2)", "automatisiert", "05.12.2026"]
    assert results["AT-04"] == ["nicht bestanden (1)", "automatisiert", "05.12.2026"]
    assert results["AT-05"] == ["nicht getestet", "automatisiert", "05.12.2026"]
    assert results["AT-02"] == ["kein Ergebnis", "", ""]
    defects = cells(page.select_one("table.lastenheft-defects"))
    assert [row[:4] for row in defects if len(row) > 1][1:] == [
        ["AL-T1-M01", "AT-04", "ANF-04", "Absturz"],
        ["AL-T1-M02", "AT-06", "ANF-02", "Vorlage fehlt"],
    ]


def test_no_row_is_dropped(make_app: Any, tmp_path: Path) -> None:
    rows = [
        *PASSING,
        ["AT-02", "mit Mangel", "3", "Tippfehler", "Anna", "01.12.2026"],
        ["AT-99", "bestanden", "", "", "", ""],
        ["AT-03", "kaputt", "", "", "", ""],
        ["", "", "", "", "", ""],  # blank: no input
        ["AT-04", "nicht bestanden", "", "", "", ""],
        ["AT-06", "nicht getestet", "", "", "", ""],
        ["AT-01", "bestanden", "", "", "", ""],
    ]
    srcdir = csv_project(tmp_path, rows)
    app = build(make_app, srcdir, tmp_path)
    warned = [w for w in warnings_list(app) if "r1.csv:" in w]
    assert [re.search(r"r1\.csv:(\d+)", w)[1] for w in warned] == ["4", "5", "7", "9"]  # type: ignore[index]
    page = BeautifulSoup((Path(app.outdir) / "run.html").read_text("utf-8"), "html.parser")
    protocol = text_of(page.select_one("ul.lastenheft-run-sources li"))
    # 7 rows hold anything: 3 results, 4 warnings
    assert protocol == "r1.csv (Testprotokoll): 7 Zeilen gelesen, 3 Ergebnisse übernommen, " \
        "4 mit Warnung verworfen"  # fmt: skip


def test_a_missing_result_of_a_mandatory_requirement_refuses_acceptance(
    make_app: Any, tmp_path: Path
) -> None:
    # As the round trip, but AT-04 has no result: ANF-04 (Muss) is not shown.
    rows = [[t, r, str(c or ""), d, n, str(day or "")] for t, (r, c, d, n, day) in FILLED.items()]
    srcdir = csv_project(tmp_path, [row for row in rows if row[0] != "AT-04"])
    app = build(make_app, srcdir, tmp_path)
    assert warnings_of(app) == ""
    page = BeautifulSoup((Path(app.outdir) / "run.html").read_text("utf-8"), "html.parser")
    assert text_of(page.select_one("p.lastenheft-decision")) == "Abnahme: verweigert"
    assert plain_cells(page.select_one("table.lastenheft-decision-table"))[:2] == [
        ["Aus den Ergebnissen abgeleitet", "verweigert"],
        ["Grund", "Muss-Anforderungen ohne Nachweis (nicht getestet): ANF-04"],
    ]


def test_the_team_overrides_the_decision_with_a_reason(
    make_app: Any, tmp_path: Path, round_trip: tuple[Path, Path]
) -> None:
    srcdir = copy_root(tmp_path / "src")
    fill_protocol(round_trip[1] / TEMPLATE, srcdir / "results" / "r1.xlsx", FILLED)
    set_run_option(srcdir, "decision", "erteilt")
    set_run_option(srcdir, "reason", "AT-03 wird bis 15.01.2027 im Nachtest behoben.")
    app = build(make_app, srcdir, tmp_path)
    assert warnings_of(app) == ""
    page = BeautifulSoup((Path(app.outdir) / "run.html").read_text("utf-8"), "html.parser")
    assert text_of(page.select_one("p.lastenheft-decision")) == "Abnahme: erteilt"
    rows = plain_cells(page.select_one("table.lastenheft-decision-table"))
    assert rows[0] == ["Aus den Ergebnissen abgeleitet", "unter Vorbehalt"]
    assert rows[-2:] == [
        ["Entscheidung des Abnahmeteams", "erteilt"],
        ["Begründung", "AT-03 wird bis 15.01.2027 im Nachtest behoben."],
    ]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"decision": "erteilt"},
         "Die Entscheidung 'erteilt' ersetzt die aus den Fehlern abgeleitete und braucht daher "
         "eine Begründung. Ergänzen Sie eine Zeile ':reason: …', die sagt, warum. "
         "[lastenheft.missing_field]"),
        ({"decision": "angenommen", "reason": "x"},
         "':decision: angenommen' ist keine Abnahmeentscheidung. Verwenden Sie 'erteilt', "
         "'unter Vorbehalt' oder 'verweigert', oder entfernen Sie die Zeile, damit die "
         "Entscheidung aus den Fehlern abgeleitet wird. [lastenheft.unknown_value]"),
    ],
)  # fmt: skip
def test_an_override_needs_a_known_decision_and_a_reason(
    make_app: Any, tmp_path: Path, options: dict[str, str], message: str
) -> None:
    srcdir = csv_project(tmp_path, PASSING)
    for name, value in options.items():
        set_run_option(srcdir, name, value)
    app = build(make_app, srcdir, tmp_path)
    assert warnings_list(app) == [f"{srcdir / 'run.md'}:3: WARNING: {message}"]


def test_a_view_of_an_unknown_run(make_app: Any, tmp_path: Path) -> None:
    srcdir = csv_project(tmp_path, PASSING)
    views = srcdir / "views.md"
    views.write_text(views.read_text("utf-8").replace("{defectlist} AL-T1", "{defectlist} AL-T9"))
    app = build(make_app, srcdir, tmp_path)
    assert warnings_list(app) == [
        f"{srcdir / 'views.md'}:15: WARNING: Kein Testlauf hat die ID 'AL-T9' (Läufe: AL-T1). "
        "Korrigieren Sie die ID, oder legen Sie den Lauf mit einer Direktive '{testrun}' an. "
        "[lastenheft.unknown_id]"
    ]


def test_english_labels_and_a_german_protocol(make_app: Any, tmp_path: Path) -> None:
    srcdir = csv_project(tmp_path, PASSING)
    # The example's values stay German; only the generated texts follow the language.
    app = build(make_app, srcdir, tmp_path, language="en",
                lastenheft_areas=["Marketing", "Vertrieb", "Service"],
                lastenheft_priorities=["Muss", "Soll", "Kann"],
                lastenheft_categories=["Funktion", "Information", "Schnittstelle", "Qualität",
                                       "Rahmen"])  # fmt: skip
    assert warnings_of(app) == ""
    outdir = Path(app.outdir)
    page = BeautifulSoup((outdir / "run.html").read_text("utf-8"), "html.parser")
    assert text_of(page.select_one("p.lastenheft-decision")) == "Acceptance: refused"
    assert cells(page.select_one("table.lastenheft-results"))[1][2] == "passed"
    template = openpyxl.load_workbook(
        outdir / "_downloads/lastenheft/acceptance-protocol-template.xlsx"
    )
    assert [c.value for c in template["Protocol"][1]][5:] == [
        "Result", "Defect class", "Defect description", "Tester", "Date",
    ]  # fmt: skip


def test_an_edited_protocol_rebuilds_the_pages_that_show_it(tmp_path: Path) -> None:
    srcdir = csv_project(tmp_path, PASSING)
    incremental = tmp_path / "incremental"
    assert sphinx_build(srcdir, incremental).returncode == 0
    write_csv(srcdir / "results" / "r1.csv", [["AT-01", "nicht bestanden", "1", "Absturz",
                                               "Anna", "01.12.2026"]])  # fmt: skip
    result = sphinx_build(srcdir, incremental)
    assert result.returncode == 0, result.stderr
    assert sphinx_build(srcdir, tmp_path / "clean").returncode == 0
    assert_same_pages(incremental, tmp_path / "clean")
    assert "AL-T1-M01" in (incremental / "views.html").read_text("utf-8")
    parallel = sphinx_build(srcdir, tmp_path / "parallel", "-j", "2")
    assert parallel.returncode == 0, parallel.stderr
    assert_same_pages(tmp_path / "parallel", tmp_path / "clean")


def test_the_protocol_renders_in_the_pdf(round_trip: tuple[Path, Path], tmp_path: Path) -> None:
    srcdir, _ = round_trip
    pdf, _ = build_pdf(srcdir, tmp_path / "latex", tmp_path / "cache")
    text = " ".join(pdf_text(pdf).split())
    for expected in (
        "Lastenheft-Version 2.0",
        "Testlauf AL-T1 Abnahme Release 2",
        "Ergebnisse je Testfall",
        "Abnahme: unter Vorbehalt",
        "AL-T1-M01",
        "Auftraggeber Auftragnehmer Beispiel AG",
        "Ort, Datum Ort, Datum",
        "Unterschrift Unterschrift",
        "Die Vorlage für das Testprotokoll (abnahmeprotokoll-vorlage.xlsx",
    ):
        assert expected in text, expected
    # the result per test; a page number only where the test is on another page; the title
    # may wrap in its column, its last word then follows the row
    assert re.search(
        r"AT-03 (\(S\. \d+\) )?Reklamation bis Lösung (durchspielen )?nicht bestanden", text
    )
