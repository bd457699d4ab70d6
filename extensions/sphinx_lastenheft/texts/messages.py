"""What the warnings say, in the reader's language: one template per message, with the
values it names in braces (``{id}``, ``{file}``). A template says what is wrong and how to
fix it; the words of the project's own vocabulary (type titles, field names) are filled in,
never written into the template."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Messages:
    """Every warning text; each language module fills one."""

    #: Put before a message about a row of a workbook.
    sheet_row: str
    sheet: str
    orphan_step: str
    orphan_activity: str
    next_scene: str
    #: Joins the alternatives of a list: 'A or B'.
    alternatives: str
    #: Joins the members of a list: 'A and B'.
    together: str
    id_pattern: str
    missing_field: str
    missing_link: str
    unknown_value: str
    unknown_area: str
    unknown_customer: str
    unknown_satisfaction: str
    role_count: str
    link_owner: str
    link_lookalike: str
    link_unknown: str
    link_type: str
    #: What is wrong with the non-ASCII characters of an ID.
    lookalike: str
    lookalike_part: str
    lookalike_unnamed: str
    position: str
    positions: str
    fix_latin: str
    fix_delete: str
    fix_dash: str
    fix_plain: str
    fix_other: str
    missing_id: str
    id_lookalike: str
    duplicate_id: str
    #: '{what}' names the object, e.g. the type and title.
    option_block: str
    option_quote: str
    option_block_scalar: str
    option_unreadable: str
    fence: str
    encoding: str
    encoding_utf16: str
    encoding_windows: str
    encoding_convert: str
    end_as_id: str
    #: '{fix}' is one of the two underived_fix texts.
    underived: str
    underived_fix: str
    underived_context_fix: str
    decision_twice: str
    branch_count: str
    decision_one_way: str
    decision_same_label: str
    unreachable: str
    cycle: str
    repeated_option: str
    separator: str
    repeated_value: str
    parent_elsewhere: str
    no_test_steps: str
    no_expected_result: str
    empty: str
    duplicate_name: str
    no_journey: str
    no_interplay: str
    diagram_without_scene: str
    diagram_unknown_scene: str
    page_unknown_object: str
    coverage_gap: str
    coverage_fix_activities: str
    coverage_fix_requirements: str
    coverage_fix_tests: str
    #: Where a JUnit report names a test.
    where_junit_id: str
    where_column: str
    where_property: str
    result_for_requirement: str
    verified_by: str
    verified_by_none: str
    result_for_scene: str
    none_yet: str
    did_you_mean: str
    unknown_test: str
    no_result: str
    junit_no_test_id: str
    row_no_test: str
    unknown_result: str
    no_defect_class: str
    unknown_defect_class: str
    defect_class_without_defect: str
    second_result: str
    protocol_fix: str
    protocol_missing: str
    protocol_format: str
    protocol_unreadable: str
    protocol_empty: str
    protocol_header: str
    junit_missing: str
    junit_malformed: str
    junit_root: str
    junit_several_tests: str
    run_missing_id: str
    reason_without_decision: str
    unknown_decision: str
    decision_without_reason: str
    duplicate_run: str
    unknown_run: str
    answers_fix: str
    answers_missing: str
    answers_format: str
    answers_unreadable: str
    answers_empty: str
    answers_other_sheet: str
    answers_header: str
    answer_no_requirement: str
    answer_no_fulfilment: str
    answer_unknown_fulfilment: str
    answer_bad_effort: str
    answer_no_effort: str
    answer_needless_effort: str
    answer_no_date: str
    answer_serial_date: str
    answer_bad_date: str
    answer_needless_date: str
    answer_not_requirement: str
    answer_its_requirements: str
    answer_unknown_requirement: str
    answer_twice: str
    client_changed_by_vendor: str
    client_changed_unknown: str
    client_columns: str
    answer_missing: str
    demo_fix: str
    demo_missing: str
    demo_format: str
    demo_unreadable: str
    demo_no_sheet: str
    demo_header: str
    demo_no_evaluator: str
    demo_points_without_id: str
    demo_points_no_number: str
    demo_points_out_of_range: str
    demo_same_evaluator: str
    demo_unknown_requirement: str
    demo_scored_twice: str
    vendor_missing_id: str
    vendor_price: str
    duplicate_vendor: str
    unknown_chosen_vendor: str
    unknown_vendor: str
    calibration_unknown_vendor: str
    script_unknown_scene: str
    no_node: str
    no_puppeteer: str
    no_chromium: str
    mermaid_syntax: str
    print_no_tools: str
    print_failed: str
    check_no_tools: str
    check_failed: str
    no_mermaid_runtime: str
    node_modules_near: str
    #: Suspect links and review fields.
    reviewed_malformed: str
    review_date: str
    suspect_link: str
    suspect_answer: str
    #: Baselines and the changes since.
    baseline_missing: str
    baseline_malformed: str
    changes_unknown_scene: str
    role_lookalike: str
