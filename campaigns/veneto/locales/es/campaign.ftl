campaign-name = Stop stalkerware – Véneto
# The region's name in this language: `faro fork` lists every mention of it in a fork.
campaign-region = Véneto
campaign-tagline = Nadie tiene derecho a espiar tu teléfono: información y ayuda contra el stalkerware y la ciberviolencia de género.
# One sentence, in this language, saying what the site is (the root language chooser).
campaign-about = La web de la Región del Véneto contra el stalkerware: cómo reconocer las aplicaciones que espían un teléfono y dónde pedir ayuda de forma segura.
poster-headline = Tu teléfono es solo tuyo
poster-message = Si alguien controla tu teléfono sin tu permiso, no es amor ni es culpa tuya: hay ayuda.
poster-cta = Llama al 1522: gratis, las 24 horas
flyer-signs-title = Señales de alerta
flyer-signs = La batería se gasta muy deprisa | El teléfono se calienta sin usarlo | Hay aplicaciones o ajustes que no reconoces | Gastas más datos de lo normal | Alguien sabe cosas que no le has contado
flyer-todo-title = Qué hacer, paso a paso
flyer-todo = No borres nada con prisa | Pide ayuda desde un teléfono seguro | Apunta fechas y hechos | Prepara un plan con un servicio de apoyo
card-outside = Números útiles
card-inside-title = Si alguien te vigila o te amenaza
funding-statement = Con el apoyo financiero del Programa «Derechos, Igualdad y Ciudadanía» 2014–2020 de la Unión Europea
partner-blanquerna-role = Coordinación y apoyo científico
partner-kaspersky-role = Desarrollo del curso en línea y conocimiento técnico informático
partner-veneto-role = Campaña piloto y perspectiva de la administración pública
partner-unacasa-role = Formación de profesionales de servicios de apoyo a víctimas y de programas para agresores
partner-wwp-role = Difusión y conocimiento sobre violencia de género
helpline-antiviolence-name = Línea nacional contra la violencia y el acoso (stalking)
helpline-antiviolence-audience = Para cualquier persona que sufre violencia o acoso
helpline-emergency-name = Número europeo de emergencias
helpline-emergency-audience = Para situaciones de peligro inmediato
share-title = Stop stalkerware: nadie tiene derecho a espiarte
