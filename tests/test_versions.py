"""Baselines and the changes since: the word diff and the comparison on known inputs, the
command that records a baseline, and the chapter and marks on a small project.

The project (tests/roots/test-versions) differs from its baseline 1.0 by hand:

    TA-01-01 changed: its text gained 'mit Produkt und Menge' (and a line break)
    TA-01-02 changed: it is the scene's last activity now, 'weiter mit TA-01-03' is gone
    TA-01-03 removed (SZ-01)
    ANF-01   changed: title + 'und Menge', priority Soll -> Muss, acceptance fünf -> zwei
    ANF-02   unchanged: its text is only wrapped and spaced differently
    ANF-03   added (SZ-02)

So: activities 0 new, 2 changed, 1 removed; requirements 1 new, 1 changed; SZ-01 3 changed
and 1 removed; SZ-02 1 new.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup

from sphinx_lastenheft.__main__ import main
from sphinx_lastenheft.versions.baseline import (
    Baseline,
    BaselineError,
    ObjectSnapshot,
    from_json,
    read_baseline,
    to_json,
    write_baseline,
)
from sphinx_lastenheft.versions.compare import ChangeKind, FieldChange, compare, scenes_of
from sphinx_lastenheft.versions.word_diff import ELLIPSIS, RunKind, same_words, word_diff
from tests.conftest import sphinx_build, text_of
from tests.test_rebuilds import assert_same_pages

ROOT = Path(__file__).parent / "roots" / "test-versions"


# The word diff


def _runs(old: str, new: str, context: int | None = None) -> list[tuple[str, str, bool]]:
    return [(r.kind.value, r.text, r.space_before) for r in word_diff(old, new, context)]


def test_a_replaced_word_is_deleted_then_inserted() -> None:
    assert _runs("innerhalb von fünf Minuten", "innerhalb von zwei Minuten") == [
        ("equal", "innerhalb von", False),
        ("deleted", "fünf", True),
        ("inserted", "zwei", True),
        ("equal", "Minuten", True),
    ]


def test_a_whole_value_replaced_keeps_the_two_words_apart() -> None:
    assert _runs("Soll", "Muss") == [("deleted", "Soll", False), ("inserted", "Muss", True)]


def test_punctuation_is_a_word_of_its_own_and_ids_stay_whole() -> None:
    assert _runs("Auftrag und Artikel.", "Auftrag, Artikel und Charge.") == [
        ("equal", "Auftrag", False),
        ("inserted", ", Artikel", False),
        ("equal", "und", True),
        ("deleted", "Artikel", True),
        ("inserted", "Charge", True),
        ("equal", ".", False),
    ]
    assert _runs("TA-06-01, TA-06-02", "TA-06-01") == [
        ("equal", "TA-06-01", False),
        ("deleted", ", TA-06-02", False),
    ]


def test_spacing_and_line_breaks_are_no_change() -> None:
    old, new = "Das CRM muss\n  Angebote   schreiben.", "Das CRM muss Angebote schreiben."
    assert same_words(old, new)
    assert [run.kind for run in word_diff(old, new)] == [RunKind.EQUAL]
    assert not same_words("Angebote schreiben.", "Angebote schreiben!")


def test_long_unchanged_text_is_shortened_around_the_change() -> None:
    old = " ".join(f"w{i}" for i in range(40))
    new = old.replace("w20", "neu")
    assert _runs(old, new, context=3) == [
        ("equal", ELLIPSIS, False),
        ("equal", "w17 w18 w19", True),
        ("deleted", "w20", True),
        ("inserted", "neu", True),
        ("equal", "w21 w22 w23", True),
        ("equal", ELLIPSIS, True),
    ]
    # A short text stays whole.
    assert _runs("a b c", "a x c", context=3)[0] == ("equal", "a", False)


# The comparison


def _object(
    object_id: str,
    kind: str,
    title: str = "Titel",
    content: str = "",
    **links: tuple[str, ...],
) -> ObjectSnapshot:
    fields = {"priority": "Muss"} if kind == "req" else {}
    return ObjectSnapshot(object_id, kind, title, "page", fields, links, content)


MUSS, WRAPPED = "Das CRM muss\nerfassen.", "Text  mit\nUmbruch."
BEFORE = {
    "SZ-01": _object("SZ-01", "scene"),
    "PS-01-1": _object("PS-01-1", "step", scene=("SZ-01",)),
    "TA-01-01": _object("TA-01-01", "activity", step=("PS-01-1",)),
    "TA-01-02": _object("TA-01-02", "activity", step=("PS-01-1",)),
    "ANF-01": _object("ANF-01", "req", "Alt", MUSS, derived_from=("TA-01-01",)),
    "ANF-02": _object("ANF-02", "req", "Bleibt", WRAPPED, derived_from=("TA-01-02",)),
    "AT-01": _object("AT-01", "test", verifies=("ANF-02",)),
}


def test_added_changed_and_removed_objects_with_their_changed_fields() -> None:
    now = dict(BEFORE)
    del now["TA-01-02"]
    now["ANF-01"] = _object(
        "ANF-01", "req", "Neu", "Das CRM muss sofort erfassen.", derived_from=("TA-01-01",)
    )
    now["ANF-02"] = _object("ANF-02", "req", "Bleibt", "Text mit Umbruch.", derived_from=())
    now["ANF-03"] = _object("ANF-03", "req", derived_from=("TA-01-01",))
    found = compare(Baseline("1.0", "2026-11-27", "P", BEFORE), now)
    assert [(c.id, c.kind) for c in found.changes] == [
        ("ANF-01", ChangeKind.CHANGED),
        ("ANF-02", ChangeKind.CHANGED),
        ("ANF-03", ChangeKind.ADDED),
        ("TA-01-02", ChangeKind.REMOVED),
    ]
    changed = found.change_of("ANF-01")
    assert changed is not None
    assert changed.fields == (
        FieldChange("title", "Alt", "Neu"),
        FieldChange("content", MUSS, "Das CRM muss sofort erfassen."),
    )
    # Only the link changed: the re-wrapped text is the same.
    assert found.change_of("ANF-02").fields == (  # type: ignore[union-attr]
        FieldChange("derived_from", "TA-01-02", ""),
    )
    removed = found.change_of("TA-01-02")
    assert removed is not None and (removed.title, removed.scenes) == ("Titel", ("SZ-01",))
    assert found.change_of("AT-01") is None


def test_objects_belong_to_the_scenes_their_links_lead_to() -> None:
    assert scenes_of("ANF-01", BEFORE) == ("SZ-01",)
    assert scenes_of("AT-01", BEFORE) == ("SZ-01",)
    assert scenes_of("SZ-01", BEFORE) == ("SZ-01",)
    # A link to the wrong type that leads in a circle ends.
    looping = {
        "PS-01-1": _object("PS-01-1", "step", scene=("TA-01-01",)),
        "TA-01-01": _object("TA-01-01", "activity", step=("PS-01-1",)),
    }
    assert scenes_of("TA-01-01", looping) == ()


# The baseline file


def test_a_baseline_file_is_sorted_and_reads_back_the_same() -> None:
    baseline = Baseline("1.0", "2026-11-27", "P", {i: BEFORE[i] for i in reversed(BEFORE)})
    text = to_json(baseline)
    data = json.loads(text)
    assert list(data) == ["format", "version", "project", "created", "objects"]
    assert list(data["objects"]) == sorted(BEFORE)
    assert data["objects"]["ANF-02"]["content"] == ["Text  mit", "Umbruch."]
    again = from_json(text)
    assert dict(again.objects) == {i: BEFORE[i] for i in sorted(BEFORE)}
    assert to_json(again) == text


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('{"format": 1,\n "version": "1.0",,}', "no valid JSON at line 2: Expecting property name"),
        ('{"format": 2}', "not in the baseline format 1"),
        ('{"format": 1, "version": "1.0", "project": "P", "created": "27.11.2026"}',
         "'created' is no date written YYYY-MM-DD"),
        ('{"format": 1, "version": "1.0", "project": "P", "created": "2026-11-27", "objects": '
         '{"X-1": {"type": "table", "title": "", "page": ""}}}',
         "object 'X-1' has no type of the Lastenheft"),
    ],
)  # fmt: skip
def test_a_malformed_baseline_says_what_is_wrong(text: str, reason: str) -> None:
    with pytest.raises(BaselineError) as error:
        from_json(text)
    assert str(error.value).startswith(reason)


def test_a_baseline_of_another_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "1.1.json"
    path.write_text(to_json(Baseline("1.0", "2026-11-27", "P", {})), "utf-8")
    with pytest.raises(BaselineError, match=r"it records version '1\.0'"):
        read_baseline(path, "1.1")


def test_a_written_baseline_is_only_replaced_with_force(tmp_path: Path) -> None:
    path = tmp_path / "baselines" / "1.0.json"
    write_baseline(path, Baseline("1.0", "2026-11-27", "P", {}))
    with pytest.raises(FileExistsError):
        write_baseline(path, Baseline("1.0", "2026-12-01", "P", {}))
    assert from_json(path.read_text("utf-8")).created == "2026-11-27"
    write_baseline(path, Baseline("1.0", "2026-12-01", "P", {}), force=True)
    assert from_json(path.read_text("utf-8")).created == "2026-12-01"


# The command


def test_the_command_records_a_baseline_and_never_overwrites_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = shutil.copytree(ROOT, tmp_path / "src")
    command = ["baseline", "1.1", "--source", str(source), "--date", "2026-12-01"]
    assert main(command) == 0
    target = source / "baselines" / "1.1.json"
    written = target.read_bytes()
    baseline = from_json(written.decode("utf-8"))
    assert (baseline.version, baseline.created) == ("1.1", "2026-12-01")
    assert baseline.project == "Versionen"
    assert sorted(baseline.objects) == [
        "ANF-01", "ANF-02", "ANF-03", "AT-01", "PS-01-1", "PS-02-1", "R-V", "SYS-CRM",
        "SZ-01", "SZ-02", "TA-01-01", "TA-01-02", "TA-02-01",
    ]  # fmt: skip
    assert baseline.objects["ANF-01"].fields["priority"] == "Muss"
    assert baseline.objects["TA-01-01"].links["next"] == ("TA-01-02",)
    assert "13 objects" in capsys.readouterr().out
    # Without --force nothing is written, and the user is told how to replace it.
    assert main([*command[:-1], "2026-12-24"]) == 1
    assert "exists already; nothing was written" in capsys.readouterr().err
    assert target.read_bytes() == written
    # The same sources give the same file.
    assert main([*command, "--force"]) == 0
    assert target.read_bytes() == written


def test_the_command_refuses_a_name_that_is_no_file_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["baseline", "../1.0", "--source", str(tmp_path)])
    assert "is no version name" in capsys.readouterr().err


# The chapter and the marks


def _build(srcdir: Path, outdir: Path, *options: str) -> str:
    """Build ``srcdir`` in a process of its own; its warnings, without the build's noise."""
    result = sphinx_build(srcdir, outdir, *options, strict=False)
    assert result.returncode == 0, result.stderr
    return result.stderr


