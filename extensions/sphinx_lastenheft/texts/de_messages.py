"""The warnings in German."""

from __future__ import annotations

from sphinx_lastenheft.texts.messages import Messages

MESSAGES = Messages(
    sheet_row="Blatt '{sheet}', Zeile {row}: ",
    sheet="Blatt '{sheet}': ",
    orphan_step="Der Prozessschritt '{id}' gehört zu keiner Kundenszene: auf seiner Seite steht "
    "keine Szene über ihm. Setzen Sie ihn unter seine Szene oder ergänzen Sie eine Zeile ':scene: "
    "<ID der Szene>'.",
    orphan_activity="Die Tätigkeit '{id}' gehört zu keinem Prozessschritt: auf ihrer Seite steht "
    "kein Schritt über ihr. Setzen Sie sie unter ihren Schritt oder ergänzen Sie eine Zeile "
    "':step: <ID des Schritts>'.",
    next_scene="Die Tätigkeit '{id}' der Szene '{scene}' geht weiter mit '{target}' der Szene "
    "'{target_scene}'; ein Ablauf bleibt in seiner Szene. Nennen Sie in ':next:' eine Tätigkeit "
    "von '{scene}' oder END.",
    alternatives=" oder ",
    together=" und ",
    id_pattern="Die ID '{id}' ({type} '{title}') folgt nicht dem Muster '{prefix}<Nummer oder "
    "Kürzel>'. Benennen Sie sie um, z. B. '{prefix}01'.",
    missing_field="{type} '{id}': das Feld '{name}' fehlt. Ergänzen Sie eine Zeile ':{name}: …'.",
    missing_link="{type} '{id}' nennt kein Objekt vom Typ {target}. Ergänzen Sie eine Zeile "
    "':{name}: <ID>'.",
    unknown_value="{type} '{id}': '{value}' ist kein zulässiger Wert für '{name}' ({allowed}). "
    "Verwenden Sie einen dieser Werte.",
    unknown_area="{type} '{id}': '{area}' ist kein Bereich dieses Lastenhefts ({allowed}). "
    "Verwenden Sie diese Werte, durch Komma getrennt.",
    unknown_customer="{type} '{id}': ':customer: {value}' ist kein Ja. Schreiben Sie ':customer: "
    "{yes}' (oder '{yes_other}') für die Rolle des Kunden, oder entfernen Sie die Zeile.",
    unknown_satisfaction="{type} '{id}': die Zufriedenheit '{value}' ist ungültig; verwenden Sie "
    "eine ganze Zahl von 1 (schlecht) bis 5 (gut).",
    role_count="{type} '{id}' nennt {count} Rollen ({roles}); eine Tätigkeit hat eine Rolle, die "
    "Bahn, in der sie gezeichnet wird. Behalten Sie die verantwortliche Rolle und teilen Sie "
    "gemeinsame Arbeit in eine Tätigkeit je Rolle.",
    link_owner="{type} '{id}' hat einen Link '{name}', den nur Objekte vom Typ {owners} haben. "
    "Entfernen Sie die Zeile ':{name}: …'.",
    link_lookalike="{type} '{id}' verweist in '{name}' auf eine ID, die kein Objekt hat: {problem}",
    link_unknown="{type} '{id}' verweist in '{name}' auf '{target}', aber kein Objekt hat diese "
    "ID. Korrigieren Sie die ID oder legen Sie '{target}' an ({wanted}).",
    link_type="{type} '{id}' verweist in '{name}' auf '{target}' ({target_type}), erwartet wird: "
    "{wanted}. Nennen Sie dort ein Objekt vom Typ {wanted}.",
    lookalike="'{text}' enthält {parts}.",
    lookalike_part="U+{code} {name} an {where}: {fix}",
    lookalike_unnamed="ohne Unicode-Namen",
    position="Stelle {places}",
    positions="den Stellen {places}",
    fix_latin="tippen Sie ein einfaches lateinisches '{letter}'",
    fix_delete="löschen Sie es",
    fix_dash="tippen Sie ein einfaches '-'",
    fix_plain="tippen Sie ein einfaches '{char}'",
    fix_other="ersetzen Sie es durch einen einfachen Buchstaben (A-Z), eine Ziffer, '-', '_' oder "
    "'.'",
    missing_id="{type} '{title}' hat keine ID. Ergänzen Sie eine Zeile ':id: {prefix}…' mit einer "
    "eindeutigen ID, die für immer gleich bleibt: Protokolle und Antworten der Anbieter zitieren "
    "sie.",
    id_lookalike="{type} '{title}' hat eine ID, die kein Link nennen kann: {problem}",
    duplicate_id="Die ID '{id}' ist schon vergeben an '{other}' ({where}). Geben Sie diesem "
    "Objekt eine eigene ID; eine ID wird nie zweimal verwendet.",
    option_block="MyST hat die Optionen von {what} (Zeile {line}) nicht gelesen, das Objekt hat "
    "daher keine ID und keine Felder: der Wert von '{key}' {why}. Schreiben Sie den ganzen Wert "
    "in einfache Anführungszeichen und verdoppeln Sie jedes einfache Anführungszeichen darin "
    "('{key} {quoted}'), oder beginnen Sie ihn mit einem Buchstaben. Das ist die Ursache der "
    "Warnung von MyST zum Format der Optionen.",
    option_quote="beginnt mit einem Anführungszeichen; MyST hält den Wert dann für einen "
    "zitierten Text, der mit dem Anführungszeichen enden muss",
    option_block_scalar="beginnt mit '{char}', was MyST für einen Text auf den folgenden Zeilen "
    "hält",
    option_unreadable="enthält, was MyST nicht als Wert lesen kann",
    fence="Die Zeile '{line}' öffnet keine Direktive: eine Zeile aus Backticks, deren Text einen "
    "Backtick enthält, ist für MyST kein Zaun, sondern Text; die Direktive und alles bis zum "
    "nächsten leeren Zaun verschwinden. Ein Titel mit Backticks braucht einen Zaun aus Tilden: "
    "öffnen und schließen Sie die Direktive mit '{tildes}' ('{tildes}{info}' ... '{tildes}'); ein "
    "längerer Zaun aus Backticks hilft nicht. Oder schreiben Sie den Titel ohne Backticks: er "
    "wird so gezeigt, wie er geschrieben ist.",
    encoding="Die Datei ist nicht in {encoding}, der Kodierung, die Sphinx liest "
    "(source_encoding): das Byte {bytes} in Zeile {line}, Spalte {column} lässt sich nicht "
    "dekodieren.{guess} Speichern Sie die Datei als {encoding} (im Editor mit 'Speichern "
    "unter'{convert}). Dieser Build liest die Seite mit '�' an Stelle jedes Bytes, das er nicht "
    "dekodieren kann.",
    encoding_utf16=" Sie sieht nach UTF-16 aus (sie beginnt mit der Byte-Reihenfolge-Markierung "
    "von UTF-16).",
    encoding_windows=" Sie sieht nach Windows-1252 (Latin-1) aus, das dort '{text}' liest.",
    encoding_convert=", oder mit 'iconv -f {source} -t {target}'",
    end_as_id="Die ID '{id}' ist das Schlüsselwort, das einen Ablauf in ':next:' beendet. Geben "
    "Sie dem Objekt eine andere ID.",
    underived="Die Anforderung '{id}' ist aus keiner Tätigkeit abgeleitet. {fix}",
    underived_fix="Ergänzen Sie eine Zeile ':derived_from: <IDs der Tätigkeiten>', die die "
    "Tätigkeiten nennt, die sie brauchen.",
    underived_context_fix="Ergänzen Sie ':derived_from: <IDs der Tätigkeiten>' oder, als "
    "Anforderung der Kategorie {category}, ':concerns: <IDs der Szenen oder Systeme>'.",
    decision_twice="Die Tätigkeit '{id}' nennt '{target}' zweimal in ':next:'; eine Entscheidung "
    "braucht zwei oder mehr verschiedene Ausgänge. Nennen Sie jeden Ausgang einmal, für den "
    "anderen Zweig eine andere Tätigkeit oder END.",
    branch_count="Die Tätigkeit '{id}' hat {labels} Beschriftungen der Verzweigung für {targets} "
    "Nachfolger. Geben Sie je ID in ':next:' eine Beschriftung, in derselben Reihenfolge, "
    "getrennt durch '|'.",
    decision_one_way="Die Tätigkeit '{id}' hat die Beschriftung '{label}' für ihren einzigen "
    "Ausgang; eine Entscheidung braucht zwei oder mehr Ausgänge. Ergänzen Sie die anderen "
    "Ausgänge in ':next:' (eine ID einer Tätigkeit oder END) mit je einer Beschriftung, oder "
    "entfernen Sie ':branches:'.",
    decision_same_label="Die Tätigkeit '{id}' beschriftet {count} Ausgänge mit '{label}'; Leser "
    "unterscheiden die Ausgänge einer Entscheidung an ihren Beschriftungen. Geben Sie jedem "
    "Ausgang in ':branches:' eine eigene Beschriftung.",
    unreachable="Die Tätigkeit '{id}' der Szene '{scene}' wird nie erreicht: kein Ablauf führt "
    "vom Beginn der Szene '{start}' zu ihr. Nennen Sie sie im ':next:' einer Tätigkeit davor, "
    "oder entfernen Sie sie.",
    cycle="Der Ablauf der Szene '{scene}' läuft im Kreis ohne Ausgang: {circle}. Geben Sie der "
    "Schleife einen Ausgang: machen Sie '{back}' zu einer Entscheidung, die auch weiterführt "
    "(':next: {ways}, <Tätigkeit oder END>' mit einer Beschriftung je Ausgang in ':branches:'), "
    "oder lassen Sie ihr ':next:' vorwärts führen.",
    repeated_option="{type} '{id}' gibt ':{name}:' zweimal an, in den Zeilen {first} und {again}; "
    "nur die letzte zählt. Behalten Sie eine Zeile ':{name}: …' mit allen Werten, die sie braucht.",
    separator="{type} '{id}' trennt die Werte in ':{name}:' mit ';'. Trennen Sie sie mit ','.",
    repeated_value="{type} '{id}' nennt '{value}' {count}-mal in ':{name}:'. Nennen Sie den Wert "
    "einmal.",
    parent_elsewhere="{type} '{id}' steht unter '{above}' ({parent}), nennt aber '{named}' in "
    "':{link}:'. Setzen Sie es unter das Objekt, zu dem es gehört, oder entfernen Sie ':{link}:'.",
    no_test_steps="{type} '{id}' hat keine Schritte: sein Text enthält keine Tabelle mit einer "
    "Spalte '{column}'. Ergänzen Sie eine Tabelle der Schritte, eine Zeile je Schritt, mit dem, "
    "was der Tester tut, und in der Spalte '{column}' dem, was er sehen muss.",
    no_expected_result="Schritt {number} von {type} '{id}' hat kein erwartetes Ergebnis. "
    "Schreiben Sie in die Spalte '{column}', was der Tester sehen muss, damit der Schritt "
    "bestehen oder scheitern kann.",
    empty="{type} '{id}' enthält kein Objekt vom Typ {child}. Schreiben Sie auf der Seite "
    "mindestens eines darunter, oder entfernen Sie das Objekt.",
    duplicate_name="{type} '{id}' hat den Namen '{name}' wie '{other}' ({where}). Geben Sie jedem "
    "Objekt vom Typ {type} einen eigenen Namen; sind beide dasselbe, nennen Sie '{other}' in den "
    "Links und entfernen Sie '{id}'.",
    no_journey="Die Kundenszene '{scene}' hat keinen Kontaktpunkt mit dem Kunden und daher keine "
    "Customer Journey. Geben Sie jeder Tätigkeit, bei der der Kunde dem Unternehmen begegnet, "
    "eine Zeile ':satisfaction: <1-5>' (wie der Kunde sich dort fühlt), oder entfernen Sie die "
    "Journey.",
    no_interplay="Die Kundenszene '{scene}' hat keine Tätigkeiten, daher handelt in ihr keine "
    "Rolle und kein System. Ergänzen Sie ihre Prozessschritte und Tätigkeiten, oder entfernen Sie "
    "das Zusammenspiel-Diagramm.",
    diagram_without_scene="Dieses Diagramm ({view}) nennt keine Szene, und die Seite hat {count} "
    "Szenen. Nennen Sie die Szene: '```{{{view}}} {prefix}…'.",
    diagram_unknown_scene="Das Diagramm ({view}) nennt die Szene '{scene}', aber keine "
    "Kundenszene hat diese ID. Korrigieren Sie die ID.",
    page_unknown_object="Die Seite nennt '{id}' ({type}), aber kein Objekt vom Typ {type} hat "
    "diese ID. Korrigieren Sie die ID.",
    coverage_gap="'{gap}' ist eine Lücke in {metric}: {percent} %, wo {setting} {threshold} % "
    "verlangt. Um sie zu schließen, {fix}.",
    coverage_fix_activities="leiten Sie eine Anforderung daraus ab (':derived_from:')",
    coverage_fix_requirements="nennen Sie die Tätigkeiten, aus denen sie abgeleitet ist "
    "(':derived_from:')",
    coverage_fix_tests="ergänzen Sie einen Abnahmetestfall, der sie prüft (':verifies:')",
    where_junit_id='der Eigenschaft <property name="{property}" value="…"/> oder im Namen des '
    "Testfalls '{name}'",
    where_column="Spalte '{column}'",
    where_property="der Eigenschaft '{property}'",
    result_for_requirement="'{id}' ist eine Anforderung; erfassen Sie Ergebnisse je Testfall, z. "
    "B. {verified}. Tragen Sie die ID des Testfalls in {where} ein.",
    verified_by="die Testfälle, die sie prüfen: {tests}",
    verified_by_none="noch prüft sie keiner: ergänzen Sie einen Testfall mit ':verifies: {id}'",
    result_for_scene="'{id}' ist eine Kundenszene; erfassen Sie Ergebnisse je Testfall, z. B. "
    "ihre Ende-zu-Ende-Tests: {tests}. Tragen Sie die ID des Testfalls in {where} ein.",
    none_yet="noch keine",
    did_you_mean=" Meinten Sie '{id}'?",
    unknown_test="'{id}' ist kein Abnahmetestfall dieses Lastenhefts.{guess} Korrigieren Sie die "
    "ID in {where}, oder ergänzen Sie den Testfall.",
    no_result="'{id}' hat kein Ergebnis. Tragen Sie {words} in die Spalte '{column}' ein "
    "('{not_tested}' für einen Test, der nicht lief).",
    junit_no_test_id="Der Testfall '{name}' nennt keinen Abnahmetestfall. Ergänzen Sie <property "
    'name="{property}" value="{prefix}…"/>, oder schreiben Sie die ID des Testfalls in seinen '
    "Namen.",
    row_no_test="Die Zeile nennt keinen Testfall. Tragen Sie die ID des Testfalls in die Spalte "
    "'{column}' ein, oder löschen Sie die Zeile.",
    unknown_result="'{result}' in der Spalte '{column}' ist kein Ergebnis. Verwenden Sie {words}.",
    no_defect_class="'{id}' ist '{outcome}', hat aber keine Fehlerklasse. Tragen Sie {classes} in "
    "{where} ein.",
    unknown_defect_class="'{value}' in {where} ist keine Fehlerklasse. Verwenden Sie {classes}.",
    defect_class_without_defect="'{id}' ist '{outcome}', also ohne Fehler, aber {where} nennt "
    "'{value}'. Leeren Sie die Klasse, oder erfassen Sie das Ergebnis als '{with_defect}'.",
    second_result="'{id}' hat ein zweites Ergebnis im Testlauf '{run}': {where} erfasst schon "
    "eines, und das zählt. Behalten Sie ein Ergebnis je Testfall und Lauf; erfassen Sie einen "
    "Nachtest als neuen Testlauf.",
    protocol_fix="Exportieren Sie das leere Protokoll aus dem Build, füllen Sie es aus und nennen "
    "Sie diese Datei.",
    protocol_missing="Das Testprotokoll '{file}' existiert nicht. {fix}",
    protocol_format="Das Testprotokoll '{file}' ist weder XLSX noch CSV. Speichern Sie es als "
    ".xlsx oder als .csv in UTF-8, getrennt durch ';' oder ','.",
    protocol_unreadable="Das Testprotokoll '{file}' ist keine lesbare {kind}-Datei ({error}). Sie "
    "ist vielleicht beschädigt oder abgeschnitten: speichern Sie sie erneut aus der "
    "Tabellenkalkulation. {fix}",
    protocol_empty="Das Testprotokoll '{file}' ist leer.",
    protocol_header="Der Kopfzeile von '{file}' fehlen die Spalten {missing}. Die erste Zeile "
    "muss die Spalten {expected} nennen (wie im leeren Protokoll).",
    junit_missing="Die JUnit-Datei '{file}' existiert nicht. Kopieren Sie den Testbericht der "
    "automatisierten Tests dorthin, oder korrigieren Sie den Pfad.",
    junit_malformed="Die JUnit-Datei '{file}' ist kein wohlgeformtes XML ({error}); sie ist "
    "vielleicht abgeschnitten. Kopieren Sie den vollständigen Bericht des Testlaufs erneut.",
    junit_root="Die Datei '{file}' ist kein JUnit-XML: ihr Wurzelelement ist <{root}>, nicht "
    "<testsuites> oder <testsuite>. Nennen Sie den Testbericht der automatisierten Tests.",
    junit_several_tests="Der Testfall '{name}' nennt mehrere Abnahmetestfälle ({tests}). Geben "
    'Sie ihm die Eigenschaft <property name="{property}" value="…"/> mit dem, den er ausführt.',
    run_missing_id="Der Testlauf '{title}' hat keine ID. Ergänzen Sie eine Zeile ':id: …' (z. B. "
    "AL-R1), die für immer gleich bleibt: das Abnahmeprotokoll und seine Sichten nennen den Lauf "
    "mit ihr.",
    reason_without_decision="Der Testlauf hat ein ':reason:', aber kein ':decision:'. Ergänzen "
    "Sie die Entscheidung, die es begründet ({words}), oder entfernen Sie die Begründung.",
    unknown_decision="':decision: {value}' ist keine Abnahmeentscheidung. Verwenden Sie {words}, "
    "oder entfernen Sie die Zeile, damit die Entscheidung aus den Fehlern abgeleitet wird.",
    decision_without_reason="Die Entscheidung '{value}' ersetzt die aus den Fehlern abgeleitete "
    "und braucht daher eine Begründung. Ergänzen Sie eine Zeile ':reason: …', die sagt, warum.",
    duplicate_run="Die ID des Testlaufs '{id}' ist schon vergeben ({where}). Geben Sie diesem "
    "Lauf eine eigene ID; ein Nachtest ist ein neuer Lauf mit neuer ID.",
    unknown_run="Kein Testlauf hat die ID '{id}' (Läufe: {known}). Korrigieren Sie die ID, oder "
    "legen Sie den Lauf mit einer Direktive '{{testrun}}' an.",
    answers_fix="Lassen Sie den Anbieter den Fragebogen ausfüllen, den der Build schreibt, und "
    "nennen Sie diese Datei in ':answers:'.",
    answers_missing="Die Antwortdatei '{file}' existiert nicht. {fix}",
    answers_format="Die Antwortdatei '{file}' ist weder XLSX noch CSV. Speichern Sie sie als "
    ".xlsx oder als .csv in UTF-8, getrennt durch ';' oder ','.",
    answers_unreadable="Die Antwortdatei '{file}' ist keine lesbare {kind}-Datei ({error}). Sie "
    "ist vielleicht beschädigt oder eine umbenannte Datei anderer Art: öffnen Sie sie in der "
    "Tabellenkalkulation und speichern Sie sie erneut als .xlsx (oder als CSV UTF-8).",
    answers_empty="Die Antwortdatei '{file}' ist leer. {fix}",
    answers_other_sheet=" Kein Blatt heißt '{wanted}', daher wurde das erste Blatt, '{sheet}', "
    "gelesen.",
    answers_header="Der Kopfzeile von '{file}' fehlen die Spalten {missing}. Die erste Zeile muss "
    "die Spalten {expected} nennen (wie im Fragebogen, den der Build schreibt; '{optional}' darf "
    "fehlen).{other_sheet}",
    answer_no_requirement="Die Zeile nennt keine Anforderung. Tragen Sie die ID der Anforderung "
    "in {where} ein, oder löschen Sie die Zeile.",
    answer_no_fulfilment="'{id}' ist nicht beantwortet. Tragen Sie die Art der Erfüllung in "
    "{where} ein: {codes} (ihre Bedeutung steht auf dem Blatt '{legend}' des Fragebogens).",
    answer_unknown_fulfilment="'{value}' in {where} ist keine Art der Erfüllung. Verwenden Sie "
    "einen der Codes {codes}.",
    answer_bad_effort="'{id}' ist {kind}, aber '{value}' ist kein Aufwand. Tragen Sie die "
    "Personentage in {where} als Zahl von 0 oder mehr ein, z. B. 2,5.",
    answer_no_effort="'{id}' ist {kind}, aber der Aufwand fehlt. Tragen Sie die Personentage in "
    "{where} als Zahl von 0 oder mehr ein, z. B. 2,5.",
    answer_needless_effort="'{id}' ist {kind} und braucht keinen Aufwand, aber {where} nennt "
    "'{value}'. Leeren Sie den Aufwand, oder wählen Sie die Art, die ihn braucht ({gaps}).",
    answer_no_date="'{id}' ist {kind}, aber das Datum, ab dem es verfügbar ist, fehlt. Tragen Sie "
    "es in {where} als Datum ein (JJJJ-MM-TT).",
    answer_serial_date="'{value}' in {where} ist ein Datum als fortlaufende Zahl der "
    "Tabellenkalkulation. Formatieren Sie die Zelle als Datum, oder schreiben Sie das Datum als "
    "JJJJ-MM-TT.",
    answer_bad_date="'{value}' in {where} ist kein Datum in einem Format, das der Import liest. "
    "Schreiben Sie es als JJJJ-MM-TT (oder TT.MM.JJJJ), oder geben Sie es als Datumszelle ein.",
    answer_needless_date="'{id}' ist {kind}, aber {where} nennt ein Datum ('{value}'). Leeren Sie "
    "das Datum, oder wählen Sie {roadmap} für eine Funktion, die mit einem späteren Release kommt.",
    answer_not_requirement="'{id}' ist ein Objekt vom Typ {type}, keine Anforderung; Anbieter "
    "antworten je Anforderung{those}. Tragen Sie die ID der Anforderung in {where} ein.",
    answer_its_requirements=" (ihre Anforderungen: {ids})",
    answer_unknown_requirement="'{id}' ist keine Anforderung dieses Lastenhefts.{guess} "
    "Korrigieren Sie die ID in {where}, oder löschen Sie die Zeile.",
    answer_twice="'{id}' ist zweimal beantwortet: Zeile {row} von '{file}' beantwortet sie schon, "
    "und die erste Antwort zählt. Löschen Sie eine der Zeilen und behalten Sie die Antwort, die "
    "gilt.",
    client_changed_by_vendor="der Anbieter hat sie geändert",
    client_changed_unknown="die Zeile hat keine {where}, an der sich erkennen ließe, ob der "
    "Anbieter sie geändert hat oder die Anforderung sich seither geändert hat",
    client_columns="Die Spalten des Auftraggebers {names} von '{id}' weichen vom Lastenheft ab "
    "({stated}): {why}. Die Spalten des Auftraggebers müssen bleiben, wie sie exportiert wurden: "
    "prüfen Sie die Antwort gegen die aktuelle Anforderung und stellen Sie dann diese Spalten "
    "wieder her (oder antworten Sie in einem neuen Fragebogen); Anmerkungen gehören in {where}.",
    answer_missing="'{id}' ({title}) hat keine Antwort: keine Zeile der Antwortdateien von "
    "'{vendor}' nennt sie. Lassen Sie den Anbieter sie beantworten, z. B. in {file}, dem "
    "Fragebogen, den der Build mit seinen Antworten schreibt und der die seither ergänzten "
    "Anforderungen markiert.",
    demo_fix="Füllen Sie den Bewertungsbogen aus, den der Build für diesen Anbieter und Bewerter "
    "schreibt, und nennen Sie ihn.",
    demo_missing="Der Bewertungsbogen '{file}' existiert nicht. {fix}",
    demo_format="Der Bewertungsbogen '{file}' ist keine XLSX-Datei. Speichern Sie ihn als .xlsx "
    "(wie der Build ihn exportiert).",
    demo_unreadable="Der Bewertungsbogen '{file}' ist keine lesbare XLSX-Datei ({error}). Er ist "
    "vielleicht beschädigt oder abgeschnitten: speichern Sie ihn erneut aus der "
    "Tabellenkalkulation.",
    demo_no_sheet="Die Arbeitsmappe '{file}' hat kein Blatt {names}: sie ist kein Bewertungsbogen "
    "einer Demonstration, oder das Blatt wurde umbenannt. {fix}",
    demo_header="Der Bewertungsbogen '{file}' hat keine Kopfzeile mit den Spalten {names}. "
    "Behalten Sie die Kopfzeile der Tabelle, wie sie exportiert wurde. {fix}",
    demo_no_evaluator="Der Bewertungsbogen '{file}' nennt keinen Bewerter. Schreiben Sie den "
    "Namen des Bewerters rechts neben die Beschriftung {labels} über der Tabelle.",
    demo_points_without_id="Die Zeile hat Punkte ({points}), aber keine ID einer Anforderung. "
    "Schreiben Sie die ID der bewerteten Anforderung, oder löschen Sie die Punkte.",
    demo_points_no_number="Die Punkte '{points}' für {id} sind keine Zahl. Schreiben Sie eine "
    "Zahl von {low} bis {high} (z. B. 7 oder 7,5), oder lassen Sie die Zelle leer, wenn Sie nicht "
    "bewerten.",
    demo_points_out_of_range="Die Punkte '{points}' für {id} liegen außerhalb des Bereichs. "
    "Schreiben Sie eine Zahl von {low} bis {high} (z. B. 7 oder 7,5), oder lassen Sie die Zelle "
    "leer, wenn Sie nicht bewerten.",
    demo_same_evaluator="Die Bewertungsbögen '{first}' und '{second}' des Anbieters {vendor} sind "
    "beide von {evaluator}; nur der erste zählt. Entfernen Sie einen aus ':demo:', oder "
    "korrigieren Sie den Namen des Bewerters.",
    demo_unknown_requirement="Die ID '{id}' nennt keine Anforderung.{guess} Korrigieren Sie die "
    "ID, oder löschen Sie die Zeile, wenn die Anforderung entfernt wurde.",
    demo_scored_twice="{id} ist in '{file}' zweimal bewertet; die Punkte der Zeile {row} zählen. "
    "Löschen Sie eine der Zeilen.",
    vendor_missing_id="Der Anbieter '{name}' hat keine ID. Ergänzen Sie eine Zeile ':id: …' (z. "
    "B. V-A), die für immer gleich bleibt: die Auswertung und lastenheft_chosen_vendor nennen ihn "
    "mit ihr.",
    vendor_price="':price: {value}' ist kein Betrag. Schreiben Sie die Kosten über 5 Jahre in EUR "
    "als Zahl, z. B. ':price: 420000', oder entfernen Sie die Zeile.",
    duplicate_vendor="Die ID des Anbieters '{id}' ist schon vergeben ({where}). Geben Sie diesem "
    "Anbieter eine eigene ID.",
    unknown_chosen_vendor="lastenheft_chosen_vendor nennt '{id}', aber kein Anbieter hat diese ID "
    "(Anbieter: {known}). Korrigieren Sie die ID, oder legen Sie den Anbieter mit einer Direktive "
    "'{{vendor}}' an.",
    unknown_vendor="Kein Anbieter hat die ID '{id}' (Anbieter: {known}). Korrigieren Sie die ID, "
    "oder legen Sie den Anbieter mit einer Direktive '{{vendor}}' an.",
    calibration_unknown_vendor="Die Kalibrierung der Demonstration nennt den Anbieter '{id}', "
    "aber kein Anbieter hat diese ID. Korrigieren Sie die ID, oder legen Sie den Anbieter mit "
    "einer Direktive '{{vendor}}' an.",
    script_unknown_scene="Das Drehbuch der Demonstration nennt die Szene '{id}', aber kein Objekt "
    "vom Typ {type} hat diese ID. Korrigieren Sie die ID.",
    no_node="Node.js ('node') ist nicht installiert; installieren Sie Node.js 20 oder neuer.",
    no_puppeteer="puppeteer-core fehlt in node_modules; führen Sie 'npm ci' im Projektordner aus.",
    no_chromium="Chromium ('{chromium}') ist nicht installiert; führen Sie 'bash "
    "tools/install-system-packages.sh' aus oder setzen Sie lastenheft_chromium.",
    mermaid_syntax="Mermaid kann dieses Diagramm nicht zeichnen: {error} Korrigieren Sie den Text "
    "des Diagramms.",
    print_no_tools="{count} Diagramme können nicht für den Druck gezeichnet werden: {why}",
    print_failed="Die Diagramme konnten nicht für den Druck gezeichnet werden: {error}",
    check_no_tools="{count} Diagramme können nicht geprüft werden: {why} Um die Website ohne die "
    "Prüfung zu bauen, setzen Sie lastenheft_check_mermaid = False.",
    check_failed="Die Diagramme konnten nicht geprüft werden: {error}",
    no_mermaid_runtime="Die Mermaid-Laufzeit ({wanted}) fehlt, daher würde kein Diagramm "
    "gezeichnet. Führen Sie 'npm ci' im Projektordner aus, oder setzen Sie "
    "lastenheft_node_modules auf den Ordner node_modules, der mermaid enthält.",
    node_modules_near="node_modules in {folder} oder einem Ordner darüber",
    reviewed_malformed="Das Objekt '{id}' ({type}) nennt in ':reviewed:' den Eintrag '{entry}', "
    "der nicht die Form 'ID@Fingerabdruck' hat. Entfernen Sie den Eintrag und führen Sie 'python "
    "-m lastenheft review {id}' aus, um die geprüften Verknüpfungen festzuhalten.",
    review_date="Das Objekt '{id}' ({type}) hat das Prüfdatum '{value}', das kein Datum der Form "
    "JJJJ-MM-TT ist. Schreiben Sie ':review_date: {example}'.",
    suspect_link="Die Verknüpfung von '{owner}' zu '{target}' ist verdächtig: '{target}' wurde "
    "geändert, seit sie geprüft wurde (Fingerabdruck {reviewed}, jetzt {current}). Prüfen Sie "
    "'{owner}' gegen '{target}' und führen Sie dann "
    "'python -m sphinx_lastenheft review {owner}' aus.",
    suspect_answer="Die Antwort des Anbieters '{vendor}' zu '{requirement}' ist veraltet: die "
    "Anforderung wurde geändert, seit der Anbieter geantwortet hat. Lassen Sie den Anbieter "
    "erneut antworten, etwa in {file}, dem Fragebogen mit seinen Antworten, den der Bau schreibt.",
    baseline_missing="Die Baseline '{version}' gibt es nicht: {file} fehlt (vorhandene Baselines: "
    "{available}). Legen Sie sie mit '{command}' aus dem Stand dieser Version an, oder setzen Sie "
    "lastenheft_baseline auf eine vorhandene Baseline oder auf '' für keinen Vergleich.",
    baseline_malformed="Die Datei {file} ist keine lesbare Baseline der Version '{version}': "
    "{reason}. Stellen Sie sie aus der Versionsverwaltung wieder her, oder schreiben Sie sie mit "
    "'{command} --force' neu aus dem Stand dieser Version.",
    changes_unknown_scene="Die Änderungen sollen die Kundenszene '{id}' zeigen, die es weder "
    "jetzt noch in der Baseline {version} gibt. Korrigieren Sie die ID in ':scenes:' (Szenen: "
    "{known}).",
    role_lookalike="Der Verweis '{{need}}`{id}`' nennt eine ID, die kein Objekt hat: {problem}",
)
