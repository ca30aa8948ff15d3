# Faro interface strings shared by every campaign.
# A campaign can override any of them in campaigns/<id>/locales/<lang>/*.ftl.

## The language, named in itself (used by the language chooser and switcher)
language-name = Русский

## Skip links and quick exit
skip-to-content = Перейти к основному содержанию
exit-this-page = Покинуть страницу
exit-emergency = Срочно
exit-skip-link = Немедленно покинуть страницу
exit-shift-hint = Или нажмите Shift три раза
exit-status-remaining = { $count ->
    [one] Нажмите Shift ещё { $count } раз, чтобы покинуть страницу.
    [few] Нажмите Shift ещё { $count } раза, чтобы покинуть страницу.
    [many] Нажмите Shift ещё { $count } раз, чтобы покинуть страницу.
   *[other] Нажмите Shift ещё { $count } раза, чтобы покинуть страницу.
}
exit-status-expired = Время вышло. Нажмите Shift три раза подряд, чтобы покинуть страницу.
exit-status-exiting = Выход со страницы.
exit-nav = Быстрый выход

## Navigation and languages
nav-main = Главное меню
nav-menu-button = Меню
nav-footer = Подробнее об этом сайте
journeys-title = С чего начать
partners-title = Партнёры
language-switcher = Языки
language-untranslated = ещё не переведено, откроется главная страница
chooser-title = Выберите язык
chooser-pages = { $count ->
    [one] { $count } страница
    [few] { $count } страницы
    [many] { $count } страниц
   *[other] { $count } страницы
}
fallback-banner = Эта страница ещё не переведена на ваш язык. Ниже приведён оригинал ({ $original }).
review-notice-machine = Эта страница переведена машинным способом и ещё не проверена носителем языка.
review-notice-volunteer = Этот перевод ещё не проверен носителем языка.
on-this-page = На этой странице
footnotes-heading = Источники
back-to-top = Наверх

## Helplines
helplines-title = Вам могут помочь
help-now-title = Вам нужна помощь прямо сейчас?
helpline-free = Бесплатно
helpline-always-open = Круглосуточно, без выходных
helpline-anonymous = Анонимно
helpline-languages = Отвечают на нескольких языках
helpline-call = Позвонить по номеру { $number }
helpline-emergency = Вам угрожает непосредственная опасность? Звоните { $number }

## Footer
footer-privacy = Этот сайт не использует файлы cookie, ничего не сохраняет на вашем устройстве и ничего не загружает с других сайтов.
eu-emblem-alt = Флаг Европейского союза

## Special pages
not-found-title = Страница не найдена
not-found-text = Этой страницы не существует, или она была перемещена.
not-found-home = Перейти на главную страницу
draft-banner = Черновик: не для публикации
print-unconfirmed = ЧЕРНОВИК – не печатать. Не подтверждено: { $values }
print-unconfirmed-item = { $setting ->
    [base_url] веб-адрес { $value }
    [region] регион { $value }
    [logo] логотип
    [partners] партнёры
    [helplines] номера телефонов доверия { $value }
    [services] местные службы
   *[funding] указание на финансирование ЕС
}
print-slug-draft = ЧЕРНОВИК
error-title = Не удалось создать предварительный просмотр
error-hint = Исправьте файл и сохраните его: страница перезагрузится сама.

## Materials (print and share)
materials-title = Распечатайте и поделитесь
# The URL segment of the Materials page (lower-case letters, digits, hyphens).
materials-slug = materialy
materials-intro = Плакаты, листовки и карточки для кошелька, готовые к печати, и изображения для публикации. Язык: { $language }.
materials-download = Скачать
materials-paper = Формат бумаги
materials-file-size = Размер файла
materials-variant-print = Для типографии: вылеты 3 мм и метки обреза
materials-variant-office = Для офисного принтера
materials-post-text = Предлагаемый текст публикации
materials-alt-text = Описание изображения (альтернативный текст)
materials-preview-alt = Предварительный просмотр: { $name }
materials-service-intro = Плакаты, листовка и карманная карточка кампании с номером, названием и данными этой местной службы рядом с национальными линиями.
materials-service-phone = Телефон
materials-service-hours = Часы работы
materials-service-address = Адрес
materials-service-languages = Также на
materials-services = Материалы местных служб
share-unconfirmed = ЧЕРНОВИК – пока не публиковать. Не подтверждено: { $values }
materials-unconfirmed = Эти файлы – черновики: некоторые данные в них ещё не подтверждены. Пока не печатайте и не публикуйте их. Не подтверждено: { $values }.
asset-poster-a3 = Плакат A3
asset-poster-a4 = Плакат A4
asset-flyer-a5 = Листовка A5, двусторонняя
asset-wallet-card = Карточка для кошелька, двусторонняя
asset-guidelines = Руководство по повторению кампании, брошюра A4
asset-social-square = Изображение для соцсетей, квадратное
asset-social-portrait = Изображение для соцсетей, вертикальное
asset-social-story = Изображение для соцсетей, формат сторис
asset-og = Изображение для предпросмотра ссылки
replication-kit = Комплект для повторения кампании: папка кампании, готовая к копированию
print-scan-qr = Отсканируйте, чтобы узнать больше
print-local-service = Местная служба
print-promoted-by = По инициативе
print-contents = Содержание
# The guidelines booklet's pages to fill in by hand, which make up its
# count of pages to a multiple of four: a table of local contacts and
# ruled pages for notes.
print-local-contacts = Местные контакты
print-contact-service = Служба или организация
print-contact-phone = Телефон
print-contact-checked = Дата проверки
print-notes = Заметки
# After a link to a chapter of the same booklet: its page, abbreviated.
print-page-ref = с. { $page }
print-imprint-publisher = Издатель
print-imprint-edition = Издание
print-imprint-licence = Лицензия текста

## Discreet mode: a neutral page title
discreet-title = Заметки
