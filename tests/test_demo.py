"""The demonstration: the script in process order, the scoring sheets exported, filled in and
read back, the evaluators' means and the requirements to calibrate, and every malformed sheet
reported at its place; at the end, a small project built twice: before and after its sheets
are filled in.

The model, built from objects as written:

    SZ-1  PS-1  TA-1 (R-A, SYS-1)  ANF-1 (also derived from TA-2), ANF-2
                TA-2 (R-B)         (ANF-1 is shown already)
          PS-2  TA-3 (R-A)         ANF-3 (also derived from TA-4, in SZ-2)
    SZ-2  PS-3  TA-4 (R-B)         ANF-3
    ANF-4 concerns SZ-1 only: there is no activity to show it at.

AT-1 verifies ANF-1 and AT-2 walks through SZ-2, both with test data; AT-3 verifies ANF-2
without any.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from bs4 import BeautifulSoup
from docutils import nodes

from sphinx_lastenheft.config import LastenheftConfig, Settings, TypeNames
from sphinx_lastenheft.model.builder import build_model
from sphinx_lastenheft.model.process import ObjectData, ProcessModel
from sphinx_lastenheft.model.selection import CheckedVendor, DemoSheet, Vendor
from sphinx_lastenheft.sources.pages import Placement
from sphinx_lastenheft.texts import texts_for
from sphinx_lastenheft.texts.en_messages import MESSAGES
from sphinx_lastenheft.views.base import PageContext
from sphinx_lastenheft.views.selection.demo import (
    demo_file,
    demo_means,
    demo_script,
    demo_sheet,
    divergences,
    render_script,
    sheet_rows,
)
from sphinx_lastenheft.views.selection.demo_reader import check_demo, read_demo
from sphinx_lastenheft.views.tables import docutils_table, table_data
from sphinx_lastenheft.views.workbooks import FOLDER
from sphinx_lastenheft.warnings_ import FileLocation, Location
from tests.conftest import sphinx_build, text_of

EVALUATORS = ("Anna Berg", "Jonas Kühn")
SPREAD = 3.0
#: The rows of the exported sheet above the table: evaluator, vendor, a blank row.
HEADER_ROW = 4


#: The links objects are written with here; every other value is a field.
LINKS = (
    "scene",
    "step",
    "role",
    "systems",
    "derived_from",
    "concerns",
    "verifies",
    "walks_through",
)


def obj(object_id: str, object_type: str, **values: str) -> ObjectData:
    """An object; a link's IDs are separated by spaces."""
    return ObjectData(
        id=object_id,
        type=object_type,
        title=f"{object_id} title",
        location=Location("page", 1),
        fields={k: v for k, v in values.items() if k not in LINKS},
        links={k: tuple(v.split()) for k, v in values.items() if k in LINKS},
    )


def make_model() -> ProcessModel:
    objects = [
        obj("R-A", "role"),
        obj("R-B", "role"),
        obj("SYS-1", "system"),
        obj("SZ-1", "scene", area="Service"),
        obj("PS-1", "step", scene="SZ-1"),
        obj("TA-1", "activity", step="PS-1", role="R-A", systems="SYS-1"),
        obj("TA-2", "activity", step="PS-1", role="R-B"),
        obj("PS-2", "step", scene="SZ-1"),
        obj("TA-3", "activity", step="PS-2", role="R-A"),
        obj("SZ-2", "scene", area="Service"),
        obj("PS-3", "step", scene="SZ-2"),
        obj("TA-4", "activity", step="PS-3", role="R-B"),
        # Written before ANF-2, derived from the later activity first: shown at TA-1.
        obj("ANF-1", "req", derived_from="TA-2 TA-1"),
        obj("ANF-2", "req", derived_from="TA-1"),
        obj("ANF-3", "req", derived_from="TA-4 TA-3"),
        obj("ANF-4", "req", concerns="SZ-1"),
        obj("AT-1", "test", verifies="ANF-1", test_data="Firma Brandt, 200 Ventile"),
        obj("AT-2", "test", verifies="ANF-4", walks_through="SZ-2", test_data="Kunde 4711"),
        obj("AT-3", "test", verifies="ANF-2"),
    ]
    model, findings = build_model({o.id: o for o in objects}, MESSAGES)
    assert findings == []
    return model


def make_settings(language: str = "de") -> Settings:
    types = {
        name: TypeNames(title, prefix)
        for name, title, prefix in (
            ("scene", "Kundenszene", "SZ-"),
            ("role", "Rolle", "R-"),
            ("test", "Abnahmetest", "AT-"),
        )
    }
    options = LastenheftConfig(demo_evaluators=EVALUATORS, demo_spread=SPREAD)
    return Settings(options, texts_for(language), types)


