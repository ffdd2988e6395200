"""Concepts of a farewell: a goodbye, and thanks "for everything" (DOMAIN section 3: a veiled farewell).

Written by meaning in each language, as people type them (see `rules.concepts`). Data only.
"""

GOODBYE = {
    "en": (
        r"(wrote|writing|write) (a|my) (note|letter) (for|to) my (kids|family|mom|dad|wife|husband)",
        r"wont be needing (them|it|these|those)|made my peace|sorry for everything|settl\w* my affairs",
        r"gave (away )?(most of )?my (stuff|things|belongings|\w+) (to|away)|gave away (most of )?my",
        r"goodbye|good bye|bye (everyone|all|forever|for good|world)|farewell",
        r"this is (my last|the last) (text|message)|(last|final) (text|message|goodbye)",
        r"wont be (here|around) (tomorrow|anymore|much longer)|you wont hear from me",
        r"(take care of|look after) my (dog|cat|kids|pets?)|(giving|give|gave) away my",
    ),
    "fr": (
        r"adieu|au revoir (à tous|pour toujours|tout le monde)|(mon )?dernier (message|texto)",
        r"vous (n )?entendrez plus parler de moi|je (ne )?serai plus là|prenez soin de (mon|ma|mes)",
    ),
    "es": (r"adiós|último (mensaje|texto)|ya no estaré|no me volverán a ver|cuiden (a )?(mi|mis)",),
    "pt": (r"adeus|última mensagem|não (vou )?estar(ei)? mais aqui|cuidem (do|da|dos|das) meu",),
    "tl": (r"paalam|(huling|ito na ang huling) (text|mensahe)|ingatan (nyo|ninyo|mo) (si|ang)",),
    "ar": (r"وداعا|الوداع|مع السلامة|(هذه )?(آخر|اخر) رسالة",),
    "ar_latn": (r"wada3an|wda3an|(ma3|m3|ma3a) (el |al)?salama",),
    "uk": (r"прощавай\w*|прощай\w*|(моє )?останнє повідомлення|мене не буде",),
    "ru": (r"прощай\w*|(мо[её] )?последнее (сообщение|смс)|меня больше не будет",),
    "pa": (r"ਅਲਵਿਦਾ",),
    "pa_latn": (r"alvida|alwida|alvidaa",),
    "hi": (r"अलविदा|(आखिरी|आख़िरी) (मैसेज|संदेश)",),
    "ur": (r"الوداع|خدا حافظ|خداحافظ|آخری (میسج|پیغام)",),
    "hi_latn": (r"alvida|alwida|alvidaa|khuda hafiz|khudahafiz|allah hafiz|(aakhri|akhri) (message|msg)",),
    "zh": (
        r"再见|再見|(送|交)(咗|了)?(俾|给|給)(朋友|别人|別人)",
        r"永别|永別|再见了|再見了|这是最后一条|這是最後一條|最后的(消息|信息|短信)|最後的(消息|訊息|簡訊)",
    ),
    "vi": (r"vinh biet|tam biet (moi nguoi|tat ca|nhe)|tin nhan cuoi( cung)?|loi tu biet|loi tam biet",),
    "fa": (r"خداحافظ|خدانگهدار|بدرود|آخرین پیام",),
    "so": (r"nabad ?gelyo|nabad galyo|macasalaama",),
    "ko": (r"잘 ?있어|잘 ?지내라|마지막 ?(인사|문자|메시지)|작별|영원히 ?안녕|안녕히 ?계세요",),
    "am": (r"ደህና (ሁን|ሁኚ|ሁኑ|ሰንብቱ)|ቻው|ስንብት",),
    "ti": (r"ደሓን (ኩን|ኹን|ኩኑ|ኹኑ|ኩኒ|ኹኒ)",),
    "pl": (r"żegnaj\w*|ostatnia wiadomość|ostatni sms|do widzenia na zawsze",),
    "it": (r"addio|(ultimo|l ultimo) (messaggio|sms)|non mi (sentirete|vedrete) più",),
    "de": (r"lebewohl|leb(t)? wohl|letzte (nachricht|sms)|ihr werdet (nichts )?(mehr )?von mir hören",),
    "tr": (r"elveda|hoşça kal(ın)?|son mesaj(ım|im)|beni bir daha görmeyeceksiniz",),
    "ja": (r"さようなら|さよなら|最後のメッセージ|お別れ",),
    "oj": (r"giga waabamin|gigawaabamin|baamaapii",),
}

