//! The German starter course of `sonder init --language de`: the same shape as the English one
//! (scaffold.rs: one module with facilitator notes, one lesson, one exercise of each kind), written
//! in German from scratch, with German folder, file and exercise names.

use sonder::model::ExerciseKind;

use super::scaffold::{toml_str, LocalExercise, Starter, StarterExercise};

pub const STARTER: Starter = Starter {
    description: "Ein Kurs zum Lernen im eigenen Tempo.",
    module_dir: "01-erste-schritte",
    lesson_file: "01-willkommen.md",
    next_lesson: "01-erste-schritte/02-naechster-schritt",
    home,
    module: MODULE,
    lesson: LESSON,
    exercises: EXERCISES,
};

fn home(title: &str) -> String {
    format!(
        r#"+++
title = {}
+++

Willkommen! Dieser Kurs besteht aus kurzen Lektionen mit Übungen. Nimm dir so viel Zeit, wie du
brauchst: Deine Antworten bleiben in diesem Browser, und *Mein Journal* sammelt sie an einem Ort.

Ersetze diesen Text (content/_index.md) durch die Startseite deines Kurses.
"#,
        toml_str(title)
    )
}

const MODULE: &str = r#"+++
title = "Erste Schritte"
weight = 1
description = "Wie der Kurs funktioniert, und jede Übungsart einmal ausprobiert."

# Notizen für Trainer: Daraus wird der Leitfaden dieses Moduls, wenn du es als Workshop durchführst.
[facilitator]
duration = 60
goal = "Alle wissen, wie der Kurs aufgebaut ist, und haben jede Übungsart einmal ausprobiert."
materials = ["Ein Bildschirm oder Beamer für den Kurs", "Eine Uhr oder ein Timer", "Haftnotizen"]
pairing = "Bilde Paare aus Leuten, die sonst wenig miteinander zu tun haben; nach der Hälfte wird getauscht."
questions = ["Was möchtest du am Ende des Kurses können?", "Welche Übung hat dir am meisten gebracht, und warum?"]

[[facilitator.agenda]]
minutes = 10
activity = "Ankommen und Begrüßung"
notes = "Stell den Kurs kurz vor; jede Person nennt eine Sache, die sie lernen möchte."

[[facilitator.agenda]]
minutes = 35
activity = "Die erste Lektion zu zweit"
notes = "Die Paare lesen die Lektion und machen die Übungen gemeinsam. Geh herum und hör zu."

[[facilitator.agenda]]
minutes = 15
activity = "Auswertung"
notes = "Arbeite mit den Diskussionsfragen; zum Schluss nennt jede Person ihren nächsten Schritt."
+++

Dieses Modul zeigt, wie der Kurs funktioniert. Ersetze diesen Text
(content/01-erste-schritte/_index.md) durch die Einleitung deines Moduls.
"#;

const LESSON: &str = r#"+++
title = "Willkommen"
weight = 1
description = "Wie dieser Kurs funktioniert, und jede Übungsart einmal zum Ausprobieren."
duration = 20
exercises = ["willkommen-praxis", "willkommen-text", "willkommen-journal"]
takeaway = "Wer regelmäßig ein wenig übt, kommt weiter als mit einem langen Text."
key_points = ["Die Lektionen sind kurz; gelernt wird vor allem in den Übungen.", "Deine Antworten bleiben in deinem Browser; unter Mein Journal kannst du sie als Kopie exportieren."]
+++

Jede Lektion ist ein kurzer Text mit Übungen danach. Diese hier zeigt jede Übungsart einmal.

## Wie eine Lektion entsteht