# The script


def test_the_script_follows_the_process_and_shows_each_requirement_at_its_first_activity() -> None:
    model = make_model()
    script = demo_script(model, model.scenes)
    assert [
        (s.scene.id, [(a.activity.id, a.requirements) for a in s.activities], s.tests)
        for s in script
    ] == [
        (
            "SZ-1",
            [("TA-1", ("ANF-1", "ANF-2")), ("TA-2", ()), ("TA-3", ("ANF-3",))],
            # AT-3 verifies ANF-2 but has no test data to show.
            ("AT-1",),
        ),
        ("SZ-2", [("TA-4", ("ANF-3",))], ("AT-2",)),
    ]
    one_scene = demo_script(model, ["SZ-2"])
    assert [s.scene.id for s in one_scene] == ["SZ-2"]


def test_the_scoring_sheet_scores_each_requirement_once_in_the_order_of_the_script() -> None:
    rows = sheet_rows(make_model())
    assert [(r.scene, r.step, r.activity.id, r.requirement) for r in rows] == [
        ("SZ-1", "PS-1", "TA-1", "ANF-1"),
        ("SZ-1", "PS-1", "TA-1", "ANF-2"),
        ("SZ-1", "PS-2", "TA-3", "ANF-3"),
    ]


class _Page(PageContext):
    """A page without a Sphinx project: links show the ID alone."""

    def link(self, object_id: str) -> nodes.Node:
        return nodes.Text(object_id)


def _row_texts(data: nodes.Node) -> list[list[str]]:
    assert isinstance(data, table_data)
    table = docutils_table(data)
    return [[entry.astext() for entry in row.children] for row in table.findall(nodes.row)]


def test_the_script_view_shows_steps_activities_roles_requirements_and_test_data() -> None:
    model = make_model()
    context = _Page(None, "demo", None, model, make_settings())  # type: ignore[arg-type]
    placement = Placement("demoscript", (("scenes", ("SZ-1",)),), Location("demo", 1))
    rubric, activities, test_data = render_script(context, placement)
    assert isinstance(rubric, nodes.rubric)
    assert rubric.astext() == "SZ-1 SZ-1 title"
    assert _row_texts(activities) == [
        ["Prozessschritt", "Tätigkeit", "Rolle", "Systeme", "Zu zeigen"],
        ["PS-1 PS-1 title", "TA-1 TA-1 title", "R-A R-A title", "SYS-1", "ANF-1 ANF-1 title"],
        ["", "", "", "", "ANF-2 ANF-2 title"],
        ["", "TA-2 TA-2 title", "R-B R-B title", "", ""],
        ["PS-2 PS-2 title", "TA-3 TA-3 title", "R-A R-A title", "", "ANF-3 ANF-3 title"],
    ]
    assert _row_texts(test_data) == [
        ["Abnahmetest", "Testdaten"],
        ["AT-1 AT-1 title", "Firma Brandt, 200 Ventile"],
    ]


# The scoring sheets: exported, filled in, read back


def _export(tmp_path: Path, evaluator: str, language: str = "de") -> Path:
    project = make_settings(language)
    path = tmp_path / demo_file(project, "V-A", evaluator)
    path.write_bytes(demo_sheet(make_model(), project, "Alpha CRM AG", evaluator))
    return path


def _fill(
    path: Path, points: dict[str, float | str], comments: dict[str, str] | None = None
) -> Path:
    """Write points (and comments) into the rows of the requirements, as an evaluator does."""
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    for row in range(HEADER_ROW + 1, sheet.max_row + 1):
        requirement = str(sheet.cell(row, 4).value)
        if requirement in points:
            sheet.cell(row, 6).value = points[requirement]
        if comments and requirement in comments:
            sheet.cell(row, 7).value = comments[requirement]
    workbook.save(path)
    return path


