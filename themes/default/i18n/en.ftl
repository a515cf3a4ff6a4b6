# The interface strings of the default theme, in English: the reference catalogue. Every other
# catalogue has the same message ids. A course overrides any of them in i18n/<lang>.ftl.
# Syntax: https://projectfluent.org/fluent/guide/ ; numbers choose plural forms with [one] etc.

## Languages of a course in several languages (the switcher in the header)
language-name = English
language-switcher-label = Language
language-untranslated = This lesson has not been translated yet. You can read it in the course's original language:

## Frame of every page
skip-link = Skip to content
nav-label = Site
nav-course = Course
nav-journal = My journal
footer-label = About this course
footer-print = The whole course, for print
footer-note = Your answers stay in this browser on this device. Export your journal to keep a copy.

## Counts and durations
modules-count = { $count ->
    [one] { $count } module
   *[other] { $count } modules
}
lessons-count = { $count ->
    [one] { $count } lesson
   *[other] { $count } lessons
}
# Progress: "3 of 19 lessons done"
lessons-done = { $total ->
    [one] { $done } of { $total } lesson done
   *[other] { $done } of { $total } lessons done
}
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
about-time = about { $time }

## Home and module pages
progress-label = Lessons completed
progress-label-module = Lessons completed in module { $number }
progress-label-this-module = Lessons completed in this module
start-course = Start the course
continue-course = Continue where you left off
modules-heading = Modules
module-number = Module { $number }
module-with-title = Module { $number }: { $title }
lessons-heading = Lessons
printable-handout = Printable handout
facilitator-guide = Facilitator guide

## Lesson page
breadcrumb-label = Breadcrumb
module-nav-label = Lessons in this module
lesson-number = Lesson { $number }
lesson-of = Lesson { $number } of { $count }
takeaway = Takeaway
saved-in-browser = Answers you type here are saved in this browser.
mark-complete = Mark lesson complete
completed-undo = Completed ✓ — undo
download-answers = Download my answers
module-complete = Module complete!
module-complete-text = You finished every lesson of “{ $title }”.
next-module = Next: { $title }
look-back-journal = Look back in your journal
prev-next-label = Previous and next lesson
previous = Previous
next = Next

## Journal page
journal-title = My journal
journal-lede = Everything you have written in this course, in course order. It lives in this browser only: export it to keep a copy or to continue on another device.
journal-noscript = Your journal is read from this browser's storage, which needs JavaScript.
export-json = Export (JSON, to import later)
export-markdown = Export as Markdown
import-json = Import a JSON export
print = Print
delete-all = Delete all my answers…
answered-only = Answered only
orphans-title = Answers to exercises no longer in the course
orphans-text = The course changed since you wrote these. They are kept here so nothing you wrote is lost.
no-answer-yet = No answer yet
entries = Entries
notes = Notes

## Page not found
not-found-title = Page not found
not-found-text = This page does not exist, or the course has been reorganised since you bookmarked it.
go-home = Go to the course home
open-journal = Open my journal

## Handouts, facilitator guides and the printed course
handout-margin = Participant handout · Module { $number }
handout-eyebrow = Participant handout · Module { $number }
handout-print-note = This handout is made for paper: A4 or Letter, lessons one after another with space to write by hand, the answer key last.
print-handout = Print this handout
name-label = Name
date-label = Date
in-this-module = In this module
answer-key-pointer = The answers to the quiz questions are in the answer key at the end.
key-points = Key points
answer-key = Answer key
answer-key-note = Check your answers after you have tried every question.
facilitator-margin = Facilitator guide · Module { $number }
facilitator-eyebrow = Facilitator guide · Module { $number }
facilitator-print-note = A guide for running this module as a live workshop. Print it together with the participant handout:
handout-link = Participant handout, module { $number }
print-guide = Print this guide
guide-length = Length
minutes-long = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
self-paced = { $minutes } min self-paced
guide-handout = Handout
guide-goal = Goal
agenda = Agenda
agenda-mismatch = The agenda adds up to { $total } minutes; the workshop is planned for { $planned }.
agenda-clock = Clock
agenda-minutes = Min
agenda-activity = Activity and what you do
agenda-done = Done
agenda-end = End
before-you-start = Before you start
materials = Materials
pairing = Pairing people up
discussion-questions = Discussion questions
no-facilitator-notes = This module has no facilitator notes yet. Add a [facilitator] table to its _index.md: duration, goal, materials, pairing, questions and an agenda.
lessons-at-a-glance = The lessons, at a glance
on-the-handout = On the handout:
print-margin = The whole course
print-note = The whole course in one document, for reading on paper. Each module also has a participant handout with space to write, for example:
print-course = Print the course
print-too-many = This course has { $count } lessons: too many to print as one document. Every lesson page prints cleanly on its own, and each module has a printable handout:
handout-short = handout
contents = Contents
module-lesson = Module { $module } · Lesson { $lesson }

