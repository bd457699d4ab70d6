project = "Abnahmetest"
author = "Beispiel AG"
release = "2.0"
language = "de"
extensions = ["sphinx_lastenheft"]
