project = "Kundenreise"
language = "de"
extensions = ["sphinx_lastenheft"]
