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

## Widget et recherche : messages des scripts du navigateur (sonder.js, sonder-journal.js, search.js).
## Chaque page emporte les siens en JSON (data-sonder-messages, voir docs/markup.md).
widget-saved = Enregistré
widget-unsaved-newer = Tes réponses ne sont pas enregistrées : elles viennent d’une version plus récente de ce parcours, alors cette page se contente de les afficher.
widget-unsaved-blocked = Tes réponses ne sont pas enregistrées : ce navigateur ne laisse cette page rien stocker (stockage bloqué ou fenêtre privée).
widget-unsaved-full = Tes réponses ne sont pas enregistrées : l’espace de stockage de ce navigateur pour ce site est plein.
widget-unsaved-refused = Tes réponses ne sont pas enregistrées : ce navigateur a refusé de les stocker.
widget-unsaved-no-room = Tes réponses ne sont pas enregistrées : les réponses stockées dans ce navigateur sont illisibles, et il n’y a pas la place d’en garder une copie.
widget-unsaved-download = Télécharge-les avant de quitter cette page.
widget-unsaved-error = Tes réponses ne sont pas enregistrées : un problème est survenu sur cette page. Télécharge-les avant de la quitter.
widget-unsaved-no-start = Tes réponses ne sont pas enregistrées : ce navigateur n’a pas pu lancer la partie de la page qui les enregistre.
widget-backup-copied = Tes réponses enregistrées étaient illisibles. Elles ont été copiées sous « { $key } » dans le stockage de ce navigateur, et le parcours repart avec un journal vide.
widget-lessons-progress = { $total ->
    [one] { $done } leçon sur { $total }
   *[other] { $done } leçons sur { $total }
}
widget-continue = Reprendre : { $lesson }
widget-course-complete = Parcours terminé : ouvrir ton journal
widget-saved-at = Enregistré · { $time }
widget-correct = Exact.
widget-not-quite = Pas tout à fait.
widget-quiz-score = { $right ->
    [one] { $right } bonne réponse sur { $total }
   *[other] { $right } bonnes réponses sur { $total }
}
widget-entry-empty = Écris d’abord ton entrée, puis choisis « { add-entry } ».
widget-copied = Copié ✓
widget-copy-failed = Ce navigateur n’a pas laissé la page copier. Le texte est sélectionné : appuie sur Ctrl+C (⌘C sur Mac) pour le copier.
widget-clear-confirm = Effacer tes réponses à cet exercice ? Si tu veux les garder, exporte d’abord ton journal.
widget-cleared = Tes réponses à cet exercice ont été effacées.
widget-no-journal = Cette page n’a pas pu charger sonder-journal.js : elle peut seulement afficher tes réponses et les exporter en JSON. Rien n’a été modifié.
widget-not-done = Pas fait
widget-done = Fait
widget-draft = Brouillon :
widget-edit = Modifier
widget-delete = Supprimer
widget-edit-entry = Modifier l’entrée du { $time }
widget-delete-entry = Supprimer l’entrée du { $time }
widget-save = Enregistrer
widget-cancel = Annuler
widget-entry-saved = Ton entrée a été enregistrée.
widget-entry-deleted = L’entrée a été supprimée.
widget-delete-entry-confirm = Supprimer cette entrée du journal ? C’est définitif, sauf si tu as exporté ton journal avant.
widget-reset-confirm = Exporte d’abord ton journal ! « Annuler » garde tout, et tu pourras choisir « Exporter ». « OK » supprime maintenant de ce navigateur toutes tes réponses et ta progression dans ce parcours.
widget-reset-done = Toutes tes réponses à ce parcours ont été supprimées de ce navigateur.
widget-kept = Ce navigateur garde ton journal jusqu’à ce que tu le supprimes.
widget-may-delete = Ce navigateur risque d’effacer ton journal si tu ne reviens pas sur ce parcours pendant quelques semaines : exporte-le de temps en temps.
widget-last-export = Dernier export : { $time }.
widget-never-exported = Tu ne l’as encore jamais exporté.
widget-backup-reminder = C’est le moment d’une sauvegarde : choisis « { export-json } » et range le fichier en lieu sûr.
widget-backup-last = Ton dernier export date du { $time }.
widget-backup-never = Tu n’as encore jamais exporté ton journal.
widget-import-readonly = Impossible d’importer ici : ce navigateur contient des réponses d’une version plus récente du parcours. Rien n’a été modifié.
widget-import-too-large = Ce fichier dépasse 2 Mo : ce ne peut pas être un export du journal. Choisis le fichier .json enregistré par l’export JSON du journal. Rien n’a été modifié.
widget-import-markdown = C’est l’export Markdown, fait pour être lu ; pour importer, choisis le fichier .json. Rien n’a été modifié.
widget-import-unreadable = Impossible de lire ce fichier. Rien n’a été modifié.
widget-import-not-json = Ce fichier n’est pas du JSON valide, ce n’est donc pas un export du journal : choisis le fichier .json enregistré par l’export JSON du journal. Rien n’a été modifié.
widget-import-not-export = Ce fichier n’est pas un export de journal sonder : choisis le fichier .json enregistré par l’export JSON du journal. Rien n’a été modifié.
widget-import-schema = Ce fichier utilise une version de schéma inconnue ({ $found }) ; cette page lit les versions 0 à { $max }. Il vient peut-être d’une version plus récente du parcours. Rien n’a été modifié.
widget-import-other-course = Ce fichier appartient au parcours « { $file } », or tu es dans le parcours « { $course } ». Rien n’a été modifié.
widget-import-damaged = Ce fichier est endommagé : une partie de son contenu ne ressemble pas à ce qu’écrit un export du journal. Rien n’a été modifié.
widget-import-nothing = Import terminé : rien n’a changé, ce navigateur avait déjà tout le contenu du fichier.
widget-import-nothing-kept = { $count ->
    [one] Import terminé : rien n’a changé, ce navigateur avait déjà tout le contenu du fichier, ou plus récent ({ $count } réponse d’ici, plus récente, a été gardée).
   *[other] Import terminé : rien n’a changé, ce navigateur avait déjà tout le contenu du fichier, ou plus récent ({ $count } réponses d’ici, plus récentes, ont été gardées).
}
widget-import-done = Import terminé : { $parts }.
widget-import-added = { $count ->
    [one] { $count } nouvelle réponse
   *[other] { $count } nouvelles réponses
}
widget-import-updated = { $count ->
    [one] { $count } réponse mise à jour
   *[other] { $count } réponses mises à jour
}
widget-import-kept = { $count ->
    [one] { $count } réponse gardée car celle d’ici était plus récente
   *[other] { $count } réponses gardées car celles d’ici étaient plus récentes
}
widget-import-same = { $count ->
    [one] { $count } réponse déjà identique
   *[other] { $count } réponses déjà identiques
}
widget-import-lessons = { $count ->
    [one] { $count } changement de progression
   *[other] { $count } changements de progression
}
widget-md-exported = Exporté le { $date } (identifiant du parcours { $course }).
widget-md-no-answer = (pas encore de réponse)
search-button = Rechercher
search-title = Rechercher dans ce parcours
search-close = Fermer
search-label = Leçons, exercices et tes propres réponses
search-results = Résultats
search-keys = ↑ ↓ pour choisir, Entrée pour ouvrir, Échap pour fermer
search-unavailable = La recherche n’est pas disponible : son index (assets/search/index.js) n’a pas pu être chargé.
search-loading = Chargement de l’index de recherche…
search-too-short = Tape au moins deux lettres.
search-pages = Leçons et pages
search-answers = Tes réponses
search-top = { $count ->
    [one] Le meilleur résultat.
   *[other] Les { $count } meilleurs résultats.
}
search-count = { $count ->
    [one] { $count } résultat.
   *[other] { $count } résultats.
}
search-none = Aucun résultat pour « { $query } ».
search-missing = Absent du parcours : { $words }.

