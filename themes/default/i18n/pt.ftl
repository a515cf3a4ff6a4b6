# Interface do tema padrão em português (tratamento por «você», compreensível no Brasil e em Portugal).

## Idiomas de um curso multilíngue (o seletor do cabeçalho)
language-name = Português
language-switcher-label = Idioma
language-untranslated = Esta lição ainda não foi traduzida. Você pode lê-la no idioma original do curso:

## Moldura de cada página
skip-link = Ir para o conteúdo
nav-label = Site
nav-course = Curso
nav-journal = Meu diário
footer-label = Sobre este curso
footer-print = O curso inteiro, para imprimir
footer-note = Suas respostas ficam neste navegador, neste dispositivo. Exporte seu diário para guardar uma cópia.

## Quantidades e durações
modules-count = { $count ->
    [one] { $count } módulo
   *[other] { $count } módulos
}
lessons-count = { $count ->
    [one] { $count } lição
   *[other] { $count } lições
}
lessons-done = { $total ->
    [one] { $done } de { $total } lição concluída
   *[other] { $done } de { $total } lições concluídas
}
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
about-time = cerca de { $time }

## Início e páginas de módulo
progress-label = Lições concluídas
progress-label-module = Lições concluídas no módulo { $number }
progress-label-this-module = Lições concluídas neste módulo
start-course = Começar o curso
continue-course = Continuar de onde parou
modules-heading = Módulos
module-number = Módulo { $number }
module-with-title = Módulo { $number }: { $title }
lessons-heading = Lições
printable-handout = Apostila para imprimir
facilitator-guide = Guia do facilitador

## Página da lição
breadcrumb-label = Trilha de navegação
module-nav-label = Lições deste módulo
lesson-number = Lição { $number }
lesson-of = Lição { $number } de { $count }
takeaway = Para levar
saved-in-browser = O que você escrever aqui fica salvo neste navegador.
mark-complete = Marcar lição como concluída
completed-undo = Concluída ✓ — desfazer
download-answers = Baixar minhas respostas
module-complete = Módulo concluído!
module-complete-text = Você terminou todas as lições de “{ $title }”.
next-module = A seguir: { $title }
look-back-journal = Rever seu diário
prev-next-label = Lição anterior e seguinte
previous = Anterior
next = Seguinte

## Diário
journal-title = Meu diário
journal-lede = Tudo o que você escreveu neste curso, na ordem do curso. Ele existe só neste navegador: exporte-o para guardar uma cópia ou continuar em outro dispositivo.
journal-noscript = Seu diário é lido do armazenamento deste navegador, o que exige JavaScript.
export-json = Exportar (JSON, para importar depois)
export-markdown = Exportar como Markdown
import-json = Importar um arquivo JSON exportado
print = Imprimir
delete-all = Apagar todas as minhas respostas…
answered-only = Só o que foi respondido
orphans-title = Respostas a exercícios que já não estão no curso
orphans-text = O curso mudou desde que você as escreveu. Elas ficam guardadas aqui para que nada se perca.
no-answer-yet = Ainda sem resposta
entries = Registros
notes = Notas

## Página não encontrada
not-found-title = Página não encontrada
not-found-text = Esta página não existe, ou o curso foi reorganizado desde que você a salvou nos favoritos.
go-home = Ir para o início do curso
open-journal = Abrir meu diário

## Apostilas, guias e o curso impresso
handout-margin = Apostila do participante · Módulo { $number }
handout-eyebrow = Apostila do participante · Módulo { $number }
handout-print-note = Esta apostila foi feita para papel: A4 ou Carta, as lições em sequência com espaço para escrever à mão e o gabarito no fim.
print-handout = Imprimir esta apostila
name-label = Nome
date-label = Data
in-this-module = Neste módulo
answer-key-pointer = As respostas das perguntas do quiz estão no gabarito, no fim.
key-points = Pontos principais
answer-key = Gabarito
answer-key-note = Confira o gabarito depois de tentar todas as perguntas.
facilitator-margin = Guia do facilitador · Módulo { $number }
facilitator-eyebrow = Guia do facilitador · Módulo { $number }
facilitator-print-note = Um guia para conduzir este módulo como workshop ao vivo. Imprima-o junto com a apostila do participante:
handout-link = Apostila do participante, módulo { $number }
print-guide = Imprimir este guia
guide-length = Duração
minutes-long = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
self-paced = { $minutes } min no seu ritmo
guide-handout = Apostila
guide-goal = Objetivo
agenda = Roteiro
agenda-mismatch = O roteiro soma { $total } minutos; o workshop está planejado para { $planned }.
agenda-clock = Horário
agenda-minutes = Min
agenda-activity = Atividade e o que você faz
agenda-done = Feito
agenda-end = Fim
before-you-start = Antes de começar
materials = Materiais
pairing = Formar duplas
discussion-questions = Perguntas para discussão
no-facilitator-notes = Este módulo ainda não tem notas para o facilitador. Adicione uma tabela [facilitator] ao _index.md dele: duração, objetivo, materiais, duplas, perguntas e um roteiro.
lessons-at-a-glance = As lições num relance
on-the-handout = Na apostila:
print-margin = O curso inteiro
print-note = O curso inteiro num só documento, para ler no papel. Cada módulo também tem uma apostila do participante com espaço para escrever, por exemplo:
print-course = Imprimir o curso
print-too-many = Este curso tem { $count } lições: demais para um só documento. Cada página de lição se imprime bem sozinha, e cada módulo tem uma apostila para imprimir:
handout-short = apostila
contents = Sumário
module-lesson = Módulo { $module } · Lição { $lesson }

## Exercícios
kind-reflection = Reflexão
kind-journal = Diário
kind-quiz = Quiz
kind-practice = Prática
kind-scale = Autoavaliação
kind-compose = Redação
hint = Dica:
exercise-noscript = O JavaScript está desligado: você pode ler e imprimir este exercício, mas o que escrever aqui não será salvo.
your-answers = Suas respostas
your-answer = Sua resposta
entry-prompt = O que aconteceu, e o que você aprendeu?
new-entry = Novo registro
add-entry = Adicionar registro
your-entries = Seus registros
choose-all = (escolha todas as que se aplicam)
check-answers = Verificar minhas respostas
try-again = Tentar de novo
steps = Passos
practice-notes = Notas: como foi?
fill-in-parts = Preencha as partes
your-text = Seu texto
copy = Copiar
clear-answers = Apagar minhas respostas
paper-each-entry = Para cada registro: { $prompt }
paper-entry = Registro { $number }
paper-date = Data:
paper-quiz-instruction = Marque uma resposta por pergunta; quando a pergunta indicar, marque todas as que se aplicam. As respostas estão no gabarito, no fim.
tick-all = (marque todas as que se aplicam)
paper-practice-instruction = Marque cada passo quando o tiver feito.
paper-scale-instruction = Circule uma resposta para cada afirmação.
statement = Afirmação
put-together = Agora junte tudo:

## Added with the facilitator hub and the 404 page's module list
not-found-modules = Os módulos deste curso
facilitator-hub = Área do facilitador
facilitator-hub-note = Os materiais de todos os módulos estão na
facilitator-print-materials = Imprima também os materiais listados em “Antes de começar”.
