# Interface du thème par défaut en français (tutoiement, comme dans beaucoup de parcours de coaching).

## Langues d'un cours multilingue (le sélecteur de l'en-tête)
language-name = Français
language-switcher-label = Langue
language-untranslated = Cette leçon n'est pas encore traduite. Tu peux la lire dans la langue d'origine du cours :

## Cadre de chaque page
skip-link = Aller au contenu
nav-label = Site
nav-course = Parcours
nav-journal = Mon journal
footer-label = À propos de ce parcours
footer-print = Tout le parcours, à imprimer
footer-note = Tes réponses restent dans ce navigateur, sur cet appareil. Exporte ton journal pour en garder une copie.

## Nombres et durées
modules-count = { $count ->
    [one] { $count } module
   *[other] { $count } modules
}
lessons-count = { $count ->
    [one] { $count } leçon
   *[other] { $count } leçons
}
lessons-done = { $total ->
    [one] { $done } leçon terminée sur { $total }
   *[other] { $done } leçons terminées sur { $total }
}
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
about-time = environ { $time }

## Accueil et pages de module
progress-label = Leçons terminées
progress-label-module = Leçons terminées dans le module { $number }
progress-label-this-module = Leçons terminées dans ce module
start-course = Commencer le parcours
continue-course = Reprendre là où tu t’étais arrêté
modules-heading = Modules
module-number = Module { $number }
module-with-title = Module { $number } : { $title }
lessons-heading = Leçons
printable-handout = Support à imprimer
facilitator-guide = Guide de l’animateur

## Page de leçon
breadcrumb-label = Fil d’Ariane
module-nav-label = Leçons de ce module
lesson-number = Leçon { $number }
lesson-of = Leçon { $number } sur { $count }
takeaway = À retenir
saved-in-browser = Ce que tu écris ici est enregistré dans ce navigateur.
mark-complete = Marquer la leçon comme terminée
completed-undo = Terminée ✓ — annuler
download-answers = Télécharger mes réponses
module-complete = Module terminé !
module-complete-text = Tu as suivi toutes les leçons de « { $title } ».
next-module = Ensuite : { $title }
look-back-journal = Relire ton journal
prev-next-label = Leçon précédente et suivante
previous = Précédente
next = Suivante

## Journal
journal-title = Mon journal
journal-lede = Tout ce que tu as écrit dans ce parcours, dans l’ordre des leçons. Il n’existe que dans ce navigateur : exporte-le pour en garder une copie ou pour continuer sur un autre appareil.
journal-noscript = Ton journal est lu depuis le stockage de ce navigateur, ce qui demande JavaScript.
export-json = Exporter (JSON, à réimporter plus tard)
export-markdown = Exporter en Markdown
import-json = Importer un export JSON
print = Imprimer
delete-all = Effacer toutes mes réponses…
answered-only = Seulement les réponses données
orphans-title = Réponses à des exercices qui ne sont plus dans le parcours
orphans-text = Le parcours a changé depuis que tu les as écrites. Elles sont gardées ici pour que rien ne se perde.
no-answer-yet = Pas encore de réponse
entries = Entrées
notes = Notes

## Page introuvable
not-found-title = Page introuvable
not-found-text = Cette page n’existe pas, ou le parcours a été réorganisé depuis que tu l’as mise en favori.
go-home = Aller à l’accueil du parcours
open-journal = Ouvrir mon journal

## Supports, guides et parcours imprimé
handout-margin = Support du participant · Module { $number }
handout-eyebrow = Support du participant · Module { $number }
handout-print-note = Ce support est fait pour le papier : A4 ou Letter, les leçons à la suite avec de la place pour écrire à la main, le corrigé à la fin.
print-handout = Imprimer ce support
name-label = Nom
date-label = Date
in-this-module = Dans ce module
answer-key-pointer = Les réponses aux questions du quiz se trouvent dans le corrigé, à la fin.
key-points = Points clés
answer-key = Corrigé
answer-key-note = Consulte le corrigé une fois que tu as essayé chaque question.
facilitator-margin = Guide de l’animateur · Module { $number }
facilitator-eyebrow = Guide de l’animateur · Module { $number }
facilitator-print-note = Un guide pour animer ce module en atelier. Imprime-le avec le support du participant :
handout-link = Support du participant, module { $number }
print-guide = Imprimer ce guide
guide-length = Durée
minutes-long = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
self-paced = { $minutes } min en autonomie
guide-handout = Support
guide-goal = Objectif
agenda = Déroulé
agenda-mismatch = Le déroulé totalise { $total } minutes ; l’atelier est prévu pour { $planned }.
agenda-clock = Horaire
agenda-minutes = Min
agenda-activity = Activité et ce que tu fais
agenda-done = Fait
agenda-end = Fin
before-you-start = Avant de commencer
materials = Matériel
pairing = Former les binômes
discussion-questions = Questions pour la discussion
no-facilitator-notes = Ce module n’a pas encore de notes pour l’animateur. Ajoute une table [facilitator] à son _index.md : durée, objectif, matériel, binômes, questions et déroulé.
lessons-at-a-glance = Les leçons en un coup d’œil
on-the-handout = Sur le support :
print-margin = Tout le parcours
print-note = Tout le parcours en un seul document, à lire sur papier. Chaque module a aussi un support du participant avec de la place pour écrire, par exemple :
print-course = Imprimer le parcours
print-too-many = Ce parcours compte { $count } leçons : trop pour un seul document. Chaque page de leçon s’imprime proprement à elle seule, et chaque module a un support à imprimer :
handout-short = support
contents = Sommaire
module-lesson = Module { $module } · Leçon { $lesson }

## Exercices
kind-reflection = Réflexion
kind-journal = Journal
kind-quiz = Quiz
kind-practice = Mise en pratique
kind-scale = Auto-évaluation
kind-compose = Rédaction
hint = Indice :
exercise-noscript = JavaScript est désactivé : tu peux lire et imprimer cet exercice, mais ce que tu écris ici ne sera pas enregistré.
your-answers = Tes réponses
your-answer = Ta réponse
entry-prompt = Que s’est-il passé, et qu’en as-tu appris ?
new-entry = Nouvelle entrée
add-entry = Ajouter l’entrée
your-entries = Tes entrées
choose-all = (choisis toutes les bonnes réponses)
check-answers = Vérifier mes réponses
try-again = Réessayer
steps = Étapes
practice-notes = Notes : comment cela s’est-il passé ?
fill-in-parts = Complète chaque partie
your-text = Ton texte
copy = Copier
clear-answers = Effacer mes réponses
paper-each-entry = Pour chaque entrée : { $prompt }
paper-entry = Entrée { $number }
paper-date = Date :
paper-quiz-instruction = Coche une réponse par question ; quand la question le précise, coche toutes celles qui conviennent. Les réponses sont dans le corrigé, à la fin.
tick-all = (coche toutes celles qui conviennent)
paper-practice-instruction = Coche chaque étape une fois faite.
paper-scale-instruction = Entoure une réponse pour chaque affirmation.
statement = Affirmation
put-together = Maintenant, assemble le tout :

## Added with the facilitator hub and the 404 page's module list
not-found-modules = Les modules de ce parcours
facilitator-hub = Espace animateur
facilitator-hub-note = Les documents de tous les modules se trouvent ici :
facilitator-print-materials = Imprime aussi le matériel listé sous « Avant de commencer ».