## Espace animateur (facilitator/index.html)
hub-eyebrow = Pour les animateurs
hub-lede = Tout pour animer le parcours en ateliers : le support participant de chaque module, ton guide d’animateur et le matériel à imprimer, avec la durée de chaque séance.
hub-new-before = Tu animes ces ateliers pour la première fois ?
hub-new-after = explique comment se préparer, former les binômes et garder un climat de confiance.
hub-workshops = { $count ->
    [one] { $count } atelier
   *[other] { $count } ateliers
}
hub-workshops-time = { $workshops }, { $time } au total
hub-module = Module
hub-session = Séance
hub-handout = Support participant
hub-guide = Guide de l’animateur
hub-materials = Matériel à imprimer
hub-not-planned = pas encore prévue
hub-handout-link = Support
hub-guide-link = Guide
hub-of-module = , module { $number }
hub-no-notes = (pas encore de notes)
hub-none = aucun
hub-total = Total
hub-timed = { $timed ->
    [one] { $timed } séance sur { $total } a une durée prévue
   *[other] { $timed } séances sur { $total } ont une durée prévue
}
hub-printing = Impression
hub-printing-text = Chaque support, guide et matériel est conçu pour du papier A4 ou Letter : ouvre-le et imprime-le depuis ton navigateur. Les supports enchaînent les leçons avec de la place pour écrire à la main ; les planches de matériel ont des pointillés pour découper.
hub-pdfs = Des PDF prêts à l’emploi sont liés à côté des supports et des guides ci-dessus.
hub-pdfs-and-course = Des PDF prêts à l’emploi sont liés à côté des supports et des guides ci-dessus, et tout le parcours tient en un
hub-course-pdf = Tout le parcours tient en un
hub-pdf-end = .
pdf-about = { $pages ->
    [one] PDF, { $pages } page, { $kb } Ko
   *[other] PDF, { $pages } pages, { $kb } Ko
}
material-question-cards = Cartes questions : { $cards ->
    [one] { $cards } carte
   *[other] { $cards } cartes
} sur { $sheets ->
    [one] { $sheets } feuille
   *[other] { $sheets } feuilles
}
material-scenario-cards = Cartes situations : { $cards ->
    [one] { $cards } carte
   *[other] { $cards } cartes
} sur { $sheets ->
    [one] { $sheets } feuille
   *[other] { $sheets } feuilles
}
material-model = Fiche modèle d’une page
material-title-question-cards = Cartes questions
material-title-scenario-cards = Cartes situations
material-title-model = Fiche modèle

