"""The questionnaire vendors answer: exported, filled in as a vendor does, read back and checked.

The model has two scenes and eight requirements, written in another order than the process
runs:

    SZ-01  PS-01  TA-01  <- ANF-01, ANF-02 (also TA-03)
                  TA-02  <- ANF-04, ANF-07 (also TA-04, in SZ-02)
           PS-02  TA-03  <- ANF-08
    SZ-02  PS-03  TA-04  <- ANF-03
    cross-cutting:          ANF-05 (concerns SZ-02), ANF-06 (concerns SYS-01)

so the questionnaire lists ANF-01, 02, 04, 07, 08, 03, 05, 06 in rows 2 to 9.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from sphinx_lastenheft.config import LastenheftConfig, Settings, TypeNames
from sphinx_lastenheft.model.builder import build_model
from sphinx_lastenheft.model.process import ObjectData, ProcessModel
from sphinx_lastenheft.model.selection import Answer, AnswerFile, CheckedVendor, Vendor
from sphinx_lastenheft.texts import LANGUAGES
from sphinx_lastenheft.texts.en_messages import MESSAGES
from sphinx_lastenheft.views.selection.answers_check import check_answers
from sphinx_lastenheft.views.selection.answers_reader import read_answers
from sphinx_lastenheft.views.selection.questionnaire import (
    ASKED_SHEET,
    client_values,
    fingerprint,
    questionnaire_rows,
    questionnaire_workbook,
)
from sphinx_lastenheft.views.selection.questionnaire import VENDOR as VENDOR_COLUMNS
from sphinx_lastenheft.views.workbooks import GIVEN_FILL
from sphinx_lastenheft.vocabulary import TYPES, Fulfilment
from sphinx_lastenheft.warnings_ import FileLocation, Location
from tests.conftest import NODE_MODULES, html_of, text_of, warnings_of

TEXTS = LANGUAGES["de"]
WORDS = TEXTS.selection
COLUMN = WORDS.columns
SETTINGS = Settings(
    options=LastenheftConfig(
        company="Muster GmbH",
        questionnaire_deadline="15.01.2027",
        questionnaire_contact="Katrin Vogt, katrin.vogt@example.com",
    ),
    texts=TEXTS,
    types={
        name: TypeNames(TEXTS.objects.type_titles[name], spec.prefix)
        for name, spec in TYPES.items()
    },
)
ORDER = ["ANF-01", "ANF-02", "ANF-04", "ANF-07", "ANF-08", "ANF-03", "ANF-05", "ANF-06"]
ROADMAP = datetime.date(2027, 9, 1)
#: Every fulfilment type, with vendor text that markup, CSV and XML must leave alone.
FILLED: dict[str, tuple[str, float | None, str, str, datetime.date | None]] = {
    "ANF-01": ("S", None, 'Im Standard: <Maske> & "Liste"', "Demo 'A'", None),
    "ANF-02": ("K", 2.5, "Regeln\nper Konfiguration;\nzweite Zeile", "Handbuch, Kap. 4", None),
    "ANF-04": ("C", 5, "Skript <script>alert(1)</script>", "", None),
    "ANF-07": ("Z", 8, "Modul für SZ-01 & SZ-02", "Referenz Müller AG", None),
    "ANF-08": ("D", 0.5, "Add-on „WebSign“", "Partnerliste", None),
    "ANF-03": ("R", None, "Kommt mit Release 7", "Roadmap 2027", ROADMAP),
    "ANF-05": ("N", None, "", "", None),
    "ANF-06": ("S", None, "Betrieb im Rechenzentrum", "ISO 27001", None),
}
VENDOR = Vendor("V-A", "Alpha CRM AG", Location("auswahl", 3))


def obj(
    object_id: str,
    object_type: str,
    title: str = "",
    fields: dict[str, str] | None = None,
    content: str = "",
    **links: str,
) -> ObjectData:
    return ObjectData(
        id=object_id,
        type=object_type,
        title=title or object_id.lower(),
        location=Location("page", 1),
        fields=fields or {},
        links={name: tuple(value.split()) for name, value in links.items()},
        content=content,
    )


def requirement(
    object_id: str, title: str, priority: str, category: str = "Funktion", **links: str
) -> ObjectData:
    fields = {"priority": priority, "category": category, "acceptance": f"{title} geht."}
    text = f'Das CRM muss <{title}> & "mehr" können.\n\nZweiter   Absatz\nmit Umbruch.'
    return obj(object_id, "req", title, fields, text, **links)


def objects(titles: dict[str, str] | None = None) -> dict[str, ObjectData]:
    """The objects of the model; ``titles`` gives objects new titles."""
    found = [
        obj("R-01", "role"),
        obj("SYS-01", "system"),
        obj("SZ-01", "scene", "Anfrage bis Angebot", {"area": "Vertrieb"}),
        obj("PS-01", "step", "Anfrage erfassen", scene="SZ-01"),
        obj("TA-01", "activity", step="PS-01", role="R-01"),
        obj("TA-02", "activity", step="PS-01", role="R-01"),
        obj("PS-02", "step", "Angebot erstellen", scene="SZ-01"),
        obj("TA-03", "activity", step="PS-02", role="R-01"),
        obj("SZ-02", "scene", "Auftrag", {"area": "Vertrieb"}),
        obj("PS-03", "step", "Auftrag anlegen", scene="SZ-02"),
        obj("TA-04", "activity", step="PS-03", role="R-01"),
        obj("AT-01", "test", verifies="ANF-01"),
        requirement("ANF-03", "Aufträge anlegen", "Soll", derived_from="TA-04"),
        requirement("ANF-01", "Anfragen erfassen", "Muss", derived_from="TA-01"),
        requirement("ANF-05", "Antwortzeit", "Soll", "Qualität", concerns="SZ-02"),
        requirement("ANF-02", "Kalkulation", "Muss", derived_from="TA-03 TA-01"),
        requirement("ANF-04", "Vorlagen", "Kann", derived_from="TA-02"),
        requirement("ANF-07", "Durchgängig", "Muss", derived_from="TA-04 TA-02"),
        requirement("ANF-06", "Rechenzentrum", "Muss", "Rahmen", concerns="SYS-01"),
        requirement("ANF-08", "=SUMME(A1) bleibt Text", "Kann", derived_from="TA-03"),
    ]
    return {o.id: replace(o, title=(titles or {}).get(o.id, o.title)) for o in found}


def model_of(found: dict[str, ObjectData]) -> ProcessModel:
    model, findings = build_model(found, MESSAGES)
    assert findings == []
    return model


@pytest.fixture
def model() -> ProcessModel:
    return model_of(objects())


def export(
    model: ProcessModel, path: Path, answers: CheckedVendor | None = None
) -> openpyxl.Workbook:
    path.write_bytes(
        questionnaire_workbook(
            model, SETTINGS, "Anbieterauswahl", "1.0", "2026-12-01", answers, "Autor"
        )
    )
    return openpyxl.load_workbook(path)


def header(sheet: Any) -> dict[str, int]:
    """Column numbers by column key."""
    names = {name: key for key, name in COLUMN.items()}
    return {names[cell.value]: cell.column for cell in sheet[1]}


def row_of(sheet: Any, requirement_id: str) -> int:
    return next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == requirement_id)


def fill(workbook: openpyxl.Workbook, path: Path, filled: dict[str, Any] = FILLED) -> Path:
    """Fill the vendor columns as a vendor does, by column name."""
    sheet = workbook[WORDS.sheet_questionnaire]
    columns = header(sheet)
    for requirement_id, values in filled.items():
        row = row_of(sheet, requirement_id)
        for key, value in zip(VENDOR_COLUMNS, values, strict=True):
            sheet.cell(row, columns[key]).value = value
    workbook.save(path)
    return path


def read(path: Path) -> AnswerFile:
    return read_answers(path, f"antworten/{path.name}", f"antworten/{path.name}", TEXTS.messages)


def check(path: Path, model: ProcessModel) -> CheckedVendor:
    return check_answers(replace(VENDOR, answers=(read(path),)), model, SETTINGS)


def as_filled(answer: Answer) -> tuple[str, float | None, str, str, datetime.date | None]:
    return (
        answer.fulfilment.value,
        answer.effort,
        answer.solution,
        answer.evidence,
        answer.roadmap,
    )


@pytest.fixture
def filled(model: ProcessModel, tmp_path: Path) -> Path:
    return fill(export(model, tmp_path / "blank.xlsx"), tmp_path / "alpha.xlsx")


def test_client_values_follow_the_process(model: ProcessModel) -> None:
    rows = questionnaire_rows(model, WORDS)
    assert [row.requirement for row in rows] == ORDER
    assert [row.group for row in rows] == [
        "SZ-01 Anfrage bis Angebot / PS-01 Anfrage erfassen",
        "SZ-01 Anfrage bis Angebot / PS-01 Anfrage erfassen",
        "SZ-01 Anfrage bis Angebot / PS-01 Anfrage erfassen",
        "SZ-01 Anfrage bis Angebot / PS-01 Anfrage erfassen",
        "SZ-01 Anfrage bis Angebot / PS-02 Angebot erstellen",
        "SZ-02 Auftrag / PS-03 Auftrag anlegen",
        WORDS.group_cross_cutting,
        WORDS.group_cross_cutting,
    ]
    assert client_values(model, "ANF-02") == {
        "id": "ANF-02",
        "scene": "SZ-01",
        "step": "PS-01, PS-02",
        "title": "Kalkulation",
        "text": 'Das CRM muss <Kalkulation> & "mehr" können.\n\nZweiter Absatz mit Umbruch.',
        "category": "Funktion",
        "priority": "Muss",
        "acceptance": "Kalkulation geht.",
    }
    assert [client_values(model, r)["scene"] for r in ("ANF-07", "ANF-05", "ANF-06")] == [
        "SZ-01, SZ-02",
        "SZ-02",
        "",
    ]
    assert [client_values(model, r)["step"] for r in ("ANF-07", "ANF-05")] == ["PS-01, PS-03", ""]


def test_the_fingerprint_sees_content_not_spacing(model: ProcessModel) -> None:
    values = client_values(model, "ANF-02")
    assert re.fullmatch(r"[0-9a-f]{16}", fingerprint(values))
    spaced = {**values, "text": values["text"].replace(" ", "  \r\n")}
    assert fingerprint(spaced) == fingerprint(values)
    assert fingerprint({**values, "title": "Kalkulation!"}) != fingerprint(values)


def test_the_blank_questionnaire(model: ProcessModel, tmp_path: Path) -> None:
    workbook = export(model, tmp_path / "blank.xlsx")
    assert workbook.sheetnames == ["Deckblatt", "Fragebogen", "Erfüllungsarten", ASKED_SHEET]
    asked = workbook[ASKED_SHEET]
    assert asked.sheet_state == "hidden"
    assert sorted(row[0] for row in asked.iter_rows(values_only=True)) == sorted(model.requirements)

    cover = [[c for c in row if c is not None] for row in workbook["Deckblatt"].values]
    assert [row for row in cover if row][:6] == [
        ["Anforderungsfragebogen Anbieterauswahl, Version 1.0"],
        ["Auftraggeber", "Muster GmbH"],
        ["Version des Lastenhefts", "1.0"],
        ["Stand", "2026-12-01"],
        ["Rückgabe bis", "15.01.2027"],
        ["Ansprechpartner", "Katrin Vogt, katrin.vogt@example.com"],
    ]
    assert [row for row in cover if row][-5:] == [
        ["Zeilen", "Inhalt: Kundenszenen und Prozessschritte"],
        ["2\N{EN DASH}5", "SZ-01 Anfrage bis Angebot / PS-01 Anfrage erfassen"],
        ["6", "SZ-01 Anfrage bis Angebot / PS-02 Angebot erstellen"],
        ["7", "SZ-02 Auftrag / PS-03 Auftrag anlegen"],
        ["8\N{EN DASH}9", "Übergreifende Anforderungen"],
    ]
    assert ["1.", WORDS.instructions[0]] in cover

    sheet = workbook["Fragebogen"]
    assert [cell.value for cell in sheet[1]] == [
        "ID", "Kundenszene", "Prozessschritt", "Titel", "Anforderung", "Kategorie", "Priorität",
        "Abnahmekriterium", "Erfüllungsart", "Aufwand (PT)", "Lösungsbeschreibung", "Nachweis",
        "Verfügbar ab", "Prüfsumme",
    ]  # fmt: skip
    assert [sheet.cell(r, 1).value for r in range(2, sheet.max_row + 1)] == ORDER
    # Text that looks like a formula stays text.
    title = sheet.cell(row_of(sheet, "ANF-08"), 4)
    assert (title.value, title.data_type) == ("=SUMME(A1) bleibt Text", "s")
    assert sheet.cell(2, 14).value == fingerprint(client_values(model, "ANF-01"))
    assert sheet.column_dimensions["N"].hidden
    assert sheet.protection.sheet
    assert sheet.cell(2, 8).fill.fgColor.rgb.endswith(GIVEN_FILL)
    assert sheet.cell(2, 8).protection.locked
    assert not any(sheet.cell(2, c).protection.locked for c in range(9, 14))
    assert sheet.cell(2, 13).number_format == "DD.MM.YYYY"
    validations = {str(v.sqref): v for v in sheet.data_validations.dataValidation}
    assert validations["I2:I9"].type == "list"
    assert validations["I2:I9"].formula1 == '"S,K,C,Z,D,R,N"'
    assert "K = Konfiguration" in validations["I2:I9"].prompt
    assert (validations["J2:J9"].type, validations["J2:J9"].formula1) == ("decimal", "0")
    assert validations["M2:M9"].type == "date"

    legend = list(workbook["Erfüllungsarten"].values)
    assert legend[0] == ("Kürzel", "Erfüllungsart", "Bedeutung", "Aufwand anzugeben")
    assert [(code, effort) for code, _name, _meaning, effort in legend[1:]] == [
        ("S", "nein"), ("K", "ja"), ("C", "ja"), ("Z", "ja"), ("D", "ja"), ("R", "nein"),
        ("N", "nein"),
    ]  # fmt: skip


def test_every_answer_comes_back_unchanged(model: ProcessModel, filled: Path) -> None:
    file = read(filled)
    assert (file.kind, file.language, file.rows_read, file.problems) == ("xlsx", "de", 8, ())
    assert all(row.client == client_values(model, row.requirement) for row in file.rows)
    checked = check_answers(replace(VENDOR, answers=(file,)), model, SETTINGS)
    assert checked.problems == []
    assert checked.counts == [(file, 8)]
    assert {r: as_filled(a) for r, a in checked.answers.items()} == FILLED
    assert not any(answer.outdated for answer in checked.answers.values())
    first = checked.answers["ANF-01"].location
    assert first == FileLocation(str(filled), 2, "Fragebogen")


def test_the_same_sources_give_the_same_bytes(filled: Path) -> None:
    def twice(answers: CheckedVendor | None) -> list[bytes]:
        return [
            questionnaire_workbook(model_of(objects()), SETTINGS, "P", "1.0", "", answers)
            for _ in range(2)
        ]

    first, second = twice(None)
    assert first == second
    first, second = twice(check(filled, model_of(objects())))
    assert first == second


def test_a_csv_answer_file_is_read_like_the_workbook(
    model: ProcessModel, filled: Path, tmp_path: Path
) -> None:
    sheet = openpyxl.load_workbook(filled)["Fragebogen"]
    target = tmp_path / "alpha.csv"
    with target.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        for row in sheet.iter_rows(values_only=True):
            writer.writerow(
                [
                    value.strftime("%d.%m.%Y") if isinstance(value, datetime.datetime) else value
                    for value in row
                ]
            )
    from_csv, from_xlsx = check(target, model), check(filled, model)
    assert from_csv.problems == []
    assert from_csv.counts[0][0].kind == "csv"
    assert from_csv.counts[0][1] == from_csv.counts[0][0].rows_read == 8
    assert {r: as_filled(a) for r, a in from_csv.answers.items()} == FILLED
    assert [a.location.row for a in from_csv.answers.values()] == [
        a.location.row for a in from_xlsx.answers.values()
    ]
    assert from_csv.answers["ANF-01"].location == FileLocation(str(target), 2, "")


def test_a_csv_made_by_hand(model: ProcessModel, tmp_path: Path) -> None:
    """Only the ID and the vendor's columns, in English, separated by commas, German decimals."""
    target = tmp_path / "beta.csv"
    rows = [f'{r},S,,"Standard, ""fertig""",,' for r in ORDER]
    rows[1] = 'ANF-02,Configuration,"2,5",Regeln,,'
    rows[5] = "ANF-03,roadmap,,Später,,31.12.2027"
    english = LANGUAGES["en"].selection.columns
    names = [english[key] for key in ("id", *VENDOR_COLUMNS)]
    target.write_text("\n".join([",".join(names), *rows]) + "\n", "utf-8")
    checked = check(target, model)
    assert checked.problems == []
    assert checked.counts[0][0].language == "en"
    assert as_filled(checked.answers["ANF-02"]) == ("K", 2.5, "Regeln", "", None)
    assert as_filled(checked.answers["ANF-03"])[4] == datetime.date(2027, 12, 31)
    assert checked.answers["ANF-01"].solution == 'Standard, "fertig"'


