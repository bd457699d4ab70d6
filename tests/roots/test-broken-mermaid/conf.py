project = "Kaputtes Diagramm"
language = "de"
extensions = ["lastenheft"]
