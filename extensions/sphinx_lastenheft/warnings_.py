"""The extension's one warning type, its subtypes, and the helper every warning goes through."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from sphinx.util import logging

from sphinx_lastenheft.texts.messages import Messages

LOGGER = logging.getLogger("lastenheft")

WARNING_TYPE = "lastenheft"


class WarningSubtype(Enum):
    """Subtypes of the ``lastenheft`` warning; suppress one with ``lastenheft.<value>``."""

    MISSING_ID = ("missing_id", "An object has no explicit ID.")
    ENCODING = (
        "encoding",
        "A page is not in the project's encoding (UTF-8): it is read with replacement characters.",
    )
    OPTION_BLOCK = (
        "option_block",
        "MyST did not read an object's options, as a value starts with a quote or '|'.",
    )
    FENCE = ("fence", "A directive's title holds a backtick, so its backtick fence opens nothing.")
    DUPLICATE_ID = ("duplicate_id", "Two objects share one ID.")
    ID_PATTERN = ("id_pattern", "An ID does not follow the pattern of its object type.")
    UNKNOWN_ID = ("unknown_id", "A link or diagram names an ID that no object has.")
    LINK_TYPE = ("link_type", "A link points to an object of the wrong type.")
    MISSING_FIELD = ("missing_field", "A required field or link is missing.")
    UNKNOWN_VALUE = ("unknown_value", "A field holds a value outside its allowed list.")
    ROLE_COUNT = ("role_count", "An activity names more than one role.")
    REPEATED_OPTION = (
        "repeated_option",
        "An object gives an option twice: only the last one counts.",
    )
    REPEATED_VALUE = ("repeated_value", "A list or link names the same value twice.")
    SEPARATOR = ("separator", "A list or link separates its values with ';' instead of ','.")
    LOOKALIKE = (
        "lookalike",
        "An ID or a link holds a character outside ASCII that looks like a plain one (a dash, "
        "a Cyrillic letter, a hidden space).",
    )
    DUPLICATE_NAME = ("duplicate_name", "Two roles, or two systems, have the same name.")
    POSITION = (
        "position",
        "An activity names another process step than the one above it on its page, or a "
        "process step another customer scene.",
    )
    EMPTY = ("empty", "A customer scene has no process step, or a process step no activity.")
    TEST_STEPS = (
        "test_steps",
        "An acceptance test has no table of steps, or a step has no expected result.",
    )
    ORPHAN_ACTIVITY = ("orphan_activity", "An activity belongs to no process step.")
    ORPHAN_STEP = ("orphan_step", "A process step belongs to no customer scene.")
    NEXT_SCENE = ("next_scene", "A next link leaves the customer scene.")
    CYCLE = ("cycle", "The flow of a customer scene runs in a circle with no way out.")
    UNREACHABLE = ("unreachable", "No flow leads to an activity from the start of its scene.")
    DECISION = ("decision", "A decision has one way out only, or two ways out share a label.")
    BRANCHES = ("branches", "Branch labels do not match the next links.")
    UNDERIVED = ("underived", "A requirement is derived from no activity.")
    DIAGRAM = ("diagram", "A diagram directive cannot be drawn.")
    COVERAGE = ("coverage", "A coverage metric is below its threshold: one warning per gap.")
    MERMAID_RUNTIME = ("mermaid_runtime", "The Mermaid runtime for the website is missing.")
    MERMAID_SYNTAX = ("mermaid_syntax", "Mermaid cannot parse a diagram's text.")
    DIAGRAM_RENDERING = (
        "diagram_rendering",
        "Diagrams cannot be checked or drawn for print (no Node.js, puppeteer-core or Chromium).",
    )
    TEST_RESULTS = (
        "test_results",
        "A test run's file cannot be read, or a row of it is no valid result of a test case.",
    )
    VENDOR_ANSWERS = (
        "vendor_answers",
        "A vendor's answer file cannot be read, or a row of it is no valid answer.",
    )
    DEMO_SCORES = (
        "demo_scores",
        "A demo scoring sheet cannot be read, or a row of it is no valid score.",
    )
    SELECTION = (
        "selection",
        "A vendor, or the vendor chosen in conf.py, is declared wrongly.",
    )
    SUSPECT_LINK = (
        "suspect_link",
        "A link's target, or a requirement a vendor answered, changed since the review "
        "(only with lastenheft_suspect_links_fail).",
    )
    REVIEW = (
        "review",
        "A review field is malformed: an entry of ':reviewed:' or a ':review_date:'.",
    )
    BASELINE = (
        "baseline",
        "The baseline named in conf.py (lastenheft_baseline) is missing, or is no baseline "
        "file of that version.",
    )

    def __init__(self, code: str, description: str) -> None:
        self.code = code
        self.description = description


def warn(
    subtype: WarningSubtype, message: str, location: Location | FileLocation | str | None
) -> None:
    """Log a ``lastenheft`` warning; ``message`` says what is wrong and how to fix it."""
    where: str | tuple[str, int | None] | None
    if isinstance(location, Location):
        where = (location.docname, location.lineno)
    elif isinstance(location, FileLocation):
        where = location.where
    else:
        where = location
    LOGGER.warning(message, type=WARNING_TYPE, subtype=subtype.code, location=where)


@dataclass(frozen=True)
class Location:
    """Where something was written: document name and line."""

    docname: str
    lineno: int | None


@dataclass(frozen=True)
class FileLocation:
    """A row of a file the build reads (a spreadsheet, a CSV, an XML report); ``path`` as
    the reader should open it, ``sheet`` for a workbook."""

    path: str
    row: int | None = None
    sheet: str = ""

    @property
    def where(self) -> str:
        return f"{self.path}:{self.row}" if self.row else f"{self.path}:0"

    def sheet_prefix(self, say: Messages) -> str:
        """What a message about this place starts with in a workbook, in the words of
        ``say``: the sheet and the row; '' in a file without sheets."""
        if not self.sheet:
            return ""
        return (say.sheet_row if self.row else say.sheet).format(sheet=self.sheet, row=self.row)


@dataclass(frozen=True)
class Finding:
    """A problem found in the sources, to be reported as a warning."""

    subtype: WarningSubtype
    message: str
    location: Location

    def report(self) -> None:
        warn(self.subtype, self.message, self.location)
