"""Concepts of when: now or tonight, a plan made or a mind made up, and the past (a guard: told as past).

Written by meaning in each language, as people type them (see `rules.concepts`). Data only.
"""

from textsupport.triage.rules.concepts.letters import END, START, ZWNJ

NOW = {
    "en": (
        r"tonight|right now|now|today|rn|this (evening|morning|afternoon)|(before|by) (morning|tomorrow)",
    ),
    "fr": (r"ce soir|maintenant|tout de suite|aujourd hui|cette nuit|à soir|asteure|astheure",),
    "es": (r"esta noche|ahora( mismo)?|hoy|ya mismo",),
    "pt": (r"hoje( à noite)?|esta noite|agora( mesmo)?|já já|daqui a pouco",),
    "tl": (r"ngayon( na)?|mamaya|mamayang gabi|ngayong gabi",),
    "ar": (rf"الليلة|الآن|{START}(الان|هلق|هلأ|دلوقتي|دحين|حالا|اليوم|الحين){END}",),
    "ar_latn": (r"hala2|halla2|delwa2ti|dlw2ty|dilwa2ti|(el|al) (leila|lela|yom)|7alan|l7een|al7een",),
    "uk": (r"сьогодні( ввечері| вночі)?|зараз|негайно|цієї ночі",),
    "ru": (r"сегодня( вечером| ночью)?|сейчас|этой ночью|немедленно",),
    "pa": (r"ਅੱਜ ਰਾਤ|ਹੁਣੇ|ਹੁਣ|ਅੱਜ",),
    "pa_latn": (r"(ajj|aj) raat|hune|huney|hunne",),
    "hi": (rf"आज रात|{START}(अभी|आज|फ़ौरन|फौरन){END}",),
    "ur": (rf"آج رات|{START}(ابھی|آج|فوراً|فورا){END}",),
    "hi_latn": (r"(aaj|aj) raat|abhi|aaj|turant|fauran|foran",),
    "zh": (r"今晚|今天晚上|现在|現在|马上|馬上|立刻|今天|今夜",),
    "vi": (r"toi nay|[đd]em nay|ngay bay gio|bay gio|ngay lap tuc|hom nay",),
    "fa": (rf"امشب|{START}(الان|امروز|فورا|فوراً){END}|همین الان",),
    "so": (r"caawa|hadda|maanta",),
    "ko": (r"오늘 ?밤|지금|당장|오늘",),
    "am": (r"ዛሬ ማታ|አሁን|ዛሬ",),
    "ti": (r"ሕጂ",),
    "pl": (r"dziś( wieczorem| w nocy)?|dzisiaj|teraz|zaraz|tej nocy|natychmiast",),
    "it": (r"stasera|stanotte|adesso|ora|subito|oggi|fra poco|tra poco",),
    "de": (r"heute( abend| nacht)?|jetzt|sofort|gleich|heut nacht",),
    "tr": (r"bu gece|şimdi|hemen|bugün|birazdan",),
    "ja": (r"今夜|今晩|今すぐ|いますぐ|今日|今から|いまから",),
}

