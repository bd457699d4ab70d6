"""A word-level diff of two texts: runs of equal, inserted and deleted words.

Words are compared, not characters or spacing: a text re-wrapped or re-indented has not
changed. A word is a run of letters and digits, joined by '-', '.' or '/' (an ID such as
'TA-06-01', a date, 'E-Mail'); each other mark is a word of its own, so that a comma added
after a word does not mark the word as replaced.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from enum import Enum

_WORD = re.compile(r"\w+(?:[-./]\w+)*|[^\w\s]")


class RunKind(Enum):
    EQUAL = "equal"
    INSERTED = "inserted"
    DELETED = "deleted"


@dataclass(frozen=True)
class Run:
    """Words of one kind in a row, spaced as written; ``space_before``: a space separates the
    run from the one before it."""

    kind: RunKind
    text: str
    space_before: bool = False


@dataclass(frozen=True)
class _Word:
    text: str
    space_before: bool


def _words(text: str) -> list[_Word]:
    return [
        _Word(match.group(), match.start() > 0 and text[match.start() - 1].isspace())
        for match in _WORD.finditer(text)
    ]


def words(text: str) -> list[str]:
    """The words of ``text``, without the spacing between them."""
    return _WORD.findall(text)


def same_words(old: str, new: str) -> bool:
    """Whether two texts hold the same words: a change of spacing only is no change."""
    return words(old) == words(new)


def _run(kind: RunKind, part: list[_Word], space_before: bool | None = None) -> Run:
    text = part[0].text
    for word in part[1:]:
        text += (" " if word.space_before else "") + word.text
    return Run(kind, text, part[0].space_before if space_before is None else space_before)


#: Stands for the unchanged words a shortened diff leaves out.
ELLIPSIS = "\N{HORIZONTAL ELLIPSIS}"


def _unchanged(part: list[_Word], head: int, tail: int) -> list[Run]:
    """Unchanged words, of which only the first ``head`` and the last ``tail`` are kept
    when there are many more."""
    if len(part) <= head + tail + 3:
        return [_run(RunKind.EQUAL, part)]
    runs = [_run(RunKind.EQUAL, part[:head])] if head else []
    runs.append(Run(RunKind.EQUAL, ELLIPSIS, space_before=True))
    if tail:
        runs.append(_run(RunKind.EQUAL, part[-tail:]))
    return runs


def word_diff(old: str, new: str, context: int | None = None) -> list[Run]:
    """The runs that turn ``old`` into ``new``: the new text read in order, with the words it
    lost shown as deleted where they stood (before the words that replace them). With
    ``context``, only that many unchanged words are kept on either side of a change; the
    others become one ellipsis."""
    before, after = _words(old), _words(new)
    matcher = difflib.SequenceMatcher(
        None, [w.text for w in before], [w.text for w in after], autojunk=False
    )
    opcodes = matcher.get_opcodes()
    runs: list[Run] = []
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            if context is None:
                runs.append(_run(RunKind.EQUAL, after[j1:j2]))
            else:
                head = context if index > 0 else 0
                tail = context if index < len(opcodes) - 1 else 0
                runs.extend(_unchanged(after[j1:j2], head, tail))
            continue
        if i2 > i1:
            runs.append(_run(RunKind.DELETED, before[i1:i2]))
        if j2 > j1:
            # A word replacing a deleted one stands apart from it, a mark such as ',' not.
            apart = i2 > i1 and after[j1].text[0].isalnum()
            runs.append(_run(RunKind.INSERTED, after[j1:j2], after[j1].space_before or apart))
    if runs:
        # Nothing stands before the first run.
        runs[0] = Run(runs[0].kind, runs[0].text)
    return runs
