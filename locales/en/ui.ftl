# Faro interface strings shared by every campaign.
# A campaign can override any of them in campaigns/<id>/locales/<lang>/*.ftl.

## The language, named in itself (used by the language chooser and switcher)
language-name = English

## Skip links and quick exit
skip-to-content = Skip to main content
exit-this-page = Exit this page
exit-emergency = Emergency
exit-skip-link = Exit this page now
exit-shift-hint = Or press Shift three times
exit-status-remaining = { $count ->
    [one] Press Shift once more to exit this page.
   *[other] Press Shift { $count } more times to exit this page.
}
exit-status-expired = Timed out. Press Shift three times in a row to exit this page.
exit-status-exiting = Exiting this page.
exit-nav = Quick exit

## Navigation and languages
nav-main = Main menu
nav-menu-button = Menu
nav-footer = More about this site
journeys-title = Where to start
partners-title = Partners
language-switcher = Languages
language-untranslated = not translated yet, opens the home page
chooser-title = Choose your language
chooser-pages = { $count ->
    [one] { $count } page
   *[other] { $count } pages
}
# $original is the original's language named in itself ("Italiano"): keep it
# as a label (in brackets), not inside the sentence, where your language would
# need its own name for it. $language (this language's name) is available too.
fallback-banner = This page is not translated into your language yet. Below is the original ({ $original }).
review-notice-machine = This page was translated by machine and has not yet been reviewed by a native speaker.
review-notice-volunteer = This translation has not yet been reviewed by a native speaker.
on-this-page = On this page
footnotes-heading = Sources
back-to-top = Back to top

## Helplines
helplines-title = Help is available
help-now-title = Need help now?
helpline-free = Free
helpline-always-open = 24 hours a day, every day
helpline-anonymous = Anonymous
helpline-languages = Answers in several languages
helpline-call = Call { $number }
helpline-emergency = Immediate danger? Call { $number }

## Footer
footer-privacy = This site sets no cookies, stores nothing on your device and loads nothing from other websites.
eu-emblem-alt = Flag of the European Union
# The EU's standard disclaimer for the publications it funds (the Rights, Equality
# and Citizenship Programme's wording), on the guidelines booklet's back cover
# when campaign.yaml says `funding: {emblem: eu}`. A campaign whose grant
# agreement words it otherwise overrides it in its campaign.ftl.
funding-disclaimer = The content of this publication represents the views of the author only and is their sole responsibility. The European Commission does not accept any responsibility for use that may be made of the information it contains.

## Special pages
not-found-title = Page not found
not-found-text = This page does not exist or has moved.
not-found-home = Go to the home page
draft-banner = Draft: not for publication
# Across the top of every print file while a value it prints is listed under
# `unconfirmed` in campaign.yaml. $values: those settings as
# print-unconfirmed-item words them ("web address example.org/stop"),
# separated by commas.
print-unconfirmed = DRAFT – not for print. Not confirmed: { $values }
# The settings of print-unconfirmed's $values, each as a reader of the band
# knows it. $setting: its name in campaign.yaml (selects the variant, never
# shown); $value: what the files print of it (the site's address without
# https://, the region's name, the helplines' numbers).
print-unconfirmed-item = { $setting ->
    [base_url] web address { $value }
    [region] region { $value }
    [logo] logo
    [partners] partners
    [helplines] helpline numbers { $value }
    [services] local services
   *[funding] EU funding statement
}
# The print shop's label beside the crop marks starts with it while the band
# is there: the first word of print-unconfirmed.
print-slug-draft = DRAFT
error-title = The preview could not be built
error-hint = Fix the file and save it: this page reloads by itself.

## Materials (print and share)
materials-title = Print and share
# The URL segment of the Materials page (lower-case letters, digits, hyphens).
materials-slug = materials
# $language is this language's name in itself, lower case where sentences
# write it so ("français"); write it as a label ("Język: polski") if your
# grammar needs another case after a preposition.
materials-intro = Posters, flyers and wallet cards ready to print, and images to share, in { $language }.
materials-download = Download
materials-paper = Paper size
materials-file-size = File size
materials-variant-print = For a print shop: 3 mm bleed and crop marks
materials-variant-office = For an office printer
# Under each share image on the Materials page: the text a communications
# office can paste with the image (its title, call to action and the site's
# address), and the image's description for the platform's alt text field.
materials-post-text = Suggested text for a post
materials-alt-text = Description of the image (alt text)
materials-preview-alt = Preview of { $name }
# The Materials page's section of a local service's co-branded set: what it
# is, its phone, the other languages its set is made in; and the line of
# links to those sections at the top of the page.
materials-service-intro = The campaign's posters, flyer and wallet card with this local service's number, name and details beside the national helplines.
materials-service-phone = Phone
materials-service-hours = Opening hours
materials-service-address = Address
materials-service-languages = Also in
materials-services = Sets for local services
# While a value a share image or print file shows is listed under
# `unconfirmed` in campaign.yaml: across every share image that shows it
# (keep it short: one line at 32 px on a 1080 px image), and above the
# Materials page's downloads.
share-unconfirmed = DRAFT – not to be posted yet. Not confirmed: { $values }
materials-unconfirmed = These files are drafts: some details in them are not confirmed yet. Do not print or post them yet. Not confirmed: { $values }.
asset-poster-a3 = Poster A3
asset-poster-a4 = Poster A4
asset-flyer-a5 = Flyer A5, two sides
asset-wallet-card = Wallet card, two sides
asset-guidelines = Replication guidelines, A4 booklet
asset-social-square = Social image, square
asset-social-portrait = Social image, portrait
asset-social-story = Social image, story
asset-og = Link preview image
replication-kit = Replication kit: the campaign folder, ready to copy
print-scan-qr = Scan for more information
# Over a local service's row on its co-branded posters and flyer, under the
# national helplines: the service near the reader.
print-local-service = Local service
# Before the campaign owner's name (campaign.yaml `owner: true`) in the partner
# row of the posters and flyer, before the other partners (`partners-title`),
# and beside the logo on the share images ("Promoted by Regione del Veneto").
print-promoted-by = Promoted by
print-contents = Contents
# The guidelines booklet's pages to fill in by hand, which make up its
# count of pages to a multiple of four: a table of local contacts and
# ruled pages for notes.
print-local-contacts = Local contacts
print-contact-service = Service or organisation
print-contact-phone = Phone
print-contact-checked = Checked on
print-notes = Notes
# After a link to a chapter of the same booklet: its page, abbreviated.
print-page-ref = p. { $page }
# The labels of the guidelines booklet's imprint, at the foot of its contents
# page, each before its value from campaign.yaml `imprint:` (the publisher's
# name; the version and date of the edition; the licence of its text).
print-imprint-publisher = Publisher
print-imprint-edition = Edition
print-imprint-licence = Licence of the text

## Discreet mode: a neutral page title
discreet-title = Notes
