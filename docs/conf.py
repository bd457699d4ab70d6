"""Sphinx configuration of the example Lastenheft."""

project = "Lastenheft CRM"
author = "Muster Maschinenbau GmbH"
copyright = "2026, Muster Maschinenbau GmbH"
version = release = "1.0"
language = "de"

extensions = ["lastenheft"]

html_theme = "furo"
html_title = "Lastenheft CRM"
exclude_patterns = ["_build"]
