project = "Testszene"
language = "de"
extensions = ["lastenheft"]
