"""Writes the made-up vendors' answers and demo scores of the example Lastenheft (docs/auswahl).

Three vendors answer the questionnaire the build exports: Nordlicht CRM GmbH (V-A, a large
suite: mostly standard, the ERP and telephony interfaces as development), Hanse Software GmbH
(V-B, mid-market: much configuration and customizing, a few partner add-ons and roadmap
items; the vendor chosen) and Cloudform AG (V-C, a cheap SaaS without offline service app and
without a timely on-premise ERP coupling: knocked out). The two shortlisted vendors are then
scored by each demo evaluator (lastenheft_demo_evaluators) on the scoring sheets the build
exports.

Each vendor's answers are a table below: a block per requirement, ``ID TYPE [EFFORT|DATE]``,
then the solution and, after ``Nachweis:``, the evidence (the demo where it is left out).
Nordlicht and Cloudform answer the requirements their table leaves out with the standard
product (S), in a sentence made from the requirement's title; Hanse answers every one itself.
The same docs give the same files:

    python tools/example_vendors.py [DOCS]
"""

from __future__ import annotations

import argparse
import datetime
import io
import random
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from openpyxl import load_workbook
from sphinx.application import Sphinx
from sphinx.util.docutils import docutils_namespace

from sphinx_lastenheft.config import Settings, document_date, settings
from sphinx_lastenheft.model.process import ProcessModel, Requirement
from sphinx_lastenheft.model.store import get_model
from sphinx_lastenheft.views.selection.demo import demo_sheet
from sphinx_lastenheft.views.selection.questionnaire import questionnaire_workbook
from sphinx_lastenheft.views.workbooks import workbook_bytes

REPO = Path(__file__).resolve().parent.parent


class Reply(NamedTuple):
    """A vendor's answer to one requirement, as it fills in the questionnaire."""

    kind: str
    effort: float | None
    solution: str
    evidence: str
    roadmap: datetime.date | None


_HEAD = re.compile(r"(ANF-[A-Z]+-\d+) ([SKCZDRN])(?: (\S+))?")


def parse(table: str, evidence: str = "Demo") -> dict[str, Reply]:
    """The replies of a table: ``ID TYPE [EFFORT|DATE]``, then indented lines of solution
    and an optional ``Nachweis: …`` line (else ``evidence``)."""
    replies: dict[str, Reply] = {}
    for block in re.split(r"\n(?=ANF-)", table.strip()):
        head, *lines = block.splitlines()
        match = _HEAD.fullmatch(head.strip())
        if match is None:
            raise ValueError(f"not a reply's first line: {head!r}")
        requirement, kind, extra = match.groups()
        text = " ".join(line.strip() for line in lines)
        solution, _, given = text.partition(" Nachweis: ")
        roadmap = datetime.date.fromisoformat(extra) if kind == "R" else None
        effort = float(extra) if extra and kind != "R" else None
        replies[requirement] = Reply(kind, effort, solution, given or evidence, roadmap)
    return replies


# Hanse Software GmbH (V-B): every requirement answered by hand.

