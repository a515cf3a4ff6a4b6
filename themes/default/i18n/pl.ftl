# Interfejs domyślnego motywu po polsku (zwracamy się do uczestnika na „ty”).
# Liczebniki: one (1), few (2–4, 22–24…), many (0, 5–21, 25…), other (ułamki).

## Języki kursu wielojęzycznego (przełącznik w nagłówku)
language-name = Polski
language-switcher-label = Język
language-untranslated = Ta lekcja nie jest jeszcze przetłumaczona. Możesz ją przeczytać w oryginalnym języku kursu:

## Rama każdej strony
skip-link = Przejdź do treści
nav-label = Witryna
nav-course = Kurs
nav-journal = Mój dziennik
footer-label = O tym kursie
footer-print = Cały kurs do wydruku
footer-note = Twoje odpowiedzi zostają w tej przeglądarce na tym urządzeniu. Wyeksportuj dziennik, żeby mieć kopię.

## Liczby i czas trwania
modules-count = { $count ->
    [one] { $count } moduł
    [few] { $count } moduły
    [many] { $count } modułów
   *[other] { $count } modułu
}
lessons-count = { $count ->
    [one] { $count } lekcja
    [few] { $count } lekcje
    [many] { $count } lekcji
   *[other] { $count } lekcji
}
lessons-done = Ukończono { $done } z { $total } lekcji
duration-minutes = { $minutes } min
duration-hours = { $hours } godz.
duration-hours-minutes = { $hours } godz. { $minutes } min
about-time = około { $time }

## Strona główna i strony modułów
progress-label = Ukończone lekcje
progress-label-module = Ukończone lekcje w module { $number }
progress-label-this-module = Ukończone lekcje w tym module
start-course = Zacznij kurs
continue-course = Kontynuuj tam, gdzie skończyłeś
modules-heading = Moduły
module-number = Moduł { $number }
module-with-title = Moduł { $number }: { $title }
lessons-heading = Lekcje
printable-handout = Materiały do wydruku
facilitator-guide = Przewodnik dla prowadzącego

## Strona lekcji
breadcrumb-label = Ścieżka nawigacji
module-nav-label = Lekcje w tym module
lesson-number = Lekcja { $number }
lesson-of = Lekcja { $number } z { $count }
takeaway = Najważniejsze
saved-in-browser = To, co tu wpiszesz, zapisuje się w tej przeglądarce.
mark-complete = Oznacz lekcję jako ukończoną
completed-undo = Ukończona ✓ — cofnij
download-answers = Pobierz moje odpowiedzi
module-complete = Moduł ukończony!
module-complete-text = Przerobiłeś wszystkie lekcje modułu „{ $title }”.
next-module = Dalej: { $title }
look-back-journal = Zajrzyj do swojego dziennika
prev-next-label = Poprzednia i następna lekcja
previous = Poprzednia
next = Następna

## Dziennik
journal-title = Mój dziennik
journal-lede = Wszystko, co napisałeś w tym kursie, w kolejności kursu. Istnieje tylko w tej przeglądarce: wyeksportuj go, żeby zachować kopię albo kontynuować na innym urządzeniu.
journal-noscript = Dziennik jest odczytywany z pamięci tej przeglądarki, a do tego potrzebny jest JavaScript.
export-json = Eksportuj (JSON, do późniejszego importu)
export-markdown = Eksportuj jako Markdown
import-json = Importuj eksport JSON
print = Drukuj
delete-all = Usuń wszystkie moje odpowiedzi…
answered-only = Tylko z odpowiedzią
orphans-title = Odpowiedzi do ćwiczeń, których nie ma już w kursie
orphans-text = Kurs zmienił się, odkąd je napisałeś. Zostają tutaj, żeby nic nie przepadło.
no-answer-yet = Jeszcze bez odpowiedzi
entries = Wpisy
notes = Notatki

## Nie znaleziono strony
not-found-title = Nie znaleziono strony
not-found-text = Ta strona nie istnieje albo kurs został przebudowany, odkąd dodałeś zakładkę.
go-home = Przejdź do strony głównej kursu
open-journal = Otwórz mój dziennik

