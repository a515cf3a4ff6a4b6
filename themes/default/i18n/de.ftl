# Oberfläche des Standard-Themes auf Deutsch (Du-Form, wie in Coaching-Kursen üblich).

## Sprachen eines mehrsprachigen Kurses (Umschalter in der Kopfzeile)
language-name = Deutsch
language-switcher-label = Sprache
language-untranslated = Diese Lektion gibt es noch nicht auf Deutsch. Du kannst sie in der Originalsprache des Kurses lesen:

## Rahmen jeder Seite
skip-link = Zum Inhalt springen
nav-label = Website
nav-course = Kurs
nav-journal = Mein Journal
footer-label = Über diesen Kurs
footer-print = Der ganze Kurs zum Ausdrucken
footer-note = Deine Antworten bleiben in diesem Browser auf diesem Gerät. Exportiere dein Journal, um eine Kopie zu behalten.

## Anzahlen und Dauer
modules-count = { $count ->
    [one] { $count } Modul
   *[other] { $count } Module
}
lessons-count = { $count ->
    [one] { $count } Lektion
   *[other] { $count } Lektionen
}
lessons-done = { $total ->
    [one] { $done } von { $total } Lektion erledigt
   *[other] { $done } von { $total } Lektionen erledigt
}
duration-minutes = { $minutes } Min.
duration-hours = { $hours } Std.
duration-hours-minutes = { $hours } Std. { $minutes } Min.
about-time = etwa { $time }

## Startseite und Modulseiten
progress-label = Abgeschlossene Lektionen
progress-label-module = Abgeschlossene Lektionen in Modul { $number }
progress-label-this-module = Abgeschlossene Lektionen in diesem Modul
start-course = Kurs beginnen
continue-course = Dort weitermachen, wo du aufgehört hast
modules-heading = Module
module-number = Modul { $number }
module-with-title = Modul { $number }: { $title }
lessons-heading = Lektionen
printable-handout = Handout zum Ausdrucken
facilitator-guide = Leitfaden für Trainer

## Lektionsseite
breadcrumb-label = Brotkrümelnavigation
module-nav-label = Lektionen in diesem Modul
lesson-number = Lektion { $number }
lesson-of = Lektion { $number } von { $count }
takeaway = Das Wichtigste
saved-in-browser = Was du hier eingibst, wird in diesem Browser gespeichert.
mark-complete = Lektion als erledigt markieren
completed-undo = Erledigt ✓ – rückgängig machen
download-answers = Meine Antworten herunterladen
module-complete = Modul abgeschlossen!
module-complete-text = Du hast alle Lektionen von „{ $title }“ durchgearbeitet.
next-module = Weiter: { $title }
look-back-journal = Im Journal zurückblicken
prev-next-label = Vorherige und nächste Lektion
previous = Zurück
next = Weiter

## Journal
journal-title = Mein Journal
journal-lede = Alles, was du in diesem Kurs geschrieben hast, in der Reihenfolge des Kurses. Es liegt nur in diesem Browser: Exportiere es, um eine Kopie zu behalten oder auf einem anderen Gerät weiterzumachen.
journal-noscript = Dein Journal wird aus dem Speicher dieses Browsers gelesen; dafür braucht es JavaScript.
export-json = Exportieren (JSON, zum späteren Importieren)
export-markdown = Als Markdown exportieren
import-json = JSON-Export importieren
print = Drucken
delete-all = Alle meine Antworten löschen …
answered-only = Nur Beantwortetes
orphans-title = Antworten zu Übungen, die es im Kurs nicht mehr gibt
orphans-text = Der Kurs hat sich geändert, seit du das geschrieben hast. Es bleibt hier erhalten, damit nichts verloren geht.
no-answer-yet = Noch keine Antwort
entries = Einträge
notes = Notizen

## Seite nicht gefunden
not-found-title = Seite nicht gefunden
not-found-text = Diese Seite gibt es nicht, oder der Kurs wurde umgebaut, seit du das Lesezeichen gesetzt hast.
go-home = Zur Startseite des Kurses
open-journal = Mein Journal öffnen

