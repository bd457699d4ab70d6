"""Role handbooks and system overviews: generated pages with known answers, in the navigation,
in the PDF, and kept up to date by incremental builds."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup, Tag

from sphinx_lastenheft.model.store import get_model
from sphinx_lastenheft.sources.scanner import Directive, scan
from tests.conftest import NODE_MODULES, html_of, text_of, warnings_of
from tests.test_pdf import build_pdf
from tests.test_pdf import text_of as pdf_text
from tests.test_rebuilds import build, pages

ROOT = Path(__file__).parent / "roots" / "test-handbooks"
DOCS = Path(__file__).resolve().parents[1] / "docs"
ROLES = "_generated/roles"
SYSTEMS = "_generated/systems"
#: A role without activities, as written in the root.
LEITUNG = "```{role} Leitung\n:id: R-LE\n:org_unit: Geschäftsleitung\n```\n"


def _rows(table: Tag) -> list[list[str]]:
    """The table body as text, a row spanning all columns as a list of one cell."""
    return [[text_of(cell) for cell in row.select("td")] for row in table.select("tbody tr")]


def _heading(tag: Tag) -> str:
    """A heading's text, without the permalink sign."""
    return text_of(tag).removesuffix("¶").strip()


def _title(page: BeautifulSoup) -> str:
    return _heading(page.find("h1"))


def _sections(page: BeautifulSoup) -> dict[str, Tag]:
    """The page's sections below its title, by heading."""
    return {_heading(section.find("h2")): section for section in page.select("section section")}


@pytest.mark.sphinx("html", testroot="handbooks")
def test_role_handbook_shows_what_the_role_does_in_process_order(app: Any) -> None:
    app.build()
    assert warnings_of(app) == ""
    page = html_of(app, f"{ROLES}/R-SI")
    assert _title(page) == "Rollenhandbuch: Service-Innendienst"
    facts = text_of(page.select("section > p")[1])
    assert facts == (
        "Rolle: R-SI Service-Innendienst · Kundenszenen: 2 · Tätigkeiten: 5 · Systeme: 3 · "
        "Anforderungen: 4"
    )
    sections = _sections(page)
    assert list(sections) == ["Kundenszenen und Tätigkeiten", "Genutzte Systeme", "Anforderungen"]
    assert _rows(sections["Kundenszenen und Tätigkeiten"]) == [
        ["SZ-01 Anfrage wird Angebot"],
        ["PS-01-1 Anfrage erfassen", "TA-01-01 Anfrage aufnehmen", "SYS-MAIL, SYS-CRM"],
        ["PS-01-2 Angebot senden", "TA-01-03 Angebot schreiben", "SYS-CRM, SYS-ERP"],
        ["SZ-02 Reklamation wird Gutschrift"],
        ["PS-02-1 Melden", "TA-02-02 Vorgang anlegen", "SYS-CRM"],
        ["PS-02-2 Lösen", "TA-02-04 Gutschrift buchen", "SYS-ERP"],
        ["", "TA-02-05 Kunde informieren", "SYS-MAIL"],
    ]
    # systems in the order they are written, each with the role's activities that use it
    assert _rows(sections["Genutzte Systeme"]) == [
        ["SYS-CRM CRM-System", "TA-01-01, TA-01-03, TA-02-02"],
        ["SYS-MAIL E-Mail", "TA-01-01, TA-02-05"],
        ["SYS-ERP ERP", "TA-01-03, TA-02-04"],
    ]
    # the activities a requirement is derived from in process order, not as the link lists them
    assert _rows(sections["Anforderungen"]) == [
        ["ANF-01", "Anfragen erfassen", "Muss", "Funktion", "TA-01-01, TA-02-02"],
        ["ANF-02", "Angebot mit ERP-Preisen", "Soll", "Schnittstelle", "TA-01-03"],
        ["ANF-06", "Gutschriften", "Muss", "Funktion", "TA-02-04"],
        ["ANF-07", "Überwachung der ERP-Schnittstelle", "Soll", "Qualität", "TA-01-03"],
    ]
    links = {a.get_text(): a["href"] for a in page.select("section section a.reference")}
    assert links["TA-01-01"] == "../../scene-a.html#TA-01-01"
    assert links["SYS-ERP"] == "../../organisation.html#SYS-ERP"
    assert links["ANF-06"] == "../../requirements.html#ANF-06"


