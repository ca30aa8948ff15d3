# Faro interface strings shared by every campaign.
# A campaign can override any of them in campaigns/<id>/locales/<lang>/*.ftl.

## The language, named in itself (used by the language chooser and switcher)
language-name = Suomi

## Skip links and quick exit
skip-to-content = Siirry pääsisältöön
exit-this-page = Poistu sivulta
exit-emergency = Hätätilanne
exit-skip-link = Poistu sivulta heti
exit-shift-hint = Tai paina Shift-näppäintä kolme kertaa
exit-status-remaining = { $count ->
    [one] Paina Shift-näppäintä vielä kerran, niin poistut sivulta.
   *[other] Paina Shift-näppäintä vielä { $count } kertaa, niin poistut sivulta.
}
exit-status-expired = Aika loppui. Paina Shift-näppäintä kolme kertaa peräkkäin, niin poistut sivulta.
exit-status-exiting = Poistutaan sivulta.
exit-nav = Pikapoistuminen

## Navigation and languages
nav-main = Päävalikko
nav-menu-button = Valikko
nav-footer = Lisätietoa sivustosta
journeys-title = Mistä aloittaa
partners-title = Kumppanit
language-switcher = Kielet
language-untranslated = ei vielä käännetty, avaa etusivun
chooser-title = Valitse kieli
chooser-pages = { $count ->
    [one] { $count } sivu
   *[other] { $count } sivua
}
fallback-banner = Tätä sivua ei ole vielä käännetty kielellesi. Alla on alkuperäinen teksti ({ $original }).
review-notice-machine = Tämä sivu on konekäännetty, eikä äidinkielinen puhuja ole vielä tarkistanut sitä.
review-notice-volunteer = Äidinkielinen puhuja ei ole vielä tarkistanut tätä käännöstä.
on-this-page = Tällä sivulla
footnotes-heading = Lähteet
back-to-top = Takaisin ylös

## Helplines
helplines-title = Apua on saatavilla
help-now-title = Tarvitsetko apua nyt?
helpline-free = Maksuton
helpline-always-open = Ympäri vuorokauden, joka päivä
helpline-anonymous = Anonyymi
helpline-languages = Palvelua useilla kielillä
helpline-call = Soita numeroon { $number }
helpline-emergency = Välitön vaara? Soita numeroon { $number }

## Footer
footer-privacy = Tämä sivusto ei käytä evästeitä, ei tallenna mitään laitteellesi eikä lataa mitään muilta sivustoilta.
eu-emblem-alt = Euroopan unionin lippu

## Special pages
not-found-title = Sivua ei löytynyt
not-found-text = Tätä sivua ei ole olemassa, tai se on siirretty.
not-found-home = Siirry etusivulle
draft-banner = Luonnos: ei julkaistavaksi
print-unconfirmed = LUONNOS – ei painoon. Vahvistamatta: { $values }
print-unconfirmed-item = { $setting ->
    [base_url] verkko-osoite { $value }
    [region] alue { $value }
    [logo] logo
    [partners] kumppanit
    [helplines] auttavien puhelinten numerot { $value }
    [services] paikalliset palvelut
   *[funding] maininta EU-rahoituksesta
}
print-slug-draft = LUONNOS
error-title = Esikatselua ei voitu luoda
error-hint = Korjaa tiedosto ja tallenna se: sivu latautuu uudelleen itsestään.

## Materials (print and share)
materials-title = Tulosta ja jaa
# The URL segment of the Materials page (lower-case letters, digits, hyphens).
materials-slug = materiaalit
materials-intro = Tulostusvalmiita julisteita, lentolehtisiä ja lompakkokortteja sekä jaettavia kuvia. Kieli: { $language }.
materials-download = Lataa
materials-paper = Paperikoko
materials-file-size = Tiedostokoko
materials-variant-print = Painotalolle: 3 mm:n leikkuuvara ja leikkuumerkit
materials-variant-office = Toimistotulostimelle
materials-post-text = Ehdotettu teksti julkaisuun
materials-alt-text = Kuvan kuvaus (vaihtoehtoinen teksti)
materials-preview-alt = Esikatselu: { $name }
materials-service-intro = Kampanjan julisteet, esite ja taskukortti, joissa tämän paikallisen palvelun numero, nimi ja tiedot ovat valtakunnallisten linjojen vieressä.
materials-service-phone = Puhelin
materials-service-hours = Aukioloajat
materials-service-address = Osoite
materials-service-languages = Myös kielellä
materials-services = Paikallisten palvelujen aineistot
share-unconfirmed = LUONNOS – ei vielä julkaistavaksi. Vahvistamatta: { $values }
materials-unconfirmed = Nämä tiedostot ovat luonnoksia: osaa niiden tiedoista ei ole vielä vahvistettu. Älä tulosta tai julkaise niitä vielä. Vahvistamatta: { $values }.
asset-poster-a3 = Juliste A3
asset-poster-a4 = Juliste A4
asset-flyer-a5 = Lentolehtinen A5, kaksipuolinen
asset-wallet-card = Lompakkokortti, kaksipuolinen
asset-guidelines = Ohjeet kampanjan toteuttamiseen, A4-vihko
asset-social-square = Kuva sosiaaliseen mediaan, neliö
asset-social-portrait = Kuva sosiaaliseen mediaan, pysty
asset-social-story = Kuva sosiaaliseen mediaan, tarina
asset-og = Linkin esikatselukuva
replication-kit = Kampanjapaketti: kampanjakansio valmiina kopioitavaksi
print-scan-qr = Skannaa ja lue lisää
print-local-service = Paikallinen palvelu
print-promoted-by = Järjestäjä
print-contents = Sisällys
# The guidelines booklet's pages to fill in by hand, which make up its
# count of pages to a multiple of four: a table of local contacts and
# ruled pages for notes.
print-local-contacts = Paikalliset yhteystiedot
print-contact-service = Palvelu tai järjestö
print-contact-phone = Puhelin
print-contact-checked = Tarkistettu
print-notes = Muistiinpanot
# After a link to a chapter of the same booklet: its page, abbreviated.
print-page-ref = s. { $page }
print-imprint-publisher = Julkaisija
print-imprint-edition = Painos
print-imprint-licence = Tekstin lisenssi

## Discreet mode: a neutral page title
discreet-title = Muistiinpanot
