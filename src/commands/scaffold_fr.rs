//! The French starter course of `sonder init --language fr`: the shape of the English one
//! (scaffold.rs), written in French from scratch, with French folder, file and exercise names.

use sonder::model::ExerciseKind;

use super::scaffold::{toml_str, LocalExercise, Starter, StarterExercise};

pub const STARTER: Starter = Starter {
    description: "Un parcours à suivre à ton rythme.",
    module_dir: "01-premiers-pas",
    lesson_file: "01-bienvenue.md",
    next_lesson: "01-premiers-pas/02-etape-suivante",
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

Bienvenue ! Ce parcours se compose de courtes leçons accompagnées d’exercices. Avance à ton rythme :
tes réponses restent dans ce navigateur, et *Mon journal* les rassemble en un seul endroit.

Remplace ce texte (content/_index.md) par la page d’accueil de ton parcours.
"#,
        toml_str(title)
    )
}

const MODULE: &str = r#"+++
title = "Premiers pas"
weight = 1
description = "Comment fonctionne le parcours, et un premier essai de chaque type d’exercice."

# Notes pour l’animateur : elles deviennent le guide de ce module quand tu l’animes en atelier.
[facilitator]
duration = 60
goal = "Chacun sait comment fonctionne le parcours et a essayé une fois chaque type d’exercice."
materials = ["Un écran pour montrer le parcours", "Un minuteur", "Des post-it"]
pairing = "Associe des personnes qui ne travaillent pas ensemble au quotidien ; change les binômes à mi-parcours."
questions = ["Qu’aimerais-tu savoir faire à la fin du parcours ?", "Quel exercice t’a le plus servi, et pourquoi ?"]

[[facilitator.agenda]]
minutes = 10
activity = "Accueil et tour de table"
notes = "Présente le parcours ; chacun dit une chose qu’il espère apprendre."

[[facilitator.agenda]]
minutes = 35
activity = "La première leçon, en binômes"
notes = "Les binômes lisent la leçon et font les exercices ensemble. Circule et écoute."

[[facilitator.agenda]]
minutes = 15
activity = "Retour en groupe"
notes = "Appuie-toi sur les questions de discussion ; termine en demandant à chacun sa prochaine étape."
+++

Ce module montre comment fonctionne le parcours. Remplace ce texte
(content/01-premiers-pas/_index.md) par l’introduction de ton module.
"#;

const LESSON: &str = r#"+++
title = "Bienvenue"
weight = 1
description = "Comment fonctionne ce parcours, et un premier essai de chaque type d’exercice."
duration = 20
exercises = ["bienvenue-pratique", "bienvenue-message", "bienvenue-journal"]
takeaway = "Un peu de pratique régulière vaut mieux qu’une longue lecture."
key_points = ["Les leçons sont courtes ; c’est dans les exercices qu’on apprend vraiment.", "Tes réponses restent dans ton navigateur ; exporte-les depuis Mon journal pour en garder une copie."]
+++

Chaque leçon est un court texte suivi d’exercices. Celle-ci présente une fois chaque type d’exercice.

## Comment on écrit une leçon

