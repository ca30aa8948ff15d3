# Faro interface strings shared by every campaign.
# A campaign can override any of them in campaigns/<id>/locales/<lang>/*.ftl.

## The language, named in itself (used by the language chooser and switcher)
language-name = Malti

## Skip links and quick exit
skip-to-content = Aqbeż għall-kontenut ewlieni
exit-this-page = Oħroġ minn din il-paġna
exit-emergency = Emerġenza
exit-skip-link = Oħroġ minn din il-paġna issa
exit-shift-hint = Jew agħfas Shift tliet darbiet
exit-status-remaining = { $count ->
    [one] Agħfas Shift darba oħra biex toħroġ minn din il-paġna.
    [two] Agħfas Shift darbtejn oħra biex toħroġ minn din il-paġna.
    [few] Agħfas Shift { $count } darbiet oħra biex toħroġ minn din il-paġna.
    [many] Agħfas Shift { $count }-il darba oħra biex toħroġ minn din il-paġna.
   *[other] Agħfas Shift { $count } darba oħra biex toħroġ minn din il-paġna.
}
exit-status-expired = Il-ħin skada. Agħfas Shift tliet darbiet wara xulxin biex toħroġ minn din il-paġna.
exit-status-exiting = Qed toħroġ minn din il-paġna.
exit-nav = Ħruġ malajr

## Navigation and languages
nav-main = Menu ewlieni
nav-menu-button = Menu
nav-footer = Aktar dwar dan is-sit
journeys-title = Minn fejn tibda
partners-title = Sħab
language-switcher = Lingwi
language-untranslated = għadha mhix tradotta, tiftaħ il-paġna ewlenija
chooser-title = Agħżel il-lingwa tiegħek
chooser-pages = { $count ->
    [one] { $count } paġna
    [two] { $count } paġni
    [few] { $count } paġni
    [many] { $count }-il paġna
   *[other] { $count } paġna
}
fallback-banner = Din il-paġna għadha mhix tradotta fil-lingwa tiegħek. Hawn taħt hemm it-test oriġinali ({ $original }).
review-notice-machine = Din il-paġna ġiet tradotta bil-magna u għadha ma ġietx riveduta minn kelliem nattiv.
review-notice-volunteer = Din it-traduzzjoni għadha ma ġietx riveduta minn kelliem nattiv.
on-this-page = F’din il-paġna
footnotes-heading = Sorsi
back-to-top = Lura fuq nett

## Helplines
helplines-title = Hemm min jgħinek
help-now-title = Għandek bżonn l-għajnuna issa?
helpline-free = B’xejn
helpline-always-open = 24 siegħa kuljum, kull jum
helpline-anonymous = Anonimu
helpline-languages = Iwieġbu f’diversi lingwi
helpline-call = Ċempel { $number }
helpline-emergency = F’periklu immedjat? Ċempel { $number }

## Footer
footer-privacy = Dan is-sit ma jpoġġi l-ebda cookie, ma jaħżen xejn fuq l-apparat tiegħek u ma jtella’ xejn minn siti oħra.
eu-emblem-alt = Il-bandiera tal-Unjoni Ewropea

## Special pages
not-found-title = Il-paġna ma nstabitx
not-found-text = Din il-paġna ma teżistix jew ġiet imċaqalqa.
not-found-home = Mur il-paġna ewlenija
draft-banner = Abbozz: mhux għall-pubblikazzjoni
print-unconfirmed = ABBOZZ – mhux għall-istampar. Mhux ikkonfermat: { $values }
print-unconfirmed-item = { $setting ->
    [base_url] indirizz tal-web { $value }
    [region] reġjun { $value }
    [logo] logo
    [partners] sħab
    [helplines] numri tal-linji ta’ għajnuna { $value }
    [services] servizzi lokali
   *[funding] dikjarazzjoni dwar il-finanzjament tal-UE
}
print-slug-draft = ABBOZZ
error-title = Il-previżjoni ma setgħetx tinħoloq
error-hint = Ikkoreġi l-fajl u ssejvjah: din il-paġna terġa’ titla’ waħedha.

## Materials (print and share)
materials-title = Ipprintja u aqsam
# The URL segment of the Materials page (lower-case letters, digits, hyphens).
materials-slug = materjal
materials-intro = Posters, fuljetti u kards tal-kartiera lesti għall-istampar, u stampi biex taqsam. Lingwa: { $language }.
materials-download = Niżżel
materials-paper = Daqs tal-karta
materials-file-size = Daqs tal-fajl
materials-variant-print = Għal stamperija: marġni tal-qtugħ ta’ 3 mm u marki tal-qtugħ
materials-variant-office = Għal printer tal-uffiċċju
materials-post-text = Test issuġġerit għall-post
materials-alt-text = Deskrizzjoni tal-istampa (test alternattiv)
materials-preview-alt = Previżjoni: { $name }
materials-service-intro = Il-posters, il-fuljett u l-kard tal-but tal-kampanja bin-numru, l-isem u d-dettalji ta' dan is-servizz lokali ħdejn il-linji nazzjonali.
materials-service-phone = Telefon
materials-service-hours = Ħinijiet tal-ftuħ
materials-service-address = Indirizz
materials-service-languages = Ukoll bil-
materials-services = Materjali tas-servizzi lokali
share-unconfirmed = ABBOZZ – mhux għall-pubblikazzjoni għalissa. Mhux ikkonfermat: { $values }
materials-unconfirmed = Dawn il-fajls huma abbozzi: xi dettalji fihom għadhom mhumiex ikkonfermati. Tistampahomx u tippubblikahomx għalissa. Mhux ikkonfermat: { $values }.
asset-poster-a3 = Poster A3
asset-poster-a4 = Poster A4
asset-flyer-a5 = Fuljett A5, fuq iż-żewġ naħat
asset-wallet-card = Karta tal-kartiera, fuq iż-żewġ naħat
asset-guidelines = Linji gwida biex tirreplika l-kampanja, ktejjeb A4
asset-social-square = Stampa għall-midja soċjali, kwadra
asset-social-portrait = Stampa għall-midja soċjali, vertikali
asset-social-story = Stampa għall-midja soċjali, story
asset-og = Stampa ta’ previżjoni tal-link
replication-kit = Kit ta’ replikazzjoni: il-folder tal-kampanja, lest biex jiġi kkupjat
print-scan-qr = Skennja għal aktar informazzjoni
print-local-service = Servizz lokali
print-promoted-by = Promoss minn
print-contents = Werrej
# The guidelines booklet's pages to fill in by hand, which make up its
# count of pages to a multiple of four: a table of local contacts and
# ruled pages for notes.
print-local-contacts = Kuntatti lokali
print-contact-service = Servizz jew organizzazzjoni
print-contact-phone = Telefon
print-contact-checked = Data tal-verifika
print-notes = Noti
# After a link to a chapter of the same booklet: its page, abbreviated.
print-page-ref = p. { $page }
print-imprint-publisher = Pubblikatur
print-imprint-edition = Edizzjoni
print-imprint-licence = Liċenzja tat-test

## Discreet mode: a neutral page title
discreet-title = Noti
