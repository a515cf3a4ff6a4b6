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