def edit_sheet(path: Path, change: Any) -> None:
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Fragebogen"]
    change(sheet, header(sheet))
    workbook.save(path)


def set_cell(requirement_id: str, key: str, value: Any) -> Any:
    def change(sheet: Any, columns: dict[str, int]) -> None:
        sheet.cell(row_of(sheet, requirement_id), columns[key]).value = value

    return change


def add_row(**values: Any) -> Any:
    def change(sheet: Any, columns: dict[str, int]) -> None:
        row = sheet.max_row + 1
        for key, value in values.items():
            sheet.cell(row, columns[key]).value = value

    return change


def serial_number(sheet: Any, columns: dict[str, int]) -> None:
    cell = sheet.cell(row_of(sheet, "ANF-03"), columns["roadmap"])
    cell.value, cell.number_format = 46631, "General"


def duplicate(sheet: Any, columns: dict[str, int]) -> None:
    sheet.append([cell.value for cell in sheet[2]])


@pytest.mark.parametrize(
    ("change", "row", "message"),
    [
        (add_row(id="ANF-1", fulfilment="S"), 10,
         r"'ANF-1' ist keine Anforderung dieses Lastenhefts\. Meinten Sie 'ANF-01'\? Korrigieren "
         r"Sie die ID in Spalte 'ID', oder löschen Sie die Zeile\."),
        (add_row(id="TA-01", fulfilment="S"), 10,
         r"'TA-01' ist ein Objekt vom Typ Tätigkeit, keine Anforderung; Anbieter antworten je "
         r"Anforderung \(ihre Anforderungen: ANF-01, ANF-02\)\. Tragen Sie die ID der "
         r"Anforderung in Spalte 'ID' ein\."),
        (add_row(fulfilment="S", solution="Alles im Standard"), 10,
         r"Die Zeile nennt keine Anforderung\. Tragen Sie die ID der Anforderung in Spalte 'ID' "
         r"ein, oder löschen Sie die Zeile\."),
        (set_cell("ANF-04", "title", "Vorlagen (teilweise)"), 4,
         r"Die Spalten des Auftraggebers 'Titel' von 'ANF-04' weichen vom Lastenheft ab \(Titel "
         r"'Vorlagen'\): der Anbieter hat sie geändert\. Die Spalten des Auftraggebers müssen "
         r"bleiben, wie sie exportiert wurden"),
        (set_cell("ANF-01", "fulfilment", "X"), 2,
         r"'X' in Spalte 'Erfüllungsart' ist keine Art der Erfüllung\. Verwenden Sie einen der "
         r"Codes S \(Standard\), K \(Konfiguration\), C \(Customizing\), Z "
         r"\(Zusatzentwicklung\), D \(Drittanbieter\), R \(Roadmap\), N \(nicht möglich\)\."),
        (set_cell("ANF-01", "fulfilment", None), 2,
         r"'ANF-01' ist nicht beantwortet\. Tragen Sie die Art der Erfüllung in Spalte "
         r"'Erfüllungsart' ein: S \(Standard\), .* \(ihre Bedeutung steht auf dem Blatt "
         r"'Erfüllungsarten' des Fragebogens\)\."),
        (set_cell("ANF-02", "effort", None), 3,
         r"'ANF-02' ist 'K' \(Konfiguration\), aber der Aufwand fehlt\. Tragen Sie die "
         r"Personentage in Spalte 'Aufwand \(PT\)' als Zahl von 0 oder mehr ein, z\. B\. 2,5\."),
        (set_cell("ANF-02", "effort", "zwei Tage"), 3,
         r"'ANF-02' ist 'K' \(Konfiguration\), aber 'zwei Tage' ist kein Aufwand\."),
        (set_cell("ANF-01", "effort", 3), 2,
         r"'ANF-01' ist 'S' \(Standard\) und braucht keinen Aufwand, aber Spalte 'Aufwand "
         r"\(PT\)' nennt '3'\. Leeren Sie den Aufwand, oder wählen Sie die Art, die ihn braucht "
         r"\(K, C, Z, D\)\."),
        (set_cell("ANF-03", "roadmap", None), 7,
         r"'ANF-03' ist 'R' \(Roadmap\), aber das Datum, ab dem es verfügbar ist, fehlt\. "
         r"Tragen Sie es in Spalte 'Verfügbar ab' als Datum ein \(JJJJ-MM-TT\)\."),
        (serial_number, 7,
         r"'46631' in Spalte 'Verfügbar ab' ist ein Datum als fortlaufende Zahl der "
         r"Tabellenkalkulation\. Formatieren Sie die Zelle als Datum"),
        (set_cell("ANF-03", "roadmap", "12/31/2027"), 7,
         r"'12/31/2027' in Spalte 'Verfügbar ab' ist kein Datum in einem Format, das der Import "
         r"liest\. Schreiben Sie es als JJJJ-MM-TT \(oder TT\.MM\.JJJJ\)"),
        (set_cell("ANF-01", "roadmap", "2027-01-01"), 2,
         r"'ANF-01' ist 'S' \(Standard\), aber Spalte 'Verfügbar ab' nennt ein Datum "
         r"\('2027-01-01'\)\. Leeren Sie das Datum, oder wählen Sie 'R' \(Roadmap\)"),
        (duplicate, 10,
         r"'ANF-01' ist zweimal beantwortet: Zeile 2 von 'antworten/alpha\.xlsx' beantwortet sie "
         r"schon, und die erste Antwort zählt\. Löschen Sie eine der Zeilen"),
    ],
)  # fmt: skip
def test_a_malformed_row(
    model: ProcessModel, filled: Path, change: Any, row: int, message: str
) -> None:
    edit_sheet(filled, change)
    checked = check(filled, model)
    (problem,) = checked.problems
    assert re.match(message, problem.message), problem.message
    assert problem.location == FileLocation(str(filled), row, "Fragebogen")
    (file, taken) = checked.counts[0]
    assert file.rows_read == taken + 1 == len(checked.answers) + 1


