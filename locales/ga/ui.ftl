# Faro interface strings shared by every campaign.
# A campaign can override any of them in campaigns/<id>/locales/<lang>/*.ftl.

## The language, named in itself (used by the language chooser and switcher)
language-name = Gaeilge

## Skip links and quick exit
skip-to-content = Téigh chuig an bpríomhábhar
exit-this-page = Fág an leathanach seo
exit-emergency = Éigeandáil
exit-skip-link = Fág an leathanach seo anois
exit-shift-hint = Nó brúigh Shift trí huaire
exit-status-remaining = { $count ->
    [one] Brúigh Shift uair amháin eile chun an leathanach seo a fhágáil.
    [two] Brúigh Shift { $count } uair eile chun an leathanach seo a fhágáil.
    [few] Brúigh Shift { $count } huaire eile chun an leathanach seo a fhágáil.
    [many] Brúigh Shift { $count } n-uaire eile chun an leathanach seo a fhágáil.
   *[other] Brúigh Shift { $count } uair eile chun an leathanach seo a fhágáil.
}
exit-status-expired = Tá an t-am istigh. Brúigh Shift trí huaire i ndiaidh a chéile chun an leathanach seo a fhágáil.
exit-status-exiting = Ag fágáil an leathanaigh seo.
exit-nav = Fágáil thapa

## Navigation and languages
nav-main = Príomhroghchlár
nav-menu-button = Roghchlár
nav-footer = Tuilleadh faoin suíomh seo
journeys-title = Cá háit le tosú
partners-title = Comhpháirtithe
language-switcher = Teangacha
language-untranslated = gan aistriú fós, osclaíonn sé an leathanach baile
chooser-title = Roghnaigh do theanga
chooser-pages = { $count ->
    [one] { $count } leathanach
    [two] { $count } leathanach
    [few] { $count } leathanach
    [many] { $count } leathanach
   *[other] { $count } leathanach
}
fallback-banner = Níl an leathanach seo aistrithe go Gaeilge fós. Seo thíos an bunleagan ({ $original }).
review-notice-machine = Aistríodh an leathanach seo le meaisín agus níl sé athbhreithnithe fós ag cainteoir dúchais.
review-notice-volunteer = Níl an t-aistriúchán seo athbhreithnithe fós ag cainteoir dúchais.
on-this-page = Ar an leathanach seo
footnotes-heading = Foinsí
back-to-top = Ar ais go barr

## Helplines
helplines-title = Tá cabhair ar fáil
help-now-title = An bhfuil cabhair uait anois?
helpline-free = Saor in aisce
helpline-always-open = 24 uair an chloig sa lá, gach lá
helpline-anonymous = Gan ainm
helpline-languages = Seirbhís i roinnt teangacha
helpline-call = Glaoigh ar { $number }
helpline-emergency = I mbaol láithreach? Glaoigh ar { $number }

## Footer
footer-privacy = Ní shocraíonn an suíomh seo fianáin, ní stórálann sé aon rud ar do ghléas agus ní lódálann sé aon rud ó shuíomhanna eile.
eu-emblem-alt = Bratach an Aontais Eorpaigh

## Special pages
not-found-title = Níor aimsíodh an leathanach
not-found-text = Níl an leathanach seo ann nó bogadh é.
not-found-home = Téigh go dtí an leathanach baile
draft-banner = Dréacht: ní le foilsiú
print-unconfirmed = DRÉACHT – ná priontáil. Gan deimhniú: { $values }
print-unconfirmed-item = { $setting ->
    [base_url] seoladh gréasáin { $value }
    [region] réigiún { $value }
    [logo] lógó
    [partners] comhpháirtithe
    [helplines] uimhreacha na línte cabhrach { $value }
    [services] seirbhísí áitiúla
   *[funding] ráiteas faoi mhaoiniú AE
}
print-slug-draft = DRÉACHT
error-title = Níorbh fhéidir an réamhamharc a chruthú
error-hint = Ceartaigh an comhad agus sábháil é: athlódálfar an leathanach seo go huathoibríoch.

## Materials (print and share)
materials-title = Priontáil agus roinn
# The URL segment of the Materials page (lower-case letters, digits, hyphens).
materials-slug = abhair
materials-intro = Póstaeir, bileoga agus cártaí sparáin réidh le priontáil, agus íomhánna le roinnt. Teanga: { $language }.
materials-download = Íoslódáil
materials-paper = Méid an pháipéir
materials-file-size = Méid an chomhaid
materials-variant-print = Do chlólann: fuiliú 3 mm agus marcanna bearrtha
materials-variant-office = Do phrintéir oifige
materials-post-text = Téacs molta don phostáil
materials-alt-text = Cur síos ar an íomhá (téacs malartach)
materials-preview-alt = Réamhamharc: { $name }
materials-service-intro = Póstaeir, bileog agus cárta póca an fheachtais le huimhir, ainm agus sonraí na seirbhíse áitiúla seo in aice leis na línte náisiúnta.
materials-service-phone = Fón
materials-service-hours = Uaireanta oscailte
materials-service-address = Seoladh
materials-service-languages = Ar fáil freisin i
materials-services = Ábhair do sheirbhísí áitiúla
share-unconfirmed = DRÉACHT – ná postáil fós. Gan deimhniú: { $values }
materials-unconfirmed = Is dréachtaí iad na comhaid seo: níl roinnt sonraí iontu deimhnithe fós. Ná priontáil agus ná postáil iad go fóill. Gan deimhniú: { $values }.
asset-poster-a3 = Póstaer A3
asset-poster-a4 = Póstaer A4
asset-flyer-a5 = Bileog A5, dhá thaobh
asset-wallet-card = Cárta sparáin, dhá thaobh
asset-guidelines = Treoirlínte chun an feachtas a athdhéanamh, leabhrán A4
asset-social-square = Íomhá do na meáin shóisialta, cearnógach
asset-social-portrait = Íomhá do na meáin shóisialta, portráid
asset-social-story = Íomhá do na meáin shóisialta, scéal
asset-og = Íomhá réamhamhairc le haghaidh naisc
replication-kit = Pacáiste athdhéanta: fillteán an fheachtais, réidh le cóipeáil
print-scan-qr = Scan le haghaidh tuilleadh eolais
print-local-service = Seirbhís áitiúil
print-promoted-by = Arna chur chun cinn ag
print-contents = Clár ábhair
# The guidelines booklet's pages to fill in by hand, which make up its
# count of pages to a multiple of four: a table of local contacts and
# ruled pages for notes.
print-local-contacts = Teagmhálacha áitiúla
print-contact-service = Seirbhís nó eagraíocht
print-contact-phone = Fón
print-contact-checked = Dáta seiceála
print-notes = Nótaí
# After a link to a chapter of the same booklet: its page, abbreviated.
print-page-ref = lch. { $page }
print-imprint-publisher = Foilsitheoir
print-imprint-edition = Eagrán
print-imprint-licence = Ceadúnas an téacs

## Discreet mode: a neutral page title
discreet-title = Nótaí
