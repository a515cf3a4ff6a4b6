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

## Widget e busca: mensagens dos scripts do navegador (sonder.js, sonder-journal.js, search.js).
## Cada página leva as suas em JSON (data-sonder-messages, veja docs/markup.md).
widget-saved = Salvo
widget-unsaved-newer = Suas respostas não estão sendo salvas: elas foram escritas por uma versão mais nova deste curso, então esta página apenas as mostra.
widget-unsaved-blocked = Suas respostas não estão sendo salvas: este navegador não deixa esta página guardar nada (armazenamento bloqueado ou janela anônima).
widget-unsaved-full = Suas respostas não estão sendo salvas: o armazenamento deste navegador para este site está cheio.
widget-unsaved-refused = Suas respostas não estão sendo salvas: este navegador se recusou a guardá-las.
widget-unsaved-no-room = Suas respostas não estão sendo salvas: não foi possível ler as respostas guardadas neste navegador, e não há espaço para manter uma cópia.
widget-unsaved-download = Baixe-as antes de sair desta página.
widget-unsaved-error = Suas respostas não estão sendo salvas: algo deu errado nesta página. Baixe-as antes de sair dela.
widget-unsaved-no-start = Suas respostas não estão sendo salvas: este navegador não conseguiu iniciar a parte da página que as salva.
widget-backup-copied = Não foi possível ler suas respostas salvas. Elas foram copiadas para “{ $key }” no armazenamento deste navegador, e o curso recomeça com um diário vazio.
widget-lessons-progress = { $total ->
    [one] { $done } de { $total } lição
   *[other] { $done } de { $total } lições
}
widget-continue = Continuar: { $lesson }
widget-course-complete = Curso concluído: abra seu diário
widget-saved-at = Salvo · { $time }
widget-correct = Certo.
widget-not-quite = Quase.
widget-quiz-score = { $right } de { $total } certas
widget-entry-empty = Escreva primeiro seu registro e depois escolha “{ add-entry }”.
widget-copied = Copiado ✓
widget-copy-failed = Este navegador não deixou a página copiar. O texto está selecionado: pressione Ctrl+C (⌘C no Mac) para copiá-lo.
widget-clear-confirm = Apagar suas respostas a este exercício? Se quiser guardá-las, exporte seu diário antes.
widget-cleared = Suas respostas a este exercício foram apagadas.
widget-no-journal = Esta página não conseguiu carregar sonder-journal.js, então só pode mostrar suas respostas e exportá-las em JSON. Nada foi alterado.
widget-not-done = Não feito
widget-done = Feito
widget-draft = Rascunho:
widget-edit = Editar
widget-delete = Excluir
widget-edit-entry = Editar o registro de { $time }
widget-delete-entry = Excluir o registro de { $time }
widget-save = Salvar
widget-cancel = Cancelar
widget-entry-saved = Seu registro foi salvo.
widget-entry-deleted = O registro foi excluído.
widget-delete-entry-confirm = Excluir este registro do diário? Não dá para desfazer, a não ser que você tenha exportado o diário antes.
widget-reset-confirm = Exporte seu diário primeiro! Clique em Cancelar para manter tudo e usar “Exportar”. Clique em OK para apagar agora deste navegador todas as suas respostas e seu progresso neste curso.
widget-reset-done = Todas as suas respostas a este curso foram apagadas deste navegador.
widget-kept = Este navegador guarda seu diário até você apagá-lo.
widget-may-delete = Este navegador pode apagar seu diário se você passar algumas semanas sem visitar este curso, então exporte-o de vez em quando.
widget-last-export = Última exportação: { $time }.
widget-never-exported = Você ainda não o exportou.
widget-backup-reminder = Hora de fazer uma cópia: escolha “{ export-json }” e guarde o arquivo em um lugar seguro.
widget-backup-last = Sua última exportação foi em { $time }.
widget-backup-never = Você ainda não exportou seu diário.
widget-import-readonly = Não é possível importar aqui: este navegador tem respostas de uma versão mais nova do curso. Nada foi alterado.
widget-import-too-large = Este arquivo tem mais de 2 MB, então não pode ser uma exportação do diário. Escolha o arquivo .json que a exportação JSON do diário salvou. Nada foi alterado.
widget-import-markdown = Esta é a exportação em Markdown, feita para ler; para importar, escolha o arquivo .json. Nada foi alterado.
widget-import-unreadable = Não foi possível ler este arquivo. Nada foi alterado.
widget-import-not-json = Este arquivo não é um JSON válido, então não é uma exportação do diário: escolha o arquivo .json que a exportação JSON do diário salvou. Nada foi alterado.
widget-import-not-export = Este arquivo não é uma exportação de diário do sonder: escolha o arquivo .json que a exportação JSON do diário salvou. Nada foi alterado.
widget-import-schema = Este arquivo usa uma versão de esquema desconhecida ({ $found }); esta página lê as versões 0 a { $max }. Talvez ele venha de uma versão mais nova do curso. Nada foi alterado.
widget-import-other-course = Este arquivo é do curso “{ $file }”, mas este é o curso “{ $course }”. Nada foi alterado.
widget-import-damaged = Este arquivo está danificado: parte do conteúdo não é o que uma exportação do diário escreve. Nada foi alterado.
widget-import-nothing = Importação concluída: nada mudou, este navegador já tinha tudo o que está no arquivo.
widget-import-nothing-kept = { $count ->
    [one] Importação concluída: nada mudou, este navegador já tinha tudo o que está no arquivo ou algo mais recente ({ $count } resposta daqui era mais recente e foi mantida).
   *[other] Importação concluída: nada mudou, este navegador já tinha tudo o que está no arquivo ou algo mais recente ({ $count } respostas daqui eram mais recentes e foram mantidas).
}
widget-import-done = Importação concluída: { $parts }.
widget-import-added = { $count ->
    [one] { $count } resposta nova
   *[other] { $count } respostas novas
}
widget-import-updated = { $count ->
    [one] { $count } resposta atualizada
   *[other] { $count } respostas atualizadas
}
widget-import-kept = { $count ->
    [one] { $count } resposta mantida porque a daqui era mais recente
   *[other] { $count } respostas mantidas porque as daqui eram mais recentes
}
widget-import-same = { $count ->
    [one] { $count } resposta que já era igual
   *[other] { $count } respostas que já eram iguais
}
widget-import-lessons = { $count ->
    [one] { $count } mudança no progresso das lições
   *[other] { $count } mudanças no progresso das lições
}
widget-md-exported = Exportado em { $date } (id do curso { $course }).
widget-md-no-answer = (ainda sem resposta)
search-button = Buscar
search-title = Buscar neste curso
search-close = Fechar
search-label = Lições, exercícios e suas próprias respostas
search-results = Resultados
search-keys = ↑ ↓ para escolher, Enter para abrir, Esc para fechar
search-unavailable = A busca não está disponível: não foi possível carregar o índice (assets/search/index.js).
search-loading = Carregando o índice de busca…
search-too-short = Digite pelo menos duas letras.
search-pages = Lições e páginas
search-answers = Suas respostas
search-top = { $count ->
    [one] O melhor resultado.
   *[other] Os { $count } melhores resultados.
}
search-count = { $count ->
    [one] { $count } resultado.
   *[other] { $count } resultados.
}
search-none = Nenhum resultado para “{ $query }”.
search-missing = Não está no curso: { $words }.