## Exercises
kind-reflection = Reflection
kind-journal = Journal
kind-quiz = Quiz
kind-practice = Practice
kind-scale = Self-assessment
kind-compose = Compose
hint = Hint:
exercise-noscript = JavaScript is off: you can read and print this exercise, but answers typed here will not be saved.
your-answers = Your answers
your-answer = Your answer
entry-prompt = What happened, and what did you learn?
new-entry = New entry
add-entry = Add entry
your-entries = Your entries
choose-all = (choose all that apply)
check-answers = Check my answers
try-again = Try again
steps = Steps
practice-notes = Notes: how did it go?
fill-in-parts = Fill in the parts
your-text = Your text
copy = Copy
clear-answers = Clear my answers
paper-each-entry = For each entry: { $prompt }
paper-entry = Entry { $number }
paper-date = Date:
paper-quiz-instruction = Mark one answer per question; where a question says so, tick every answer that applies. The answers are in the answer key at the end.
tick-all = (tick all that apply)
paper-practice-instruction = Tick each step when you have done it.
paper-scale-instruction = Circle one answer for each statement.
statement = Statement
put-together = Now put it together:

## Added with the facilitator hub and the 404 page's module list
not-found-modules = The modules of this course
facilitator-hub = Facilitator hub
facilitator-hub-note = Every module's papers are in the
facilitator-print-materials = Also print the materials listed under “Before you start”.