## Materiały, przewodniki i kurs w druku
handout-margin = Materiały dla uczestnika · Moduł { $number }
handout-eyebrow = Materiały dla uczestnika · Moduł { $number }
handout-print-note = Te materiały są przygotowane do druku: A4 lub Letter, lekcje jedna po drugiej z miejscem na odręczne notatki, odpowiedzi na końcu.
print-handout = Drukuj materiały
name-label = Imię i nazwisko
date-label = Data
in-this-module = W tym module
answer-key-pointer = Odpowiedzi do pytań quizu znajdziesz w kluczu na końcu.
key-points = Najważniejsze punkty
answer-key = Klucz odpowiedzi
answer-key-note = Sprawdź odpowiedzi dopiero wtedy, gdy spróbujesz odpowiedzieć na każde pytanie.
facilitator-margin = Przewodnik dla prowadzącego · Moduł { $number }
facilitator-eyebrow = Przewodnik dla prowadzącego · Moduł { $number }
facilitator-print-note = Przewodnik do poprowadzenia tego modułu jako warsztatu na żywo. Wydrukuj go razem z materiałami dla uczestnika:
handout-link = Materiały dla uczestnika, moduł { $number }
print-guide = Drukuj przewodnik
guide-length = Czas trwania
minutes-long = { $minutes ->
    [one] { $minutes } minuta
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minuty
}
self-paced = { $minutes } min samodzielnej nauki
guide-handout = Materiały
guide-goal = Cel
agenda = Plan
agenda-mismatch = Plan trwa łącznie { $total } min, a warsztat zaplanowano na { $planned }.
agenda-clock = Godzina
agenda-minutes = Min
agenda-activity = Działanie i twoja rola
agenda-done = Zrobione
agenda-end = Koniec
before-you-start = Zanim zaczniesz
materials = Materiały
pairing = Dobieranie w pary
discussion-questions = Pytania do dyskusji
no-facilitator-notes = Ten moduł nie ma jeszcze wskazówek dla prowadzącego. Dodaj tabelę [facilitator] do jego pliku _index.md: czas, cel, materiały, pary, pytania i plan.
lessons-at-a-glance = Lekcje w skrócie
on-the-handout = W materiałach:
print-margin = Cały kurs
print-note = Cały kurs w jednym dokumencie, do czytania na papierze. Każdy moduł ma też materiały dla uczestnika z miejscem na notatki, na przykład:
print-course = Drukuj kurs
print-too-many = Ten kurs ma { $count ->
    [one] { $count } lekcję
    [few] { $count } lekcje
   *[many] { $count } lekcji
}: za dużo na jeden dokument. Każdą stronę lekcji można wydrukować osobno, a każdy moduł ma materiały do wydruku:
handout-short = materiały
contents = Spis treści
module-lesson = Moduł { $module } · Lekcja { $lesson }

## Ćwiczenia
kind-reflection = Refleksja
kind-journal = Dziennik
kind-quiz = Quiz
kind-practice = Praktyka
kind-scale = Samoocena
kind-compose = Redagowanie
hint = Wskazówka:
exercise-noscript = JavaScript jest wyłączony: możesz przeczytać i wydrukować to ćwiczenie, ale wpisane tu odpowiedzi nie zostaną zapisane.
your-answers = Twoje odpowiedzi
your-answer = Twoja odpowiedź
entry-prompt = Co się wydarzyło i czego cię to nauczyło?
new-entry = Nowy wpis
add-entry = Dodaj wpis
your-entries = Twoje wpisy
choose-all = (zaznacz wszystkie pasujące)
check-answers = Sprawdź odpowiedzi
try-again = Spróbuj ponownie
steps = Kroki
practice-notes = Notatki: jak poszło?
fill-in-parts = Uzupełnij części
your-text = Twój tekst
copy = Kopiuj
clear-answers = Wyczyść moje odpowiedzi
paper-each-entry = Przy każdym wpisie: { $prompt }
paper-entry = Wpis { $number }
paper-date = Data:
paper-quiz-instruction = Zaznacz jedną odpowiedź na pytanie; gdy pytanie tak mówi, zaznacz wszystkie pasujące. Odpowiedzi są w kluczu na końcu.
tick-all = (zaznacz wszystkie pasujące)
paper-practice-instruction = Odhacz każdy krok, gdy go wykonasz.
paper-scale-instruction = Zakreśl jedną odpowiedź przy każdym stwierdzeniu.
statement = Stwierdzenie
put-together = Teraz złóż to w całość:

## Added with the facilitator hub and the 404 page's module list
not-found-modules = Moduły tego kursu
facilitator-hub = Strefa prowadzącego
facilitator-hub-note = Materiały wszystkich modułów znajdziesz tutaj:
facilitator-print-materials = Wydrukuj też materiały wymienione w części „Zanim zaczniesz”.

## Widżet i wyszukiwarka: komunikaty skryptów w przeglądarce (sonder.js, sonder-journal.js, search.js).
## Każda strona niesie swoje jako JSON (data-sonder-messages, zob. docs/markup.md).
## Liczebniki: one (1), few (2–4, 22–24…), many (0, 5–21, 25…), other (ułamki).
widget-saved = Zapisano
widget-unsaved-newer = Twoje odpowiedzi nie są zapisywane: pochodzą z nowszej wersji tego kursu, więc ta strona tylko je pokazuje.
widget-unsaved-blocked = Twoje odpowiedzi nie są zapisywane: ta przeglądarka nie pozwala tej stronie niczego przechowywać (zablokowana pamięć albo okno prywatne).
widget-unsaved-full = Twoje odpowiedzi nie są zapisywane: pamięć tej przeglądarki dla tej witryny jest pełna.
widget-unsaved-refused = Twoje odpowiedzi nie są zapisywane: przeglądarka odmówiła ich przechowania.
widget-unsaved-no-room = Twoje odpowiedzi nie są zapisywane: nie udało się odczytać odpowiedzi zapisanych w tej przeglądarce, a nie ma miejsca na ich kopię.
widget-unsaved-download = Pobierz je, zanim opuścisz tę stronę.
widget-unsaved-error = Twoje odpowiedzi nie są zapisywane: na tej stronie coś poszło nie tak. Pobierz je, zanim ją opuścisz.
widget-unsaved-no-start = Twoje odpowiedzi nie są zapisywane: ta przeglądarka nie mogła uruchomić części strony, która je zapisuje.
widget-backup-copied = Nie udało się odczytać zapisanych odpowiedzi. Skopiowano je do „{ $key }” w pamięci tej przeglądarki, a kurs zaczyna się z pustym dziennikiem.
widget-lessons-progress = { $done } z { $total } lekcji
widget-continue = Kontynuuj: { $lesson }
widget-course-complete = Kurs ukończony: otwórz swój dziennik
widget-saved-at = Zapisano · { $time }
widget-correct = Dobrze.
widget-not-quite = Nie całkiem.
widget-quiz-score = Poprawnie: { $right } z { $total }
widget-entry-empty = Najpierw napisz wpis, a potem wybierz „{ add-entry }”.
widget-copied = Skopiowano ✓
widget-copy-failed = Ta przeglądarka nie pozwoliła stronie skopiować tekstu. Tekst jest zaznaczony: naciśnij Ctrl+C (⌘C na Macu), żeby go skopiować.
widget-clear-confirm = Wyczyścić twoje odpowiedzi do tego ćwiczenia? Jeśli chcesz je zachować, najpierw wyeksportuj dziennik.
widget-cleared = Twoje odpowiedzi do tego ćwiczenia zostały wyczyszczone.
widget-no-journal = Ta strona nie mogła wczytać sonder-journal.js, więc może tylko pokazać twoje odpowiedzi i wyeksportować je jako JSON. Nic nie zostało zmienione.
widget-not-done = Niezrobione
widget-done = Zrobione
widget-draft = Szkic:
widget-edit = Edytuj
widget-delete = Usuń
widget-edit-entry = Edytuj wpis z { $time }
widget-delete-entry = Usuń wpis z { $time }
widget-save = Zapisz
widget-cancel = Anuluj
widget-entry-saved = Wpis został zapisany.
widget-entry-deleted = Wpis został usunięty.
widget-delete-entry-confirm = Usunąć ten wpis z dziennika? Tego nie da się cofnąć, chyba że wcześniej wyeksportowałeś dziennik.
widget-reset-confirm = Najpierw wyeksportuj dziennik! Wybierz Anuluj, żeby wszystko zachować i użyć „Eksportuj”. Wybierz OK, żeby teraz usunąć z tej przeglądarki wszystkie twoje odpowiedzi i postępy w tym kursie.
widget-reset-done = Wszystkie twoje odpowiedzi w tym kursie zostały usunięte z tej przeglądarki.
widget-kept = Ta przeglądarka przechowa twój dziennik, dopóki go nie usuniesz.
widget-may-delete = Ta przeglądarka może usunąć twój dziennik, jeśli przez kilka tygodni nie zajrzysz do kursu, więc co jakiś czas go eksportuj.
widget-last-export = Ostatni eksport: { $time }.
widget-never-exported = Jeszcze go nie eksportowałeś.
widget-backup-reminder = Czas na kopię zapasową: wybierz „{ export-json }” i schowaj plik w bezpiecznym miejscu.
widget-backup-last = Ostatni eksport był { $time }.
widget-backup-never = Jeszcze nie eksportowałeś dziennika.
widget-import-readonly = Tutaj nie można importować: ta przeglądarka ma odpowiedzi z nowszej wersji kursu. Nic nie zostało zmienione.
widget-import-too-large = Ten plik ma ponad 2 MB, więc nie może być eksportem dziennika. Wybierz plik .json zapisany przez eksport JSON dziennika. Nic nie zostało zmienione.
widget-import-markdown = To eksport Markdown, przeznaczony do czytania; do importu wybierz plik .json. Nic nie zostało zmienione.
widget-import-unreadable = Nie udało się odczytać tego pliku. Nic nie zostało zmienione.
widget-import-not-json = Ten plik nie jest poprawnym JSON-em, więc nie jest eksportem dziennika: wybierz plik .json zapisany przez eksport JSON dziennika. Nic nie zostało zmienione.
widget-import-not-export = Ten plik nie jest eksportem dziennika sonder: wybierz plik .json zapisany przez eksport JSON dziennika. Nic nie zostało zmienione.
widget-import-schema = Ten plik ma nieznaną wersję schematu ({ $found }); ta strona czyta wersje od 0 do { $max }. Może pochodzi z nowszej wersji kursu. Nic nie zostało zmienione.
widget-import-other-course = Ten plik należy do kursu „{ $file }”, a to jest kurs „{ $course }”. Nic nie zostało zmienione.
widget-import-damaged = Ten plik jest uszkodzony: część jego zawartości nie wygląda tak, jak zapisuje ją eksport dziennika. Nic nie zostało zmienione.
widget-import-nothing = Import zakończony: nic się nie zmieniło, ta przeglądarka miała już wszystko z pliku.
widget-import-nothing-kept = { $count ->
    [one] Import zakończony: nic się nie zmieniło, ta przeglądarka miała już wszystko z pliku albo nowsze wersje ({ $count } odpowiedź tutaj była nowsza i została zachowana).
    [few] Import zakończony: nic się nie zmieniło, ta przeglądarka miała już wszystko z pliku albo nowsze wersje ({ $count } odpowiedzi tutaj były nowsze i zostały zachowane).
    [many] Import zakończony: nic się nie zmieniło, ta przeglądarka miała już wszystko z pliku albo nowsze wersje ({ $count } odpowiedzi tutaj było nowszych i zostało zachowanych).
   *[other] Import zakończony: nic się nie zmieniło, ta przeglądarka miała już wszystko z pliku albo nowsze wersje (zachowano { $count } nowszej odpowiedzi).
}
widget-import-done = Import zakończony: { $parts }.
widget-import-added = { $count ->
    [one] { $count } nowa odpowiedź
    [few] { $count } nowe odpowiedzi
    [many] { $count } nowych odpowiedzi
   *[other] { $count } nowej odpowiedzi
}
widget-import-updated = { $count ->
    [one] { $count } zaktualizowana odpowiedź
    [few] { $count } zaktualizowane odpowiedzi
    [many] { $count } zaktualizowanych odpowiedzi
   *[other] { $count } zaktualizowanej odpowiedzi
}
widget-import-kept = { $count ->
    [one] { $count } odpowiedź zachowana, bo tutejsza była nowsza
    [few] { $count } odpowiedzi zachowane, bo tutejsze były nowsze
    [many] { $count } odpowiedzi zachowanych, bo tutejsze były nowsze
   *[other] { $count } odpowiedzi zachowanej, bo tutejsza była nowsza
}
widget-import-same = { $count ->
    [one] { $count } odpowiedź bez zmian
    [few] { $count } odpowiedzi bez zmian
    [many] { $count } odpowiedzi bez zmian
   *[other] { $count } odpowiedzi bez zmian
}
widget-import-lessons = { $count ->
    [one] { $count } zmiana postępu lekcji
    [few] { $count } zmiany postępu lekcji
    [many] { $count } zmian postępu lekcji
   *[other] { $count } zmiany postępu lekcji
}
widget-md-exported = Wyeksportowano { $date } (identyfikator kursu { $course }).
widget-md-no-answer = (jeszcze bez odpowiedzi)
search-button = Szukaj
search-title = Szukaj w tym kursie
search-close = Zamknij
search-label = Lekcje, ćwiczenia i twoje własne odpowiedzi
search-results = Wyniki
search-keys = ↑ ↓ wybór, Enter otwiera, Esc zamyka
search-unavailable = Wyszukiwanie jest niedostępne: nie udało się wczytać indeksu (assets/search/index.js).
search-loading = Wczytywanie indeksu wyszukiwania…
search-too-short = Wpisz co najmniej dwie litery.
search-pages = Lekcje i strony
search-answers = Twoje odpowiedzi
search-top = { $count ->
    [one] Najlepszy wynik.
    [few] { $count } najlepsze wyniki.
    [many] { $count } najlepszych wyników.
   *[other] { $count } najlepszego wyniku.
}
search-count = { $count ->
    [one] { $count } wynik.
    [few] { $count } wyniki.
    [many] { $count } wyników.
   *[other] { $count } wyniku.
}
search-none = Brak wyników dla „{ $query }”.
search-missing = Nie ma w kursie: { $words }.

