# Faro interface strings shared by every campaign.
# A campaign can override any of them in campaigns/<id>/locales/<lang>/*.ftl.

## The language, named in itself (used by the language chooser and switcher)
language-name = Svenska

## Skip links and quick exit
skip-to-content = Gå till huvudinnehållet
exit-this-page = Lämna sidan
exit-emergency = Nödläge
exit-skip-link = Lämna sidan nu
exit-shift-hint = Eller tryck på Shift tre gånger
exit-status-remaining = { $count ->
    [one] Tryck på Shift en gång till för att lämna sidan.
   *[other] Tryck på Shift { $count } gånger till för att lämna sidan.
}
exit-status-expired = Tiden gick ut. Tryck på Shift tre gånger i rad för att lämna sidan.
exit-status-exiting = Lämnar sidan.
exit-nav = Snabb utgång

## Navigation and languages
nav-main = Huvudmeny
nav-menu-button = Meny
nav-footer = Mer om webbplatsen
journeys-title = Var du kan börja
partners-title = Partner
language-switcher = Språk
language-untranslated = inte översatt än, öppnar startsidan
chooser-title = Välj ditt språk
chooser-pages = { $count ->
    [one] { $count } sida
   *[other] { $count } sidor
}
fallback-banner = Den här sidan är inte översatt till ditt språk än. Nedan finns originalet ({ $original }).
review-notice-machine = Den här sidan är maskinöversatt och har ännu inte granskats av en person med språket som modersmål.
review-notice-volunteer = Den här översättningen har ännu inte granskats av en person med språket som modersmål.
on-this-page = På den här sidan
footnotes-heading = Källor
back-to-top = Tillbaka till toppen

## Helplines
helplines-title = Det finns hjälp
help-now-title = Behöver du hjälp nu?
helpline-free = Kostnadsfritt
helpline-always-open = Dygnet runt, alla dagar
helpline-anonymous = Anonymt
helpline-languages = Stöd på flera språk
helpline-call = Ring { $number }
helpline-emergency = Akut fara? Ring { $number }

## Footer
footer-privacy = Den här webbplatsen använder inga kakor, sparar ingenting på din enhet och hämtar ingenting från andra webbplatser.
eu-emblem-alt = Europeiska unionens flagga

## Special pages
not-found-title = Sidan hittades inte
not-found-text = Den här sidan finns inte eller har flyttats.
not-found-home = Gå till startsidan
draft-banner = Utkast: ej för publicering
print-unconfirmed = UTKAST – ej för tryck. Ej bekräftat: { $values }
print-unconfirmed-item = { $setting ->
    [base_url] webbadress { $value }
    [region] region { $value }
    [logo] logotyp
    [partners] partner
    [helplines] stödlinjernas nummer { $value }
    [services] lokala verksamheter
   *[funding] uppgift om EU-finansiering
}
print-slug-draft = UTKAST
error-title = Förhandsvisningen kunde inte skapas
error-hint = Rätta filen och spara den: sidan laddas om av sig själv.

## Materials (print and share)
materials-title = Skriv ut och dela
# The URL segment of the Materials page (lower-case letters, digits, hyphens).
materials-slug = material
materials-intro = Affischer, flygblad och plånbokskort att skriva ut, och bilder att dela, på { $language }.
materials-download = Ladda ner
materials-paper = Pappersformat
materials-file-size = Filstorlek
materials-variant-print = För tryckeri: 3 mm utfall och skärmärken
materials-variant-office = För kontorsskrivare
materials-post-text = Förslag på text till inlägget
materials-alt-text = Beskrivning av bilden (alternativtext)
materials-preview-alt = Förhandsvisning av { $name }
materials-service-intro = Kampanjens affischer, folder och fickkort med den här lokala stödverksamhetens nummer, namn och uppgifter bredvid de nationella linjerna.
materials-service-phone = Telefon
materials-service-hours = Öppettider
materials-service-address = Adress
materials-service-languages = Även på
materials-services = Material för lokalt stöd
share-unconfirmed = UTKAST – ska inte publiceras än. Ej bekräftat: { $values }
materials-unconfirmed = De här filerna är utkast: vissa uppgifter i dem är inte bekräftade än. Skriv inte ut och publicera dem inte än. Ej bekräftat: { $values }.
asset-poster-a3 = Affisch A3
asset-poster-a4 = Affisch A4
asset-flyer-a5 = Flygblad A5, dubbelsidigt
asset-wallet-card = Plånbokskort, dubbelsidigt
asset-guidelines = Guide för att återanvända kampanjen, häfte A4
asset-social-square = Bild för sociala medier, kvadratisk
asset-social-portrait = Bild för sociala medier, stående
asset-social-story = Bild för sociala medier, story
asset-og = Förhandsvisningsbild för länkar
replication-kit = Kampanjpaket för återanvändning: kampanjmappen, klar att kopiera
print-scan-qr = Skanna för mer information
print-local-service = Hjälp nära dig
print-promoted-by = Ett initiativ av
print-contents = Innehåll
# The guidelines booklet's pages to fill in by hand, which make up its
# count of pages to a multiple of four: a table of local contacts and
# ruled pages for notes.
print-local-contacts = Lokala kontakter
print-contact-service = Tjänst eller organisation
print-contact-phone = Telefon
print-contact-checked = Kontrollerat den
print-notes = Anteckningar
# After a link to a chapter of the same booklet: its page, abbreviated.
print-page-ref = s. { $page }
print-imprint-publisher = Utgivare
print-imprint-edition = Utgåva
print-imprint-licence = Textens licens

## Discreet mode: a neutral page title
discreet-title = Anteckningar
