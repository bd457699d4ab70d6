"""The warnings in the project's language: every language words every message, with the same
values, and a build reports its mistakes in the language its conf.py names."""

from __future__ import annotations

import dataclasses
import string
from pathlib import Path

import pytest

from sphinx_lastenheft.texts import LANGUAGES
from sphinx_lastenheft.texts.messages import Messages
from tests.conftest import sphinx_build
from tests.test_silent_mistakes import PARTS, SCENE, page, warnings_in, write_project

NAMES = [field.name for field in dataclasses.fields(Messages)]


def placeholders(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("language", sorted(LANGUAGES))
@pytest.mark.parametrize("name", NAMES)
def test_every_language_words_every_message_with_the_same_values(language: str, name: str) -> None:
    template = getattr(LANGUAGES[language].messages, name)
    english = getattr(LANGUAGES["en"].messages, name)
    assert template.strip(), f"{language}: {name} is empty"
    assert placeholders(template) == placeholders(english), name
    # Every template formats: no stray brace in the wording.
    template.format(**dict.fromkeys(placeholders(template), "x"))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", "Kundenszene 'SZ-01' trennt die Werte in ':area:' mit ';'."),
        ("en", "The Customer scene 'SZ-01' separates the values in ':area:' with ';'."),
        # A language the extension does not know gets the fallback's words.
        ("fr", "The Customer scene 'SZ-01' separates the values in ':area:' with ';'."),
    ],
)
def test_a_build_warns_in_the_projects_language(
    language: str, expected: str, tmp_path: Path
) -> None:
    scene = SCENE.replace(":area: Service", ":area: Service; Vertrieb")
    srcdir = write_project(tmp_path / "src", case=page(*PARTS[:2], scene, *PARTS[3:]))
    conf = srcdir / "conf.py"
    conf.write_text(conf.read_text("utf-8").replace('"de"', f'"{language}"'), "utf-8")
    result = sphinx_build(srcdir, tmp_path / "out")
    assert result.returncode != 0
    # The values of the German example are unknown to the English defaults: those warnings
    # are in the project's language too.
    (warning,) = [w for w in warnings_in(result.stderr) if w.endswith("[lastenheft.separator]")]
    assert expected in warning, warning