## Matériel à imprimer
material-cards-note = { $count ->
    [one] { $count } carte, { $per } par feuille A4 ou Letter : imprime, puis découpe le long des pointillés.
   *[other] { $count } cartes, { $per } par feuille A4 ou Letter : imprime, puis découpe le long des pointillés.
}
material-page-note = Une page A4 ou Letter, un exemplaire par participant.
material-back = Retour au
material-back-guide = guide de l’animateur
material-back-or = ou à la page
material-back-hub = Espace animateur
material-card = Carte { $number } sur { $count }
material-discussion = Question de discussion
material-talk = Parlez-en
material-try = À essayer : { $title }

## Page de leçon
all-lessons = { $count ->
    [one] La leçon
   *[other] Les { $count } leçons
}

## Page de lancement SCORM
lms-noscript = Ce parcours a besoin de JavaScript pour rendre compte à ta plateforme de formation.
lms-open-course = Ouvre le parcours
lms-to-read = pour le lire.
lms-close = Fermer
lms-rejected = Ta plateforme de formation n’a pas accepté le rapport de progression de ce parcours{ $detail }. Tes réponses restent enregistrées dans ce navigateur, et tu peux continuer.
lms-error = erreur { $code }
lms-room = Ta plateforme de formation garde { $limit } caractères de réponses pour ce parcours : tes réponses à { $exercises } restent donc dans ce navigateur et ne te suivront pas sur un autre ordinateur. Pour les emporter, exporte ton journal depuis « { nav-journal } ».
lms-room-entries = { $count ->
    [one] « { $title } » ({ $count } entrée du journal)
   *[other] « { $title } » ({ $count } entrées du journal)
}
lms-room-entries-draft = { $count ->
    [one] « { $title } » ({ $count } entrée du journal et ton brouillon)
   *[other] « { $title } » ({ $count } entrées du journal et ton brouillon)
}
lms-room-exercise = « { $title } »
