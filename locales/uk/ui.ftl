# Faro interface strings shared by every campaign.
# A campaign can override any of them in campaigns/<id>/locales/<lang>/*.ftl.

## The language, named in itself (used by the language chooser and switcher)
language-name = Українська

## Skip links and quick exit
skip-to-content = Перейти до основного вмісту
exit-this-page = Покинути сторінку
exit-emergency = Терміново
exit-skip-link = Негайно покинути сторінку
exit-shift-hint = Або натисніть Shift тричі
exit-status-remaining = { $count ->
    [one] Натисніть Shift ще { $count } раз, щоб покинути сторінку.
    [few] Натисніть Shift ще { $count } рази, щоб покинути сторінку.
    [many] Натисніть Shift ще { $count } разів, щоб покинути сторінку.
   *[other] Натисніть Shift ще { $count } раза, щоб покинути сторінку.
}
exit-status-expired = Час минув. Натисніть Shift тричі поспіль, щоб покинути сторінку.
exit-status-exiting = Вихід зі сторінки.
exit-nav = Швидкий вихід

## Navigation and languages
nav-main = Головне меню
nav-menu-button = Меню
nav-footer = Докладніше про цей сайт
journeys-title = З чого почати
partners-title = Партнери
language-switcher = Мови
language-untranslated = ще не перекладено, відкриється головна сторінка
chooser-title = Виберіть мову
chooser-pages = { $count ->
    [one] { $count } сторінка
    [few] { $count } сторінки
    [many] { $count } сторінок
   *[other] { $count } сторінки
}
fallback-banner = Ця сторінка ще не перекладена вашою мовою. Нижче наведено оригінал ({ $original }).
review-notice-machine = Цю сторінку перекладено машинним способом, і носій мови її ще не перевірив.
review-notice-volunteer = Цей переклад ще не перевірив носій мови.
on-this-page = На цій сторінці
footnotes-heading = Джерела
back-to-top = Нагору

## Helplines
helplines-title = Вам можуть допомогти
help-now-title = Потрібна допомога просто зараз?
helpline-free = Безкоштовно
helpline-always-open = Цілодобово, без вихідних
helpline-anonymous = Анонімно
helpline-languages = Відповідають кількома мовами
helpline-call = Зателефонувати за номером { $number }
helpline-emergency = Вам загрожує безпосередня небезпека? Телефонуйте { $number }

## Footer
footer-privacy = Цей сайт не використовує файли cookie, нічого не зберігає на вашому пристрої та нічого не завантажує з інших сайтів.
eu-emblem-alt = Прапор Європейського Союзу

## Special pages
not-found-title = Сторінку не знайдено
not-found-text = Ця сторінка не існує або її переміщено.
not-found-home = Перейти на головну сторінку
draft-banner = Чернетка: не для публікації
print-unconfirmed = ЧЕРНЕТКА – не друкувати. Не підтверджено: { $values }
print-unconfirmed-item = { $setting ->
    [base_url] вебадреса { $value }
    [region] регіон { $value }
    [logo] логотип
    [partners] партнери
    [helplines] номери ліній допомоги { $value }
    [services] місцеві служби
   *[funding] зазначення фінансування ЄС
}
print-slug-draft = ЧЕРНЕТКА
error-title = Не вдалося створити попередній перегляд
error-hint = Виправте файл і збережіть його: сторінка перезавантажиться сама.

## Materials (print and share)
materials-title = Роздрукуйте й поширте
# The URL segment of the Materials page (lower-case letters, digits, hyphens).
materials-slug = materialy
materials-intro = Плакати, листівки й картки для гаманця, готові до друку, а також зображення для поширення. Мова: { $language }.
materials-download = Завантажити
materials-paper = Формат паперу
materials-file-size = Розмір файлу
materials-variant-print = Для друкарні: виліт 3 мм і мітки обрізу
materials-variant-office = Для офісного принтера
materials-post-text = Запропонований текст допису
materials-alt-text = Опис зображення (альтернативний текст)
materials-preview-alt = Попередній перегляд: { $name }
materials-service-intro = Плакати, листівка та кишенькова картка кампанії з номером, назвою та даними цієї місцевої служби поруч із національними гарячими лініями.
materials-service-phone = Телефон
materials-service-hours = Години роботи
materials-service-address = Адреса
materials-service-languages = Також
materials-services = Матеріали місцевих служб
share-unconfirmed = ЧЕРНЕТКА – поки не публікувати. Не підтверджено: { $values }
materials-unconfirmed = Ці файли – чернетки: деякі дані в них ще не підтверджено. Поки що не друкуйте й не публікуйте їх. Не підтверджено: { $values }.
asset-poster-a3 = Плакат A3
asset-poster-a4 = Плакат A4
asset-flyer-a5 = Листівка A5, двостороння
asset-wallet-card = Картка для гаманця, двостороння
asset-guidelines = Посібник із повторення кампанії, брошура A4
asset-social-square = Зображення для соцмереж, квадратне
asset-social-portrait = Зображення для соцмереж, вертикальне
asset-social-story = Зображення для соцмереж, формат сторіс
asset-og = Зображення для попереднього перегляду посилання
replication-kit = Набір для повторення кампанії: тека кампанії, готова до копіювання
print-scan-qr = Відскануйте, щоб дізнатися більше
print-local-service = Місцева служба
print-promoted-by = З ініціативи
print-contents = Зміст
# The guidelines booklet's pages to fill in by hand, which make up its
# count of pages to a multiple of four: a table of local contacts and
# ruled pages for notes.
print-local-contacts = Місцеві контакти
print-contact-service = Служба або організація
print-contact-phone = Телефон
print-contact-checked = Дата перевірки
print-notes = Нотатки
# After a link to a chapter of the same booklet: its page, abbreviated.
print-page-ref = с. { $page }
print-imprint-publisher = Видавець
print-imprint-edition = Видання
print-imprint-licence = Ліцензія тексту

## Discreet mode: a neutral page title
discreet-title = Нотатки
