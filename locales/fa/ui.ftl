# Faro interface strings shared by every campaign.
# A campaign can override any of them in campaigns/<id>/locales/<lang>/*.ftl.

## The language, named in itself (used by the language chooser and switcher)
language-name = فارسی

## Skip links and quick exit
skip-to-content = رفتن به محتوای اصلی
exit-this-page = خروج از این صفحه
exit-emergency = اضطراری
exit-skip-link = همین حالا از این صفحه خارج شوید
exit-shift-hint = یا سه بار کلید Shift را فشار دهید
exit-status-remaining = { $count ->
    [one] برای خروج از این صفحه، یک بار دیگر Shift را فشار دهید.
   *[other] برای خروج از این صفحه، { $count } بار دیگر Shift را فشار دهید.
}
exit-status-expired = زمان تمام شد. برای خروج از این صفحه، سه بار پشت سر هم Shift را فشار دهید.
exit-status-exiting = در حال خروج از این صفحه.
exit-nav = خروج سریع

## Navigation and languages
nav-main = منوی اصلی
nav-menu-button = منو
nav-footer = دربارهٔ این وب‌سایت
journeys-title = از کجا شروع کنید
partners-title = شرکا
language-switcher = زبان‌ها
language-untranslated = هنوز ترجمه نشده است، صفحهٔ اصلی باز می‌شود
chooser-title = زبان خود را انتخاب کنید
chooser-pages = { $count ->
    [one] { $count } صفحه
   *[other] { $count } صفحه
}
fallback-banner = این صفحه هنوز به زبان شما ترجمه نشده است. متن اصلی ({ $original }) در ادامه آمده است.
review-notice-machine = این صفحه با ماشین ترجمه شده و هنوز یک گویشور بومی آن را بازبینی نکرده است.
review-notice-volunteer = این ترجمه هنوز توسط یک گویشور بومی بازبینی نشده است.
on-this-page = در این صفحه
footnotes-heading = منابع
back-to-top = بازگشت به بالا

## Helplines
helplines-title = کمک در دسترس است
help-now-title = همین حالا به کمک نیاز دارید؟
helpline-free = رایگان
helpline-always-open = شبانه‌روزی، همهٔ روزهای هفته
helpline-anonymous = ناشناس
helpline-languages = پاسخ‌گویی به چند زبان
helpline-call = تماس با { $number }
helpline-emergency = در خطر فوری هستید؟ با { $number } تماس بگیرید

## Footer
footer-privacy = این وب‌سایت هیچ کوکی‌ای قرار نمی‌دهد، چیزی روی دستگاه شما ذخیره نمی‌کند و چیزی از وب‌سایت‌های دیگر بارگیری نمی‌کند.
eu-emblem-alt = پرچم اتحادیهٔ اروپا

## Special pages
not-found-title = صفحه پیدا نشد
not-found-text = این صفحه وجود ندارد یا جابه‌جا شده است.
not-found-home = رفتن به صفحهٔ اصلی
draft-banner = پیش‌نویس: برای انتشار نیست
print-unconfirmed = پیش‌نویس – چاپ نشود. تأییدنشده: { $values }
print-unconfirmed-item = { $setting ->
    [base_url] نشانی وب { $value }
    [region] منطقه { $value }
    [logo] لوگو
    [partners] شرکا
    [helplines] شماره‌های خطوط کمک { $value }
    [services] خدمات محلی
   *[funding] اعلام تأمین مالی اتحادیهٔ اروپا
}
print-slug-draft = پیش‌نویس
error-title = پیش‌نمایش ساخته نشد
error-hint = پرونده را اصلاح و ذخیره کنید: این صفحه خودبه‌خود دوباره بارگیری می‌شود.

## Materials (print and share)
materials-title = چاپ و هم‌رسانی
# The URL segment of the Materials page (lower-case letters, digits, hyphens).
materials-slug = mavad
materials-intro = پوستر، بروشور و کارت جیبی آمادهٔ چاپ، و تصویرهایی برای هم‌رسانی، به زبان { $language }.
materials-download = بارگیری
materials-paper = اندازهٔ کاغذ
materials-file-size = حجم پرونده
materials-variant-print = برای چاپخانه: ۳ میلی‌متر حاشیهٔ برش و علامت‌های برش
materials-variant-office = برای چاپگر اداری
materials-post-text = متن پیشنهادی برای پست
materials-alt-text = توضیح تصویر (متن جایگزین)
materials-preview-alt = پیش‌نمایش: { $name }
materials-service-intro = پوسترها، بروشور و کارت جیبی کمپین با شماره، نام و مشخصات این خدمت محلی در کنار خطوط ملی.
materials-service-phone = تلفن
materials-service-hours = ساعات کاری
materials-service-address = نشانی
materials-service-languages = همچنین به
materials-services = مواد خدمات محلی
share-unconfirmed = پیش‌نویس – هنوز منتشر نشود. تأییدنشده: { $values }
materials-unconfirmed = این فایل‌ها پیش‌نویس‌اند: برخی از اطلاعات آن‌ها هنوز تأیید نشده است. فعلاً آن‌ها را چاپ یا منتشر نکنید. تأییدنشده: { $values }.
asset-poster-a3 = پوستر A3
asset-poster-a4 = پوستر A4
asset-flyer-a5 = بروشور A5، دورو
asset-wallet-card = کارت جیبی، دورو
asset-guidelines = راهنمای اجرای دوبارهٔ کارزار، کتابچهٔ A4
asset-social-square = تصویر برای شبکه‌های اجتماعی، مربع
asset-social-portrait = تصویر برای شبکه‌های اجتماعی، عمودی
asset-social-story = تصویر برای شبکه‌های اجتماعی، استوری
asset-og = تصویر پیش‌نمایش پیوند
replication-kit = بستهٔ اجرای دوباره: پوشهٔ کارزار، آمادهٔ کپی
print-scan-qr = برای اطلاعات بیشتر اسکن کنید
print-local-service = خدمات محلی
print-promoted-by = به ابتکار
print-contents = فهرست مطالب
# The guidelines booklet's pages to fill in by hand, which make up its
# count of pages to a multiple of four: a table of local contacts and
# ruled pages for notes.
print-local-contacts = تماس‌های محلی
print-contact-service = خدمت یا سازمان
print-contact-phone = تلفن
print-contact-checked = تاریخ بررسی
print-notes = یادداشت‌ها
# After a link to a chapter of the same booklet: its page, abbreviated.
print-page-ref = ص { $page }
print-imprint-publisher = ناشر
print-imprint-edition = ویرایش
print-imprint-licence = مجوز متن

## Discreet mode: a neutral page title
discreet-title = یادداشت‌ها
