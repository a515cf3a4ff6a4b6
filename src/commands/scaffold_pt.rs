//! The Portuguese starter course of `sonder init --language pt`: the shape of the English one
//! (scaffold.rs), written in Brazilian Portuguese from scratch, with Portuguese folder, file and
//! exercise names.

use sonder::model::ExerciseKind;

use super::scaffold::{toml_str, LocalExercise, Starter, StarterExercise};

pub const STARTER: Starter = Starter {
    description: "Um curso para fazer no seu ritmo.",
    module_dir: "01-primeiros-passos",
    lesson_file: "01-boas-vindas.md",
    next_lesson: "01-primeiros-passos/02-proximo-passo",
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

Boas-vindas! Este curso é uma série de lições curtas com exercícios. Avance no seu ritmo: suas
respostas ficam salvas só neste navegador, e *Meu diário* reúne todas elas num só lugar.

Substitua este texto (content/_index.md) pela página inicial do seu curso.
"#,
        toml_str(title)
    )
}

const MODULE: &str = r#"+++
title = "Primeiros passos"
weight = 1
description = "Como o curso funciona, e uma primeira experiência com cada tipo de exercício."

# Notas para o facilitador: viram o guia deste módulo quando ele é conduzido como oficina.
[facilitator]
duration = 60
goal = "Todos sabem como o curso funciona e já experimentaram cada tipo de exercício uma vez."
materials = ["Uma tela para mostrar o curso", "Um cronômetro", "Post-its"]
pairing = "Forme duplas de pessoas que não trabalham juntas no dia a dia; troque as duplas na metade."
questions = ["O que você quer saber fazer ao final do curso?", "Qual exercício foi mais útil para você, e por quê?"]

[[facilitator.agenda]]
minutes = 10
activity = "Acolhida e rodada de apresentação"
notes = "Apresente o curso; cada pessoa diz uma coisa que espera aprender."

[[facilitator.agenda]]
minutes = 35
activity = "A primeira lição, em duplas"
notes = "As duplas leem a lição e fazem os exercícios juntas. Circule pela sala e escute."

[[facilitator.agenda]]
minutes = 15
activity = "Conversa final"
notes = "Use as perguntas para discussão; encerre com cada pessoa dizendo seu próximo passo."
+++

Este módulo mostra como o curso funciona. Substitua este texto
(content/01-primeiros-passos/_index.md) pela introdução do seu módulo.
"#;

const LESSON: &str = r#"+++
title = "Boas-vindas"
weight = 1
description = "Como este curso funciona, e uma primeira experiência com cada tipo de exercício."
duration = 20
exercises = ["boas-vindas-pratica", "boas-vindas-mensagem", "boas-vindas-diario"]
takeaway = "Praticar um pouco com frequência rende mais do que uma leitura longa."
key_points = ["As lições são curtas; é nos exercícios que o aprendizado acontece.", "Suas respostas ficam no seu navegador; exporte-as em Meu diário para guardar uma cópia."]
+++

Cada lição é um texto curto seguido de exercícios. Esta mostra cada tipo de exercício uma vez.

## Como se escreve uma lição

