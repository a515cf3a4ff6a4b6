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
