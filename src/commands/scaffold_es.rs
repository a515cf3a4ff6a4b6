//! The Spanish starter course of `sonder init --language es`: the shape of the English one
//! (scaffold.rs), written in Spanish from scratch, with Spanish folder, file and exercise names.

use sonder::model::ExerciseKind;

use super::scaffold::{toml_str, LocalExercise, Starter, StarterExercise};

pub const STARTER: Starter = Starter {
    description: "Un curso para avanzar a tu propio ritmo.",
    module_dir: "01-primeros-pasos",
    lesson_file: "01-bienvenida.md",
    next_lesson: "01-primeros-pasos/02-siguiente-paso",
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

¡Te damos la bienvenida! Este curso es una serie de lecciones cortas con ejercicios. Avanza a tu
ritmo: tus respuestas se guardan solo en este navegador, y *Mi diario* las reúne en un mismo lugar.

Sustituye este texto (content/_index.md) por la página de inicio de tu curso.
"#,
        toml_str(title)
    )
}

const MODULE: &str = r#"+++
title = "Primeros pasos"
weight = 1
description = "Cómo funciona el curso, y una primera prueba de cada tipo de ejercicio."

# Notas para facilitadores: se imprimen como la guía de este módulo si lo impartes como taller.
[facilitator]
duration = 60
goal = "Cada participante sabe cómo funciona el curso y ha probado una vez cada tipo de ejercicio."
materials = ["Una pantalla para mostrar el curso", "Un temporizador", "Notas adhesivas"]
pairing = "Forma parejas de personas que no trabajan juntas a diario; cámbialas a mitad de la sesión."
questions = ["¿Qué te gustaría saber hacer al terminar el curso?", "¿Qué ejercicio te resultó más útil, y por qué?"]

[[facilitator.agenda]]
minutes = 10
activity = "Bienvenida y ronda inicial"
notes = "Presenta el curso; cada persona dice una cosa que espera aprender."

[[facilitator.agenda]]
minutes = 35
activity = "La primera lección, en parejas"
notes = "Las parejas leen la lección y hacen juntas los ejercicios. Pasea por la sala y escucha."

[[facilitator.agenda]]
minutes = 15
activity = "Puesta en común"
notes = "Usa las preguntas para conversar; cierra con el siguiente paso de cada persona."
+++

Este módulo muestra cómo funciona el curso. Sustituye este texto
(content/01-primeros-pasos/_index.md) por la introducción de tu módulo.
"#;

const LESSON: &str = r#"+++
title = "Bienvenida"
weight = 1
description = "Cómo funciona este curso, y una primera prueba de cada tipo de ejercicio."
duration = 20
exercises = ["bienvenida-practica", "bienvenida-mensaje", "bienvenida-diario"]
takeaway = "Practicar un poco con regularidad rinde más que una lectura larga."
key_points = ["Las lecciones son cortas; lo que más enseña son los ejercicios.", "Tus respuestas se quedan en tu navegador; expórtalas desde Mi diario para conservar una copia."]
+++

Cada lección es un texto breve seguido de ejercicios. Esta muestra una vez cada tipo de ejercicio.

## Cómo se escribe una lección