HANSE = parse("""
ANF-KON-04 S
    Firmenobjekt mit weiteren Standorten (Werke, Liefer- und Rechnungsanschriften) und
    Konzernhierarchie über das Feld „Muttergesellschaft“; Branchenschlüssel als pflegbare
    Werteliste, Debitorennummer aus dem ERP-Connector.
ANF-KON-05 K 2
    Gebietsmodell mit PLZ-Bereichen, Ländern und Branchen im Standard; eingerichtet werden
    die Gebiete mit Außendienst, Innendienst und Service-Innendienst, Einzelzuordnungen an
    der Firma sind als solche gekennzeichnet.
    Nachweis: Produkthandbuch Kap. 4.3
ANF-KON-06 S
    Kontakt mit Funktion und Rolle im Kaufprozess als pflegbare Auswahllisten und dem Status
    „ausgeschieden“; ausgeschiedene Kontakte bleiben mit ihrer Historie sichtbar.
ANF-KON-07 S
    Feldhistorie für Firma und Kontakt mit altem und neuem Wert, Zeitpunkt, Bearbeiter und
    Quelle (Web, App, Schnittstelle, Zusammenführung); offline erfasste Änderungen tragen den
    Zeitpunkt auf dem Gerät.
    Nachweis: Produkthandbuch Kap. 9.1
ANF-KON-08 C 3
    ABC-Klasse mit nächtlichem Vorschlag aus dem ERP-Umsatz der letzten zwölf Monate (Skript
    im Hanse Workflow-Designer, Schwellen als Parameter); Abweichung mit Begründung,
    Potenzial als Betragsspanne je Produktgruppe.
    Nachweis: Referenz: Armaturenhersteller in Bremen
ANF-KON-09 K 1.5
    Interessenmerkmale aus einem pflegbaren Themenkatalog an Kontakt und Lead mit Quelle und
    Datum; Übernahme aus Newsletter-Anmeldung, Themenlink und Gesprächsbogen per
    Feldzuordnung.
ANF-KON-01 S
    Fehlertolerante Dublettenprüfung (phonetisch, Rechtsformzusätze, Umlaute) beim Anlegen,
    Import und Umwandeln, mit Assistent zum Zusammenführen von Firmen, Personen und Leads.
ANF-KON-10 S
    Zeitgesteuerter Dublettenlauf über den Bestand oder eine Selektion mit Trefferliste nach
    Ähnlichkeit; das Kennzeichen „keine Dublette“ verhindert erneute Vorschläge.
    Nachweis: Produkthandbuch Kap. 4.7
ANF-KON-11 K 2
    Firmen-Cockpit aus Kacheln (Ansprechpartner, Kontakte, Termine, Aufgaben, Angebote,
    Chancen, Reklamationen, Servicefälle, ERP-Umsätze), je Rolle eingerichtet.
ANF-KON-02 S
    Aktivitäten-Zeitleiste an Firma und Person über alle Vorgangsarten, filterbar nach Art;
    Öffnungen und Klicks erscheinen nur bei Einwilligung.
ANF-KON-03 S
    Aufgaben mit Bezug zu jedem Datensatz, persönliche Aufgabenliste nach Fälligkeit,
    Benachrichtigung bei Zuweisung und Überfälligkeit per E-Mail und Push.
ANF-LEAD-06 S
    Standardobjekt Lead mit Pflichtfeld Quelle und Kampagnenbezug; Anlage von Hand, per
    Import-Assistent oder REST-API, Bezug zu einer bestehenden Firma möglich.
ANF-LEAD-07 K 2
    Formular-Endpunkt „Web-to-Lead“ übernimmt alle Felder, das Formular und die
    UTM-Parameter, prüft auf Dubletten und ordnet die Kampagne über den Parameter zu.
    Nachweis: Produkthandbuch Kap. 6.2
ANF-LEAD-08 C 2
    Aktion „Verkaufshinweis“ in der Service-App mit Art, Beschreibung und Fotos; ein Workflow
    legt daraus den Lead mit Quelle „Service“ und Bezug zu Anlage und Auftrag an.
    Nachweis: Referenz: Maschinenbauer in Süddeutschland
ANF-LEAD-01 K 2
    Zuweisungsregeln auf Basis des Gebietsmodells (PLZ, Land, Branche) mit Wiedervorlage und
    einstellbarer Frist; Leads bestehender Firmen gehen an deren Zuständige.
ANF-LEAD-09 C 2.5
    Aktion „An Vertrieb übergeben“ als Workflow: Aufgabe mit Frist für das Gebietsteam, Quelle,
    Kampagne, Qualifizierung und Kommunikation verlinkt; Annahme oder Rückgabe mit Grund.
ANF-LEAD-02 S
    Qualifizierungsbereich am Lead mit Bedarf, Budgetspanne, Investitionsquartal und
    Entscheidern (verknüpfte Kontakte mit Rolle); Pflichtfelder je Status einstellbar.
ANF-LEAD-03 S
    Regelbasiertes Lead-Scoring mit Punkten für Merkmale und Reaktionen; Reaktionen zählen nur
    bei Einwilligung in die personenbezogene Auswertung.
    Nachweis: Produkthandbuch Kap. 5.4
ANF-LEAD-04 K 1
    Statusmodell des Leads um „in Pflege durch Marketing“ ergänzt; Ablehnungsgrund aus dem
    Katalog ist bei „nicht qualifiziert“ Pflicht.
ANF-LEAD-05 S
    Umwandlungsassistent in Firma, Kontakt und Verkaufschance mit Dublettenprüfung;
    Aktivitäten, Notizen, Anhänge, Interessen, Einwilligungen, Quelle und Kampagne gehen mit.
ANF-KAM-05 S
    Kampagne mit Typ, Zielgruppenbeschreibung, Verantwortlichen, Zeitplan mit Aktionen,
    Zielwerten und Budgetposten mit Plan- und Istkosten.
ANF-KAM-06 K 1
    Freigabeprozess im Workflow-Designer: Vorlage an die Vertriebsleitung, Freigabe oder
    Rückgabe mit Kommentar, Versandsperre bis zur Freigabe, Kampagnenaufgaben bei Freigabe.
ANF-KAM-01 S
    Zielgruppen-Designer mit frei kombinierbaren Kriterien einschließlich installierter
    Produkte, Kampagnenteilnahme und ERP-Umsatz je Produktgruppe; Selektionen wiederholbar.
ANF-KAM-07 C 3
    Prüfaufgabe je Gebiet mit Frist und Listenansicht, in der der Außendienst Kontakte mit
    Begründung herausnimmt oder ergänzt; ergänzte Kontakte durchlaufen die Einwilligungsprüfung.
    Nachweis: Referenz: Pumpenhersteller in Niedersachsen
ANF-KAM-02 D 1.5
    Persönlicher Buchungslink über das Partner-Add-on Terminkraft; gebuchte Standtermine
    entstehen mit Kontakt und Messe im CRM und gehen dem Innendienst zur Bestätigung.
    Nachweis: Partnerdatenblatt Terminkraft
ANF-KAM-03 K 1.5
    Unterlagen je Produkt in der Dokumentenbibliothek; eine Platzhalterregel fügt der
    Serienmail die Download-Links zu den Produktinteressen aus dem Gesprächsbogen ein.
ANF-KAM-08 S
    E-Mail-Editor von Hanse Marketing mit freigegebenen Vorlagen, Personalisierung (auch
    zuständiger Außendienst), Landingpage-Links mit Kampagnenkennung und Versandprotokoll.
ANF-KAM-09 S
    Anruflisten aus Kampagnen und gespeicherten Listen mit Sortierregeln, ohne gesperrte
    Kontakte; Gesprächsleitfaden mit Ergebniscodes, Wahl per Klick über CTI.
ANF-KAM-10 S
    Newsletter-Baukasten mit Themenblöcken, die nach Interessenmerkmalen ein- oder
    ausgeblendet werden; Abmelde- und Themenlink sowie Einwilligungsprüfung automatisch.
ANF-KAM-11 S
    Kampagnenreaktionen mit Art, Datum und Kontakt oder Lead, automatisch aus Formularen,
    Mailings und Anruflisten; Arbeitsliste des Marketings mit Status und Bewertung.
ANF-KAM-04 S
    Kampagnentyp „Messe“ mit Zeitraum, Ort, Kosten und Zielwerten; Einladungen, Termine,
    Leads, Chancen und Aufträge tragen die Kampagne als Quelle, auch nach der Umwandlung.
ANF-BES-01 C 4
    Berechnete Fälligkeitsliste in Web und App: Intervall je Kundenklasse (je Firma
    abweichend) und Anlässe (neue Chance, abgeschlossene Reklamation, Besuchsanforderung)
    über Workflow-Regeln.
    Nachweis: Referenz: Maschinenbauer in Süddeutschland
ANF-BES-02 D 2
    Karten- und Tourenplanung über das Partner-Add-on GeoRoute: Geokodierung, Umkreissuche,
    Filter nach Fälligkeit und Klasse, Tourvorschlag nach Fahrzeit, Termine aus der Tour.
    Nachweis: Partnerdatenblatt GeoRoute
ANF-BES-03 K 1.5
    Terminart „Kundenbesuch“ mit Firma und Teilnehmern; Groupware-Termine dieser Kategorie
    werden über die Teilnehmer zugeordnet, nicht eindeutige kommen in eine Klärungsliste.
ANF-BES-04 C 2
    Objekt „Besuchsthema“ an der Firma mit Absender; offene Themen erscheinen am nächsten
    Termin und im Bericht, die Erledigung wird dem Absender gemeldet.
ANF-BES-05 S
    Besuchsziele als Mehrfachauswahl aus einer pflegbaren Liste mit Freitext am Termin, im
    Bericht vorbelegt mit dem Feld Zielerreichung.
ANF-BES-06 K 2
    Berichtsvorlagen je Besuchsart mit Pflichtfeldern im Formular-Designer; Abschluss erst,
    wenn alle Pflichtfelder gefüllt sind.
ANF-BES-07 D 1
    Spracheingabe über den Diktierdienst des Partners VoxScribe in der App; die Aufnahme wird
    nach der Umwandlung gelöscht.
    Nachweis: Partnerdatenblatt VoxScribe
ANF-BES-08 S
    Liste „Besuche ohne Bericht“ mit Erinnerung nach einstellbarer Frist in Arbeitstagen,
    Übersicht je Außendienst für die Vertriebsleitung, Status „nicht stattgefunden“ mit Grund.
ANF-BES-09 S
    Chancen direkt im Bericht anlegen, ändern oder auf „verloren“ setzen, wechselseitig
    verknüpft; zugesagte Unterlagen werden aus der Dokumentenbibliothek versandt.
ANF-BES-10 S
    Folgeaufgaben aus dem Bericht, auch offline, an Innendienst oder Service-Innendienst mit
    Fälligkeit und Benachrichtigung, mit Rückbezug zum Bericht.
ANF-BES-11 S
    Team-Warteschlangen (etwa Innendienst eines Gebiets) mit Übernahme durch ein Mitglied;
    während einer Vertretung erscheinen die Aufgaben auch bei der Vertretung.
    Nachweis: Produkthandbuch Kap. 3.5
ANF-BES-12 K 2
    Wiedervorlage-Regeln im Workflow-Designer (Tage nach Ereignis, Tage vor Datum,
    Bedingungen), von den Key Usern pflegbar; die ersten Regeln richten wir im Projekt ein.
ANF-VTR-01 K 1
    Verkaufschance im Standard; eingerichtet werden die Phasen mit vorgeschlagener
    Wahrscheinlichkeit und Pflichtfeldern je Phase.
ANF-VTR-02 S
    Terminplaner mit Verfügbarkeit mehrerer Mitarbeiter aus den Groupware-Kalendern; der
    Termin ist mit Firma, Kontakt und Lead oder Kampagne verknüpft.
ANF-VTR-03 K 2
    Vorgangstyp „Anfrage“ mit Eingangskanal, Produkten, Mengen, Wunschtermin und Anhängen;
    Anlage aus einer abgelegten E-Mail per Outlook-Add-in, Formularfelder werden ausgelesen.
ANF-VTR-04 S
    Aktion „Chance anlegen oder verknüpfen“ an der Anfrage mit den offenen Chancen der Firma;
    die neue Chance übernimmt Produkte, Mengen und Wunschtermin und geht an den Außendienst.
ANF-VTR-05 S
    Feldhistorie der Chance für Phase, Volumen, Wahrscheinlichkeit und Entscheidungsdatum mit
    auslösendem Datensatz; Verweildauer je Phase als Kennzahl.
    Nachweis: Produkthandbuch Kap. 5.6
ANF-VTR-06 K 3
    Angebotsmodul mit Vorlagen auf Deutsch und Englisch, Briefkopf und Textbausteinen;
    Positionen aus dem Artikelstamm mit Listen- und Kundenpreis. Die Vorlagen gestalten wir
    im Projekt.
ANF-VTR-07 S
    Angebotsversionen mit Schreibschutz nach Versand und Statusmodell einschließlich
    „ersetzt“ und „abgelaufen“; je Angebot genau eine gültige Version.
ANF-VTR-08 R 2027-06-30
    Versionsvergleich mit hervorgehobenen Positionen, Mengen, Preisen und Differenz der
    Angebotssumme kommt mit Release 2027.2.
    Nachweis: Roadmap 2027
ANF-VTR-09 C 2
    Rabattgrenzen je Kundenklasse und Produktgruppe als Tabelle; eine Überschreitung startet
    die Freigabe mit Angebotswert, Rabatt, Deckungsbeitrag und Kundenumsatz.
ANF-VTR-10 S
    PDF aus der freigegebenen Version und Versand per E-Mail-Vorlage über die Groupware; E-Mail
    und PDF unveränderlich an Angebot, Chance und Kontakt abgelegt.
ANF-VTR-11 S
    Abschlussdialog „gewonnen/verloren“ mit Verlustgrund als Pflicht, Wettbewerber, Preis und
    Notiz; beim Gewinn wird die gültige Version als angenommen gekennzeichnet.
ANF-VTR-12 S
    Kataloge für Verlust- und Abwanderungsgründe und Wettbewerber als Wertelisten, von der
    Vertriebsleitung ohne Programmierung pflegbar.
ANF-VTR-13 S
    Pipeline nach Phase mit Anzahl, Volumen und gewichtetem Volumen, Filtern und Forecast je
    Monat; überfällige Chancen sind markiert.
ANF-VTR-14 K 2
    Planwerte je Außendienst oder Gebiet und Monat per Excel-Import; Plan-Ist-Bericht gegen die
    ERP-Umsätze mit Abweichung absolut und in Prozent.
ANF-VTR-15 C 3
    Vorgangstyp „Rückgewinnung“ mit Priorität, Ursache, Befragungsergebnis und
    Abwanderungsgründen, zugewiesen an den Außendienst; Anlage aus der Frühwarnliste.
    Nachweis: Referenz: Armaturenhersteller in Bremen
ANF-VTR-16 K 1
    Maßnahmenkatalog am Rückgewinnungsvorgang mit Verantwortlichem, Frist und Budget als
    Aufgaben; Mailing-Maßnahmen gehen gesammelt als Zielgruppe an Hanse Marketing.
ANF-SRV-01 K 2
    Vorgangstyp Reklamation in Hanse Service mit Positionen aus ERP-Aufträgen und Lieferungen
    (Artikel, Menge, Charge oder Seriennummer).
ANF-SRV-02 S
    Eingangsbestätigung per E-Mail-Vorlage (Deutsch, Englisch) mit Vorgangsnummer, Bearbeiter
    und nächster Frist; im Einzelfall abschaltbar.
ANF-SRV-03 C 2.5
    Prüfbereich am Vorgang mit Lieferdatum, Gewährleistungsende und Sonderregelungen aus dem
    ERP samt Ampel; Prüfergebnis und Begründung als Pflichtangaben.
ANF-SRV-04 C 4
    8D-Bericht als Unterobjekt der Reklamation mit den Disziplinen D1 bis D8, Fotos und
    Dokumenten; PDF für den Kunden über eine Berichtsvorlage.
    Nachweis: Referenz: Zulieferer der Automobilindustrie in Hamburg
ANF-SRV-05 S
    Benachrichtigung des Außendienstes aus der Gebietszuordnung, ab einstellbarer Priorität
    sofort, sonst als tägliche Sammelmail; der Innendienst kann einen Hinweis anfügen.
ANF-SRV-06 K 0.5
    Lösungskatalog als Werteliste mit Wert in Euro und Kostenträger am Vorgang.
ANF-SRV-07 K 2
    Mehrstufige Freigabe nach Wertgrenzen je Rolle und Lösungsart; die ERP-Übergabe bleibt bis
    zur Freigabe gesperrt, Entscheidungen werden protokolliert.
ANF-SRV-08 S
    E-Mails, Telefonnotizen und Briefe am Vorgang; E-Mail-Vorlagen mit Platzhaltern für
    Vorgangs- und Einsatzdaten.
ANF-SRV-09 K 1
    Statusmodell mit den geforderten Status und Pflichtangaben je Übergang; jeder Wechsel mit
    Zeitpunkt und Bearbeiter protokolliert.
ANF-SRV-10 C 3
    SLA-Regeln je Vorgangsart, Status und Priorität in Arbeitstagen oder Stunden nach
    Servicekalender; Reaktionszeit aus dem Servicevertrag, Eskalation per Aufgabe und E-Mail.
    Nachweis: Referenz: Maschinenbauer in Süddeutschland
ANF-SRV-11 S
    Kurzumfrage nach Abschluss über Hanse Marketing; Bewertung und Kommentar am Vorgang, unter
    dem Schwellenwert eine Nachfassaufgabe.
ANF-SRV-12 S
    Anlagenobjekt (Installed Base) mit Seriennummer, Typ, Daten, Standort, Baugruppen,
    Servicevertrag, nächster Wartung und Servicehistorie.
ANF-SRV-13 K 2
    Servicefall mit Art, Fehlerbild, Priorität und Kennzeichen „Produktion steht“; Auswahl der
    Anlage aus den Anlagen des erkannten Anrufers.
ANF-SRV-14 C 4
    Servicevertrag mit Anlagen, Leistungsumfang, Intervall, Reaktionszeit und Abrechnungsart;
    Wartungsaufträge nach Intervall per Workflow, kaufmännische Daten aus dem ERP.
    Nachweis: Referenz: Maschinenbauer in Süddeutschland
ANF-SRV-15 S
    Wiedervorlage mit einstellbarem Vorlauf vor Vertragsende mit Einsätzen, Aufwand und
    offenen Verkaufshinweisen; das Ergebnis ist eine Pflichtauswahl.
ANF-SRV-16 D 3
    Plantafel über das Partner-Add-on Dispo+ mit Qualifikationen, Regionen, Abwesenheiten aus
    der Groupware und Ziehen und Ablegen in Tages- und Wochensicht.
    Nachweis: Partnerdatenblatt Dispo+
ANF-SRV-17 K 2
    Rückmeldung in der Service-App auch offline: Zeiten, Material, Zählerstände und Fotos; die
    Formulare richten wir auf die Leistungsarten ein.
ANF-SRV-18 D 2
    Servicebericht aus der Rückmeldung in der Sprache des Kunden; Unterschrift auf dem Gerät
    über das E-Signatur-Add-on SignFlow, danach PDF-Versand an den Kunden.
    Nachweis: Partnerdatenblatt SignFlow
ANF-MOB-01 S
    Die Hanse Messe-App durchsucht den vorab übertragenen Kundenstamm offline nach Firma,
    Person und Ort; den Umfang legt eine Selektion je Messe fest.
ANF-MOB-02 D 2
    Visitenkartenerkennung über das Partner-Add-on CardScan, Codes der Messeausweise per
    Kamera; Felder vor dem Speichern prüfbar.
    Nachweis: Partnerdatenblatt CardScan
ANF-MOB-03 K 1.5
    Gesprächsbogen je Messe im Formular-Designer mit Produktauswahl, Auswahl- und
    Pflichtfeldern, offline nutzbar.
ANF-MOB-04 S
    Offline-Modus der App für Leads, ihre Umwandlung und Verkaufschancen, auch aus Bericht und
    Kampagne.
ANF-MOB-06 S
    Firmen-Cockpit offline für alle Firmen des Gebiets mit Ansprechpartnern, Historie,
    Berichten, Angeboten und Chancen.
ANF-MOB-07 S
    Dokumentenbibliothek mit Offline-Kennzeichen für freigegebene Unterlagen und die
    technischen Dokumente der Anlagentypen.
ANF-MOB-08 S
    Ansprechpartner offline anlegen, ändern und als ausgeschieden kennzeichnen; Übernahme bei
    der Synchronisation mit Feldhistorie.
ANF-MOB-09 S
    Termine, Aufgaben, Besuchsziele und Berichte mit Pflichtfeldprüfung und Fotos offline;
    Folgeaufgaben werden bei der Synchronisation zugestellt.
ANF-MOB-10 K 2
    Service-App mit den zugewiesenen Aufträgen, reservierten Teilen und der Anlagenakte
    offline; den Umfang je Techniker richten wir ein.
ANF-MOB-05 S
    Transaktionale Synchronisation mit Wiederaufnahme nach Abbruch; konkurrierende Änderungen
    kommen in eine Konfliktliste.
    Nachweis: Whitepaper Mobile Sync
ANF-MOB-11 K 2
    Offline-Profile je Rolle (etwa Gebiet mit 24 Monaten Historie) ohne Programmierung;
    Erstsynchronisation beim Referenzkunden unter zehn Minuten.
    Nachweis: Messprotokoll Referenzkunde
ANF-MOB-12 S
    App-Speicher mit AES-256 verschlüsselt, Entsperren per PIN oder biometrisch nach
    Inaktivität, Fernlöschung über das MDM.
    Nachweis: Whitepaper Sicherheit
ANF-AUS-01 K 1.5
    Messebericht aus den Kampagnenkennzahlen: Gespräche, Leads nach Status und
    Ablehnungsgrund, Chancen, Aufträge und Kosten je Messe.
ANF-AUS-03 S
    Kampagnen-Dashboard mit Zustellungen, Öffnungs- und Klickraten, Abmeldungen, Reaktionen,
    Leads und Chancen im Vergleich zu den Zielwerten.
ANF-AUS-04 S
    Standardbericht „Kampagnen-ROI“: Plan- und Istkosten je Budgetposten gegen das
    Auftragsvolumen aus den zugeordneten Leads und Chancen.
ANF-AUS-05 K 1.5
    Besuchsauswertung je Gebiet, Außendienst und Kundenklasse mit fälligen, nicht besuchten
    Kunden und Berichtsquote.
ANF-AUS-06 R 2027-04-30
    Stichtagsspeicherung des Forecasts und Vergleich zweier Stichtage kommen mit Release
    2027.1.
    Nachweis: Roadmap 2027
ANF-AUS-07 S
    Standardbericht Gewinn und Verlust nach Quote, Verlustgrund und Wettbewerber, gegliedert
    nach Gebiet, Verkäufer, Produktgruppe, Kundenklasse und Quelle.
ANF-AUS-08 C 3
    Nächtliche Berechnung aus ERP-Aufträgen und Umsätzen (Monate ohne Auftrag,
    Umsatzrückgang) als Liste mit der Aktion „Rückgewinnung starten“.
    Nachweis: Referenz: Armaturenhersteller in Bremen
ANF-AUS-09 S
    Bericht Rückgewinnung mit angesprochenen, reaktivierten und verlorenen Kunden und Quote
    nach Gebiet, Kundenklasse, Maßnahme und Abwanderungsgrund.
ANF-AUS-02 S
    Reklamationsanalyse nach Ursache, Artikel, Charge, Kunde, Lösungsart, Kosten und Dauer je
    Status, als Diagramm und mit Excel-Export.
ANF-AUS-10 S
    Berichts- und Dashboard-Designer für Key User über alle Objekte einschließlich der
    ERP-Daten; Excel-Export und Abonnement per E-Mail.
    Nachweis: Produkthandbuch Kap. 8
ANF-SST-01 K 3
    Hanse ERP-Connector (Standardadapter für das vorhandene ERP): Übergabe der Firma und
    Rückgabe der Debitorennummer; die Feldzuordnung richten wir im Projekt ein.
    Nachweis: Referenz: Maschinenbauer in Süddeutschland (gleiches ERP)
ANF-SST-09 K 2
    Abgleich von Debitoren und Artikeln (Deutsch, Englisch) über den ERP-Connector, nächtlich
    und bei Änderung; Auftrags- und Liefersperren als Kennzeichen am Debitor.
    Nachweis: Referenz: Maschinenbauer in Süddeutschland (gleiches ERP)
ANF-SST-05 C 4
    Aufträge, Lieferungen mit Charge oder Seriennummer, Rechnungen und Gewährleistung über den
    ERP-Connector; die Vertragsdaten über ein zusätzliches Zuordnungsskript.
ANF-SST-10 C 4
    Abfrage von Listen- und Kundenpreis, Rabatten und Verfügbarkeit in Echtzeit über den
    Connector-Dienst im Rechenzentrum des Kunden, als Aktion in Angebot und Serviceauftrag.
ANF-SST-11 K 3
    Übergabe der angenommenen Angebotsversion als Kundenauftrag über den ERP-Connector;
    Auftragsnummer und Status kommen zurück.
    Nachweis: Referenz: Maschinenbauer in Süddeutschland (gleiches ERP)
ANF-SST-07 K 2
    Freigegebene Maßnahme als Ersatzauftrag oder Gutschrift mit Bezug zum Ursprungsauftrag
    über den ERP-Connector; die Belegnummer kommt an den Vorgang zurück.
ANF-SST-12 Z 6
    Neue Connector-Funktion für Reservierungen im Zentral- oder Fahrzeuglager und den
    Versandauftrag, da der Standardadapter keine Reservierungen kennt.
ANF-SST-13 Z 7
    Prüfdialog der Rückmeldung nach den Vertragsregeln (pauschal oder nach Aufwand) im
    Standard; die Übergabe der Positionen an die ERP-Faktura entwickeln wir als
    Connector-Erweiterung.
ANF-SST-03 S
    Serverseitige Kalendersynchronisation mit der Groupware in beide Richtungen für Termine und
    Einsätze.
    Nachweis: Produkthandbuch Kap. 6.4
ANF-SST-08 S
    Outlook-Add-in für persönliche und Funktionspostfächer: Ablage mit Anhängen und Vorschlag
    von Firma, Kontakt und Vorgang.
ANF-SST-04 D 2
    CTI über den Partner-Connector TeleBridge für die vorhandene Telefonanlage: Wahl per
    Klick, Anruferkennung mit offenen Vorgängen.
    Nachweis: Partnerdatenblatt TeleBridge
ANF-SST-02 S
    Die Hanse Messe-App gehört zum Angebot: Firmen, Kontakte, Termine, Produktkatalog und
    Gesprächsbogen gehen hin, Gespräche, Fotos und Einwilligungen kommen als Leads der
    Messekampagne zurück.
ANF-SST-06 S
    Hanse Marketing ist Teil der Suite: Zielgruppen mit Merkmalen und Einwilligungen, Versand,
    Öffnungen, Klicks, Abmeldungen und Umfrageantworten ohne eigene Schnittstelle.
ANF-DSV-01 S
    Einwilligung als Objekt je Person, Zweck, Kanal und Umfang mit Zeitpunkt, Quelle,
    Textversion und Nachweis.
    Nachweis: Whitepaper Datenschutz
ANF-DSV-05 K 1.5
    Einwilligungstexte je Zweck, Kanal und Sprache als Versionen mit Gültigkeit und Freigabe;
    Apps und Formulare verwenden die gültige Version.
ANF-DSV-06 S
    Double-Opt-In mit Bestätigungsmail ohne Werbung und Einmal-Link; die Einwilligung wird erst
    mit der Bestätigung wirksam.
    Nachweis: Whitepaper Datenschutz
ANF-DSV-03 S
    Einwilligungen und Widerrufe bleiben bei Import, Zuordnung, Zusammenführung und Umwandlung
    erhalten; bei Widersprüchen gilt der jüngste Widerruf.
ANF-DSV-02 S
    Zweck an Mailing, Newsletter und Umfrage; Empfänger ohne gültige Einwilligung für Zweck
    und Kanal werden beim Versand ausgeschlossen und im Protokoll genannt.
ANF-DSV-07 S
    Rechtsgrundlage „Bestandskunde“ mit Verweis auf den ERP-Auftrag, Hinweisdatum und Zweck;
    die Versandprüfung zählt sie wie eine Einwilligung.
ANF-DSV-08 S
    Öffnungen und Klicks werden nur mit Einwilligung personenbezogen erfasst, sonst anonym
    gezählt.
    Nachweis: Whitepaper Datenschutz
ANF-DSV-09 S
    Widerruf per Abmeldelink mit einem Klick oder am Kontakt wirkt sofort in CRM und Marketing,
    in den Apps mit der nächsten Synchronisation.
ANF-DSV-10 S
    Werbewiderspruch und Sperrvermerke je Kanal mit Zeitpunkt und Quelle an Person und Firma;
    sie wirken in Selektionen, Anruflisten und Versand.
ANF-DSV-11 K 1
    Vorgangstyp „Betroffenenanfrage“ mit Art, Identitätsprüfung und Fristüberwachung mit
    Erinnerung.
ANF-DSV-12 C 2
    Auskunftsbericht je Person als PDF aus allen Objekten einschließlich Hanse Marketing; die
    Vorlage erweitern wir um die im Projekt eingerichteten Felder.
ANF-DSV-13 S
    Löschen oder Anonymisieren in einem Schritt in CRM und Marketing, mit Löschprotokoll ohne
    personenbezogene Daten.
    Nachweis: Whitepaper Datenschutz
ANF-DSV-14 K 1.5
    Aufbewahrungsregeln je Objektart (§ 257 HGB, § 147 AO): betroffene Daten werden gesperrt
    und nach Fristende gelöscht.
ANF-DSV-04 K 1
    Löschregel mit Frist für Leads im Status „nicht qualifiziert“, ausgenommen bei
    Einwilligung oder anderer Rechtsgrundlage.
ANF-DSV-15 S
    Nicht bestätigte Anmeldungen werden nach Ablauf des Links automatisch gelöscht; bereits
    gespeicherte Personen behalten ihre Daten.
ANF-QUA-01 S
    Verfügbarkeit 99,5 % in der Kernzeit montags bis freitags von 6 bis 20 Uhr für CRM,
    Synchronisation, Schnittstellen und Marketing; Wartung nur außerhalb der Kernzeit.
    Nachweis: Muster-SLA, Anlage 3 des Angebots
ANF-QUA-02 S
    Standardaktionen unter zwei Sekunden im Lasttest mit 150 gleichzeitigen Benutzern.
    Nachweis: Lasttestbericht 2026
ANF-QUA-03 S
    Dieselbe Plattform trägt Kunden mit über 1.000 Benutzern; erweitert wird nur über Lizenzen.
    Nachweis: Referenz: Landtechnikhersteller mit 1.100 Benutzern
ANF-QUA-04 S
    Die Apps arbeiten offline ohne zeitliche Grenze; geprüft mit 14 Tagen und 500
    Gesprächen je Gerät.
    Nachweis: Whitepaper Mobile Sync
ANF-QUA-05 K 2
    Startseiten und Schnellerfassung je Rolle für Messegespräch, Reklamation und
    Besuchsbericht; Nachweis im Usability-Test der Zwischenabnahme.
ANF-QUA-06 R 2027-06-30
    Die Browser-Oberfläche erfüllt WCAG 2.1 AA; die mobile App und die Tastaturbedienung der
    Plantafel folgen mit Release 2027.2.
    Nachweis: Konformitätsbericht WCAG (Browser)
ANF-QUA-07 S
    Oberfläche, Hilfe und Berichte vollständig auf Deutsch, Korrespondenz auf Deutsch und
    Englisch, ein Mandant in Euro.
ANF-QUA-08 K 2
    Rechte auf Objekt-, Datensatz- und Feldebene; die Rollen des Lastenhefts und befristete
    Vertretungen richten wir ein.
ANF-QUA-09 S
    TLS 1.3 für alle Verbindungen, AES-256 für Daten und Sicherungen, Schlüssel im HSM.
    Nachweis: Zertifikat ISO/IEC 27001
ANF-QUA-10 S
    Audit-Log für festgelegte Felder, Zugriffe und Schnittstellenläufe mit zwölf Monaten
    Aufbewahrung und Export.
    Nachweis: Produkthandbuch Kap. 9.3
ANF-QUA-11 S
    Stündliche Sicherung (höchstens eine Stunde Datenverlust), Wiederherstellung in vier
    Stunden, jährlicher Wiederherstellungstest.
    Nachweis: BSI-C5-Testat
ANF-RAH-01 S
    Einführung in zwei Wellen entlang der Kundenszenen mit Zwischenabnahmen; Test- und
    Schulungsumgebung und vier Wochen verstärkte Betreuung sind im Preis enthalten.
    Nachweis: Projektplan im Angebot
ANF-RAH-02 K 5
    Übernahme aus ERP, Excel-Listen und Outlook mit zwei Probeläufen; die Dubletten bereinigt
    der Dublettenlauf vor der endgültigen Übernahme.
    Nachweis: Migrationskonzept im Angebot
ANF-RAH-03 S
    Train-the-Trainer für die Key User und Rollenhandbücher entlang der Kundenszenen,
    Anwenderschulungen vor jedem Produktivstart; das Schulungspaket ist im Festpreis enthalten.
    Nachweis: Schulungskonzept im Angebot
ANF-RAH-04 S
    Betrieb in Rechenzentren in Frankfurt und Hamburg, Support aus Deutschland; Vertrag zur
    Auftragsverarbeitung nach Art. 28 DSGVO.
    Nachweis: Zertifikat ISO/IEC 27001, Muster-AV-Vertrag
ANF-RAH-05 S
    Deutschsprachiger Support montags bis freitags von 7 bis 18 Uhr per Telefon und Ticket mit
    Störungsklassen und festen Reaktionszeiten.
    Nachweis: Muster-SLA, Anlage 3 des Angebots
ANF-RAH-06 S
    Lizenzen für Voll-, Mobil- und Lesebenutzer; Messe-App und Marketing sind in der
    Preisliste enthalten.
    Nachweis: Preisblatt im Angebot
ANF-RAH-07 S
    Deutsche Online-Hilfe, Administrationshandbuch, Schnittstellenbeschreibung und ein
    Konfigurationsbericht aller Anpassungen.
    Nachweis: Produkthandbuch
ANF-RAH-08 S
    Konfiguration und Skripte nur über das Erweiterungs-Framework; jeder Releasewechsel mit
    automatischem Kompatibilitätstest.
    Nachweis: Whitepaper Release-Management
ANF-RAH-09 S
    Export aller Daten als CSV und JSON mit Anhängen im Original über die Export-API, bis 90
    Tage nach Vertragsende.
    Nachweis: Muster-Vertrag, § 14
""")


