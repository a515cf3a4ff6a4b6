# Interface van het standaardthema in het Nederlands (je-vorm, gebruikelijk in coachingscursussen).

## Talen van een meertalige cursus (de keuzelijst in de kop)
language-name = Nederlands
language-switcher-label = Taal
language-untranslated = Deze les is nog niet vertaald. Je kunt hem lezen in de oorspronkelijke taal van de cursus:

## Kader van elke pagina
skip-link = Naar de inhoud
nav-label = Website
nav-course = Cursus
nav-journal = Mijn logboek
footer-label = Over deze cursus
footer-print = De hele cursus, om te printen
footer-note = Je antwoorden blijven in deze browser op dit apparaat. Exporteer je logboek om een kopie te bewaren.

## Aantallen en duur
modules-count = { $count ->
    [one] { $count } module
   *[other] { $count } modules
}
lessons-count = { $count ->
    [one] { $count } les
   *[other] { $count } lessen
}
lessons-done = { $total ->
    [one] { $done } van { $total } les af
   *[other] { $done } van { $total } lessen af
}
duration-minutes = { $minutes } min
duration-hours = { $hours } u
duration-hours-minutes = { $hours } u { $minutes } min
about-time = ongeveer { $time }

## Startpagina en modulepagina's
progress-label = Afgeronde lessen
progress-label-module = Afgeronde lessen in module { $number }
progress-label-this-module = Afgeronde lessen in deze module
start-course = Begin aan de cursus
continue-course = Ga verder waar je was gebleven
modules-heading = Modules
module-number = Module { $number }
module-with-title = Module { $number }: { $title }
lessons-heading = Lessen
printable-handout = Hand-out om te printen
facilitator-guide = Handleiding voor begeleiders

## Lespagina
breadcrumb-label = Kruimelpad
module-nav-label = Lessen in deze module
lesson-number = Les { $number }
lesson-of = Les { $number } van { $count }
takeaway = Om te onthouden
saved-in-browser = Wat je hier typt, wordt in deze browser bewaard.
mark-complete = Les als afgerond markeren
completed-undo = Afgerond ✓ — ongedaan maken
download-answers = Mijn antwoorden downloaden
module-complete = Module afgerond!
module-complete-text = Je hebt alle lessen van ‘{ $title }’ gedaan.
next-module = Volgende: { $title }
look-back-journal = Terugkijken in je logboek
prev-next-label = Vorige en volgende les
previous = Vorige
next = Volgende

## Logboek
journal-title = Mijn logboek
journal-lede = Alles wat je in deze cursus hebt geschreven, in de volgorde van de cursus. Het staat alleen in deze browser: exporteer het om een kopie te bewaren of om op een ander apparaat verder te gaan.
journal-noscript = Je logboek wordt uit de opslag van deze browser gelezen, en daarvoor is JavaScript nodig.
export-json = Exporteren (JSON, om later te importeren)
export-markdown = Exporteren als Markdown
import-json = Een JSON-export importeren
print = Printen
delete-all = Al mijn antwoorden wissen…
answered-only = Alleen beantwoord
orphans-title = Antwoorden op oefeningen die niet meer in de cursus staan
orphans-text = De cursus is veranderd sinds je dit schreef. Het blijft hier bewaard, zodat er niets verloren gaat.
no-answer-yet = Nog geen antwoord
entries = Notities
notes = Aantekeningen

## Pagina niet gevonden
not-found-title = Pagina niet gevonden
not-found-text = Deze pagina bestaat niet, of de cursus is anders ingedeeld sinds je een bladwijzer maakte.
go-home = Naar de startpagina van de cursus
open-journal = Mijn logboek openen