## Widget and search: messages shown by the browser scripts (sonder.js, sonder-journal.js,
## search.js). Each page carries the ones it can show as JSON in
## <script type="application/json" data-sonder-messages> (docs/markup.md); { $name } is filled in
## the browser, and plural variants are chosen there with the language's CLDR rules
## (Intl.PluralRules). A message may select on one number only, and may name other messages.
# Every page: save state and storage problems
widget-saved = Saved
widget-unsaved-newer = Your answers are not saved: they were written by a newer version of this course, so this page only shows them.
widget-unsaved-blocked = Your answers are not saved: this browser does not let this page store anything (blocked storage or a private window).
widget-unsaved-full = Your answers are not saved: this browser’s storage for this site is full.
widget-unsaved-refused = Your answers are not saved: this browser refused to store them.
widget-unsaved-no-room = Your answers are not saved: the answers stored in this browser could not be read, and there is no room to keep a copy.
widget-unsaved-download = Download them before you leave this page.
widget-unsaved-error = Your answers are not saved: something went wrong on this page. Download them before you leave it.
widget-unsaved-no-start = Your answers are not saved: this browser could not start the part of the page that saves them.
# $key: where in the browser's storage the unreadable answers were copied
widget-backup-copied = Your saved answers could not be read. They were copied to “{ $key }” in this browser’s storage, and this course starts with a clean journal.
# Home, module and lesson pages: progress
widget-lessons-progress = { $total ->
    [one] { $done } of { $total } lesson
   *[other] { $done } of { $total } lessons
}
# $lesson: the title of the next unfinished lesson
widget-continue = Continue: { $lesson }
widget-course-complete = Course complete: open your journal
# Exercises. $time: the time of day, formatted for the language by the browser
widget-saved-at = Saved · { $time }
widget-correct = Correct.
widget-not-quite = Not quite.
widget-quiz-score = { $right } of { $total } right
widget-entry-empty = Type your entry first, then choose “{ add-entry }”.
widget-copied = Copied ✓
widget-copy-failed = This browser did not let the page copy. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.
widget-clear-confirm = Clear your answers to this exercise? If you want to keep them, export your journal first.
widget-cleared = Your answers to this exercise were cleared.
# Journal page. $time: a date and time, formatted for the language by the browser
widget-no-journal = This page could not load sonder-journal.js, so it can only show your answers and export them as JSON. Nothing was changed.
widget-not-done = Not done
widget-done = Done
widget-draft = Draft:
widget-edit = Edit
widget-delete = Delete
widget-edit-entry = Edit the entry of { $time }
widget-delete-entry = Delete the entry of { $time }
widget-save = Save
widget-cancel = Cancel
widget-entry-saved = Your entry was saved.
widget-entry-deleted = The entry was deleted.
widget-delete-entry-confirm = Delete this journal entry? This cannot be undone, unless you exported your journal before.
widget-reset-confirm = Export your journal first! Press Cancel to keep everything and use “Export”. Press OK to delete all your answers and progress in this course from this browser now.
widget-reset-done = All your answers to this course were deleted from this browser.
widget-kept = This browser keeps your journal until you delete it.
widget-may-delete = This browser may delete your journal if you do not visit this course for some weeks, so export it now and then.
widget-last-export = Last export: { $time }.
widget-never-exported = You have not exported it yet.
widget-backup-reminder = Time for a backup: choose “{ export-json }” and keep the file somewhere safe.
widget-backup-last = Your last export was on { $time }.
widget-backup-never = You have not exported your journal yet.
# Importing a journal export
widget-import-readonly = Import is not possible here: this browser holds answers from a newer version of the course. Nothing was changed.
widget-import-too-large = This file is larger than 2 MB, so it cannot be a journal export. Choose the .json file that the journal’s JSON export saved. Nothing was changed.
widget-import-markdown = This is the Markdown export, which is for reading; choose the .json file to import. Nothing was changed.
widget-import-unreadable = This file could not be read. Nothing was changed.
widget-import-not-json = This file is not valid JSON, so it is not a journal export: choose the .json file that the journal’s JSON export saved. Nothing was changed.
widget-import-not-export = This file is not a sonder journal export: choose the .json file that the journal’s JSON export saved. Nothing was changed.
# $found: the schema version the file names; $max: the newest this page reads
widget-import-schema = This file uses an unknown schema version ({ $found }); this page reads versions 0 to { $max }. It may come from a newer version of the course. Nothing was changed.
# $file: the course id in the file; $course: this course's id
widget-import-other-course = This file belongs to the course “{ $file }”, but this is the course “{ $course }”. Nothing was changed.
widget-import-damaged = This file is damaged: some of what it holds is not what a journal export writes. Nothing was changed.
widget-import-nothing = Import finished: nothing changed, this browser already had everything in the file.
widget-import-nothing-kept = { $count ->
    [one] Import finished: nothing changed, this browser already had everything in the file or newer ({ $count } answer here was newer and kept).
   *[other] Import finished: nothing changed, this browser already had everything in the file or newer ({ $count } answers here were newer and kept).
}
# $parts: the counts below, joined as a list in the language
widget-import-done = Import finished: { $parts }.
widget-import-added = { $count ->
    [one] { $count } new answer
   *[other] { $count } new answers
}
widget-import-updated = { $count ->
    [one] { $count } answer updated
   *[other] { $count } answers updated
}
widget-import-kept = { $count ->
    [one] { $count } answer kept because the one here was newer
   *[other] { $count } answers kept because the ones here were newer
}
widget-import-same = { $count ->
    [one] { $count } answer already the same
   *[other] { $count } answers already the same
}
widget-import-lessons = { $count ->
    [one] { $count } lesson progress change
   *[other] { $count } lesson progress changes
}
# The Markdown export. $date: when; $course: the course id
widget-md-exported = Exported { $date } (course id { $course }).
widget-md-no-answer = (no answer yet)
# Search (the header button and the dialog)
search-button = Search
search-title = Search this course
search-close = Close
search-label = Lessons, exercises and your own answers
search-results = Results
search-keys = ↑ ↓ to choose, Enter to open, Esc to close
search-unavailable = Search is not available: its index (assets/search/index.js) could not be loaded.
search-loading = Loading the search index…
search-too-short = Type at least two letters.
search-pages = Lessons and pages
search-answers = Your answers
search-top = { $count ->
    [one] Top result.
   *[other] Top { $count } results.
}
search-count = { $count ->
    [one] { $count } result.
   *[other] { $count } results.
}
# $query: what the learner typed
search-none = No results for “{ $query }”.
# $words: the query's words the course does not have, joined as a list
search-missing = Not in the course: { $words }.

