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

## Widget y búsqueda: mensajes de los scripts del navegador (sonder.js, sonder-journal.js, search.js).
## Cada página lleva los suyos en JSON (data-sonder-messages, ver docs/markup.md).
widget-saved = Guardado
widget-unsaved-newer = Tus respuestas no se guardan: las escribió una versión más nueva de este curso, así que esta página solo las muestra.
widget-unsaved-blocked = Tus respuestas no se guardan: este navegador no deja que esta página guarde nada (almacenamiento bloqueado o ventana privada).
widget-unsaved-full = Tus respuestas no se guardan: el almacenamiento de este navegador para este sitio está lleno.
widget-unsaved-refused = Tus respuestas no se guardan: este navegador se negó a guardarlas.
widget-unsaved-no-room = Tus respuestas no se guardan: no se pudieron leer las respuestas guardadas en este navegador y no hay espacio para conservar una copia.
widget-unsaved-download = Descárgalas antes de salir de esta página.
widget-unsaved-error = Tus respuestas no se guardan: algo salió mal en esta página. Descárgalas antes de salir de ella.
widget-unsaved-no-start = Tus respuestas no se guardan: este navegador no pudo iniciar la parte de la página que las guarda.
widget-backup-copied = No se pudieron leer tus respuestas guardadas. Se copiaron en «{ $key }» dentro del almacenamiento de este navegador, y el curso empieza con un diario vacío.
widget-lessons-progress = { $total ->
    [one] { $done } de { $total } lección
   *[other] { $done } de { $total } lecciones
}
widget-continue = Continuar: { $lesson }
widget-course-complete = Curso terminado: abre tu diario
widget-saved-at = Guardado · { $time }
widget-correct = Correcto.
widget-not-quite = No del todo.
widget-quiz-score = { $right } de { $total } correctas
widget-entry-empty = Escribe primero tu entrada y luego elige «{ add-entry }».
widget-copied = Copiado ✓
widget-copy-failed = Este navegador no dejó copiar a la página. El texto está seleccionado: pulsa Ctrl+C (⌘C en un Mac) para copiarlo.
widget-clear-confirm = ¿Borrar tus respuestas a este ejercicio? Si quieres conservarlas, exporta antes tu diario.
widget-cleared = Se borraron tus respuestas a este ejercicio.
widget-no-journal = Esta página no pudo cargar sonder-journal.js, así que solo puede mostrar tus respuestas y exportarlas en JSON. No se cambió nada.
widget-not-done = Sin hacer
widget-done = Hecho
widget-draft = Borrador:
widget-edit = Editar
widget-delete = Eliminar
widget-edit-entry = Editar la entrada del { $time }
widget-delete-entry = Eliminar la entrada del { $time }
widget-save = Guardar
widget-cancel = Cancelar
widget-entry-saved = Tu entrada se guardó.
widget-entry-deleted = La entrada se eliminó.
widget-delete-entry-confirm = ¿Eliminar esta entrada del diario? No se puede deshacer, salvo que hayas exportado tu diario antes.
widget-reset-confirm = ¡Exporta primero tu diario! Pulsa Cancelar para conservarlo todo y usar «Exportar». Pulsa Aceptar para borrar ahora de este navegador todas tus respuestas y tu progreso en este curso.
widget-reset-done = Se borraron de este navegador todas tus respuestas a este curso.
widget-kept = Este navegador conserva tu diario hasta que lo borres.
widget-may-delete = Este navegador podría borrar tu diario si no visitas este curso durante unas semanas, así que expórtalo de vez en cuando.
widget-last-export = Última exportación: { $time }.
widget-never-exported = Todavía no lo has exportado.
widget-backup-reminder = Es hora de hacer una copia: elige «{ export-json }» y guarda el archivo en un lugar seguro.
widget-backup-last = Tu última exportación fue el { $time }.
widget-backup-never = Todavía no has exportado tu diario.
widget-import-readonly = Aquí no se puede importar: este navegador tiene respuestas de una versión más nueva del curso. No se cambió nada.
widget-import-too-large = Este archivo pesa más de 2 MB, así que no puede ser una exportación del diario. Elige el archivo .json que guardó la exportación JSON del diario. No se cambió nada.
widget-import-markdown = Esta es la exportación en Markdown, pensada para leer; para importar, elige el archivo .json. No se cambió nada.
widget-import-unreadable = No se pudo leer este archivo. No se cambió nada.
widget-import-not-json = Este archivo no es JSON válido, así que no es una exportación del diario: elige el archivo .json que guardó la exportación JSON del diario. No se cambió nada.
widget-import-not-export = Este archivo no es una exportación de diario de sonder: elige el archivo .json que guardó la exportación JSON del diario. No se cambió nada.
widget-import-schema = Este archivo usa una versión de esquema desconocida ({ $found }); esta página lee de la versión 0 a la { $max }. Puede que venga de una versión más nueva del curso. No se cambió nada.
widget-import-other-course = Este archivo es del curso «{ $file }», pero este es el curso «{ $course }». No se cambió nada.
widget-import-damaged = Este archivo está dañado: parte de su contenido no es lo que escribe una exportación del diario. No se cambió nada.
widget-import-nothing = Importación terminada: no cambió nada, este navegador ya tenía todo lo del archivo.
widget-import-nothing-kept = { $count ->
    [one] Importación terminada: no cambió nada, este navegador ya tenía todo lo del archivo o algo más reciente ({ $count } respuesta de aquí era más reciente y se conservó).
   *[other] Importación terminada: no cambió nada, este navegador ya tenía todo lo del archivo o algo más reciente ({ $count } respuestas de aquí eran más recientes y se conservaron).
}
widget-import-done = Importación terminada: { $parts }.
widget-import-added = { $count ->
    [one] { $count } respuesta nueva
   *[other] { $count } respuestas nuevas
}
widget-import-updated = { $count ->
    [one] { $count } respuesta actualizada
   *[other] { $count } respuestas actualizadas
}
widget-import-kept = { $count ->
    [one] { $count } respuesta conservada porque la de aquí era más reciente
   *[other] { $count } respuestas conservadas porque las de aquí eran más recientes
}
widget-import-same = { $count ->
    [one] { $count } respuesta que ya era igual
   *[other] { $count } respuestas que ya eran iguales
}
widget-import-lessons = { $count ->
    [one] { $count } cambio en el progreso de las lecciones
   *[other] { $count } cambios en el progreso de las lecciones
}
widget-md-exported = Exportado el { $date } (id del curso { $course }).
widget-md-no-answer = (todavía sin respuesta)
search-button = Buscar
search-title = Buscar en este curso
search-close = Cerrar
search-label = Lecciones, ejercicios y tus propias respuestas
search-results = Resultados
search-keys = ↑ ↓ para elegir, Intro para abrir, Esc para cerrar
search-unavailable = La búsqueda no está disponible: no se pudo cargar su índice (assets/search/index.js).
search-loading = Cargando el índice de búsqueda…
search-too-short = Escribe al menos dos letras.
search-pages = Lecciones y páginas
search-answers = Tus respuestas
search-top = { $count ->
    [one] El mejor resultado.
   *[other] Los { $count } mejores resultados.
}
search-count = { $count ->
    [one] { $count } resultado.
   *[other] { $count } resultados.
}
search-none = No hay resultados para «{ $query }».
search-missing = No está en el curso: { $words }.