Uma lição é um arquivo Markdown na pasta do seu módulo, por exemplo
`content/01-primeiros-passos/01-boas-vindas.md`. O cabeçalho (entre as linhas `+++`) traz o título, a
ordem (`weight`), a duração e os exercícios que aparecem depois do texto. Para apontar para outra
lição, use o nome do arquivo, por exemplo [voltar ao início desta lição](01-boas-vindas.md#como-se-escreve-uma-lição).

Crie uma lição com `sonder new lesson 01-primeiros-passos/02-proximo-passo` e um exercício com
`sonder new exercise meu-exercicio --kind reflection`.

## Exercícios no meio do texto

Um exercício pode ficar em qualquer ponto do texto, numa linha só para ele:

{{ exercise boas-vindas-reflexao }}

Um quiz confere o que foi entendido e explica a resposta:

{{ exercise boas-vindas-quiz }}

Uma escala ajuda a perceber em que ponto você está:

{{ exercise boas-vindas-escala }}

Os exercícios listados no cabeçalho vêm logo abaixo.
"#;

/// The starter's exercises, one of each kind.
const EXERCISES: [LocalExercise; 6] = [
    LocalExercise { kind: ExerciseKind::Reflection, id: "boas-vindas-reflexao", title: "Por que você está aqui", text: REFLECTION },
    LocalExercise { kind: ExerciseKind::Journal, id: "boas-vindas-diario", title: "Diário do curso", text: JOURNAL },
    LocalExercise { kind: ExerciseKind::Quiz, id: "boas-vindas-quiz", title: "Como o curso funciona", text: QUIZ },
    LocalExercise { kind: ExerciseKind::Practice, id: "boas-vindas-pratica", title: "Um primeiro passo pequeno", text: PRACTICE },
    LocalExercise { kind: ExerciseKind::Scale, id: "boas-vindas-escala", title: "Onde você está", text: SCALE },
    LocalExercise { kind: ExerciseKind::Compose, id: "boas-vindas-mensagem", title: "Encontre alguém para praticar", text: COMPOSE },
];

const REFLECTION: StarterExercise = StarterExercise {
    prompt: "Reserve alguns minutos para pensar no que trouxe você a este curso.",
    rest: r#"hint = "Não existe resposta errada: escreva o que vier primeiro à cabeça."

[[questions]]
id = "desejo"
text = "O que você quer saber fazer ao final deste curso?"
rows = 3

[[questions]]
id = "obstaculo"
text = "O que pode atrapalhar, e como você vai lidar com isso?"
placeholder = "ex.: semanas corridas; vou reservar vinte minutos nas manhãs de sexta"
"#,
};

const JOURNAL: StarterExercise = StarterExercise {
    prompt: "Mantenha um diário curto enquanto faz o curso.",
    rest: r#"entry_prompt = "O que você experimentou hoje, e o que percebeu?"
"#,
};

const QUIZ: StarterExercise = StarterExercise {
    prompt: "Confira o que você lembra.",
    rest: r#"
[[questions]]
id = "onde-fica-salvo"
text = "Onde suas respostas ficam salvas?"
choices = ["Num servidor", "Neste navegador, neste aparelho", "Em lugar nenhum"]
answer = 1
explain = "As respostas ficam no seu navegador. Exporte-as em Meu diário para guardar uma cópia ou continuar em outro aparelho."
"#,
};

const PRACTICE: StarterExercise = StarterExercise {
    prompt: "Experimente isto antes da próxima lição e depois anote como foi.",
    rest: r#"
[[steps]]
id = "escolher"
text = "Escolha uma conversa que você vai ter nesta semana."

[[steps]]
id = "preparar"
text = "Anote uma pergunta que você vai fazer nela."

[[steps]]
id = "refletir"
text = "Depois, anote o que você aprendeu."
"#,
};

const SCALE: StarterExercise = StarterExercise {
    prompt: "Com que frequência você faz o que vem a seguir? Pense numa semana comum.",
    rest: r#"scale = ["Raramente", "Às vezes", "Com frequência", "Quase sempre"]

[[statements]]
id = "pedir-retorno"
text = "Peço retorno sobre o meu trabalho."

[[statements]]
id = "agradecer"
text = "Agradeço às pessoas por algo específico que elas fizeram."
"#,
};

const COMPOSE: StarterExercise = StarterExercise {
    prompt: "Escreva uma mensagem curta convidando um colega ou uma colega para praticar com você.",
    rest: r#"template = "Oi, {quem}! Estou fazendo um curso sobre {tema}. Você toparia {pedido}?"

[[fields]]
id = "quem"
label = "Quem você vai convidar?"
placeholder = "Bia"

[[fields]]
id = "tema"
label = "Sobre o que é o curso, em poucas palavras?"
placeholder = "dar retornos úteis"

[[fields]]
id = "pedido"
label = "O que exatamente você está pedindo?"
placeholder = "se encontrar comigo vinte minutos a cada duas semanas para praticar"
rows = 2
"#,
};
