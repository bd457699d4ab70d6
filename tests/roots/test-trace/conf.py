project = "Nachverfolgung"
language = "de"
extensions = ["lastenheft"]