def test_the_sheet_names_the_evaluator_and_locks_what_the_build_fills_in(
    tmp_path: Path,
) -> None:
    path = _export(tmp_path, "Jonas Kühn")
    assert path.name == "demo-bewertung-V-A-jonas-kuhn.xlsx"
    sheet = openpyxl.load_workbook(path).worksheets[0]
    assert sheet.title == "Bewertung"
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][:2] == ["Bewerter", "Jonas Kühn"]
    assert values[1][:2] == ["Anbieter", "Alpha CRM AG"]
    assert values[HEADER_ROW - 1] == [
        "Kundenszene", "Prozessschritt", "Tätigkeit", "ID", "Anforderung", "Punkte (0-10)",
        "Bemerkung",
    ]  # fmt: skip
    assert values[HEADER_ROW] == [
        "SZ-1 SZ-1 title", "PS-1 PS-1 title", "TA-1 TA-1 title", "ANF-1", "ANF-1 title",
        None, None,
    ]  # fmt: skip
    first = HEADER_ROW + 1
    assert sheet.protection.sheet
    assert sheet.cell(1, 2).protection.locked
    locked = [sheet.cell(first, column).protection.locked for column in range(1, 8)]
    assert locked == [True] * 5 + [False] * 2
    (validation,) = sheet.data_validations.dataValidation
    assert (validation.type, validation.formula1, validation.formula2) == ("decimal", "0", "10")
    assert str(validation.sqref) == f"F{first}:F{sheet.max_row}"
    assert sheet.freeze_panes == f"A{first}"
    # The same sources give the same file.
    assert path.read_bytes() == demo_sheet(
        make_model(), make_settings(), "Alpha CRM AG", "Jonas Kühn"
    )


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_score_comes_back(tmp_path: Path, language: str) -> None:
    path = _fill(
        _export(tmp_path, "Anna Berg", language),
        {"ANF-1": 7, "ANF-2": 8.5, "ANF-3": "6,5"},
        {"ANF-2": "Export nur als CSV"},
    )
    sheet = read_demo(path, "demo/anna.xlsx", "demo/anna.xlsx", MESSAGES)
    assert sheet.problems == ()
    assert sheet.evaluator == "Anna Berg"
    assert sheet.rows_read == 3
    assert [(r.requirement, r.points, r.comment, r.location.row) for r in sheet.rows] == [
        ("ANF-1", 7.0, "", 5),
        ("ANF-2", 8.5, "Export nur als CSV", 6),
        ("ANF-3", 6.5, "", 7),
    ]
    assert sheet.rows[0].location.path == str(path)


def test_an_empty_points_cell_is_not_scored(tmp_path: Path) -> None:
    path = _fill(_export(tmp_path, "Anna Berg"), {"ANF-2": 4})
    sheet = read_demo(path, "anna.xlsx", "anna.xlsx", MESSAGES)
    assert sheet.problems == ()
    assert (sheet.rows_read, [r.requirement for r in sheet.rows]) == (3, ["ANF-2"])


def _vendor(*sheets: DemoSheet) -> Vendor:
    return Vendor("V-A", "Alpha CRM AG", Location("auswahl", 3), demos=sheets, shortlisted=True)


def test_two_evaluators_give_means_and_the_requirements_to_calibrate(tmp_path: Path) -> None:
    anna = _fill(_export(tmp_path, "Anna Berg"), {"ANF-1": 9, "ANF-2": 5, "ANF-3": 2})
    jonas = _fill(_export(tmp_path, "Jonas Kühn"), {"ANF-1": 5, "ANF-2": 8, "ANF-3": 2})
    sheets = [read_demo(p, p.name, p.name, MESSAGES) for p in (anna, jonas)]
    points, problems = check_demo(_vendor(*sheets), make_model(), MESSAGES)
    assert problems == []
    assert points == {
        "ANF-1": {"Anna Berg": 9.0, "Jonas Kühn": 5.0},
        "ANF-2": {"Anna Berg": 5.0, "Jonas Kühn": 8.0},
        "ANF-3": {"Anna Berg": 2.0, "Jonas Kühn": 2.0},
    }
    checked = CheckedVendor(_vendor(*sheets), demo_points=points)
    assert demo_means(checked) == {"ANF-1": 7.0, "ANF-2": 6.5, "ANF-3": 2.0}
    # 9 - 5 = 4 lies further apart than 3; 8 - 5 = 3 does not.
    assert [(d.requirement, d.mean, d.spread) for d in divergences(checked, SPREAD)] == [
        ("ANF-1", 7.0, 4.0)
    ]
    assert divergences(checked, 4.0) == []


# Malformed sheets: each problem at its place, never an exception