## Hand-outs, handleidingen en de geprinte cursus
handout-margin = Hand-out voor deelnemers · Module { $number }
handout-eyebrow = Hand-out voor deelnemers · Module { $number }
handout-print-note = Deze hand-out is gemaakt voor papier: A4 of Letter, de lessen na elkaar met ruimte om met de hand te schrijven, de antwoorden achteraan.
print-handout = Deze hand-out printen
name-label = Naam
date-label = Datum
in-this-module = In deze module
answer-key-pointer = De antwoorden op de quizvragen staan achteraan bij de antwoorden.
key-points = Kernpunten
answer-key = Antwoorden
answer-key-note = Kijk pas naar de antwoorden als je elke vraag hebt geprobeerd.
facilitator-margin = Handleiding voor begeleiders · Module { $number }
facilitator-eyebrow = Handleiding voor begeleiders · Module { $number }
facilitator-print-note = Een handleiding om deze module als live workshop te geven. Print hem samen met de hand-out voor deelnemers:
handout-link = Hand-out voor deelnemers, module { $number }
print-guide = Deze handleiding printen
guide-length = Duur
minutes-long = { $minutes ->
    [one] { $minutes } minuut
   *[other] { $minutes } minuten
}
self-paced = { $minutes } min in eigen tempo
guide-handout = Hand-out
guide-goal = Doel
agenda = Draaiboek
agenda-mismatch = Het draaiboek komt uit op { $total } minuten; de workshop is gepland voor { $planned }.
agenda-clock = Tijd
agenda-minutes = Min
agenda-activity = Activiteit en wat jij doet
agenda-done = Gedaan
agenda-end = Einde
before-you-start = Voordat je begint
materials = Materialen
pairing = Tweetallen maken
discussion-questions = Vragen voor het gesprek
no-facilitator-notes = Deze module heeft nog geen aanwijzingen voor begeleiders. Voeg een tabel [facilitator] toe aan de _index.md: duur, doel, materialen, tweetallen, vragen en een draaiboek.
lessons-at-a-glance = De lessen in één oogopslag
on-the-handout = Op de hand-out:
print-margin = De hele cursus
print-note = De hele cursus in één document, om op papier te lezen. Elke module heeft ook een hand-out voor deelnemers met ruimte om te schrijven, bijvoorbeeld:
print-course = De cursus printen
print-too-many = Deze cursus heeft { $count } lessen: te veel voor één document. Elke lespagina print netjes op zichzelf, en elke module heeft een hand-out om te printen:
handout-short = hand-out
contents = Inhoud
module-lesson = Module { $module } · Les { $lesson }

## Oefeningen
kind-reflection = Reflectie
kind-journal = Logboek
kind-quiz = Quiz
kind-practice = Oefenen
kind-scale = Zelfbeoordeling
kind-compose = Schrijven
hint = Tip:
exercise-noscript = JavaScript staat uit: je kunt deze oefening lezen en printen, maar wat je hier typt wordt niet bewaard.
your-answers = Je antwoorden
your-answer = Je antwoord
entry-prompt = Wat gebeurde er, en wat heb je ervan geleerd?
new-entry = Nieuwe notitie
add-entry = Notitie toevoegen
your-entries = Je notities
choose-all = (kies alles wat van toepassing is)
check-answers = Mijn antwoorden nakijken
try-again = Opnieuw proberen
steps = Stappen
practice-notes = Aantekeningen: hoe ging het?
fill-in-parts = Vul de delen in
your-text = Je tekst
copy = Kopiëren
clear-answers = Mijn antwoorden wissen
paper-each-entry = Voor elke notitie: { $prompt }
paper-entry = Notitie { $number }
paper-date = Datum:
paper-quiz-instruction = Kies één antwoord per vraag; als de vraag dat zegt, vink je alles aan wat klopt. De antwoorden staan achteraan.
tick-all = (vink alles aan wat klopt)
paper-practice-instruction = Vink elke stap af zodra je hem hebt gedaan.
paper-scale-instruction = Omcirkel bij elke uitspraak één antwoord.
statement = Uitspraak
put-together = Zet het nu samen:

## Added with the facilitator hub and the 404 page's module list
not-found-modules = De modules van deze cursus
facilitator-hub = Begeleidersomgeving
facilitator-hub-note = De papieren van alle modules staan in de
facilitator-print-materials = Print ook de materialen onder ‘Voordat je begint’.

