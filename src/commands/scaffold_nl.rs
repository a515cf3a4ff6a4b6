//! The Dutch starter course of `sonder init --language nl`: the shape of the English one
//! (scaffold.rs), written in Dutch from scratch, with Dutch folder, file and exercise names.

use sonder::model::ExerciseKind;

use super::scaffold::{toml_str, LocalExercise, Starter, StarterExercise};

pub const STARTER: Starter = Starter {
    description: "Een cursus die je in je eigen tempo volgt.",
    module_dir: "01-eerste-stappen",
    lesson_file: "01-welkom.md",
    next_lesson: "01-eerste-stappen/02-volgende-stap",
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

Welkom! Deze cursus bestaat uit korte lessen met oefeningen. Werk ze door in je eigen tempo: je
antwoorden blijven in deze browser, en *Mijn logboek* zet ze allemaal bij elkaar.

Vervang deze tekst (content/_index.md) door de startpagina van je cursus.
"#,
        toml_str(title)
    )
}

const MODULE: &str = r#"+++
title = "Eerste stappen"
weight = 1
description = "Hoe de cursus werkt, en elke soort oefening een keer uitgeprobeerd."

# Notities voor begeleiders: hieruit wordt de handleiding van deze module als je hem als workshop geeft.
[facilitator]
duration = 60
goal = "Iedereen weet hoe de cursus werkt en heeft elke soort oefening een keer gedaan."
materials = ["Een scherm om de cursus te laten zien", "Een timer", "Plakbriefjes"]
pairing = "Zet mensen bij elkaar die niet dagelijks samenwerken; wissel halverwege van duo."
questions = ["Wat wil je aan het eind van de cursus kunnen?", "Welke oefening had je het meest aan, en waarom?"]

[[facilitator.agenda]]
minutes = 10
activity = "Welkom en korte kennismaking"
notes = "Stel de cursus voor; iedereen noemt één ding dat hij of zij hoopt te leren."

[[facilitator.agenda]]
minutes = 35
activity = "De eerste les, in duo's"
notes = "De duo's lezen de les en doen samen de oefeningen. Loop rond en luister mee."

[[facilitator.agenda]]
minutes = 15
activity = "Nabespreking"
notes = "Gebruik de gespreksvragen; sluit af met ieders volgende stap."
+++

Deze module laat zien hoe de cursus werkt. Vervang deze tekst
(content/01-eerste-stappen/_index.md) door de inleiding van je module.
"#;

const LESSON: &str = r#"+++
title = "Welkom"
weight = 1
description = "Hoe deze cursus werkt, en elke soort oefening een keer om te proberen."
duration = 20
exercises = ["welkom-oefenen", "welkom-bericht", "welkom-logboek"]
takeaway = "Regelmatig een beetje oefenen brengt je verder dan één lange tekst."
key_points = ["De lessen zijn kort; het leren gebeurt vooral in de oefeningen.", "Je antwoorden blijven in je browser; exporteer ze via Mijn logboek om een kopie te bewaren."]
+++

Elke les is een korte tekst met daarna oefeningen. Deze les laat elke soort oefening één keer zien.

## Zo schrijf je een les