## Handouts, Leitfäden und der gedruckte Kurs
handout-margin = Teilnehmer-Handout · Modul { $number }
handout-eyebrow = Teilnehmer-Handout · Modul { $number }
handout-print-note = Dieses Handout ist für Papier gemacht: A4 oder Letter, die Lektionen nacheinander mit Platz zum Schreiben von Hand, der Lösungsschlüssel am Ende.
print-handout = Handout drucken
name-label = Name
date-label = Datum
in-this-module = In diesem Modul
answer-key-pointer = Die Lösungen zu den Quizfragen stehen im Lösungsschlüssel am Ende.
key-points = Kernpunkte
answer-key = Lösungsschlüssel
answer-key-note = Sieh dir die Lösungen erst an, wenn du jede Frage versucht hast.
facilitator-margin = Leitfaden für Trainer · Modul { $number }
facilitator-eyebrow = Leitfaden für Trainer · Modul { $number }
facilitator-print-note = Ein Leitfaden, um dieses Modul als Live-Workshop zu leiten. Drucke ihn zusammen mit dem Teilnehmer-Handout:
handout-link = Teilnehmer-Handout, Modul { $number }
print-guide = Leitfaden drucken
guide-length = Dauer
minutes-long = { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}
self-paced = { $minutes } Min. im Selbststudium
guide-handout = Handout
guide-goal = Ziel
agenda = Ablauf
agenda-mismatch = Der Ablauf ergibt zusammen { $total } Minuten; geplant ist der Workshop mit { $planned }.
agenda-clock = Uhr
agenda-minutes = Min.
agenda-activity = Aktivität und was du tust
agenda-done = Erledigt
agenda-end = Ende
before-you-start = Bevor es losgeht
materials = Material
pairing = Paare bilden
discussion-questions = Fragen für die Diskussion
no-facilitator-notes = Dieses Modul hat noch keine Hinweise für Trainer. Ergänze in seiner _index.md eine Tabelle [facilitator]: Dauer, Ziel, Material, Paarbildung, Fragen und einen Ablauf.
lessons-at-a-glance = Die Lektionen im Überblick
on-the-handout = Auf dem Handout:
print-margin = Der ganze Kurs
print-note = Der ganze Kurs in einem Dokument, zum Lesen auf Papier. Zu jedem Modul gibt es außerdem ein Teilnehmer-Handout mit Platz zum Schreiben, zum Beispiel:
print-course = Kurs drucken
print-too-many = Dieser Kurs hat { $count } Lektionen: zu viele für ein einziges Dokument. Jede Lektionsseite lässt sich für sich sauber drucken, und jedes Modul hat ein Handout zum Ausdrucken:
handout-short = Handout
contents = Inhalt
module-lesson = Modul { $module } · Lektion { $lesson }

## Übungen
kind-reflection = Reflexion
kind-journal = Journal
kind-quiz = Quiz
kind-practice = Praxis
kind-scale = Selbsteinschätzung
kind-compose = Formulieren
hint = Tipp:
exercise-noscript = JavaScript ist ausgeschaltet: Du kannst diese Übung lesen und drucken, aber Antworten, die du hier eingibst, werden nicht gespeichert.
your-answers = Deine Antworten
your-answer = Deine Antwort
entry-prompt = Was ist passiert, und was hast du daraus gelernt?
new-entry = Neuer Eintrag
add-entry = Eintrag hinzufügen
your-entries = Deine Einträge
choose-all = (alle zutreffenden auswählen)
check-answers = Antworten prüfen
try-again = Noch einmal
steps = Schritte
practice-notes = Notizen: Wie ist es gelaufen?
fill-in-parts = Fülle die Teile aus
your-text = Dein Text
copy = Kopieren
clear-answers = Meine Antworten löschen
paper-each-entry = Für jeden Eintrag: { $prompt }
paper-entry = Eintrag { $number }
paper-date = Datum:
paper-quiz-instruction = Markiere pro Frage eine Antwort; wo die Frage es sagt, kreuze alle zutreffenden an. Die Lösungen stehen im Lösungsschlüssel am Ende.
tick-all = (alle zutreffenden ankreuzen)
paper-practice-instruction = Hake jeden Schritt ab, sobald du ihn gemacht hast.
paper-scale-instruction = Kreise für jede Aussage eine Antwort ein.
statement = Aussage
put-together = Jetzt setze es zusammen:

## Added with the facilitator hub and the 404 page's module list
not-found-modules = Die Module dieses Kurses
facilitator-hub = Trainerbereich
facilitator-hub-note = Die Unterlagen aller Module findest du im
facilitator-print-materials = Drucke auch das Material, das unter „Bevor es losgeht“ steht.

