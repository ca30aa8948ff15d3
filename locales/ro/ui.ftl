# Faro interface strings shared by every campaign.
# A campaign can override any of them in campaigns/<id>/locales/<lang>/*.ftl.

## The language, named in itself (used by the language chooser and switcher)
language-name = Română

## Skip links and quick exit
skip-to-content = Salt la conținutul principal
exit-this-page = Părăsiți pagina
exit-emergency = Urgență
exit-skip-link = Părăsiți pagina acum
exit-shift-hint = Sau apăsați de trei ori tasta Shift
exit-status-remaining = { $count ->
    [one] Apăsați Shift încă o dată pentru a părăsi această pagină.
    [few] Apăsați Shift încă de { $count } ori pentru a părăsi această pagină.
   *[other] Apăsați Shift încă de { $count } de ori pentru a părăsi această pagină.
}
exit-status-expired = Timpul a expirat. Apăsați Shift de trei ori la rând pentru a părăsi această pagină.
exit-status-exiting = Se părăsește această pagină.
exit-nav = Ieșire rapidă

## Navigation and languages
nav-main = Meniu principal
nav-menu-button = Meniu
nav-footer = Mai multe despre acest site
journeys-title = De unde să începeți
partners-title = Parteneri
language-switcher = Limbi
language-untranslated = încă netradusă, deschide pagina principală
chooser-title = Alegeți limba
chooser-pages = { $count ->
    [one] { $count } pagină
    [few] { $count } pagini
   *[other] { $count } de pagini
}
fallback-banner = Această pagină nu este încă tradusă în limba dumneavoastră. Mai jos găsiți originalul ({ $original }).
review-notice-machine = Această pagină a fost tradusă automat și nu a fost încă revizuită de un vorbitor nativ.
review-notice-volunteer = Această traducere nu a fost încă revizuită de un vorbitor nativ.
on-this-page = Pe această pagină
footnotes-heading = Surse
back-to-top = Înapoi sus

## Helplines
helplines-title = Puteți primi ajutor
help-now-title = Aveți nevoie de ajutor acum?
helpline-free = Gratuit
helpline-always-open = Nonstop, în fiecare zi
helpline-anonymous = Anonim
helpline-languages = Asistență în mai multe limbi
helpline-call = Sunați la { $number }
helpline-emergency = Sunteți în pericol imediat? Sunați la { $number }

## Footer
footer-privacy = Acest site nu folosește cookie-uri, nu stochează nimic pe dispozitivul dumneavoastră și nu încarcă nimic de pe alte site-uri.
eu-emblem-alt = Drapelul Uniunii Europene

## Special pages
not-found-title = Pagina nu a fost găsită
not-found-text = Această pagină nu există sau a fost mutată.
not-found-home = Mergeți la pagina principală
draft-banner = Ciornă: nu se publică
print-unconfirmed = CIORNĂ – nu se tipărește. Neconfirmat: { $values }
print-unconfirmed-item = { $setting ->
    [base_url] adresa web { $value }
    [region] regiunea { $value }
    [logo] logo
    [partners] parteneri
    [helplines] numerele liniilor de asistență { $value }
    [services] servicii locale
   *[funding] mențiunea privind finanțarea UE
}
print-slug-draft = CIORNĂ
error-title = Previzualizarea nu a putut fi generată
error-hint = Corectați fișierul și salvați-l: pagina se reîncarcă singură.

## Materials (print and share)
materials-title = Tipăriți și distribuiți
# The URL segment of the Materials page (lower-case letters, digits, hyphens).
materials-slug = materiale
materials-intro = Afișe, pliante și carduri de buzunar gata de tipărit, precum și imagini de distribuit, în limba { $language }.
materials-download = Descărcați
materials-paper = Format hârtie
materials-file-size = Dimensiunea fișierului
materials-variant-print = Pentru tipografie: margine de tăiere de 3 mm și semne de tăiere
materials-variant-office = Pentru o imprimantă de birou
materials-post-text = Text propus pentru postare
materials-alt-text = Descrierea imaginii (text alternativ)
materials-preview-alt = Previzualizare: { $name }
materials-service-intro = Afișele, pliantul și cardul de buzunar ale campaniei cu numărul, numele și datele acestui serviciu local alături de liniile naționale.
materials-service-phone = Telefon
materials-service-hours = Program
materials-service-address = Adresă
materials-service-languages = Și în
materials-services = Materialele serviciilor locale
share-unconfirmed = CIORNĂ – nu se publică încă. Neconfirmat: { $values }
materials-unconfirmed = Aceste fișiere sunt ciorne: unele date din ele nu sunt încă confirmate. Nu le tipăriți și nu le publicați deocamdată. Neconfirmat: { $values }.
asset-poster-a3 = Afiș A3
asset-poster-a4 = Afiș A4
asset-flyer-a5 = Pliant A5, față-verso
asset-wallet-card = Card de buzunar, față-verso
asset-guidelines = Ghid pentru preluarea campaniei, broșură A4
asset-social-square = Imagine pentru rețele sociale, pătrată
asset-social-portrait = Imagine pentru rețele sociale, verticală
asset-social-story = Imagine pentru rețele sociale, format story
asset-og = Imagine de previzualizare a linkului
replication-kit = Kit pentru preluarea campaniei: dosarul campaniei, gata de copiat
print-scan-qr = Scanați pentru mai multe informații
print-local-service = Serviciu local
print-promoted-by = Promovat de
print-contents = Cuprins
# The guidelines booklet's pages to fill in by hand, which make up its
# count of pages to a multiple of four: a table of local contacts and
# ruled pages for notes.
print-local-contacts = Contacte locale
print-contact-service = Serviciu sau organizație
print-contact-phone = Telefon
print-contact-checked = Data verificării
print-notes = Notițe
# After a link to a chapter of the same booklet: its page, abbreviated.
print-page-ref = p. { $page }
print-imprint-publisher = Editor
print-imprint-edition = Ediția
print-imprint-licence = Licența textului

## Discreet mode: a neutral page title
discreet-title = Notițe