def cp1252(path: Path) -> None:
    text = f"ID;{COLUMN['fulfilment']};Aufwand (PT);Lösungsbeschreibung;Verfügbar ab\n"
    path.write_bytes((text + "ANF-01;S;;Größe;\n").encode("cp1252"))


@pytest.mark.parametrize(
    ("name", "make", "row", "sheet", "message"),
    [
        ("alpha.csv", cp1252, None, "",
         r"Die Antwortdatei 'antworten/alpha\.csv' ist keine lesbare CSV-Datei \(not UTF-8: "
         r"invalid start byte at byte \d+\)\..* speichern Sie sie erneut als \.xlsx \(oder als "
         r"CSV UTF-8\)\."),
        ("alpha.xlsx", lambda p: p.write_text("ID;Erfüllungsart\nANF-01;S\n", "utf-8"), None, "",
         r"Die Antwortdatei 'antworten/alpha\.xlsx' ist keine lesbare XLSX-Datei \(BadZipFile: "
         r"File is not a zip file\)\. Sie ist vielleicht beschädigt oder eine umbenannte Datei "
         r"anderer Art: öffnen Sie sie in der Tabellenkalkulation"),
        ("alpha.ods", lambda p: p.write_bytes(b"PK"), None, "",
         r"Die Antwortdatei 'antworten/alpha\.ods' ist weder XLSX noch CSV\."),
        ("alpha.csv", lambda p: p.write_text("", "utf-8"), None, "",
         r"Die Antwortdatei 'antworten/alpha\.csv' ist leer\."),
        ("alpha.csv", lambda p: None, None, "",
         r"Die Antwortdatei 'antworten/alpha\.csv' existiert nicht\."),
        ("alpha.csv", lambda p: p.write_text("ID;Erfüllungsart;Lösungsbeschreibung\nANF-01;S;x\n",
                                             "utf-8"), 1, "",
         r"Der Kopfzeile von 'antworten/alpha\.csv' fehlen die Spalten Aufwand \(PT\), Verfügbar "
         r"ab\. Die erste Zeile muss die Spalten ID, Erfüllungsart, Aufwand \(PT\), "
         r"Lösungsbeschreibung, Verfügbar ab nennen \(wie im Fragebogen, den der Build schreibt; "
         r"'Nachweis' darf fehlen\)\.$"),
    ],
)  # fmt: skip
def test_a_file_that_cannot_be_read(
    model: ProcessModel,
    tmp_path: Path,
    name: str,
    make: Any,
    row: int | None,
    sheet: str,
    message: str,
) -> None:
    path = tmp_path / name
    make(path)
    # The rows of the file are unknown: its requirements are not reported as unanswered.
    (problem,) = check(path, model).problems
    assert re.match(message, problem.message), problem.message
    assert problem.location == FileLocation(str(path), row, sheet)