@pytest.mark.sphinx("html", testroot="handbooks")
def test_system_page_shows_activities_roles_partners_and_requirements(app: Any) -> None:
    app.build()
    assert warnings_of(app) == ""
    page = html_of(app, f"{SYSTEMS}/SYS-ERP")
    assert _title(page) == "Systemübersicht: ERP"
    sections = _sections(page)
    assert list(sections) == [
        "Kundenszenen und Tätigkeiten",
        "Rollen",
        "Zusammenspiel mit anderen Systemen",
        "Anforderungen",
    ]
    assert _rows(sections["Kundenszenen und Tätigkeiten"]) == [
        ["SZ-01 Anfrage wird Angebot"],
        ["PS-01-1 Anfrage erfassen", "TA-01-02 Bonität prüfen", "R-QS Qualitätssicherung", ""],
        ["PS-01-2 Angebot senden", "TA-01-03 Angebot schreiben", "R-SI Service-Innendienst",
         "SYS-CRM"],
        ["SZ-02 Reklamation wird Gutschrift"],
        ["PS-02-2 Lösen", "TA-02-04 Gutschrift buchen", "R-SI Service-Innendienst", ""],
    ]  # fmt: skip
    # roles in the order they are written: the reStructuredText page sorts after organisation
    assert _rows(sections["Rollen"]) == [
        ["R-SI Service-Innendienst", "TA-01-03, TA-02-04"],
        ["R-QS Qualitätssicherung", "TA-01-02"],
    ]
    assert _rows(sections["Zusammenspiel mit anderen Systemen"]) == [
        ["SYS-CRM CRM-System", "TA-01-03"],
    ]
    # derived from the system's activities, or naming the system in 'concerns', or both
    assert _rows(sections["Anforderungen"]) == [
        ["ANF-02", "Angebot mit ERP-Preisen", "Soll", "Schnittstelle", "TA-01-03"],
        ["ANF-03", "Bonitätsauskunft", "Kann", "Information", "TA-01-02"],
        ["ANF-05", "ERP im eigenen Rechenzentrum", "Muss", "Rahmen", "betrifft das System"],
        ["ANF-06", "Gutschriften", "Muss", "Funktion", "TA-02-04"],
        ["ANF-07", "Überwachung der ERP-Schnittstelle", "Soll", "Qualität",
         "TA-01-03, betrifft das System"],
    ]  # fmt: skip


@pytest.mark.sphinx("html", testroot="handbooks")
def test_pages_of_objects_without_activities_say_so(app: Any) -> None:
    app.build()
    role = html_of(app, f"{ROLES}/R-LE")
    assert "Kundenszenen: 0 · Tätigkeiten: 0 · Systeme: 0 · Anforderungen: 0" in text_of(role)
    assert [text_of(s.find("p")) for s in _sections(role).values()] == [
        "Die Rolle hat in den Kundenszenen keine Tätigkeit.",
        "Keine.",
        "Keine.",
    ]
    assert role.select("section table") == []


@pytest.mark.sphinx("html", testroot="handbooks")
def test_every_role_and_system_gets_a_page_in_the_navigation(app: Any) -> None:
    app.build()
    srcdir = Path(app.srcdir)
    # objects in code examples (a MyST code block, a reStructuredText literal block) are none
    assert sorted(p.name for p in (srcdir / ROLES).iterdir()) == [
        "R-KU.md", "R-LE.md", "R-QS.md", "R-SI.md", "pages.json",
    ]  # fmt: skip
    assert sorted(p.name for p in (srcdir / SYSTEMS).iterdir()) == [
        "SYS-CRM.md", "SYS-ERP.md", "SYS-MAIL.md", "pages.json",
    ]  # fmt: skip
    # in the order the objects are written, pages sorted by name: MyST, colon and YAML
    # options, reStructuredText
    assert app.env.toctree_includes["index"] == [
        "scene-a", "scene-b", "organisation", "roles", "requirements",
        f"{ROLES}/R-SI", f"{ROLES}/R-KU", f"{ROLES}/R-LE", f"{ROLES}/R-QS",
        f"{SYSTEMS}/SYS-CRM", f"{SYSTEMS}/SYS-MAIL", f"{SYSTEMS}/SYS-ERP",
    ]  # fmt: skip
    index = html_of(app, "index")
    lists = index.select("div.toctree-wrapper")[1:]
    assert [text_of(a) for a in lists[0].select("a")] == [
        "Rollenhandbuch: Service-Innendienst",
        "Rollenhandbuch: Kunde",
        "Rollenhandbuch: Leitung",
        "Rollenhandbuch: Qualitätssicherung",
    ]
    assert text_of(lists[0].select_one(".caption")) == "Rollenhandbücher"
    assert [a["href"] for a in lists[1].select("a")] == [
        f"{SYSTEMS}/SYS-CRM.html", f"{SYSTEMS}/SYS-MAIL.html", f"{SYSTEMS}/SYS-ERP.html",
    ]  # fmt: skip