def _page(outdir: Path, name: str) -> BeautifulSoup:
    return BeautifulSoup((outdir / f"{name}.html").read_text("utf-8"), "html.parser")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project built once, in German, for the tests that only read it."""
    work = tmp_path_factory.mktemp("versions")
    srcdir = shutil.copytree(ROOT, work / "src")
    assert _build(srcdir, work / "html") == ""
    return work / "html"


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("versions-en")
    srcdir = shutil.copytree(ROOT, work / "src")
    with (srcdir / "conf.py").open("a", encoding="utf-8") as conf:
        # The values as the German sources write them.
        conf.write(
            'language = "en"\nlastenheft_areas = ["Vertrieb", "Service"]\n'
            'lastenheft_priorities = ["Muss", "Soll", "Kann"]\n'
            'lastenheft_categories = ["Funktion", "Qualität", "Rahmen"]\n'
        )
    assert _build(srcdir, work / "html") == ""
    return work / "html"


def cells(table: Any) -> list[list[str]]:
    return [[text_of(cell) for cell in row.select("th, td")] for row in table.select("tr")]


def _entry(page: BeautifulSoup, object_id: str) -> tuple[str, list[list[str]]]:
    """An object's entry in the chapter: its line, and the rows of its table of fields."""
    line = page.find(id=f"change-{object_id}").find_next("p")
    # The table follows in the frame that lets a wide table scroll.
    frame = line.find_next_sibling()
    table = frame.find("table") if frame is not None and frame.name == "div" else None
    fields = cells(table) if table is not None else []
    return text_of(line), fields


