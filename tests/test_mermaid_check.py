"""The website build checks every Mermaid diagram with Mermaid's parser, cached, also with -j."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from sphinx.errors import ConfigError

from tests.browser import require_chromium
from tests.conftest import sphinx_build

ROOTS = Path(__file__).parent / "roots"
BROKEN = ROOTS / "test-broken-mermaid"
BROKEN_PAGE = """\
---
orphan: true
---
# Kaputt

```{mermaid}
flowchart LR
    Kunde -->
```
"""


def _checked(log: str) -> tuple[int, int, int]:
    """Diagrams checked, parsed and taken from the cache, as the build's log line says."""
    found = re.search(
        r"lastenheft: (\d+) diagrams checked, (\d+) parsed, (\d+) from the cache", log
    )
    assert found, log
    checked, parsed, cached = map(int, found.groups())
    return checked, parsed, cached


def _syntax_warning(source: Path) -> str:
    """The warning of the broken diagram in ``source``, at the line of its directive."""
    line = source.read_text("utf-8").splitlines().index("```{mermaid}") + 1
    return (
        rf"{re.escape(str(source))}:{line}: WARNING: Mermaid kann dieses Diagramm nicht "
        r"zeichnen: Parse error on line \d+:.* Korrigieren Sie den Text des Diagramms\. "
        r"\[lastenheft\.mermaid_syntax\]"
    )


def test_broken_mermaid_fails_the_html_build_with_file_and_line(tmp_path: Path) -> None:
    require_chromium()
    cache = f"lastenheft_diagram_cache={tmp_path / 'cache'}"
    first = sphinx_build(BROKEN, tmp_path / "out", "-D", cache)
    assert first.returncode != 0
    assert re.search(_syntax_warning(BROKEN / "index.md"), first.stderr), first.stderr
    assert _checked(first.stdout) == (1, 1, 0)
    # Mermaid's verdict is cached: the broken diagram fails every build, parsed only once.
    again = sphinx_build(BROKEN, tmp_path / "again", "-D", cache)
    assert again.returncode != 0
    assert re.search(_syntax_warning(BROKEN / "index.md"), again.stderr), again.stderr
    assert _checked(again.stdout) == (1, 0, 1)


def test_good_diagrams_pass_and_are_never_parsed_twice(tmp_path: Path) -> None:
    require_chromium()
    cache = f"lastenheft_diagram_cache={tmp_path / 'cache'}"
    first = sphinx_build(ROOTS / "test-scene", tmp_path / "out", "-D", cache)
    assert first.returncode == 0, first.stderr
    assert "WARNING" not in first.stderr
    checked, parsed, cached = _checked(first.stdout)
    assert checked > 0
    assert (parsed, cached) == (checked, 0)
    # A clean output folder, the same cache: nothing to parse, so no browser starts.
    again = sphinx_build(ROOTS / "test-scene", tmp_path / "again", "-D", cache)
    assert again.returncode == 0, again.stderr
    assert _checked(again.stdout) == (checked, 0, checked)


def test_a_parallel_build_checks_the_diagrams_of_every_page(tmp_path: Path) -> None:
    require_chromium()
    srcdir = tmp_path / "src"
    shutil.copytree(ROOTS / "test-scene", srcdir)
    pages = [srcdir / "kaputt-a.md", srcdir / "kaputt-b.md"]
    for page in pages:
        page.write_text(BROKEN_PAGE, "utf-8")
    result = sphinx_build(
        srcdir, tmp_path / "out", "-j", "2", "-D", f"lastenheft_diagram_cache={tmp_path / 'c'}"
    )
    assert result.returncode != 0
    # One warning per diagram, in page order, though both pages hold the same text.
    warnings = [line for line in result.stderr.splitlines() if "WARNING" in line]
    assert len(warnings) == 2, result.stderr
    for page, warning in zip(pages, warnings, strict=True):
        assert re.fullmatch(_syntax_warning(page), warning), warning
    checked, parsed, _cached = _checked(result.stdout)
    assert checked == parsed > 1


def test_without_chromium_the_check_says_how_to_skip_it(tmp_path: Path) -> None:
    result = sphinx_build(
        BROKEN,
        tmp_path / "out",
        "-D",
        "lastenheft_chromium=/nonexistent/chromium",
        "-D",
        f"lastenheft_diagram_cache={tmp_path / 'cache'}",
    )
    assert result.returncode != 0
    warnings = [line for line in result.stderr.splitlines() if "WARNING" in line]
    assert len(warnings) == 1, result.stderr
    assert re.fullmatch(
        rf"{re.escape(str(BROKEN / 'index.md'))}:5: WARNING: 1 Diagramme können nicht geprüft "
        r"werden: .* Um die Website ohne die Prüfung zu bauen, setzen Sie "
        r"lastenheft_check_mermaid = False\. "
        r"\[lastenheft\.diagram_rendering\]",
        warnings[0],
    )


def test_the_check_can_be_switched_off(tmp_path: Path) -> None:
    result = sphinx_build(
        BROKEN,
        tmp_path / "out",
        "-D",
        "lastenheft_check_mermaid=0",
        "-D",
        "lastenheft_chromium=/nonexistent/chromium",
    )
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    assert "diagrams checked" not in result.stdout


def test_the_switch_takes_true_or_false(make_app: Any, tmp_path: Path) -> None:
    srcdir = tmp_path / "src"
    shutil.copytree(BROKEN, srcdir)
    conf = srcdir / "conf.py"
    # A string would pass as true: the check would run although conf.py seems to say no.
    conf.write_text(conf.read_text("utf-8") + 'lastenheft_check_mermaid = "False"\n', "utf-8")
    line = len(conf.read_text("utf-8").splitlines())
    with pytest.raises(
        ConfigError,
        match=rf"^{re.escape(str(conf))}:{line}: lastenheft_check_mermaid = 'False' is not "
        r"valid: expected True or False\.",
    ):
        make_app("html", srcdir=srcdir, builddir=tmp_path / "out")
