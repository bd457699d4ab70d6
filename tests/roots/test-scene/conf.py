project = "Testszene"
language = "de"
extensions = ["sphinx_lastenheft"]
