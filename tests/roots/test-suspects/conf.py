"""Suspect links and review status: an English specification with its own prefixes. The
':reviewed:' lines were written by 'python -m sphinx_lastenheft review --all'."""

project = "Review"
language = "en"
extensions = ["sphinx_lastenheft"]
needs_types = [
    {"directive": "scene", "title": "Customer journey", "prefix": "JR-"},
    {"directive": "step", "title": "Stage", "prefix": "ST-"},
    {"directive": "activity", "title": "Task", "prefix": "TK-"},
    {"directive": "role", "title": "Role", "prefix": "RO-"},
    {"directive": "system", "title": "Application", "prefix": "APP-"},
    {"directive": "req", "title": "Requirement", "prefix": "REQ-"},
    {"directive": "test", "title": "Acceptance test", "prefix": "TC-"},
]
lastenheft_check_mermaid = False
