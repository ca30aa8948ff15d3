# Faro interface strings shared by every campaign.
# A campaign can override any of them in campaigns/<id>/locales/<lang>/*.ftl.

## The language, named in itself (used by the language chooser and switcher)
language-name = Magyar

## Skip links and quick exit
skip-to-content = Ugrás a fő tartalomra
exit-this-page = Kilépés az oldalról
exit-emergency = Vészhelyzet
exit-skip-link = Azonnali kilépés az oldalról
exit-shift-hint = Vagy nyomja meg háromszor a Shift billentyűt
exit-status-remaining = { $count ->
    [one] Az oldal elhagyásához nyomja meg még egyszer a Shift billentyűt.
   *[other] Az oldal elhagyásához nyomja meg még { $count } alkalommal a Shift billentyűt.
}
exit-status-expired = Lejárt az idő. Az oldal elhagyásához nyomja meg háromszor egymás után a Shift billentyűt.
exit-status-exiting = Kilépés az oldalról.
exit-nav = Gyors kilépés

## Navigation and languages
nav-main = Főmenü
nav-menu-button = Menü
nav-footer = Bővebben erről a webhelyről
journeys-title = Hol kezdje
partners-title = Partnerek
language-switcher = Nyelvek
language-untranslated = még nincs lefordítva, a kezdőlapot nyitja meg
chooser-title = Válassza ki a nyelvet
chooser-pages = { $count ->
    [one] { $count } oldal
   *[other] { $count } oldal
}
fallback-banner = Ez az oldal még nincs lefordítva az Ön nyelvére. Alább az eredeti változat olvasható ({ $original }).
review-notice-machine = Ezt az oldalt gépi fordítás készítette, anyanyelvi lektor még nem ellenőrizte.
review-notice-volunteer = Ezt a fordítást anyanyelvi lektor még nem ellenőrizte.
on-this-page = Ezen az oldalon
footnotes-heading = Források
back-to-top = Vissza az oldal tetejére

## Helplines
helplines-title = Van segítség
help-now-title = Most azonnal segítségre van szüksége?
helpline-free = Ingyenes
helpline-always-open = Éjjel-nappal, minden nap
helpline-anonymous = Névtelenül
helpline-languages = Több nyelven is segítenek
helpline-call = Hívás: { $number }
helpline-emergency = Közvetlen veszélyben van? Hívja ezt a számot: { $number }

## Footer
footer-privacy = Ez a webhely nem használ sütiket, semmit nem tárol az eszközén, és semmit nem tölt be más webhelyekről.
eu-emblem-alt = Az Európai Unió zászlaja

## Special pages
not-found-title = Az oldal nem található
not-found-text = Ez az oldal nem létezik, vagy máshová került.
not-found-home = Ugrás a kezdőlapra
draft-banner = Piszkozat: nem nyilvános
print-unconfirmed = PISZKOZAT – nem nyomtatható. Nincs megerősítve: { $values }
print-unconfirmed-item = { $setting ->
    [base_url] webcím { $value }
    [region] régió { $value }
    [logo] logó
    [partners] partnerek
    [helplines] segélyvonalak számai { $value }
    [services] helyi szolgáltatások
   *[funding] uniós finanszírozásról szóló nyilatkozat
}
print-slug-draft = PISZKOZAT
error-title = Az előnézetet nem sikerült elkészíteni
error-hint = Javítsa ki a fájlt, és mentse el: az oldal magától újratöltődik.

## Materials (print and share)
materials-title = Nyomtatás és megosztás
# The URL segment of the Materials page (lower-case letters, digits, hyphens).
materials-slug = anyagok
materials-intro = Nyomtatásra kész plakátok, szórólapok és pénztárcakártyák, valamint megosztható képek. Nyelv: { $language }.
materials-download = Letöltés
materials-paper = Papírméret
materials-file-size = Fájlméret
materials-variant-print = Nyomdának: 3 mm kifutó és vágójelek
materials-variant-office = Irodai nyomtatóhoz
materials-post-text = Javasolt szöveg a bejegyzéshez
materials-alt-text = A kép leírása (helyettesítő szöveg)
materials-preview-alt = Előnézet: { $name }
materials-service-intro = A kampány plakátjai, szórólapja és zsebkártyája e helyi szolgáltatás számával, nevével és adataival az országos vonalak mellett.
materials-service-phone = Telefon
materials-service-hours = Nyitvatartás
materials-service-address = Cím
materials-service-languages = Más nyelven is
materials-services = Helyi szolgáltatások anyagai
share-unconfirmed = PISZKOZAT – még nem tehető közzé. Nincs megerősítve: { $values }
materials-unconfirmed = Ezek a fájlok piszkozatok: egyes adataik még nincsenek megerősítve. Egyelőre ne nyomtassa ki és ne tegye közzé őket. Nincs megerősítve: { $values }.
asset-poster-a3 = Plakát, A3
asset-poster-a4 = Plakát, A4
asset-flyer-a5 = Szórólap, A5, kétoldalas
asset-wallet-card = Pénztárcakártya, kétoldalas
asset-guidelines = Útmutató a kampány átvételéhez, A4-es füzet
asset-social-square = Kép közösségi médiához, négyzetes
asset-social-portrait = Kép közösségi médiához, álló
asset-social-story = Kép közösségi médiához, történet
asset-og = Előnézeti kép hivatkozásokhoz
replication-kit = Átvételi csomag: a kampány mappája, másolásra készen
print-scan-qr = Olvassa be a kódot a további információkért
print-local-service = Helyi szolgáltatás
print-promoted-by = Kezdeményező
print-contents = Tartalom
# The guidelines booklet's pages to fill in by hand, which make up its
# count of pages to a multiple of four: a table of local contacts and
# ruled pages for notes.
print-local-contacts = Helyi kapcsolatok
print-contact-service = Szolgáltatás vagy szervezet
print-contact-phone = Telefon
print-contact-checked = Ellenőrzés dátuma
print-notes = Jegyzetek
# After a link to a chapter of the same booklet: its page, abbreviated.
print-page-ref = { $page }. o.
print-imprint-publisher = Kiadó
print-imprint-edition = Kiadás
print-imprint-licence = A szöveg licence

## Discreet mode: a neutral page title
discreet-title = Jegyzetek
