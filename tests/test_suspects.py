"""Suspect links and review status on a small English project with its own prefixes.

The project (tests/roots/test-suspects) records in ':reviewed:' the fingerprints of every
link target, as 'python -m sphinx_lastenheft review --all' wrote them:

    TK-01-01 -> RO-AGT, APP-CRM            REQ-01 (approved)    -> TK-01-01      TC-01 -> REQ-01
    TK-01-02 -> RO-AGT, APP-CRM, APP-BIL   REQ-02 (in review)   -> TK-01-02      TC-02 -> REQ-02,
                                           REQ-03 (Entwurf)     -> TK-01-01,              REQ-03
                                                                   TK-01-02

Each variant below is one copy of the project, edited and built once for the module.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup

from sphinx_lastenheft.versions.fingerprints import fingerprint, format_reviewed, parse_reviewed
from sphinx_lastenheft.versions.source_edit import set_option
from tests.conftest import sphinx_build, text_of
from tests.test_rebuilds import assert_same_pages
from tests.test_selection import answer_as_delta

ROOT = Path(__file__).parent / "roots" / "test-suspects"
SELECTION = Path(__file__).parent / "roots" / "test-selection"
HEX = re.compile(r"[0-9a-f]{8}")
WARNING = re.compile(r"^(?P<where>\S+): WARNING: (?P<message>.*)$", re.M)


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, f"{old!r} is not in {path}"
    path.write_text(text.replace(old, new, 1), "utf-8")


def change_requirement(src: Path) -> None:
    _replace(src / "requirements.md", "with the date it was taken.", "with the date and hour.")


def change_activity(src: Path) -> None:
    _replace(src / "journey.md", "{activity} Bill the reading", "{activity} Send the reading")


def rewrap_requirement(src: Path) -> None:
    # Only whitespace: another line break, a tab, trailing spaces, a title spaced out.
    _replace(src / "requirements.md", "on the phone,\nwith", "on the\nphone,\twith   ")
    _replace(src / "requirements.md", "{req} Readings by phone", "{req} Readings  by phone ")


def bad_review_fields(src: Path) -> None:
    _replace(src / "requirements.md", ":status: in review", ":status: reviewed")
    _replace(src / "requirements.md", ":review_date: 2027-03-02", ":review_date: 2.3.2027")
    _replace(src / "tests.md", ":reviewed: REQ-01@", ":reviewed: REQ-01#")


def unchanged(src: Path) -> None:
    """The project as it is."""


def _copy(folder: Path, edit: Callable[[Path], None]) -> Path:
    src = folder / "src"
    shutil.copytree(ROOT, src)
    edit(src)
    return src


def _build(src: Path, out: Path, *options: str, strict: bool = True) -> str:
    result = sphinx_build(src, out, *options, strict=strict)
    assert result.returncode == 0, result.stderr
    return result.stderr


def review(src: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    command = [
        sys.executable,
        "-m",
        "sphinx_lastenheft",
        "review",
        "--source",
        str(src),
        *arguments,
    ]
    return subprocess.run(command, capture_output=True, text=True, check=False)


VARIANTS = {
    "unchanged": unchanged,
    "requirement": change_requirement,
    "activity": change_activity,
    "whitespace": rewrap_requirement,
}


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each variant of the project, built once: its output folder."""
    built = {}
    for name, edit in VARIANTS.items():
        folder = tmp_path_factory.mktemp(name)
        stderr = _build(_copy(folder, edit), folder / "out")
        assert "WARNING" not in stderr, stderr
        built[name] = folder / "out"
    return built


def page(out: Path, name: str) -> BeautifulSoup:
    return BeautifulSoup((out / f"{name}.html").read_text("utf-8"), "html.parser")


def cells(table: Any) -> list[list[str]]:
    return [[text_of(cell) for cell in row.select("th, td")] for row in table.select("tr")]


def suspect_rows(out: Path) -> list[list[str]]:
    table = page(out, "review").select_one("table.lastenheft-suspects")
    return cells(table)[1:] if table is not None else []


def marks(out: Path) -> dict[str, list[str]]:
    """Per object, the suspect marks in its box, on every page."""
    found: dict[str, list[str]] = {}
    for html in sorted(out.glob("*.html")):
        for mark in BeautifulSoup(html.read_text("utf-8"), "html.parser").select(
            ".lastenheft-suspect"
        ):
            box = mark.find_parent("table")
            found.setdefault(box["id"], []).append(text_of(mark))
    return found


def _change(row: list[str], reviewed: str) -> str:
    match = re.fullmatch(rf"fingerprint reviewed {reviewed}, now (?P<now>{HEX.pattern})", row[2])
    assert match is not None, row[2]
    assert match["now"] != reviewed
    return match["now"]