def test_a_workbook_without_the_questionnaire_sheet(model: ProcessModel, tmp_path: Path) -> None:
    workbook = export(model, tmp_path / "blank.xlsx")
    del workbook["Fragebogen"]
    workbook.save(tmp_path / "alpha.xlsx")
    (problem,) = check(tmp_path / "alpha.xlsx", model).problems
    assert problem.message.endswith(
        "Kein Blatt heißt 'Fragebogen', daher wurde das erste Blatt, 'Deckblatt', gelesen."
    )
    assert problem.location == FileLocation(str(tmp_path / "alpha.xlsx"), 1, "Deckblatt")


def test_a_requirement_no_row_answers(model: ProcessModel, filled: Path) -> None:
    def delete(sheet: Any, columns: dict[str, int]) -> None:
        sheet.delete_rows(row_of(sheet, "ANF-05"))

    edit_sheet(filled, delete)
    (problem,) = check(filled, model).problems
    assert problem.message == (
        "'ANF-05' (Antwortzeit) hat keine Antwort: keine Zeile der Antwortdateien von 'Alpha "
        "CRM AG' nennt sie. Lassen Sie den Anbieter sie beantworten, z. B. in "
        "anforderungsfragebogen-V-A.xlsx, dem Fragebogen, den der Build mit seinen Antworten "
        "schreibt und der die seither ergänzten Anforderungen markiert."
    )
    assert problem.location == FileLocation(str(filled), None, "Fragebogen")
    # A vendor without answer files has answered nothing yet: no problem.
    assert check_answers(VENDOR, model, SETTINGS).problems == []


