project = "Fehlerfälle"
language = "de"
extensions = ["sphinx_lastenheft"]
