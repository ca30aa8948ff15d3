# Faro interface strings shared by every campaign.
# A campaign can override any of them in campaigns/<id>/locales/<lang>/*.ftl.

## The language, named in itself (used by the language chooser and switcher)
language-name = Български

## Skip links and quick exit
skip-to-content = Към основното съдържание
exit-this-page = Напуснете страницата
exit-emergency = Спешен случай
exit-skip-link = Напуснете страницата веднага
exit-shift-hint = Или натиснете Shift три пъти
exit-status-remaining = { $count ->
    [one] Натиснете Shift още веднъж, за да напуснете страницата.
   *[other] Натиснете Shift още { $count } пъти, за да напуснете страницата.
}
exit-status-expired = Времето изтече. Натиснете Shift три пъти подред, за да напуснете страницата.
exit-status-exiting = Напускане на страницата.
exit-nav = Бърз изход

## Navigation and languages
nav-main = Главно меню
nav-menu-button = Меню
nav-footer = Повече за сайта
journeys-title = Откъде да започнете
partners-title = Партньори
language-switcher = Езици
language-untranslated = все още не е преведена, отваря началната страница
chooser-title = Изберете език
chooser-pages = { $count ->
    [one] { $count } страница
   *[other] { $count } страници
}
fallback-banner = Тази страница все още не е преведена на вашия език. По-долу е оригиналът ({ $original }).
review-notice-machine = Тази страница е преведена машинно и все още не е прегледана от носител на езика.
review-notice-volunteer = Този превод все още не е прегледан от носител на езика.
on-this-page = На тази страница
footnotes-heading = Източници
back-to-top = Към началото

## Helplines
helplines-title = Има помощ
help-now-title = Нуждаете ли се от помощ сега?
helpline-free = Безплатно
helpline-always-open = 24 часа в денонощието, всеки ден
helpline-anonymous = Анонимно
helpline-languages = Отговарят на няколко езика
helpline-call = Обадете се на { $number }
helpline-emergency = В непосредствена опасност ли сте? Обадете се на { $number }

## Footer
footer-privacy = Този сайт не използва бисквитки, не съхранява нищо на устройството ви и не зарежда нищо от други сайтове.
eu-emblem-alt = Знаме на Европейския съюз

## Special pages
not-found-title = Страницата не е намерена
not-found-text = Тази страница не съществува или е преместена.
not-found-home = Към началната страница
draft-banner = Чернова: не е за публикуване
print-unconfirmed = ЧЕРНОВА – да не се печата. Непотвърдено: { $values }
print-unconfirmed-item = { $setting ->
    [base_url] уеб адрес { $value }
    [region] регион { $value }
    [logo] лого
    [partners] партньори
    [helplines] номера на телефоните за помощ { $value }
    [services] местни служби
   *[funding] информация за финансирането от ЕС
}
print-slug-draft = ЧЕРНОВА
error-title = Визуализацията не можа да бъде създадена
error-hint = Поправете файла и го запазете: страницата ще се презареди сама.

## Materials (print and share)
materials-title = Отпечатайте и споделете
# The URL segment of the Materials page (lower-case letters, digits, hyphens).
materials-slug = materiali
materials-intro = Плакати, листовки и картички за портфейл, готови за печат, и изображения за споделяне на { $language }.
materials-download = Изтегляне
materials-paper = Размер на хартията
materials-file-size = Размер на файла
materials-variant-print = За печатница: 3 мм обрез и маркери за рязане
materials-variant-office = За офис принтер
materials-post-text = Предложен текст за публикацията
materials-alt-text = Описание на изображението (алтернативен текст)
materials-preview-alt = Визуализация: { $name }
materials-service-intro = Плакатите, дипляната и джобната карта на кампанията с номера, името и данните на тази местна служба до националните линии.
materials-service-phone = Телефон
materials-service-hours = Работно време
materials-service-address = Адрес
materials-service-languages = Също на
materials-services = Материали на местните служби
share-unconfirmed = ЧЕРНОВА – да не се публикува още. Непотвърдено: { $values }
materials-unconfirmed = Тези файлове са чернови: някои данни в тях още не са потвърдени. Засега не ги отпечатвайте и не ги публикувайте. Непотвърдено: { $values }.
asset-poster-a3 = Плакат A3
asset-poster-a4 = Плакат A4
asset-flyer-a5 = Листовка A5, двустранна
asset-wallet-card = Картичка за портфейл, двустранна
asset-guidelines = Насоки за повторение на кампанията, брошура A4
asset-social-square = Изображение за социални мрежи, квадратно
asset-social-portrait = Изображение за социални мрежи, вертикално
asset-social-story = Изображение за социални мрежи, история
asset-og = Изображение за визуализация на връзката
replication-kit = Комплект за повторение на кампанията: папката на кампанията, готова за копиране
print-scan-qr = Сканирайте за повече информация
print-local-service = Местна служба
print-promoted-by = По инициатива на
print-contents = Съдържание
# The guidelines booklet's pages to fill in by hand, which make up its
# count of pages to a multiple of four: a table of local contacts and
# ruled pages for notes.
print-local-contacts = Местни контакти
print-contact-service = Служба или организация
print-contact-phone = Телефон
print-contact-checked = Дата на проверка
print-notes = Бележки
# After a link to a chapter of the same booklet: its page, abbreviated.
print-page-ref = с. { $page }
print-imprint-publisher = Издател
print-imprint-edition = Издание
print-imprint-licence = Лиценз на текста

## Discreet mode: a neutral page title
discreet-title = Бележки