# Nordlicht CRM GmbH (V-A): what is not standard, and the answers worth their own words.

NORDLICHT = parse("""
ANF-KON-05 K 4
    Gebietsmanagement mit Regeln über PLZ-Bereiche, Länder und Branchen; die Zuständigen je
    Gebiet werden eingerichtet, Einzelzuordnungen übersteuern die Regel sichtbar.
    Nachweis: Produkthandbuch Kap. 3.4
ANF-KON-08 K 3
    ABC-Klassifizierung mit Vorschlag aus dem ERP-Umsatz (Schwellen als Parameter) und
    Potenzialfeldern; Abweichungen mit Begründungspflicht.
ANF-KON-09 K 2
    Interessenprofil an Kontakt und Lead aus dem Themenkatalog; die Übernahme aus Newsletter
    und Gesprächsbogen wird über Feldzuordnungen eingerichtet.
ANF-KON-11 K 5
    Kundencockpit aus Standard-Widgets, je Rolle eingerichtet; ERP-Umsätze und Servicefälle
    als zusätzliche Widgets.
ANF-LEAD-01 K 2
    Lead-Routing mit Regeln auf Basis der Gebiete; die Wiedervorlage mit Frist ist eine
    Regelaktion.
ANF-LEAD-09 K 3
    Übergabe-Assistent mit Aufgabe an das Gebietsteam, Annahme- und Rückgabeschritt; den
    Kontext zeigt die Lead-Zeitleiste.
ANF-LEAD-02 K 1
    Qualifizierungsfelder am Lead ergänzt; Pflichtfelder für „qualifiziert“ als Phasenregel.
ANF-LEAD-04 K 1
    Statusmodell des Leads um „in Pflege durch Marketing“ erweitert; Ablehnungsgrund als
    Pflichtfeld.
ANF-KAM-06 K 2
    Freigabeprozess für Kampagnen mit Versandsperre; die Aufgaben der Kampagne werden bei der
    Freigabe verteilt.
ANF-KAM-07 K 3
    Zielgruppenprüfung je Gebiet als Aufgabe „Zielgruppe prüfen“ mit Ausschluss und
    Begründung; ergänzte Kontakte laufen durch die Einwilligungsprüfung.
ANF-KAM-09 K 2
    Anruflisten aus Kampagnen und der Frühwarnliste mit Sortierregeln; Leitfaden und
    Ergebniscodes werden als Skript im Call-Center-Modul eingerichtet.
ANF-KAM-11 K 2
    Reaktionsarten und Arbeitsliste der Reaktionen mit Status und Bewertung eingerichtet.
ANF-BES-01 K 4
    Besuchsplanung mit Intervallen je Kundenklasse und Anlassregeln; die Fälligkeitsliste
    steht in Web und App.
    Nachweis: Referenz: Maschinenbauer in Süddeutschland
ANF-BES-03 K 2
    Terminart „Kundenbesuch“ mit Firma und Teilnehmern; die Zuordnung von Groupware-Terminen
    über die Kategorie wird eingerichtet, offene Zuordnungen kommen in die Klärungsliste.
ANF-BES-04 K 2
    Themenspeicher „Nächster Besuch“ an der Firma, im Bericht abzuhaken, mit Rückmeldung an
    den Absender.
ANF-BES-05 K 1
    Besuchsziele als Werteliste am Termin, im Bericht mit Zielerreichung vorbelegt.
ANF-BES-06 K 2
    Berichtsvorlagen je Besuchsart mit Pflichtfeldern im Formulareditor.
ANF-BES-12 K 3
    Regel-Engine für Wiedervorlagen mit Ereignis- und Datumsauslösern; die Key User pflegen
    die Regeln selbst.
ANF-VTR-01 K 1
    Phasen mit Wahrscheinlichkeiten und Pflichtfeldern je Phase eingerichtet.
ANF-VTR-03 K 2
    Anfrageobjekt aus dem Standard mit den Eingangskanälen eingerichtet; Anlage aus der E-Mail
    über das Outlook-Add-in.
ANF-VTR-06 K 6
    Angebotsvorlagen auf Deutsch und Englisch im Dokumentendesigner; Positionen aus dem
    Artikelstamm mit kundenindividuellem Preis.
ANF-VTR-09 K 3
    Rabattmatrix je Kundenklasse und Produktgruppe mit Freigabe durch die Vertriebsleitung;
    Deckungsbeitrag und Kundenumsatz im Freigabedialog.
ANF-VTR-14 K 2
    Planwerte per Excel-Import im Planungsmodul, Plan-Ist-Vergleich gegen die ERP-Umsätze.
ANF-VTR-15 K 4
    Vorgangstyp „Kundenrückgewinnung“ aus dem Kündigerprozess der Suite, auf
    Abwanderungsgründe und Befragungsleitfaden eingerichtet.
ANF-VTR-16 K 2
    Maßnahmenkatalog am Rückgewinnungsvorgang mit Aufgaben und Budget eingerichtet.
ANF-SRV-01 K 3
    Reklamation als Vorgangstyp von Nordlicht Service; Positionen aus den ERP-Lieferungen mit
    Charge und Seriennummer.
ANF-SRV-03 K 3
    Gewährleistungsprüfung mit Ampel aus Lieferdatum und Fristen; Prüfergebnis mit Begründung.
ANF-SRV-07 K 2
    Freigabestufen nach Wertgrenzen je Rolle und Lösungsart; die ERP-Übergabe ist bis zur
    Freigabe gesperrt.
ANF-SRV-09 K 1
    Statusmodell der Reklamation mit Pflichtangaben je Übergang eingerichtet.
ANF-SRV-10 K 4
    SLA-Management mit Servicekalendern, Fristen je Vorgangsart, Status und Priorität und
    Eskalationsstufen.
ANF-SRV-13 K 1
    Servicefall mit Art, Fehlerbild, Priorität und Kennzeichen „Produktion steht“ eingerichtet;
    die Anlagenauswahl folgt dem erkannten Anrufer.
ANF-SRV-14 K 3
    Serviceverträge mit Wartungsplänen im Standard; Leistungsarten und Abrechnungsregeln
    werden eingerichtet.
ANF-SRV-15 K 1
    Vertragsende-Regel mit Vorlauf und Zusammenfassung der Einsätze eingerichtet.
ANF-SRV-16 S
    Grafische Plantafel von Nordlicht Field Service mit Qualifikationen, Regionen,
    Abwesenheiten und Ziehen und Ablegen in Tages- und Wochensicht.
    Nachweis: Referenz: Anlagenbauer in Nordrhein-Westfalen
ANF-SRV-17 K 2
    Rückmeldeformulare der Field-Service-App für Zeiten, Material und Zählerstände auf die
    Leistungsarten eingerichtet; offline im Standard.
ANF-MOB-03 K 2
    Gesprächsbogen je Messe im Formulareditor der Messe-App, offline nutzbar.
ANF-MOB-10 K 2
    Offline-Umfang der Service-App je Technikergruppe (Aufträge, reservierte Teile,
    Anlagenakte) eingerichtet.
ANF-MOB-05 S
    Transaktionsprotokoll je Gerät: jede Änderung wird genau einmal übertragen, auch nach einem
    Abbruch; Konflikte löst eine Regel je Feld, strittige Fälle kommen in eine Klärungsliste.
    Nachweis: Produkthandbuch Kap. 11.3
ANF-MOB-11 K 3
    Offline-Profile je Rolle im Sync-Manager; Erstsynchronisation eines Gebiets im Test in
    sieben Minuten.
    Nachweis: Messprotokoll Referenzkunde
ANF-MOB-12 S
    Verschlüsselter Container der App, PIN oder Biometrie nach Inaktivität, Fernlöschung über
    das MDM.
    Nachweis: Zertifikat ISO/IEC 27001
ANF-AUS-01 K 2
    Messe-Dashboard aus den Kampagnenkennzahlen mit Kostenvergleich eingerichtet.
ANF-AUS-04 K 2
    Bericht Kampagnenerfolg mit Budgetposten und Auftragsvolumen eingerichtet.
ANF-AUS-05 K 2
    Besuchsbericht-Dashboard je Gebiet, Außendienst und Kundenklasse mit Berichtsquote.
ANF-AUS-08 K 4
    Frühwarnliste als Analytics-Regel über die ERP-Umsätze mit einstellbaren Schwellen.
ANF-AUS-09 K 2
    Auswertung der Rückgewinnungsvorgänge nach Gebiet, Klasse, Maßnahme und Grund.
ANF-AUS-02 K 2
    Reklamationsanalyse als Analytics-Bericht mit Diagramm und Excel-Export eingerichtet.
ANF-SST-01 Z 25
    Adapter für das vorhandene ERP auf Nordlicht Connect: Debitorenanlage über die ERP-API und
    Rückgabe der Debitorennummer; für dieses ERP gibt es keinen Standardadapter.
    Nachweis: Referenz: Connect-Projekt bei einem Armaturenhersteller
ANF-SST-09 Z 20
    Stammdatenimport von Debitoren und Artikeln über einen neuen Connect-Adapter, nächtlich
    und bei Änderung.
ANF-SST-05 Z 30
    Aufträge, Lieferungen, Rechnungen und Vertragsdaten als replizierte Tabellen über Connect;
    die Extraktion im ERP wird neu entwickelt.
ANF-SST-10 Z 15
    Abfrage von Preis und Verfügbarkeit über einen Connect-Service mit Gateway ins Netz des
    Kunden.
ANF-SST-11 Z 35
    Auftragsübergabe mit Statusrückmeldung als Connect-Prozess mit Fehlerwarteschlange und
    Wiederanlauf.
ANF-SST-07 Z 15
    Ersatzaufträge und Gutschriften über den Auftragsadapter aus ANF-SST-11 als weitere
    Belegarten.
ANF-SST-12 Z 20
    Reservierungs- und Versandaufträge an das ERP-Lager über einen neuen Connect-Service.
ANF-SST-13 Z 40
    Prüfung der Rückmeldung nach Vertragsregeln im Standard; die Übergabe an die Faktura wird
    als neuer Connect-Adapter mit Abstimmungsbericht entwickelt.
ANF-SST-04 Z 15
    Anbindung der vorhandenen Telefonanlage über einen TAPI-Treiber auf Connect; Wahl per
    Klick und Anruferkennung sind im Client Standard.
ANF-SST-02 S
    Nordlicht Event, die Messe-App der Suite, synchronisiert Firmen, Kontakte, Standtermine,
    Produktkatalog und Gesprächsbogen und legt die Gespräche als Leads der Messe an.
ANF-SST-06 S
    Nordlicht Marketing ist Teil der Suite und arbeitet auf denselben Kontakten, Merkmalen und
    Einwilligungen; Versand- und Reaktionsdaten liegen direkt am Kontakt.
ANF-DSV-05 K 2
    Versionierte Einwilligungstexte je Zweck, Kanal und Sprache im Privacy Center
    eingerichtet.
ANF-DSV-07 K 1
    Rechtsgrundlage „Bestandskunde (§ 7 Abs. 3 UWG)“ mit Nachweisfeldern ergänzt.
ANF-DSV-11 K 2
    Betroffenenanfragen als Vorgangstyp des Privacy Centers mit Fristen eingerichtet.
ANF-DSV-12 K 2
    Auskunftsbericht des Privacy Centers um die projektspezifischen Felder erweitert.
ANF-DSV-14 K 3
    Aufbewahrungsregeln je Objektart mit Sperrkennzeichen statt Löschung eingerichtet.
ANF-QUA-01 S
    Verfügbarkeit 99,7 % rund um die Uhr, Wartungsfenster sonntags; Betrieb im eigenen
    Rechenzentrum.
    Nachweis: SLA-Beschreibung Nordlicht Cloud
ANF-QUA-02 S
    Antwortzeiten unter einer Sekunde für 95 % der Standardaktionen bei 500 Benutzern.
    Nachweis: Lasttestbericht 2026
ANF-QUA-03 S
    Dieselbe Suite läuft bei Kunden mit über 5.000 Benutzern ohne Wechsel der Edition.
    Nachweis: Referenz: Industriekonzern mit 6.000 Benutzern
ANF-QUA-04 S
    Offline-Client ohne Zeitgrenze; getestet mit 1.000 Gesprächen und Fotos je Gerät.
    Nachweis: Produkthandbuch Kap. 11
ANF-QUA-05 K 4
    Rollenbasierte Arbeitsbereiche und Schnellerfassungen für die häufigen Tätigkeiten werden
    eingerichtet und im Usability-Test abgenommen.
ANF-QUA-06 S
    Browser-Client und Apps erfüllen WCAG 2.1 AA.
    Nachweis: Konformitätsbericht EN 301 549
ANF-QUA-07 S
    Vollständig deutschsprachig, Korrespondenzsprachen frei einstellbar, mandantenfähig.
ANF-QUA-08 K 4
    Rollen- und Rechtemodell auf Objekt-, Datensatz- und Feldebene; die Rollen des Lastenhefts
    werden eingerichtet.
ANF-QUA-09 S
    TLS 1.3, AES-256 für Daten und Sicherungen, Schlüsselverwaltung durch den Kunden möglich.
    Nachweis: Zertifikat ISO/IEC 27001, BSI-C5-Testat
ANF-QUA-10 S
    Audit-Trail für frei wählbare Felder, Zugriffe und Connect-Läufe mit Export.
    Nachweis: Produkthandbuch Kap. 14.2
ANF-QUA-11 S
    Kontinuierliche Sicherung mit 15 Minuten Datenverlust höchstens, Wiederherstellung in
    zwei Stunden, Sicherungen in einem zweiten Rechenzentrum.
    Nachweis: BSI-C5-Testat
ANF-RAH-01 S
    Einführung nach der Nordlicht-Methode in zwei Wellen mit Zwischenabnahmen je Szene; Test-
    und Schulungsumgebung sowie Hypercare sind enthalten.
    Nachweis: Projektplan im Angebot
ANF-RAH-02 K 15
    Migration mit dem Nordlicht Data Loader aus ERP, Excel und Outlook, zwei Probeläufe und
    Dublettenbereinigung.
    Nachweis: Migrationskonzept im Angebot
ANF-RAH-03 K 10
    Train-the-Trainer, Rollenhandbücher und E-Learning-Pfade je Rolle.
ANF-RAH-04 S
    Betrieb in Rechenzentren in Frankfurt und Amsterdam; AV-Vertrag nach Art. 28 DSGVO.
    Nachweis: Zertifikat ISO/IEC 27001
ANF-RAH-05 S
    Deutschsprachiger Support von 7 bis 19 Uhr mit vier Störungsklassen und Service-Credits.
    Nachweis: SLA-Beschreibung Nordlicht Cloud
ANF-RAH-06 S
    Lizenzen für Professional-, Mobile- und Read-only-Benutzer; alle Module im Preisblatt.
    Nachweis: Preisblatt im Angebot
ANF-RAH-07 S
    Deutsche Hilfe, Administrations- und Schnittstellenhandbuch, Dokumentation der
    Anpassungen im Lösungsdesign.
    Nachweis: Produkthandbuch
ANF-RAH-08 S
    Anpassungen nur über Konfiguration und das Connect-SDK; drei Releases im Jahr mit
    Kompatibilitätszusage.
    Nachweis: Whitepaper Release-Politik
ANF-RAH-09 S
    Vollexport über die Bulk-API und als Datenbankabzug bis 90 Tage nach Vertragsende.
    Nachweis: Muster-Vertrag, § 12
""")


