# Faro interface strings shared by every campaign.
# A campaign can override any of them in campaigns/<id>/locales/<lang>/*.ftl.

## The language, named in itself (used by the language chooser and switcher)
language-name = Deutsch

## Skip links and quick exit
skip-to-content = Zum Hauptinhalt springen
exit-this-page = Seite verlassen
exit-emergency = Notfall
exit-skip-link = Diese Seite sofort verlassen
exit-shift-hint = Oder drücken Sie dreimal die Shift-Taste
exit-status-remaining = { $count ->
    [one] Drücken Sie noch einmal Shift, um diese Seite zu verlassen.
   *[other] Drücken Sie noch { $count }-mal Shift, um diese Seite zu verlassen.
}
exit-status-expired = Zeit abgelaufen. Drücken Sie dreimal hintereinander Shift, um diese Seite zu verlassen.
exit-status-exiting = Die Seite wird verlassen.
exit-nav = Schneller Ausstieg

## Navigation and languages
nav-main = Hauptmenü
nav-menu-button = Menü
nav-footer = Mehr über diese Website
journeys-title = Wo Sie anfangen können
partners-title = Partner
language-switcher = Sprachen
language-untranslated = noch nicht übersetzt, öffnet die Startseite
chooser-title = Wählen Sie Ihre Sprache
chooser-pages = { $count ->
    [one] { $count } Seite
   *[other] { $count } Seiten
}
fallback-banner = Diese Seite ist noch nicht in Ihre Sprache übersetzt. Unten finden Sie das Original ({ $original }).
review-notice-machine = Diese Seite wurde maschinell übersetzt und noch nicht von einer muttersprachlichen Person geprüft.
review-notice-volunteer = Diese Übersetzung wurde noch nicht von einer muttersprachlichen Person geprüft.
on-this-page = Auf dieser Seite
footnotes-heading = Quellen
back-to-top = Nach oben

## Helplines
helplines-title = Es gibt Hilfe
help-now-title = Brauchen Sie jetzt Hilfe?
helpline-free = Kostenlos
helpline-always-open = Rund um die Uhr, jeden Tag
helpline-anonymous = Anonym
helpline-languages = Beratung in mehreren Sprachen
helpline-call = { $number } anrufen
helpline-emergency = In akuter Gefahr? Rufen Sie { $number } an

## Footer
footer-privacy = Diese Website setzt keine Cookies, speichert nichts auf Ihrem Gerät und lädt nichts von anderen Websites.
eu-emblem-alt = Flagge der Europäischen Union
# The EU's standard disclaimer for the publications it funds (the Rights, Equality
# and Citizenship Programme's wording), on the guidelines booklet's back cover
# when campaign.yaml says `funding: {emblem: eu}`. A campaign whose grant
# agreement words it otherwise overrides it in its campaign.ftl.
funding-disclaimer = Der Inhalt dieser Veröffentlichung gibt ausschließlich die Meinung des Autors wieder, der dafür allein verantwortlich ist. Die Europäische Kommission übernimmt keine Verantwortung für eine etwaige Verwendung der darin enthaltenen Informationen.

## Special pages
not-found-title = Seite nicht gefunden
not-found-text = Diese Seite existiert nicht oder wurde verschoben.
not-found-home = Zur Startseite
draft-banner = Entwurf: nicht zur Veröffentlichung
print-unconfirmed = ENTWURF – nicht drucken. Nicht bestätigt: { $values }
print-unconfirmed-item = { $setting ->
    [base_url] Webadresse { $value }
    [region] Region { $value }
    [logo] Logo
    [partners] Partner
    [helplines] Nummern der Hilfetelefone { $value }
    [services] Hilfsangebote vor Ort
   *[funding] EU-Förderhinweis
}
print-slug-draft = ENTWURF
error-title = Die Vorschau konnte nicht erstellt werden
error-hint = Korrigieren Sie die Datei und speichern Sie sie: Diese Seite lädt dann von selbst neu.

## Materials (print and share)
materials-title = Drucken und teilen
# The URL segment of the Materials page (lower-case letters, digits, hyphens).
materials-slug = materialien
materials-intro = Plakate, Flyer und Karten für die Geldbörse zum Ausdrucken sowie Bilder zum Teilen, auf { $language }.
materials-download = Herunterladen
materials-paper = Papierformat
materials-file-size = Dateigröße
materials-variant-print = Für die Druckerei: 3 mm Beschnitt und Schnittmarken
materials-variant-office = Für den Bürodrucker
materials-post-text = Vorgeschlagener Text für den Beitrag
materials-alt-text = Bildbeschreibung (Alternativtext)
materials-preview-alt = Vorschau: { $name }
materials-service-intro = Die Materialien der Kampagne – Plakat, Flyer und Karte für die Geldbörse – mit Nummer, Name und Angaben dieser Stelle vor Ort neben den nationalen Hilfetelefonen.
materials-service-phone = Telefon
materials-service-hours = Öffnungszeiten
materials-service-address = Adresse
materials-service-languages = Auch auf
materials-services = Materialien für Stellen vor Ort
share-unconfirmed = ENTWURF – noch nicht posten. Nicht bestätigt: { $values }
materials-unconfirmed = Diese Dateien sind Entwürfe: Einige Angaben darin sind noch nicht bestätigt. Bitte noch nicht drucken oder veröffentlichen. Nicht bestätigt: { $values }.
asset-poster-a3 = Plakat A3
asset-poster-a4 = Plakat A4
asset-flyer-a5 = Flyer A5, beidseitig
asset-wallet-card = Karte für die Geldbörse, beidseitig
asset-guidelines = Leitfaden zur Übernahme der Kampagne, Broschüre A4
asset-social-square = Bild für soziale Medien, quadratisch
asset-social-portrait = Bild für soziale Medien, Hochformat
asset-social-story = Bild für soziale Medien, Story
asset-og = Vorschaubild für Links
replication-kit = Paket zur Übernahme der Kampagne: der Kampagnenordner, fertig zum Kopieren
print-scan-qr = Scannen Sie den Code für mehr Informationen
print-local-service = Hilfe vor Ort
print-promoted-by = Eine Initiative von
print-contents = Inhalt
# The guidelines booklet's pages to fill in by hand, which make up its
# count of pages to a multiple of four: a table of local contacts and
# ruled pages for notes.
print-local-contacts = Kontakte vor Ort
print-contact-service = Stelle oder Organisation
print-contact-phone = Telefon
print-contact-checked = Geprüft am
print-notes = Notizen
# After a link to a chapter of the same booklet: its page, abbreviated.
print-page-ref = S. { $page }
print-imprint-publisher = Herausgeber
print-imprint-edition = Ausgabe
print-imprint-licence = Lizenz des Textes

## Discreet mode: a neutral page title
discreet-title = Notizen
