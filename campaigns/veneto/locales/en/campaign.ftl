# Short strings for the Veneto campaign (English).
# Used by the site, posters, flyers, wallet cards and social images.

## Campaign
campaign-name = Stop stalkerware – Veneto
# The region's name in this language: `faro fork` lists every mention of it in a fork.
campaign-region = Veneto
campaign-tagline = Nobody has the right to spy on your phone: recognise stalkerware and get help safely.
# One sentence, in this language, saying what the site is (the root language chooser).
campaign-about = The Veneto Region’s website against stalkerware: how to recognise apps that spy on a phone, and where to get help safely.

## Poster
poster-headline = Your phone belongs to you
poster-message = If someone is secretly watching your phone, it is not your fault: you can get help safely.
poster-cta = Call 1522: free, 24 hours a day

## Flyer
flyer-signs-title = Warning signs
flyer-signs = Battery runs down fast | Phone gets warm when not in use | Data use goes up for no reason | Apps or settings you don’t recognise | They know things you never told them
flyer-todo-title = What you can do safely
flyer-todo = Don’t rush to delete the app | Use a device they have never had access to | Note dates and events somewhere safe | Make a safety plan with a support service

## Wallet card
card-outside = Useful numbers
card-inside-title = If you feel watched or threatened

## Funding and partners
funding-statement = With financial support from the “Rights, Equality and Citizenship” Programme 2014–2020 of the European Union
partner-blanquerna-role = Coordination and scientific support
partner-kaspersky-role = E-learning development and IT content expertise
partner-veneto-role = Pilot campaign and public-authority perspective
partner-unacasa-role = Training practitioners in victim support services and perpetrator programmes
partner-wwp-role = Dissemination and knowledge of gender-based violence

## Helplines
helpline-antiviolence-name = National anti-violence and anti-stalking helpline
helpline-antiviolence-audience = For anyone experiencing violence or stalking
helpline-emergency-name = European emergency number
helpline-emergency-audience = If you are in immediate danger

## Sharing
share-title = Stop stalkerware: nobody has the right to spy on you