Eine Lektion ist eine Markdown-Datei im Ordner ihres Moduls, zum Beispiel
`content/01-erste-schritte/01-willkommen.md`. Ihr Kopf (zwischen den `+++`-Zeilen) enthält den
Titel, die Reihenfolge (`weight`), die Dauer und die Übungen, die nach dem Text kommen. Auf eine
andere Lektion verlinkst du mit ihrem Dateinamen, etwa [zurück zum Anfang dieser Lektion](01-willkommen.md#wie-eine-lektion-entsteht).

Eine neue Lektion legst du mit `sonder new lesson 01-erste-schritte/02-naechster-schritt` an, eine
neue Übung mit `sonder new exercise meine-uebung --kind reflection`.

## Übungen mitten im Text

Eine Übung kann an jeder Stelle im Text stehen, in einer eigenen Zeile:

{{ exercise willkommen-reflexion }}

Ein Quiz prüft, ob etwas verstanden wurde, und erklärt die Antwort:

{{ exercise willkommen-quiz }}

Eine Skala hilft einzuschätzen, wo man gerade steht:

{{ exercise willkommen-skala }}

Die Übungen aus dem Kopf der Lektion folgen unten.
"#;

/// The starter's exercises, one of each kind.
const EXERCISES: [LocalExercise; 6] = [
    LocalExercise { kind: ExerciseKind::Reflection, id: "willkommen-reflexion", title: "Warum du hier bist", text: REFLECTION },
    LocalExercise { kind: ExerciseKind::Journal, id: "willkommen-journal", title: "Kursjournal", text: JOURNAL },
    LocalExercise { kind: ExerciseKind::Quiz, id: "willkommen-quiz", title: "Wie der Kurs funktioniert", text: QUIZ },
    LocalExercise { kind: ExerciseKind::Practice, id: "willkommen-praxis", title: "Ein erster kleiner Schritt", text: PRACTICE },
    LocalExercise { kind: ExerciseKind::Scale, id: "willkommen-skala", title: "Wo du gerade stehst", text: SCALE },
    LocalExercise { kind: ExerciseKind::Compose, id: "willkommen-text", title: "Such dir einen Übungspartner", text: COMPOSE },
];

const REFLECTION: StarterExercise = StarterExercise {
    prompt: "Nimm dir ein paar Minuten und überleg, was dich zu diesem Kurs gebracht hat.",
    rest: r#"hint = "Hier gibt es kein Richtig oder Falsch: Schreib auf, was dir zuerst einfällt."

[[questions]]
id = "wunsch"
text = "Was möchtest du am Ende dieses Kurses können?"
rows = 3

[[questions]]
id = "hindernis"
text = "Was könnte dir in die Quere kommen, und wie gehst du damit um?"
placeholder = "z. B. volle Wochen; ich reserviere mir freitags früh zwanzig Minuten"
"#,
};

const JOURNAL: StarterExercise = StarterExercise {
    prompt: "Führe ein kurzes Journal, während du den Kurs durcharbeitest.",
    rest: r#"entry_prompt = "Was hast du heute ausprobiert, und was ist dir dabei aufgefallen?"
"#,
};

const QUIZ: StarterExercise = StarterExercise {
    prompt: "Prüf, was du behalten hast.",
    rest: r#"
[[questions]]
id = "wo-gespeichert"
text = "Wo werden deine Antworten gespeichert?"
choices = ["Auf einem Server", "In diesem Browser, auf diesem Gerät", "Gar nicht"]
answer = 1
explain = "Die Antworten bleiben in deinem Browser. Unter Mein Journal kannst du sie exportieren, um eine Kopie zu behalten oder auf einem anderen Gerät weiterzumachen."
"#,
};

const PRACTICE: StarterExercise = StarterExercise {
    prompt: "Probier das bis zur nächsten Lektion aus und notiere danach, wie es gelaufen ist.",
    rest: r#"
[[steps]]
id = "auswaehlen"
text = "Such dir ein Gespräch aus, das du diese Woche führen wirst."

[[steps]]
id = "vorbereiten"
text = "Schreib dir eine Frage auf, die du darin stellen willst."

[[steps]]
id = "nachdenken"
text = "Halte hinterher fest, was du dabei gelernt hast."
"#,
};

const SCALE: StarterExercise = StarterExercise {
    prompt: "Wie oft machst du das Folgende? Denk an eine ganz normale Woche.",
    rest: r#"scale = ["Selten", "Manchmal", "Oft", "Fast immer"]

[[statements]]
id = "feedback-holen"
text = "Ich bitte andere um Rückmeldung zu meiner Arbeit."

[[statements]]
id = "danken"
text = "Ich bedanke mich bei anderen für etwas Bestimmtes, das sie getan haben."
"#,
};

const COMPOSE: StarterExercise = StarterExercise {
    prompt: "Schreib eine kurze Nachricht an eine Kollegin oder einen Kollegen mit der Bitte, mit dir zu üben.",
    rest: r#"template = "Hallo {wer}, ich mache gerade einen Kurs über {thema}. Hättest du Lust, {bitte}?"

[[fields]]
id = "wer"
label = "Wen fragst du?"
placeholder = "Kim"

[[fields]]
id = "thema"
label = "Worum geht es im Kurs, in ein paar Worten?"
placeholder = "hilfreiches Feedback geben"

[[fields]]
id = "bitte"
label = "Worum genau bittest du?"
placeholder = "dich alle zwei Wochen zwanzig Minuten mit mir zum Üben zu treffen"
rows = 2
"#,
};