def test_edited_client_columns_in_a_file_made_by_hand(model: ProcessModel, tmp_path: Path) -> None:
    target = tmp_path / "gamma.csv"
    names = [COLUMN[key] for key in ("id", "title", "priority", *VENDOR_COLUMNS)]
    target.write_text(
        ";".join(names) + "\nANF-01;Anfragen erfassen;Muss;S;;;;\nANF-02;Kalkulation;Soll;S;;;;\n",
        "utf-8",
    )
    problems = [p for p in check(target, model).problems if p.location.row]
    assert [(p.location.row, p.message.split(": ")[0]) for p in problems] == [
        (3, "Die Spalten des Auftraggebers 'Priorität' von 'ANF-02' weichen vom Lastenheft ab "
         "(Priorität 'Muss')"),
    ]  # fmt: skip
    assert "die Zeile hat keine Spalte 'Prüfsumme', an der sich erkennen" in problems[0].message


def test_the_re_export_carries_the_answers_over(filled: Path, tmp_path: Path) -> None:
    model = model_of(objects())
    answers = check(filled, model)
    sheet = export(model, tmp_path / "re-export.xlsx", answers)["Fragebogen"]
    columns = header(sheet)
    assert list(columns)[-1] == "note"
    for requirement_id, values in FILLED.items():
        row = row_of(sheet, requirement_id)
        cells = [sheet.cell(row, columns[key]).value for key in VENDOR_COLUMNS]
        if isinstance(cells[4], datetime.datetime):
            cells[4] = cells[4].date()
        # Empty text leaves a cell empty.
        assert tuple(cells) == tuple(None if value == "" else value for value in values)
        assert sheet.cell(row, columns["note"]).value is None
    cover = workbook_values(tmp_path / "re-export.xlsx", "Deckblatt")
    assert ["Anbieter", "Alpha CRM AG"] in cover

    # Returned as it is, the re-export gives the same answers.
    returned = check(tmp_path / "re-export.xlsx", model)
    assert returned.problems == []
    assert {r: as_filled(a) for r, a in returned.answers.items()} == FILLED