## Facilitator hub (facilitator/index.html)
hub-eyebrow = For facilitators
hub-lede = Everything for running the course as live workshops: each module's participant handout, your facilitator guide and the printable materials, with the time each session takes.
# Followed by a link to the course's "For facilitators" page ($link is its title)
hub-new-before = New to running these workshops?
hub-new-after = covers preparing, pairing people up and keeping the room safe.
hub-workshops = { $count ->
    [one] { $count } workshop
   *[other] { $count } workshops
}
# $workshops: the count above; $time: their total length
hub-workshops-time = { $workshops }, { $time } in all
hub-module = Module
hub-session = Session
hub-handout = Participant handout
hub-guide = Facilitator guide
hub-materials = Materials to print
hub-not-planned = not planned yet
hub-handout-link = Handout
hub-guide-link = Guide
# Hidden text after "Handout" and "Guide", for screen readers
hub-of-module = , module { $number }
hub-no-notes = (no notes yet)
hub-none = none
hub-total = Total
hub-timed = { $total ->
    [one] { $timed } of { $total } session has a planned length
   *[other] { $timed } of { $total } sessions have a planned length
}
hub-printing = Printing
hub-printing-text = Every handout, guide and material is made for A4 or Letter paper: open it and print it from your browser. Handouts run lessons one after another with space to write by hand; material sheets have dashed lines to cut along.
hub-pdfs = Ready-made PDFs are linked beside the handouts and guides above.
# Followed by a link to the whole course's PDF
hub-pdfs-and-course = Ready-made PDFs are linked beside the handouts and guides above, and the whole course is one
hub-course-pdf = The whole course is one
# After the link to the whole course's PDF
hub-pdf-end = .
# A printed PDF: "PDF, 3 pages, 124 KB"
pdf-about = { $pages ->
    [one] PDF, { $pages } page, { $kb } KB
   *[other] PDF, { $pages } pages, { $kb } KB
}
# What a printable material is, on the hub and in the guide
material-question-cards = Question cards: { $cards ->
    [one] { $cards } card
   *[other] { $cards } cards
} on { $sheets ->
    [one] { $sheets } sheet
   *[other] { $sheets } sheets
}
material-scenario-cards = Scenario cards: { $cards ->
    [one] { $cards } card
   *[other] { $cards } cards
} on { $sheets ->
    [one] { $sheets } sheet
   *[other] { $sheets } sheets
}
material-model = One-page model handout
# A material without its own title is named by its kind
material-title-question-cards = Question cards
material-title-scenario-cards = Scenario cards
material-title-model = Model handout

## Printable materials (cards and model handouts)
material-cards-note = { $count ->
    [one] { $count } card, { $per } to a sheet of A4 or Letter: print, then cut along the dashed lines.
   *[other] { $count } cards, { $per } to a sheet of A4 or Letter: print, then cut along the dashed lines.
}
material-page-note = One page for A4 or Letter, one copy per participant.
# Followed by links to the guide and the hub
material-back = Back to the
material-back-guide = facilitator guide
material-back-or = or the
material-back-hub = facilitator hub
material-card = Card { $number } of { $count }
material-discussion = Discussion question
material-talk = Talk about it
material-try = Try it: { $title }

## Lesson page: the module navigation's link to every lesson
all-lessons = { $count ->
    [one] All { $count } lesson
   *[other] All { $count } lessons
}

## SCORM launch page (scorm-launch.html and sonder-scorm.js)
lms-noscript = This course needs JavaScript to report to your learning platform.
lms-open-course = Open the course
lms-to-read = to read it.
lms-close = Close
# $detail: the platform's error, e.g. " (error 101: General exception)", or nothing
lms-rejected = Your learning platform did not accept this course’s progress report{ $detail }. Your answers are still saved in this browser, and you can carry on.
lms-error = error { $code }
# $limit: how many characters the platform keeps; $exercises: the exercises left out, as a list
lms-room = Your learning platform keeps { $limit } characters of answers for this course, so your answers to { $exercises } stay in this browser only and will not follow you to another computer. To take them along, export your journal from “{ nav-journal }”.
lms-room-entries = { $count ->
    [one] “{ $title }” ({ $count } journal entry)
   *[other] “{ $title }” ({ $count } journal entries)
}
lms-room-entries-draft = { $count ->
    [one] “{ $title }” ({ $count } journal entry and your draft)
   *[other] “{ $title }” ({ $count } journal entries and your draft)
}
lms-room-exercise = “{ $title }”
