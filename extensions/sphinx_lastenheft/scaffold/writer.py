"""Writes a new project from the templates: a complete, short Lastenheft that builds with
``-W`` as written, in German or English.

Template files are copied as they are, with two renamings and a few placeholders:

- a path part ``dot-x`` becomes ``.x`` (package data leaves out hidden files);
- ``conf.py_t`` becomes ``conf.py`` (a ``.py`` file would be a module of this package to the
  type checker and the linters);
- ``@COMPANY@`` (in text) and ``@COMPANY_PY@`` (a Python string literal), ``@YEAR@``,
  ``@DATE@`` (written as the language writes dates), ``@VERSION@`` and ``@REPOSITORY@``.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from sphinx_lastenheft import __version__
from sphinx_lastenheft.texts import LANGUAGES

TEMPLATES = Path(__file__).parent / "templates"
#: The folder of the templates every language shares.
COMMON = "common"
#: Where sphinx-lastenheft is installed from (requirements.txt of a new project).
# OWNER: replace with the account that hosts the repository once it is published.
REPOSITORY = "https://github.com/OWNER/sphinx-lastenheft"


def languages() -> list[str]:
    """The languages there are templates for: a folder each."""
    return sorted(p.name for p in TEMPLATES.iterdir() if p.is_dir() and p.name != COMMON)


class NotEmptyError(Exception):
    """The target folder exists and holds something: a new project never overwrites."""


def _target(relative: Path) -> Path:
    parts = ["." + part[4:] if part.startswith("dot-") else part for part in relative.parts]
    parts[-1] = parts[-1].removesuffix("_t")
    return Path(*parts)


def _templates(language: str) -> dict[Path, Path]:
    """Each template of ``language`` by the path it is written to, in a stable order."""
    found: dict[Path, Path] = {}
    for folder in (TEMPLATES / COMMON, TEMPLATES / language):
        for source in sorted(p for p in folder.rglob("*") if p.is_file()):
            found[_target(source.relative_to(folder))] = source
    return found


def write_project(target: Path, company: str, language: str, today: datetime.date) -> list[Path]:
    """Write a new project into ``target`` (created, or empty); the paths written, relative.

    Raises :class:`NotEmptyError` when ``target`` holds anything, before writing a byte.
    """
    if language not in languages():
        raise ValueError(f"no templates for language {language!r}: {', '.join(languages())}")
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise NotEmptyError(target)
    values = {
        "@COMPANY_PY@": repr(company),
        "@COMPANY@": company,
        "@YEAR@": str(today.year),
        "@DATE@": LANGUAGES[language].formats.date(today),
        "@VERSION@": __version__,
        "@REPOSITORY@": REPOSITORY,
    }
    written = []
    for relative, source in _templates(language).items():
        text = source.read_text("utf-8")
        for placeholder, value in values.items():
            text = text.replace(placeholder, value)
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
        written.append(relative)
    return written
