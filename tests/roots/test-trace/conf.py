project = "Nachverfolgung"
language = "de"
extensions = ["sphinx_lastenheft"]