Une leçon est un fichier Markdown rangé dans le dossier de son module, par exemple
`content/01-premiers-pas/01-bienvenue.md`. Son en-tête (entre les lignes `+++`) contient le titre,
l’ordre (`weight`), la durée et les exercices affichés après le texte. Pour renvoyer vers une autre
leçon, utilise son nom de fichier, par exemple [retour au début de cette leçon](01-bienvenue.md#comment-on-écrit-une-leçon).

Ajoute une leçon avec `sonder new lesson 01-premiers-pas/02-etape-suivante`, et un exercice avec
`sonder new exercise mon-exercice --kind reflection`.

## Des exercices dans le texte

Un exercice peut se placer n’importe où dans le texte, sur une ligne à part :

{{ exercise bienvenue-reflexion }}

Un quiz vérifie ce qui a été compris et explique la réponse :

{{ exercise bienvenue-quiz }}

Une échelle aide à voir où l’on en est :

{{ exercise bienvenue-echelle }}

Les exercices indiqués dans l’en-tête suivent ci-dessous.
"#;

/// The starter's exercises, one of each kind.
const EXERCISES: [LocalExercise; 6] = [
    LocalExercise { kind: ExerciseKind::Reflection, id: "bienvenue-reflexion", title: "Pourquoi tu es là", text: REFLECTION },
    LocalExercise { kind: ExerciseKind::Journal, id: "bienvenue-journal", title: "Journal de bord", text: JOURNAL },
    LocalExercise { kind: ExerciseKind::Quiz, id: "bienvenue-quiz", title: "Comment fonctionne le parcours", text: QUIZ },
    LocalExercise { kind: ExerciseKind::Practice, id: "bienvenue-pratique", title: "Un premier petit pas", text: PRACTICE },
    LocalExercise { kind: ExerciseKind::Scale, id: "bienvenue-echelle", title: "Où tu en es", text: SCALE },
    LocalExercise { kind: ExerciseKind::Compose, id: "bienvenue-message", title: "Trouver un partenaire d’entraînement", text: COMPOSE },
];

const REFLECTION: StarterExercise = StarterExercise {
    prompt: "Prends quelques minutes pour réfléchir à ce qui t’amène ici.",
    rest: r#"hint = "Il n’y a pas de mauvaise réponse : écris ce qui te vient en premier."

[[questions]]
id = "souhait"
text = "Qu’aimerais-tu savoir faire à la fin de ce parcours ?"
rows = 3

[[questions]]
id = "obstacle"
text = "Qu’est-ce qui pourrait te freiner, et comment comptes-tu t’y prendre ?"
placeholder = "par ex. les semaines chargées ; je bloque vingt minutes le vendredi matin"
"#,
};

const JOURNAL: StarterExercise = StarterExercise {
    prompt: "Tiens un court journal au fil du parcours.",
    rest: r#"entry_prompt = "Qu’as-tu essayé aujourd’hui, et qu’as-tu remarqué ?"
"#,
};

const QUIZ: StarterExercise = StarterExercise {
    prompt: "Vérifie ce que tu as retenu.",
    rest: r#"
[[questions]]
id = "ou-enregistre"
text = "Où tes réponses sont-elles enregistrées ?"
choices = ["Sur un serveur", "Dans ce navigateur, sur cet appareil", "Nulle part"]
answer = 1
explain = "Les réponses restent dans ton navigateur. Exporte-les depuis Mon journal pour en garder une copie ou pour passer sur un autre appareil."
"#,
};

const PRACTICE: StarterExercise = StarterExercise {
    prompt: "Essaie ceci avant la prochaine leçon, puis note comment ça s’est passé.",
    rest: r#"
[[steps]]
id = "choisir"
text = "Choisis une conversation que tu auras cette semaine."

[[steps]]
id = "preparer"
text = "Note une question que tu y poseras."

[[steps]]
id = "retenir"
text = "Après coup, note ce que tu en as appris."
"#,
};

const SCALE: StarterExercise = StarterExercise {
    prompt: "À quelle fréquence fais-tu ce qui suit ? Pense à une semaine ordinaire.",
    rest: r#"scale = ["Rarement", "Parfois", "Souvent", "Presque toujours"]

[[statements]]
id = "demander-retour"
text = "Je demande un retour sur mon travail."

[[statements]]
id = "remercier"
text = "Je remercie les gens pour quelque chose de précis qu’ils ont fait."
"#,
};

const COMPOSE: StarterExercise = StarterExercise {
    prompt: "Écris un court message pour proposer à un ou une collègue de t’entraîner avec toi.",
    rest: r#"template = "Bonjour {qui}, je suis un parcours sur {sujet}. Est-ce que tu accepterais de {demande} ?"

[[fields]]
id = "qui"
label = "À qui vas-tu le demander ?"
placeholder = "Camille"

[[fields]]
id = "sujet"
label = "De quoi parle le parcours, en quelques mots ?"
placeholder = "donner des retours utiles"

[[fields]]
id = "demande"
label = "Que demandes-tu exactement ?"
placeholder = "me retrouver vingt minutes toutes les deux semaines pour nous entraîner"
rows = 2
"#,
};