def workbook_values(path: Path, name: str) -> list[list[Any]]:
    sheet = openpyxl.load_workbook(path)[name]
    return [[c for c in row if c is not None] for row in sheet.values]


def test_changed_and_new_requirements_after_the_answer(filled: Path, tmp_path: Path) -> None:
    later = objects({"ANF-04": "Vorlagen verwalten"})
    later["ANF-09"] = requirement("ANF-09", "Dubletten finden", "Soll", derived_from="TA-01")
    model = model_of(later)

    answers = check(filled, model)
    # The vendor left the client columns alone: the requirement changed after the export.
    assert [r for r, a in answers.answers.items() if a.outdated] == ["ANF-04"]
    # The questionnaire records what it asked: ANF-09 came later, which is no mistake.
    assert answers.problems == []
    assert answers.new == ["ANF-09"]

    workbook = export(model, tmp_path / "re-export.xlsx", answers)
    sheet = workbook["Fragebogen"]
    columns = header(sheet)
    notes = {
        sheet.cell(row, 1).value: sheet.cell(row, columns["note"]).value
        for row in range(2, sheet.max_row + 1)
    }
    assert {r: n for r, n in notes.items() if n} == {
        "ANF-09": WORDS.note_new,
        "ANF-04": WORDS.note_changed,
    }
    changed = row_of(sheet, "ANF-04")
    assert sheet.cell(changed, columns["title"]).value == "Vorlagen verwalten"
    assert sheet.cell(changed, columns["fulfilment"]).value == "C"
    assert sheet.cell(changed, columns["note"]).fill.fgColor.rgb.endswith("FFE699")
    assert sheet.cell(row_of(sheet, "ANF-09"), columns["fulfilment"]).value is None

    # The unanswered new requirement is reported once, at its row.
    returned = check(tmp_path / "re-export.xlsx", model)
    assert [(p.location.row, p.message.split(".")[0]) for p in returned.problems] == [
        (row_of(sheet, "ANF-09"), "'ANF-09' ist nicht beantwortet")
    ]
    assert not any(a.outdated for a in returned.answers.values())


