"""Northwind Water: an English specification with its own type names, prefixes, areas,
priorities and categories. Nothing of the toolkit is changed for it."""

project = "Northwind Water CRM Requirements"
author = "Northwind Water Ltd"
release = "0.3"
language = "en"
extensions = ["sphinx_lastenheft"]
needs_types = [
    {"directive": "scene", "title": "Customer journey", "prefix": "CJ-"},
    {"directive": "step", "title": "Stage", "prefix": "ST-"},
    {"directive": "activity", "title": "Task", "prefix": "TK-"},
    {"directive": "role", "title": "Role", "prefix": "RO-"},
    {"directive": "system", "title": "Application", "prefix": "APP-"},
    {"directive": "req", "title": "Requirement", "prefix": "REQ-"},
    {"directive": "test", "title": "Acceptance test", "prefix": "TEST-"},
]
lastenheft_areas = ["Customer Service", "Billing", "Field Operations"]
lastenheft_priorities = ["Must", "Should", "Could"]
lastenheft_categories = ["Function", "Data", "Interface", "Performance", "Constraint"]
lastenheft_diagram_direction = "LR"
lastenheft_coverage_thresholds = {"activities_with_requirement": 100, "mandatory_with_test": 100}
