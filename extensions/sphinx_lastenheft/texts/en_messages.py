"""The warnings in English."""

from __future__ import annotations

from sphinx_lastenheft.texts.messages import Messages

MESSAGES = Messages(
    sheet_row="Sheet '{sheet}', row {row}: ",
    sheet="Sheet '{sheet}': ",
    orphan_step="The process step '{id}' belongs to no customer scene: no scene stands above it "
    "on its page. Move it below its scene or add a line ':scene: <scene ID>'.",
    orphan_activity="The activity '{id}' belongs to no process step: no step stands above it on "
    "its page. Move it below its step or add a line ':step: <step ID>'.",
    next_scene="The activity '{id}' of scene '{scene}' continues with '{target}' of scene "
    "'{target_scene}'; a flow stays within its scene. Name an activity of '{scene}' in ':next:', "
    "or END.",
    alternatives=" or ",
    together=" and ",
    id_pattern="The ID '{id}' of the {type} '{title}' does not follow the pattern "
    "'{prefix}<number or code>'. Rename it, e.g. '{prefix}01'.",
    missing_field="The {type} '{id}' has no '{name}'. Add a line ':{name}: …'.",
    missing_link="The {type} '{id}' names no {target}. Add a line ':{name}: <ID>'.",
    unknown_value="The {type} '{id}' has {name} '{value}', which is not one of {allowed}. Use one "
    "of these values.",
    unknown_area="The {type} '{id}' has area '{area}', which is not one of {allowed}. Use these "
    "values, comma separated.",
    unknown_customer="The {type} '{id}' has customer '{value}'; write ':customer: {yes}' (or "
    "'{yes_other}') for the customer's role, or remove the line.",
    unknown_satisfaction="The {type} '{id}' has satisfaction '{value}'; use a whole number from 1 "
    "(bad) to 5 (good).",
    role_count="The {type} '{id}' names {count} roles ({roles}); an activity has one role, the "
    "lane it is drawn in. Keep the responsible role and split joint work into one activity per "
    "role.",
    link_owner="The {type} '{id}' has a '{name}' link, which only {owners} objects have. Remove "
    "the line ':{name}: …' from it.",
    link_lookalike="The {type} '{id}' links in '{name}' to an ID that no object has: {problem}",
    link_unknown="The {type} '{id}' links to '{target}' in '{name}', but no object has this ID. "
    "Correct the ID or define the {wanted} '{target}'.",
    link_type="The {type} '{id}' links to '{target}' in '{name}', which is a {target_type}, not a "
    "{wanted}. Name a {wanted} there.",
    lookalike="'{text}' contains {parts}.",
    lookalike_part="U+{code} {name} at {where}: {fix}",
    lookalike_unnamed="without a Unicode name",
    position="position {places}",
    positions="positions {places}",
    fix_latin="type a plain Latin '{letter}'",
    fix_delete="delete it",
    fix_dash="type a plain '-'",
    fix_plain="type a plain '{char}'",
    fix_other="replace it with a plain letter (A-Z), digit, '-', '_' or '.'",
    missing_id="The {type} '{title}' has no ID. Add a line ':id: {prefix}…' with an ID that is "
    "unique and stays the same for good: protocols and vendor answers cite it.",
    id_lookalike="The {type} '{title}' has an ID no link can name: {problem}",
    duplicate_id="The ID '{id}' is already used by '{other}' ({where}). Give this object an ID of "
    "its own; an ID is never used twice.",
    option_block="MyST did not read the options of the {what} (line {line}), so it has no ID and "
    "no fields: the value of '{key}' {why}. Write the whole value in single quotes, each single "
    "quote in it doubled ('{key} {quoted}'), or start it with a letter. This is the cause of "
    "MyST's warning about the options format.",
    option_quote="starts with a quote, and MyST then takes the value for a quoted text, which "
    "must end with the quote",
    option_block_scalar="starts with '{char}', which MyST takes for a text on the lines below",
    option_unreadable="holds what MyST cannot read as a value",
    fence="The line '{line}' opens no directive: a line of backticks whose text holds a backtick "
    "is no fence to MyST, which reads it as text, so the directive and what follows up to the "
    "next bare fence vanish. A title with backticks needs a fence of tildes: open and close the "
    "directive with '{tildes}' ('{tildes}{info}' ... '{tildes}'); a longer backtick fence does "
    "not help. Or write the title without them: it is shown as written, backticks and all.",
    encoding="The file is not {encoding}, the encoding Sphinx reads (source_encoding): byte "
    "{bytes} at line {line}, column {column} cannot be decoded.{guess} Save the file as "
    "{encoding} (in the editor's 'Save as'{convert}). This build reads the page with '�' in place "
    "of each byte it cannot decode.",
    encoding_utf16=" It looks like UTF-16 (it starts with UTF-16's byte order mark).",
    encoding_windows=" It looks like Windows-1252 (Latin-1), which reads '{text}' there.",
    encoding_convert=", or with 'iconv -f {source} -t {target}'",
    end_as_id="The ID '{id}' is the keyword that ends a flow in ':next:'. Give the object another "
    "ID.",
    underived="The requirement '{id}' is derived from no activity. {fix}",
    underived_fix="Add a line ':derived_from: <activity IDs>' naming the activities that need it.",
    underived_context_fix="Add ':derived_from: <activity IDs>', or, as a {category} requirement, "
    "':concerns: <scene or system IDs>'.",
    decision_twice="The activity '{id}' names '{target}' twice in ':next:'; a decision needs two "
    "or more different ways out. Name each way out once, another activity or END for the other "
    "branch.",
    branch_count="The activity '{id}' has {labels} branch labels for {targets} next links. Give "
    "one label per ID in ':next:', in the same order, separated by '|'.",
    decision_one_way="The activity '{id}' has the branch label '{label}' for its only way out; a "
    "decision needs two or more ways out. Add the other ways out to ':next:' (an activity ID or "
    "END) with a label each, or remove ':branches:'.",
    decision_same_label="The activity '{id}' labels {count} ways out '{label}'; a reader tells "
    "the ways out of a decision apart by their labels. Give each way out a label of its own in "
    "':branches:'.",
    unreachable="The activity '{id}' of scene '{scene}' is never reached: no flow leads to it "
    "from the scene's start '{start}'. Name it in the ':next:' of an activity before it, or "
    "remove it.",
    cycle="The flow of scene '{scene}' runs in a circle with no way out: {circle}. Give the loop "
    "an exit: make '{back}' a decision that also leads on (':next: {ways}, <activity or END>' "
    "with one label per way out in ':branches:'), or let its ':next:' lead forward.",
    repeated_option="The {type} '{id}' gives ':{name}:' twice, in lines {first} and {again}; only "
    "the last one counts. Keep one line ':{name}: …' with every value it needs.",
    separator="The {type} '{id}' separates the values in ':{name}:' with ';'. Separate them with "
    "','.",
    repeated_value="The {type} '{id}' names '{value}' {count} times in ':{name}:'. Name it once.",
    parent_elsewhere="The {type} '{id}' stands below the {parent} '{above}' but names '{named}' "
    "in ':{link}:'. Move it below its {parent} or remove ':{link}:'.",
    no_test_steps="The {type} '{id}' has no steps: its text holds no table with a column "
    "'{column}'. Add a table of its steps, one row per step, with what the tester does and, in "
    "the column '{column}', what the tester must see.",
    no_expected_result="Step {number} of the {type} '{id}' has no expected result. Write in the "
    "column '{column}' what the tester must see, so the step can pass or fail.",
    empty="The {type} '{id}' holds no {child}. Write at least one {child} below it on its page, "
    "or remove the {type}.",
    duplicate_name="The {type} '{id}' has the name '{name}', like the {type} '{other}' ({where}). "
    "Give each {type} a name of its own; if both are the same, name '{other}' in the links and "
    "remove '{id}'.",
    no_journey="The customer scene '{scene}' has no customer touchpoint, so it has no customer "
    "journey. Give each activity where the customer meets the company a line ':satisfaction: "
    "<1-5>' (how the customer feels there), or remove the journey.",
    no_interplay="The customer scene '{scene}' has no activities, so no role or system acts in "
    "it. Add its process steps and activities, or remove the interplay diagram.",
    diagram_without_scene="This {view} diagram names no scene and the page has {count} scenes. "
    "Name the scene: '```{{{view}}} {prefix}…'.",
    diagram_unknown_scene="The {view} diagram names the scene '{scene}', but no customer scene "
    "has this ID. Correct the ID.",
    page_unknown_object="The page names the {type} '{id}', but no {type} has this ID. Correct the "
    "ID.",
    coverage_gap="'{gap}' is a gap in {metric}: {percent} % where {setting} asks for {threshold} "
    "%. To close it, {fix}.",
    coverage_fix_activities="derive a requirement from it (':derived_from:')",
    coverage_fix_requirements="name the activities it is derived from (':derived_from:')",
    coverage_fix_tests="add an acceptance test that verifies it (':verifies:')",
    where_junit_id='the property <property name="{property}" value="…"/> or the name of the test '
    "case '{name}'",
    where_column="column '{column}'",
    where_property="the property '{property}'",
    result_for_requirement="'{id}' is a requirement; record results per test case, e.g. "
    "{verified}. Enter the test ID in {where}.",
    verified_by="the tests that verify it: {tests}",
    verified_by_none="none verifies it yet: add a test case with ':verifies: {id}'",
    result_for_scene="'{id}' is a customer scene; record results per test case, e.g. its "
    "end-to-end tests: {tests}. Enter the test ID in {where}.",
    none_yet="none yet",
    did_you_mean=" Did you mean '{id}'?",
    unknown_test="'{id}' is no acceptance test of this Lastenheft.{guess} Correct the ID in "
    "{where}, or add the test case.",
    no_result="'{id}' has no result. Enter {words} in column '{column}' ('{not_tested}' for a "
    "test that was not run).",
    junit_no_test_id="The test case '{name}' names no acceptance test. Add <property "
    'name="{property}" value="{prefix}…"/> to it, or put the test ID into its name.',
    row_no_test="The row names no test case. Enter the test ID in column '{column}', or delete "
    "the row.",
    unknown_result="'{result}' in column '{column}' is no result. Use {words}.",
    no_defect_class="'{id}' is '{outcome}' but has no defect class. Enter {classes} in {where}.",
    unknown_defect_class="'{value}' in {where} is no defect class. Use {classes}.",
    defect_class_without_defect="'{id}' is '{outcome}', which has no defect, but {where} says "
    "'{value}'. Clear the class, or record the result as '{with_defect}'.",
    second_result="'{id}' has a second result in test run '{run}': {where} records one already, "
    "which counts. Keep one result per test case and run; record a retest as a new test run.",
    protocol_fix="Export the blank protocol from the build, fill it in and name that file.",
    protocol_missing="The test protocol '{file}' does not exist. {fix}",
    protocol_format="The test protocol '{file}' is neither XLSX nor CSV. Save it as .xlsx, or as "
    ".csv in UTF-8 separated by ';' or ','.",
    protocol_unreadable="The test protocol '{file}' is not a readable {kind} file ({error}). It "
    "may be damaged or cut off: save it again from the spreadsheet program. {fix}",
    protocol_empty="The test protocol '{file}' is empty.",
    protocol_header="The header row of '{file}' lacks the columns {missing}. The first row must "
    "name the columns {expected} (as in the blank protocol).",
    junit_missing="The JUnit file '{file}' does not exist. Copy the test report of the automated "
    "tests there, or correct the path.",
    junit_malformed="The JUnit file '{file}' is not well-formed XML ({error}); it may be cut off. "
    "Copy the complete report of the test run again.",
    junit_root="The file '{file}' is not JUnit XML: its root element is <{root}>, not "
    "<testsuites> or <testsuite>. Name the test report of the automated tests.",
    junit_several_tests="The test case '{name}' names several acceptance tests ({tests}). Give it "
    'the property <property name="{property}" value="…"/> with the one it runs.',
    run_missing_id="The test run '{title}' has no ID. Add a line ':id: …' (e.g. AL-R1) that stays "
    "the same for good: the Abnahmeprotokoll and its views name the run by it.",
    reason_without_decision="The test run has a ':reason:' but no ':decision:'. Add the decision "
    "it gives the reason for ({words}), or remove the reason.",
    unknown_decision="':decision: {value}' is no acceptance decision. Use {words}, or remove the "
    "line to keep the decision derived from the defects.",
    decision_without_reason="The decision '{value}' overrides the one derived from the defects, "
    "so it needs a reason. Add a line ':reason: …' that says why.",
    duplicate_run="The test run ID '{id}' is already used ({where}). Give this run an ID of its "
    "own; a retest is a new run with a new ID.",
    unknown_run="No test run has the ID '{id}' (runs: {known}). Correct the ID, or declare the "
    "run with a '{{testrun}}' directive.",
    answers_fix="Have the vendor fill in the questionnaire the build writes, and name that file "
    "in ':answers:'.",
    answers_missing="The answer file '{file}' does not exist. {fix}",
    answers_format="The answer file '{file}' is neither XLSX nor CSV. Save it as .xlsx, or as "
    ".csv in UTF-8 separated by ';' or ','.",
    answers_unreadable="The answer file '{file}' is not a readable {kind} file ({error}). It may "
    "be damaged, or a file of another kind renamed: open it in the spreadsheet program and save "
    "it again as .xlsx (or as CSV UTF-8).",
    answers_empty="The answer file '{file}' is empty. {fix}",
    answers_other_sheet=" No sheet is named '{wanted}', so the first sheet, '{sheet}', was read.",
    answers_header="The header row of '{file}' lacks the columns {missing}. The first row must "
    "name the columns {expected} (as in the questionnaire the build writes; '{optional}' may be "
    "left out).{other_sheet}",
    answer_no_requirement="The row names no requirement. Enter the requirement ID in {where}, or "
    "delete the row.",
    answer_no_fulfilment="'{id}' is not answered. Enter its fulfilment type in {where}: {codes} "
    "(their meanings are on the sheet '{legend}' of the questionnaire).",
    answer_unknown_fulfilment="'{value}' in {where} is no fulfilment type. Use one of the codes "
    "{codes}.",
    answer_bad_effort="'{id}' is {kind}, but '{value}' is no effort. Enter the person-days in "
    "{where} as a number of 0 or more, e.g. 2.5.",
    answer_no_effort="'{id}' is {kind}, but its effort is missing. Enter the person-days in "
    "{where} as a number of 0 or more, e.g. 2.5.",
    answer_needless_effort="'{id}' is {kind}, which needs no effort, but {where} says '{value}'. "
    "Clear the effort, or choose the type that needs it ({gaps}).",
    answer_no_date="'{id}' is {kind}, but the date it becomes available is missing. Enter it in "
    "{where} as a date (YYYY-MM-DD).",
    answer_serial_date="'{value}' in {where} is a date as a spreadsheet's serial number. Format "
    "the cell as a date, or write the date as YYYY-MM-DD.",
    answer_bad_date="'{value}' in {where} is no date in a format the import reads. Write it as "
    "YYYY-MM-DD (or DD.MM.YYYY), or enter it as a date cell.",
    answer_needless_date="'{id}' is {kind}, but {where} gives a date ('{value}'). Clear the date, "
    "or choose {roadmap} for a function that comes with a later release.",
    answer_not_requirement="'{id}' is a {type}, not a requirement; vendors answer per "
    "requirement{those}. Enter the requirement ID in {where}.",
    answer_its_requirements=" (its requirements: {ids})",
    answer_unknown_requirement="'{id}' is no requirement of this Lastenheft.{guess} Correct the "
    "ID in {where}, or delete the row.",
    answer_twice="'{id}' is answered twice: row {row} of '{file}' answers it already, and the "
    "first answer counts. Delete one of the rows, keeping the answer that holds.",
    client_changed_by_vendor="the vendor changed them",
    client_changed_unknown="the row has no {where} to tell whether the vendor changed them or the "
    "requirement changed since",
    client_columns="The client columns {names} of '{id}' differ from the Lastenheft ({stated}): "
    "{why}. The client's columns must stay as exported: check the answer against the current "
    "requirement, then restore these columns (or answer in a fresh questionnaire); remarks belong "
    "in {where}.",
    answer_missing="'{id}' ({title}) has no answer: no row of the answer files of '{vendor}' "
    "names it. Have the vendor answer it, e.g. in {file}, the questionnaire the build writes with "
    "its answers, which marks the requirements added since.",
    demo_fix="Fill in the scoring sheet the build writes for this vendor and evaluator and name "
    "it.",
    demo_missing="The scoring sheet '{file}' does not exist. {fix}",
    demo_format="The scoring sheet '{file}' is no XLSX file. Save it as .xlsx (as the build "
    "exports it).",
    demo_unreadable="The scoring sheet '{file}' is not a readable XLSX file ({error}). It may be "
    "damaged or cut off: save it again from the spreadsheet program.",
    demo_no_sheet="The workbook '{file}' has no sheet {names}: it is no scoring sheet of a "
    "demonstration, or the sheet was renamed. {fix}",
    demo_header="The scoring sheet '{file}' has no header row with the columns {names}. Keep the "
    "table's header row as exported. {fix}",
    demo_no_evaluator="The scoring sheet '{file}' names no evaluator. Write the evaluator's name "
    "right of the label {labels} above the table.",
    demo_points_without_id="The row has points ({points}) but no requirement ID. Write the ID of "
    "the requirement scored, or delete the points.",
    demo_points_no_number="The points '{points}' for {id} are no number. Write a number from "
    "{low} to {high} (e.g. 7 or 7.5), or leave the cell empty if you do not score it.",
    demo_points_out_of_range="The points '{points}' for {id} are out of range. Write a number "
    "from {low} to {high} (e.g. 7 or 7.5), or leave the cell empty if you do not score it.",
    demo_same_evaluator="The scoring sheets '{first}' and '{second}' of vendor {vendor} are both "
    "by {evaluator}; only the first counts. Remove one from ':demo:', or correct the evaluator's "
    "name.",
    demo_unknown_requirement="The requirement ID '{id}' names no requirement.{guess} Correct the "
    "ID, or delete the row if the requirement was removed.",
    demo_scored_twice="{id} is scored twice in '{file}'; the points of row {row} count. Delete "
    "one of the rows.",
    vendor_missing_id="The vendor '{name}' has no ID. Add a line ':id: …' (e.g. V-A) that stays "
    "the same for good: the evaluation and lastenheft_chosen_vendor name it by it.",
    vendor_price="':price: {value}' is no amount. Write the 5-year cost in EUR as a number, e.g. "
    "':price: 420000', or remove the line.",
    duplicate_vendor="The vendor ID '{id}' is already used ({where}). Give this vendor an ID of "
    "its own.",
    unknown_chosen_vendor="lastenheft_chosen_vendor names '{id}', but no vendor has this ID "
    "(vendors: {known}). Correct the ID, or declare the vendor with a '{{vendor}}' directive.",
    unknown_vendor="No vendor has the ID '{id}' (vendors: {known}). Correct the ID, or declare "
    "the vendor with a '{{vendor}}' directive.",
    calibration_unknown_vendor="The demo calibration names the vendor '{id}', but no vendor has "
    "this ID. Correct the ID, or declare the vendor with a '{{vendor}}' directive.",
    script_unknown_scene="The demo script names the scene '{id}', but no {type} has this ID. "
    "Correct the ID.",
    no_node="Node.js ('node') is not installed; install Node.js 20 or newer.",
    no_puppeteer="puppeteer-core is not in node_modules; run 'npm ci' in the project folder.",
    no_chromium="Chromium ('{chromium}') is not installed; run 'bash "
    "tools/install-system-packages.sh' or set lastenheft_chromium.",
    mermaid_syntax="Mermaid cannot draw this diagram: {error} Correct the diagram text.",
    print_no_tools="{count} diagrams cannot be drawn for print: {why}",
    print_failed="The diagrams could not be drawn for print: {error}",
    check_no_tools="{count} diagrams cannot be checked: {why} To build the website without the "
    "check, set lastenheft_check_mermaid = False.",
    check_failed="The diagrams could not be checked: {error}",
    no_mermaid_runtime="The Mermaid runtime ({wanted}) is missing, so no diagram would render. "
    "Run 'npm ci' in the project folder, or set lastenheft_node_modules to the folder "
    "node_modules that holds mermaid.",
    node_modules_near="node_modules in {folder} or a folder above it",
    reviewed_malformed="The {type} '{id}' has '{entry}' in ':reviewed:', which is no "
    "'ID@fingerprint'. Remove the entry and run 'python -m sphinx_lastenheft review {id}' to "
    "record the links as reviewed.",
    review_date="The {type} '{id}' has review_date '{value}', which is no date written "
    "YYYY-MM-DD. Write ':review_date: {example}'.",
    suspect_link="The link from '{owner}' to '{target}' is suspect: '{target}' changed since the "
    "link was reviewed (fingerprint {reviewed}, now {current}). Check '{owner}' against "
    "'{target}', then run 'python -m sphinx_lastenheft review {owner}'.",
    suspect_answer="The answer of the vendor '{vendor}' to '{requirement}' is outdated: the "
    "requirement changed since the vendor answered. Have the vendor answer again, e.g. in {file}, "
    "the questionnaire the build writes with its answers.",
    baseline_missing="There is no baseline '{version}': {file} is missing (baselines: "
    "{available}). Record it from the sources of that version with '{command}', or set "
    "lastenheft_baseline to an existing baseline, or to '' for no comparison.",
    baseline_malformed="The file {file} is no readable baseline of version '{version}': {reason}. "
    "Restore it from version control, or write it again from the sources of that version with "
    "'{command} --force'.",
    changes_unknown_scene="The changes are to show the customer scene '{id}', which there is "
    "neither now nor in baseline {version}. Correct the ID in ':scenes:' (scenes: {known}).",
    role_lookalike="The reference '{{need}}`{id}`' names an ID that no object has: {problem}",
)
