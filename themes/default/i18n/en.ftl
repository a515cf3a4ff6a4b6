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