## Espacio del facilitador (facilitator/index.html)
hub-eyebrow = Para facilitadores
hub-lede = Todo para impartir el curso como talleres en vivo: el material para participantes de cada módulo, tu guía de facilitador y los materiales para imprimir, con la duración de cada sesión.
hub-new-before = ¿Es la primera vez que diriges estos talleres?
hub-new-after = explica cómo prepararte, cómo formar parejas y cómo cuidar que el grupo se sienta seguro.
hub-workshops = { $count ->
    [one] { $count } taller
   *[other] { $count } talleres
}
hub-workshops-time = { $workshops }, { $time } en total
hub-module = Módulo
hub-session = Sesión
hub-handout = Material para participantes
hub-guide = Guía para facilitadores
hub-materials = Materiales para imprimir
hub-not-planned = sin planificar todavía
hub-handout-link = Material
hub-guide-link = Guía
hub-of-module = , módulo { $number }
hub-no-notes = (todavía sin notas)
hub-none = ninguno
hub-total = Total
hub-timed = { $total ->
    [one] { $timed } de { $total } sesión tiene una duración planificada
   *[other] { $timed } de { $total } sesiones tienen una duración planificada
}
hub-printing = Impresión
hub-printing-text = Cada material, guía y hoja está pensada para papel A4 o Carta: ábrela e imprímela desde el navegador. Los materiales presentan las lecciones una tras otra, con espacio para escribir a mano; las hojas de materiales tienen líneas discontinuas para recortar.
hub-pdfs = Hay PDF listos junto a los materiales y las guías de arriba.
hub-pdfs-and-course = Hay PDF listos junto a los materiales y las guías de arriba, y el curso completo está en un
hub-course-pdf = El curso completo está en un
hub-pdf-end = .
pdf-about = { $pages ->
    [one] PDF, { $pages } página, { $kb } KB
   *[other] PDF, { $pages } páginas, { $kb } KB
}
material-question-cards = Tarjetas de preguntas: { $cards ->
    [one] { $cards } tarjeta
   *[other] { $cards } tarjetas
} en { $sheets ->
    [one] { $sheets } hoja
   *[other] { $sheets } hojas
}
material-scenario-cards = Tarjetas de situaciones: { $cards ->
    [one] { $cards } tarjeta
   *[other] { $cards } tarjetas
} en { $sheets ->
    [one] { $sheets } hoja
   *[other] { $sheets } hojas
}
material-model = Hoja modelo de una página
material-title-question-cards = Tarjetas de preguntas
material-title-scenario-cards = Tarjetas de situaciones
material-title-model = Hoja modelo

