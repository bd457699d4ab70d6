"""A small Lastenheft for the ReqIF export whose texts hold what must stay text there:
markup, ampersands, quotes and umlauts, in titles, texts, fields and the project's name."""

project = 'Küche & Bad "Lastenheft" <CRM>'
author = "Muster & Söhne GmbH"
release = "1.0"
language = "de"
extensions = ["sphinx_lastenheft"]
lastenheft_change_history = [
    {"version": "1.0", "date": "27.11.2026", "author": "Projektteam", "change": "Erste Fassung"},
]
