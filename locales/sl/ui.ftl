# Faro interface strings shared by every campaign.
# A campaign can override any of them in campaigns/<id>/locales/<lang>/*.ftl.

## The language, named in itself (used by the language chooser and switcher)
language-name = Slovenščina

## Skip links and quick exit
skip-to-content = Skoči na glavno vsebino
exit-this-page = Zapusti stran
exit-emergency = Nujno
exit-skip-link = Takoj zapusti stran
exit-shift-hint = Ali pa trikrat pritisnite Shift
exit-status-remaining = { $count ->
    [one] Za izhod s strani pritisnite Shift še enkrat.
    [two] Za izhod s strani pritisnite Shift še { $count }-krat.
    [few] Za izhod s strani pritisnite Shift še { $count }-krat.
   *[other] Za izhod s strani pritisnite Shift še { $count }-krat.
}
exit-status-expired = Čas je potekel. Za izhod s strani pritisnite Shift trikrat zapored.
exit-status-exiting = Zapuščanje strani.
exit-nav = Hiter izhod

## Navigation and languages
nav-main = Glavni meni
nav-menu-button = Meni
nav-footer = Več o tem spletnem mestu
journeys-title = Kje začeti
partners-title = Partnerji
language-switcher = Jeziki
language-untranslated = še ni prevedeno, odpre domačo stran
chooser-title = Izberite svoj jezik
chooser-pages = { $count ->
    [one] { $count } stran
    [two] { $count } strani
    [few] { $count } strani
   *[other] { $count } strani
}
fallback-banner = Ta stran še ni prevedena v vaš jezik. Spodaj je izvirnik ({ $original }).
review-notice-machine = Ta stran je strojno prevedena in je materni govorec še ni pregledal.
review-notice-volunteer = Tega prevoda materni govorec še ni pregledal.
on-this-page = Na tej strani
footnotes-heading = Viri
back-to-top = Na vrh

## Helplines
helplines-title = Pomoč je na voljo
help-now-title = Potrebujete pomoč zdaj?
helpline-free = Brezplačno
helpline-always-open = 24 ur na dan, vsak dan
helpline-anonymous = Anonimno
helpline-languages = Pomoč v več jezikih
helpline-call = Pokličite { $number }
helpline-emergency = Ste v neposredni nevarnosti? Pokličite { $number }

## Footer
footer-privacy = To spletno mesto ne uporablja piškotkov, ničesar ne shranjuje v vašo napravo in ničesar ne nalaga z drugih spletnih mest.
eu-emblem-alt = Zastava Evropske unije

## Special pages
not-found-title = Strani ni mogoče najti
not-found-text = Ta stran ne obstaja ali je bila premaknjena.
not-found-home = Pojdi na domačo stran
draft-banner = Osnutek: ni za objavo
print-unconfirmed = OSNUTEK – ne tiskati. Ni potrjeno: { $values }
print-unconfirmed-item = { $setting ->
    [base_url] spletni naslov { $value }
    [region] regija { $value }
    [logo] logotip
    [partners] partnerji
    [helplines] številke telefonov za pomoč { $value }
    [services] lokalne službe
   *[funding] navedba financiranja EU
}
print-slug-draft = OSNUTEK
error-title = Predogleda ni bilo mogoče ustvariti
error-hint = Popravite datoteko in jo shranite: ta stran se bo samodejno znova naložila.

## Materials (print and share)
materials-title = Natisnite in delite
# The URL segment of the Materials page (lower-case letters, digits, hyphens).
materials-slug = gradiva
materials-intro = Plakati, letaki in kartice za denarnico, pripravljeni za tisk, ter slike za deljenje. Jezik: { $language }.
materials-download = Prenesi
materials-paper = Velikost papirja
materials-file-size = Velikost datoteke
materials-variant-print = Za tiskarno: 3 mm za porezavo in rezalne oznake
materials-variant-office = Za pisarniški tiskalnik
materials-post-text = Predlagano besedilo objave
materials-alt-text = Opis slike (nadomestno besedilo)
materials-preview-alt = Predogled: { $name }
materials-service-intro = Plakati, letak in žepna kartica kampanje s številko, imenom in podatki te lokalne službe ob nacionalnih linijah.
materials-service-phone = Telefon
materials-service-hours = Delovni čas
materials-service-address = Naslov
materials-service-languages = Tudi v
materials-services = Gradiva lokalnih služb
share-unconfirmed = OSNUTEK – še ne objavljati. Ni potrjeno: { $values }
materials-unconfirmed = Te datoteke so osnutki: nekateri podatki v njih še niso potrjeni. Zaenkrat jih ne tiskajte in ne objavljajte. Ni potrjeno: { $values }.
asset-poster-a3 = Plakat A3
asset-poster-a4 = Plakat A4
asset-flyer-a5 = Letak A5, obojestranski
asset-wallet-card = Kartica za denarnico, obojestranska
asset-guidelines = Smernice za ponovitev kampanje, knjižica A4
asset-social-square = Slika za družbena omrežja, kvadratna
asset-social-portrait = Slika za družbena omrežja, pokončna
asset-social-story = Slika za družbena omrežja, zgodba
asset-og = Slika za predogled povezave
replication-kit = Komplet za ponovitev kampanje: mapa kampanje, pripravljena za kopiranje
print-scan-qr = Skenirajte za več informacij
print-local-service = Lokalna služba
print-promoted-by = Na pobudo
print-contents = Vsebina
# The guidelines booklet's pages to fill in by hand, which make up its
# count of pages to a multiple of four: a table of local contacts and
# ruled pages for notes.
print-local-contacts = Lokalni stiki
print-contact-service = Služba ali organizacija
print-contact-phone = Telefon
print-contact-checked = Datum preverjanja
print-notes = Zapiski
# After a link to a chapter of the same booklet: its page, abbreviated.
print-page-ref = str. { $page }
print-imprint-publisher = Izdajatelj
print-imprint-edition = Izdaja
print-imprint-licence = Licenca besedila

## Discreet mode: a neutral page title
discreet-title = Zapiski
