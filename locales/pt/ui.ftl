# Faro interface strings shared by every campaign.
# A campaign can override any of them in campaigns/<id>/locales/<lang>/*.ftl.

## The language, named in itself (used by the language chooser and switcher)
language-name = Português

## Skip links and quick exit
skip-to-content = Saltar para o conteúdo principal
exit-this-page = Sair desta página
exit-emergency = Emergência
exit-skip-link = Sair desta página agora
exit-shift-hint = Ou prima a tecla Shift três vezes
exit-status-remaining = { $count ->
    [one] Prima Shift mais uma vez para sair desta página.
    [many] Prima Shift mais { $count } vezes para sair desta página.
   *[other] Prima Shift mais { $count } vezes para sair desta página.
}
exit-status-expired = Tempo esgotado. Prima Shift três vezes seguidas para sair desta página.
exit-status-exiting = A sair desta página.
exit-nav = Saída rápida

## Navigation and languages
nav-main = Menu principal
nav-menu-button = Menu
nav-footer = Mais sobre este site
journeys-title = Por onde começar
partners-title = Parceiros
language-switcher = Idiomas
language-untranslated = ainda não traduzida, abre a página inicial
chooser-title = Escolha o seu idioma
chooser-pages = { $count ->
    [one] { $count } página
    [many] { $count } páginas
   *[other] { $count } páginas
}
fallback-banner = Esta página ainda não está traduzida para a sua língua. Abaixo encontra o original ({ $original }).
review-notice-machine = Esta página foi traduzida automaticamente e ainda não foi revista por uma pessoa nativa.
review-notice-volunteer = Esta tradução ainda não foi revista por uma pessoa nativa.
on-this-page = Nesta página
footnotes-heading = Fontes
back-to-top = Voltar ao início

## Helplines
helplines-title = Há ajuda disponível
help-now-title = Precisa de ajuda agora?
helpline-free = Gratuito
helpline-always-open = 24 horas por dia, todos os dias
helpline-anonymous = Anónimo
helpline-languages = Atendimento em várias línguas
helpline-call = Ligar para o { $number }
helpline-emergency = Em perigo imediato? Ligue para o { $number }

## Footer
footer-privacy = Este site não usa cookies, não guarda nada no seu dispositivo e não carrega nada de outros sites.
eu-emblem-alt = Bandeira da União Europeia
# The EU's standard disclaimer for the publications it funds (the Rights, Equality
# and Citizenship Programme's wording), on the guidelines booklet's back cover
# when campaign.yaml says `funding: {emblem: eu}`. A campaign whose grant
# agreement words it otherwise overrides it in its campaign.ftl.
funding-disclaimer = O conteúdo desta publicação representa apenas as opiniões do autor, sendo da sua exclusiva responsabilidade. A Comissão Europeia não aceita qualquer responsabilidade pela utilização que possa ser feita das informações nela contidas.

## Special pages
not-found-title = Página não encontrada
not-found-text = Esta página não existe ou foi movida.
not-found-home = Ir para a página inicial
draft-banner = Rascunho: não publicar
print-unconfirmed = RASCUNHO – não imprimir. Por confirmar: { $values }
print-unconfirmed-item = { $setting ->
    [base_url] endereço web { $value }
    [region] região { $value }
    [logo] logótipo
    [partners] parceiros
    [helplines] números das linhas de apoio { $value }
    [services] serviços locais
   *[funding] menção do financiamento da UE
}
print-slug-draft = RASCUNHO
error-title = Não foi possível gerar a pré-visualização
error-hint = Corrija o ficheiro e guarde-o: esta página volta a carregar sozinha.

## Materials (print and share)
materials-title = Imprimir e partilhar
# The URL segment of the Materials page (lower-case letters, digits, hyphens).
materials-slug = materiais
materials-intro = Cartazes, folhetos e cartões de bolso prontos a imprimir, e imagens para partilhar, em { $language }.
materials-download = Descarregar
materials-paper = Tamanho do papel
materials-file-size = Tamanho do ficheiro
materials-variant-print = Para uma gráfica: sangria de 3 mm e marcas de corte
materials-variant-office = Para uma impressora de escritório
materials-post-text = Texto sugerido para a publicação
materials-alt-text = Descrição da imagem (texto alternativo)
materials-preview-alt = Pré-visualização: { $name }
materials-service-intro = Os cartazes, o folheto e o cartão de bolso da campanha com o número, o nome e os contactos deste serviço local ao lado das linhas nacionais.
materials-service-phone = Telefone
materials-service-hours = Horário
materials-service-address = Morada
materials-service-languages = Também em
materials-services = Materiais dos serviços locais
share-unconfirmed = RASCUNHO – não publicar ainda. Por confirmar: { $values }
materials-unconfirmed = Estes ficheiros são rascunhos: alguns dados que contêm ainda não estão confirmados. Não os imprima nem publique por enquanto. Por confirmar: { $values }.
asset-poster-a3 = Cartaz A3
asset-poster-a4 = Cartaz A4
asset-flyer-a5 = Folheto A5, frente e verso
asset-wallet-card = Cartão de bolso, frente e verso
asset-guidelines = Guia para replicar a campanha, brochura A4
asset-social-square = Imagem para redes sociais, quadrada
asset-social-portrait = Imagem para redes sociais, vertical
asset-social-story = Imagem para redes sociais, formato story
asset-og = Imagem de pré-visualização de ligação
replication-kit = Kit para replicar a campanha: a pasta da campanha, pronta a copiar
print-scan-qr = Leia o código para saber mais
print-local-service = Serviço local
print-promoted-by = Promovido por
print-contents = Índice
# The guidelines booklet's pages to fill in by hand, which make up its
# count of pages to a multiple of four: a table of local contacts and
# ruled pages for notes.
print-local-contacts = Contactos locais
print-contact-service = Serviço ou organização
print-contact-phone = Telefone
print-contact-checked = Data da verificação
print-notes = Notas
# After a link to a chapter of the same booklet: its page, abbreviated.
print-page-ref = p. { $page }
print-imprint-publisher = Editor
print-imprint-edition = Edição
print-imprint-licence = Licença do texto

## Discreet mode: a neutral page title
discreet-title = Notas
