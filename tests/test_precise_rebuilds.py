"""On a copy of the example, an incremental build writes exactly the pages that show what
changed, and each of them equals a clean build of the edited sources.

Sphinx itself adds the pages whose table of contents lists a written page (their toctree
shows its title): the lists below name them after the pages that show the change.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO, sphinx_build
from tests.test_rebuilds import assert_same_pages

CATALOGUE = "requirements/lead-management"
#: Pages Sphinx writes besides the documents, whatever changed.
_NOT_DOCUMENTS = {"genindex", "search", "permalink"}

NEW_REQUIREMENT = """
```{req} Dublettenhinweis bei der Lead-Erfassung
:id: ANF-LEAD-99
:priority: Kann
:category: Funktion
:derived_from: TA-01-07
:acceptance: Ein Lead mit bekannter E-Mail-Adresse zeigt beim Speichern einen Hinweis.

Das CRM soll beim Erfassen eines Leads auf mögliche Dubletten hinweisen.
```
"""


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, f"{old!r} is not in {path}"
    path.write_text(text.replace(old, new, 1), "utf-8")


def edit_text(src: Path) -> None:
    _replace(src / f"{CATALOGUE}.md", "von Hand, per Import\n", "von Hand, im Stapel, per Import\n")


def edit_title(src: Path) -> None:
    _replace(
        src / f"{CATALOGUE}.md",
        "Lead-Erfassung mit Herkunft aus allen Kanälen",
        "Lead-Erfassung mit Herkunft aus jedem Kanal",
    )


def add_requirement(src: Path) -> None:
    path = src / f"{CATALOGUE}.md"
    path.write_text(path.read_text("utf-8") + NEW_REQUIREMENT, "utf-8")


def remove_requirement(src: Path) -> None:
    _replace(src / f"{CATALOGUE}.md", NEW_REQUIREMENT, "")


def change_link(src: Path) -> None:
    # ANF-LEAD-06 is derived from the service technician's sales hint (TA-07-10) no more.
    _replace(
        src / f"{CATALOGUE}.md",
        ":derived_from: TA-01-07, TA-02-08, TA-03-05, TA-07-10",
        ":derived_from: TA-01-07, TA-02-08, TA-03-05",
    )


@dataclass(frozen=True)
class Change:
    edit: Callable[[Path], None]
    #: The pages that show what changed.
    showing: frozenset[str]
    #: The pages whose table of contents lists one of them.
    listing: frozenset[str]


def pages(*names: str) -> frozenset[str]:
    return frozenset(names)


#: Where the objects named in the edits appear besides their own page: the catalogue's
#: requirements in the trace views and the acceptance run; ANF-LEAD-06's activities in the
#: handbooks of their roles and systems.
TRACE_AND_RUN = pages("nachverfolgbarkeit", "acceptance/abnahmelauf-r1")
LEAD_06_HANDBOOKS = pages(
    "_generated/roles/R-MK",
    "_generated/roles/R-ST",
    "_generated/systems/SYS-CRM",
    "_generated/systems/SYS-MOB",
    "_generated/systems/SYS-WEB",
)
TA_01_07_HANDBOOKS = pages("_generated/roles/R-MK", "_generated/systems/SYS-CRM")
PARENTS_OF_VIEWS = pages(
    "index", "acceptance/index", "organisation/rollen", "organisation/systeme", "auswahl/index"
)
#: The vendors' evaluations: each answer to a requirement whose text changed since is marked
#: as older than it; a new requirement is unanswered.
EVALUATIONS = pages("auswahl/anbieter")
#: The demo script lists each requirement with its title at the activity it is derived from.
DEMO_SCRIPT = pages("auswahl/drehbuch")
#: The vendor comparison: a requirement more or less changes every score.
COMPARISON = pages("auswahl/vergleich")
#: The changes since baseline 1.0 (lastenheft_baseline): every edit below changes them.
CHANGES_SINCE_BASELINE = pages("aenderungen")
#: The Prüfstand lists the suspect links and counts the requirements by review status.
REVIEW = pages("pruefstand")
#: AT-07-06 verifies ANF-LEAD-06 as reviewed: its box marks the link once ANF-LEAD-06 changed.
LEAD_06_TESTS = pages("acceptance/at-s07-servicefall")

CHANGES = {
    # The catalogue page shows the text of a requirement; the vendors answered the old one,
    # its acceptance test was reviewed against it (the Prüfstand lists that suspect link).
    "text": Change(
        edit_text,
        pages(CATALOGUE) | EVALUATIONS | LEAD_06_TESTS | REVIEW,
        pages("requirements/index", "auswahl/index")
        | pages("index", "acceptance/index", "nachverfolgbarkeit"),
    ),
    # Its title is in every view that lists it.
    "title": Change(
        edit_title,
        # (the evaluations link the answers older than their requirement, with its title)
        pages(CATALOGUE)
        | TRACE_AND_RUN
        | LEAD_06_HANDBOOKS
        | DEMO_SCRIPT
        | EVALUATIONS
        | LEAD_06_TESTS
        | REVIEW,
        pages("requirements/index") | PARENTS_OF_VIEWS,
    ),
    # The scene page shows the new backlink on TA-01-07.
    "add": Change(
        add_requirement,
        pages(CATALOGUE, "processes/s01-messekontakt-wird-neukunde")
        | TRACE_AND_RUN
        | TA_01_07_HANDBOOKS
        | EVALUATIONS
        | DEMO_SCRIPT
        | COMPARISON
        | REVIEW,
        pages("requirements/index", "processes/index") | PARENTS_OF_VIEWS,
    ),
    "remove": Change(
        remove_requirement,
        pages(CATALOGUE, "processes/s01-messekontakt-wird-neukunde")
        | TRACE_AND_RUN
        | TA_01_07_HANDBOOKS
        | EVALUATIONS
        | DEMO_SCRIPT
        | COMPARISON
        | REVIEW,
        pages("requirements/index", "processes/index") | PARENTS_OF_VIEWS,
    ),
    # TA-07-10 loses the backlink; the technician's and the mobile app's handbooks lose the
    # requirement.
    "link": Change(
        change_link,
        pages(CATALOGUE, "processes/s07-servicefall-und-wartung")
        | TRACE_AND_RUN
        | pages("_generated/roles/R-ST", "_generated/systems/SYS-MOB")
        | DEMO_SCRIPT,
        pages("requirements/index", "processes/index") | PARENTS_OF_VIEWS,
    ),
}


def _copy_example(target: Path) -> Path:
    shutil.copytree(REPO / "docs", target, ignore=shutil.ignore_patterns("_build", "_generated"))
    return target


def _build(src: Path, out: Path) -> None:
    result = sphinx_build(src, out, "-q")
    assert result.returncode == 0, result.stderr


def _mtimes(out: Path) -> dict[str, int]:
    return {
        str(path.relative_to(out).with_suffix("")): path.stat().st_mtime_ns
        for path in out.glob("**/*.html")
    }


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A copy of the example and its site, built once; the tests edit it in turn."""
    folder = tmp_path_factory.mktemp("example")
    src = _copy_example(folder / "src")
    _build(src, folder / "incremental")
    return src, folder / "incremental"


@pytest.mark.parametrize("name", list(CHANGES))
def test_a_rebuild_writes_exactly_the_pages_that_show_the_change(
    example: tuple[Path, Path], name: str, tmp_path: Path
) -> None:
    src, out = example
    change = CHANGES[name]
    before = _mtimes(out)
    change.edit(src)
    _build(src, out)
    after = _mtimes(out)
    written = {page for page, mtime in after.items() if before.get(page) != mtime}
    assert written - _NOT_DOCUMENTS == change.showing | change.listing | CHANGES_SINCE_BASELINE
    _build(shutil.copytree(src, tmp_path / "src"), tmp_path / "clean")
    assert_same_pages(out, tmp_path / "clean")
