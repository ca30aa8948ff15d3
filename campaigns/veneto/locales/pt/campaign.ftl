campaign-name = Stop stalkerware – Véneto
# The region's name in this language: `faro fork` lists every mention of it in a fork.
campaign-region = Véneto
campaign-tagline = Ninguém tem o direito de espiar o seu telemóvel: informação e apoio contra o stalkerware e a ciberviolência de género.
# One sentence, in this language, saying what the site is (the root language chooser).
campaign-about = O site da Região do Véneto contra o stalkerware: como reconhecer as aplicações que espiam um telemóvel e onde pedir ajuda em segurança.
poster-headline = O seu telemóvel é só seu
poster-message = Se alguém controla o seu telemóvel sem autorização, isso não é amor nem é culpa sua: há apoio.
poster-cta = Ligue para o 1522: gratuito, 24 horas por dia
flyer-signs-title = Sinais de alerta
flyer-signs = A bateria gasta-se muito depressa | O telemóvel aquece sem estar a ser usado | Há aplicações ou definições que não reconhece | Gasta mais dados do que o normal | Alguém sabe coisas que não lhe contou
flyer-todo-title = O que fazer, passo a passo
flyer-todo = Não apague nada à pressa | Peça ajuda a partir de um telefone seguro | Anote datas e factos | Prepare um plano com um serviço de apoio
card-outside = Números úteis
card-inside-title = Em caso de vigilância ou ameaça
funding-statement = Com o apoio financeiro do Programa «Direitos, Igualdade e Cidadania» 2014–2020 da União Europeia
partner-blanquerna-role = Coordenação e apoio científico
partner-kaspersky-role = Desenvolvimento do curso online e conhecimento técnico informático
partner-veneto-role = Campanha-piloto e perspetiva da administração pública
partner-unacasa-role = Formação de profissionais dos serviços de apoio à vítima e dos programas para agressores
partner-wwp-role = Divulgação e conhecimento sobre violência de género
helpline-antiviolence-name = Linha nacional contra a violência e a perseguição (stalking)
helpline-antiviolence-audience = Para qualquer pessoa que sofra violência ou perseguição
helpline-emergency-name = Número europeu de emergência
helpline-emergency-audience = Para situações de perigo imediato
# The Italian says "nobody has the right to spy on you"; "o seu telemóvel" (your phone), as in the
# tagline, since the formal address has no object pronoun for "you" that is not masculine or feminine.
share-title = Stop stalkerware: ninguém tem o direito de espiar o seu telemóvel
