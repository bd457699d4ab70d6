"""The texts of acceptance testing, in German and English.

The protocol's column names and the words for results and decisions are part of them: the
blank protocol is written with the project's language, and a filled one is read in either.
"""

from __future__ import annotations

from dataclasses import dataclass

from lastenheft.acceptance.results import Decision, Outcome, Status
from lastenheft.labels import is_german


@dataclass(frozen=True)
class AcceptanceTexts:
    """Every text acceptance testing generates, for one language."""

    language: str
    #: Column names of the protocol, by column key (see :mod:`.columns`).
    columns: dict[str, str]
    outcomes: dict[Outcome, str]
    no_result: str
    statuses: dict[Status, str]
    decisions: dict[Decision, str]
    #: What each defect class means (DOMAIN: Mangelklassen).
    defect_classes: dict[int, str]
    class_heading: str  # '{number}' and '{meaning}' are filled in
    class_short: str  # a result with its class: '{outcome} ({number})'
    automated: str
    # The blank protocol
    template_file: str
    template_title: str  # '{project}' and '{version}' are filled in
    sheet_protocol: str
    sheet_hints: str
    hints: tuple[str, ...]
    template_link: str
    template_where: str  # for the PDF; '{file}' and '{where}' are filled in
    template_where_site: str
    # The {testrun} summary
    run_sources: str
    source_kinds: dict[str, str]
    source_counts: str  # '{rows}', '{results}' and '{rejected}' are filled in
    #: Rows left open for a test whose result another file holds; '{count}' is filled in.
    source_elsewhere: str
    # Table headers
    test: str
    title: str
    result: str
    defect_class: str
    description: str
    tester: str
    date: str
    requirement: str
    requirements: str
    priority: str
    tests: str
    status: str
    scene: str
    requirements_fulfilled: str
    end_to_end_passed: str
    defect: str
    # The Abnahmeprotokoll
    project: str
    specification_version: str
    run: str
    release: str
    environment: str
    period: str
    participants: str
    summary: str
    summary_tests: str
    summary_requirements: str
    summary_scenes: str
    total: str  # '{count}' is filled in
    section_results: str
    section_scenes: str
    section_requirements: str
    section_defects: str
    section_decision: str
    section_signatures: str
    requirements_all_fulfilled: str
    requirements_rest_fulfilled: str  # '{count}' is filled in
    no_defects: str
    derived_decision: str
    grounds: str
    grounds_class_1: str
    grounds_untested: str
    grounds_class_2: str
    grounds_clean: str
    conditions: str
    warranty: str
    team_decision: str
    decision: str
    reason: str
    client: str
    contractor: str
    place_date: str
    signature: str


