"""The columns of the test protocol and the words in its cells: one definition for the blank
protocol the build writes and for the filled one it reads."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sphinx_lastenheft.model.test_runs import DEFECT_CLASSES
from sphinx_lastenheft.texts import LANGUAGES
from sphinx_lastenheft.texts.catalog import AcceptanceTexts
from sphinx_lastenheft.texts.messages import Messages
from sphinx_lastenheft.views.table_files import match_header, normal
from sphinx_lastenheft.vocabulary import Decision, Outcome

#: The acceptance texts of every language: filled-in files are read in any of them.
READ_LANGUAGES = tuple(texts.acceptance for texts in LANGUAGES.values())


@dataclass(frozen=True)
class Column:
    """A protocol column: its key in :attr:`AcceptanceTexts.columns`, its width in the
    spreadsheet, and whether the build fills it in (``given``) or the tester does."""

    key: str
    width: int
    given: bool


COLUMNS: tuple[Column, ...] = (
    Column("test", 12, given=True),
    Column("title", 44, given=True),
    Column("scenes", 14, given=True),
    Column("role", 26, given=True),
    Column("requirements", 28, given=True),
    Column("result", 17, given=False),
    Column("defect_class", 14, given=False),
    Column("description", 48, given=False),
    Column("tester", 18, given=False),
    Column("date", 12, given=False),
)
#: The columns a filled protocol must have: the test case and what testers fill in.
REQUIRED = tuple(c.key for c in COLUMNS if c.key == "test" or not c.given)


def read_header(cells: Sequence[str]) -> tuple[dict[str, int], AcceptanceTexts]:
    """The position of each known column in a header row, and the language it is written in."""
    positions, language = match_header(
        cells, {texts.language: texts.columns for texts in READ_LANGUAGES}
    )
    return positions, LANGUAGES[language].acceptance


def parse_outcome(text: str) -> Outcome | None:
    """The outcome a cell names, in German or English (or as the JUnit reader writes it);
    None if it names none."""
    wanted = normal(text)
    for outcome in Outcome:
        if outcome.value == wanted:
            return outcome
    for texts in READ_LANGUAGES:
        for outcome, word in texts.outcomes.items():
            if normal(word) == wanted:
                return outcome
    return None


def parse_defect_class(text: str) -> int | None:
    """The class 1, 2 or 3 a cell names ('2' or '2.0' as a spreadsheet stores it)."""
    value = text.strip().removesuffix(".0")
    return int(value) if value in {str(c) for c in DEFECT_CLASSES} else None


def parse_decision(text: str) -> Decision | None:
    wanted = normal(text)
    for texts in READ_LANGUAGES:
        for decision, word in texts.decisions.items():
            if normal(word) == wanted:
                return decision
    return None


def choices(words: Sequence[str], say: Messages) -> str:
    """Words as a list in a message: 'a', 'b' or 'c', in the words of ``say``."""
    quoted = [f"'{w}'" for w in words]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + say.alternatives + quoted[-1]
