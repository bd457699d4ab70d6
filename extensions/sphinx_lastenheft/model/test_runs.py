"""Test runs and their results as plain data: what was read, and what it says."""

from __future__ import annotations

from dataclasses import dataclass

from sphinx_lastenheft.vocabulary import Decision, Outcome
from sphinx_lastenheft.warnings_ import Location

PROTOCOL, JUNIT = "protocol", "junit"
DEFECT_CLASSES = (1, 2, 3)


@dataclass(frozen=True)
class Problem:
    """Input that cannot become a result: reported as a warning, never dropped silently.

    ``file`` is relative to the source folder; without it (or without ``row``) the problem
    is reported at the ``{testrun}`` that names the file.
    """

    message: str
    file: str = ""
    row: int | None = None


@dataclass(frozen=True)
class Row:
    """One row of a protocol or one JUnit test case, as written; checked against the tests
    once every page is read."""

    file: str
    row: int
    test_id: str
    result: str
    defect_class: str = ""
    description: str = ""
    tester: str = ""
    #: ISO (YYYY-MM-DD) when the source holds a real date, else as written.
    date: str = ""
    #: For messages: the JUnit test case's name.
    name: str = ""


@dataclass(frozen=True)
class Source:
    """One file of a run, read at read time."""

    kind: str  # PROTOCOL or JUNIT
    #: The path as the ``{testrun}`` names it, relative to its page.
    path: str
    #: The path relative to the source folder (for locations and dependencies).
    file: str
    rows: tuple[Row, ...] = ()
    problems: tuple[Problem, ...] = ()
    #: Rows (protocol) or test cases (JUnit) that hold anything; each is a row or a problem.
    rows_read: int = 0
    #: The language of the protocol's column names ('de' or 'en').
    language: str = "de"


@dataclass(frozen=True)
class AcceptanceRun:
    """A named run as declared with ``{testrun}``."""

    id: str
    title: str
    location: Location
    release: str = ""
    environment: str = ""
    period: str = ""
    participants: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    #: The acceptance team's decision, overriding the derived one; with its reason.
    decision: Decision | None = None
    reason: str = ""


@dataclass(frozen=True)
class CaseResult:
    """The checked result of one test case in a run."""

    test_id: str
    outcome: Outcome
    defect_class: int | None
    description: str
    tester: str
    date: str
    file: str
    row: int
    automated: bool = False

    @property
    def passed(self) -> bool:
        """Passed: bestanden, or mit Mangel of class 3."""
        return self.outcome is Outcome.PASSED or (
            self.outcome is Outcome.PASSED_WITH_DEFECT and self.defect_class == 3
        )

    @property
    def failed(self) -> bool:
        """Failed: nicht bestanden, or mit Mangel of class 1 or 2."""
        return self.outcome is Outcome.FAILED or (
            self.outcome is Outcome.PASSED_WITH_DEFECT and self.defect_class in (1, 2)
        )