# Cloudform AG (V-C): an online-only SaaS; partner products, file exchange with the ERP.

CLOUDFORM = parse(
    """
ANF-KON-05 K 2
    Gebiete über Zuweisungsregeln (PLZ, Land, Branche) in den Einstellungen.
ANF-KON-07 K 1
    Feldverlauf für bis zu 20 Felder je Objekt aktiviert.
ANF-KON-08 C 3
    Klassifizierungsvorschlag per Flow aus den importierten ERP-Umsätzen.
ANF-KON-10 K 1
    Geplanter Dublettenauftrag mit Zuordnungsregeln.
ANF-KON-11 K 2
    Firmenseite aus Layout-Bausteinen je Rolle.
ANF-LEAD-08 N
    Verkaufshinweise aus der Service-App mit Fotos sind nicht möglich, da die App keine
    Service-Rückmeldung kennt.
ANF-LEAD-01 K 1
    Zuweisungsregeln für Leads mit Wiedervorlage.
ANF-LEAD-09 K 2
    Übergabe an den Vertrieb als Schnellaktion mit Aufgabe.
ANF-LEAD-04 K 1
    Lead-Status und Ablehnungsgründe in den Einstellungen ergänzt.
ANF-KAM-06 K 1
    Freigabeschritt vor dem Versand als Genehmigungsprozess.
ANF-KAM-07 C 4
    Prüfung der Zielgruppe je Gebiet als Flow mit Aufgaben an den Außendienst.
ANF-KAM-02 D 2
    Persönliche Terminlinks über den Buchungsdienst des Partners MeetSlot.
    Nachweis: Partnerdatenblatt MeetSlot
ANF-KAM-03 C 2
    Anhänge nach Produktinteresse per Flow in der Serienmail.
ANF-BES-01 C 4
    Fälligkeitsliste als Flow aus Besuchsintervall und Anlässen.
ANF-BES-02 S
    Kartenansicht und Routenplanung mit integriertem Kartendienst.
ANF-BES-04 C 2
    Themen für den nächsten Besuch als eigenes Objekt mit Flow.
ANF-BES-06 K 1
    Berichtsformular je Besuchsart mit Pflichtfeldern.
ANF-BES-07 S
    Diktat über die Spracheingabe des Geräts; es wird keine Aufnahme gespeichert.
ANF-BES-08 K 1
    Liste der Besuche ohne Bericht mit Erinnerungsregel.
ANF-BES-10 K 1
    Folgeaufgaben aus dem Bericht als Schnellaktion (online).
ANF-BES-12 K 2
    Wiedervorlagen als zeitgesteuerte Regeln ohne Code.
ANF-VTR-06 K 3
    Angebotsvorlagen Deutsch und Englisch; Positionen aus den importierten Artikeln.
ANF-VTR-07 C 3
    Angebotsversionen per Flow; der Schreibschutz versendeter Versionen über eine
    Validierungsregel.
ANF-VTR-08 N
    Ein Vergleich zweier Angebotsversionen ist nicht vorgesehen; beide Versionen lassen sich
    nach Excel exportieren.
    Nachweis: Produktdokumentation, Abschnitt Angebote
ANF-VTR-09 K 2
    Rabattgrenzen mit Genehmigungsprozess.
ANF-VTR-14 K 2
    Planwerte als Ziele je Verkäufer und Monat, Import aus Excel.
ANF-VTR-15 C 3
    Rückgewinnung als eigener Vorgangstyp mit Flow für die Zuweisung.
ANF-VTR-16 K 1
    Maßnahmen als Aufgabenvorlagen am Rückgewinnungsvorgang.
ANF-SRV-01 K 2
    Reklamation als Falltyp; Positionen aus den importierten Lieferdaten.
ANF-SRV-02 K 1
    Eingangsbestätigung als E-Mail-Regel des Falltyps Reklamation.
ANF-SRV-03 K 2
    Prüffelder zur Gewährleistung mit Formel für das Fristende.
ANF-SRV-04 C 5
    8D-Bericht als eigenes Objekt mit Flow; PDF über eine Dokumentvorlage.
ANF-SRV-05 K 1
    Benachrichtigung des Gebietsverantwortlichen als Regel nach Priorität.
ANF-SRV-06 K 1
    Lösungsarten als Auswahlliste mit Wert und Kostenträger.
ANF-SRV-07 K 1
    Genehmigungsstufen nach Wertgrenze.
ANF-SRV-09 K 1
    Statusmodell der Reklamation in den Einstellungen.
ANF-SRV-10 K 2
    Fristen und Eskalationen als Service-Level-Regeln.
ANF-SRV-11 K 1
    Zufriedenheitsumfrage von Cloudform Marketing nach Abschluss des Falls.
ANF-SRV-12 K 3
    Anlagen als Asset-Objekt mit Seriennummer und Servicehistorie.
ANF-SRV-13 K 1
    Servicefall mit Art, Priorität und Kennzeichen „Produktion steht“.
ANF-SRV-14 K 3
    Serviceverträge mit Wartungsintervallen; Vertragsdaten aus dem CSV-Import.
ANF-SRV-15 C 2
    Erinnerung vor Vertragsende per Flow mit Zusammenfassung der Einsätze.
ANF-SRV-16 C 6
    Einsatzplanung als Kalenderansicht mit Filtern für Qualifikation und Region; Abwesenheiten
    aus dem Kalender.
ANF-SRV-17 N
    Die Service-App ist eine reine Online-Anwendung; Rückmeldungen ohne Netzverbindung sind
    nicht möglich und nicht geplant.
    Nachweis: Produktdokumentation, Abschnitt Mobile
ANF-SRV-18 K 2
    Servicebericht mit Unterschrift auf dem Tablet (online) und PDF-Versand.
ANF-MOB-01 D 2
    Messe-App des Partners FairCapture (offlinefähig) mit vorab übertragenem Kundenstamm;
    Cloudform selbst hat keine Messe-App.
    Nachweis: Partnerdatenblatt FairCapture
ANF-MOB-02 D 1
    Visitenkarten- und Badge-Scan in der Partner-App FairCapture.
    Nachweis: Partnerdatenblatt FairCapture
ANF-MOB-03 D 2
    Gesprächsbogen im Formulardesigner von FairCapture je Messe, offline nutzbar.
    Nachweis: Partnerdatenblatt FairCapture
ANF-MOB-04 R 2028-06-30
    Die App arbeitet online; die Offline-Bearbeitung von Leads und Chancen ist für Release
    28.2 geplant.
    Nachweis: Öffentliche Roadmap
ANF-MOB-06 K 2
    Lesender Offline-Zwischenspeicher der Firmen des Gebiets mit Kontakten, Historie,
    Angeboten und Chancen.
ANF-MOB-07 K 1
    Unterlagen als Favoriten lesend offline verfügbar.
ANF-MOB-08 R 2028-06-30
    Kontaktpflege ohne Netz kommt mit dem Offline-Modus in Release 28.2.
    Nachweis: Öffentliche Roadmap
ANF-MOB-09 R 2028-06-30
    Besuchsberichte, Termine und Aufgaben offline mit Release 28.2; bis dahin nur online.
    Nachweis: Öffentliche Roadmap
ANF-MOB-10 N
    Serviceaufträge und Anlagenakte nur online; ein Offline-Modus der Service-App ist nicht
    geplant.
    Nachweis: Produktdokumentation, Abschnitt Mobile
ANF-MOB-05 K 1
    Die Partner-App überträgt genau einmal mit Wiederaufnahme; in der Online-App entstehen
    keine Offline-Konflikte.
ANF-MOB-11 K 2
    Umfang des lesenden Offline-Zwischenspeichers je Rolle einstellbar.
ANF-MOB-12 S
    App-Daten verschlüsselt, Entsperren per PIN oder biometrisch nach Inaktivität, Fernlöschung
    über das MDM.
    Nachweis: Trust Center
ANF-AUS-05 K 1
    Besuchsbericht-Auswertung im Berichtsdesigner.
ANF-AUS-06 N
    Forecast-Stände zu Stichtagen werden nicht gespeichert; ein Vergleich ist nur über
    exportierte Berichte möglich.
ANF-AUS-08 C 3
    Frühwarnliste als berechneter Bericht über die importierten Umsätze.
ANF-AUS-09 K 1
    Bericht über Rückgewinnungsvorgänge im Berichtsdesigner.
ANF-SST-01 C 8
    Neukundenanlage per Dateiaustausch (CSV über SFTP) mit dem ERP; die Debitorennummer kommt
    stündlich zurück, da es keinen On-Premise-Konnektor gibt.
ANF-SST-09 K 3
    Nächtlicher CSV-Import von Debitoren und Artikeln über den Import-Planer.
ANF-SST-05 K 4
    Aufträge, Lieferungen, Rechnungen und Vertragsdaten als nächtlicher CSV-Import.
ANF-SST-10 R 2028-03-31
    Echtzeitabfragen an ein On-Premise-ERP brauchen die Cloudform Bridge (Agent im Netz des
    Kunden), geplant für Release 28.1.
    Nachweis: Öffentliche Roadmap
ANF-SST-11 C 6
    Angenommene Angebote als Auftragsdatei über SFTP an das ERP; der Status kommt stündlich
    per Rückdatei.
ANF-SST-07 R 2028-03-31
    Ersatzaufträge und Gutschriften mit Belegrückmeldung über die Cloudform Bridge ab Release
    28.1.
    Nachweis: Öffentliche Roadmap
ANF-SST-12 C 4
    Reservierungsanforderung als Datei (CSV über SFTP) an das ERP; die Bestätigung kommt
    stündlich per Rückdatei, eine Reservierung in Echtzeit erst mit der Cloudform Bridge.
ANF-SST-13 C 5
    Geprüfte Serviceleistungen als Fakturadatei (CSV) an das ERP.
ANF-SST-03 K 2
    Kalenderabgleich über den Exchange-Konnektor.
ANF-SST-04 D 3
    CTI über den Partnerdienst CallConnect, der die vorhandene Telefonanlage anbindet.
    Nachweis: Partnerdatenblatt CallConnect
ANF-SST-02 D 4
    Standardkonnektor zwischen FairCapture und Cloudform für Kundenstamm, Termine, Katalog,
    Gesprächsbogen und die Rückgabe der Gespräche als Leads.
    Nachweis: Partnerdatenblatt FairCapture
ANF-DSV-05 K 1
    Einwilligungstexte als versionierte Vorlagen mit Freigabe.
ANF-DSV-07 K 1
    Rechtsgrundlage als Feld am Kontakt mit Verweis auf den Auftrag.
ANF-DSV-11 K 1
    Betroffenenanfragen als Falltyp mit Frist.
ANF-DSV-12 K 1
    Auskunftsbericht aus der Datenschutz-Konsole.
ANF-DSV-14 C 3
    Sperrung statt Löschung per Flow mit Aufbewahrungsfristen.
ANF-DSV-04 K 1
    Aufbewahrungsregel für nicht qualifizierte Leads.
ANF-QUA-01 S
    Verfügbarkeit 99,9 % rund um die Uhr.
    Nachweis: Trust Center
ANF-QUA-02 S
    Antwortzeiten gemessen und veröffentlicht im Statusportal.
    Nachweis: Trust Center
ANF-QUA-03 S
    Mandantenfähige Plattform ohne Obergrenze für Benutzer.
    Nachweis: Trust Center
ANF-QUA-04 R 2028-06-30
    Fünf Tage offline für die CRM-App mit dem Offline-Modus in Release 28.2; die Partner-App
    FairCapture erfüllt es schon heute.
    Nachweis: Öffentliche Roadmap
ANF-QUA-05 K 2
    Vereinfachte Erfassungsmasken je Rolle.
ANF-QUA-06 S
    Konform zu WCAG 2.1 AA.
    Nachweis: Konformitätsbericht (VPAT)
ANF-QUA-07 S
    Oberfläche und Berichte auf Deutsch, Korrespondenz in mehreren Sprachen; ein Mandant in
    Euro.
ANF-QUA-08 K 2
    Profile und Freigaberegeln je Rolle, Feldsicherheit.
ANF-QUA-09 S
    TLS 1.2 oder höher, AES-256 im Ruhezustand.
    Nachweis: Zertifikat ISO/IEC 27001, SOC-2-Bericht
ANF-QUA-10 D 1
    Protokollierung von Zugriffen und Feldänderungen über das Zusatzpaket Cloudform Shield.
    Nachweis: Trust Center
ANF-QUA-11 S
    Sicherung alle 30 Minuten, Wiederherstellung in vier Stunden.
    Nachweis: Trust Center
ANF-RAH-01 S
    Einführung durch einen zertifizierten Implementierungspartner in zwei Wellen.
    Nachweis: Partnerangebot
ANF-RAH-02 K 6
    Migration mit dem Import-Assistenten durch den Implementierungspartner.
ANF-RAH-03 K 4
    Train-the-Trainer und E-Learning auf Deutsch.
ANF-RAH-04 S
    Rechenzentren in Frankfurt und Dublin; AV-Vertrag nach Art. 28 DSGVO.
    Nachweis: Trust Center, Muster-AV-Vertrag
ANF-RAH-05 S
    Premium-Support auf Deutsch montags bis freitags von 7 bis 18 Uhr im Preis enthalten.
    Nachweis: Support-Beschreibung
ANF-RAH-06 S
    Lizenzen für Voll-, Mobil- und Lesebenutzer; alle Kosten stehen im Preisblatt.
    Nachweis: Preisblatt im Angebot
ANF-RAH-07 S
    Online-Dokumentation auf Deutsch, Administrationshandbuch und Schnittstellenbeschreibung
    (OpenAPI); die Anpassungen dokumentiert der Implementierungspartner.
    Nachweis: Produktdokumentation (online)
ANF-RAH-08 S
    Anpassungen nur über Konfiguration und Flows; automatische Updates dreimal im Jahr.
    Nachweis: Trust Center
ANF-RAH-09 S
    Datenexport jederzeit über die Export-API und wöchentlich als Vollexport, bis 90 Tage nach
    Vertragsende.
    Nachweis: Muster-Vertrag, Anlage Datenexport
""",
    "Online-Demo",
)


