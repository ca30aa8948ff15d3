# Faro interface strings shared by every campaign.
# A campaign can override any of them in campaigns/<id>/locales/<lang>/*.ftl.

## The language, named in itself (used by the language chooser and switcher)
language-name = Dansk

## Skip links and quick exit
skip-to-content = Gå til hovedindholdet
exit-this-page = Forlad siden
exit-emergency = Nødsituation
exit-skip-link = Forlad siden nu
exit-shift-hint = Eller tryk tre gange på Shift
exit-status-remaining = { $count ->
    [one] Tryk én gang mere på Shift for at forlade siden.
   *[other] Tryk { $count } gange mere på Shift for at forlade siden.
}
exit-status-expired = Tiden er gået. Tryk tre gange i træk på Shift for at forlade siden.
exit-status-exiting = Forlader siden.
exit-nav = Hurtig udgang

## Navigation and languages
nav-main = Hovedmenu
nav-menu-button = Menu
nav-footer = Mere om dette website
journeys-title = Hvor skal du starte
partners-title = Partnere
language-switcher = Sprog
language-untranslated = endnu ikke oversat, åbner forsiden
chooser-title = Vælg dit sprog
chooser-pages = { $count ->
    [one] { $count } side
   *[other] { $count } sider
}
fallback-banner = Denne side er endnu ikke oversat til dit sprog. Herunder kan du læse originalen ({ $original }).
review-notice-machine = Denne side er maskinoversat og er endnu ikke gennemgået af en person med sproget som modersmål.
review-notice-volunteer = Denne oversættelse er endnu ikke gennemgået af en person med sproget som modersmål.
on-this-page = På denne side
footnotes-heading = Kilder
back-to-top = Til toppen

## Helplines
helplines-title = Du kan få hjælp
help-now-title = Har du brug for hjælp nu?
helpline-free = Gratis
helpline-always-open = Døgnet rundt, alle ugens dage
helpline-anonymous = Anonymt
helpline-languages = Rådgivning på flere sprog
helpline-call = Ring til { $number }
helpline-emergency = I akut fare? Ring { $number }

## Footer
footer-privacy = Dette website sætter ingen cookies, gemmer intet på din enhed og henter intet fra andre websites.
eu-emblem-alt = Den Europæiske Unions flag

## Special pages
not-found-title = Siden blev ikke fundet
not-found-text = Denne side findes ikke eller er blevet flyttet.
not-found-home = Gå til forsiden
draft-banner = Kladde: ikke til offentliggørelse
print-unconfirmed = KLADDE – ikke til tryk. Ikke bekræftet: { $values }
print-unconfirmed-item = { $setting ->
    [base_url] webadresse { $value }
    [region] region { $value }
    [logo] logo
    [partners] partnere
    [helplines] hjælpelinjernes numre { $value }
    [services] lokale tilbud
   *[funding] oplysning om EU-finansiering
}
print-slug-draft = KLADDE
error-title = Forhåndsvisningen kunne ikke oprettes
error-hint = Ret filen, og gem den: Siden genindlæses af sig selv.

## Materials (print and share)
materials-title = Print og del
# The URL segment of the Materials page (lower-case letters, digits, hyphens).
materials-slug = materialer
materials-intro = Plakater, flyers og kort til pungen, klar til print, og billeder til deling, på { $language }.
materials-download = Hent
materials-paper = Papirstørrelse
materials-file-size = Filstørrelse
materials-variant-print = Til et trykkeri: 3 mm til beskæring og skæremærker
materials-variant-office = Til en kontorprinter
materials-post-text = Tekstforslag til opslaget
materials-alt-text = Beskrivelse af billedet (alternativ tekst)
materials-preview-alt = Forhåndsvisning af { $name }
materials-service-intro = Kampagnens plakater, folder og lommekort med denne lokale rådgivnings nummer, navn og oplysninger ved siden af de landsdækkende linjer.
materials-service-phone = Telefon
materials-service-hours = Åbningstider
materials-service-address = Adresse
materials-service-languages = Også på
materials-services = Materialer til lokale tilbud
share-unconfirmed = KLADDE – må ikke deles endnu. Ikke bekræftet: { $values }
materials-unconfirmed = Disse filer er kladder: nogle oplysninger i dem er endnu ikke bekræftet. Udskriv eller del dem ikke endnu. Ikke bekræftet: { $values }.
asset-poster-a3 = Plakat A3
asset-poster-a4 = Plakat A4
asset-flyer-a5 = Flyer A5, tosidet
asset-wallet-card = Kort til pungen, tosidet
asset-guidelines = Vejledning i at genbruge kampagnen, A4-hæfte
asset-social-square = Billede til sociale medier, kvadratisk
asset-social-portrait = Billede til sociale medier, stående
asset-social-story = Billede til sociale medier, story
asset-og = Forhåndsvisningsbillede til links
replication-kit = Kampagnepakke til genbrug: kampagnemappen, klar til at blive kopieret
print-scan-qr = Scan for mere information
print-local-service = Lokal hjælp
print-promoted-by = Et initiativ fra
print-contents = Indhold
# The guidelines booklet's pages to fill in by hand, which make up its
# count of pages to a multiple of four: a table of local contacts and
# ruled pages for notes.
print-local-contacts = Lokale kontakter
print-contact-service = Tjeneste eller organisation
print-contact-phone = Telefon
print-contact-checked = Kontrolleret den
print-notes = Noter
# After a link to a chapter of the same booklet: its page, abbreviated.
print-page-ref = s. { $page }
print-imprint-publisher = Udgiver
print-imprint-edition = Udgave
print-imprint-licence = Tekstens licens

## Discreet mode: a neutral page title
discreet-title = Noter