def test_the_chapter_counts_the_changes_by_type_and_scene(built: Path) -> None:
    page = _page(built, "changes")
    assert text_of(page.select_one("p.lastenheft-changes-intro")) == (
        "Verglichen mit der Baseline 1.0 vom 27.11.2026: 1 neu, 3 geändert, 1 entfernt."
    )
    assert cells(page.select_one("table.lastenheft-changes-summary")) == [
        ["Objekttyp", "neu", "geändert", "entfernt"],
        ["Tätigkeit", "0", "2", "1"],
        ["Anforderung", "1", "1", "0"],
        ["Gesamt", "1", "3", "1"],
    ]
    assert cells(page.select_one("table.lastenheft-changes-scenes")) == [
        ["Kundenszene", "neu", "geändert", "entfernt"],
        ["SZ-01 Anfrage wird Auftrag", "0", "3", "1"],
        ["SZ-02 Reklamation wird gelöst", "1", "0", "0"],
        ["Gesamt", "1", "3", "1"],
    ]


def test_each_change_shows_its_inserted_and_deleted_words(built: Path) -> None:
    page = _page(built, "changes")
    assert [text_of(rubric) for rubric in page.select("p.rubric")][2:] == [
        "SZ-01 Anfrage wird Auftrag",
        "SZ-02 Reklamation wird gelöst",
    ]
    line, fields = _entry(page, "ANF-01")
    assert line == "geändert · Anforderung ANF-01 Anfrage mit Produkt und Menge"
    assert [row[0] for row in fields] == ["Feld", "Titel", "Priorität", "Abnahmekriterium"]
    table = page.find(id="change-ANF-01").find_next("table")
    assert [i.get_text() for i in table.select("ins.lastenheft-inserted")] == [
        "und Menge", "Muss", "zwei",
    ]  # fmt: skip
    assert [d.get_text() for d in table.select("del.lastenheft-deleted")] == ["Soll", "fünf"]
    assert fields[3][1] == (
        "Eine Anfrage über 40 Ventile ist nach fünf zwei Minuten im CRM, mit Produkt und Menge."
    )
    assert _entry(page, "TA-01-01")[1] == [
        ["Feld", "Änderung"],
        ["Beschreibung", "Der Vertrieb erfasst die Anfrage mit Produkt und Menge im CRM."],
    ]
    assert _entry(page, "TA-01-02")[1][1] == ["weiter mit", "TA-01-03"]
    # A removed object has no page to link to; a new one is linked.
    removed = page.find(id="change-TA-01-03").find_next("p")
    assert text_of(removed) == "entfernt · Tätigkeit TA-01-03 Angebot nachfassen"
    assert removed.select("a") == []
    added = page.find(id="change-ANF-03").find_next("p")
    assert text_of(added) == "neu · Anforderung ANF-03 Reklamation mit Charge"
    assert added.select_one("a")["href"] == "requirements.html#ANF-03"
    # Spacing only: no change.
    assert page.find(id="change-ANF-02") is None


