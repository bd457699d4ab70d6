project = "Handbücher"
language = "de"
extensions = ["sphinx_lastenheft"]
myst_enable_extensions = ["colon_fence"]
exclude_patterns = ["_build"]
