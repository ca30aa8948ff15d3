# Faro interface strings shared by every campaign.
# A campaign can override any of them in campaigns/<id>/locales/<lang>/*.ftl.

## The language, named in itself (used by the language chooser and switcher)
language-name = Nederlands

## Skip links and quick exit
skip-to-content = Naar de hoofdinhoud
exit-this-page = Verlaat deze pagina
exit-emergency = Noodgeval
exit-skip-link = Verlaat deze pagina nu
exit-shift-hint = Of druk drie keer op Shift
exit-status-remaining = { $count ->
    [one] Druk nog één keer op Shift om deze pagina te verlaten.
   *[other] Druk nog { $count } keer op Shift om deze pagina te verlaten.
}
exit-status-expired = De tijd is verstreken. Druk drie keer achter elkaar op Shift om deze pagina te verlaten.
exit-status-exiting = Deze pagina wordt verlaten.
exit-nav = Snel verlaten

## Navigation and languages
nav-main = Hoofdmenu
nav-menu-button = Menu
nav-footer = Meer over deze website
journeys-title = Waar begin je
partners-title = Partners
language-switcher = Talen
language-untranslated = nog niet vertaald, opent de startpagina
chooser-title = Kies je taal
chooser-pages = { $count ->
    [one] { $count } pagina
   *[other] { $count } pagina’s
}
fallback-banner = Deze pagina is nog niet in je taal vertaald. Hieronder staat het origineel ({ $original }).
review-notice-machine = Deze pagina is machinaal vertaald en is nog niet nagekeken door een moedertaalspreker.
review-notice-volunteer = Deze vertaling is nog niet nagekeken door een moedertaalspreker.
on-this-page = Op deze pagina
footnotes-heading = Bronnen
back-to-top = Terug naar boven

## Helplines
helplines-title = Er is hulp
help-now-title = Heb je nu hulp nodig?
helpline-free = Gratis
helpline-always-open = 24 uur per dag, elke dag
helpline-anonymous = Anoniem
helpline-languages = Hulp in meerdere talen
helpline-call = Bel { $number }
helpline-emergency = In direct gevaar? Bel { $number }

## Footer
footer-privacy = Deze website plaatst geen cookies, slaat niets op je apparaat op en laadt niets van andere websites.
eu-emblem-alt = Vlag van de Europese Unie

## Special pages
not-found-title = Pagina niet gevonden
not-found-text = Deze pagina bestaat niet of is verplaatst.
not-found-home = Naar de startpagina
draft-banner = Concept: niet voor publicatie
print-unconfirmed = CONCEPT – niet drukken. Niet bevestigd: { $values }
print-unconfirmed-item = { $setting ->
    [base_url] webadres { $value }
    [region] regio { $value }
    [logo] logo
    [partners] partners
    [helplines] nummers van de hulplijnen { $value }
    [services] lokale hulpdiensten
   *[funding] vermelding van de EU-financiering
}
print-slug-draft = CONCEPT
error-title = De voorvertoning kon niet worden gemaakt
error-hint = Verbeter het bestand en sla het op: deze pagina laadt daarna vanzelf opnieuw.

## Materials (print and share)
materials-title = Printen en delen
# The URL segment of the Materials page (lower-case letters, digits, hyphens).
materials-slug = materiaal
materials-intro = Posters, flyers en portemonneekaartjes om te printen, en afbeeldingen om te delen, in het { $language }.
materials-download = Downloaden
materials-paper = Papierformaat
materials-file-size = Bestandsgrootte
materials-variant-print = Voor een drukkerij: 3 mm afloop en snijtekens
materials-variant-office = Voor een kantoorprinter
materials-post-text = Voorgestelde tekst voor het bericht
materials-alt-text = Beschrijving van de afbeelding (alternatieve tekst)
materials-preview-alt = Voorbeeld van { $name }
materials-service-intro = De affiches, de folder en de zakkaart van de campagne met het nummer, de naam en de gegevens van deze hulp in de buurt naast de landelijke lijnen.
materials-service-phone = Telefoon
materials-service-hours = Openingstijden
materials-service-address = Adres
materials-service-languages = Ook in het
materials-services = Materiaal van hulp in de buurt
share-unconfirmed = CONCEPT – nog niet plaatsen. Niet bevestigd: { $values }
materials-unconfirmed = Deze bestanden zijn concepten: sommige gegevens erin zijn nog niet bevestigd. Druk ze nog niet af en plaats ze nog niet online. Niet bevestigd: { $values }.
asset-poster-a3 = Poster A3
asset-poster-a4 = Poster A4
asset-flyer-a5 = Flyer A5, dubbelzijdig
asset-wallet-card = Portemonneekaartje, dubbelzijdig
asset-guidelines = Handleiding om de campagne over te nemen, A4-boekje
asset-social-square = Afbeelding voor sociale media, vierkant
asset-social-portrait = Afbeelding voor sociale media, staand
asset-social-story = Afbeelding voor sociale media, story
asset-og = Voorbeeldafbeelding voor links
replication-kit = Pakket om de campagne over te nemen: de campagnemap, klaar om te kopiëren
print-scan-qr = Scan voor meer informatie
print-local-service = Hulp in de buurt
print-promoted-by = Een initiatief van
print-contents = Inhoud
# The guidelines booklet's pages to fill in by hand, which make up its
# count of pages to a multiple of four: a table of local contacts and
# ruled pages for notes.
print-local-contacts = Lokale contacten
print-contact-service = Dienst of organisatie
print-contact-phone = Telefoon
print-contact-checked = Gecontroleerd op
print-notes = Notities
# After a link to a chapter of the same booklet: its page, abbreviated.
print-page-ref = p. { $page }
print-imprint-publisher = Uitgever
print-imprint-edition = Editie
print-imprint-licence = Licentie van de tekst

## Discreet mode: a neutral page title
discreet-title = Notities
