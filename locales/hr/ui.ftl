# Faro interface strings shared by every campaign.
# A campaign can override any of them in campaigns/<id>/locales/<lang>/*.ftl.

## The language, named in itself (used by the language chooser and switcher)
language-name = Hrvatski

## Skip links and quick exit
skip-to-content = Prijeđi na glavni sadržaj
exit-this-page = Napusti stranicu
exit-emergency = Hitno
exit-skip-link = Odmah napusti stranicu
exit-shift-hint = Ili tri puta pritisnite Shift
exit-status-remaining = { $count ->
    [one] Za izlazak sa stranice pritisnite Shift još { $count } put.
    [few] Za izlazak sa stranice pritisnite Shift još { $count } puta.
   *[other] Za izlazak sa stranice pritisnite Shift još { $count } puta.
}
exit-status-expired = Vrijeme je isteklo. Za izlazak sa stranice pritisnite Shift tri puta zaredom.
exit-status-exiting = Izlazak sa stranice.
exit-nav = Brzi izlaz

## Navigation and languages
nav-main = Glavni izbornik
nav-menu-button = Izbornik
nav-footer = Više o ovoj web-stranici
journeys-title = Odakle početi
partners-title = Partneri
language-switcher = Jezici
language-untranslated = još nije prevedeno, otvara početnu stranicu
chooser-title = Odaberite svoj jezik
chooser-pages = { $count ->
    [one] { $count } stranica
    [few] { $count } stranice
   *[other] { $count } stranica
}
fallback-banner = Ova stranica još nije prevedena na vaš jezik. U nastavku je izvornik ({ $original }).
review-notice-machine = Ova je stranica strojno prevedena i izvorni govornik je još nije pregledao.
review-notice-volunteer = Ovaj prijevod izvorni govornik još nije pregledao.
on-this-page = Na ovoj stranici
footnotes-heading = Izvori
back-to-top = Natrag na vrh

## Helplines
helplines-title = Pomoć je dostupna
help-now-title = Trebate li pomoć odmah?
helpline-free = Besplatno
helpline-always-open = 24 sata dnevno, svaki dan
helpline-anonymous = Anonimno
helpline-languages = Pomoć na više jezika
helpline-call = Nazovite { $number }
helpline-emergency = Jeste li u neposrednoj opasnosti? Nazovite { $number }

## Footer
footer-privacy = Ova web-stranica ne postavlja kolačiće, ništa ne sprema na vaš uređaj i ništa ne učitava s drugih web-stranica.
eu-emblem-alt = Zastava Europske unije

## Special pages
not-found-title = Stranica nije pronađena
not-found-text = Ova stranica ne postoji ili je premještena.
not-found-home = Idi na početnu stranicu
draft-banner = Nacrt: nije za objavu
print-unconfirmed = NACRT – ne tiskati. Nije potvrđeno: { $values }
print-unconfirmed-item = { $setting ->
    [base_url] web-adresa { $value }
    [region] regija { $value }
    [logo] logotip
    [partners] partneri
    [helplines] brojevi linija za pomoć { $value }
    [services] lokalne službe
   *[funding] izjava o financiranju EU-a
}
print-slug-draft = NACRT
error-title = Pretpregled nije bilo moguće izraditi
error-hint = Ispravite datoteku i spremite je: ova će se stranica sama ponovno učitati.

## Materials (print and share)
materials-title = Ispišite i podijelite
# The URL segment of the Materials page (lower-case letters, digits, hyphens).
materials-slug = materijali
materials-intro = Plakati, letci i kartice za novčanik spremni za ispis te slike za dijeljenje. Jezik: { $language }.
materials-download = Preuzmi
materials-paper = Veličina papira
materials-file-size = Veličina datoteke
materials-variant-print = Za tiskaru: 3 mm za obrezivanje i oznake za rezanje
materials-variant-office = Za uredski pisač
materials-post-text = Predloženi tekst objave
materials-alt-text = Opis slike (alternativni tekst)
materials-preview-alt = Pretpregled: { $name }
materials-service-intro = Plakati, letak i džepna kartica kampanje s brojem, nazivom i podacima ove lokalne službe uz nacionalne linije.
materials-service-phone = Telefon
materials-service-hours = Radno vrijeme
materials-service-address = Adresa
materials-service-languages = Također na
materials-services = Materijali lokalnih službi
share-unconfirmed = NACRT – još ne objavljivati. Nije potvrđeno: { $values }
materials-unconfirmed = Ove datoteke su nacrti: neki podaci u njima još nisu potvrđeni. Nemojte ih još ispisivati ni objavljivati. Nije potvrđeno: { $values }.
asset-poster-a3 = Plakat A3
asset-poster-a4 = Plakat A4
asset-flyer-a5 = Letak A5, dvostrani
asset-wallet-card = Kartica za novčanik, dvostrana
asset-guidelines = Smjernice za ponavljanje kampanje, knjižica A4
asset-social-square = Slika za društvene mreže, kvadratna
asset-social-portrait = Slika za društvene mreže, uspravna
asset-social-story = Slika za društvene mreže, priča
asset-og = Slika za pretpregled poveznice
replication-kit = Paket za ponavljanje kampanje: mapa kampanje spremna za kopiranje
print-scan-qr = Skenirajte za više informacija
print-local-service = Lokalna služba
print-promoted-by = Na inicijativu
print-contents = Sadržaj
# The guidelines booklet's pages to fill in by hand, which make up its
# count of pages to a multiple of four: a table of local contacts and
# ruled pages for notes.
print-local-contacts = Lokalni kontakti
print-contact-service = Služba ili organizacija
print-contact-phone = Telefon
print-contact-checked = Datum provjere
print-notes = Bilješke
# After a link to a chapter of the same booklet: its page, abbreviated.
print-page-ref = str. { $page }
print-imprint-publisher = Izdavač
print-imprint-edition = Izdanje
print-imprint-licence = Licencija teksta

## Discreet mode: a neutral page title
discreet-title = Bilješke