def _workbook(path: Path, sheet_title: str, rows: Sequence[Sequence[object]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.worksheets[0]
    sheet.title = sheet_title
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def _missing(path: Path) -> Path:
    return path


def _csv(path: Path) -> Path:
    path = path.with_suffix(".csv")
    path.write_text("ID;Punkte (0-10)\nANF-1;7\n", "utf-8")
    return path


def _damaged(path: Path) -> Path:
    path.write_bytes(b"PK\x03\x04 cut off")
    return path


def _other_sheet(path: Path) -> Path:
    return _workbook(path, "Tabelle1", [["ID", "Punkte (0-10)"], ["ANF-1", 7]])


def _no_header(path: Path) -> Path:
    return _workbook(path, "Bewertung", [["Bewerter", "Anna"], ["ID", "Punkte"], ["ANF-1", 7]])


@pytest.mark.parametrize(
    ("make", "row", "sheet", "words"),
    [
        (_missing, None, "", "does not exist"),
        (_csv, None, "", "is no XLSX file"),
        (_damaged, None, "", "not a readable XLSX file"),
        (_other_sheet, None, "", "has no sheet 'Bewertung' or 'Scores'"),
        (
            _no_header,
            1,
            "Bewertung",
            "no header row with the columns 'ID' and 'Punkte (0-10)' or 'Points (0-10)'",
        ),
    ],
)
def test_a_file_that_is_no_scoring_sheet_gives_one_problem(
    tmp_path: Path, make: Any, row: int | None, sheet: str, words: str
) -> None:
    path = make(tmp_path / "bewertung.xlsx")
    read = read_demo(path, "demo/bewertung.xlsx", "demo/bewertung.xlsx", MESSAGES)
    assert (read.rows, read.evaluator, read.rows_read) == ((), "", 0)
    (problem,) = read.problems
    assert words in problem.message
    assert problem.location == FileLocation(str(path), row, sheet)


def test_each_malformed_row_gives_its_own_located_problem(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "scores.xlsx",
        "Scores",
        [
            ["Evaluator:", None],
            [],
            ["ID", "Requirement", "Points (0-10)", "Comment"],
            ["ANF-1", "first", "gut", ""],
            ["ANF-2", "second", 11, ""],
            [None, "no ID", 5, ""],
            ["ANF-3", "third", 6, "ok"],
            ["ANF-4", "unscored", None, "not shown"],
        ],
    )
    read = read_demo(path, "scores.xlsx", "scores.xlsx", MESSAGES)
    assert read.evaluator == ""
    assert read.rows_read == 5
    assert [(r.requirement, r.points, r.comment) for r in read.rows] == [("ANF-3", 6.0, "ok")]
    where = [(p.location.row, p.location.sheet) for p in read.problems]
    assert where == [(1, "Scores"), (4, "Scores"), (5, "Scores"), (6, "Scores")]
    messages = [p.message for p in read.problems]
    assert "names no evaluator" in messages[0]
    assert "'gut' for ANF-1 are no number" in messages[1]
    assert "'11' for ANF-2 are out of range" in messages[2]
    assert "points (5) but no requirement ID" in messages[3]


def test_unknown_and_repeated_requirements_and_a_second_sheet_of_an_evaluator(
    tmp_path: Path,
) -> None:
    header = [["Bewerter", "Anna Berg"], ["ID", "Punkte (0-10)"]]
    first = _workbook(
        tmp_path / "anna.xlsx",
        "Bewertung",
        [*header, ["anf-1", 7], ["ANF-2", 6], ["ANF-33", 5], ["ANF-2", 2]],
    )
    second = _workbook(tmp_path / "anna-2.xlsx", "Bewertung", [*header, ["ANF-3", 4]])
    sheets = [read_demo(p, p.name, p.name, MESSAGES) for p in (first, second)]
    points, problems = check_demo(_vendor(*sheets), make_model(), MESSAGES)
    # The first row of ANF-2 counts; the second sheet of the same evaluator does not.
    assert points == {"ANF-2": {"Anna Berg": 6.0}}
    assert [(p.location.path, p.location.row) for p in problems] == [
        (str(first), 3),
        (str(first), 5),
        (str(first), 6),
        (str(second), None),
    ]
    messages = [p.message for p in problems]
    assert "'anf-1' names no requirement. Did you mean 'ANF-1'?" in messages[0]
    assert "'ANF-33' names no requirement. Did you mean 'ANF-3'?" in messages[1]
    assert "ANF-2 is scored twice in 'anna.xlsx'; the points of row 4 count" in messages[2]
    assert "'anna.xlsx' and 'anna-2.xlsx' of vendor V-A are both by Anna Berg" in messages[3]


# The views and the sheets in a build

_PAGES = {
    "conf.py": """
project = "Demo"
author = "Muster GmbH"
language = "de"
extensions = ["sphinx_lastenheft"]
lastenheft_demo_evaluators = ["Anna Berg", "Jonas Kühn"]
lastenheft_demo_spread = 3
""",
    "index.md": """
# Demo

```{toctree}
scene
demo
```
""",
    "scene.md": """
# Szene

```{role} Innendienst
:id: R-VI
```

```{system} CRM
:id: SYS-CRM
```

```{scene} Anfrage wird Angebot
:id: SZ-01
:area: Vertrieb
:trigger: Eine Anfrage kommt.
:outcome: Der Kunde hat ein Angebot.
```

```{step} Anfrage annehmen
:id: PS-01
```

```{activity} Anfrage erfassen
:id: TA-01
:role: R-VI
:systems: SYS-CRM
```

```{activity} Angebot kalkulieren
:id: TA-02
:role: R-VI
:systems: SYS-CRM
```

```{req} Anfragen erfassen
:id: ANF-01
:priority: Muss
:category: Funktion
:derived_from: TA-01
:acceptance: Eine Anfrage lässt sich anlegen.
```

```{req} Angebote kalkulieren
:id: ANF-02
:priority: Muss
:category: Funktion
:derived_from: TA-02
:acceptance: Ein Angebot rechnet seine Summe.
```

```{test} Anfrage bis Angebot
:id: AT-01
:verifies: ANF-01, ANF-02
:walks_through: SZ-01
:test_data: Firma Brandt Ventile GmbH, 200 Dosierventile

| Nr. | Aktion | Erwartetes Ergebnis |
| --- | --- | --- |
| 1 | Erfasst die Anfrage und kalkuliert das Angebot. | Das Angebot rechnet seine Summe. |
```
""",
    "demo.md": """
# Demonstration

```{vendor} Alpha CRM AG
:id: V-A
:shortlisted:
DEMO
```

```{demoscript}
```

```{democalibration} V-A
```
""",
}


def _demo_page(outdir: Path) -> BeautifulSoup:
    return BeautifulSoup((outdir / "demo.html").read_text("utf-8"), "html.parser")


def test_a_build_writes_the_sheets_and_reads_them_back_filled_in(tmp_path: Path) -> None:
    srcdir, outdir = tmp_path / "src", tmp_path / "out"
    srcdir.mkdir()
    for name, text in _PAGES.items():
        (srcdir / name).write_text(text.replace("DEMO\n", ""), "utf-8")
    result = sphinx_build(srcdir, outdir)
    assert result.returncode == 0, result.stderr
    page = _demo_page(outdir)
    assert [text_of(r) for r in page.select("p.rubric")] == ["SZ-01 Anfrage wird Angebot"]
    assert "Firma Brandt Ventile GmbH, 200 Dosierventile" in text_of(
        page.select_one("table.lastenheft-demo-test-data")
    )
    assert "Für Alpha CRM AG liegen noch keine Bewertungsbögen" in text_of(page)

    exported = outdir / FOLDER
    anna, jonas = srcdir / "anna.xlsx", srcdir / "jonas.xlsx"
    shutil.copy(exported / "demo-bewertung-V-A-anna-berg.xlsx", anna)
    shutil.copy(exported / "demo-bewertung-V-A-jonas-kuhn.xlsx", jonas)
    _fill(anna, {"ANF-01": 9, "ANF-02": "gut"})
    _fill(jonas, {"ANF-01": 4, "ANF-02": 6})
    demo = _PAGES["demo.md"].replace("DEMO", ":demo: anna.xlsx, jonas.xlsx")
    (srcdir / "demo.md").write_text(demo, "utf-8")
    result = sphinx_build(srcdir, outdir, strict=False)
    assert result.stderr.splitlines() == [
        f"{anna}:{HEADER_ROW + 2}: WARNING: Blatt 'Bewertung', Zeile {HEADER_ROW + 2}: Die "
        f"Punkte 'gut' für ANF-02 sind keine Zahl. Schreiben Sie eine Zahl von 0 bis 10 (z. B. 7 "
        f"oder 7,5), oder lassen Sie die Zelle leer, wenn Sie nicht bewerten. "
        f"[lastenheft.demo_scores]"
    ]
    page = _demo_page(outdir)
    rows = page.select("table.lastenheft-demo-calibration tr")
    assert [[text_of(c) for c in row.select("th, td")] for row in rows] == [
        ["Anforderung", "Anna Berg", "Jonas Kühn", "Mittelwert", "Spanne"],
        ["ANF-01 Anfragen erfassen", "9", "4", "6,5", "5"],
    ]
