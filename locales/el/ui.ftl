# Faro interface strings shared by every campaign.
# A campaign can override any of them in campaigns/<id>/locales/<lang>/*.ftl.

## The language, named in itself (used by the language chooser and switcher)
language-name = Ελληνικά

## Skip links and quick exit
skip-to-content = Μετάβαση στο κύριο περιεχόμενο
exit-this-page = Έξοδος από τη σελίδα
exit-emergency = Έκτακτη ανάγκη
exit-skip-link = Άμεση έξοδος από τη σελίδα
exit-shift-hint = Ή πατήστε τρεις φορές το Shift
exit-status-remaining = { $count ->
    [one] Πατήστε το Shift άλλη μία φορά για να βγείτε από τη σελίδα.
   *[other] Πατήστε το Shift άλλες { $count } φορές για να βγείτε από τη σελίδα.
}
exit-status-expired = Ο χρόνος έληξε. Πατήστε το Shift τρεις φορές στη σειρά για να βγείτε από τη σελίδα.
exit-status-exiting = Έξοδος από τη σελίδα.
exit-nav = Γρήγορη έξοδος

## Navigation and languages
nav-main = Κύριο μενού
nav-menu-button = Μενού
nav-footer = Περισσότερα για αυτόν τον ιστότοπο
journeys-title = Από πού να ξεκινήσετε
partners-title = Εταίροι
language-switcher = Γλώσσες
language-untranslated = δεν έχει μεταφραστεί ακόμη, ανοίγει την αρχική σελίδα
chooser-title = Επιλέξτε γλώσσα
chooser-pages = { $count ->
    [one] { $count } σελίδα
   *[other] { $count } σελίδες
}
fallback-banner = Αυτή η σελίδα δεν έχει μεταφραστεί ακόμη στη γλώσσα σας. Παρακάτω θα βρείτε το πρωτότυπο ({ $original }).
review-notice-machine = Αυτή η σελίδα μεταφράστηκε αυτόματα και δεν έχει ελεγχθεί ακόμη από φυσικό ομιλητή.
review-notice-volunteer = Αυτή η μετάφραση δεν έχει ελεγχθεί ακόμη από φυσικό ομιλητή.
on-this-page = Σε αυτή τη σελίδα
footnotes-heading = Πηγές
back-to-top = Επιστροφή στην αρχή

## Helplines
helplines-title = Υπάρχει βοήθεια
help-now-title = Χρειάζεστε βοήθεια τώρα;
helpline-free = Δωρεάν
helpline-always-open = Όλο το 24ωρο, κάθε μέρα
helpline-anonymous = Ανώνυμα
helpline-languages = Εξυπηρέτηση σε πολλές γλώσσες
helpline-call = Καλέστε στο { $number }
helpline-emergency = Άμεσος κίνδυνος; Καλέστε στο { $number }

## Footer
footer-privacy = Αυτός ο ιστότοπος δεν χρησιμοποιεί cookies, δεν αποθηκεύει τίποτα στη συσκευή σας και δεν φορτώνει τίποτα από άλλους ιστότοπους.
eu-emblem-alt = Σημαία της Ευρωπαϊκής Ένωσης

## Special pages
not-found-title = Η σελίδα δεν βρέθηκε
not-found-text = Αυτή η σελίδα δεν υπάρχει ή έχει μετακινηθεί.
not-found-home = Μετάβαση στην αρχική σελίδα
draft-banner = Πρόχειρο: όχι για δημοσίευση
print-unconfirmed = ΠΡΟΧΕΙΡΟ – όχι για εκτύπωση. Δεν έχει επιβεβαιωθεί: { $values }
print-unconfirmed-item = { $setting ->
    [base_url] διεύθυνση ιστότοπου { $value }
    [region] περιφέρεια { $value }
    [logo] λογότυπο
    [partners] εταίροι
    [helplines] αριθμοί γραμμών βοήθειας { $value }
    [services] τοπικές υπηρεσίες
   *[funding] αναφορά χρηματοδότησης από την ΕΕ
}
print-slug-draft = ΠΡΟΧΕΙΡΟ
error-title = Δεν ήταν δυνατή η δημιουργία της προεπισκόπησης
error-hint = Διορθώστε το αρχείο και αποθηκεύστε το: η σελίδα θα ανανεωθεί αυτόματα.

