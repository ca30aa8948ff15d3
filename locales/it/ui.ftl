# Faro interface strings shared by every campaign.
# A campaign can override any of them in campaigns/<id>/locales/<lang>/*.ftl.

## The language, named in itself (used by the language chooser and switcher)
language-name = Italiano

## Skip links and quick exit
skip-to-content = Vai al contenuto principale
exit-this-page = Esci da questa pagina
exit-emergency = Emergenza
exit-skip-link = Esci subito da questa pagina
exit-shift-hint = Oppure premi tre volte il tasto Maiusc
exit-status-remaining = { $count ->
    [one] Premi Maiusc ancora una volta per uscire da questa pagina.
    [many] Premi Maiusc ancora { $count } volte per uscire da questa pagina.
   *[other] Premi Maiusc ancora { $count } volte per uscire da questa pagina.
}
exit-status-expired = Tempo scaduto. Premi Maiusc tre volte di seguito per uscire da questa pagina.
exit-status-exiting = Uscita da questa pagina in corso.
exit-nav = Uscita rapida

## Navigation and languages
nav-main = Menu principale
nav-menu-button = Menu
nav-footer = Altre informazioni su questo sito
journeys-title = Da dove cominciare
partners-title = Partner
language-switcher = Lingue
language-untranslated = non ancora tradotta, apre la pagina iniziale
chooser-title = Scegli la tua lingua
chooser-pages = { $count ->
    [one] { $count } pagina
    [many] { $count } pagine
   *[other] { $count } pagine
}
fallback-banner = Questa pagina non è ancora tradotta nella tua lingua. Qui sotto trovi l’originale ({ $original }).
review-notice-machine = Questa pagina è stata tradotta automaticamente e non è ancora stata rivista da una persona di madrelingua.
review-notice-volunteer = Questa traduzione non è ancora stata rivista da una persona di madrelingua.
on-this-page = In questa pagina
footnotes-heading = Fonti
back-to-top = Torna su

## Helplines
helplines-title = Puoi ricevere aiuto
help-now-title = Hai bisogno di aiuto adesso?
helpline-free = Gratuito
helpline-always-open = 24 ore su 24, tutti i giorni
helpline-anonymous = Anonimo
helpline-languages = Assistenza in più lingue
helpline-call = Chiama il { $number }
helpline-emergency = Sei in pericolo immediato? Chiama il { $number }

## Footer
footer-privacy = Questo sito non usa cookie, non salva nulla sul tuo dispositivo e non carica nulla da altri siti.
eu-emblem-alt = Bandiera dell’Unione europea
# The EU's standard disclaimer for the publications it funds (the Rights, Equality
# and Citizenship Programme's wording), on the guidelines booklet's back cover
# when campaign.yaml says `funding: {emblem: eu}`. A campaign whose grant
# agreement words it otherwise overrides it in its campaign.ftl.
funding-disclaimer = Il contenuto di questa pubblicazione rappresenta esclusivamente il punto di vista dell’autore, che ne è l’unico responsabile. La Commissione europea non si assume alcuna responsabilità per l’uso che potrebbe essere fatto delle informazioni in essa contenute.

## Special pages
not-found-title = Pagina non trovata
not-found-text = Questa pagina non esiste o è stata spostata.
not-found-home = Vai alla pagina iniziale
draft-banner = Bozza: non pubblicare
print-unconfirmed = BOZZA – non stampare. Da confermare: { $values }
print-unconfirmed-item = { $setting ->
    [base_url] indirizzo web { $value }
    [region] regione { $value }
    [logo] logo
    [partners] partner
    [helplines] numeri utili { $value }
    [services] servizi locali
   *[funding] dicitura sul finanziamento UE
}
print-slug-draft = BOZZA
error-title = Impossibile generare l’anteprima
error-hint = Correggi il file e salvalo: questa pagina si ricarica da sola.

## Materials (print and share)
materials-title = Stampa e condividi
# The URL segment of the Materials page (lower-case letters, digits, hyphens).
materials-slug = materiali
materials-intro = Manifesti, volantini e tessere tascabili pronti da stampare, e immagini da condividere, in { $language }.
materials-download = Scarica
materials-paper = Formato carta
materials-file-size = Dimensione del file
materials-variant-print = Per la tipografia: 3 mm di abbondanza e segni di taglio
materials-variant-office = Per una stampante da ufficio
materials-post-text = Testo suggerito per il post
materials-alt-text = Descrizione dell’immagine (testo alternativo)
materials-preview-alt = Anteprima: { $name }
materials-service-intro = I manifesti, il volantino e la tessera tascabile della campagna con il numero, il nome e i recapiti di questo servizio sul territorio accanto ai numeri nazionali.
materials-service-phone = Telefono
materials-service-hours = Orari
materials-service-address = Indirizzo
materials-service-languages = Anche in
materials-services = Materiali dei servizi sul territorio
share-unconfirmed = BOZZA – non pubblicare ancora. Da confermare: { $values }
materials-unconfirmed = Questi file sono bozze: alcuni dati che riportano non sono ancora confermati. Non stamparli né pubblicarli per ora. Da confermare: { $values }.
asset-poster-a3 = Manifesto A3
asset-poster-a4 = Manifesto A4
asset-flyer-a5 = Volantino A5, fronte e retro
asset-wallet-card = Tessera tascabile, fronte e retro
asset-guidelines = Linee guida per replicare la campagna, opuscolo A4
asset-social-square = Immagine per i social, quadrata
asset-social-portrait = Immagine per i social, verticale
asset-social-story = Immagine per i social, formato storia
asset-og = Immagine di anteprima del link
replication-kit = Kit per replicare la campagna: la cartella della campagna, pronta da copiare
print-scan-qr = Inquadra il codice per saperne di più
print-local-service = Servizio sul territorio
print-promoted-by = Promosso da
print-contents = Indice
# The guidelines booklet's pages to fill in by hand, which make up its
# count of pages to a multiple of four: a table of local contacts and
# ruled pages for notes.
print-local-contacts = Contatti locali
print-contact-service = Servizio o organizzazione
print-contact-phone = Telefono
print-contact-checked = Data della verifica
print-notes = Note
# After a link to a chapter of the same booklet: its page, abbreviated.
print-page-ref = p. { $page }
print-imprint-publisher = Editore
print-imprint-edition = Edizione
print-imprint-licence = Licenza del testo

## Discreet mode: a neutral page title
discreet-title = Note
