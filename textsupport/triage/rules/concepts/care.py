"""Concepts of care: asking for help, and essential medicine run out or stopped (DOMAIN section 3: urgent).

Written by meaning in each language, as people type them (see `rules.concepts`). Data only.
"""

from textsupport.triage.rules.concepts.letters import ZWNJ

HELP = {
    "en": (
        r"help|help me|helpline|sos|emergency|911|988|crisis line|need (someone|to talk|support)",
        r"please (call|respond|answer)|call me",
    ),
    "fr": (
        r"aide|aidez|aide moi|aidez moi|au secours|à l aide|besoin (de parler|d aide|de quelqu un)|urgence",
        r"appelez moi",
    ),
    "es": (
        r"ayuda|ayúdame|ayúdenme|auxilio|socorro|necesito (hablar|ayuda|a alguien)|llámame|urgencia",
        r"emergencia",
    ),
    "pt": (r"ajuda|me ajuda|me ajudem|socorro|preciso (de ajuda|falar|de alguém)|me liga|emergência",),
    "tl": (r"tulong|tulungan (mo |nyo |niyo )?ako|saklolo|kailangan ko ng (tulong|kausap)",),
    "ar": (r"ساعدني|ساعدوني|مساعدة|النجدة|الحقوني|الحقني|(احتاج|أحتاج|بدي) مساعدة|طوارئ",),
    "ar_latn": (r"sa3edni|sa3idni|sa3dooni|sa3idoni|saa3idni|musa3ade|mosa3de|el7a2ni|il7a2ooni",),
    "uk": (r"допоможіть|допоможи|допомога|допомогу|рятуйте|поможіть",),
    "ru": (r"помогите|помоги|помощь|спасите|спаси меня",),
    "pa": (r"ਮਦਦ|ਬਚਾਓ|ਸਹਾਇਤਾ",),
    "pa_latn": (r"madad|bachao|bachaao|sahayta",),
    "hi": (r"मदद|बचाओ|बचाइए|सहायता",),
    "ur": (r"مدد|بچاؤ|بچاو",),
    "hi_latn": (r"madad|bachao|bachaao|bachalo|bacha lo|sahayta",),
    "zh": (r"救命|救救我|帮帮我|幫幫我|帮我|幫我|求助|求救",),
    "vi": (r"giup (toi|em|minh|voi|con|anh|chi|[đd]o)|cuu (toi|em|voi|con|minh)|can giup",),
    "fa": (r"کمک|کمکم کن|نجاتم بدید",),
    "so": (r"i caawi|ii caawi|caawimaad|caawi|gargaar|i badbaadi",),
    "ko": (r"도와 ?줘|도와주세요|살려줘|살려주세요|도움이 ?필요",),
    "am": (r"እርዳታ|እርዱኝ|እርዳኝ|እርጂኝ|አድኑኝ",),
    "ti": (r"ሓገዝ|ሓግዙኒ|ሓግዘኒ",),
    "pl": (r"pomocy|pomóż|pomóżcie|ratunku|potrzebuję pomocy|pomoc",),
    "it": (r"aiuto|aiutami|aiutatemi|soccorso|ho bisogno di (aiuto|parlare)",),
    "de": (r"hilfe|hilf mir|helft mir|helfen sie mir|brauche hilfe|notfall|rettet mich",),
    "tr": (r"yard[ıi]m|imdat|kurtar[ıi]n beni|acil",),
    "ja": (r"助けて|たすけて|助けが必要|救急",),
    "oj": (r"wiidookawishin",),
    "cr": (r"wîcihin",),
}

