# Faro interface strings shared by every campaign.
# A campaign can override any of them in campaigns/<id>/locales/<lang>/*.ftl.

## The language, named in itself (used by the language chooser and switcher)
language-name = Français

## Skip links and quick exit
skip-to-content = Aller au contenu principal
exit-this-page = Quitter cette page
exit-emergency = Urgence
exit-skip-link = Quitter cette page maintenant
exit-shift-hint = Ou appuyez trois fois sur la touche Maj
exit-status-remaining = { $count ->
    [one] Appuyez encore une fois sur Maj pour quitter cette page.
    [many] Appuyez encore { $count } fois sur Maj pour quitter cette page.
   *[other] Appuyez encore { $count } fois sur Maj pour quitter cette page.
}
exit-status-expired = Délai dépassé. Appuyez trois fois de suite sur Maj pour quitter cette page.
exit-status-exiting = Vous quittez cette page.
exit-nav = Sortie rapide

## Navigation and languages
nav-main = Menu principal
nav-menu-button = Menu
nav-footer = En savoir plus sur ce site
journeys-title = Par où commencer
partners-title = Partenaires
language-switcher = Langues
language-untranslated = pas encore traduit, ouvre la page d’accueil
chooser-title = Choisissez votre langue
chooser-pages = { $count ->
    [one] { $count } page
    [many] { $count } pages
   *[other] { $count } pages
}
fallback-banner = Cette page n’est pas encore traduite dans votre langue. Vous trouverez ci-dessous l’original ({ $original }).
review-notice-machine = Cette page a été traduite automatiquement et n’a pas encore été relue par une personne de langue maternelle.
review-notice-volunteer = Cette traduction n’a pas encore été relue par une personne de langue maternelle.
on-this-page = Sur cette page
footnotes-heading = Sources
back-to-top = Retour en haut

## Helplines
helplines-title = Vous pouvez trouver de l’aide
help-now-title = Besoin d’aide maintenant ?
helpline-free = Gratuit
helpline-always-open = 24 h sur 24, 7 jours sur 7
helpline-anonymous = Anonyme
helpline-languages = Réponses en plusieurs langues
helpline-call = Appeler le { $number }
helpline-emergency = En danger immédiat ? Appelez le { $number }

## Footer
footer-privacy = Ce site ne dépose aucun cookie, n’enregistre rien sur votre appareil et ne charge rien depuis d’autres sites.
eu-emblem-alt = Drapeau de l’Union européenne
# The EU's standard disclaimer for the publications it funds (the Rights, Equality
# and Citizenship Programme's wording), on the guidelines booklet's back cover
# when campaign.yaml says `funding: {emblem: eu}`. A campaign whose grant
# agreement words it otherwise overrides it in its campaign.ftl.
funding-disclaimer = Le contenu de cette publication représente uniquement les opinions de l’auteur et relève de sa seule responsabilité. La Commission européenne décline toute responsabilité quant à l’usage qui pourrait être fait des informations qu’elle contient.

## Special pages
not-found-title = Page introuvable
not-found-text = Cette page n’existe pas ou a été déplacée.
not-found-home = Aller à la page d’accueil
draft-banner = Brouillon : ne pas publier
print-unconfirmed = BROUILLON – ne pas imprimer. Non confirmé : { $values }
print-unconfirmed-item = { $setting ->
    [base_url] adresse web { $value }
    [region] région { $value }
    [logo] logo
    [partners] partenaires
    [helplines] numéros des lignes d’écoute { $value }
    [services] services locaux
   *[funding] mention du financement de l’UE
}
print-slug-draft = BROUILLON
error-title = L’aperçu n’a pas pu être généré
error-hint = Corrigez le fichier et enregistrez-le : cette page se recharge d’elle-même.

## Materials (print and share)
materials-title = Imprimer et partager
# The URL segment of the Materials page (lower-case letters, digits, hyphens).
materials-slug = supports
materials-intro = Affiches, flyers et cartes de poche prêts à imprimer, et images à partager, en { $language }.
materials-download = Télécharger
materials-paper = Format du papier
materials-file-size = Taille du fichier
materials-variant-print = Pour un imprimeur : fond perdu de 3 mm et traits de coupe
materials-variant-office = Pour une imprimante de bureau
materials-post-text = Texte proposé pour la publication
materials-alt-text = Description de l’image (texte alternatif)
materials-preview-alt = Aperçu : { $name }
materials-service-intro = Les affiches, le dépliant et la carte de poche de la campagne avec le numéro, le nom et les coordonnées de ce service de proximité à côté des lignes nationales.
materials-service-phone = Téléphone
materials-service-hours = Horaires
materials-service-address = Adresse
materials-service-languages = Aussi en
materials-services = Supports des services de proximité
share-unconfirmed = BROUILLON – ne pas publier pour l’instant. Non confirmé : { $values }
materials-unconfirmed = Ces fichiers sont des brouillons : certaines informations qu’ils contiennent ne sont pas encore confirmées. Ne les imprimez pas et ne les publiez pas pour l’instant. Non confirmé : { $values }.
asset-poster-a3 = Affiche A3
asset-poster-a4 = Affiche A4
asset-flyer-a5 = Flyer A5, recto verso
asset-wallet-card = Carte de poche, recto verso
asset-guidelines = Guide pour reproduire la campagne, livret A4
asset-social-square = Image pour les réseaux sociaux, carrée
asset-social-portrait = Image pour les réseaux sociaux, format portrait
asset-social-story = Image pour les réseaux sociaux, format story
asset-og = Image d’aperçu des liens
replication-kit = Kit de reproduction : le dossier de la campagne, prêt à copier
print-scan-qr = Scannez pour en savoir plus
print-local-service = Service de proximité
print-promoted-by = À l’initiative de
print-contents = Sommaire
# The guidelines booklet's pages to fill in by hand, which make up its
# count of pages to a multiple of four: a table of local contacts and
# ruled pages for notes.
print-local-contacts = Contacts locaux
print-contact-service = Service ou organisation
print-contact-phone = Téléphone
print-contact-checked = Vérifié le
print-notes = Notes
# After a link to a chapter of the same booklet: its page, abbreviated.
print-page-ref = p. { $page }
print-imprint-publisher = Éditeur
print-imprint-edition = Édition
print-imprint-licence = Licence du texte

## Discreet mode: a neutral page title
discreet-title = Notes