## Widget und Suche: Meldungen der Skripte im Browser (sonder.js, sonder-journal.js, search.js).
## Jede Seite bringt die ihren als JSON mit (data-sonder-messages, siehe docs/markup.md).
widget-saved = Gespeichert
widget-unsaved-newer = Deine Antworten werden nicht gespeichert: Sie stammen aus einer neueren Version dieses Kurses, deshalb zeigt diese Seite sie nur an.
widget-unsaved-blocked = Deine Antworten werden nicht gespeichert: Dieser Browser lässt die Seite nichts speichern (Speicher gesperrt oder privates Fenster).
widget-unsaved-full = Deine Antworten werden nicht gespeichert: Der Speicher dieses Browsers für diese Website ist voll.
widget-unsaved-refused = Deine Antworten werden nicht gespeichert: Der Browser hat das Speichern abgelehnt.
widget-unsaved-no-room = Deine Antworten werden nicht gespeichert: Die in diesem Browser gespeicherten Antworten ließen sich nicht lesen, und für eine Sicherungskopie ist kein Platz.
widget-unsaved-download = Lade sie herunter, bevor du die Seite verlässt.
widget-unsaved-error = Deine Antworten werden nicht gespeichert: Auf dieser Seite ist etwas schiefgegangen. Lade sie herunter, bevor du die Seite verlässt.
widget-unsaved-no-start = Deine Antworten werden nicht gespeichert: Dieser Browser konnte den Teil der Seite, der sie speichert, nicht starten.
widget-backup-copied = Deine gespeicherten Antworten ließen sich nicht lesen. Sie wurden unter „{ $key }“ im Speicher dieses Browsers gesichert, und der Kurs beginnt mit einem leeren Journal.
widget-lessons-progress = { $total ->
    [one] { $done } von { $total } Lektion
   *[other] { $done } von { $total } Lektionen
}
widget-continue = Weiter mit: { $lesson }
widget-course-complete = Kurs abgeschlossen: zu deinem Journal
widget-saved-at = Gespeichert · { $time }
widget-correct = Richtig.
widget-not-quite = Nicht ganz.
widget-quiz-score = { $right } von { $total } richtig
widget-entry-empty = Schreib zuerst deinen Eintrag und wähle dann „{ add-entry }“.
widget-copied = Kopiert ✓
widget-copy-failed = Dieser Browser hat das Kopieren nicht erlaubt. Der Text ist markiert: Drücke Strg+C (⌘C auf dem Mac), um ihn zu kopieren.
widget-clear-confirm = Deine Antworten zu dieser Übung löschen? Wenn du sie behalten möchtest, exportiere vorher dein Journal.
widget-cleared = Deine Antworten zu dieser Übung wurden gelöscht.
widget-no-journal = Diese Seite konnte sonder-journal.js nicht laden. Sie kann deine Antworten deshalb nur anzeigen und als JSON exportieren. Es wurde nichts geändert.
widget-not-done = Nicht erledigt
widget-done = Erledigt
widget-draft = Entwurf:
widget-edit = Bearbeiten
widget-delete = Löschen
widget-edit-entry = Eintrag vom { $time } bearbeiten
widget-delete-entry = Eintrag vom { $time } löschen
widget-save = Speichern
widget-cancel = Abbrechen
widget-entry-saved = Dein Eintrag wurde gespeichert.
widget-entry-deleted = Der Eintrag wurde gelöscht.
widget-delete-entry-confirm = Diesen Journaleintrag löschen? Das lässt sich nicht rückgängig machen, außer du hast dein Journal vorher exportiert.
widget-reset-confirm = Exportiere zuerst dein Journal! Mit „Abbrechen“ bleibt alles erhalten, und du kannst „Exportieren“ wählen. Mit „OK“ löschst du jetzt alle deine Antworten und deinen Fortschritt in diesem Kurs aus diesem Browser.
widget-reset-done = Alle deine Antworten zu diesem Kurs wurden aus diesem Browser gelöscht.
widget-kept = Dieser Browser behält dein Journal, bis du es löschst.
widget-may-delete = Dieser Browser löscht dein Journal womöglich, wenn du den Kurs einige Wochen nicht besuchst. Exportiere es deshalb ab und zu.
widget-last-export = Letzter Export: { $time }.
widget-never-exported = Du hast es noch nicht exportiert.
widget-backup-reminder = Zeit für eine Sicherung: Wähle „{ export-json }“ und bewahre die Datei an einem sicheren Ort auf.
widget-backup-last = Dein letzter Export war am { $time }.
widget-backup-never = Du hast dein Journal noch nicht exportiert.
widget-import-readonly = Importieren geht hier nicht: Dieser Browser enthält Antworten aus einer neueren Version des Kurses. Es wurde nichts geändert.
widget-import-too-large = Diese Datei ist größer als 2 MB und kann daher kein Journal-Export sein. Wähle die .json-Datei, die der JSON-Export des Journals gespeichert hat. Es wurde nichts geändert.
widget-import-markdown = Das ist der Markdown-Export, der ist zum Lesen gedacht. Wähle zum Importieren die .json-Datei. Es wurde nichts geändert.
widget-import-unreadable = Diese Datei ließ sich nicht lesen. Es wurde nichts geändert.
widget-import-not-json = Diese Datei ist kein gültiges JSON und damit kein Journal-Export: Wähle die .json-Datei, die der JSON-Export des Journals gespeichert hat. Es wurde nichts geändert.
widget-import-not-export = Diese Datei ist kein Journal-Export von sonder: Wähle die .json-Datei, die der JSON-Export des Journals gespeichert hat. Es wurde nichts geändert.
widget-import-schema = Diese Datei hat eine unbekannte Schema-Version ({ $found }); diese Seite liest die Versionen 0 bis { $max }. Vielleicht stammt sie aus einer neueren Version des Kurses. Es wurde nichts geändert.
widget-import-other-course = Diese Datei gehört zum Kurs „{ $file }“, dies hier ist aber der Kurs „{ $course }“. Es wurde nichts geändert.
widget-import-damaged = Diese Datei ist beschädigt: Ein Teil ihres Inhalts sieht nicht so aus, wie ein Journal-Export ihn schreibt. Es wurde nichts geändert.
widget-import-nothing = Import abgeschlossen: Nichts hat sich geändert, dieser Browser hatte schon alles aus der Datei.
widget-import-nothing-kept = { $count ->
    [one] Import abgeschlossen: Nichts hat sich geändert, dieser Browser hatte schon alles aus der Datei oder Neueres ({ $count } Antwort hier war neuer und bleibt).
   *[other] Import abgeschlossen: Nichts hat sich geändert, dieser Browser hatte schon alles aus der Datei oder Neueres ({ $count } Antworten hier waren neuer und bleiben).
}
widget-import-done = Import abgeschlossen: { $parts }.
widget-import-added = { $count ->
    [one] { $count } neue Antwort
   *[other] { $count } neue Antworten
}
widget-import-updated = { $count ->
    [one] { $count } Antwort aktualisiert
   *[other] { $count } Antworten aktualisiert
}
widget-import-kept = { $count ->
    [one] { $count } Antwort behalten, weil die hier neuer war
   *[other] { $count } Antworten behalten, weil die hier neuer waren
}
widget-import-same = { $count ->
    [one] { $count } Antwort war schon gleich
   *[other] { $count } Antworten waren schon gleich
}
widget-import-lessons = { $count ->
    [one] { $count } Änderung am Lektionsfortschritt
   *[other] { $count } Änderungen am Lektionsfortschritt
}
widget-md-exported = Exportiert am { $date } (Kurs-ID { $course }).
widget-md-no-answer = (noch keine Antwort)
search-button = Suche
search-title = Diesen Kurs durchsuchen
search-close = Schließen
search-label = Lektionen, Übungen und deine eigenen Antworten
search-results = Ergebnisse
search-keys = ↑ ↓ zum Auswählen, Enter zum Öffnen, Esc zum Schließen
search-unavailable = Die Suche ist nicht verfügbar: Ihr Index (assets/search/index.js) ließ sich nicht laden.
search-loading = Der Suchindex wird geladen …
search-too-short = Gib mindestens zwei Buchstaben ein.
search-pages = Lektionen und Seiten
search-answers = Deine Antworten
search-top = { $count ->
    [one] Das beste Ergebnis.
   *[other] Die { $count } besten Ergebnisse.
}
search-count = { $count ->
    [one] { $count } Ergebnis.
   *[other] { $count } Ergebnisse.
}
search-none = Keine Ergebnisse für „{ $query }“.
search-missing = Nicht im Kurs: { $words }.

