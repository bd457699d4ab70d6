project = "Kundenreise"
language = "de"
extensions = ["lastenheft"]
