project = "Kaputtes Diagramm"
language = "de"
extensions = ["sphinx_lastenheft"]