Een les is een Markdown-bestand in de map van de module, bijvoorbeeld
`content/01-eerste-stappen/01-welkom.md`. De kop (tussen de regels met `+++`) bevat de titel, de
volgorde (`weight`), de duur en de oefeningen die na de tekst komen. Naar een andere les link je met
de bestandsnaam, bijvoorbeeld [terug naar het begin van deze les](01-welkom.md#zo-schrijf-je-een-les).

Voeg een les toe met `sonder new lesson 01-eerste-stappen/02-volgende-stap`, en een oefening met
`sonder new exercise mijn-oefening --kind reflection`.

## Oefeningen midden in de tekst

Een oefening kan overal in de tekst staan, op een eigen regel:

{{ exercise welkom-reflectie }}

Een quiz toetst of iets begrepen is en legt het antwoord uit:

{{ exercise welkom-quiz }}

Een schaal helpt te zien waar je nu staat:

{{ exercise welkom-schaal }}

De oefeningen uit de kop van de les volgen hieronder.
"#;

/// The starter's exercises, one of each kind.
const EXERCISES: [LocalExercise; 6] = [
    LocalExercise { kind: ExerciseKind::Reflection, id: "welkom-reflectie", title: "Waarom je hier bent", text: REFLECTION },
    LocalExercise { kind: ExerciseKind::Journal, id: "welkom-logboek", title: "Cursuslogboek", text: JOURNAL },
    LocalExercise { kind: ExerciseKind::Quiz, id: "welkom-quiz", title: "Hoe de cursus werkt", text: QUIZ },
    LocalExercise { kind: ExerciseKind::Practice, id: "welkom-oefenen", title: "Een eerste kleine stap", text: PRACTICE },
    LocalExercise { kind: ExerciseKind::Scale, id: "welkom-schaal", title: "Waar je nu staat", text: SCALE },
    LocalExercise { kind: ExerciseKind::Compose, id: "welkom-bericht", title: "Zoek een oefenmaatje", text: COMPOSE },
];

const REFLECTION: StarterExercise = StarterExercise {
    prompt: "Neem een paar minuten om na te gaan wat je naar deze cursus heeft gebracht.",
    rest: r#"hint = "Er zijn geen foute antwoorden: schrijf op wat het eerst bij je opkomt."

[[questions]]
id = "wens"
text = "Wat wil je aan het eind van deze cursus kunnen?"
rows = 3

[[questions]]
id = "obstakel"
text = "Wat zou je in de weg kunnen zitten, en hoe ga je daarmee om?"
placeholder = "bijv. drukke weken; ik houd op vrijdagochtend twintig minuten vrij"
"#,
};

const JOURNAL: StarterExercise = StarterExercise {
    prompt: "Houd tijdens de cursus een kort logboek bij.",
    rest: r#"entry_prompt = "Wat heb je vandaag geprobeerd, en wat viel je op?"
"#,
};

const QUIZ: StarterExercise = StarterExercise {
    prompt: "Kijk wat je nog weet.",
    rest: r#"
[[questions]]
id = "waar-bewaard"
text = "Waar worden je antwoorden bewaard?"
choices = ["Op een server", "In deze browser, op dit apparaat", "Nergens"]
answer = 1
explain = "Je antwoorden blijven in je browser. Exporteer ze via Mijn logboek om een kopie te bewaren of om op een ander apparaat verder te gaan."
"#,
};

const PRACTICE: StarterExercise = StarterExercise {
    prompt: "Probeer dit voor de volgende les en schrijf daarna op hoe het ging.",
    rest: r#"
[[steps]]
id = "kiezen"
text = "Kies een gesprek dat je deze week gaat voeren."

[[steps]]
id = "voorbereiden"
text = "Schrijf één vraag op die je daarin wilt stellen."

[[steps]]
id = "terugkijken"
text = "Noteer na afloop wat je ervan hebt geleerd."
"#,
};

const SCALE: StarterExercise = StarterExercise {
    prompt: "Hoe vaak doe je het volgende? Denk aan een gewone week.",
    rest: r#"scale = ["Zelden", "Soms", "Vaak", "Bijna altijd"]

[[statements]]
id = "feedback-vragen"
text = "Ik vraag anderen om feedback op mijn werk."

[[statements]]
id = "bedanken"
text = "Ik bedank mensen voor iets concreets dat ze hebben gedaan."
"#,
};

const COMPOSE: StarterExercise = StarterExercise {
    prompt: "Schrijf een kort bericht waarin je een collega vraagt om samen met jou te oefenen.",
    rest: r#"template = "Hoi {wie}, ik volg een cursus over {onderwerp}. Zou je {verzoek}?"

[[fields]]
id = "wie"
label = "Wie ga je het vragen?"
placeholder = "Sanne"

[[fields]]
id = "onderwerp"
label = "Waar gaat de cursus over, in een paar woorden?"
placeholder = "bruikbare feedback geven"

[[fields]]
id = "verzoek"
label = "Wat vraag je precies?"
placeholder = "om de twee weken twintig minuten met me willen oefenen"
rows = 2
"#,
};