## Materiales para imprimir
material-cards-note = { $count ->
    [one] { $count } tarjeta, { $per } por hoja A4 o Carta: imprime y recorta por las líneas discontinuas.
   *[other] { $count } tarjetas, { $per } por hoja A4 o Carta: imprime y recorta por las líneas discontinuas.
}
material-page-note = Una página A4 o Carta, una copia por participante.
material-back = Volver a la
material-back-guide = guía para facilitadores
material-back-or = o al
material-back-hub = espacio del facilitador
material-card = Tarjeta { $number } de { $count }
material-discussion = Pregunta para conversar
material-talk = Conversadlo
material-try = Pruébalo: { $title }

## Página de lección
all-lessons = { $count ->
    [one] La lección
   *[other] Las { $count } lecciones
}

## Página de inicio SCORM
lms-noscript = Este curso necesita JavaScript para informar a tu plataforma de aprendizaje.
lms-open-course = Abre el curso
lms-to-read = para leerlo.
lms-close = Cerrar
lms-rejected = Tu plataforma de aprendizaje no aceptó el informe de progreso de este curso{ $detail }. Tus respuestas siguen guardadas en este navegador y puedes continuar.
lms-error = error { $code }
lms-room = Tu plataforma de aprendizaje guarda { $limit } caracteres de respuestas para este curso, así que tus respuestas a { $exercises } se quedan solo en este navegador y no te seguirán a otro ordenador. Para llevarlas contigo, exporta tu diario desde «{ nav-journal }».
lms-room-entries = { $count ->
    [one] «{ $title }» ({ $count } entrada del diario)
   *[other] «{ $title }» ({ $count } entradas del diario)
}
lms-room-entries-draft = { $count ->
    [one] «{ $title }» ({ $count } entrada del diario y tu borrador)
   *[other] «{ $title }» ({ $count } entradas del diario y tu borrador)
}
lms-room-exercise = «{ $title }»