def recorded(owner: str, target: str) -> str:
    """The fingerprint of ``target`` that the project records for ``owner``."""
    for path in ROOT.glob("*.md"):
        text = path.read_text("utf-8")
        block = re.search(rf":id: {owner}\n(?:.*\n)*?:reviewed: (?P<value>.*)\n", text)
        if block is not None:
            return parse_reviewed(block["value"]).fingerprints[target]
    raise KeyError(owner)


def test_as_reviewed_nothing_is_suspect(sites: dict[str, Path]) -> None:
    out = sites["unchanged"]
    assert suspect_rows(out) == []
    assert text_of(page(out, "review").select_one("p.lastenheft-no-suspects")) == (
        "No open suspect links: every reviewed link is up to date."
    )
    assert marks(out) == {}


def test_a_changed_requirement_makes_exactly_its_linked_objects_suspect(
    sites: dict[str, Path],
) -> None:
    out = sites["requirement"]
    rows = suspect_rows(out)
    assert [row[:2] + row[3:] for row in rows] == [
        ["TC-01", "REQ-01 Readings by phone", "Acceptance tests"],
    ]
    reviewed = recorded("TC-01", "REQ-01")
    now = _change(rows[0], reviewed)
    assert marks(out) == {
        "TC-01": [
            f"Link to review: REQ-01 changed since the link was reviewed (fingerprint reviewed "
            f"{reviewed}, now {now})."
        ]
    }
    # The mark leads to the changed requirement.
    mark = page(out, "tests").select_one(".lastenheft-suspect a")
    assert mark["href"] == "requirements.html#REQ-01"


def test_a_changed_activity_makes_its_requirements_suspect(sites: dict[str, Path]) -> None:
    rows = suspect_rows(sites["activity"])
    assert [row[:2] + row[3:] for row in rows] == [
        ["REQ-02", "TK-01-02 Send the reading", "Requirements"],
        ["REQ-03", "TK-01-02 Send the reading", "Requirements"],
    ]
    assert sorted(marks(sites["activity"])) == ["REQ-02", "REQ-03"]


def test_a_rebuild_writes_the_pages_of_the_changed_targets_owners(
    sites: dict[str, Path], tmp_path: Path
) -> None:
    src = _copy(tmp_path, unchanged)
    out = tmp_path / "out"
    _build(src, out)
    before = {path.name: path.stat().st_mtime_ns for path in out.glob("*.html")}
    change_requirement(src)
    _build(src, out)
    written = {p.stem for p in out.glob("*.html") if before.get(p.name) != p.stat().st_mtime_ns}
    # The requirement's own page, the page of the test that verifies it, the lists; and the
    # index, whose table of contents lists written pages (Sphinx adds it).
    assert written - {"genindex", "search", "permalink"} == {
        "requirements",
        "tests",
        "review",
        "index",
    }
    assert_same_pages(out, sites["requirement"])


def test_a_parallel_build_marks_the_same_suspects(sites: dict[str, Path], tmp_path: Path) -> None:
    _build(_copy(tmp_path, change_requirement), tmp_path / "out", "-j", "2")
    assert_same_pages(tmp_path / "out", sites["requirement"])


def test_a_whitespace_change_makes_nothing_suspect(sites: dict[str, Path]) -> None:
    assert suspect_rows(sites["whitespace"]) == []
    assert marks(sites["whitespace"]) == {}


def test_the_fingerprint_ignores_spacing_and_the_review_itself() -> None:
    fields = {"priority": "Must", "acceptance": "A reading\nis stored."}
    first = fingerprint("Readings by phone", "The CRM must\nstore it.", fields)
    assert HEX.fullmatch(first)
    assert first == fingerprint(
        " Readings  by phone",
        "The CRM must store\tit. ",
        {**fields, "acceptance": "A reading is stored."},
    )
    review = {
        "status": "approved",
        "reviewer": "Ann",
        "review_date": "2027-01-01",
        "reviewed": "X@1",
    }
    assert first == fingerprint("Readings by phone", "The CRM must store it.", {**fields, **review})
    assert first != fingerprint("Readings by phone", "The CRM must store them.", fields)
    assert first != fingerprint(
        "Readings by phone", "The CRM must store it.", {**fields, "priority": "Should"}
    )


