"""Vendors and their answers as plain data: what was read from the answer files and the demo
scoring sheets, before it is checked against the requirements.

A row keeps what the file said (text as written, the cell's place) so that every problem can
name file, sheet and row, and so that a test can count rows in and rows shown.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from sphinx_lastenheft.vocabulary import Fulfilment
from sphinx_lastenheft.warnings_ import FileLocation, Location

#: The kinds of answer files.
XLSX, CSV = "xlsx", "csv"


@dataclass(frozen=True)
class FileProblem:
    """A problem of a file the build reads, at its row; the message says how to fix it."""

    message: str
    location: FileLocation
    #: The requirement the row names, if any: having a problem of its own, it is not
    #: reported again as unanswered.
    requirement: str = ""


@dataclass(frozen=True)
class AnswerRow:
    """One row of a vendor's answer file, as written; the reader has checked each cell's
    format (type, effort, date), the checks against the Lastenheft come later."""

    location: FileLocation
    requirement: str
    #: The client columns as the file holds them, by column key (see the questionnaire).
    client: dict[str, str]
    fulfilment: Fulfilment
    #: Person-days; None where the type needs none.
    effort: float | None = None
    solution: str = ""
    evidence: str = ""
    roadmap: datetime.date | None = None
    #: The fingerprint of the requirement as exported (hidden column); empty in files made
    #: by hand.
    fingerprint: str = ""


@dataclass(frozen=True)
class AnswerFile:
    """A vendor's answer file: its rows that are answers, and the problems of the others."""

    #: The path as written in the directive, relative to its page.
    path: str
    #: The path relative to the source folder.
    file: str
    kind: str
    rows: tuple[AnswerRow, ...] = ()
    problems: tuple[FileProblem, ...] = ()
    #: Every data row of the file, answer or not: rows in = answers + rows with a problem.
    rows_read: int = 0
    #: The language of its column names ('de', 'en').
    language: str = ""
    #: The requirements the questionnaire asked (kept in it by the export); None where the
    #: file does not tell (a CSV).
    asked: tuple[str, ...] | None = None
    #: The file as read (absolute path, the sheet of a workbook), for problems of the file
    #: as a whole.
    location: FileLocation = field(default_factory=lambda: FileLocation(""))


@dataclass(frozen=True)
class DemoRow:
    """One scored requirement of an evaluator's demo scoring sheet."""

    location: FileLocation
    requirement: str
    #: Points 0-10 as the evaluator gave them.
    points: float
    comment: str = ""


@dataclass(frozen=True)
class DemoSheet:
    """One evaluator's scoring sheet of one vendor's demonstration."""

    path: str
    file: str
    evaluator: str
    rows: tuple[DemoRow, ...] = ()
    problems: tuple[FileProblem, ...] = ()
    rows_read: int = 0


@dataclass(frozen=True)
class Vendor:
    """A vendor as declared by ``{vendor}``: its facts and the files of its answers."""

    id: str
    name: str
    location: Location
    #: The date of the answer, as written (ISO).
    answered: str = ""
    #: The 5-year cost in EUR without the person-days of the answers; kept apart from the
    #: points.
    price: float | None = None
    answers: tuple[AnswerFile, ...] = ()
    demos: tuple[DemoSheet, ...] = ()
    #: Shortlisted for a demonstration.
    shortlisted: bool = False


@dataclass(frozen=True)
class Answer:
    """A vendor's checked answer to one requirement."""

    requirement: str
    fulfilment: Fulfilment
    effort: float | None
    solution: str
    evidence: str
    roadmap: datetime.date | None
    location: FileLocation
    #: The requirement changed since the vendor answered (or was added after the export).
    outdated: bool = False


@dataclass
class CheckedVendor:
    """A vendor with its answers by requirement ID and the problems of its files."""

    vendor: Vendor
    answers: dict[str, Answer] = field(default_factory=dict)
    problems: list[FileProblem] = field(default_factory=list)
    #: Per answer file: rows read, answers taken.
    counts: list[tuple[AnswerFile, int]] = field(default_factory=list)
    #: Demo points per requirement, per evaluator.
    demo_points: dict[str, dict[str, float]] = field(default_factory=dict)
    #: Requirements added after the vendor was asked: not answered yet, and no mistake.
    new: list[str] = field(default_factory=list)