GERMAN = AcceptanceTexts(
    language="de",
    columns={
        "test": "Testfall",
        "title": "Titel",
        "scenes": "Kundenszenen",
        "role": "Rolle",
        "requirements": "Prüft Anforderungen",
        "result": "Ergebnis",
        "defect_class": "Mangelklasse",
        "description": "Mangelbeschreibung",
        "tester": "Tester",
        "date": "Datum",
    },
    outcomes={
        Outcome.PASSED: "bestanden",
        Outcome.PASSED_WITH_DEFECT: "mit Mangel",
        Outcome.FAILED: "nicht bestanden",
        Outcome.NOT_TESTED: "nicht getestet",
    },
    no_result="kein Ergebnis",
    statuses={
        Status.FULFILLED: "erfüllt",
        Status.NOT_FULFILLED: "nicht erfüllt",
        Status.NOT_TESTED: "nicht getestet",
    },
    decisions={
        Decision.GRANTED: "erteilt",
        Decision.CONDITIONAL: "unter Vorbehalt",
        Decision.REFUSED: "verweigert",
    },
    defect_classes={
        1: "produktiver Einsatz unmöglich, keine Umgehung",
        2: "wesentliche Teilfunktionen blockiert",
        3: "geringfügiger Mangel",
    },
    class_heading="Mangelklasse {number}: {meaning}",
    class_short="{outcome} ({number})",
    automated="automatisiert",
    template_file="abnahmeprotokoll-vorlage.xlsx",
    template_title="Testprotokoll {project}, Lastenheft-Version {version}",
    sheet_protocol="Protokoll",
    sheet_hints="Hinweise",
    hints=(
        "Je Abnahmetestfall eine Zeile. Die grauen Spalten sind vorgegeben und geschützt; "
        "bitte nur Ergebnis, Mangelklasse, Mangelbeschreibung, Tester und Datum ausfüllen.",
        "Ergebnis: bestanden; mit Mangel (erfüllt, aber mit Mangel); nicht bestanden; "
        "nicht getestet (nicht durchgeführt).",
        "Mangelklasse (Pflicht bei „mit Mangel“ und „nicht bestanden“): 1 = produktiver "
        "Einsatz unmöglich, keine Umgehung; 2 = wesentliche Teilfunktionen blockiert; "
        "3 = geringfügiger Mangel.",
        "Ein Testfall hat je Testlauf genau ein Ergebnis; ein Nachtest ist ein neuer Testlauf.",
        "Die Datei als XLSX speichern (oder als CSV in UTF-8, getrennt durch Semikolon oder "
        "Komma) und im Testlauf unter :protocol: angeben.",
    ),
    template_link="Vorlage für das Testprotokoll (XLSX)",
    template_where="Die Vorlage für das Testprotokoll ({file}, eine Zeile je Abnahmetestfall) "
    "liegt der HTML-Fassung dieses Lastenhefts bei: {where}.",
    template_where_site="im Ordner _downloads/lastenheft neben index.html",
    run_sources="Ergebnisse des Testlaufs {run} aus:",
    source_kinds={"protocol": "Testprotokoll", "junit": "JUnit-Bericht"},
    source_counts="{rows} Zeilen gelesen, {results} Ergebnisse übernommen, "
    "{rejected} mit Warnung verworfen",
    source_elsewhere="{count} ohne Eintrag, da eine andere Datei das Ergebnis enthält",
    test="Testfall",
    title="Titel",
    result="Ergebnis",
    defect_class="Klasse",
    description="Beschreibung",
    tester="Tester",
    date="Datum",
    requirement="Anforderung",
    requirements="Anforderungen",
    priority="Priorität",
    tests="Testfälle",
    status="Status",
    scene="Kundenszene",
    requirements_fulfilled="Anforderungen erfüllt",
    end_to_end_passed="Ende-zu-Ende-Tests bestanden",
    defect="Mangel",
    project="Projekt",
    specification_version="Lastenheft-Version",
    run="Testlauf",
    release="Release",
    environment="Testumgebung",
    period="Zeitraum",
    participants="Teilnehmende",
    summary="Zusammenfassung",
    summary_tests="Testfälle",
    summary_requirements="Anforderungen",
    summary_scenes="Kundenszenen",
    total="{count} gesamt",
    section_results="Ergebnisse je Testfall",
    section_scenes="Status je Kundenszene",
    section_requirements="Nicht erfüllte und nicht getestete Anforderungen",
    section_defects="Mängel",
    section_decision="Abnahmeentscheidung",
    section_signatures="Unterschriften",
    requirements_all_fulfilled="Alle Anforderungen sind erfüllt.",
    requirements_rest_fulfilled="Die übrigen {count} Anforderungen sind erfüllt.",
    no_defects="Keine Mängel.",
    derived_decision="Aus den Ergebnissen abgeleitet",
    grounds="Grund",
    grounds_class_1="Mängel der Klasse 1",
    grounds_untested="Muss-Anforderungen ohne Nachweis (nicht getestet)",
    grounds_class_2="Mängel der Klasse 2",
    grounds_clean="Keine Mängel der Klassen 1 und 2, alle Muss-Anforderungen getestet.",
    conditions="Bedingungen (Behebung der Mängel der Klasse 2)",
    warranty="Im Rahmen der Gewährleistung zu beheben (Klasse 3)",
    team_decision="Entscheidung des Abnahmeteams",
    decision="Abnahme",
    reason="Begründung",
    client="Auftraggeber",
    contractor="Auftragnehmer",
    place_date="Ort, Datum",
    signature="Unterschrift",
)