def test_reviewed_reads_what_format_writes() -> None:
    pairs = [("TK-01-01", "68f08253"), ("APP-CRM", "31295bc2")]
    assert parse_reviewed(format_reviewed(pairs)).fingerprints == dict(pairs)
    assert parse_reviewed("TK-01-01@68f08253, TK-01-02#00000000").malformed == (
        "TK-01-02#00000000",
    )


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes, bytes, str]:
    """The project with a changed requirement, TC-01's page saved with CRLF line endings and
    a byte order mark; then 'review TC-01'. The page's bytes before and after, and what the
    command printed."""
    src = _copy(tmp_path_factory.mktemp("review"), change_requirement)
    tests = src / "tests.md"
    tests.write_bytes(b"\xef\xbb\xbf" + tests.read_bytes().replace(b"\n", b"\r\n"))
    before = tests.read_bytes()
    result = review(src, "TC-01")
    assert result.returncode == 0, result.stderr
    return src, before, tests.read_bytes(), result.stdout


def test_review_rewrites_only_the_reviewed_line(reviewed: tuple[Path, bytes, bytes, str]) -> None:
    src, before, after, stdout = reviewed
    old_lines, new_lines = before.split(b"\r\n"), after.split(b"\r\n")
    assert len(old_lines) == len(new_lines)
    changed = [
        n for n, (old, new) in enumerate(zip(old_lines, new_lines, strict=True)) if old != new
    ]
    assert changed == [5]  # the sixth line, ':reviewed:' of TC-01
    assert old_lines[5] == f":reviewed: REQ-01@{recorded('TC-01', 'REQ-01')}".encode()
    assert re.fullmatch(rb":reviewed: REQ-01@[0-9a-f]{8}", new_lines[5])
    assert after.startswith(b"\xef\xbb\xbf")
    first, summary = stdout.splitlines()
    assert Path(first.removesuffix(": TC-01 reviewed")).resolve() == src / "tests.md"
    assert summary == "1 of 1 objects updated; the others recorded their links as reviewed already."


def test_review_clears_the_suspect(
    reviewed: tuple[Path, bytes, bytes, str], tmp_path: Path
) -> None:
    src = reviewed[0]
    assert "WARNING" not in _build(src, tmp_path / "out", "-D", "lastenheft_suspect_links_fail=1")
    assert suspect_rows(tmp_path / "out") == []


def test_review_adds_a_missing_line_as_it_would_write_it(tmp_path: Path) -> None:
    """Without its ':reviewed:' line, TC-02's page gets it back below its last option: the
    page is the project's own again, byte for byte."""
    src = _copy(tmp_path, unchanged)
    page_file = src / "tests.md"
    original = page_file.read_bytes()
    _replace(page_file, ":reviewed: REQ-02@", ":dropped: REQ-02@")
    page_file.write_text(
        "".join(
            line
            for line in page_file.read_text("utf-8").splitlines(True)
            if not line.startswith(":dropped:")
        ),
        "utf-8",
    )
    result = review(src, "TC-02")
    assert result.returncode == 0, result.stderr
    assert page_file.read_bytes() == original


def test_review_names_what_it_cannot_review(tmp_path: Path) -> None:
    src = _copy(tmp_path, unchanged)
    result = review(src, "APP-CRM", "TK-09")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "review: 'APP-CRM' records no reviewed links: only Task, Requirement, Acceptance test "
        "do; no object has the ID 'TK-09'. Nothing was written."
    )
    assert review(src).returncode == 2


def test_set_option_keeps_a_yaml_block_and_an_open_last_line() -> None:
    yaml = "```{req} A\n---\nid: REQ-1\npriority: Must\n---\nText\n```\n"
    assert set_option(yaml, "markdown", "REQ-1", "reviewed", "TK-1@00000000") == (
        "```{req} A\n---\nid: REQ-1\npriority: Must\nreviewed: TK-1@00000000\n---\nText\n```\n"
    )
    rst = ".. req:: A\r\n   :id: REQ-1"
    assert set_option(rst, "restructuredtext", "REQ-1", "reviewed", "X@00000000") == (
        ".. req:: A\r\n   :id: REQ-1\r\n   :reviewed: X@00000000"
    )


def test_with_the_fail_setting_each_suspect_is_a_located_warning(tmp_path: Path) -> None:
    src = _copy(tmp_path, change_requirement)
    stderr = _build(src, tmp_path / "out", "-D", "lastenheft_suspect_links_fail=1", strict=False)
    reviewed = recorded("TC-01", "REQ-01")
    (warning,) = WARNING.findall(stderr)
    where, message = warning
    assert where == f"{src / 'tests.md'}:6"
    now = re.search(r"now (\w+)\)", message)
    assert now is not None
    assert message == (
        f"The link from 'TC-01' to 'REQ-01' is suspect: 'REQ-01' changed since the link was "
        f"reviewed (fingerprint {reviewed}, now {now[1]}). Check 'TC-01' against 'REQ-01', "
        f"then run 'python -m sphinx_lastenheft review TC-01'. [lastenheft.suspect_link]"
    )