## Widget en zoeken: meldingen van de scripts in de browser (sonder.js, sonder-journal.js, search.js).
## Elke pagina neemt de hare mee als JSON (data-sonder-messages, zie docs/markup.md).
widget-saved = Opgeslagen
widget-unsaved-newer = Je antwoorden worden niet opgeslagen: ze zijn geschreven door een nieuwere versie van deze cursus, dus deze pagina laat ze alleen zien.
widget-unsaved-blocked = Je antwoorden worden niet opgeslagen: deze browser laat deze pagina niets bewaren (opslag geblokkeerd of een privévenster).
widget-unsaved-full = Je antwoorden worden niet opgeslagen: de opslag van deze browser voor deze site is vol.
widget-unsaved-refused = Je antwoorden worden niet opgeslagen: deze browser weigerde ze te bewaren.
widget-unsaved-no-room = Je antwoorden worden niet opgeslagen: de antwoorden in deze browser waren niet te lezen, en er is geen ruimte om een kopie te bewaren.
widget-unsaved-download = Download ze voordat je deze pagina verlaat.
widget-unsaved-error = Je antwoorden worden niet opgeslagen: er ging iets mis op deze pagina. Download ze voordat je de pagina verlaat.
widget-unsaved-no-start = Je antwoorden worden niet opgeslagen: deze browser kon het deel van de pagina dat ze opslaat niet starten.
widget-backup-copied = Je opgeslagen antwoorden waren niet te lezen. Ze zijn gekopieerd naar ‘{ $key }’ in de opslag van deze browser, en de cursus begint met een leeg logboek.
widget-lessons-progress = { $total ->
    [one] { $done } van { $total } les
   *[other] { $done } van { $total } lessen
}
widget-continue = Verder met: { $lesson }
widget-course-complete = Cursus afgerond: open je logboek
widget-saved-at = Opgeslagen · { $time }
widget-correct = Goed.
widget-not-quite = Niet helemaal.
widget-quiz-score = { $right } van { $total } goed
widget-entry-empty = Schrijf eerst je notitie en kies dan ‘{ add-entry }’.
widget-copied = Gekopieerd ✓
widget-copy-failed = Deze browser liet de pagina niet kopiëren. De tekst is geselecteerd: druk op Ctrl+C (⌘C op een Mac) om hem te kopiëren.
widget-clear-confirm = Je antwoorden op deze oefening wissen? Wil je ze bewaren, exporteer dan eerst je logboek.
widget-cleared = Je antwoorden op deze oefening zijn gewist.
widget-no-journal = Deze pagina kon sonder-journal.js niet laden en kan je antwoorden dus alleen tonen en als JSON exporteren. Er is niets veranderd.
widget-not-done = Niet gedaan
widget-done = Gedaan
widget-draft = Concept:
widget-edit = Bewerken
widget-delete = Verwijderen
widget-edit-entry = Notitie van { $time } bewerken
widget-delete-entry = Notitie van { $time } verwijderen
widget-save = Opslaan
widget-cancel = Annuleren
widget-entry-saved = Je notitie is opgeslagen.
widget-entry-deleted = De notitie is verwijderd.
widget-delete-entry-confirm = Deze notitie uit je logboek verwijderen? Dat kan niet ongedaan worden gemaakt, tenzij je je logboek eerder hebt geëxporteerd.
widget-reset-confirm = Exporteer eerst je logboek! Kies Annuleren om alles te houden en ‘Exporteren’ te gebruiken. Kies OK om nu al je antwoorden en je voortgang in deze cursus uit deze browser te verwijderen.
widget-reset-done = Al je antwoorden in deze cursus zijn uit deze browser verwijderd.
widget-kept = Deze browser bewaart je logboek tot je het zelf verwijdert.
widget-may-delete = Deze browser kan je logboek wissen als je deze cursus een paar weken niet bezoekt, dus exporteer het af en toe.
widget-last-export = Laatste export: { $time }.
widget-never-exported = Je hebt het nog niet geëxporteerd.
widget-backup-reminder = Tijd voor een back-up: kies ‘{ export-json }’ en bewaar het bestand op een veilige plek.
widget-backup-last = Je laatste export was op { $time }.
widget-backup-never = Je hebt je logboek nog niet geëxporteerd.
widget-import-readonly = Importeren kan hier niet: deze browser bevat antwoorden van een nieuwere versie van de cursus. Er is niets veranderd.
widget-import-too-large = Dit bestand is groter dan 2 MB, dus het kan geen export van het logboek zijn. Kies het .json-bestand dat de JSON-export van het logboek heeft bewaard. Er is niets veranderd.
widget-import-markdown = Dit is de Markdown-export, die is om te lezen; kies het .json-bestand om te importeren. Er is niets veranderd.
widget-import-unreadable = Dit bestand kon niet worden gelezen. Er is niets veranderd.
widget-import-not-json = Dit bestand is geen geldige JSON en dus geen export van het logboek: kies het .json-bestand dat de JSON-export van het logboek heeft bewaard. Er is niets veranderd.
widget-import-not-export = Dit bestand is geen logboekexport van sonder: kies het .json-bestand dat de JSON-export van het logboek heeft bewaard. Er is niets veranderd.
widget-import-schema = Dit bestand gebruikt een onbekende schemaversie ({ $found }); deze pagina leest versie 0 tot en met { $max }. Misschien komt het van een nieuwere versie van de cursus. Er is niets veranderd.
widget-import-other-course = Dit bestand hoort bij de cursus ‘{ $file }’, maar dit is de cursus ‘{ $course }’. Er is niets veranderd.
widget-import-damaged = Dit bestand is beschadigd: een deel van de inhoud is niet wat een export van het logboek schrijft. Er is niets veranderd.
widget-import-nothing = Import klaar: er is niets veranderd, deze browser had alles uit het bestand al.
widget-import-nothing-kept = { $count ->
    [one] Import klaar: er is niets veranderd, deze browser had alles uit het bestand al, of nieuwer ({ $count } antwoord hier was nieuwer en is gehouden).
   *[other] Import klaar: er is niets veranderd, deze browser had alles uit het bestand al, of nieuwer ({ $count } antwoorden hier waren nieuwer en zijn gehouden).
}
widget-import-done = Import klaar: { $parts }.
widget-import-added = { $count ->
    [one] { $count } nieuw antwoord
   *[other] { $count } nieuwe antwoorden
}
widget-import-updated = { $count ->
    [one] { $count } antwoord bijgewerkt
   *[other] { $count } antwoorden bijgewerkt
}
widget-import-kept = { $count ->
    [one] { $count } antwoord gehouden omdat dat hier nieuwer was
   *[other] { $count } antwoorden gehouden omdat die hier nieuwer waren
}
widget-import-same = { $count ->
    [one] { $count } antwoord was al gelijk
   *[other] { $count } antwoorden waren al gelijk
}
widget-import-lessons = { $count ->
    [one] { $count } wijziging in de voortgang van lessen
   *[other] { $count } wijzigingen in de voortgang van lessen
}
widget-md-exported = Geëxporteerd op { $date } (cursus-id { $course }).
widget-md-no-answer = (nog geen antwoord)
search-button = Zoeken
search-title = Zoeken in deze cursus
search-close = Sluiten
search-label = Lessen, oefeningen en je eigen antwoorden
search-results = Resultaten
search-keys = ↑ ↓ om te kiezen, Enter om te openen, Esc om te sluiten
search-unavailable = Zoeken is niet beschikbaar: de index (assets/search/index.js) kon niet worden geladen.
search-loading = De zoekindex wordt geladen…
search-too-short = Typ minstens twee letters.
search-pages = Lessen en pagina’s
search-answers = Je antwoorden
search-top = { $count ->
    [one] Het beste resultaat.
   *[other] De beste { $count } resultaten.
}
search-count = { $count ->
    [one] { $count } resultaat.
   *[other] { $count } resultaten.
}
search-none = Geen resultaten voor ‘{ $query }’.
search-missing = Niet in de cursus: { $words }.

