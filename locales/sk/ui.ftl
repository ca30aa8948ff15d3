# Faro interface strings shared by every campaign.
# A campaign can override any of them in campaigns/<id>/locales/<lang>/*.ftl.

## The language, named in itself (used by the language chooser and switcher)
language-name = Slovenčina

## Skip links and quick exit
skip-to-content = Prejsť na hlavný obsah
exit-this-page = Opustiť stránku
exit-emergency = Núdzová situácia
exit-skip-link = Ihneď opustiť stránku
exit-shift-hint = Alebo trikrát stlačte Shift
exit-status-remaining = { $count ->
    [one] Na opustenie stránky stlačte Shift ešte raz.
    [few] Na opustenie stránky stlačte Shift ešte { $count }-krát.
    [many] Na opustenie stránky stlačte Shift ešte { $count }-krát.
   *[other] Na opustenie stránky stlačte Shift ešte { $count }-krát.
}
exit-status-expired = Čas vypršal. Na opustenie stránky stlačte Shift trikrát za sebou.
exit-status-exiting = Odchádzate zo stránky.
exit-nav = Rýchly odchod

## Navigation and languages
nav-main = Hlavné menu
nav-menu-button = Menu
nav-footer = Viac o tomto webe
journeys-title = Kde začať
partners-title = Partneri
language-switcher = Jazyky
language-untranslated = zatiaľ nepreložené, otvorí úvodnú stránku
chooser-title = Vyberte si jazyk
chooser-pages = { $count ->
    [one] { $count } stránka
    [few] { $count } stránky
    [many] { $count } stránky
   *[other] { $count } stránok
}
fallback-banner = Táto stránka zatiaľ nie je preložená do vášho jazyka. Nižšie nájdete originál ({ $original }).
review-notice-machine = Táto stránka bola preložená strojovo a rodený hovoriaci ju zatiaľ neskontroloval.
review-notice-volunteer = Tento preklad zatiaľ neskontroloval rodený hovoriaci.
on-this-page = Na tejto stránke
footnotes-heading = Zdroje
back-to-top = Späť nahor

## Helplines
helplines-title = Môžete získať pomoc
help-now-title = Potrebujete pomoc hneď teraz?
helpline-free = Bezplatne
helpline-always-open = Nonstop, každý deň
helpline-anonymous = Anonymne
helpline-languages = Pomoc vo viacerých jazykoch
helpline-call = Volajte { $number }
helpline-emergency = Hrozí vám bezprostredné nebezpečenstvo? Volajte { $number }

## Footer
footer-privacy = Tento web nepoužíva cookies, nič neukladá do vášho zariadenia a nič nenačítava z iných webov.
eu-emblem-alt = Vlajka Európskej únie

## Special pages
not-found-title = Stránka sa nenašla
not-found-text = Táto stránka neexistuje alebo bola presunutá.
not-found-home = Prejsť na úvodnú stránku
draft-banner = Koncept: nie je určené na zverejnenie
print-unconfirmed = KONCEPT – netlačiť. Nepotvrdené: { $values }
print-unconfirmed-item = { $setting ->
    [base_url] webová adresa { $value }
    [region] región { $value }
    [logo] logo
    [partners] partneri
    [helplines] čísla liniek pomoci { $value }
    [services] miestne služby
   *[funding] informácia o financovaní z EÚ
}
print-slug-draft = KONCEPT
error-title = Náhľad sa nepodarilo vytvoriť
error-hint = Opravte súbor a uložte ho: táto stránka sa sama znova načíta.

## Materials (print and share)
materials-title = Tlač a zdieľanie
# The URL segment of the Materials page (lower-case letters, digits, hyphens).
materials-slug = materialy
materials-intro = Plagáty, letáky a kartičky do peňaženky pripravené na tlač a obrázky na zdieľanie. Jazyk: { $language }.
materials-download = Stiahnuť
materials-paper = Formát papiera
materials-file-size = Veľkosť súboru
materials-variant-print = Pre profesionálnu tlač: 3 mm spadávka a orezové značky
materials-variant-office = Pre kancelársku tlačiareň
materials-post-text = Navrhovaný text príspevku
materials-alt-text = Opis obrázka (alternatívny text)
materials-preview-alt = Náhľad: { $name }
materials-service-intro = Plagáty, leták a vrecková karta kampane s číslom, názvom a údajmi tejto miestnej služby vedľa celoštátnych liniek.
materials-service-phone = Telefón
materials-service-hours = Otváracie hodiny
materials-service-address = Adresa
materials-service-languages = Aj v jazyku
materials-services = Materiály miestnych služieb
share-unconfirmed = KONCEPT – zatiaľ nezverejňovať. Nepotvrdené: { $values }
materials-unconfirmed = Tieto súbory sú koncepty: niektoré údaje v nich ešte nie sú potvrdené. Zatiaľ ich netlačte ani nezverejňujte. Nepotvrdené: { $values }.
asset-poster-a3 = Plagát A3
asset-poster-a4 = Plagát A4
asset-flyer-a5 = Leták A5, obojstranný
asset-wallet-card = Kartička do peňaženky, obojstranná
asset-guidelines = Pokyny na prevzatie kampane, brožúra A4
asset-social-square = Obrázok pre sociálne siete, štvorcový
asset-social-portrait = Obrázok pre sociálne siete, na výšku
asset-social-story = Obrázok pre sociálne siete, príbeh
asset-og = Náhľadový obrázok odkazu
replication-kit = Balík na prevzatie kampane: priečinok kampane pripravený na kopírovanie
print-scan-qr = Naskenujte a dozviete sa viac
print-local-service = Miestna služba
print-promoted-by = Z iniciatívy
print-contents = Obsah
# The guidelines booklet's pages to fill in by hand, which make up its
# count of pages to a multiple of four: a table of local contacts and
# ruled pages for notes.
print-local-contacts = Miestne kontakty
print-contact-service = Služba alebo organizácia
print-contact-phone = Telefón
print-contact-checked = Dátum overenia
print-notes = Poznámky
# After a link to a chapter of the same booklet: its page, abbreviated.
print-page-ref = s. { $page }
print-imprint-publisher = Vydavateľ
print-imprint-edition = Vydanie
print-imprint-licence = Licencia textu

## Discreet mode: a neutral page title
discreet-title = Poznámky
