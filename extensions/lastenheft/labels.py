"""Generated labels in the project's language (German and English; other languages get English)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LinkLabels:
    outgoing: str
    incoming: str


@dataclass(frozen=True)
class Labels:
    """Every text the extension generates, for one language."""

    type_titles: dict[str, str]
    field_titles: dict[str, str]
    links: dict[str, LinkLabels]
    areas: tuple[str, ...]
    priorities: tuple[str, ...]
    categories: tuple[str, ...]
    print_texts: PrintTexts


@dataclass(frozen=True)
class PrintTexts:
    """Texts of the document information: cover page, change history, running heads."""

    document: str
    company: str
    version: str
    date: str
    status: str
    pdf: str
    history: str
    history_columns: tuple[str, str, str, str]
    page_of: str  # LaTeX; \thepage and the last page's number are filled in
    page_abbreviation: str
    diagram_missing: str


GERMAN = Labels(
    type_titles={
        "scene": "Kundenszene",
        "step": "Prozessschritt",
        "activity": "Tätigkeit",
        "role": "Rolle",
        "system": "System",
        "req": "Anforderung",
        "test": "Abnahmetestfall",
    },
    field_titles={
        "area": "Bereich",
        "trigger": "Auslöser",
        "outcome": "Ergebnis",
        "branches": "Verzweigung",
        "satisfaction": "Kundenzufriedenheit (1-5)",
        "org_unit": "Organisationseinheit",
        "headcount": "Anzahl Personen",
        "priority": "Priorität",
        "category": "Kategorie",
        "acceptance": "Abnahmekriterium",
        "rationale": "Begründung",
        "preconditions": "Vorbedingungen",
        "test_data": "Testdaten",
    },
    links={
        "scene": LinkLabels("Kundenszene", "Prozessschritte"),
        "step": LinkLabels("Prozessschritt", "Tätigkeiten"),
        "role": LinkLabels("Rolle", "ausgeführt in"),
        "systems": LinkLabels("Systeme", "genutzt in"),
        "next": LinkLabels("weiter mit", "folgt auf"),
        "derived_from": LinkLabels("abgeleitet aus", "Anforderungen"),
        "concerns": LinkLabels("betrifft", "übergreifende Anforderungen"),
        "verifies": LinkLabels("prüft", "geprüft durch"),
        "walks_through": LinkLabels("spielt durch", "Ende-zu-Ende-Tests"),
    },
    areas=("Marketing", "Vertrieb", "Service"),
    priorities=("Muss", "Soll", "Kann"),
    categories=("Funktion", "Information", "Schnittstelle", "Qualität", "Rahmen"),
    print_texts=PrintTexts(
        document="Dokument",
        company="Unternehmen",
        version="Version",
        date="Datum",
        status="Status",
        pdf="PDF-Fassung",
        history="Änderungshistorie",
        history_columns=("Version", "Datum", "Autor", "Änderung"),
        page_of=r"Seite \thepage{} von \pageref*{LastPage}",
        page_abbreviation="S.",
        diagram_missing="[Diagramm nicht verfügbar]",
    ),
)

ENGLISH = Labels(
    type_titles={
        "scene": "Customer scene",
        "step": "Process step",
        "activity": "Activity",
        "role": "Role",
        "system": "System",
        "req": "Requirement",
        "test": "Acceptance test",
    },
    field_titles={
        "area": "Area",
        "trigger": "Trigger",
        "outcome": "Outcome",
        "branches": "Branches",
        "satisfaction": "Customer satisfaction (1-5)",
        "org_unit": "Organisational unit",
        "headcount": "Head count",
        "priority": "Priority",
        "category": "Category",
        "acceptance": "Acceptance criterion",
        "rationale": "Rationale",
        "preconditions": "Preconditions",
        "test_data": "Test data",
    },
    links={
        "scene": LinkLabels("customer scene", "process steps"),
        "step": LinkLabels("process step", "activities"),
        "role": LinkLabels("role", "performed in"),
        "systems": LinkLabels("systems", "used in"),
        "next": LinkLabels("continues with", "follows"),
        "derived_from": LinkLabels("derived from", "requirements"),
        "concerns": LinkLabels("concerns", "cross-cutting requirements"),
        "verifies": LinkLabels("verifies", "verified by"),
        "walks_through": LinkLabels("walks through", "end-to-end tests"),
    },
    areas=("Marketing", "Sales", "Service"),
    priorities=("Must", "Should", "Could"),
    categories=("Function", "Information", "Interface", "Quality", "Constraint"),
    print_texts=PrintTexts(
        document="Document",
        company="Company",
        version="Version",
        date="Date",
        status="Status",
        pdf="PDF version",
        history="Change history",
        history_columns=("Version", "Date", "Author", "Change"),
        page_of=r"Page \thepage{} of \pageref*{LastPage}",
        page_abbreviation="p.",
        diagram_missing="[diagram not available]",
    ),
)


def is_german(language: str | None) -> bool:
    """Whether a Sphinx ``language`` value such as ``de`` or ``de_AT`` is German.

    Each feature keeps a German and an English set of its texts and picks one with this.
    """
    return bool(language) and str(language).split("_")[0].split("-")[0].lower() == "de"


def labels_for(language: str | None) -> Labels:
    """The labels for a Sphinx ``language`` value; languages other than German get English."""
    return GERMAN if is_german(language) else ENGLISH
