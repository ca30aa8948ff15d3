# Faro interface strings shared by every campaign.
# A campaign can override any of them in campaigns/<id>/locales/<lang>/*.ftl.

## The language, named in itself (used by the language chooser and switcher)
language-name = العربية

## Skip links and quick exit
skip-to-content = الانتقال إلى المحتوى الرئيسي
exit-this-page = الخروج من هذه الصفحة
exit-emergency = طوارئ
exit-skip-link = الخروج من هذه الصفحة فورًا
exit-shift-hint = أو يمكنك الضغط على مفتاح Shift ثلاث مرات
exit-status-remaining = { $count ->
    [zero] جارٍ الخروج من هذه الصفحة.
    [one] يُرجى الضغط على Shift مرة أخرى للخروج من هذه الصفحة.
    [two] يُرجى الضغط على Shift مرتين أخريين للخروج من هذه الصفحة.
    [few] يُرجى الضغط على Shift { $count } مرات أخرى للخروج من هذه الصفحة.
    [many] يُرجى الضغط على Shift { $count } مرة أخرى للخروج من هذه الصفحة.
   *[other] يُرجى الضغط على Shift { $count } مرة أخرى للخروج من هذه الصفحة.
}
exit-status-expired = انتهت المهلة. يُرجى الضغط على Shift ثلاث مرات متتالية للخروج من هذه الصفحة.
exit-status-exiting = جارٍ الخروج من هذه الصفحة.
exit-nav = خروج سريع

## Navigation and languages
nav-main = القائمة الرئيسية
nav-menu-button = القائمة
nav-footer = المزيد عن هذا الموقع
journeys-title = من أين تبدأ
partners-title = الشركاء
language-switcher = اللغات
language-untranslated = لم تُترجم بعد، ستُفتح الصفحة الرئيسية
chooser-title = اختيار اللغة
chooser-pages = { $count ->
    [zero] لا توجد صفحات
    [one] صفحة واحدة
    [two] صفحتان
    [few] { $count } صفحات
    [many] { $count } صفحة
   *[other] { $count } صفحة
}
fallback-banner = لم تُترجم هذه الصفحة إلى لغتك بعد. في ما يلي النص الأصلي ({ $original }).
review-notice-machine = تُرجمت هذه الصفحة آليًا ولم يراجعها بعد متحدث أصلي للغة.
review-notice-volunteer = لم يراجع هذه الترجمة بعد متحدث أصلي للغة.
on-this-page = في هذه الصفحة
footnotes-heading = المصادر
back-to-top = العودة إلى الأعلى

## Helplines
helplines-title = المساعدة متاحة
help-now-title = هل تحتاج إلى مساعدة الآن؟
helpline-free = مجاني
helpline-always-open = على مدار الساعة، طوال أيام الأسبوع
helpline-anonymous = دون الكشف عن الهوية
helpline-languages = الرد بعدة لغات
helpline-call = الاتصال بالرقم { $number }
helpline-emergency = في خطر مباشر؟ يُرجى الاتصال بالرقم { $number }

## Footer
footer-privacy = لا يضع هذا الموقع أي ملفات تعريف ارتباط، ولا يخزّن أي شيء على جهازك، ولا يحمّل أي شيء من مواقع أخرى.
eu-emblem-alt = علم الاتحاد الأوروبي

## Special pages
not-found-title = الصفحة غير موجودة
not-found-text = هذه الصفحة غير موجودة أو نُقلت إلى مكان آخر.
not-found-home = الانتقال إلى الصفحة الرئيسية
draft-banner = مسودة: ليست للنشر
print-unconfirmed = مسودة – لا تُطبع. غير مؤكَّد: { $values }
print-unconfirmed-item = { $setting ->
    [base_url] عنوان الموقع { $value }
    [region] المنطقة { $value }
    [logo] الشعار
    [partners] الشركاء
    [helplines] أرقام خطوط المساعدة { $value }
    [services] الخدمات المحلية
   *[funding] بيان تمويل الاتحاد الأوروبي
}
print-slug-draft = مسودة
error-title = تعذّر إنشاء المعاينة
error-hint = يُرجى تصحيح الملف وحفظه: سيُعاد تحميل هذه الصفحة تلقائيًا.

## Materials (print and share)
materials-title = الطباعة والمشاركة
# The URL segment of the Materials page (lower-case letters, digits, hyphens).
materials-slug = mawad
materials-intro = ملصقات ومنشورات وبطاقات جيب جاهزة للطباعة، وصور للمشاركة، باللغة { $language }.
materials-download = تنزيل
materials-paper = حجم الورق
materials-file-size = حجم الملف
materials-variant-print = للمطبعة: هامش قص 3 مم وعلامات القص
materials-variant-office = لطابعة مكتبية
materials-post-text = نص مقترح للمنشور
materials-alt-text = وصف الصورة (نص بديل)
materials-preview-alt = معاينة: { $name }
materials-service-intro = ملصقات الحملة ومنشورها وبطاقة الجيب مع رقم هذه الخدمة المحلية واسمها وبياناتها إلى جانب خطوط المساعدة الوطنية.
materials-service-phone = الهاتف
materials-service-hours = ساعات العمل
materials-service-address = العنوان
materials-service-languages = متوفر أيضًا بـ
materials-services = مواد الخدمات المحلية
share-unconfirmed = مسودة – لا تُنشر بعد. غير مؤكَّد: { $values }
materials-unconfirmed = هذه الملفات مسودات: بعض ما تعرضه من بيانات لم يُؤكَّد بعد. لا تطبعها ولا تنشرها الآن. غير مؤكَّد: { $values }.
asset-poster-a3 = ملصق A3
asset-poster-a4 = ملصق A4
asset-flyer-a5 = منشور A5، على الوجهين
asset-wallet-card = بطاقة جيب، على الوجهين
asset-guidelines = دليل إعادة تنفيذ الحملة، كتيّب A4
asset-social-square = صورة لوسائل التواصل الاجتماعي، مربعة
asset-social-portrait = صورة لوسائل التواصل الاجتماعي، عمودية
asset-social-story = صورة لوسائل التواصل الاجتماعي، بصيغة القصة
asset-og = صورة معاينة الرابط
replication-kit = حزمة إعادة التنفيذ: مجلد الحملة جاهز للنسخ
print-scan-qr = المزيد من المعلومات عبر مسح الرمز
print-local-service = خدمة محلية
print-promoted-by = بمبادرة من
print-contents = المحتويات
# The guidelines booklet's pages to fill in by hand, which make up its
# count of pages to a multiple of four: a table of local contacts and
# ruled pages for notes.
print-local-contacts = جهات اتصال محلية
print-contact-service = الخدمة أو المنظمة
print-contact-phone = الهاتف
print-contact-checked = تاريخ التحقق
print-notes = ملاحظات
# After a link to a chapter of the same booklet: its page, abbreviated.
print-page-ref = ص { $page }
print-imprint-publisher = الناشر
print-imprint-edition = الإصدار
print-imprint-licence = ترخيص النص

## Discreet mode: a neutral page title
discreet-title = ملاحظات
