//! File templates for `sonder init` and `sonder new`. Every template builds without warnings.

use sonder::model::ExerciseKind;

/// A TOML string literal.
pub fn toml_str(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// A course id from a title or folder name: a lowercase slug of ASCII letters, digits and `-`
/// (accented letters lose their accent; other letters outside ASCII separate words).
pub fn course_id(from: &str) -> String {
    let ascii: String = from
        .chars()
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
            'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
            'ç' | 'Ç' => 'c',
            'ñ' | 'Ñ' => 'n',
            c if c.is_ascii() => c,
            _ => ' ',
        })
        .collect();
    if ascii.bytes().any(|b| b.is_ascii_alphanumeric()) {
        sonder::text::slugify(&ascii)
    } else {
        "my-course".into()
    }
}

/// A readable title from a file or folder name: `02-active-listening` -> `Active listening`.
pub fn title_from_name(name: &str) -> String {
    let words: Vec<&str> =
        name.split(['-', '_', ' ']).filter(|w| !w.is_empty()).skip_while(|w| w.bytes().all(|b| b.is_ascii_digit())).collect();
    let joined = words.join(" ");
    let mut chars = joined.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => "Untitled".into(),
    }
}

/// A starter course written in one language (scaffold_de.rs, _fr, _es, _pt, _nl): the
/// same shape as the English one below, with folder, file and exercise names in that language.
pub struct Starter {
    pub description: &'static str,
    /// The module's folder under content/ and the lesson's file in it.
    pub module_dir: &'static str,
    pub lesson_file: &'static str,
    /// What the next-steps hint suggests for a second lesson (`<module>/<file stem>`).
    pub next_lesson: &'static str,
    pub home: fn(&str) -> String,
    pub module: &'static str,
    pub lesson: &'static str,
    /// One exercise of each kind, in `ExerciseKind::ALL` order.
    pub exercises: [LocalExercise; 6],
}

/// A starter exercise in a starter's language: its id (file stem), title and text.
pub struct LocalExercise {
    pub kind: ExerciseKind,
    pub id: &'static str,
    pub title: &'static str,
    pub text: StarterExercise,
}

impl Starter {
    /// (exercise id, file text) of each starter exercise.
    pub fn exercise_files(&self) -> Vec<(&'static str, String)> {
        self.exercises.iter().map(|e| (e.id, e.text.file(e.kind, e.title))).collect()
    }
}

pub fn course_toml(id: &str, title: &str, language: &str, description: &str) -> String {
    format!(
        r#"[course]
# Namespaces the answers learners save in their browser: never change it once the course is out.
id = {}
title = {}
description = {}
language = {}

[build]
output = "public"
"#,
        toml_str(id),
        toml_str(title),
        toml_str(description),
        toml_str(language)
    )
}

pub fn home(title: &str) -> String {
    format!(
        r#"+++
title = {}
+++

Welcome! This course is a set of short lessons with exercises. Work through it at your own pace:
your answers are saved in this browser only, and *My journal* collects them in one place.

Replace this text (content/_index.md) with your course's welcome page.
"#,
        toml_str(title)
    )
}

pub const MODULE: &str = r#"+++
title = "Getting started"
weight = 1
description = "How the course works, and a first try of every kind of exercise."

# Facilitator notes: printed as this module's facilitator guide, for running it as a workshop.
[facilitator]
duration = 60
goal = "Participants know how the course works and have tried every kind of exercise once."
materials = ["A screen to show the course", "A timer", "Sticky notes"]
pairing = "Pair people who do not work together every day; swap pairs halfway."
questions = ["What do you want to be able to do at the end of the course?", "Which exercise felt most useful, and why?"]

[[facilitator.agenda]]
minutes = 10
activity = "Welcome and check-in"
notes = "Introduce the course; ask everyone for one thing they hope to learn."

[[facilitator.agenda]]
minutes = 35
activity = "The first lesson, in pairs"
notes = "Pairs read the lesson and do its exercises together. Walk around and listen."

[[facilitator.agenda]]
minutes = 15
activity = "Debrief"
notes = "Use the discussion questions; close with each person naming one next step."
+++

This module shows how the course works. Replace this text (content/01-getting-started/_index.md)
with your module's introduction.
"#;

pub const LESSON: &str = r#"+++
title = "Welcome"
weight = 1
description = "How this course works, and a first try of every kind of exercise."
duration = 20
exercises = ["welcome-practice", "welcome-compose", "welcome-journal"]
takeaway = "Small, regular practice beats a long read."
key_points = ["Lessons are short; the exercises are where the learning happens.", "Your answers stay in your browser; export them from My journal to keep a copy."]
+++

Each lesson is a short text followed by exercises. This one shows every kind of exercise once.

## How lessons are written

