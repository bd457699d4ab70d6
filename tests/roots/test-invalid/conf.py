project = "Fehlerfälle"
language = "de"
extensions = ["lastenheft"]
