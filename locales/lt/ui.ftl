# Faro interface strings shared by every campaign.
# A campaign can override any of them in campaigns/<id>/locales/<lang>/*.ftl.

## The language, named in itself (used by the language chooser and switcher)
language-name = Lietuvių

## Skip links and quick exit
skip-to-content = Pereiti prie pagrindinio turinio
exit-this-page = Išeiti iš puslapio
exit-emergency = Skubus atvejis
exit-skip-link = Išeiti iš puslapio dabar
exit-shift-hint = Arba tris kartus paspauskite Shift
exit-status-remaining = { $count ->
    [one] Paspauskite Shift dar { $count } kartą ir išeisite iš šio puslapio.
    [few] Paspauskite Shift dar { $count } kartus ir išeisite iš šio puslapio.
    [many] Paspauskite Shift dar { $count } karto ir išeisite iš šio puslapio.
   *[other] Paspauskite Shift dar { $count } kartų ir išeisite iš šio puslapio.
}
exit-status-expired = Laikas baigėsi. Tris kartus iš eilės paspauskite Shift ir išeisite iš šio puslapio.
exit-status-exiting = Išeinama iš šio puslapio.
exit-nav = Greitas išėjimas

## Navigation and languages
nav-main = Pagrindinis meniu
nav-menu-button = Meniu
nav-footer = Daugiau apie šią svetainę
journeys-title = Nuo ko pradėti
partners-title = Partneriai
language-switcher = Kalbos
language-untranslated = dar neišversta, atveria pagrindinį puslapį
chooser-title = Pasirinkite kalbą
chooser-pages = { $count ->
    [one] { $count } puslapis
    [few] { $count } puslapiai
    [many] { $count } puslapio
   *[other] { $count } puslapių
}
fallback-banner = Šis puslapis dar neišverstas į jūsų kalbą. Žemiau pateikiamas originalas ({ $original }).
review-notice-machine = Šis puslapis išverstas mašininiu būdu ir gimtakalbis jo dar neperžiūrėjo.
review-notice-volunteer = Šio vertimo gimtakalbis dar neperžiūrėjo.
on-this-page = Šiame puslapyje
footnotes-heading = Šaltiniai
back-to-top = Į viršų

## Helplines
helplines-title = Pagalba yra
help-now-title = Jums reikia pagalbos dabar?
helpline-free = Nemokamai
helpline-always-open = Visą parą, kasdien
helpline-anonymous = Anonimiškai
helpline-languages = Atsiliepiama keliomis kalbomis
helpline-call = Skambinkite { $number }
helpline-emergency = Gresia tiesioginis pavojus? Skambinkite { $number }

## Footer
footer-privacy = Ši svetainė nenaudoja slapukų, nieko neišsaugo jūsų įrenginyje ir nieko neįkelia iš kitų svetainių.
eu-emblem-alt = Europos Sąjungos vėliava

## Special pages
not-found-title = Puslapis nerastas
not-found-text = Šio puslapio nėra arba jis perkeltas.
not-found-home = Eiti į pagrindinį puslapį
draft-banner = Juodraštis: neskelbti
print-unconfirmed = JUODRAŠTIS – nespausdinti. Nepatvirtinta: { $values }
print-unconfirmed-item = { $setting ->
    [base_url] svetainės adresas { $value }
    [region] regionas { $value }
    [logo] logotipas
    [partners] partneriai
    [helplines] pagalbos linijų numeriai { $value }
    [services] vietos paslaugos
   *[funding] nuoroda apie ES finansavimą
}
print-slug-draft = JUODRAŠTIS
error-title = Nepavyko sukurti peržiūros
error-hint = Pataisykite failą ir jį išsaugokite: šis puslapis atsinaujins savaime.

## Materials (print and share)
materials-title = Spausdinkite ir dalykitės
# The URL segment of the Materials page (lower-case letters, digits, hyphens).
materials-slug = medziaga
materials-intro = Spausdinti paruošti plakatai, lankstinukai ir kortelės piniginei, taip pat paveikslėliai dalytis. Kalba: { $language }.
materials-download = Atsisiųsti
materials-paper = Popieriaus dydis
materials-file-size = Failo dydis
materials-variant-print = Spaustuvei: 3 mm užlaida ir pjovimo žymės
materials-variant-office = Biuro spausdintuvui
materials-post-text = Siūlomas įrašo tekstas
materials-alt-text = Paveikslėlio aprašymas (alternatyvusis tekstas)
materials-preview-alt = Peržiūra: { $name }
materials-service-intro = Kampanijos plakatai, lankstinukas ir kišeninė kortelė su šios vietinės tarnybos numeriu, pavadinimu ir duomenimis šalia nacionalinių linijų.
materials-service-phone = Telefonas
materials-service-hours = Darbo laikas
materials-service-address = Adresas
materials-service-languages = Taip pat
materials-services = Vietinių tarnybų medžiaga
share-unconfirmed = JUODRAŠTIS – dar neskelbti. Nepatvirtinta: { $values }
materials-unconfirmed = Šie failai yra juodraščiai: kai kurie juose pateikti duomenys dar nepatvirtinti. Kol kas jų nespausdinkite ir neskelbkite. Nepatvirtinta: { $values }.
asset-poster-a3 = Plakatas A3
asset-poster-a4 = Plakatas A4
asset-flyer-a5 = Lankstinukas A5, dvipusis
asset-wallet-card = Kortelė piniginei, dvipusė
asset-guidelines = Kampanijos pakartojimo gairės, A4 brošiūra
asset-social-square = Paveikslėlis socialiniams tinklams, kvadratinis
asset-social-portrait = Paveikslėlis socialiniams tinklams, vertikalus
asset-social-story = Paveikslėlis socialiniams tinklams, istorija
asset-og = Nuorodos peržiūros paveikslėlis
replication-kit = Kampanijos pakartojimo rinkinys: kampanijos aplankas, paruoštas kopijuoti
print-scan-qr = Nuskenuokite ir sužinokite daugiau
print-local-service = Vietinė tarnyba
print-promoted-by = Iniciatorius
print-contents = Turinys
# The guidelines booklet's pages to fill in by hand, which make up its
# count of pages to a multiple of four: a table of local contacts and
# ruled pages for notes.
print-local-contacts = Vietiniai kontaktai
print-contact-service = Tarnyba ar organizacija
print-contact-phone = Telefonas
print-contact-checked = Patikrinimo data
print-notes = Užrašai
# After a link to a chapter of the same booklet: its page, abbreviated.
print-page-ref = p. { $page }
print-imprint-publisher = Leidėjas
print-imprint-edition = Leidimas
print-imprint-licence = Teksto licencija

## Discreet mode: a neutral page title
discreet-title = Užrašai
