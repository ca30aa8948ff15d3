### faro-translated-from: b3213cc3be4c
### faro-review: machine
# Short strings for the Veneto campaign (Ukrainian).
# Used by the site, posters, flyers, wallet cards and social images.

## Campaign
campaign-name = Зупинімо сталкерське ПЗ – Венето
# The region's name in this language: `faro fork` lists every mention of it in a fork.
campaign-region = Венето
campaign-tagline = Ніхто не має права шпигувати за вашим телефоном: розпізнайте сталкерське ПЗ і безпечно отримайте допомогу.
# One sentence, in this language, saying what the site is (the root language chooser).
campaign-about = Сайт області Венето проти сталкерського ПЗ: як розпізнати застосунки, що шпигують за телефоном, і де безпечно отримати допомогу.

## Poster
poster-headline = Ваш телефон належить вам
poster-message = Якщо хтось таємно стежить за вашим телефоном, ви в цьому не винні: ви можете звернутися по допомогу, і це безпечно.
poster-cta = Телефонуйте 1522: безкоштовно, цілодобово

## Flyer
flyer-signs-title = Тривожні ознаки
flyer-signs = Батарея швидко сідає | Телефон гріється, коли ним не користуються | Трафік зростає без причини | Застосунки чи налаштування, яких ви не знаєте | Людина знає те, чого ви їй ніколи не казали
flyer-todo-title = Що можна зробити безпечно
flyer-todo = Не поспішайте видаляти застосунок | Користуйтеся пристроєм, до якого ця людина не мала доступу | Записуйте дати й події в безпечному місці | Складіть план безпеки разом зі службою підтримки

## Wallet card
card-outside = Корисні номери
card-inside-title = Якщо ви відчуваєте стеження чи загрозу

## Funding and partners
funding-statement = За фінансової підтримки програми Європейського Союзу «Права, рівність і громадянство» 2014–2020
# The EU's standard disclaimer for funded publications (REC 2014–2020), on the guidelines booklet's back cover.
funding-disclaimer = Зміст цієї публікації відображає лише погляди автора, який несе за нього виключну відповідальність. Європейська комісія не несе жодної відповідальності за будь-яке використання інформації, що міститься в ній.
partner-blanquerna-role = Координація та наукова підтримка
partner-kaspersky-role = Розробка онлайн-курсу та експертиза з ІТ-змісту
partner-veneto-role = Пілотна кампанія та погляд органу публічної влади
partner-unacasa-role = Навчання фахівців служб підтримки постраждалих і програм для кривдників
partner-wwp-role = Поширення інформації та знання про гендерно зумовлене насильство

## Helplines
helpline-antiviolence-name = Національна лінія проти насильства та переслідування
helpline-antiviolence-audience = Для всіх, хто зазнає насильства чи переслідування
helpline-emergency-name = Єдиний європейський номер екстреної допомоги
helpline-emergency-audience = Якщо вам загрожує безпосередня небезпека

## Sharing
share-title = Зупинімо сталкерське ПЗ: ніхто не має права шпигувати за вами
