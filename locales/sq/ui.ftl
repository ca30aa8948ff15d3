# Faro interface strings shared by every campaign.
# A campaign can override any of them in campaigns/<id>/locales/<lang>/*.ftl.

## The language, named in itself (used by the language chooser and switcher)
language-name = Shqip

## Skip links and quick exit
skip-to-content = Kalo te përmbajtja kryesore
exit-this-page = Dil nga faqja
exit-emergency = Emergjencë
exit-skip-link = Dil nga faqja tani
exit-shift-hint = Ose shtypni Shift tri herë
exit-status-remaining = { $count ->
    [one] Shtypni Shift edhe një herë për të dalë nga kjo faqe.
   *[other] Shtypni Shift edhe { $count } herë për të dalë nga kjo faqe.
}
exit-status-expired = Koha mbaroi. Shtypni Shift tri herë radhazi për të dalë nga kjo faqe.
exit-status-exiting = Po dilni nga kjo faqe.
exit-nav = Dalje e shpejtë

## Navigation and languages
nav-main = Menyja kryesore
nav-menu-button = Menyja
nav-footer = Më shumë për këtë sajt
journeys-title = Ku të filloni
partners-title = Partnerët
language-switcher = Gjuhët
language-untranslated = ende e papërkthyer, hap faqen kryesore
chooser-title = Zgjidhni gjuhën tuaj
chooser-pages = { $count ->
    [one] { $count } faqe
   *[other] { $count } faqe
}
fallback-banner = Kjo faqe ende nuk është përkthyer në gjuhën tuaj. Më poshtë gjeni origjinalin ({ $original }).
review-notice-machine = Kjo faqe është përkthyer me makinë dhe ende nuk është rishikuar nga një folës amtare.
review-notice-volunteer = Ky përkthim ende nuk është rishikuar nga një folës amtare.
on-this-page = Në këtë faqe
footnotes-heading = Burimet
back-to-top = Kthehu në krye

## Helplines
helplines-title = Ka ndihmë
help-now-title = Keni nevojë për ndihmë tani?
helpline-free = Falas
helpline-always-open = 24 orë në ditë, çdo ditë
helpline-anonymous = Anonime
helpline-languages = Përgjigjen në disa gjuhë
helpline-call = Telefononi { $number }
helpline-emergency = Jeni në rrezik të menjëhershëm? Telefononi { $number }

## Footer
footer-privacy = Ky sajt nuk vendos cookies, nuk ruan asgjë në pajisjen tuaj dhe nuk ngarkon asgjë nga sajte të tjera.
eu-emblem-alt = Flamuri i Bashkimit Evropian

## Special pages
not-found-title = Faqja nuk u gjet
not-found-text = Kjo faqe nuk ekziston ose është zhvendosur.
not-found-home = Shko te faqja kryesore
draft-banner = Skicë: jo për publikim
print-unconfirmed = SKICË – jo për shtyp. E pakonfirmuar: { $values }
print-unconfirmed-item = { $setting ->
    [base_url] adresa e uebit { $value }
    [region] rajoni { $value }
    [logo] logoja
    [partners] partnerët
    [helplines] numrat e linjave të ndihmës { $value }
    [services] shërbimet vendore
   *[funding] deklarata e financimit nga BE
}
print-slug-draft = SKICË
error-title = Parapamja nuk u krijua dot
error-hint = Korrigjoni skedarin dhe ruajeni: kjo faqe ringarkohet vetë.

## Materials (print and share)
materials-title = Printoni dhe shpërndani
# The URL segment of the Materials page (lower-case letters, digits, hyphens).
materials-slug = materiale
materials-intro = Postera, fletëpalosje dhe karta xhepi gati për printim, si dhe imazhe për t’u shpërndarë, në { $language }.
materials-download = Shkarko
materials-paper = Madhësia e letrës
materials-file-size = Madhësia e skedarit
materials-variant-print = Për shtypshkronjën: 3 mm hapësirë prerjeje dhe shenja prerjeje
materials-variant-office = Për printer zyre
materials-post-text = Tekst i sugjeruar për postimin
materials-alt-text = Përshkrimi i figurës (tekst alternativ)
materials-preview-alt = Parapamje: { $name }
materials-service-intro = Posterat, fletëpalosja dhe karta e xhepit të fushatës me numrin, emrin dhe të dhënat e këtij shërbimi lokal pranë linjave kombëtare.
materials-service-phone = Telefon
materials-service-hours = Orari
materials-service-address = Adresa
materials-service-languages = Edhe në
materials-services = Materialet e shërbimeve lokale
share-unconfirmed = SKICË – mos e publikoni ende. E pakonfirmuar: { $values }
materials-unconfirmed = Këta skedarë janë skica: disa të dhëna në to nuk janë konfirmuar ende. Mos i printoni dhe mos i publikoni ende. E pakonfirmuar: { $values }.
asset-poster-a3 = Poster A3
asset-poster-a4 = Poster A4
asset-flyer-a5 = Fletëpalosje A5, me dy faqe
asset-wallet-card = Kartë xhepi, me dy faqe
asset-guidelines = Udhëzime për përsëritjen e fushatës, broshurë A4
asset-social-square = Imazh për rrjetet sociale, katror
asset-social-portrait = Imazh për rrjetet sociale, vertikal
asset-social-story = Imazh për rrjetet sociale, story
asset-og = Imazh parapamjeje për lidhjen
replication-kit = Paketa për përsëritjen e fushatës: dosja e fushatës, gati për t’u kopjuar
print-scan-qr = Skanoni për më shumë informacion
print-local-service = Shërbim lokal
print-promoted-by = Me nismën e
print-contents = Përmbajtja
# The guidelines booklet's pages to fill in by hand, which make up its
# count of pages to a multiple of four: a table of local contacts and
# ruled pages for notes.
print-local-contacts = Kontakte vendore
print-contact-service = Shërbim ose organizatë
print-contact-phone = Telefon
print-contact-checked = Data e verifikimit
print-notes = Shënime
# After a link to a chapter of the same booklet: its page, abbreviated.
print-page-ref = f. { $page }
print-imprint-publisher = Botuesi
print-imprint-edition = Botimi
print-imprint-licence = Licenca e tekstit

## Discreet mode: a neutral page title
discreet-title = Shënime