## Trainerbereich (facilitator/index.html)
hub-eyebrow = Für Trainer
hub-lede = Alles, um den Kurs als Live-Workshops durchzuführen: das Teilnehmer-Handout jedes Moduls, dein Trainerleitfaden und das Material zum Ausdrucken, dazu die Dauer jeder Sitzung.
hub-new-before = Leitest du diese Workshops zum ersten Mal?
hub-new-after = erklärt die Vorbereitung, wie du Paare bildest und wie der Raum für alle sicher bleibt.
hub-workshops = { $count ->
    [one] { $count } Workshop
   *[other] { $count } Workshops
}
hub-workshops-time = { $workshops }, insgesamt { $time }
hub-module = Modul
hub-session = Sitzung
hub-handout = Teilnehmer-Handout
hub-guide = Trainerleitfaden
hub-materials = Material zum Ausdrucken
hub-not-planned = noch nicht geplant
hub-handout-link = Handout
hub-guide-link = Leitfaden
hub-of-module = , Modul { $number }
hub-no-notes = (noch ohne Notizen)
hub-none = keins
hub-total = Gesamt
hub-timed = { $total ->
    [one] Für { $timed } von { $total } Sitzung ist eine Dauer geplant
   *[other] Für { $timed } von { $total } Sitzungen ist eine Dauer geplant
}
hub-printing = Drucken
hub-printing-text = Jedes Handout, jeder Leitfaden und jedes Material ist für A4- oder Letter-Papier gemacht: Öffne es und drucke es aus dem Browser. Handouts bringen die Lektionen nacheinander, mit Platz zum Schreiben von Hand; Materialbögen haben gestrichelte Linien zum Ausschneiden.
hub-pdfs = Fertige PDFs sind oben neben den Handouts und Leitfäden verlinkt.
hub-pdfs-and-course = Fertige PDFs sind oben neben den Handouts und Leitfäden verlinkt, und den ganzen Kurs gibt es als ein
hub-course-pdf = Den ganzen Kurs gibt es als ein
hub-pdf-end = .
pdf-about = { $pages ->
    [one] PDF, { $pages } Seite, { $kb } KB
   *[other] PDF, { $pages } Seiten, { $kb } KB
}
material-question-cards = Fragekarten: { $cards ->
    [one] { $cards } Karte
   *[other] { $cards } Karten
} auf { $sheets ->
    [one] { $sheets } Bogen
   *[other] { $sheets } Bögen
}
material-scenario-cards = Szenariokarten: { $cards ->
    [one] { $cards } Karte
   *[other] { $cards } Karten
} auf { $sheets ->
    [one] { $sheets } Bogen
   *[other] { $sheets } Bögen
}
material-model = Modell-Handout auf einer Seite
material-title-question-cards = Fragekarten
material-title-scenario-cards = Szenariokarten
material-title-model = Modell-Handout