Una lección es un archivo Markdown dentro de la carpeta de su módulo, por ejemplo
`content/01-primeros-pasos/01-bienvenida.md`. Su encabezado (entre las líneas `+++`) lleva el título,
el orden (`weight`), la duración y los ejercicios que aparecen después del texto. Para enlazar otra
lección, usa su nombre de archivo, por ejemplo [volver al principio de esta lección](01-bienvenida.md#cómo-se-escribe-una-lección).

Añade una lección con `sonder new lesson 01-primeros-pasos/02-siguiente-paso`, y un ejercicio con
`sonder new exercise mi-ejercicio --kind reflection`.

## Ejercicios dentro del texto

Un ejercicio puede ir en cualquier parte del texto, en una línea propia:

{{ exercise bienvenida-reflexion }}

Un cuestionario comprueba lo que se ha entendido y explica la respuesta:

{{ exercise bienvenida-cuestionario }}

Una escala ayuda a ver en qué punto estás:

{{ exercise bienvenida-escala }}

Los ejercicios indicados en el encabezado aparecen a continuación.
"#;

/// The starter's exercises, one of each kind.
const EXERCISES: [LocalExercise; 6] = [
    LocalExercise { kind: ExerciseKind::Reflection, id: "bienvenida-reflexion", title: "Por qué estás aquí", text: REFLECTION },
    LocalExercise { kind: ExerciseKind::Journal, id: "bienvenida-diario", title: "Diario del curso", text: JOURNAL },
    LocalExercise { kind: ExerciseKind::Quiz, id: "bienvenida-cuestionario", title: "Cómo funciona el curso", text: QUIZ },
    LocalExercise { kind: ExerciseKind::Practice, id: "bienvenida-practica", title: "Un primer paso pequeño", text: PRACTICE },
    LocalExercise { kind: ExerciseKind::Scale, id: "bienvenida-escala", title: "Dónde estás ahora", text: SCALE },
    LocalExercise { kind: ExerciseKind::Compose, id: "bienvenida-mensaje", title: "Busca un compañero de práctica", text: COMPOSE },
];

const REFLECTION: StarterExercise = StarterExercise {
    prompt: "Tómate unos minutos para pensar qué te ha traído a este curso.",
    rest: r#"hint = "No hay respuestas equivocadas: escribe lo primero que se te ocurra."

[[questions]]
id = "deseo"
text = "¿Qué te gustaría saber hacer al terminar este curso?"
rows = 3

[[questions]]
id = "obstaculo"
text = "¿Qué podría ponerse en tu camino, y cómo lo vas a resolver?"
placeholder = "p. ej., semanas con mucho trabajo; reservaré veinte minutos los viernes por la mañana"
"#,
};

const JOURNAL: StarterExercise = StarterExercise {
    prompt: "Lleva un diario breve mientras avanzas por el curso.",
    rest: r#"entry_prompt = "¿Qué probaste hoy, y qué notaste?"
"#,
};

const QUIZ: StarterExercise = StarterExercise {
    prompt: "Comprueba lo que recuerdas.",
    rest: r#"
[[questions]]
id = "donde-se-guarda"
text = "¿Dónde se guardan tus respuestas?"
choices = ["En un servidor", "En este navegador, en este dispositivo", "En ningún sitio"]
answer = 1
explain = "Las respuestas se quedan en tu navegador. Expórtalas desde Mi diario para conservar una copia o para seguir en otro dispositivo."
"#,
};

const PRACTICE: StarterExercise = StarterExercise {
    prompt: "Pruébalo antes de la próxima lección y luego anota cómo te fue.",
    rest: r#"
[[steps]]
id = "elegir"
text = "Elige una conversación que vayas a tener esta semana."

[[steps]]
id = "preparar"
text = "Apunta una pregunta que harás en ella."

[[steps]]
id = "reflexionar"
text = "Después, anota lo que aprendiste."
"#,
};

const SCALE: StarterExercise = StarterExercise {
    prompt: "¿Con qué frecuencia haces lo siguiente? Piensa en una semana normal.",
    rest: r#"scale = ["Rara vez", "A veces", "A menudo", "Casi siempre"]

[[statements]]
id = "pedir-opinion"
text = "Pido opinión sobre mi trabajo."

[[statements]]
id = "agradecer"
text = "Agradezco a los demás algo concreto que han hecho."
"#,
};

const COMPOSE: StarterExercise = StarterExercise {
    prompt: "Escribe un mensaje breve para pedirle a un compañero o una compañera que practique contigo.",
    rest: r#"template = "Hola, {quien}: estoy haciendo un curso sobre {tema}. ¿Te animarías a {peticion}?"

[[fields]]
id = "quien"
label = "¿A quién se lo vas a pedir?"
placeholder = "Alex"

[[fields]]
id = "tema"
label = "¿De qué trata el curso, en pocas palabras?"
placeholder = "dar comentarios útiles"

[[fields]]
id = "peticion"
label = "¿Qué le pides exactamente?"
placeholder = "quedar conmigo veinte minutos cada dos semanas para practicar"
rows = 2
"#,
};