MEDS_OUT = {
    "en": (
        r"(ran|run|running) out of (my )?(meds|medication|medicine|pills|lithium|clozapine|insulin)"
        r"|out of (my )?(meds|medication|medicine|pills|lithium|clozapine"
        r"|insulin|prescription|refills?)",
        r"(stopped|stop|quit|quitting|stopping|off) (taking )?(my )?(meds|medication|medicine|pills|lithium"
        r"|clozapine|insulin|antidepressants|antipsychotics)",
        r"(no|cant get|cant afford|couldnt get|lost) (my )?(meds|medication|prescription|insulin|refill"
        r"|lithium|clozapine)|missed (my )?(doses?|meds|shot|injection|depot)",
    ),
    "fr": (
        r"(plus de|manque de|n ai plus de|j ai plus de) (médicaments|pilules|médocs|lithium|insuline)",
        r"arrêté (mes|de prendre mes|mon) (médicaments|pilules|médocs|traitement|lithium|insuline)",
    ),
    "es": (
        r"(se me acabaron|se me acabó|me quedé sin|no tengo) (mis |las |los )?(medicamentos|pastillas"
        r"|medicinas|litio"
        r"|insulina)",
        r"dejé (de tomar )?(mis )?(medicamentos|pastillas|medicinas|litio|insulina)",
    ),
    "pt": (
        r"(acabaram|acabou|fiquei sem|não tenho) (os )?(meus )?(remédios|medicamentos|comprimidos|lítio"
        r"|insulina)",
        r"parei (de tomar )?(os )?(meus )?(remédios|medicamentos|lítio|insulina)",
    ),
    "tl": (r"(ubos|naubos|wala) na (ang |yung )?(gamot|insulin|maintenance)",),
    "ar": (
        r"(خلص|خلصت|نفد|نفذ|نفدت|ما عندي|ماعندي|مفيش) (\S+ )?(الدواء|الدوا|دوائي|الحبوب|الأنسولين|الانسولين)",
        r"(وقفت|توقفت عن|بطلت) (\S+ )?(الدواء|الدوا|دوائي|الحبوب|الأنسولين|الانسولين)",
    ),
    "ar_latn": (
        r"(5ales|khalas|5eles|khilis|khles) (el )?(dawa|dawa2|7bob)|(wa2aft|ba6alt|batalt) (el )?(dawa|7bob)",
    ),
    "uk": (
        r"(закінчи\w*|скінчи\w*|немає|нема) (\S+ )?(ліки|таблетки|інсулін|літій)",
        r"(перестав|перестала|кинув|кинула) (пити|приймати) (ліки|таблетки)",
    ),
    "ru": (
        r"(закончи\w*|кончи\w*|нет|не осталось) (\S+ )?(лекарств\w*|таблеток|таблетки|инсулин\w*|лити\w*)",
        r"(перестал|перестала|бросил|бросила) (пить|принимать) (лекарства|таблетки)",
    ),
    "pa": (r"ਦਵਾਈ (ਖਤਮ|ਖ਼ਤਮ|ਮੁੱਕ)|ਦਵਾਈ (ਲੈਣੀ|ਖਾਣੀ) (ਛੱਡ|ਬੰਦ)",),
    "pa_latn": (
        r"(dawai|dvai|davai|goliyan) (khatam|khtm|mukk|muk) (ho )?(gayi|gai|gaiyan|gaiya)",
        r"(dawai|dvai) (chhad|chad|band) (ditti|diti|kar)",
    ),
    "hi": (r"(दवा|दवाई|दवाइयां) (खत्म|ख़त्म|खतम) हो|दवा(ई)? (लेना )?(छोड़|बंद कर)",),
    "ur": (r"(دوا|دوائی) ختم ہو|(دوا|دوائی) (لینا )?(چھوڑ|بند کر)",),
    "hi_latn": (
        r"(dawai|dawa|dwai|goliyan|medicine) (khatam|khatm|khtm) (ho )?(gayi|gai|gaya|gyi)",
        r"(dawai|dawa|dwai|medicine) (lena )?(chhod|chod|band kar) (di|diya|dia)",
    ),
    "zh": (
        r"(药|藥)(吃完了|没了|沒了|用完了|断了|斷了)|停(药|藥)|(断|斷)(药|藥)|没有(药|藥)了|不吃(药|藥)了",
    ),
    "vi": (r"het thuoc|(ngung|bo) (uong )?thuoc|(khong|ko) con thuoc",),
    "fa": (
        rf"(قرص|دارو)({ZWNJ}(ها|هام|ام|م))? تموم (شد|شده)|(قرص|دارو)(ها|هامو|مو)? (قطع|ول) کردم|دارو ندارم",
    ),
    "so": (r"daawadii (\w+ ){0,2}dhamaatay|daawo (ma haysto)|daawada (waan )?jooji\w*",),
    "ko": (r"약이 ?(다 ?)?떨어|약을 ?(다 ?)?(끊|안 ?먹|못 ?먹)|약이 ?없|약을 ?중단|단약",),
    "am": (r"(መድሃኒቴ|መድኃኒቴ) (አልቋል|አለቀ)|መድሃኒት (አቆምኩ|አቁሜያለሁ)",),
    "pl": (
        r"(skończyły|skończyły mi) (się )?(\w+ )?(leki|tabletki|insulina)|(nie mam|brak) (już )?(leków"
        r"|tabletek"
        r"|insuliny|litu)",
        r"(odstawi\w*|przesta\w* brać) (\w+ )?(leki|tabletki)",
    ),
    "it": (
        r"(finit[oie]|senza|non ho più) (i )?(farmaci|medicine|pastiglie|il litio|l insulina)",
        r"smesso (di prendere )?(i )?(farmaci|medicine|pastiglie)",
    ),
    "de": (
        r"(keine|kein) (medikamente|tabletten|insulin|lithium) mehr|(medikamente|tabletten"
        r"|insulin) (sind )?alle",
        r"(medikamente|tabletten) abgesetzt",
    ),
    "tr": (r"ilaç(lar)?(ım)? (bitti|kalmad[ıi])|ilaç(lar[ıi])? b[ıi]rakt[ıi]m|insülin(im)? bitti",),
    "ja": (r"薬が(切れ|なくな|無くな)|薬を(やめ|止め|飲んでない|飲んでいない)|断薬",),
}