def test_the_review_status_view_counts_and_lists_the_open_requirements(
    sites: dict[str, Path],
) -> None:
    review_page = page(sites["unchanged"], "review")
    assert cells(review_page.select_one("table.lastenheft-review-counts")) == [
        ["Status", "Requirements"],
        ["draft", "1"],
        ["in review", "1"],
        ["approved", "1"],
        ["Total", "3"],
    ]
    assert cells(review_page.select_one("table.lastenheft-review-status")) == [
        ["Requirement", "Title", "Reviewed by", "Reviewed on"],
        ["draft"],
        ["REQ-03", "Reading history", "", ""],
        ["in review"],
        ["REQ-02", "Readings to billing", "Ann Lee", "2027-03-02"],
    ]
    # The box of a requirement shows its review; the fingerprints stay out of sight.
    box = text_of(page(sites["unchanged"], "requirements").find(id="REQ-01"))
    assert "Reviewed by: Ann Lee" in box and "Status: approved" in box
    assert "@" not in box


def test_malformed_review_fields_are_located_warnings(tmp_path: Path) -> None:
    src = _copy(tmp_path, bad_review_fields)
    stderr = _build(src, tmp_path / "out", strict=False)
    assert WARNING.findall(stderr) == [
        (
            f"{src / 'requirements.md'}:24",
            "The Requirement 'REQ-02' has status 'reviewed', which is not one of draft, in "
            "review, approved. Use one of these values. [lastenheft.unknown_value]",
        ),
        (
            f"{src / 'requirements.md'}:26",
            "The Requirement 'REQ-02' has review_date '2.3.2027', which is no date written "
            "YYYY-MM-DD. Write ':review_date: 2027-03-02'. [lastenheft.review]",
        ),
        (
            f"{src / 'tests.md'}:6",
            "The Acceptance test 'TC-01' has 'REQ-01#"
            f"{recorded('TC-01', 'REQ-01')}' in ':reviewed:', which is no 'ID@fingerprint'. "
            "Remove the entry and run 'python -m sphinx_lastenheft review TC-01' to record the "
            "links as reviewed. [lastenheft.review]",
        ),
    ]


@pytest.mark.parametrize(
    ("edit", "cover"),
    [
        (unchanged, "1 of 3 requirements are approved in this version."),
        (
            lambda src: [
                _replace(src / "requirements.md", old, ":status: approved")
                for old in (":status: in review", ":status: Entwurf")
            ],
            "All requirements are approved in this version.",
        ),
    ],
)
def test_the_cover_states_the_approval(
    tmp_path: Path, edit: Callable[[Path], None], cover: str
) -> None:
    src = _copy(tmp_path, edit)
    result = sphinx_build(src, tmp_path / "latex", builder="latex")
    assert result.returncode == 0, result.stderr
    tex = (tmp_path / "latex" / "lastenheft.tex").read_text("utf-8")
    titlepage = tex[tex.index(r"\begin{titlepage}") : tex.index(r"\end{titlepage}")]
    assert cover in titlepage


def test_an_outdated_vendor_answer_is_a_suspect(tmp_path: Path) -> None:
    """The selection project's round trip: a vendor answers the exported questionnaire, then
    a requirement changes; the answer is listed, and with the fail setting reported at its
    row."""
    src = tmp_path / "src"
    shutil.copytree(SELECTION, src)
    _build(src, tmp_path / "first")
    answer_as_delta(src, tmp_path / "first", "{suspect-links}", Erfüllungsart="S")
    _replace(src / "anforderungen.md", "{req} Angebotsvorlagen", "{req} Angebotsvorlagen je Sparte")
    _build(src, tmp_path / "out")
    assert cells(page(tmp_path / "out", "auswahl").select_one("table.lastenheft-suspects")) == [
        ["Objekt", "verknüpft mit", "Änderung", "Seite"],
        [
            "V-D",
            "ANF-03 Angebotsvorlagen je Sparte",
            "Antwort veraltet: die Anforderung wurde seit der Antwort geändert",
            "Auswahl",
        ],
    ]
    stderr = _build(
        src, tmp_path / "failing", "-D", "lastenheft_suspect_links_fail=1", strict=False
    )
    ((where, message),) = WARNING.findall(stderr)
    assert re.fullmatch(rf"{re.escape(str(src / 'antworten' / 'delta.xlsx'))}:\d+", where)
    assert message.endswith(
        "Die Antwort des Anbieters 'V-D' zu 'ANF-03' ist veraltet: die Anforderung wurde "
        "geändert, seit der Anbieter geantwortet hat. Lassen Sie den Anbieter erneut antworten, "
        "etwa in anforderungsfragebogen-V-D.xlsx, dem Fragebogen mit seinen Antworten, den der "
        "Bau schreibt. [lastenheft.suspect_link]"
    )
