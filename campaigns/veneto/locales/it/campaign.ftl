# Testi brevi della campagna Veneto (italiano).
# Usati da sito, manifesti, volantini, cartoncini tascabili e immagini per i social.

## Campagna
campaign-name = Stop stalkerware – Veneto
# The region's name in this language: `faro fork` lists every mention of it in a fork.
campaign-region = Veneto
campaign-tagline = Nessuno ha il diritto di spiare il tuo telefono: riconosci lo stalkerware e chiedi aiuto in sicurezza.
# One sentence, in this language, saying what the site is (the root language chooser).
campaign-about = Il sito della Regione del Veneto contro lo stalkerware: come riconoscere le app che spiano il telefono e dove chiedere aiuto in sicurezza.

## Manifesto
poster-headline = Il tuo telefono è solo tuo
poster-message = Se qualcuno controlla il tuo telefono di nascosto, non è colpa tua: puoi chiedere aiuto in sicurezza.
poster-cta = Chiama il 1522: è gratuito, 24 ore su 24

## Volantino
flyer-signs-title = Segnali a cui fare attenzione
flyer-signs = La batteria si scarica in fretta | Il telefono si scalda anche quando non lo usi | Il traffico dati aumenta senza motivo | Compaiono app o impostazioni che non conosci | L’altra persona sa cose che non le hai detto
flyer-todo-title = Cosa fare in sicurezza
flyer-todo = Non cancellare l’app di fretta | Usa un telefono che l’altra persona non ha mai avuto in mano | Annota date e fatti in un posto sicuro | Prepara un piano di sicurezza con un servizio di supporto

## Cartoncino tascabile
card-outside = Numeri utili
card-inside-title = Se qualcuno ti controlla o ti minaccia

## Finanziamento e partner
funding-statement = Con il sostegno finanziario del programma «Diritti, uguaglianza e cittadinanza» 2014–2020 dell’Unione europea
partner-blanquerna-role = Coordinamento e supporto scientifico
partner-kaspersky-role = Sviluppo del corso e-learning e competenze informatiche
partner-veneto-role = Campagna pilota e punto di vista dell’ente pubblico
partner-unacasa-role = Formazione di chi lavora nei servizi per le vittime e nei programmi per autori di violenza
partner-wwp-role = Diffusione e competenze sulla violenza di genere

## Numeri di aiuto
helpline-antiviolence-name = Numero nazionale antiviolenza e stalking
helpline-antiviolence-audience = Per chi subisce violenza o stalking
helpline-emergency-name = Numero di emergenza europeo
helpline-emergency-audience = Se sei in pericolo immediato

## Condivisione
share-title = Stop stalkerware: nessuno ha il diritto di spiarti
