# Interfaz del tema por defecto en español (tuteo, habitual en cursos de coaching).

## Idiomas de un curso multilingüe (el selector de la cabecera)
language-name = Español
language-switcher-label = Idioma
language-untranslated = Esta lección todavía no está traducida. Puedes leerla en el idioma original del curso:

## Marco de cada página
skip-link = Saltar al contenido
nav-label = Sitio
nav-course = Curso
nav-journal = Mi diario
footer-label = Sobre este curso
footer-print = El curso completo, para imprimir
footer-note = Tus respuestas se quedan en este navegador, en este dispositivo. Exporta tu diario para guardar una copia.

## Cantidades y duraciones
modules-count = { $count ->
    [one] { $count } módulo
   *[other] { $count } módulos
}
lessons-count = { $count ->
    [one] { $count } lección
   *[other] { $count } lecciones
}
lessons-done = { $total ->
    [one] { $done } de { $total } lección completada
   *[other] { $done } de { $total } lecciones completadas
}
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
about-time = unas { $time }

## Inicio y páginas de módulo
progress-label = Lecciones completadas
progress-label-module = Lecciones completadas en el módulo { $number }
progress-label-this-module = Lecciones completadas en este módulo
start-course = Empezar el curso
continue-course = Seguir donde lo dejaste
modules-heading = Módulos
module-number = Módulo { $number }
module-with-title = Módulo { $number }: { $title }
lessons-heading = Lecciones
printable-handout = Material para imprimir
facilitator-guide = Guía para facilitadores

## Página de lección
breadcrumb-label = Ruta de navegación
module-nav-label = Lecciones de este módulo
lesson-number = Lección { $number }
lesson-of = Lección { $number } de { $count }
takeaway = Idea clave
saved-in-browser = Lo que escribas aquí se guarda en este navegador.
mark-complete = Marcar la lección como completada
completed-undo = Completada ✓ — deshacer
download-answers = Descargar mis respuestas
module-complete = ¡Módulo completado!
module-complete-text = Has terminado todas las lecciones de «{ $title }».
next-module = Siguiente: { $title }
look-back-journal = Repasar tu diario
prev-next-label = Lección anterior y siguiente
previous = Anterior
next = Siguiente

## Diario
journal-title = Mi diario
journal-lede = Todo lo que has escrito en este curso, en el orden del curso. Solo existe en este navegador: expórtalo para guardar una copia o para seguir en otro dispositivo.
journal-noscript = Tu diario se lee del almacenamiento de este navegador, y para eso hace falta JavaScript.
export-json = Exportar (JSON, para importarlo después)
export-markdown = Exportar como Markdown
import-json = Importar una exportación JSON
print = Imprimir
delete-all = Borrar todas mis respuestas…
answered-only = Solo lo respondido
orphans-title = Respuestas a ejercicios que ya no están en el curso
orphans-text = El curso ha cambiado desde que las escribiste. Se conservan aquí para que no se pierda nada.
no-answer-yet = Aún sin respuesta
entries = Entradas
notes = Notas

## Página no encontrada
not-found-title = Página no encontrada
not-found-text = Esta página no existe, o el curso se ha reorganizado desde que la guardaste en marcadores.
go-home = Ir al inicio del curso
open-journal = Abrir mi diario

## Materiales, guías y curso impreso
handout-margin = Material del participante · Módulo { $number }
handout-eyebrow = Material del participante · Módulo { $number }
handout-print-note = Este material está pensado para papel: A4 o Carta, las lecciones una tras otra con espacio para escribir a mano y las soluciones al final.
print-handout = Imprimir este material
name-label = Nombre
date-label = Fecha
in-this-module = En este módulo
answer-key-pointer = Las respuestas a las preguntas del cuestionario están en las soluciones, al final.
key-points = Puntos clave
answer-key = Soluciones
answer-key-note = Mira las soluciones cuando hayas intentado todas las preguntas.
facilitator-margin = Guía para facilitadores · Módulo { $number }
facilitator-eyebrow = Guía para facilitadores · Módulo { $number }
facilitator-print-note = Una guía para impartir este módulo como taller en vivo. Imprímela junto con el material del participante:
handout-link = Material del participante, módulo { $number }
print-guide = Imprimir esta guía
guide-length = Duración
minutes-long = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
self-paced = { $minutes } min a tu ritmo
guide-handout = Material
guide-goal = Objetivo
agenda = Agenda
agenda-mismatch = La agenda suma { $total } minutos; el taller está previsto para { $planned }.
agenda-clock = Hora
agenda-minutes = Min
agenda-activity = Actividad y qué haces tú
agenda-done = Hecho
agenda-end = Fin
before-you-start = Antes de empezar
materials = Materiales
pairing = Formar parejas
discussion-questions = Preguntas para el debate
no-facilitator-notes = Este módulo aún no tiene notas para facilitadores. Añade una tabla [facilitator] a su _index.md: duración, objetivo, materiales, parejas, preguntas y una agenda.
lessons-at-a-glance = Las lecciones de un vistazo
on-the-handout = En el material:
print-margin = El curso completo
print-note = El curso completo en un solo documento, para leer en papel. Cada módulo tiene además un material del participante con espacio para escribir, por ejemplo:
print-course = Imprimir el curso
print-too-many = Este curso tiene { $count } lecciones: demasiadas para un solo documento. Cada página de lección se imprime bien por sí sola, y cada módulo tiene un material para imprimir:
handout-short = material
contents = Índice
module-lesson = Módulo { $module } · Lección { $lesson }

## Ejercicios
kind-reflection = Reflexión
kind-journal = Diario
kind-quiz = Cuestionario
kind-practice = Práctica
kind-scale = Autoevaluación
kind-compose = Redacción
hint = Pista:
exercise-noscript = JavaScript está desactivado: puedes leer e imprimir este ejercicio, pero lo que escribas aquí no se guardará.
your-answers = Tus respuestas
your-answer = Tu respuesta
entry-prompt = ¿Qué pasó y qué aprendiste?
new-entry = Nueva entrada
add-entry = Añadir entrada
your-entries = Tus entradas
choose-all = (elige todas las que correspondan)
check-answers = Comprobar mis respuestas
try-again = Intentarlo de nuevo
steps = Pasos
practice-notes = Notas: ¿cómo te fue?
fill-in-parts = Completa las partes
your-text = Tu texto
copy = Copiar
clear-answers = Borrar mis respuestas
paper-each-entry = Para cada entrada: { $prompt }
paper-entry = Entrada { $number }
paper-date = Fecha:
paper-quiz-instruction = Marca una respuesta por pregunta; cuando la pregunta lo indique, marca todas las que correspondan. Las respuestas están en las soluciones, al final.
tick-all = (marca todas las que correspondan)
paper-practice-instruction = Marca cada paso cuando lo hayas hecho.
paper-scale-instruction = Rodea una respuesta para cada afirmación.
statement = Afirmación
put-together = Ahora júntalo todo:

## Added with the facilitator hub and the 404 page's module list
not-found-modules = Los módulos de este curso
facilitator-hub = Espacio del facilitador
facilitator-hub-note = Los materiales de todos los módulos están en el
facilitator-print-materials = Imprime también los materiales de «Antes de empezar».
