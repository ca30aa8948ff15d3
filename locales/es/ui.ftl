# Faro interface strings shared by every campaign.
# A campaign can override any of them in campaigns/<id>/locales/<lang>/*.ftl.

## The language, named in itself (used by the language chooser and switcher)
language-name = Español

## Skip links and quick exit
skip-to-content = Ir al contenido principal
exit-this-page = Salir de esta página
exit-emergency = Emergencia
exit-skip-link = Salir de esta página ahora
exit-shift-hint = O pulsa la tecla Mayús tres veces
exit-status-remaining = { $count ->
    [one] Pulsa Mayús una vez más para salir de esta página.
    [many] Pulsa Mayús { $count } veces más para salir de esta página.
   *[other] Pulsa Mayús { $count } veces más para salir de esta página.
}
exit-status-expired = Se acabó el tiempo. Pulsa Mayús tres veces seguidas para salir de esta página.
exit-status-exiting = Saliendo de esta página.
exit-nav = Salida rápida

## Navigation and languages
nav-main = Menú principal
nav-menu-button = Menú
nav-footer = Más sobre este sitio
journeys-title = Por dónde empezar
partners-title = Socios
language-switcher = Idiomas
language-untranslated = aún sin traducir, abre la página de inicio
chooser-title = Elige tu idioma
chooser-pages = { $count ->
    [one] { $count } página
    [many] { $count } páginas
   *[other] { $count } páginas
}
fallback-banner = Esta página aún no está traducida a tu idioma. A continuación tienes el original ({ $original }).
review-notice-machine = Esta página se ha traducido automáticamente y aún no la ha revisado una persona nativa.
review-notice-volunteer = Esta traducción aún no la ha revisado una persona nativa.
on-this-page = En esta página
footnotes-heading = Fuentes
back-to-top = Volver arriba

## Helplines
helplines-title = Hay ayuda
help-now-title = ¿Necesitas ayuda ahora?
helpline-free = Gratuito
helpline-always-open = 24 horas al día, todos los días
helpline-anonymous = Anónimo
helpline-languages = Atención en varios idiomas
helpline-call = Llamar al { $number }
helpline-emergency = ¿Estás en peligro inmediato? Llama al { $number }

## Footer
footer-privacy = Este sitio no usa cookies, no guarda nada en tu dispositivo y no carga nada de otros sitios web.
eu-emblem-alt = Bandera de la Unión Europea
# The EU's standard disclaimer for the publications it funds (the Rights, Equality
# and Citizenship Programme's wording), on the guidelines booklet's back cover
# when campaign.yaml says `funding: {emblem: eu}`. A campaign whose grant
# agreement words it otherwise overrides it in its campaign.ftl.
funding-disclaimer = El contenido de esta publicación representa únicamente las opiniones del autor, que es el único responsable de él. La Comisión Europea no acepta ninguna responsabilidad por el uso que pueda hacerse de la información que contiene.

## Special pages
not-found-title = Página no encontrada
not-found-text = Esta página no existe o se ha movido.
not-found-home = Ir a la página de inicio
draft-banner = Borrador: no publicar
print-unconfirmed = BORRADOR – no imprimir. Sin confirmar: { $values }
print-unconfirmed-item = { $setting ->
    [base_url] dirección web { $value }
    [region] región { $value }
    [logo] logotipo
    [partners] socios
    [helplines] números de las líneas de ayuda { $value }
    [services] servicios locales
   *[funding] mención de la financiación de la UE
}
print-slug-draft = BORRADOR
error-title = No se ha podido generar la vista previa
error-hint = Corrige el archivo y guárdalo: esta página se recargará sola.

## Materials (print and share)
materials-title = Imprimir y compartir
# The URL segment of the Materials page (lower-case letters, digits, hyphens).
materials-slug = materiales
materials-intro = Carteles, folletos y tarjetas de bolsillo listos para imprimir, e imágenes para compartir, en { $language }.
materials-download = Descargar
materials-paper = Tamaño del papel
materials-file-size = Tamaño del archivo
materials-variant-print = Para imprenta: 3 mm de sangrado y marcas de corte
materials-variant-office = Para una impresora de oficina
materials-post-text = Texto sugerido para la publicación
materials-alt-text = Descripción de la imagen (texto alternativo)
materials-preview-alt = Vista previa: { $name }
materials-service-intro = Los carteles, el folleto y la tarjeta de bolsillo de la campaña con el número, el nombre y los datos de este servicio local junto a las líneas nacionales.
materials-service-phone = Teléfono
materials-service-hours = Horario
materials-service-address = Dirección
materials-service-languages = También en
materials-services = Materiales de los servicios locales
share-unconfirmed = BORRADOR – no publicar todavía. Sin confirmar: { $values }
materials-unconfirmed = Estos archivos son borradores: algunos datos que contienen aún no están confirmados. Todavía no deben imprimirse ni publicarse. Sin confirmar: { $values }.
asset-poster-a3 = Cartel A3
asset-poster-a4 = Cartel A4
asset-flyer-a5 = Folleto A5, a doble cara
asset-wallet-card = Tarjeta de bolsillo, a doble cara
asset-guidelines = Guía para replicar la campaña, cuadernillo A4
asset-social-square = Imagen para redes sociales, cuadrada
asset-social-portrait = Imagen para redes sociales, vertical
asset-social-story = Imagen para redes sociales, formato historia
asset-og = Imagen de vista previa del enlace
replication-kit = Kit para replicar la campaña: la carpeta de la campaña, lista para copiar
print-scan-qr = Escanea para más información
print-local-service = Servicio local
print-promoted-by = Promovido por
print-contents = Índice
# The guidelines booklet's pages to fill in by hand, which make up its
# count of pages to a multiple of four: a table of local contacts and
# ruled pages for notes.
print-local-contacts = Contactos locales
print-contact-service = Servicio u organización
print-contact-phone = Teléfono
print-contact-checked = Fecha de comprobación
print-notes = Notas
# After a link to a chapter of the same booklet: its page, abbreviated.
print-page-ref = pág. { $page }
print-imprint-publisher = Editor
print-imprint-edition = Edición
print-imprint-licence = Licencia del texto

## Discreet mode: a neutral page title
discreet-title = Notas
