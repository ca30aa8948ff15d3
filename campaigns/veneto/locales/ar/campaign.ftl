### faro-translated-from: b3213cc3be4c
### faro-review: machine
# Short strings for the Veneto campaign (Arabic).
# Used by the site, posters, flyers, wallet cards and social images.

## Campaign
campaign-name = أوقفوا برامج التجسس – فينيتو
# The region's name in this language: `faro fork` lists every mention of it in a fork.
campaign-region = فينيتو
campaign-tagline = لا يحق لأحد أن يتجسس على هاتفك: تعرّف على برامج التجسس واطلب المساعدة بأمان.
# One sentence, in this language, saying what the site is (the root language chooser).
campaign-about = موقع إقليم فينيتو ضد برامج التجسس: كيف تتعرّف على التطبيقات التي تتجسس على الهاتف، وأين تحصل على المساعدة بأمان.

## Poster
poster-headline = هاتفك ملكك
poster-message = إذا كان أحد يراقب هاتفك سرًّا، فهذا ليس ذنبك: يمكنك طلب المساعدة بأمان.
poster-cta = اتصل بالرقم 1522: مجانًا، على مدار 24 ساعة

## Flyer
flyer-signs-title = علامات التحذير
flyer-signs = البطارية تنفد بسرعة | الهاتف يسخن وهو غير مستخدم | استهلاك البيانات يرتفع دون سبب | تطبيقات أو إعدادات لا تعرفها | يعرف أشياء لم تخبره بها قط
flyer-todo-title = ما يمكنك فعله بأمان
flyer-todo = لا تتسرّع في حذف التطبيق | استخدم جهازًا لم يصل إليه قط | دوّن التواريخ والأحداث في مكان آمن | ضع خطة أمان مع خدمة دعم

## Wallet card
card-outside = أرقام مفيدة
card-inside-title = إذا شعرت بأنك مراقَب أو مهدَّد

## Funding and partners
funding-statement = بدعم مالي من برنامج «الحقوق والمساواة والمواطنة» التابع للاتحاد الأوروبي للفترة من 2014 إلى 2020
# The EU's standard disclaimer for funded publications (REC 2014–2020), on the guidelines booklet's back cover.
funding-disclaimer = يعبّر محتوى هذا المنشور عن آراء المؤلف وحده، وهو وحده المسؤول عنه. ولا تتحمّل المفوضية الأوروبية أي مسؤولية عن أي استخدام قد يُجرى للمعلومات الواردة فيه.
partner-blanquerna-role = التنسيق والدعم العلمي
partner-kaspersky-role = تطوير التعلّم الإلكتروني والخبرة في المحتوى التقني
partner-veneto-role = الحملة التجريبية ومنظور السلطات العامة
partner-unacasa-role = تدريب العاملين في خدمات دعم الضحايا وفي البرامج الموجّهة إلى مرتكبي العنف
partner-wwp-role = النشر والمعرفة بالعنف القائم على النوع الاجتماعي

## Helplines
helpline-antiviolence-name = الخط الوطني لمناهضة العنف والملاحقة
helpline-antiviolence-audience = لكل من يتعرّض للعنف أو للملاحقة
helpline-emergency-name = رقم الطوارئ الأوروبي
helpline-emergency-audience = إذا كنت في خطر داهم

## Sharing
share-title = أوقفوا برامج التجسس: لا يحق لأحد أن يتجسس عليك
