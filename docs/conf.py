"""Sphinx configuration of the example Lastenheft."""

project = "Lastenheft CRM"
author = "Muster Maschinenbau GmbH"
copyright = "2026, Muster Maschinenbau GmbH"
version = release = "1.1"
language = "de"

extensions = ["sphinx_lastenheft"]

html_theme = "furo"
html_title = "Lastenheft CRM"
exclude_patterns = ["_build"]

lastenheft_status = "Entwurf zur Abstimmung"
# Every activity leads to a requirement, every functional requirement to an activity, and
# every Muss requirement to an acceptance test.
lastenheft_coverage_thresholds = {
    "activities_with_requirement": 100,
    "requirements_with_activity": 100,
    "mandatory_with_test": 100,
}
lastenheft_change_history = [
    {
        "version": "0.9",
        "date": "16.11.2026",
        "author": "Projektteam CRM",
        "change": "Erste vollständige Fassung mit acht Kundenszenen zur internen Abstimmung",
    },
    {
        "version": "1.0",
        "date": "27.11.2026",
        "author": "Projektteam CRM",
        "change": "Anforderungskatalog, Methode, Systemlandschaft und Glossar ergänzt",
    },
    {
        "version": "1.1",
        "date": "09.12.2026",
        "author": "Projektteam CRM",
        "change": "Abstimmung mit dem Service: Eingangsbestätigung der Reklamation verschärft, "
        "Benachrichtigung des Außendienstes als Muss, betroffene Lieferungen einer Charge "
        "ergänzt (Kapitel „Änderungen seit Version 1.0“)",
    },
]
# The version given to the vendors: the chapter 'aenderungen' lists what changed since, and
# each object changed since is marked (baselines/1.0.json, 'python -m sphinx_lastenheft baseline').
lastenheft_baseline = "1.0"

# System selection (docs/auswahl): the vendors' answers, their evaluation and the demonstrations.
# A Muss requirement a vendor only puts on its roadmap for after this date knocks it out.
lastenheft_go_live = "2028-01-10"
lastenheft_chosen_vendor = "V-B"
# EUR per person-day: the vendors' person-days are added to their price (5-year cost).
lastenheft_day_rate = 1200
# Each scores every shortlisted vendor's demonstration on a sheet of their own.
lastenheft_demo_evaluators = ["Katrin Vogt", "Jonas Berger"]
# As the cover sheet of the questionnaire states them.
lastenheft_questionnaire_deadline = "15.01.2027"
lastenheft_questionnaire_contact = (
    "Katrin Vogt (Projektleitung CRM), katrin.vogt@muster-maschinenbau.example"
)