## Begeleidersomgeving (facilitator/index.html)
hub-eyebrow = Voor begeleiders
hub-lede = Alles om de cursus als live workshops te geven: de hand-out voor deelnemers van elke module, jouw handleiding en het materiaal om te printen, met de duur van elke sessie.
hub-new-before = Begeleid je deze workshops voor het eerst?
hub-new-after = legt uit hoe je je voorbereidt, duo’s vormt en de groep veilig houdt.
hub-workshops = { $count ->
    [one] { $count } workshop
   *[other] { $count } workshops
}
hub-workshops-time = { $workshops }, samen { $time }
hub-module = Module
hub-session = Sessie
hub-handout = Hand-out voor deelnemers
hub-guide = Handleiding voor begeleiders
hub-materials = Materiaal om te printen
hub-not-planned = nog niet gepland
hub-handout-link = Hand-out
hub-guide-link = Handleiding
hub-of-module = , module { $number }
hub-no-notes = (nog geen notities)
hub-none = geen
hub-total = Totaal
hub-timed = { $total ->
    [one] { $timed } van { $total } sessie heeft een geplande duur
   *[other] { $timed } van { $total } sessies hebben een geplande duur
}
hub-printing = Printen
hub-printing-text = Elke hand-out, handleiding en elk materiaal is gemaakt voor A4- of Letter-papier: open het en print het vanuit je browser. Hand-outs zetten de lessen achter elkaar, met ruimte om met de hand te schrijven; materiaalvellen hebben stippellijnen om langs te knippen.
hub-pdfs = Kant-en-klare pdf’s staan hierboven naast de hand-outs en handleidingen.
hub-pdfs-and-course = Kant-en-klare pdf’s staan hierboven naast de hand-outs en handleidingen, en de hele cursus staat in één
hub-course-pdf = De hele cursus staat in één
hub-pdf-end = .
pdf-about = { $pages ->
    [one] pdf, { $pages } pagina, { $kb } kB
   *[other] pdf, { $pages } pagina’s, { $kb } kB
}
material-question-cards = Vraagkaarten: { $cards ->
    [one] { $cards } kaart
   *[other] { $cards } kaarten
} op { $sheets ->
    [one] { $sheets } vel
   *[other] { $sheets } vellen
}
material-scenario-cards = Situatiekaarten: { $cards ->
    [one] { $cards } kaart
   *[other] { $cards } kaarten
} op { $sheets ->
    [one] { $sheets } vel
   *[other] { $sheets } vellen
}
material-model = Modelhand-out van één pagina
material-title-question-cards = Vraagkaarten
material-title-scenario-cards = Situatiekaarten
material-title-model = Modelhand-out