ENGLISH = AcceptanceTexts(
    language="en",
    columns={
        "test": "Test case",
        "title": "Title",
        "scenes": "Customer scenes",
        "role": "Role",
        "requirements": "Verifies requirements",
        "result": "Result",
        "defect_class": "Defect class",
        "description": "Defect description",
        "tester": "Tester",
        "date": "Date",
    },
    outcomes={
        Outcome.PASSED: "passed",
        Outcome.PASSED_WITH_DEFECT: "passed with defect",
        Outcome.FAILED: "failed",
        Outcome.NOT_TESTED: "not tested",
    },
    no_result="no result",
    statuses={
        Status.FULFILLED: "fulfilled",
        Status.NOT_FULFILLED: "not fulfilled",
        Status.NOT_TESTED: "not tested",
    },
    decisions={
        Decision.GRANTED: "granted",
        Decision.CONDITIONAL: "conditional",
        Decision.REFUSED: "refused",
    },
    defect_classes={
        1: "productive use impossible, no workaround",
        2: "essential sub-functions blocked",
        3: "minor defect",
    },
    class_heading="Defect class {number}: {meaning}",
    class_short="{outcome} ({number})",
    automated="automated",
    template_file="acceptance-protocol-template.xlsx",
    template_title="Test protocol {project}, specification version {version}",
    sheet_protocol="Protocol",
    sheet_hints="Hints",
    hints=(
        "One row per acceptance test. The grey columns are given and protected; fill in "
        "only result, defect class, defect description, tester and date.",
        "Result: passed; passed with defect; failed; not tested (not run).",
        "Defect class (required for 'passed with defect' and 'failed'): 1 = productive use "
        "impossible, no workaround; 2 = essential sub-functions blocked; 3 = minor defect.",
        "A test case has exactly one result per test run; a retest is a new test run.",
        "Save the file as XLSX (or as CSV in UTF-8, separated by semicolons or commas) and "
        "name it in the test run's :protocol:.",
    ),
    template_link="Template of the test protocol (XLSX)",
    template_where="The template of the test protocol ({file}, one row per acceptance test) "
    "comes with the HTML version of this specification: {where}.",
    template_where_site="in the folder _downloads/lastenheft beside index.html",
    run_sources="Results of the test run {run} from:",
    source_kinds={"protocol": "test protocol", "junit": "JUnit report"},
    source_counts="{rows} rows read, {results} results taken, {rejected} rejected with a warning",
    source_elsewhere="{count} left open, as another file holds the result",
    test="Test case",
    title="Title",
    result="Result",
    defect_class="Class",
    description="Description",
    tester="Tester",
    date="Date",
    requirement="Requirement",
    requirements="Requirements",
    priority="Priority",
    tests="Test cases",
    status="Status",
    scene="Customer scene",
    requirements_fulfilled="Requirements fulfilled",
    end_to_end_passed="End-to-end tests passed",
    defect="Defect",
    project="Project",
    specification_version="Specification version",
    run="Test run",
    release="Release",
    environment="Test environment",
    period="Period",
    participants="Participants",
    summary="Summary",
    summary_tests="Test cases",
    summary_requirements="Requirements",
    summary_scenes="Customer scenes",
    total="{count} in total",
    section_results="Results per test case",
    section_scenes="Status per customer scene",
    section_requirements="Requirements not fulfilled or not tested",
    section_defects="Defects",
    section_decision="Acceptance decision",
    section_signatures="Signatures",
    requirements_all_fulfilled="All requirements are fulfilled.",
    requirements_rest_fulfilled="The other {count} requirements are fulfilled.",
    no_defects="No defects.",
    derived_decision="Derived from the results",
    grounds="Grounds",
    grounds_class_1="Defects of class 1",
    grounds_untested="Mandatory requirements not shown (not tested)",
    grounds_class_2="Defects of class 2",
    grounds_clean="No defects of class 1 or 2, every mandatory requirement tested.",
    conditions="Conditions (fixing the defects of class 2)",
    warranty="To be fixed under warranty (class 3)",
    team_decision="Decision of the acceptance team",
    decision="Acceptance",
    reason="Reason",
    client="Client",
    contractor="Contractor",
    place_date="Place, date",
    signature="Signature",
)

LANGUAGES = (GERMAN, ENGLISH)


def texts_for(language: str | None) -> AcceptanceTexts:
    return GERMAN if is_german(language) else ENGLISH