## Material zum Ausdrucken
material-cards-note = { $count ->
    [one] { $count } Karte, { $per } pro A4- oder Letter-Bogen: drucken, dann an den gestrichelten Linien ausschneiden.
   *[other] { $count } Karten, { $per } pro A4- oder Letter-Bogen: drucken, dann an den gestrichelten Linien ausschneiden.
}
material-page-note = Eine Seite A4 oder Letter, ein Exemplar pro Teilnehmer.
material-back = Zurück zum
material-back-guide = Trainerleitfaden
material-back-or = oder zum
material-back-hub = Trainerbereich
material-card = Karte { $number } von { $count }
material-discussion = Diskussionsfrage
material-talk = Sprecht darüber
material-try = Probier es aus: { $title }

## Lektionsseite
all-lessons = { $count ->
    [one] Die Lektion
   *[other] Alle { $count } Lektionen
}

## SCORM-Startseite
lms-noscript = Dieser Kurs braucht JavaScript, um deiner Lernplattform zu berichten.
lms-open-course = Öffne den Kurs,
lms-to-read = um ihn zu lesen.
lms-close = Schließen
lms-rejected = Deine Lernplattform hat den Fortschrittsbericht dieses Kurses nicht angenommen{ $detail }. Deine Antworten sind weiterhin in diesem Browser gespeichert, und du kannst weitermachen.
lms-error = Fehler { $code }
lms-room = Deine Lernplattform speichert für diesen Kurs { $limit } Zeichen an Antworten. Deine Antworten zu { $exercises } bleiben deshalb nur in diesem Browser und kommen nicht mit auf einen anderen Computer. Um sie mitzunehmen, exportiere dein Journal unter „{ nav-journal }“.
lms-room-entries = { $count ->
    [one] „{ $title }“ ({ $count } Journaleintrag)
   *[other] „{ $title }“ ({ $count } Journaleinträge)
}
lms-room-entries-draft = { $count ->
    [one] „{ $title }“ ({ $count } Journaleintrag und dein Entwurf)
   *[other] „{ $title }“ ({ $count } Journaleinträge und dein Entwurf)
}
lms-room-exercise = „{ $title }“
