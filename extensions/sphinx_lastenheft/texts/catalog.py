"""What the extension writes in the reader's language: one dataclass per part, and
:class:`Texts`, which holds them all. Each language is one module of this package that fills
a :class:`Texts`; every generated word is looked up there by its key."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from sphinx_lastenheft.texts.messages import Messages
from sphinx_lastenheft.vocabulary import Decision, Outcome, ReviewStatus, Status


@dataclass(frozen=True)
class LinkLabels:
    outgoing: str
    incoming: str


@dataclass(frozen=True)
class ObjectTexts:
    """The names of object types, fields and links, and the default value lists."""

    type_titles: dict[str, str]
    field_titles: dict[str, str]
    links: dict[str, LinkLabels]
    areas: tuple[str, ...]
    priorities: tuple[str, ...]
    categories: tuple[str, ...]


@dataclass(frozen=True)
class PrintTexts:
    """Texts of the document information: cover page, change history, running heads."""

    document: str
    company: str
    version: str
    date: str
    status: str
    pdf: str
    history: str
    history_columns: tuple[str, str, str, str]
    page_of: str  # LaTeX; \thepage and the last page's number are filled in
    page_abbreviation: str
    diagram_missing: str
    #: Above each part of a diagram too large for one page.
    diagram_part: str
    #: The PDF's metadata: its subject ({company} is filled in) and its keywords.
    pdf_subject: str
    pdf_keywords: tuple[str, ...]


@dataclass(frozen=True)
class DiagramTexts:
    """The generated words of the diagrams (the swimlane and the interplay of roles and
    systems)."""

    handover: str
    continues_with: str
    #: The label of the symbol where a scene's flow ends.
    flow_end: str
    #: The website's controls of a diagram wider than the page: the toolbar, the scrolling
    #: diagram (how to move it with the keyboard), and the buttons.
    tools: str
    viewport: str
    zoom_in: str
    zoom_out: str
    zoom_reset: str
    open_alone: str


@dataclass(frozen=True)
class TraceTexts:
    requirement: str
    title: str
    total: str
    activities: str
    scenes: str
    tests: str
    #: The column of a test run's results; '{run}' is filled in.
    results: str
    scene: str
    overall: str
    metrics: dict[str, str]
    gaps: str
    no_gaps: str
    chart_title: str
    chart_legend: str
    percent: str


@dataclass(frozen=True)
class HandbookTexts:
    """Every text the handbook pages generate, for one language."""

    #: Page titles; ``{title}`` is the title of the role or system.
    role_page_title: str
    system_page_title: str
    role_intro: str
    system_intro: str
    # Section headings
    activities_section: str
    systems_section: str
    roles_section: str
    partners_section: str
    requirements_section: str
    # Column headings and counts
    scenes: str
    step: str
    activity: str
    activities: str
    role: str
    roles: str
    system: str
    systems: str
    other_systems: str
    shared_activities: str
    requirements: str
    requirement_id: str
    requirement_title: str
    priority: str
    category: str
    source: str
    #: In the source column: the requirement names the system in ``concerns``.
    concerns_system: str
    # What an empty section says
    role_without_activities: str
    system_without_activities: str
    no_systems: str
    no_partners: str
    no_requirements: str
    #: The column of the chosen vendor's solutions; '{vendor}' is filled in.
    solution: str


@dataclass(frozen=True)
class AcceptanceTexts:
    """Every text acceptance testing generates, for one language."""

    language: str
    #: The number format of dates in the protocol's spreadsheet.
    sheet_date_format: str
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
    #: The column of a test's table of steps that holds each step's expected result.
    expected_result_column: str


@dataclass(frozen=True)
class SelectionTexts:
    """Every text of system selection: the questionnaire, the vendors' answers, the
    evaluation, the demo script and the Pflichtenheft."""

    #: Each fulfilment type's name, by its code ('S': 'Standard').
    fulfilment_names: dict[str, str]
    #: What each fulfilment type means, for the legend sheet and the method.
    fulfilment_meanings: dict[str, str]
    # The questionnaire workbook
    questionnaire_file: str  # '{vendor}' is filled in for a vendor's re-export
    questionnaire_title: str  # '{project}' and '{version}' are filled in
    sheet_cover: str
    sheet_questionnaire: str
    sheet_legend: str
    #: Column names of the questionnaire, by column key.
    columns: dict[str, str]
    cover_company: str
    cover_version: str
    cover_date: str
    cover_deadline: str
    cover_contact: str
    cover_vendor: str
    #: How to fill in the questionnaire, one paragraph each.
    instructions: tuple[str, ...]
    legend_code: str
    legend_name: str
    legend_meaning: str
    legend_effort: str
    #: In the note column of a vendor's re-export.
    note_changed: str
    note_new: str
    group_cross_cutting: str
    # The views
    questionnaire_link: str
    vendor: str
    score: str
    knocked_out: str
    ranking: str
    rank: str
    reason: str
    effort: str
    person_days: str
    price: str
    answered: str
    demonstrated: str
    fulfilment: str
    solution: str
    evidence: str
    roadmap: str
    status: str
    requirement: str
    title: str
    priority: str
    scene: str
    step: str
    total: str
    no_answer: str
    outdated: str
    #: The reasons of knock-outs: '{requirements}' (and '{go_live}') are filled in.
    knockout_not_possible: str
    knockout_roadmap: str
    no_knockout: str
    chart_title: str
    chart_legend: str
    percent: str
    answers_of_vendors: str
    # The demo script and scoring sheets
    demo_file: str  # '{vendor}' and '{evaluator}' are filled in
    demo_title: str  # '{vendor}' is filled in
    sheet_demo: str
    demo_columns: dict[str, str]
    demo_evaluator: str
    demo_show: str
    demo_test_data: str
    demo_calibration: str
    demo_points: str
    demo_spread: str
    demo_no_divergence: str
    # The Pflichtenheft
    pflichtenheft_intro: str  # '{vendor}' is filled in
    pflichtenheft_summary: str
    no_vendor_chosen: str
    # The demo script and scoring sheets, continued
    demo_systems: str
    demo_mean: str
    #: The input prompt and error message of the points cells of a scoring sheet.
    demo_points_hint: str
    demo_no_scores: str  # '{vendor}' is filled in
    #: The sources of a vendor's answers; '{vendor}' is filled in.
    answer_sources: str
    #: '{rows}', '{answers}' and '{rejected}' are filled in.
    answer_counts: str
    #: The demo scoring sheets of a vendor; '{count}' is filled in.
    demo_sheets: str
    #: Requirements added after the vendor was asked, not answered yet.
    new_since: str
    #: The facts of a vendor: when it answered, whether it is on the shortlist.
    answered_on: str
    shortlisted: str
    yes: str
    no: str
    # The questionnaire, continued
    #: The cover sheet's list of the questionnaire's groups, with their rows.
    cover_contents: str
    cover_rows: str
    #: Whether a fulfilment type needs an effort, on the legend sheet.
    legend_yes: str
    legend_no: str
    questionnaire_where: str  # for the PDF; '{file}' and '{where}' are filled in
    #: In the note column of a vendor's re-export: its answer was not taken (a warning says why).
    note_rejected: str


@dataclass(frozen=True)
class ReviewTexts:
    """Texts of suspect links and of the review status of the requirements."""

    #: Each review status's name; the names of every language are values of ``:status:``.
    statuses: dict[ReviewStatus, str]
    no_status: str
    #: The mark on an object's box: its label, then what changed ('{target}' is filled in).
    mark: str
    changed: str
    #: The fingerprints as reviewed and now: '{reviewed}' and '{current}' are filled in.
    fingerprints: str
    # The list of suspects
    owner: str
    target: str
    change: str
    page: str
    answer_outdated: str
    no_suspects: str
    # The review status
    requirement: str
    title: str
    status: str
    reviewer: str
    date: str
    requirements: str
    total: str
    #: On the cover and in the document information.
    approval: str
    all_approved: str
    approved_count: str  # '{approved}' and '{total}' are filled in


@dataclass(frozen=True)
class VersionTexts:
    """Texts of the changes since a baseline: the chapter that lists them and the mark on
    each object that changed."""

    #: The marks on an object's box; '{version}' is filled in.
    mark_added: str
    mark_changed: str
    added: str
    changed: str
    removed: str
    #: '{version}', '{date}', '{added}', '{changed}' and '{removed}' are filled in.
    intro: str
    no_baseline: str
    no_changes: str  # '{version}' and '{date}' are filled in
    by_type: str
    by_scene: str
    object_type: str
    scene: str
    cross_cutting: str
    total: str
    field: str
    change: str
    title: str
    content: str
    #: How changed words are marked: '{inserted}' and '{deleted}' become the two words
    #: below, marked as they are in the changes.
    legend: str
    inserted: str
    deleted: str


@dataclass(frozen=True)
class Formats:
    """How numbers and dates are written."""

    decimal_separator: str
    thousands_separator: str
    #: '{day}', '{month}' and '{year}' are filled in.
    date_pattern: str

    def number(self, value: float, decimals: int = 1) -> str:
        """``value`` with at most ``decimals`` decimals (none when it is whole), grouped."""
        text = f"{value:,.{decimals}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        separators: dict[str, str | int | None] = {
            ",": self.thousands_separator,
            ".": self.decimal_separator,
        }
        return text.translate(str.maketrans(separators))

    def date(self, value: datetime.date) -> str:
        return self.date_pattern.format(
            year=f"{value.year:04d}", month=f"{value.month:02d}", day=f"{value.day:02d}"
        )


@dataclass(frozen=True)
class Texts:
    """Every text the extension generates, for one language."""

    #: The language code, as in Sphinx's ``language``: 'de', 'en'.
    language: str
    formats: Formats
    objects: ObjectTexts
    print: PrintTexts
    diagrams: DiagramTexts
    trace: TraceTexts
    handbooks: HandbookTexts
    acceptance: AcceptanceTexts
    selection: SelectionTexts
    #: What the warnings say.
    messages: Messages
    review: ReviewTexts
    versions: VersionTexts
    #: The website theme's own words (furo's), as its templates ask for them: each
    #: message in English with its translation; empty where the theme speaks the language.
    interface: dict[str, str]
