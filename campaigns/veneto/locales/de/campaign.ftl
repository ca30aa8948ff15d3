# Kampagnentexte für die Pilotkampagne Venetien – Deutsch

campaign-name = Stop Stalkerware – Venetien
# The region's name in this language: `faro fork` lists every mention of it in a fork.
campaign-region = Venetien
campaign-tagline = Gemeinsam gegen Stalkerware und digitale Gewalt: Informationen und sichere Hilfe
# One sentence, in this language, saying what the site is (the root language chooser).
campaign-about = Die Website der Region Venetien gegen Stalkerware: wie Sie Spionage-Apps auf dem Handy erkennen und wo Sie sicher Hilfe bekommen.

poster-headline = Ihr Handy gehört nur Ihnen
poster-message = Wer heimlich Ihr Handy überwacht, übt Gewalt aus – es ist nicht Ihre Schuld, und Hilfe ist da.
poster-cta = Rufen Sie 1522 an: kostenlos, rund um die Uhr

flyer-signs-title = Mögliche Warnzeichen
flyer-signs = Der Akku ist schnell leer | Das Handy wird warm, ohne dass Sie es nutzen | Ungewöhnlich hoher Datenverbrauch | Unbekannte Apps oder geänderte Einstellungen | Jemand weiß Dinge, die niemand wissen kann
flyer-todo-title = Sicher handeln
flyer-todo = Nichts überstürzt löschen | Ein sicheres Gerät nutzen | Notizen mit Datum sicher aufbewahren | Mit einer Beratungsstelle einen Sicherheitsplan machen

card-outside = Nützliche Nummern
card-inside-title = Wenn Sie sich beobachtet oder bedroht fühlen

funding-statement = Mit finanzieller Unterstützung des Programms „Rechte, Gleichstellung und Unionsbürgerschaft“ 2014–2020 der Europäischen Union

partner-blanquerna-role = Koordination und wissenschaftliche Begleitung
partner-kaspersky-role = Entwicklung des E-Learnings und IT-Fachwissen
partner-veneto-role = Pilotkampagne und Perspektive der öffentlichen Verwaltung
partner-unacasa-role = Schulung von Fachkräften in der Opferhilfe und in Täterprogrammen
partner-wwp-role = Verbreitung der Ergebnisse und Fachwissen zu geschlechtsspezifischer Gewalt

helpline-antiviolence-name = Nationales Hilfetelefon gegen Gewalt und Stalking
helpline-antiviolence-audience = Für alle, die Gewalt oder Stalking erleben
helpline-emergency-name = Europäischer Notruf
helpline-emergency-audience = Bei unmittelbarer Gefahr

share-title = Stop Stalkerware: Niemand hat das Recht, Sie auszuspionieren