A lesson is a Markdown file in its module's folder, such as
`content/01-getting-started/01-welcome.md`. Its front matter (between the `+++` lines) holds the
title, the order (`weight`), the duration and the exercises shown after the text. Link to another
lesson by its file name, for example [back to the top of this lesson](01-welcome.md#how-lessons-are-written).

Add a lesson with `sonder new lesson 01-getting-started/02-next-step`, and an exercise with
`sonder new exercise my-exercise --kind reflection`.

## Exercises inside the text

An exercise can stand anywhere in the text, on a line of its own:

{{ exercise welcome-reflection }}

A quiz checks understanding and explains the answer:

{{ exercise welcome-quiz }}

A scale helps learners see where they stand:

{{ exercise welcome-scale }}

The exercises listed in the front matter follow below.
"#;

/// A starter exercise of one kind: its prompt, and the kind's own keys after it (TOML).
pub struct StarterExercise {
    pub prompt: &'static str,
    pub rest: &'static str,
}

impl StarterExercise {
    /// The exercise file, titled `title`.
    pub fn file(&self, kind: ExerciseKind, title: &str) -> String {
        format!("title = {}\nkind = \"{}\"\nprompt = \"\"\"\n{}\n\"\"\"\n{}", toml_str(title), kind.name(), self.prompt, self.rest)
    }
}

/// An exercise file of `kind` to start from (`sonder init`, `sonder new exercise`).
pub fn exercise(kind: ExerciseKind, title: &str) -> String {
    let starter = match kind {
        ExerciseKind::Reflection => &REFLECTION,
        ExerciseKind::Journal => &JOURNAL,
        ExerciseKind::Quiz => &QUIZ,
        ExerciseKind::Practice => &PRACTICE,
        ExerciseKind::Scale => &SCALE,
        ExerciseKind::Compose => &COMPOSE,
    };
    starter.file(kind, title)
}

const REFLECTION: StarterExercise = StarterExercise {
    prompt: "Take a few minutes to think about why you are here.",
    rest: r#"hint = "There are no wrong answers: write what comes to mind first."

[[questions]]
id = "hope"
text = "What do you hope to be able to do at the end of this course?"
rows = 3

[[questions]]
id = "obstacle"
text = "What could get in the way, and how will you handle it?"
placeholder = "e.g. busy weeks; I will block twenty minutes on Friday mornings"
"#,
};

const JOURNAL: StarterExercise = StarterExercise {
    prompt: "Keep a short journal as you go through the course.",
    rest: r#"entry_prompt = "What did you try today, and what did you notice?"
"#,
};

const QUIZ: StarterExercise = StarterExercise {
    prompt: "Check what you remember.",
    rest: r#"
[[questions]]
id = "where-saved"
text = "Where are your answers saved?"
choices = ["On a server", "In this browser, on this device", "Nowhere"]
answer = 1
explain = "Answers stay in your browser. Export them from My journal to keep a copy or to move to another device."
"#,
};

const PRACTICE: StarterExercise = StarterExercise {
    prompt: "Try this before the next lesson, then note how it went.",
    rest: r#"
[[steps]]
id = "pick"
text = "Pick one conversation you will have this week."

[[steps]]
id = "prepare"
text = "Write down one question you will ask in it."

[[steps]]
id = "reflect"
text = "Afterwards, note what you learned."
"#,
};

const SCALE: StarterExercise = StarterExercise {
    prompt: "How often do you do the following? Answer for a typical week.",
    rest: r#"scale = ["Rarely", "Sometimes", "Often", "Almost always"]

[[statements]]
id = "ask-feedback"
text = "I ask for feedback on my work."

[[statements]]
id = "give-thanks"
text = "I thank people for specific things they did."
"#,
};

const COMPOSE: StarterExercise = StarterExercise {
    prompt: "Write a short message asking a colleague to be your practice partner.",
    rest: r#"template = "Hi {who}, I'm taking a course on {topic}. Would you {ask}?"

[[fields]]
id = "who"
label = "Who will you ask?"
placeholder = "Sam"

[[fields]]
id = "topic"
label = "What is the course about, in a few words?"
placeholder = "giving useful feedback"

[[fields]]
id = "ask"
label = "What exactly are you asking for?"
placeholder = "meet me for twenty minutes every other week to practise"
rows = 2
"#,
};

pub fn new_module(title: &str, weight: i64) -> String {
    format!(
        r#"+++
title = {}
weight = {weight}
description = "One sentence: what this module is about."

# Facilitator notes (optional) print as this module's facilitator guide; see docs/course-format.md.
# [facilitator]
# duration = 60
# goal = "What participants leave with."
+++

Write the module's introduction here, in Markdown. Its lessons are the other .md files in this folder.
"#,
        toml_str(title)
    )
}

pub fn new_lesson(title: &str, weight: i64) -> String {
    format!(
        r#"+++
title = {}
weight = {weight}
duration = 10
+++

Write the lesson here, in Markdown.

## A first section

Place an exercise on a line of its own, like `{{{{ exercise some-id }}}}`, or list exercises in the
front matter: `exercises = ["some-id"]`.
"#,
        toml_str(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_titles() {
        assert_eq!(course_id("Leading With Trust: A Course"), "leading-with-trust-a-course");
        assert_eq!(course_id("Café crème"), "cafe-creme");
        assert_eq!(course_id("!!!"), "my-course");
        assert_eq!(title_from_name("02-active-listening"), "Active listening");
        assert_eq!(title_from_name("my_course"), "My course");
    }
}