def test_the_re_export_marks_a_rejected_answer(
    model: ProcessModel, filled: Path, tmp_path: Path
) -> None:
    edit_sheet(filled, set_cell("ANF-01", "fulfilment", "X"))
    sheet = export(model, tmp_path / "re-export.xlsx", check(filled, model))["Fragebogen"]
    columns = header(sheet)
    row = row_of(sheet, "ANF-01")
    assert sheet.cell(row, columns["note"]).value == WORDS.note_rejected
    assert sheet.cell(row, columns["fulfilment"]).value is None


def test_text_that_cannot_go_into_a_workbook_is_left_out(model: ProcessModel) -> None:
    answers = CheckedVendor(VENDOR)
    answers.answers["ANF-01"] = Answer(
        "ANF-01",
        Fulfilment.STANDARD,
        None,
        '=HYPERLINK("x")\x07 Glocke',
        "",
        None,
        FileLocation("alpha.csv", 2),
    )
    data = questionnaire_workbook(model, SETTINGS, "P", "1.0", "", answers)
    sheet = openpyxl.load_workbook(io.BytesIO(data))["Fragebogen"]
    cell = sheet.cell(2, header(sheet)["solution"])
    assert (cell.value, cell.data_type) == ('=HYPERLINK("x") Glocke', "s")