PLAN = {
    "en": (
        r"(have|got|made|making) a plan|(my|the) plan|planned|planning|decided|(im|i am) ready",
        r"made up my mind|(wrote|written|writing|left) my will|(suicide|goodbye|farewell|final|last) (note"
        r"|letter)",
        r"(bought|saved|stockpiled|stockpiling|saving|hoarded|hoarding) (up )?(the|my|enough|some"
        r"|extra) (pills|meds|rope|gun"
        r"|knife|blade)",
        r"(know|figured out|worked out) (how|when|where)|its time|set a date|picked (a|the) (date|day|place"
        r"|spot)",
    ),
    "fr": (
        r"(j ai|jai) (un|mon) plan|planifi\w*|(j ai|jai) décidé|je suis prêt(e)?|lettre d adieu",
        r"c est décidé|tout est prêt|j ai tout prévu",
    ),
    "es": (
        r"(tengo|ya tengo) (un|el) plan|(lo )?(tengo )?(decidido|planeado)|ya (lo )?decidí|estoy list[oa]",
        r"(carta|nota) de despedida|todo está listo",
    ),
    "pt": (
        r"(tenho|já tenho) (um|o) plano|(já )?(decidi|planejei)|estou pront[oa]|carta de despedida",
        r"(tá|está) tudo pronto",
    ),
    "tl": (r"may plano (na )?ako|nakaplano|desidido|handa na (ako)?|nakapagdesisyon|sulat (ng )?paalam",),
    "ar": (r"عندي خطة|قررت|قرّرت|(أنا|انا) (جاهز|جاهزة)|خططت|رسالة وداع",),
    "ar_latn": (r"2arrart|arart|3andi (5eta|khetta|5o6a)|jahez|jahze|ana jahiz",),
    "uk": (r"(в мене|у мене|маю) план|виріши(в|ла)|я готов(ий|а)|все готово|прощальн\w* (лист|записк\w*)",),
    "ru": (
        r"(у меня есть|есть) план|реши(л|ла)|я готов(а)?|вс[её] готово|(предсмертн|прощальн)\w* (письмо"
        r"|записк\w*)",
    ),
    "pa": (r"ਫੈਸਲਾ ਕਰ ਲਿਆ|ਤਿਆਰ ਹਾਂ|ਪਲੈਨ|ਯੋਜਨਾ",),
    "pa_latn": (r"faisla kar (laya|leya|lia)|(tayaar|tyar) (haan|han)|plan (bana|bnaa) (leya|laya|lia)",),
    "hi": (r"(फैसला|फ़ैसला|तय) कर (लिया|ली)|तैयार (हूं|हूँ)|योजना|प्लान",),
    "ur": (r"فیصلہ کر (لیا|لی)|تیار ہوں|منصوبہ|پلان",),
    "hi_latn": (
        r"faisla (kar|kr) (liya|li|lia)|tay kar (liya|li)|(taiyar|tayyar) (hu|hoon|hun)",
        r"plan (bana|bna) (liya|lia|li)",
    ),
    "zh": (r"计划|計劃|計畫|决定了|決定了|准备好了|準備好了|遗书|遺書|想好了",),
    "vi": (r"([đd]a|co) ke hoach|quyet [đd]inh (roi)?|([đd]a )?san sang roi|thu tuyet menh",),
    "fa": (
        rf"برنامه{ZWNJ}(ریزی )?کردم|نقشه (دارم|کشیدم)|تصمیم(مو)? (رو )?گرفتم|آماده{ZWNJ}ام|وصیت{ZWNJ}نامه",
    ),
    "so": (r"waan go aansaday|go aan ka gaadhay|diyaar (baan|ayaan) ahay|qorshe",),
    "ko": (r"계획|결심했|결정했|준비(가 )?됐|준비 ?다 ?했|유서|마음 ?먹었",),
    "am": (r"ወስኛለሁ|ዝግጁ ነኝ|እቅድ",),
    "pl": (
        r"(mam|mam już) plan|zdecydowa[łl](e|a)m|postanowi[łl](e|a)m|jestem gotow[ya]|list pożegnalny",
        r"wszystko (jest )?gotowe|zaplanowa\w*",
    ),
    "it": (
        r"ho (un|il) piano|ho deciso|sono pront[oa]|(lettera|biglietto) d addio|(è )?già (tutto )?pronto",
    ),
    "de": (
        r"(hab(e)?|ich habe) einen plan|entschieden|entschlossen|ich bin bereit|abschiedsbrief",
        r"alles (ist )?vorbereitet|geplant",
    ),
    "tr": (
        r"plan[ıi]m (var|hazır)|karar[ıi]m[ıi] verdim|karar verdim|haz[ıi]r[ıi]m|(veda|intihar) mektub\w*",
    ),
    "ja": (r"計画|決めた|決心|覚悟|準備(は|が)?(でき|出来)|遺書",),
}

