"""The generated texts, one module per language; :func:`texts_for` picks the project's.

A third language is one more pair of modules like :mod:`sphinx_lastenheft.texts.en` (the labels) and
:mod:`sphinx_lastenheft.texts.en_messages` (the warnings), listed in :data:`LANGUAGES`.
"""

from __future__ import annotations

from sphinx_lastenheft.texts import de, en
from sphinx_lastenheft.texts.catalog import Texts

#: Every language by its code; the first is the one files in an unknown language are read in.
LANGUAGES: dict[str, Texts] = {texts.language: texts for texts in (de.TEXTS, en.TEXTS)}
#: The texts of languages the extension does not know.
FALLBACK = "en"


def language_code(language: str | None) -> str:
    """The code of a Sphinx ``language`` value without region: 'de' for 'de_AT' or 'de-CH'."""
    return str(language or "").split("_")[0].split("-")[0].lower()


def texts_for(language: str | None) -> Texts:
    """The texts for a Sphinx ``language`` value; unknown languages get English."""
    return LANGUAGES.get(language_code(language), LANGUAGES[FALLBACK])