## Área do facilitador (facilitator/index.html)
hub-eyebrow = Para facilitadores
hub-lede = Tudo para conduzir o curso como oficinas ao vivo: a apostila do participante de cada módulo, seu guia do facilitador e os materiais para imprimir, com a duração de cada sessão.
hub-new-before = É a primeira vez que você conduz estas oficinas?
hub-new-after = explica como se preparar, formar duplas e manter o grupo num ambiente seguro.
hub-workshops = { $count ->
    [one] { $count } oficina
   *[other] { $count } oficinas
}
hub-workshops-time = { $workshops }, { $time } no total
hub-module = Módulo
hub-session = Sessão
hub-handout = Apostila do participante
hub-guide = Guia do facilitador
hub-materials = Materiais para imprimir
hub-not-planned = ainda não planejada
hub-handout-link = Apostila
hub-guide-link = Guia
hub-of-module = , módulo { $number }
hub-no-notes = (ainda sem notas)
hub-none = nenhum
hub-total = Total
hub-timed = { $total ->
    [one] { $timed } de { $total } sessão tem duração planejada
   *[other] { $timed } de { $total } sessões têm duração planejada
}
hub-printing = Impressão
hub-printing-text = Cada apostila, guia e material foi feito para papel A4 ou Carta: abra e imprima pelo navegador. As apostilas trazem as lições uma após a outra, com espaço para escrever à mão; as folhas de material têm linhas tracejadas para recortar.
hub-pdfs = Há PDFs prontos ao lado das apostilas e dos guias acima.
hub-pdfs-and-course = Há PDFs prontos ao lado das apostilas e dos guias acima, e o curso inteiro está em um
hub-course-pdf = O curso inteiro está em um
hub-pdf-end = .
pdf-about = { $pages ->
    [one] PDF, { $pages } página, { $kb } KB
   *[other] PDF, { $pages } páginas, { $kb } KB
}
material-question-cards = Cartões de perguntas: { $cards ->
    [one] { $cards } cartão
   *[other] { $cards } cartões
} em { $sheets ->
    [one] { $sheets } folha
   *[other] { $sheets } folhas
}
material-scenario-cards = Cartões de situações: { $cards ->
    [one] { $cards } cartão
   *[other] { $cards } cartões
} em { $sheets ->
    [one] { $sheets } folha
   *[other] { $sheets } folhas
}
material-model = Folha-modelo de uma página
material-title-question-cards = Cartões de perguntas
material-title-scenario-cards = Cartões de situações
material-title-model = Folha-modelo

