# Faro interface strings shared by every campaign.
# A campaign can override any of them in campaigns/<id>/locales/<lang>/*.ftl.

## The language, named in itself (used by the language chooser and switcher)
language-name = Polski

## Skip links and quick exit
skip-to-content = Przejdź do treści głównej
exit-this-page = Wyjdź z tej strony
exit-emergency = Sytuacja awaryjna
exit-skip-link = Wyjdź z tej strony teraz
exit-shift-hint = Możesz też trzy razy nacisnąć Shift
exit-status-remaining = { $count ->
    [one] Naciśnij Shift jeszcze raz, aby wyjść z tej strony.
    [few] Naciśnij Shift jeszcze { $count } razy, aby wyjść z tej strony.
    [many] Naciśnij Shift jeszcze { $count } razy, aby wyjść z tej strony.
   *[other] Naciśnij Shift jeszcze { $count } razy, aby wyjść z tej strony.
}
exit-status-expired = Czas minął. Naciśnij Shift trzy razy z rzędu, aby wyjść z tej strony.
exit-status-exiting = Wychodzenie z tej strony.
exit-nav = Szybkie wyjście

## Navigation and languages
nav-main = Menu główne
nav-menu-button = Menu
nav-footer = Więcej o tym serwisie
journeys-title = Od czego zacząć
partners-title = Partnerzy
language-switcher = Języki
language-untranslated = jeszcze nieprzetłumaczona, otwiera stronę główną
chooser-title = Wybierz swój język
chooser-pages = { $count ->
    [one] { $count } strona
    [few] { $count } strony
    [many] { $count } stron
   *[other] { $count } strony
}
fallback-banner = Ta strona nie jest jeszcze przetłumaczona na Twój język. Poniżej znajduje się oryginał ({ $original }).
review-notice-machine = Ta strona została przetłumaczona maszynowo i nie sprawdził jej jeszcze rodzimy użytkownik języka.
review-notice-volunteer = Tego tłumaczenia nie sprawdził jeszcze rodzimy użytkownik języka.
on-this-page = Na tej stronie
footnotes-heading = Źródła
back-to-top = Powrót na górę

## Helplines
helplines-title = Możesz uzyskać pomoc
help-now-title = Potrzebujesz pomocy teraz?
helpline-free = Bezpłatnie
helpline-always-open = Całą dobę, codziennie
helpline-anonymous = Anonimowo
helpline-languages = Pomoc w kilku językach
helpline-call = Zadzwoń pod numer { $number }
helpline-emergency = Bezpośrednie zagrożenie? Zadzwoń pod numer { $number }

## Footer
footer-privacy = Ta strona nie zapisuje plików cookie, niczego nie przechowuje na Twoim urządzeniu i niczego nie wczytuje z innych stron.
eu-emblem-alt = Flaga Unii Europejskiej

## Special pages
not-found-title = Nie znaleziono strony
not-found-text = Ta strona nie istnieje lub została przeniesiona.
not-found-home = Przejdź do strony głównej
draft-banner = Wersja robocza: nie do publikacji
print-unconfirmed = WERSJA ROBOCZA – nie drukować. Niepotwierdzone: { $values }
print-unconfirmed-item = { $setting ->
    [base_url] adres strony { $value }
    [region] region { $value }
    [logo] logo
    [partners] partnerzy
    [helplines] numery telefonów zaufania { $value }
    [services] lokalne punkty pomocy
   *[funding] informacja o finansowaniu z UE
}
print-slug-draft = WERSJA ROBOCZA
error-title = Nie udało się utworzyć podglądu
error-hint = Popraw plik i zapisz go: ta strona odświeży się sama.

## Materials (print and share)
materials-title = Wydrukuj i udostępnij
# The URL segment of the Materials page (lower-case letters, digits, hyphens).
materials-slug = materialy
materials-intro = Plakaty, ulotki i karty do portfela gotowe do druku oraz grafiki do udostępniania. Język: { $language }.
materials-download = Pobierz
materials-paper = Format papieru
materials-file-size = Rozmiar pliku
materials-variant-print = Dla drukarni: 3 mm spadu i znaczniki cięcia
materials-variant-office = Dla drukarki biurowej
materials-post-text = Proponowany tekst wpisu
materials-alt-text = Opis obrazu (tekst alternatywny)
materials-preview-alt = Podgląd: { $name }
materials-service-intro = Plakaty, ulotka i karta kieszonkowa kampanii z numerem, nazwą i danymi tej lokalnej placówki obok krajowych linii.
materials-service-phone = Telefon
materials-service-hours = Godziny otwarcia
materials-service-address = Adres
materials-service-languages = Także w języku
materials-services = Materiały lokalnych placówek
share-unconfirmed = WERSJA ROBOCZA – jeszcze nie publikować. Niepotwierdzone: { $values }
materials-unconfirmed = Te pliki to wersje robocze: niektóre dane w nich nie są jeszcze potwierdzone. Na razie ich nie drukuj ani nie publikuj. Niepotwierdzone: { $values }.
asset-poster-a3 = Plakat A3
asset-poster-a4 = Plakat A4
asset-flyer-a5 = Ulotka A5, dwustronna
asset-wallet-card = Karta do portfela, dwustronna
asset-guidelines = Wytyczne do powielenia kampanii, broszura A4
asset-social-square = Grafika do mediów społecznościowych, kwadratowa
asset-social-portrait = Grafika do mediów społecznościowych, pionowa
asset-social-story = Grafika do mediów społecznościowych, relacja
asset-og = Obraz podglądu linku
replication-kit = Zestaw do powielenia kampanii: folder kampanii gotowy do skopiowania
print-scan-qr = Zeskanuj, aby dowiedzieć się więcej
print-local-service = Pomoc na miejscu
print-promoted-by = Z inicjatywy
print-contents = Spis treści
# The guidelines booklet's pages to fill in by hand, which make up its
# count of pages to a multiple of four: a table of local contacts and
# ruled pages for notes.
print-local-contacts = Kontakty lokalne
print-contact-service = Służba lub organizacja
print-contact-phone = Telefon
print-contact-checked = Data weryfikacji
print-notes = Notatki
# After a link to a chapter of the same booklet: its page, abbreviated.
print-page-ref = s. { $page }
print-imprint-publisher = Wydawca
print-imprint-edition = Wydanie
print-imprint-licence = Licencja tekstu

## Discreet mode: a neutral page title
discreet-title = Notatki
