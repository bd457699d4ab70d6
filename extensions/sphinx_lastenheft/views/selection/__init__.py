"""System selection and customizing: the questionnaire vendors answer, their answers read
back, the evaluation (Nutzwertanalyse) and comparison, the demo script with its scoring
sheets, and the Pflichtenheft of the chosen vendor."""