def _mtimes(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in sorted(folder.iterdir())}


def _rebuild(app: Any, make_app: Any) -> Any:
    """Build the project of ``app`` again, as the next run of sphinx-build would."""
    app.cleanup()
    again = make_app(
        "html",
        srcdir=app.srcdir,
        builddir=Path(app.outdir).parent,
        confoverrides={"lastenheft_node_modules": str(NODE_MODULES)},
    )
    again.build()
    return again


@pytest.mark.sphinx("html", testroot="handbooks", srcdir="handbooks-rewrite")
def test_pages_are_written_only_when_they_change(app: Any, make_app: Any) -> None:
    app.build()
    srcdir = Path(app.srcdir)
    before = _mtimes(srcdir / ROLES)
    again = _rebuild(app, make_app)
    assert warnings_of(again) == ""
    assert _mtimes(srcdir / ROLES) == before
    assert "0 added, 0 changed, 0 removed" in again.status.getvalue()

    organisation = srcdir / "organisation.md"
    organisation.write_text(organisation.read_text("utf-8").replace(LEITUNG, ""), "utf-8")
    third = _rebuild(again, make_app)
    assert warnings_of(third) == ""
    after = _mtimes(srcdir / ROLES)
    assert "R-LE.md" not in after
    assert {name: after[name] for name in ("R-KU.md", "R-QS.md", "R-SI.md")} == {
        name: before[name] for name in ("R-KU.md", "R-QS.md", "R-SI.md")
    }
    assert json.loads((srcdir / ROLES / "pages.json").read_text("utf-8")) == [
        f"{ROLES}/R-SI", f"{ROLES}/R-KU", f"{ROLES}/R-QS",
    ]  # fmt: skip
    assert f"{ROLES}/R-LE" not in third.env.found_docs
    assert "Leitung" not in text_of(html_of(third, "index"))


@pytest.mark.sphinx("html", testroot="handbooks", srcdir="handbooks-no-lists")
def test_a_page_without_the_lists_removes_the_generated_pages(app: Any, make_app: Any) -> None:
    app.build()
    srcdir = Path(app.srcdir)
    index = srcdir / "index.md"
    index.write_text(index.read_text("utf-8").split("## Rollenhandbücher")[0], "utf-8")
    (srcdir / "extra.md").write_text(
        "---\norphan: true\n---\n# Extra\n\n```{rolehandbook} R-XX\n```\n", "utf-8"
    )
    again = _rebuild(app, make_app)
    assert not (srcdir / "_generated").exists()
    assert warnings_of(again).strip().splitlines() == [
        f"{srcdir / 'extra.md'}:6: WARNING: Die Seite nennt 'R-XX' (Rolle), aber kein Objekt vom "
        f"Typ Rolle hat diese ID. Korrigieren Sie die ID. [lastenheft.unknown_id]"
    ]


# English labels; the root's German field values stay allowed.
ENGLISH = {
    "language": "en",
    "lastenheft_areas": ["Vertrieb", "Service"],
    "lastenheft_priorities": ["Muss", "Soll", "Kann"],
    "lastenheft_categories": ["Funktion", "Information", "Schnittstelle", "Qualität", "Rahmen"],
}


@pytest.mark.sphinx("html", testroot="handbooks", srcdir="handbooks-english", confoverrides=ENGLISH)
def test_pages_follow_the_project_language(app: Any) -> None:
    app.build()
    assert warnings_of(app) == ""
    page = html_of(app, f"{SYSTEMS}/SYS-ERP")
    assert _title(page) == "System overview: ERP"
    assert list(_sections(page)) == [
        "Scenes and activities",
        "Roles",
        "Interplay with other systems",
        "Requirements",
    ]
    assert "concerns the system" in text_of(page)
    role = html_of(app, f"{ROLES}/R-LE")
    assert _title(role) == "Role handbook: Leitung"


def _edit(srcdir: Path) -> None:
    scene = srcdir / "scene-b.md"
    scene.write_text(
        scene.read_text("utf-8").replace(
            ":id: TA-02-04\n:role: R-SI", ":id: TA-02-04\n:role: R-QS"
        ),
        "utf-8",
    )
    organisation = srcdir / "organisation.md"
    organisation.write_text(
        organisation.read_text("utf-8").replace(LEITUNG, "```{role} Einkauf\n:id: R-EK\n```\n"),
        "utf-8",
    )


