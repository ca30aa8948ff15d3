# Textes de la campagne pilote Vénétie – français

campaign-name = Stop stalkerware – Vénétie
# The region's name in this language: `faro fork` lists every mention of it in a fork.
campaign-region = Vénétie
campaign-tagline = Ensemble contre les logiciels espions et les cyberviolences : informations et aide en toute sécurité
# One sentence, in this language, saying what the site is (the root language chooser).
campaign-about = Le site de la Région Vénétie contre les stalkerwares : reconnaître les applications qui espionnent un téléphone et trouver de l’aide en toute sécurité.

poster-headline = Votre téléphone vous appartient
poster-message = Si quelqu’un surveille votre téléphone en secret, c’est une violence : ce n’est pas votre faute, et de l’aide existe.
poster-cta = Appelez le 1522 : gratuit, 24 heures sur 24

flyer-signs-title = Des signes qui peuvent alerter
flyer-signs = La batterie se vide très vite | Le téléphone chauffe sans être utilisé | Une consommation de données inexpliquée | Des applications inconnues ou des réglages modifiés | Quelqu’un sait des choses qu’il ne devrait pas savoir
flyer-todo-title = Agir en sécurité
flyer-todo = Ne rien supprimer dans la précipitation | Utiliser un appareil sûr | Noter les faits avec la date, en lieu sûr | Préparer un plan de sécurité avec un service d’aide

card-outside = Numéros utiles
card-inside-title = Si vous vous sentez sous surveillance ou en danger

funding-statement = Avec le soutien financier du programme « Droits, égalité et citoyenneté » 2014–2020 de l’Union européenne

partner-blanquerna-role = Coordination et appui scientifique
partner-kaspersky-role = Développement de la formation en ligne et expertise informatique
partner-veneto-role = Campagne pilote et point de vue des pouvoirs publics
partner-unacasa-role = Formation des professionnels des services d’aide aux victimes et des programmes pour auteurs de violences
partner-wwp-role = Diffusion et expertise sur les violences fondées sur le genre

helpline-antiviolence-name = Ligne d’écoute nationale contre les violences et le harcèlement (stalking)
helpline-antiviolence-audience = Pour toute personne qui subit des violences ou du harcèlement
helpline-emergency-name = Numéro d’urgence européen
helpline-emergency-audience = En cas de danger immédiat

share-title = Stop stalkerware : personne n’a le droit de vous espionner