## Materiais para imprimir
material-cards-note = { $count ->
    [one] { $count } cartão, { $per } por folha A4 ou Carta: imprima e recorte nas linhas tracejadas.
   *[other] { $count } cartões, { $per } por folha A4 ou Carta: imprima e recorte nas linhas tracejadas.
}
material-page-note = Uma página A4 ou Carta, uma cópia por participante.
material-back = Voltar ao
material-back-guide = guia do facilitador
material-back-or = ou à
material-back-hub = área do facilitador
material-card = Cartão { $number } de { $count }
material-discussion = Pergunta para discussão
material-talk = Conversem sobre isso
material-try = Experimente: { $title }

## Página da lição
all-lessons = { $count ->
    [one] A lição
   *[other] Todas as { $count } lições
}

## Página de abertura SCORM
lms-noscript = Este curso precisa de JavaScript para informar sua plataforma de aprendizagem.
lms-open-course = Abra o curso
lms-to-read = para lê-lo.
lms-close = Fechar
lms-rejected = Sua plataforma de aprendizagem não aceitou o relatório de progresso deste curso{ $detail }. Suas respostas continuam salvas neste navegador, e você pode seguir em frente.
lms-error = erro { $code }
lms-room = Sua plataforma de aprendizagem guarda { $limit } caracteres de respostas para este curso, então suas respostas a { $exercises } ficam só neste navegador e não vão com você para outro computador. Para levá-las, exporte seu diário em “{ nav-journal }”.
lms-room-entries = { $count ->
    [one] “{ $title }” ({ $count } registro do diário)
   *[other] “{ $title }” ({ $count } registros do diário)
}
lms-room-entries-draft = { $count ->
    [one] “{ $title }” ({ $count } registro do diário e seu rascunho)
   *[other] “{ $title }” ({ $count } registros do diário e seu rascunho)
}
lms-room-exercise = “{ $title }”
