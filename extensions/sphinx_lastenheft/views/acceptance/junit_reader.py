"""Reads JUnit XML from automated tests: each ``<testcase>`` is a row of the run.

The test ID is the test case's property ``test_id``, or the one ID found in its name. A
passed case is 'bestanden', a failure or error 'nicht bestanden' of the class in the
property ``defect_class`` (class 2 without it), a skipped case 'nicht getestet'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.parsers import expat

from sphinx_lastenheft.model.test_runs import JUNIT, Problem, Row, Source
from sphinx_lastenheft.texts.messages import Messages
from sphinx_lastenheft.vocabulary import Outcome

#: The defect class of a failed automated test that names none.
DEFAULT_FAILURE_CLASS = "2"
TEST_ID_PROPERTY = "test_id"
CLASS_PROPERTY = "defect_class"
TESTER_PROPERTY = "tester"


@dataclass
class _Element:
    tag: str
    attributes: dict[str, str]
    line: int
    children: list[_Element] = field(default_factory=list)
    text: str = ""

    def find(self, *tags: str) -> _Element | None:
        return next((c for c in self.children if c.tag in tags), None)

    def properties(self) -> dict[str, str]:
        holder = self.find("properties")
        if holder is None:
            return {}
        return {
            p.attributes.get("name", ""): p.attributes.get("value", p.text.strip())
            for p in holder.children
            if p.tag == "property"
        }


class _Malformed(Exception):
    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


def _parse(data: bytes) -> _Element:
    """The element tree with line numbers (ElementTree keeps none)."""
    parser = expat.ParserCreate()
    stack: list[_Element] = []
    roots: list[_Element] = []

    def start(tag: str, attributes: dict[str, str]) -> None:
        element = _Element(tag, attributes, parser.CurrentLineNumber)
        (stack[-1].children if stack else roots).append(element)
        stack.append(element)

    def end(tag: str) -> None:
        stack.pop()

    def text(data: str) -> None:
        if stack:
            stack[-1].text += data

    def no_entities(*_args: object) -> None:
        # Test reports declare no entities; refusing them rules out entity expansion.
        raise _Malformed("the file declares XML entities", parser.CurrentLineNumber)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    parser.EntityDeclHandler = no_entities
    try:
        parser.Parse(data, True)
    except expat.ExpatError as error:
        raise _Malformed(expat.errors.messages[error.code], error.lineno) from error
    return roots[0]


def id_pattern(prefix: str) -> re.Pattern[str]:
    """Test IDs with ``prefix`` in a test case's name: 'test_export[AT-05-02]',
    'test_AT-05-02_export' (test frameworks join words with '_', so it ends an ID here)."""
    body = r"[A-Z0-9](?:[A-Z0-9.-]*[A-Z0-9])?"
    return re.compile(rf"(?<![A-Za-z0-9]){re.escape(prefix)}{body}(?![A-Za-z0-9-])")


def _test_cases(element: _Element, timestamp: str = "") -> list[tuple[_Element, str]]:
    """Every test case below ``element`` with the timestamp of its suite."""
    if element.tag == "testcase":
        return [(element, timestamp)]
    if element.tag == "testsuite":
        timestamp = element.attributes.get("timestamp", timestamp)
    return [case for child in element.children for case in _test_cases(child, timestamp)]


def read_junit(
    path: Path, written: str, file: str, id_pattern: re.Pattern[str], say: Messages
) -> Source:
    """Read the JUnit file at ``path``; ``id_pattern`` finds test IDs in test case names."""
    source = Source(JUNIT, written, file)
    if not path.is_file():
        return _with_problem(
            source,
            say.junit_missing.format(file=written),
        )
    try:
        root = _parse(path.read_bytes())
    except _Malformed as error:
        return _with_problem(
            source,
            say.junit_malformed.format(file=written, error=error),
            error.line,
        )
    if root.tag not in ("testsuites", "testsuite"):
        return _with_problem(
            source,
            say.junit_root.format(file=written, root=root.tag),
            root.line,
        )
    rows: list[Row] = []
    problems: list[Problem] = []
    cases = _test_cases(root)
    for case, timestamp in cases:
        row = _row(source, case, timestamp, id_pattern, say)
        if isinstance(row, Problem):
            problems.append(row)
        else:
            rows.append(row)
    return Source(
        JUNIT,
        written,
        file,
        rows=tuple(rows),
        problems=tuple(problems),
        rows_read=len(cases),
    )


def _row(
    source: Source, case: _Element, timestamp: str, id_pattern: re.Pattern[str], say: Messages
) -> Row | Problem:
    properties = case.properties()
    name = case.attributes.get("name", "")
    test_id = properties.get(TEST_ID_PROPERTY, "").strip()
    if not test_id:
        found = list(dict.fromkeys(id_pattern.findall(name)))
        if len(found) > 1:
            return Problem(
                say.junit_several_tests.format(
                    name=name, tests=", ".join(found), property=TEST_ID_PROPERTY
                ),
                source.file,
                case.line,
            )
        test_id = found[0] if found else ""
    failure = case.find("failure", "error")
    if failure is not None:
        outcome = Outcome.FAILED
        message = failure.attributes.get("message") or failure.text.strip().split("\n")[0]
        description = message.strip()
        defect_class = properties.get(CLASS_PROPERTY, DEFAULT_FAILURE_CLASS)
    else:
        skipped = case.find("skipped")
        outcome = Outcome.NOT_TESTED if skipped is not None else Outcome.PASSED
        description = skipped.attributes.get("message", "") if skipped is not None else ""
        defect_class = properties.get(CLASS_PROPERTY, "")
    return Row(
        file=source.file,
        row=case.line,
        test_id=test_id,
        result=outcome.value,
        defect_class=defect_class,
        description=description,
        tester=properties.get(TESTER_PROPERTY, ""),
        date=timestamp[:10],
        name=name,
    )


def _with_problem(source: Source, message: str, line: int | None = None) -> Source:
    problem = Problem(message, source.file if line else "", line)
    return Source(source.kind, source.path, source.file, problems=(problem,))
