"""Input that used to crash the build or make objects vanish without a word: each is a
located warning that names the fix, and the build goes on."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sphinx_lastenheft.sources.encoding import first_undecodable
from sphinx_lastenheft.sources.fences import broken_fences
from sphinx_lastenheft.sources.option_blocks import dropped_options
from sphinx_lastenheft.texts.en_messages import MESSAGES
from tests.conftest import sphinx_build

ROOT = Path(__file__).parent / "roots" / "test-invalid"

REQUIREMENT = """\
# Fall

{fence}{{req}} {title}
:id: {prefix}09
:priority: Muss
:category: Funktion
:derived_from: TA-01-01
:acceptance: prüfbar
:rationale: {rationale}
{fence}

```{{req}} Danach
:id: {prefix}10
:priority: Muss
:category: Funktion
:derived_from: TA-01-01
:acceptance: prüfbar
```

Siehe {{need}}`{prefix}09` und {{need}}`{prefix}10`.
"""


#: A project's own title and ID prefix of requirements.
OWN_TYPE = 'needs_types = [{"directive": "req", "title": "Requirement", "prefix": "REQ-"}]\n'


def requirement(
    title: str = "Frage stellen",
    rationale: str = "Kunden fragen nach.",
    fence: str = "```",
    prefix: str = "ANF-",
) -> str:
    return REQUIREMENT.format(fence=fence, title=title, rationale=rationale, prefix=prefix)


def _project(tmp_path: Path, page: str | bytes, prefix: str = "ANF-") -> Path:
    """The test root with ``page`` as case.md; requirements with the ID ``prefix``, which
    conf.py sets (OWN_TYPE) unless it is the built-in one."""
    srcdir = tmp_path / "src"
    shutil.copytree(ROOT, srcdir)
    data = page.encode("utf-8") if isinstance(page, str) else page
    (srcdir / "case.md").write_bytes(data)
    if prefix != "ANF-":
        base = srcdir / "base.md"
        base.write_text(base.read_text("utf-8").replace("ANF-", prefix), "utf-8")
        with (srcdir / "conf.py").open("a", encoding="utf-8") as file:
            file.write(OWN_TYPE)
    return srcdir


def _build(srcdir: Path, outdir: Path, *options: str) -> tuple[int, list[str]]:
    """A strict build: its exit code and the lines of stderr, after checking that nothing
    crashed."""
    result = sphinx_build(srcdir, outdir, "-q", *options)
    for stream in (result.stdout, result.stderr):
        assert "Traceback" not in stream
        assert "Exception occurred" not in stream
    return result.returncode, result.stderr.splitlines()


def _fails_with(srcdir: Path, outdir: Path, *expected: str, options: tuple[str, ...] = ()) -> None:
    returncode, lines = _build(srcdir, outdir, *options)
    assert returncode != 0
    assert lines == list(expected)


def _builds_clean(srcdir: Path, page: str, outdir: Path) -> None:
    """With case.md fixed, the next build in the same folder passes without a word."""
    (srcdir / "case.md").write_text(page, encoding="utf-8")
    assert _build(srcdir, outdir) == (0, [])


WINDOWS_PAGE = requirement(title="Größe prüfen").encode("cp1252")


@pytest.mark.parametrize("options", [(), ("-j", "2")], ids=["serial", "parallel"])
def test_a_page_in_windows_1252_is_located_and_read_with_replacements(
    options: tuple[str, ...], tmp_path: Path
) -> None:
    srcdir, outdir = _project(tmp_path, WINDOWS_PAGE), tmp_path / "out"
    warning = (
        f"{srcdir / 'case.md'}:3: WARNING: Die Datei ist nicht in UTF-8, der Kodierung, die "
        "Sphinx liest (source_encoding): das Byte 0xF6 in Zeile 3, Spalte 12 lässt sich nicht "
        "dekodieren. Sie sieht nach Windows-1252 (Latin-1) aus, das dort '```{req} Größe "
        "prüfen' liest. Speichern Sie die Datei als UTF-8 (im Editor mit 'Speichern unter', "
        "oder mit 'iconv -f WINDOWS-1252 -t UTF-8'). Dieser Build liest die Seite mit "
        "'\N{REPLACEMENT CHARACTER}' an Stelle jedes Bytes, das er nicht dekodieren kann. "
        "[lastenheft.encoding]"
    )
    _fails_with(srcdir, outdir, warning, options=options)
    # Read with replacements, the page keeps its objects: nothing links to a lost ID.
    html = (outdir / "case.html").read_text("utf-8")
    assert "Gr\N{REPLACEMENT CHARACTER}\N{REPLACEMENT CHARACTER}e pr" in html
    # The page is read again until it is fixed: an incremental build fails as well.
    _fails_with(srcdir, outdir, warning, options=options)
    _builds_clean(srcdir, requirement(title="Größe prüfen"), outdir)


def test_a_utf16_page_is_named_as_such() -> None:
    problem = first_undecodable("# Fall\n".encode("utf-16"), "utf-8-sig")
    assert problem is not None
    assert (problem.line, problem.column, problem.guessed) == (1, 1, "UTF-16")


QUOTED = '"Is it ..." she asked'


@pytest.mark.parametrize(
    ("prefix", "title"), [("ANF-", "Anforderung"), ("REQ-", "Requirement")], ids=["default", "own"]
)
def test_an_option_value_that_starts_with_a_quote_names_the_option(
    prefix: str, title: str, tmp_path: Path
) -> None:
    srcdir = _project(tmp_path, requirement(rationale=QUOTED, prefix=prefix), prefix)
    _fails_with(
        srcdir,
        tmp_path / "out",
        # MyST's own warning does not say which option, nor that every option was dropped.
        f"{srcdir / 'case.md'}:9: WARNING: 'req': Invalid options format: expected key to "
        "start at column 0 [myst.directive_option]",
        f"{srcdir / 'case.md'}:9: WARNING: MyST hat die Optionen von {title} 'Frage stellen' "
        "(Zeile 3) nicht gelesen, das Objekt hat daher keine ID und keine Felder: der Wert von "
        "':rationale:' beginnt mit einem Anführungszeichen; MyST hält den Wert dann für einen "
        "zitierten Text, der mit dem Anführungszeichen enden muss. Schreiben Sie den ganzen "
        "Wert in einfache Anführungszeichen und verdoppeln Sie jedes einfache "
        "Anführungszeichen darin (':rationale: '\"Is it ...\" she asked''), oder beginnen Sie "
        "ihn mit einem Buchstaben. Das ist die Ursache der Warnung von MyST zum Format der "
        "Optionen. [lastenheft.option_block]",
        # The object is lost in this build.
        f"{srcdir / 'case.md'}:20: WARNING: linked need {prefix}09 not found [needs.link_ref]",
    )
    _builds_clean(srcdir, requirement(rationale=f"'{QUOTED}'", prefix=prefix), tmp_path / "out")


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ([":id: ANF-09", ":acceptance: | prüfbar"], (5, "':acceptance:' starts with '|'")),
        (["---", "id: ANF-09", "acceptance: 'open", "---"], (6, "'acceptance:' starts with a")),
        ([":id: ANF-09", ":acceptance: 'Ganz in Anführungszeichen'"], None),
        ([":priority: Muss"], None),  # no ID written: a missing ID, not a dropped block
    ],
    ids=["block-scalar", "yaml-block", "quoted-whole", "no-id"],
)
def test_the_option_that_made_myst_drop_the_block_is_found(
    options: list[str], expected: tuple[int, str] | None
) -> None:
    block_text = "\n".join(["```{req} Titel", *options, "```"]) + "\n"
    finding = dropped_options(block_text, "case", 3, "Anforderung 'Titel'", MESSAGES)
    if expected is None:
        assert finding is None
    else:
        assert finding is not None
        assert finding.location.lineno == expected[0]
        assert f"the value of {expected[1]}" in finding.message


def test_a_missing_id_names_the_prefix_of_the_projects_own_type(tmp_path: Path) -> None:
    page = requirement(prefix="REQ-").replace(":id: REQ-09\n", "")
    srcdir = _project(tmp_path, page, "REQ-")
    _fails_with(
        srcdir,
        tmp_path / "out",
        f"{srcdir / 'case.md'}:3: WARNING: Requirement 'Frage stellen' hat keine ID. Ergänzen "
        "Sie eine Zeile ':id: REQ-…' mit einer eindeutigen ID, die für immer gleich bleibt: "
        "Protokolle und Antworten der Anbieter zitieren sie. [lastenheft.missing_id]",
        f"{srcdir / 'case.md'}:19: WARNING: linked need REQ-09 not found [needs.link_ref]",
    )


def test_a_backtick_in_a_title_is_located_with_the_fence_that_works(tmp_path: Path) -> None:
    srcdir = _project(tmp_path, requirement(title="Use `foo` here"))
    _fails_with(
        srcdir,
        tmp_path / "out",
        f"{srcdir / 'case.md'}:3: WARNING: Die Zeile '```{{req}} Use `foo` here' öffnet keine "
        "Direktive: eine Zeile aus Backticks, deren Text einen Backtick enthält, ist für MyST "
        "kein Zaun, sondern Text; die Direktive und alles bis zum nächsten leeren Zaun "
        "verschwinden. Ein Titel mit Backticks braucht einen Zaun aus Tilden: öffnen und "
        "schließen Sie die Direktive mit '~~~' ('~~~{req} Use `foo` here' ... '~~~'); ein "
        "längerer Zaun aus Backticks hilft nicht. Oder schreiben Sie den Titel ohne Backticks: "
        "er wird so gezeigt, wie er geschrieben ist. [lastenheft.fence]",
        # Both objects vanished: the intended closing fence opened a code block.
        f"{srcdir / 'case.md'}:20: WARNING: linked need ANF-09 not found [needs.link_ref]",
        f"{srcdir / 'case.md'}:20: WARNING: linked need ANF-10 not found [needs.link_ref]",
    )
    _builds_clean(srcdir, requirement(title="Use `foo` here", fence="~~~"), tmp_path / "out")


def test_fences_are_paired_as_commonmark_pairs_them() -> None:
    page = "\n".join(
        [
            "````{req} Außen",  # a directive: its content is Markdown, fences in it count
            "```{req} Innen `x`",  # line 2: broken
            "````",
            "````md",  # a code block: an example of the mistake, not the mistake
            "```{req} Beispiel `x`",
            "```",
            "````",
            "~~~{req} Mit `x`",  # a tilde fence may hold backticks
            "~~~",
            "```{req} Ohne `x`",  # line 10: broken
        ]
    )
    assert list(broken_fences(page)) == [
        (2, "```", "{req} Innen `x`"),
        (10, "```", "{req} Ohne `x`"),
    ]
