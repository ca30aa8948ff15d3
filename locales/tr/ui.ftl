# Faro interface strings shared by every campaign.
# A campaign can override any of them in campaigns/<id>/locales/<lang>/*.ftl.

## The language, named in itself (used by the language chooser and switcher)
language-name = Türkçe

## Skip links and quick exit
skip-to-content = Ana içeriğe geç
exit-this-page = Bu sayfadan çık
exit-emergency = Acil durum
exit-skip-link = Bu sayfadan hemen çık
exit-shift-hint = Veya Shift tuşuna üç kez basın
exit-status-remaining = { $count ->
    [one] Bu sayfadan çıkmak için Shift tuşuna bir kez daha basın.
   *[other] Bu sayfadan çıkmak için Shift tuşuna { $count } kez daha basın.
}
exit-status-expired = Süre doldu. Bu sayfadan çıkmak için Shift tuşuna art arda üç kez basın.
exit-status-exiting = Bu sayfadan çıkılıyor.
exit-nav = Hızlı çıkış

## Navigation and languages
nav-main = Ana menü
nav-menu-button = Menü
nav-footer = Bu site hakkında daha fazla bilgi
journeys-title = Nereden başlamalı
partners-title = Ortaklar
language-switcher = Diller
language-untranslated = henüz çevrilmedi, ana sayfayı açar
chooser-title = Dilinizi seçin
chooser-pages = { $count ->
    [one] { $count } sayfa
   *[other] { $count } sayfa
}
fallback-banner = Bu sayfa henüz dilinize çevrilmedi. Orijinal metni aşağıda bulabilirsiniz ({ $original }).
review-notice-machine = Bu sayfa makine çevirisiyle çevrildi ve henüz anadili bu dil olan biri tarafından gözden geçirilmedi.
review-notice-volunteer = Bu çeviri henüz anadili bu dil olan biri tarafından gözden geçirilmedi.
on-this-page = Bu sayfada
footnotes-heading = Kaynaklar
back-to-top = Başa dön

## Helplines
helplines-title = Yardım alabilirsiniz
help-now-title = Şimdi yardıma mı ihtiyacınız var?
helpline-free = Ücretsiz
helpline-always-open = Haftanın her günü, 24 saat
helpline-anonymous = Anonim
helpline-languages = Birçok dilde hizmet
helpline-call = { $number } numarasını arayın
helpline-emergency = Acil tehlike altında mısınız? { $number } numarasını arayın

## Footer
footer-privacy = Bu site çerez kullanmaz, cihazınıza hiçbir şey kaydetmez ve başka sitelerden hiçbir şey yüklemez.
eu-emblem-alt = Avrupa Birliği bayrağı

## Special pages
not-found-title = Sayfa bulunamadı
not-found-text = Bu sayfa mevcut değil veya taşındı.
not-found-home = Ana sayfaya git
draft-banner = Taslak: yayımlamayın
print-unconfirmed = TASLAK – basılmayacak. Onaylanmadı: { $values }
print-unconfirmed-item = { $setting ->
    [base_url] web adresi { $value }
    [region] bölge { $value }
    [logo] logo
    [partners] ortaklar
    [helplines] yardım hattı numaraları { $value }
    [services] yerel hizmetler
   *[funding] AB finansman beyanı
}
print-slug-draft = TASLAK
error-title = Önizleme oluşturulamadı
error-hint = Dosyayı düzeltip kaydedin: bu sayfa kendiliğinden yeniden yüklenir.

## Materials (print and share)
materials-title = Yazdırın ve paylaşın
# The URL segment of the Materials page (lower-case letters, digits, hyphens).
materials-slug = materyaller
materials-intro = Yazdırmaya hazır afişler, el ilanları ve cüzdan kartları ile paylaşılabilecek görseller. Dil: { $language }.
materials-download = İndir
materials-paper = Kâğıt boyutu
materials-file-size = Dosya boyutu
materials-variant-print = Matbaa için: 3 mm taşma payı ve kesim işaretleri
materials-variant-office = Ofis yazıcısı için
materials-post-text = Gönderi için önerilen metin
materials-alt-text = Görselin açıklaması (alternatif metin)
materials-preview-alt = Önizleme: { $name }
materials-service-intro = Kampanyanın afişleri, broşürü ve cep kartı, bu yerel hizmetin numarası, adı ve bilgileriyle ulusal hatların yanında.
materials-service-phone = Telefon
materials-service-hours = Çalışma saatleri
materials-service-address = Adres
materials-service-languages = Diğer diller
materials-services = Yerel hizmetlerin materyalleri
share-unconfirmed = TASLAK – henüz paylaşılmayacak. Onaylanmadı: { $values }
materials-unconfirmed = Bu dosyalar taslaktır: içlerindeki bazı bilgiler henüz doğrulanmadı. Şimdilik yazdırmayın ve paylaşmayın. Onaylanmadı: { $values }.
asset-poster-a3 = Afiş A3
asset-poster-a4 = Afiş A4
asset-flyer-a5 = El ilanı A5, çift taraflı
asset-wallet-card = Cüzdan kartı, çift taraflı
asset-guidelines = Kampanyayı uyarlama kılavuzu, A4 kitapçık
asset-social-square = Sosyal medya görseli, kare
asset-social-portrait = Sosyal medya görseli, dikey
asset-social-story = Sosyal medya görseli, hikâye
asset-og = Bağlantı önizleme görseli
replication-kit = Uyarlama paketi: kopyalamaya hazır kampanya klasörü
print-scan-qr = Daha fazla bilgi için tarayın
print-local-service = Yerel hizmet
print-promoted-by = Düzenleyen
print-contents = İçindekiler
# The guidelines booklet's pages to fill in by hand, which make up its
# count of pages to a multiple of four: a table of local contacts and
# ruled pages for notes.
print-local-contacts = Yerel iletişim bilgileri
print-contact-service = Hizmet veya kuruluş
print-contact-phone = Telefon
print-contact-checked = Kontrol tarihi
print-notes = Notlar
# After a link to a chapter of the same booklet: its page, abbreviated.
print-page-ref = s. { $page }
print-imprint-publisher = Yayımlayan
print-imprint-edition = Baskı
print-imprint-licence = Metnin lisansı

## Discreet mode: a neutral page title
discreet-title = Notlar