def test_a_changed_object_is_marked_on_its_own_page(built: Path) -> None:
    page = _page(built, "requirements")
    marks = {
        need["id"]: mark
        for need in page.select("table.need")
        for mark in need.select(".needs_head .lastenheft-change-mark")
    }
    assert sorted(marks) == ["ANF-01", "ANF-03"]
    assert text_of(marks["ANF-01"]) == "geändert seit 1.0"
    assert marks["ANF-01"].select_one("a")["href"] == "changes.html#change-ANF-01"
    assert text_of(marks["ANF-03"]) == "neu seit 1.0"
    process = _page(built, "process")
    assert len(process.select(".lastenheft-change-mark")) == 2


def test_a_scene_filter_shows_the_changes_of_that_scene(built: Path) -> None:
    page = _page(built, "service")
    assert cells(page.select_one("table.lastenheft-changes-summary")) == [
        ["Objekttyp", "neu", "geändert", "entfernt"],
        ["Anforderung", "1", "0", "0"],
        ["Gesamt", "1", "0", "0"],
    ]
    # The marks lead to the chapter without a filter.
    assert _page(built, "requirements").select_one(".lastenheft-change-mark a")["href"] == (
        "changes.html#change-ANF-01"
    )


def test_an_english_project_gets_english_labels(english: Path) -> None:
    page = _page(english, "changes")
    assert cells(page.select_one("table.lastenheft-changes-summary"))[0] == [
        "Object type", "new", "changed", "removed",
    ]  # fmt: skip
    assert _entry(page, "ANF-01")[0] == "changed · Requirement ANF-01 Anfrage mit Produkt und Menge"
    mark = _page(english, "requirements").select_one(".lastenheft-change-mark")
    assert text_of(mark) == "changed since 1.0"