## Materials (print and share)
materials-title = Εκτυπώστε και μοιραστείτε
# The URL segment of the Materials page (lower-case letters, digits, hyphens).
materials-slug = yliko
materials-intro = Αφίσες, φυλλάδια και κάρτες τσέπης έτοιμα για εκτύπωση, καθώς και εικόνες για κοινοποίηση. Γλώσσα: { $language }.
materials-download = Λήψη
materials-paper = Μέγεθος χαρτιού
materials-file-size = Μέγεθος αρχείου
materials-variant-print = Για τυπογραφείο: περιθώριο κοπής 3 mm και σημάδια κοπής
materials-variant-office = Για εκτυπωτή γραφείου
materials-post-text = Προτεινόμενο κείμενο για την ανάρτηση
materials-alt-text = Περιγραφή της εικόνας (εναλλακτικό κείμενο)
materials-preview-alt = Προεπισκόπηση: { $name }
materials-service-intro = Οι αφίσες, το φυλλάδιο και η κάρτα τσέπης της εκστρατείας με τον αριθμό, το όνομα και τα στοιχεία αυτής της τοπικής υπηρεσίας δίπλα στις εθνικές γραμμές.
materials-service-phone = Τηλέφωνο
materials-service-hours = Ώρες λειτουργίας
materials-service-address = Διεύθυνση
materials-service-languages = Επίσης στα
materials-services = Υλικό των τοπικών υπηρεσιών
share-unconfirmed = ΠΡΟΧΕΙΡΟ – όχι για δημοσίευση ακόμη. Δεν έχει επιβεβαιωθεί: { $values }
materials-unconfirmed = Αυτά τα αρχεία είναι πρόχειρα: ορισμένα στοιχεία τους δεν έχουν επιβεβαιωθεί ακόμη. Μην τα εκτυπώσετε και μην τα δημοσιεύσετε ακόμη. Δεν έχει επιβεβαιωθεί: { $values }.
asset-poster-a3 = Αφίσα A3
asset-poster-a4 = Αφίσα A4
asset-flyer-a5 = Φυλλάδιο A5, δύο όψεων
asset-wallet-card = Κάρτα τσέπης, δύο όψεων
asset-guidelines = Οδηγός αναπαραγωγής της καμπάνιας, έντυπο A4
asset-social-square = Εικόνα για τα μέσα κοινωνικής δικτύωσης, τετράγωνη
asset-social-portrait = Εικόνα για τα μέσα κοινωνικής δικτύωσης, κάθετη
asset-social-story = Εικόνα για τα μέσα κοινωνικής δικτύωσης, ιστορία
asset-og = Εικόνα προεπισκόπησης συνδέσμου
replication-kit = Πακέτο αναπαραγωγής: ο φάκελος της καμπάνιας, έτοιμος για αντιγραφή
print-scan-qr = Σαρώστε για περισσότερες πληροφορίες
print-local-service = Τοπική υπηρεσία
print-promoted-by = Με πρωτοβουλία
print-contents = Περιεχόμενα
# The guidelines booklet's pages to fill in by hand, which make up its
# count of pages to a multiple of four: a table of local contacts and
# ruled pages for notes.
print-local-contacts = Τοπικές επαφές
print-contact-service = Υπηρεσία ή οργανισμός
print-contact-phone = Τηλέφωνο
print-contact-checked = Ημερομηνία ελέγχου
print-notes = Σημειώσεις
# After a link to a chapter of the same booklet: its page, abbreviated.
print-page-ref = σ. { $page }
print-imprint-publisher = Εκδότης
print-imprint-edition = Έκδοση
print-imprint-licence = Άδεια χρήσης του κειμένου

## Discreet mode: a neutral page title
discreet-title = Σημειώσεις
