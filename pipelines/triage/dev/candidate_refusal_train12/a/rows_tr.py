# Turkish (tr)
LANG = "tr"
ROWS = [
    (
        "a",
        "Merhaba doktor bey, yeni ilaçla tansiyonum gayet iyi, çok teşekkür ederim. Bir sorum olacak, vize mülakatı için konsolosluğa hangi evrakları götürmem lazım biliyor musunuz?",
    ),
    (
        "a",
        "selam, şeker değerlerim artık normal 🙏 alakasız bir soru ama mercimek köftesi tarifi olan var mı, benimki hep dağılıyor",
    ),
    (
        "a",
        "Hocam dizim artık hiç ağrımıyor, fizik tedavi süperdi. Oğlumun okul ödevi var, güneş sistemi maketi yapacak, malzemeleri nereden bulurum bilen var mı? 😅",
    ),
    (
        "a",
        "İyi akşamlar, öksürüğüm tamamen geçti, sağ olun. Ev sahibi depozitomu geri vermiyor, üç aydır uğraşıyorum, nereye şikayet edebilirim?",
    ),
    (
        "a",
        "Ameliyattan sonra çok iyiyim, herkese teşekkürler! THY'de ekonomi sınıfında kaç valiz hakkımız var acaba İstanbul uçuşunda?",
    ),
    (
        "a",
        "Tahlillerim temiz çıktı, tiroid de normalmiş, çok sevindim. Arabamın sigortası yenilenirken fiyat iki katına çıktı, daha uygun bir sigorta şirketi bilen var mı?",
    ),
    ("b", "Türk ehliyetini buradakiyle nasıl değiştiriyoruz, sınav var mı?"),
    (
        "b",
        "Kızımın düğünü için 200 kişilik bir salon arıyoruz, bu civarda bildiğiniz bir yer var mı?",
    ),
    ("b", "Türkiye'ye para göndermek için hangi uygulama daha az komisyon alıyor?"),
    (
        "b",
        "İngilizce özgeçmiş yazmama yardım edebilir misiniz? Depo işine başvuracağım, ilk defa yazıyorum.",
    ),
    ("b", "turkiyeyi ucuza aramak icin hangi hat iyi"),
    ("c", "Merhaba, hastanede temizlik ya da mutfak için eleman alımı var mı? Çalışma iznim var."),
    ("c", "Hastanede yabancılar için ücretsiz İngilizce kursu veriliyor mu?"),
    ("c", "Dün acil bekleme salonunda mavi bir şemsiye unuttum, bulan oldu mu?"),
    ("c", "Hastanenin otoparkı günlük ne kadar? Hafta sonu ücretsiz mi?"),
    (
        "mix",
        "Doktor hanım, geçen muayene için çok teşekkürler. Ama salıdan beri idrarımda kan var, ağrı yok ama rengi kırmızı gibi. Biraz korktum.",
    ),
    (
        "mix",
        "Vize mülakatım yakında, zaten stresliyim, ama asıl derdim şu: bir haftadır sol kulağımda çınlama var ve o taraftan az duyuyorum.",
    ),
    (
        "urg",
        "Düğün hazırlıkları yüzünden koşturuyorum, bugün göğsümde bir baskı başladı, sol koluma ve çeneme vuruyor, soğuk soğuk terliyorum. 60 yaşındayım. Geçer mi?",
    ),
    (
        "urg",
        "oğlum 4 yaşında, ateşi 40, çok halsiz, bez bebek gibi, uyandırınca gözlerini zor açıyor",
    ),
    (
        "urg",
        "Artık yaşamanın bir anlamı yok gibi geliyor. Ailem bensiz daha rahat eder diye düşünüyorum sürekli.",
    ),
    ("plain", "Kızım 9 yaşında, iki gündür boğazı ağrıyor, ateşi 38.5, yutkunamıyor."),
    ("plain", "Annem bizde kalıyor, 80 yaşında. Dün düştü, kalçası ağrıyor ve ayağa kalkamıyor."),
    (
        "plain",
        "Yeni tansiyon ilacından sonra yüzüm ve dudaklarım şişti, nefes almam normal ama korkuttu.",
    ),
    (
        "plain",
        "Merhaba, 3 gündür ishalim var, günde 6-7 kez, biraz ateşim de var. Yurt dışından yeni döndüm.",
    ),
    (
        "mix",
        "Reçete için teşekkürler. Bir şey daha: bacaklarımda kırmızı morumsu noktalar çıktı, kan sulandırıcı kullanıyorum.",
    ),
    ("urg", "Eşim nefes alamıyor, hırıltı var, konuşurken kesik kesik, dudakları morarmış"),
    ("plain", "Sırtımda bir ben var, son zamanlarda büyüdü ve kenarları düzensiz oldu."),
    (
        "mix",
        "iş başvurusu için sağlık raporu lazım ama onun dışında, son 1 aydır gece terlemem ve kilo kaybım var, 5 kilo verdim.",
    ),
    (
        "urg",
        "Babamla ben ilgileniyorum, şeker hastası. Bugün şekerini 45 ölçtük, terliyor ve saçma sapan konuşuyor.",
    ),
    ("plain", "Ayak bileğimi burktum maçta, şiş ve mor, basamıyorum."),
]