def test_print_marks_the_words_in_colour_and_between_markers(tmp_path: Path) -> None:
    srcdir = shutil.copytree(ROOT, tmp_path / "src")
    result = sphinx_build(srcdir, tmp_path / "latex", builder="latex")
    assert result.returncode == 0, result.stderr
    tex = (tmp_path / "latex" / "lastenheft.tex").read_text("utf-8")
    assert r"{\color[HTML]{B42318}{[}\sphinxhyphen{}fünf\sphinxhyphen{}{]}}" in tex
    assert r"{\color[HTML]{1A7F37}\{+zwei+\}}" in tex
    # Kept on one line.
    assert "geändert\N{NO-BREAK SPACE}seit\N{NO-BREAK SPACE}1.0" in tex


# Missing and broken baselines


def _warnings(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "WARNING" in line]


def test_a_missing_baseline_names_conf_py_and_the_command(tmp_path: Path) -> None:
    srcdir = shutil.copytree(ROOT, tmp_path / "src")
    conf = srcdir / "conf.py"
    conf.write_text(conf.read_text("utf-8").replace('"1.0"', '"0.9"'), "utf-8")
    (warning,) = _warnings(_build(srcdir, tmp_path / "html"))
    assert warning.startswith(f"{conf}:6: WARNING: Die Baseline '0.9' gibt es ")
    assert f"{srcdir / 'baselines' / '0.9.json'} fehlt (vorhandene Baselines: 1.0)" in warning
    assert "'python -m sphinx_lastenheft baseline 0.9 --source " in warning
    assert warning.endswith("[lastenheft.baseline]")
    # The chapter says there is nothing to compare; no object is marked.
    assert "Kein Vergleich: Es ist keine lesbare Baseline" in text_of(
        _page(tmp_path / "html", "changes")
    )
    assert _page(tmp_path / "html", "requirements").select(".lastenheft-change-mark") == []


def test_a_broken_baseline_says_what_is_wrong_and_how_to_fix_it(tmp_path: Path) -> None:
    srcdir = shutil.copytree(ROOT, tmp_path / "src")
    (srcdir / "baselines" / "1.0.json").write_text('{"format": 1,\n "objects": [}', "utf-8")
    (warning,) = _warnings(_build(srcdir, tmp_path / "html"))
    assert warning.startswith(
        f"{srcdir / 'conf.py'}:6: WARNING: Die Datei {srcdir / 'baselines' / '1.0.json'} ist "
        f"keine lesbare Baseline der Version '1.0': no valid JSON at line 2"
    )
    assert "aus der Versionsverwaltung wieder her" in warning and "--force'" in warning


def test_a_filter_naming_an_unknown_scene_is_reported(tmp_path: Path) -> None:
    srcdir = shutil.copytree(ROOT, tmp_path / "src")
    service = srcdir / "service.md"
    service.write_text(service.read_text("utf-8").replace("SZ-02", "SZ-09"), "utf-8")
    assert _warnings(_build(srcdir, tmp_path / "html")) == [
        f"{srcdir / 'service.md'}:3: WARNING: Die Änderungen sollen die Kundenszene 'SZ-09' "
        f"zeigen, die es weder jetzt noch in der Baseline 1.0 gibt. Korrigieren Sie die ID in "
        f"':scenes:' (Szenen: SZ-01, SZ-02). [lastenheft.unknown_id]"
    ]


# Rebuilds


def test_an_edit_rewrites_the_chapter_and_the_page_and_equals_a_clean_build(
    tmp_path: Path,
) -> None:
    srcdir = shutil.copytree(ROOT, tmp_path / "src")
    out = tmp_path / "incremental"
    assert sphinx_build(srcdir, out).returncode == 0
    before = {p.name: p.stat().st_mtime_ns for p in out.glob("*.html")}
    requirements = srcdir / "requirements.md"
    requirements.write_text(
        requirements.read_text("utf-8").replace("aus der Vorlage", "aus der Vorlage „Kurz“"),
        "utf-8",
    )
    result = sphinx_build(srcdir, out)
    assert result.returncode == 0, result.stderr
    written = {p.name for p in out.glob("*.html") if before.get(p.name) != p.stat().st_mtime_ns}
    # ANF-02 has changed since the baseline now: its page marks it, the chapters list it.
    # (and the start page, whose table of contents lists both)
    assert written - {"genindex.html", "search.html", "permalink.html"} == {
        "requirements.html",
        "changes.html",
        "index.html",
    }
    clean = shutil.copytree(srcdir, tmp_path / "clean-src")
    assert sphinx_build(clean, tmp_path / "clean").returncode == 0
    assert_same_pages(out, tmp_path / "clean")