PAGE = """# Auswahl

```{role} Innendienst
:id: R-01
```

```{system} CRM
:id: SYS-01
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
:role: R-01
:systems: SYS-01
```

```{req} Anfragen erfassen
:id: ANF-01
:priority: Muss
:category: Funktion
:derived_from: TA-01
:acceptance: Eine Anfrage lässt sich anlegen.

Das CRM muss Anfragen erfassen.
```

```{questionnaire}
```

```{vendor} Alpha CRM AG
:id: V-A
:answers: alpha.csv
```
"""


def project(tmp_path: Path) -> Path:
    srcdir = tmp_path / "src"
    srcdir.mkdir()
    (srcdir / "conf.py").write_text(
        'project = "Auswahl"\nauthor = "Muster GmbH"\nrelease = "2.1"\nlanguage = "de"\n'
        'extensions = ["sphinx_lastenheft"]\nhtml_baseurl = "https://example.com/lh/"\n',
        "utf-8",
    )
    (srcdir / "index.md").write_text(PAGE, "utf-8")
    (srcdir / "alpha.csv").write_text(
        "ID;Erfüllungsart;Aufwand (PT);Lösungsbeschreibung;Verfügbar ab\nANF-01;K;2;Maske;\n",
        "utf-8",
    )
    return srcdir


def test_the_build_writes_the_questionnaires_and_links_the_blank_one(
    make_app: Any, tmp_path: Path
) -> None:
    srcdir = project(tmp_path)
    overrides = {"lastenheft_node_modules": str(NODE_MODULES)}
    app = make_app("html", srcdir=srcdir, builddir=tmp_path / "out", confoverrides=overrides)
    app.build()
    assert warnings_of(app) == ""
    folder = Path(app.outdir, "_downloads", "lastenheft")
    assert sorted(p.name for p in folder.iterdir()) == [
        "abnahmeprotokoll-vorlage.xlsx",
        "anforderungsfragebogen-V-A.xlsx",
        "anforderungsfragebogen.xlsx",
    ]
    link = html_of(app, "index").select_one("a.download")
    assert link is not None
    assert link["href"] == "_downloads/lastenheft/anforderungsfragebogen.xlsx"
    assert text_of(link.parent) == (
        "Anforderungsfragebogen für Anbieter: anforderungsfragebogen.xlsx"
    )
    re_export = openpyxl.load_workbook(folder / "anforderungsfragebogen-V-A.xlsx")
    assert list(re_export["Fragebogen"].values)[1][8:10] == ("K", 2)
    cover = [row for row in re_export["Deckblatt"].values if row[0]]
    assert ("Auftraggeber", "Muster GmbH") in cover
    assert ("Version des Lastenhefts", "2.1") in cover

    latex = make_app("latex", srcdir=srcdir, builddir=tmp_path / "out", confoverrides=overrides)
    latex.build()
    # A second application in one process warns about Sphinx's nodes registered again.
    assert "[lastenheft." not in warnings_of(latex)
    tex = " ".join(next(Path(latex.outdir).glob("*.tex")).read_text("utf-8").split())
    assert (
        "Den Anforderungsfragebogen für Anbieter (anforderungsfragebogen.xlsx, eine Zeile je "
        "Anforderung) enthält die HTML\\sphinxhyphen{}Fassung dieses Lastenhefts: "
        "https://example.com/lh/\\_downloads/lastenheft/anforderungsfragebogen.xlsx."
    ) in tex
