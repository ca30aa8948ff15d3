# Faro interface strings shared by every campaign.
# A campaign can override any of them in campaigns/<id>/locales/<lang>/*.ftl.

## The language, named in itself (used by the language chooser and switcher)
language-name = Latviešu

## Skip links and quick exit
skip-to-content = Pāriet uz galveno saturu
exit-this-page = Pamest lapu
exit-emergency = Ārkārtas situācija
exit-skip-link = Pamest lapu tūlīt
exit-shift-hint = Vai nospiediet Shift trīs reizes
exit-status-remaining = { $count ->
    [zero] Nospiediet Shift vēl { $count } reižu, lai pamestu šo lapu.
    [one] Nospiediet Shift vēl { $count } reizi, lai pamestu šo lapu.
   *[other] Nospiediet Shift vēl { $count } reizes, lai pamestu šo lapu.
}
exit-status-expired = Laiks beidzies. Nospiediet Shift trīs reizes pēc kārtas, lai pamestu šo lapu.
exit-status-exiting = Notiek šīs lapas pamešana.
exit-nav = Ātrā iziešana

## Navigation and languages
nav-main = Galvenā izvēlne
nav-menu-button = Izvēlne
nav-footer = Vairāk par šo vietni
journeys-title = Ar ko sākt
partners-title = Partneri
language-switcher = Valodas
language-untranslated = vēl nav tulkots, atver sākumlapu
chooser-title = Izvēlieties valodu
chooser-pages = { $count ->
    [zero] { $count } lapu
    [one] { $count } lapa
   *[other] { $count } lapas
}
fallback-banner = Šī lapa vēl nav pārtulkota jūsu valodā. Zemāk ir oriģināls ({ $original }).
review-notice-machine = Šī lapa ir tulkota mašīntulkošanā, un dzimtās valodas runātājs to vēl nav pārskatījis.
review-notice-volunteer = Šo tulkojumu dzimtās valodas runātājs vēl nav pārskatījis.
on-this-page = Šajā lapā
footnotes-heading = Avoti
back-to-top = Uz augšu

## Helplines
helplines-title = Palīdzība ir pieejama
help-now-title = Vai jums tūlīt vajadzīga palīdzība?
helpline-free = Bez maksas
helpline-always-open = Visu diennakti, katru dienu
helpline-anonymous = Anonīmi
helpline-languages = Atbild vairākās valodās
helpline-call = Zvaniet uz { $number }
helpline-emergency = Tūlītējas briesmas? Zvaniet uz { $number }

## Footer
footer-privacy = Šī vietne neizmanto sīkdatnes, neko nesaglabā jūsu ierīcē un neko neielādē no citām vietnēm.
eu-emblem-alt = Eiropas Savienības karogs

## Special pages
not-found-title = Lapa nav atrasta
not-found-text = Šī lapa neeksistē vai ir pārvietota.
not-found-home = Doties uz sākumlapu
draft-banner = Melnraksts: nav paredzēts publicēšanai
print-unconfirmed = MELNRAKSTS – nedrukāt. Nav apstiprināts: { $values }
print-unconfirmed-item = { $setting ->
    [base_url] tīmekļa adrese { $value }
    [region] reģions { $value }
    [logo] logotips
    [partners] partneri
    [helplines] palīdzības tālruņu numuri { $value }
    [services] vietējie pakalpojumi
   *[funding] norāde par ES finansējumu
}
print-slug-draft = MELNRAKSTS
error-title = Priekšskatījumu neizdevās izveidot
error-hint = Izlabojiet failu un saglabājiet to: šī lapa pārlādēsies pati.

## Materials (print and share)
materials-title = Drukājiet un kopīgojiet
# The URL segment of the Materials page (lower-case letters, digits, hyphens).
materials-slug = materiali
materials-intro = Plakāti, skrejlapas un maka kartītes drukāšanai un attēli kopīgošanai. Valoda: { $language }.
materials-download = Lejupielādēt
materials-paper = Papīra izmērs
materials-file-size = Faila izmērs
materials-variant-print = Tipogrāfijai: 3 mm nogriešanas rezerve un griezuma zīmes
materials-variant-office = Biroja printerim
materials-post-text = Ieteicamais ieraksta teksts
materials-alt-text = Attēla apraksts (alternatīvais teksts)
materials-preview-alt = Priekšskatījums: { $name }
materials-service-intro = Kampaņas plakāti, buklets un kabatas karte ar šī vietējā dienesta numuru, nosaukumu un datiem blakus valsts līnijām.
materials-service-phone = Tālrunis
materials-service-hours = Darba laiks
materials-service-address = Adrese
materials-service-languages = Arī
materials-services = Vietējo dienestu materiāli
share-unconfirmed = MELNRAKSTS – vēl nepublicēt. Nav apstiprināts: { $values }
materials-unconfirmed = Šie faili ir melnraksti: daži tajos norādītie dati vēl nav apstiprināti. Pagaidām tos nedrukājiet un nepublicējiet. Nav apstiprināts: { $values }.
asset-poster-a3 = Plakāts A3
asset-poster-a4 = Plakāts A4
asset-flyer-a5 = Skrejlapa A5, divpusēja
asset-wallet-card = Maka kartīte, divpusēja
asset-guidelines = Kampaņas atkārtošanas vadlīnijas, A4 brošūra
asset-social-square = Attēls sociālajiem tīkliem, kvadrātveida
asset-social-portrait = Attēls sociālajiem tīkliem, vertikāls
asset-social-story = Attēls sociālajiem tīkliem, stāsts
asset-og = Saites priekšskatījuma attēls
replication-kit = Kampaņas atkārtošanas komplekts: kampaņas mape, gatava kopēšanai
print-scan-qr = Noskenējiet, lai uzzinātu vairāk
print-local-service = Vietējais dienests
print-promoted-by = Iniciators
print-contents = Saturs
# The guidelines booklet's pages to fill in by hand, which make up its
# count of pages to a multiple of four: a table of local contacts and
# ruled pages for notes.
print-local-contacts = Vietējie kontakti
print-contact-service = Dienests vai organizācija
print-contact-phone = Tālrunis
print-contact-checked = Pārbaudes datums
print-notes = Piezīmes
# After a link to a chapter of the same booklet: its page, abbreviated.
print-page-ref = { $page }. lpp.
print-imprint-publisher = Izdevējs
print-imprint-edition = Izdevums
print-imprint-licence = Teksta licence

## Discreet mode: a neutral page title
discreet-title = Piezīmes