def standard(module_by_area: dict[str, str], evidence: str) -> Callable[[Requirement], Reply]:
    """The standard answer to the requirements a vendor's table leaves out: the product's
    module for the requirement's area, in a sentence made from the requirement's title."""

    def reply(requirement: Requirement) -> Reply:
        area, number = requirement.id.split("-")[1:]
        module = module_by_area[area]
        if int(number) % 2:
            text = f"{requirement.title}: im Standard von {module} enthalten, ohne Anpassung."
        else:
            text = f"{requirement.title}: deckt {module} im Auslieferungsstand ab."
        return Reply("S", None, text, evidence, None)

    return reply


@dataclass(frozen=True)
class Vendor:
    """A vendor, the file its answers go to, and its answers: its table, and for the
    requirements the table leaves out, ``rest``."""

    id: str
    name: str
    file: str
    answers: dict[str, Reply]
    rest: Callable[[Requirement], Reply] | None = None
    shortlisted: bool = False

    def replies(self, model: ProcessModel) -> dict[str, Reply]:
        """An answer to each requirement of ``model``."""
        replies: dict[str, Reply] = {}
        for requirement in model.requirements.values():
            if requirement.id in self.answers:
                replies[requirement.id] = self.answers[requirement.id]
            elif self.rest is not None:
                replies[requirement.id] = self.rest(requirement)
        unknown = sorted(set(self.answers) - set(model.requirements))
        missing = [r for r in model.requirements if r not in replies]
        if unknown or missing:
            raise SystemExit(
                f"The table of {self.name} answers requirements the docs do not have "
                f"({', '.join(unknown) or 'none'}) or lacks some they have "
                f"({', '.join(missing) or 'none'}): update the table."
            )
        return replies