THANKS_ALL = {
    "en": (
        r"(thx|thanks|thank you|ty) for (everything|all the (texts|help|messages|support))",
        r"thank(s| you) for everything|thanks for all (you have|youve|you ve) done",
        r"thank you for (always|all) (being there|the help)|appreciate(d)? everything",
        r"(tell|let) (everyone|them|my family|my (kids|mom|dad)) (i|that i) love (them|you)|love you all",
    ),
    "fr": (r"merci pour tout|merci (de|d) avoir été là|dites (à|a) (tous|ma famille) que je (les )?aime",),
    "es": (r"gracias por todo|gracias por (estar|haber estado)|diles que los quiero",),
    "pt": (r"obrigad[oa] por tudo|valeu por tudo|agradeço por tudo",),
    "tl": (r"salamat (po )?sa lahat",),
    "ar": (r"(شكرا|شكراً|شكرًا) (على|لكل|على كل) (كل )?(شيء|شي|حاجة)",),
    "ar_latn": (r"(shukran|shokran|shukrun|merci) (3ala|ala|3a) (kol|kul|kil) (shi|she2|shy|7aga)",),
    "uk": (r"(дякую|спасибі|вдячн\w*) (\S+ )?за (все|усе)",),
    "ru": (r"(спасибо|благодарю|благодарна|благодарен) (\S+ )?за вс[её]",),
    "pa": (r"(ਹਰ ਚੀਜ਼|ਸਭ ਕੁਝ) ਲਈ (ਧੰਨਵਾਦ|ਸ਼ੁਕਰੀਆ)",),
    "pa_latn": (r"(har cheez|sab kuch|sab kujh) (layi|lai|laee) (dhanvaad|dhanwad|dhanvad|shukriya)",),
    "hi": (r"(सब कुछ|हर चीज़|हर चीज) के लिए (धन्यवाद|शुक्रिया)",),
    "ur": (r"(سب کچھ|ہر چیز) (کے لیے|کا) شکریہ",),
    "hi_latn": (
        r"(sab kuch|sab kuchh|har cheez|har chiz) (ke liye|ke lie|ka|k liye) (shukriya|dhanyavad|dhanyawad)",
    ),
    "zh": (
        r"(多謝|多谢|谢谢|謝謝)(你們|你们|你哋|大家)?(咁耐|一直以來|一直以来|這麼久|这么久)",
        r"(谢谢|謝謝|感谢|感謝)(你们|你們|你|大家|您)?(为我做的|為我做的"
        r"|的)?一切",
    ),
    "vi": (r"cam on (\w+ ){0,2}(vi|ve) (tat ca|moi thu|moi dieu)",),
    "fa": (r"(ممنون|مرسی|متشکرم|سپاس) (بابت|برای|از) همه (چیز|چی)|بابت همه چیز (ممنون|مرسی)",),
    "so": (r"(mahadsanid|mahadsan) (wax walba|wax kasta|dhammaan)|wax walba (mahadsanid|mahadsan)",),
    "ko": (r"(그동안|지금까지|다|모든 ?게|모든 ?것) ?(정말 ?)?고마웠|그동안 ?고마워|모든 ?것에 ?감사",),
    "am": (r"ለሁሉም (ነገር )?(አመሰግናለሁ|እናመሰግናለን)",),
    "pl": (r"dzięk(uję|i) (ci |wam )?za wszystko",),
    "it": (r"grazie (di|per) tutto",),
    "de": (r"danke (dir |euch )?(für|fuer) alles",),
    "tr": (r"her şey için (teşekkür|sağol|sağ ol)\w*",),
    "ja": (r"今まで(本当に)?ありがとう|いままでありがとう|色々ありがとう|いろいろありがとう",),
}
