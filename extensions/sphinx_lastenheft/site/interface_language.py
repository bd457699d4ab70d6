"""The website theme's own words in the project's language.

Furo's templates ask Sphinx's message catalogue for "On this page", "Previous", "Next" and a
few more, which Sphinx's catalogue does not hold: a German Lastenheft showed them in English.
The texts tables give their translations; they are added to Sphinx's catalogue as its
fallback, so every word Sphinx translates itself stays Sphinx's.
"""

from __future__ import annotations

import gettext
from typing import TYPE_CHECKING

from sphinx_lastenheft.config import settings

if TYPE_CHECKING:
    from sphinx.application import Sphinx


class InterfaceWords(gettext.NullTranslations):
    """A catalogue of the given translations; other messages go on to the next fallback."""

    def __init__(self, words: dict[str, str]) -> None:
        super().__init__()
        self.words = words

    def gettext(self, message: str) -> str:
        if message in self.words:
            return self.words[message]
        return super().gettext(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return self.gettext(msgid1 if n == 1 else msgid2)


def add_interface_words(app: Sphinx) -> None:
    words = settings(app.config).texts.interface
    if not words or app.builder.format != "html":
        return
    catalogue: gettext.NullTranslations = app.translator
    # The end of the chain of fallbacks (a build in the same process adds once).
    while catalogue._fallback is not None:  # type: ignore[attr-defined]
        if isinstance(catalogue, InterfaceWords):
            return
        catalogue = catalogue._fallback  # type: ignore[attr-defined]
    if not isinstance(catalogue, InterfaceWords):
        catalogue.add_fallback(InterfaceWords(words))


def setup_interface_language(app: Sphinx) -> None:
    # Once the builder has set up its templates with Sphinx's catalogue.
    app.connect("builder-inited", add_interface_words)