NORDLICHT_MODULES = {
    **dict.fromkeys(("KON", "LEAD", "BES", "VTR"), "Nordlicht Sales"),
    "KAM": "Nordlicht Marketing",
    "SRV": "Nordlicht Service",
    "MOB": "Nordlicht Mobile",
    "AUS": "Nordlicht Analytics",
    "SST": "Nordlicht Connect",
    "DSV": "Nordlicht Privacy Center",
    **dict.fromkeys(("QUA", "RAH"), "Nordlicht Cloud"),
}
CLOUDFORM_MODULES = {
    **dict.fromkeys(("KON", "LEAD", "BES", "VTR"), "Cloudform Sales"),
    "KAM": "Cloudform Marketing",
    "SRV": "Cloudform Service",
    "MOB": "Cloudform Mobile",
    "AUS": "Cloudform Insights",
    "SST": "Cloudform Connect",
    "DSV": "Cloudform Privacy",
    **dict.fromkeys(("QUA", "RAH"), "Cloudform"),
}
VENDORS = (
    Vendor(
        "V-A",
        "Nordlicht CRM GmbH",
        "nordlicht.xlsx",
        NORDLICHT,
        standard(NORDLICHT_MODULES, "Demo"),
        shortlisted=True,
    ),
    Vendor("V-B", "Hanse Software GmbH", "hanse.xlsx", HANSE, shortlisted=True),
    Vendor(
        "V-C",
        "Cloudform AG",
        "cloudform.xlsx",
        CLOUDFORM,
        standard(CLOUDFORM_MODULES, "Online-Demo"),
    ),
)


