# Faro interface strings shared by every campaign.
# A campaign can override any of them in campaigns/<id>/locales/<lang>/*.ftl.

## The language, named in itself (used by the language chooser and switcher)
language-name = Eesti

## Skip links and quick exit
skip-to-content = Liigu põhisisu juurde
exit-this-page = Lahku lehelt
exit-emergency = Hädaolukord
exit-skip-link = Lahku lehelt kohe
exit-shift-hint = Või vajuta kolm korda Shift-klahvi
exit-status-remaining = { $count ->
    [one] Vajuta veel üks kord Shift-klahvi, et lehelt lahkuda.
   *[other] Vajuta veel { $count } korda Shift-klahvi, et lehelt lahkuda.
}
exit-status-expired = Aeg sai otsa. Vajuta kolm korda järjest Shift-klahvi, et lehelt lahkuda.
exit-status-exiting = Lehelt lahkutakse.
exit-nav = Kiire lahkumine

## Navigation and languages
nav-main = Peamenüü
nav-menu-button = Menüü
nav-footer = Lisateave selle veebilehe kohta
journeys-title = Kust alustada
partners-title = Partnerid
language-switcher = Keeled
language-untranslated = pole veel tõlgitud, avab avalehe
chooser-title = Vali oma keel
chooser-pages = { $count ->
    [one] { $count } leht
   *[other] { $count } lehte
}
fallback-banner = Seda lehte pole veel sinu keelde tõlgitud. Allpool on originaal ({ $original }).
review-notice-machine = See lehekülg on masintõlgitud ja emakeelne kõneleja pole seda veel üle vaadanud.
review-notice-volunteer = Seda tõlget pole emakeelne kõneleja veel üle vaadanud.
on-this-page = Sellel lehel
footnotes-heading = Allikad
back-to-top = Tagasi üles

## Helplines
helplines-title = Abi on olemas
help-now-title = Kas vajate kohe abi?
helpline-free = Tasuta
helpline-always-open = Ööpäev läbi, iga päev
helpline-anonymous = Anonüümne
helpline-languages = Vastatakse mitmes keeles
helpline-call = Helista numbril { $number }
helpline-emergency = Otsene oht? Helista numbril { $number }

## Footer
footer-privacy = See veebileht ei kasuta küpsiseid, ei salvesta sinu seadmesse midagi ega laadi midagi teistelt veebilehtedelt.
eu-emblem-alt = Euroopa Liidu lipp

## Special pages
not-found-title = Lehte ei leitud
not-found-text = Seda lehte pole olemas või see on teisaldatud.
not-found-home = Mine avalehele
draft-banner = Mustand: mitte avaldamiseks
print-unconfirmed = MUSTAND – mitte trükkida. Kinnitamata: { $values }
print-unconfirmed-item = { $setting ->
    [base_url] veebiaadress { $value }
    [region] piirkond { $value }
    [logo] logo
    [partners] partnerid
    [helplines] abitelefonide numbrid { $value }
    [services] kohalikud teenused
   *[funding] ELi rahastamise teave
}
print-slug-draft = MUSTAND
error-title = Eelvaadet ei õnnestunud koostada
error-hint = Paranda fail ja salvesta see: leht laadib end ise uuesti.

## Materials (print and share)
materials-title = Prindi ja jaga
# The URL segment of the Materials page (lower-case letters, digits, hyphens).
materials-slug = materjalid
materials-intro = Plakatid, flaierid ja rahakotikaardid printimiseks ning pildid jagamiseks. Keel: { $language }.
materials-download = Laadi alla
materials-paper = Paberi formaat
materials-file-size = Faili suurus
materials-variant-print = Trükikojale: 3 mm lõikevaru ja lõikemärgid
materials-variant-office = Kontoriprinterile
materials-post-text = Soovitatud postituse tekst
materials-alt-text = Pildi kirjeldus (alternatiivtekst)
materials-preview-alt = Eelvaade: { $name }
materials-service-intro = Kampaania plakatid, voldik ja taskukaart selle kohaliku teenuse numbri, nime ja andmetega riiklike abitelefonide kõrval.
materials-service-phone = Telefon
materials-service-hours = Lahtiolekuajad
materials-service-address = Aadress
materials-service-languages = Ka keeles
materials-services = Kohalike teenuste materjalid
share-unconfirmed = MUSTAND – veel mitte postitada. Kinnitamata: { $values }
materials-unconfirmed = Need failid on mustandid: osa neis olevaid andmeid pole veel kinnitatud. Ärge neid veel printige ega avaldage. Kinnitamata: { $values }.
asset-poster-a3 = Plakat A3
asset-poster-a4 = Plakat A4
asset-flyer-a5 = Flaier A5, kahepoolne
asset-wallet-card = Rahakotikaart, kahepoolne
asset-guidelines = Juhend kampaania kordamiseks, A4 brošüür
asset-social-square = Pilt sotsiaalmeediasse, ruudukujuline
asset-social-portrait = Pilt sotsiaalmeediasse, püstpaigutus
asset-social-story = Pilt sotsiaalmeediasse, lugu
asset-og = Lingi eelvaate pilt
replication-kit = Kampaania kordamise pakett: kampaania kaust, kopeerimiseks valmis
print-scan-qr = Skanni ja loe lisa
print-local-service = Kohalik teenus
print-promoted-by = Algataja
print-contents = Sisukord
# The guidelines booklet's pages to fill in by hand, which make up its
# count of pages to a multiple of four: a table of local contacts and
# ruled pages for notes.
print-local-contacts = Kohalikud kontaktid
print-contact-service = Teenus või organisatsioon
print-contact-phone = Telefon
print-contact-checked = Kontrollimise kuupäev
print-notes = Märkmed
# After a link to a chapter of the same booklet: its page, abbreviated.
print-page-ref = lk { $page }
print-imprint-publisher = Väljaandja
print-imprint-edition = Väljaanne
print-imprint-licence = Teksti litsents

## Discreet mode: a neutral page title
discreet-title = Märkmed
