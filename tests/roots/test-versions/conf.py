project = "Versionen"
language = "de"
extensions = ["sphinx_lastenheft"]
exclude_patterns = ["_build"]
# The sources differ from baselines/1.0.json: see tests/test_versions.py.
lastenheft_baseline = "1.0"