## Strefa prowadzącego (facilitator/index.html)
hub-eyebrow = Dla prowadzących
hub-lede = Wszystko, czego potrzebujesz, żeby poprowadzić kurs jako warsztaty na żywo: materiały dla uczestników każdego modułu, twój przewodnik i materiały do wydruku, z czasem trwania każdej sesji.
hub-new-before = Prowadzisz te warsztaty pierwszy raz?
hub-new-after = podpowiada, jak się przygotować, jak dobierać pary i jak dbać o poczucie bezpieczeństwa w grupie.
hub-workshops = { $count ->
    [one] { $count } warsztat
    [few] { $count } warsztaty
    [many] { $count } warsztatów
   *[other] { $count } warsztatu
}
hub-workshops-time = { $workshops }, łącznie { $time }
hub-module = Moduł
hub-session = Sesja
hub-handout = Materiały dla uczestników
hub-guide = Przewodnik dla prowadzącego
hub-materials = Materiały do wydruku
hub-not-planned = jeszcze nie zaplanowano
hub-handout-link = Materiały
hub-guide-link = Przewodnik
hub-of-module = , moduł { $number }
hub-no-notes = (jeszcze bez notatek)
hub-none = brak
hub-total = Razem
hub-timed = Zaplanowany czas ma { $timed } z { $total } sesji
hub-printing = Drukowanie
hub-printing-text = Każdy materiał, przewodnik i karta są przygotowane na papier A4 lub Letter: otwórz i wydrukuj z przeglądarki. Materiały dla uczestników podają lekcje jedna po drugiej, z miejscem na odręczne notatki; arkusze z kartami mają przerywane linie do cięcia.
hub-pdfs = Gotowe pliki PDF są podlinkowane obok materiałów i przewodników powyżej.
hub-pdfs-and-course = Gotowe pliki PDF są podlinkowane obok materiałów i przewodników powyżej, a cały kurs to jeden
hub-course-pdf = Cały kurs to jeden
hub-pdf-end = .
pdf-about = { $pages ->
    [one] PDF, { $pages } strona, { $kb } KB
    [few] PDF, { $pages } strony, { $kb } KB
    [many] PDF, { $pages } stron, { $kb } KB
   *[other] PDF, { $pages } strony, { $kb } KB
}
material-question-cards = Karty z pytaniami: { $cards ->
    [one] { $cards } karta
    [few] { $cards } karty
    [many] { $cards } kart
   *[other] { $cards } karty
} na { $sheets ->
    [one] { $sheets } arkuszu
   *[other] { $sheets } arkuszach
}
material-scenario-cards = Karty z sytuacjami: { $cards ->
    [one] { $cards } karta
    [few] { $cards } karty
    [many] { $cards } kart
   *[other] { $cards } karty
} na { $sheets ->
    [one] { $sheets } arkuszu
   *[other] { $sheets } arkuszach
}
material-model = Jednostronicowy materiał z modelem
material-title-question-cards = Karty z pytaniami
material-title-scenario-cards = Karty z sytuacjami
material-title-model = Materiał z modelem