# The demonstrations

#: The points an evaluator gives a demonstrated answer of each type, by vendor: one of these,
#: chosen per requirement and evaluator (Hanse showed its configuration live, Nordlicht its
#: interfaces only as a concept).
DEMO_POINTS = {
    "V-A": {"S": (10, 10, 9, 10, 9), "K": (8, 9, 8, 7, 9), "Z": (3, 2, 4, 3)},
    "V-B": {
        "S": (10, 9, 10, 10), "K": (9, 8, 9, 10, 9), "C": (8, 7, 8, 9),
        "D": (6, 5, 7), "Z": (4, 3), "R": (3, 2),
    },
}  # fmt: skip
DEMO_COMMENTS = {
    ("V-A", "Z"): "Schnittstelle nur als Konzept auf Folien gezeigt.",
    ("V-A", "K"): "Konfiguration vorbereitet gezeigt, nicht live geändert.",
    ("V-A", "S"): "Im Standard gezeigt, viele Klicks bis zum Ziel.",
    ("V-B", "K"): "Live in der Demo eingerichtet, nachvollziehbar.",
    ("V-B", "C"): "Skript am Testsystem gezeigt, funktioniert mit unseren Testdaten.",
    ("V-B", "D"): "Partnerprodukt gezeigt, eigene Oberfläche.",
    ("V-B", "S"): "Mit den Testdaten flüssig gezeigt.",
}
#: Where the evaluators saw the demonstration differently: (points, comment) per evaluator,
#: in the order of lastenheft_demo_evaluators.
DIVERGENT = {
    "V-A": {
        "ANF-BES-01": (
            (9, "Fälligkeitsliste klar, mit Grund und Datum."),
            (4, "Anlass „abgeschlossene Reklamation“ nur per Umweg über eine Aufgabe."),
        ),
        "ANF-VTR-06": (
            (8, "Vorlage ansprechend, Positionen schnell erfasst."),
            (3, "Nur Listenpreise gezeigt; kundenindividueller Preis fehlte."),
        ),
        "ANF-SRV-16": (
            (10, "Plantafel sehr übersichtlich."),
            (5, "Auf dem Tablet ruckelt das Ziehen; Tastaturbedienung fehlt."),
        ),
    },
    "V-B": {
        "ANF-SRV-04": (
            (9, "8D-Bericht vollständig mit Fotos."),
            (4, "PDF-Ausgabe für den Kunden nur als Entwurf gezeigt."),
        ),
        "ANF-BES-02": (
            (7, "Tourvorschlag brauchbar."),
            (2, "Partner-Add-on nur als Video, nicht am System."),
        ),
        "ANF-SST-10": (
            (3, "Preisabfrage nur simuliert."),
            (8, "Abfrage gegen das Test-ERP des Referenzkunden überzeugend."),
        ),
        "ANF-KON-11": (
            (10, "Cockpit zeigt alles Wichtige auf einer Seite."),
            (6, "Servicefälle und ERP-Umsätze erst nach Scrollen."),
        ),
    },
}


