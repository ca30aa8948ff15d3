# Faro interface strings shared by every campaign.
# A campaign can override any of them in campaigns/<id>/locales/<lang>/*.ftl.

## The language, named in itself (used by the language chooser and switcher)
language-name = Čeština

## Skip links and quick exit
skip-to-content = Přejít na hlavní obsah
exit-this-page = Opustit stránku
exit-emergency = Nouzová situace
exit-skip-link = Ihned opustit stránku
exit-shift-hint = Nebo třikrát stiskněte Shift
exit-status-remaining = { $count ->
    [one] Pro opuštění stránky stiskněte Shift ještě jednou.
    [few] Pro opuštění stránky stiskněte Shift ještě { $count }krát.
    [many] Pro opuštění stránky stiskněte Shift ještě { $count }krát.
   *[other] Pro opuštění stránky stiskněte Shift ještě { $count }krát.
}
exit-status-expired = Čas vypršel. Pro opuštění stránky stiskněte Shift třikrát za sebou.
exit-status-exiting = Odcházíte ze stránky.
exit-nav = Rychlý odchod

## Navigation and languages
nav-main = Hlavní nabídka
nav-menu-button = Nabídka
nav-footer = Více o tomto webu
journeys-title = Kde začít
partners-title = Partneři
language-switcher = Jazyky
language-untranslated = zatím nepřeloženo, otevře úvodní stránku
chooser-title = Vyberte si jazyk
chooser-pages = { $count ->
    [one] { $count } stránka
    [few] { $count } stránky
    [many] { $count } stránky
   *[other] { $count } stránek
}
fallback-banner = Tato stránka zatím není přeložena do vašeho jazyka. Níže najdete originál ({ $original }).
review-notice-machine = Tato stránka byla přeložena strojově a rodilý mluvčí ji zatím nezkontroloval.
review-notice-volunteer = Tento překlad zatím nezkontroloval rodilý mluvčí.
on-this-page = Na této stránce
footnotes-heading = Zdroje
back-to-top = Zpět nahoru

## Helplines
helplines-title = Můžete získat pomoc
help-now-title = Potřebujete pomoc hned teď?
helpline-free = Zdarma
helpline-always-open = Nonstop, každý den
helpline-anonymous = Anonymně
helpline-languages = Pomoc v několika jazycích
helpline-call = Volejte { $number }
helpline-emergency = Hrozí vám bezprostřední nebezpečí? Volejte { $number }

## Footer
footer-privacy = Tento web nepoužívá cookies, nic neukládá do vašeho zařízení a nic nenačítá z jiných webů.
eu-emblem-alt = Vlajka Evropské unie

## Special pages
not-found-title = Stránka nenalezena
not-found-text = Tato stránka neexistuje nebo byla přesunuta.
not-found-home = Přejít na úvodní stránku
draft-banner = Koncept: není určeno ke zveřejnění
print-unconfirmed = KONCEPT – netisknout. Nepotvrzeno: { $values }
print-unconfirmed-item = { $setting ->
    [base_url] webová adresa { $value }
    [region] region { $value }
    [logo] logo
    [partners] partneři
    [helplines] čísla linek pomoci { $value }
    [services] místní služby
   *[funding] informace o financování z EU
}
print-slug-draft = KONCEPT
error-title = Náhled se nepodařilo vytvořit
error-hint = Opravte soubor a uložte ho: tato stránka se sama znovu načte.

## Materials (print and share)
materials-title = Tisk a sdílení
# The URL segment of the Materials page (lower-case letters, digits, hyphens).
materials-slug = materialy
materials-intro = Plakáty, letáky a kartičky do peněženky připravené k tisku a obrázky ke sdílení. Jazyk: { $language }.
materials-download = Stáhnout
materials-paper = Formát papíru
materials-file-size = Velikost souboru
materials-variant-print = Pro profesionální tisk: 3 mm spadávka a ořezové značky
materials-variant-office = Pro kancelářskou tiskárnu
materials-post-text = Navrhovaný text příspěvku
materials-alt-text = Popis obrázku (alternativní text)
materials-preview-alt = Náhled: { $name }
materials-service-intro = Plakáty, leták a kapesní karta kampaně s číslem, názvem a údaji této místní služby vedle celostátních linek.
materials-service-phone = Telefon
materials-service-hours = Otevírací doba
materials-service-address = Adresa
materials-service-languages = Také v jazyce
materials-services = Materiály místních služeb
share-unconfirmed = KONCEPT – zatím nezveřejňovat. Nepotvrzeno: { $values }
materials-unconfirmed = Tyto soubory jsou koncepty: některé údaje v nich zatím nejsou potvrzené. Zatím je netiskněte ani nezveřejňujte. Nepotvrzeno: { $values }.
asset-poster-a3 = Plakát A3
asset-poster-a4 = Plakát A4
asset-flyer-a5 = Leták A5, oboustranný
asset-wallet-card = Kartička do peněženky, oboustranná
asset-guidelines = Pokyny k převzetí kampaně, brožura A4
asset-social-square = Obrázek pro sociální sítě, čtvercový
asset-social-portrait = Obrázek pro sociální sítě, na výšku
asset-social-story = Obrázek pro sociální sítě, příběh
asset-og = Náhledový obrázek odkazu
replication-kit = Balíček k převzetí kampaně: složka kampaně připravená ke zkopírování
print-scan-qr = Naskenujte a dozvíte se víc
print-local-service = Místní služba
print-promoted-by = Z iniciativy
print-contents = Obsah
# The guidelines booklet's pages to fill in by hand, which make up its
# count of pages to a multiple of four: a table of local contacts and
# ruled pages for notes.
print-local-contacts = Místní kontakty
print-contact-service = Služba nebo organizace
print-contact-phone = Telefon
print-contact-checked = Datum ověření
print-notes = Poznámky
# After a link to a chapter of the same booklet: its page, abbreviated.
print-page-ref = s. { $page }
print-imprint-publisher = Vydavatel
print-imprint-edition = Vydání
print-imprint-licence = Licence textu

## Discreet mode: a neutral page title
discreet-title = Poznámky