PAST = {
    "en": (
        r"used to|ago|back (then|when|in)|when i was (younger|a kid|a teen|little|young|in)|in the past",
        r"last year|(years?|months?|days?|weeks?) (clean|sober)|no longer|not anymore|in recovery",
        r"history of|long time ago|once before",
    ),
    "fr": (
        r"il y a (\w+ ){0,2}(ans|mois|semaines)|autrefois|dans le passé|quand j étais|l an (passé|dernier)",
        r"l année passée|plus maintenant|ça fait (\w+ ){0,2}(ans|mois)",
    ),
    "es": (
        r"hace (\w+ ){0,2}(año|años|mes|meses|semana|semanas)|en el pasado|cuando era|el año pasado|ya no"
        r"|solía",
    ),
    "pt": (
        r"há (\w+ ){0,2}(ano|anos|mês|meses|semana|semanas)|anos atrás|no passado|quando eu era|ano passado"
        r"|costumava",
        r"não mais",
    ),
    "tl": (r"dati|noon|nakaraang taon|taon na ang nakalipas|(nung|noong) bata",),
    "ar": (
        rf"قبل (\S+ )?(سنة|سنتين|سنين|سنوات|شهر|شهرين|شهور|أشهر)|{START}زمان{END}|في الماضي|لما كنت"
        rf"|السنة (الماضية|اللي فاتت)",
    ),
    "ar_latn": (r"zaman|zamaan|(2abel|abel|min|mn) (sene|snin|sneen|shahr)|(lamma|lama) (kunt|kent)",),
    "uk": (r"(років|роки|рік|місяці|місяців) тому|раніше|колись|в минулому|минулого року",),
    "ru": (r"(лет|года|год|месяцев|месяца) назад|раньше|когда( |-)?то|в прошлом|в прошлом году",),
    "pa": (r"(ਸਾਲ|ਮਹੀਨੇ) ਪਹਿਲਾਂ|ਪਹਿਲਾਂ|ਪੁਰਾਣੀ ਗੱਲ",),
    "pa_latn": (r"(saal|sal|mahine|mahina) (pehlan|pehla|pahilan|pehle)|pehlan",),
    "hi": (r"(साल|महीने) पहले|पहले (मैं|मे)|पुरानी बात|बचपन में",),
    "ur": (r"(سال|مہینے) پہلے|پہلے میں|پرانی بات|بچپن میں",),
    "hi_latn": (
        r"(saal|sal|mahine|mahina) (pehle|pahle|phle)|pehle (main|mai|me)|purani baat|bachpan (mein|me|mai)",
    ),
    "zh": (r"以前|之前|(几|幾|好几|好幾|\d{1,2}|两|兩|三)年前|过去|過去|曾经|曾經|小时候|小時候|去年",),
    "vi": (r"truoc [đd]ay|(nam|may nam|vai nam|\d{1,2} nam) truoc|ngay xua|hoi (truoc|nho|xua)|nam ngoai",),
    "fa": (rf"(سال|سالها|ماه) پیش|{START}(قبلا|قبلاً){END}|گذشته|وقتی (بچه|جوون) بودم|پارسال",),
    "so": (r"sanado ka hor|sannadkii hore|markii aan yaraa",),
    "ko": (r"예전에|옛날에|(몇|\d{1,2}) ?년 ?전|과거|전에는|어렸을 ?때|작년",),
    "am": (r"ከዓመታት በፊት|ድሮ",),
    "pl": (r"(lat|lata|rok|miesięcy) temu|kiedyś|dawniej|w przeszłości|w zeszłym roku",),
    "it": (r"(anni|anno|mesi|mese) fa|una volta|in passato|quando ero|l anno scorso",),
    "de": (
        r"vor (\w+ )?(jahren|monaten|wochen|jahr)|früher|damals|in der vergangenheit|letztes jahr",
        r"als ich (jung|klein|jünger|ein kind) war",
    ),
    "tr": (r"(y[ıi]l|sene|ay) önce|eskiden|geçmişte|geçen y[ıi]l|çocukken",),
    "ja": (r"昔|以前|(数|何|\d{1,2})年前|前は|子供の頃|子どもの頃|去年",),
}