def demo_score(vendor: str, evaluator: int, requirement: str, kind: str) -> tuple[float, str]:
    """An evaluator's points and comment for a demonstrated requirement."""
    divergent = DIVERGENT[vendor].get(requirement, ())
    if evaluator < len(divergent):
        return divergent[evaluator]
    chance = random.Random(f"{vendor}/{evaluator}/{requirement}")
    points = chance.choice(DEMO_POINTS[vendor][kind])
    comment = DEMO_COMMENTS.get((vendor, kind), "") if chance.random() < 0.3 else ""
    return points, comment


# Reading the docs and writing the files


def load_docs(docs: Path) -> tuple[ProcessModel, Settings, Any]:
    """The model, settings and configuration of ``docs``, read from a copy (the build writes
    into its source folder)."""
    with tempfile.TemporaryDirectory(prefix="lastenheft-vendors-") as folder:
        source = Path(folder, "docs")
        shutil.copytree(docs, source, ignore=shutil.ignore_patterns("_build", "_generated"))
        with docutils_namespace():
            # Only the model is needed: the sources are read, no page is written; the site
            # build reports the example's warnings.
            app = Sphinx(
                str(source), str(source), str(Path(folder, "out")), str(Path(folder, "doctrees")),
                "dummy", status=None, warning=io.StringIO(), freshenv=True,
            )  # fmt: skip
            app.builder.read()
            return get_model(app.env), settings(app.config), app.config


def header_positions(cells: tuple[Any, ...], names: dict[str, str]) -> dict[str, int]:
    """The 1-based column of each key whose name is in the header row."""
    columns = {str(value): index for index, value in enumerate(cells, 1) if value}
    return {key: columns[name] for key, name in names.items() if name in columns}


def answered_workbook(blank: bytes, project: Settings, replies: dict[str, Reply]) -> bytes:
    """The questionnaire with the vendor's columns filled in; dates as date cells."""
    texts = project.texts.selection
    workbook = load_workbook(io.BytesIO(blank))
    sheet = workbook[texts.sheet_questionnaire]
    columns = header_positions(next(sheet.iter_rows(max_row=1, values_only=True)), texts.columns)
    for number in range(2, sheet.max_row + 1):
        reply = replies[str(sheet.cell(number, columns["id"]).value)]
        for key, value in zip(
            ("fulfilment", "effort", "solution", "evidence", "roadmap"), reply, strict=True
        ):
            sheet.cell(number, columns[key]).value = value
    return workbook_bytes(workbook, workbook.properties.title or "")


def scored_sheet(
    model: ProcessModel,
    project: Settings,
    vendor: Vendor,
    replies: dict[str, Reply],
    evaluator: int,
    name: str,
) -> bytes:
    """The vendor's demo scoring sheet as ``name`` filled it in."""
    texts = project.texts.selection
    workbook = load_workbook(io.BytesIO(demo_sheet(model, project, vendor.name, name)))
    sheet = workbook[texts.sheet_demo]
    columns: dict[str, int] = {}
    for row in sheet.iter_rows():
        values = tuple(cell.value for cell in row)
        if not columns:
            found = header_positions(values, texts.demo_columns)
            columns = found if {"id", "points"} <= found.keys() else {}
            continue
        requirement = str(values[columns["id"] - 1] or "")
        if requirement in replies:
            points, comment = demo_score(
                vendor.id, evaluator, requirement, replies[requirement].kind
            )
            row[columns["points"] - 1].value = points
            row[columns["comment"] - 1].value = comment or None
    return workbook_bytes(workbook, texts.demo_title.format(vendor=vendor.name))


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.is_file() or path.read_bytes() != data:
        path.write_bytes(data)
        print(f"wrote {path.relative_to(REPO) if path.is_relative_to(REPO) else path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("docs", nargs="?", type=Path, default=REPO / "docs")
    docs = parser.parse_args().docs.resolve()
    model, project, config = load_docs(docs)
    facts = (config.project, config.release, document_date(config, project.options))
    blank = questionnaire_workbook(model, project, *facts, author=config.author)
    for vendor in VENDORS:
        replies = vendor.replies(model)
        target = docs / "auswahl" / "antworten" / vendor.file
        write(target, answered_workbook(blank, project, replies))
        if not vendor.shortlisted:
            continue
        for index, evaluator in enumerate(project.options.demo_evaluators):
            sheet = scored_sheet(model, project, vendor, replies, index, evaluator)
            write(
                docs / "auswahl" / "demo" / f"{Path(vendor.file).stem}-{slug(evaluator)}.xlsx",
                sheet,
            )


if __name__ == "__main__":
    main()