## Materiaal om te printen
material-cards-note = { $count ->
    [one] { $count } kaart, { $per } per vel A4 of Letter: print en knip langs de stippellijnen.
   *[other] { $count } kaarten, { $per } per vel A4 of Letter: print en knip langs de stippellijnen.
}
material-page-note = Eén pagina A4 of Letter, één exemplaar per deelnemer.
material-back = Terug naar de
material-back-guide = handleiding voor begeleiders
material-back-or = of de
material-back-hub = begeleidersomgeving
material-card = Kaart { $number } van { $count }
material-discussion = Gespreksvraag
material-talk = Praat erover
material-try = Probeer het: { $title }

## Lespagina
all-lessons = { $count ->
    [one] De les
   *[other] Alle { $count } lessen
}

## SCORM-startpagina
lms-noscript = Deze cursus heeft JavaScript nodig om aan je leerplatform te rapporteren.
lms-open-course = Open de cursus
lms-to-read = om hem te lezen.
lms-close = Sluiten
lms-rejected = Je leerplatform heeft het voortgangsrapport van deze cursus niet aangenomen{ $detail }. Je antwoorden staan nog steeds in deze browser, en je kunt gewoon verder.
lms-error = fout { $code }
lms-room = Je leerplatform bewaart { $limit } tekens aan antwoorden voor deze cursus, dus je antwoorden op { $exercises } blijven alleen in deze browser en gaan niet mee naar een andere computer. Wil je ze meenemen, exporteer dan je logboek via ‘{ nav-journal }’.
lms-room-entries = { $count ->
    [one] ‘{ $title }’ ({ $count } logboeknotitie)
   *[other] ‘{ $title }’ ({ $count } logboeknotities)
}
lms-room-entries-draft = { $count ->
    [one] ‘{ $title }’ ({ $count } logboeknotitie en je concept)
   *[other] ‘{ $title }’ ({ $count } logboeknotities en je concept)
}
lms-room-exercise = ‘{ $title }’