def test_incremental_and_parallel_builds_equal_a_clean_build(tmp_path: Path) -> None:
    srcdir = tmp_path / "src"
    shutil.copytree(ROOT, srcdir)
    build(srcdir, tmp_path / "incremental")
    build(srcdir, tmp_path / "parallel", "-j", "2")
    _edit(srcdir)
    build(srcdir, tmp_path / "incremental")
    build(srcdir, tmp_path / "parallel", "-j", "2")
    clean = tmp_path / "clean-src"
    shutil.copytree(ROOT, clean)
    _edit(clean)
    build(clean, tmp_path / "clean")
    expected = pages(tmp_path / "clean")
    for outdir in ("incremental", "parallel"):
        actual = pages(tmp_path / outdir)
        # Sphinx leaves the output of a removed document, as for any page deleted by hand.
        assert sorted(set(actual) - set(expected)) == [f"{ROLES}/R-LE.html"]
        for name, html in expected.items():
            assert actual[name] == html, f"{outdir}: {name} differs from the clean build"
    page = BeautifulSoup(
        (tmp_path / "incremental" / ROLES / "R-QS.html").read_text("utf-8"), "html.parser"
    )
    assert "TA-02-04 Gutschrift buchen" in text_of(page)


def test_sources_are_scanned_for_directives_outside_code() -> None:
    myst = "\n".join(
        [
            "```{role} A",
            ":id: R-A",
            ":org_unit: X",
            "```",
            "~~~~{note}",
            "::::{system} B",
            "---",
            "id: 'SYS-B'",
            "---",
            "::::",
            "~~~~",
            "````md",
            "```{role} Example",
            ":id: R-EXAMPLE",
            "```",
            "````",
            "```{code-block} md",
            ":caption: x",
            "```",
            "```{handbooks} roles",
            "```",
        ]
    )
    assert scan(myst, "markdown") == [
        Directive("role", "A", {"id": "R-A", "org_unit": "X"}),
        Directive("note", "", {}),
        Directive("system", "B", {"id": "SYS-B"}),
        Directive("code-block", "md", {"caption": "x"}),
        Directive("handbooks", "roles", {}),
    ]
    rst = "\n".join(
        [
            ".. role:: C",
            "   :id: R-C",
            "",
            "   Text::",
            "",
            "      .. role:: Example",
            "         :id: R-EXAMPLE",
            "",
            ".. code-block:: rst",
            "",
            "   .. system:: Example",
            "",
            ".. handbooks:: systems",
        ]
    )
    assert scan(rst, "restructuredtext") == [
        Directive("role", "C", {"id": "R-C"}),
        Directive("handbooks", "systems", {}),
    ]
    assert scan(myst, "jupyter_notebook") == []


def test_example_has_a_page_for_every_role_and_system_in_the_navigation(
    make_app: Any, tmp_path: Path
) -> None:
    app = make_app("html", srcdir=DOCS, builddir=tmp_path)
    app.build()
    assert warnings_of(app) == ""
    model = get_model(app.env)
    assert (len(model.roles), len(model.systems)) == (10, 8)
    includes = app.env.toctree_includes
    assert includes["organisation/rollen"] == [f"{ROLES}/{r}" for r in model.roles]
    assert includes["organisation/systeme"] == [f"{SYSTEMS}/{s}" for s in model.systems]
    reachable, pending = set(), [app.config.root_doc]
    while pending:
        docname = pending.pop()
        reachable.add(docname)
        pending += [d for d in includes.get(docname, []) if d not in reachable]
    pages = {f"{ROLES}/{r}" for r in model.roles} | {f"{SYSTEMS}/{s}" for s in model.systems}
    assert pages <= reachable
    for docname in sorted(pages):
        assert html_of(app, docname).select("section section table"), docname


def test_pages_render_in_the_pdf(tmp_path: Path) -> None:
    srcdir = tmp_path / "src"
    shutil.copytree(ROOT, srcdir)
    pdf, _ = build_pdf(srcdir, tmp_path / "latex", tmp_path / "cache")
    text = " ".join(pdf_text(pdf).split())
    assert "Rollenhandbuch: Service-Innendienst" in text
    assert "Systemübersicht: ERP" in text
    # tables with a heading row per scene; references to other pages name the page
    assert "SZ-02 Reklamation wird Gutschrift" in text
    assert "TA-02-05 (S." in text and "Kunde informieren" in text
    assert "ANF-05 (S." in text and "betrifft das System" in text