## Materiały do wydruku
material-cards-note = { $count ->
    [one] { $count } karta, { $per } na arkuszu A4 lub Letter: wydrukuj, a potem potnij wzdłuż przerywanych linii.
    [few] { $count } karty, po { $per } na arkuszu A4 lub Letter: wydrukuj, a potem potnij wzdłuż przerywanych linii.
    [many] { $count } kart, po { $per } na arkuszu A4 lub Letter: wydrukuj, a potem potnij wzdłuż przerywanych linii.
   *[other] { $count } karty, po { $per } na arkuszu A4 lub Letter: wydrukuj, a potem potnij wzdłuż przerywanych linii.
}
material-page-note = Jedna strona A4 lub Letter, jeden egzemplarz na uczestnika.
material-back = Wróć do
material-back-guide = przewodnika dla prowadzącego
material-back-or = albo do
material-back-hub = strefy prowadzącego
material-card = Karta { $number } z { $count }
material-discussion = Pytanie do dyskusji
material-talk = Porozmawiajcie
material-try = Spróbuj: { $title }

## Strona lekcji
all-lessons = Wszystkie lekcje ({ $count })

## Strona startowa SCORM
lms-noscript = Ten kurs potrzebuje JavaScriptu, żeby przekazywać postępy twojej platformie szkoleniowej.
lms-open-course = Otwórz kurs,
lms-to-read = żeby go przeczytać.
lms-close = Zamknij
lms-rejected = Twoja platforma szkoleniowa nie przyjęła raportu postępów z tego kursu{ $detail }. Twoje odpowiedzi są nadal zapisane w tej przeglądarce i możesz kontynuować.
lms-error = błąd { $code }
lms-room = Twoja platforma szkoleniowa przechowuje dla tego kursu { $limit } znaków odpowiedzi, więc twoje odpowiedzi do { $exercises } zostają tylko w tej przeglądarce i nie pojadą z tobą na inny komputer. Żeby je zabrać, wyeksportuj dziennik w „{ nav-journal }”.
lms-room-entries = { $count ->
    [one] „{ $title }” ({ $count } wpis w dzienniku)
    [few] „{ $title }” ({ $count } wpisy w dzienniku)
    [many] „{ $title }” ({ $count } wpisów w dzienniku)
   *[other] „{ $title }” ({ $count } wpisu w dzienniku)
}
lms-room-entries-draft = { $count ->
    [one] „{ $title }” ({ $count } wpis w dzienniku i twój szkic)
    [few] „{ $title }” ({ $count } wpisy w dzienniku i twój szkic)
    [many] „{ $title }” ({ $count } wpisów w dzienniku i twój szkic)
   *[other] „{ $title }” ({ $count } wpisu w dzienniku i twój szkic)
}
lms-room-exercise = „{ $title }”
