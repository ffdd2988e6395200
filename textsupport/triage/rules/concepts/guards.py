"""Guard concepts, the classic false alarms of DOMAIN section 3: negation, a joke marked as a joke, and
ordinary life (work, a hobby, the farm, the kitchen, a game or a film) where means words are used plainly.
The past, the third guard, is in `rules.concepts.time`.

Written by meaning in each language, as people type them (see `rules.concepts`). Data only.
"""

from textsupport.triage.rules.concepts.letters import END, START, ZWNJ

NEGATION = {
    "en": (
        r"not|nt|never|dont|doesnt|didnt|wont|wouldnt|isnt|wasnt|aint|havent|hasnt|hadnt|arent|werent|no"
        r"|nope|nah",
    ),
    "fr": (r"pas|jamais|ne|n|aucun(e)?|non|pu",),
    "es": (r"no|nunca|jamás|ni|tampoco",),
    "pt": (r"não|nunca|jamais|nem",),
    "tl": (r"hindi|di|ayoko|ayaw|huwag|wag",),
    "ar": (rf"{START}(لا|لن|لم|مش|مو|ما|ليس|لست|ماني|مانيش|مب){END}",),
    "ar_latn": (r"mish|msh|mesh|mush|mosh|mafi|mafesh|mafish|la2|mech",),
    "uk": (rf"{START}(не|ні|ніколи|нема|немає){END}",),
    "ru": (rf"{START}(не|нет|никогда|ни){END}",),
    "pa": (rf"{START}(ਨਹੀਂ|ਨਹੀ|ਕਦੇ ਨਹੀਂ|ਮਤ){END}",),
    "pa_latn": (r"nahi|nahin|nai|nhi|(kade|kadi) (nahi|ni)",),
    "hi": (rf"{START}(नहीं|नही|कभी नहीं|मत|ना){END}",),
    "ur": (rf"{START}(نہیں|نہ|کبھی نہیں|مت){END}",),
    "hi_latn": (r"nahi|nahin|nhi|(kabhi|kbhi) (nahi|nahin|nhi)",),
    "zh": (r"不|没|沒|别|別|未|从不|從不|绝不|絕不",),
    "vi": (r"khong|ko|chang|chua|[đd]ung",),
    "fa": (rf"{START}(نه|هرگز|نیستم|ندارم){END}|{START}نمی|هیچ{ZWNJ}وقت",),
    "so": (r"maya|ma aha|ma ahan|weligay",),
    "ko": (r"않|아니|없|전혀|(?<![\u1100-\u11ff])(안|못)(?= )|절대",),
    "am": (r"አይደለም|በፍጹም|አልፈልግም",),
    "pl": (r"nie|nigdy|wcale|żaden|ani",),
    "it": (r"non|mai|nessun\w*|niente|per niente|neanche|nemmeno|mica",),
    "de": (r"nicht|nie|niemals|kein\w*|nein|auf keinen fall",),
    "tr": (r"değil\w*|hay[ıi]r|asla|hiç|yok",),
    "ja": (r"ない|ません|しない|じゃない|決して",),
    "cr": (r"namoya|namôya|môya",),
    "oj": (r"gaawiin|gaawin|kaawiin",),
}

JOKE = {
    "en": (r"lol|lmao|lmfao|rofl|haha\w*|hehe\w*|jk|j k|just kidding|kidding|joking|jokes?|xd|😂|🤣|😆|😜",),
    "fr": (
        r"mdr|ptdr|hihi|je blague|c est une blague|une joke|je niaise|niaiseux|je rigole|pour rire|blague",
    ),
    "es": (r"jaja\w*|jeje\w*|jiji\w*|es broma|es chiste|bromeando|bromeo|de broma",),
    "pt": (r"rsrs\w*|tô brincando|brincadeira|zoeira|zueira",),
    "tl": (r"charot|charing|joke lang|biro lang|jk lang|chos",),
    "ar": (r"ههه+|مزح|بمزح|بهزر|هزار|نكتة|مزحة",),
    "ar_latn": (r"5555+|bmza7|bamza7|bahazar|bhazar|b7azar|mz7",),
    "uk": (r"ха(ха)+|хах\w*|жартую|жарт|прикол\w*|лол",),
    "ru": (r"ха(ха)+|хах\w*|ахах\w*|шучу|шутк\w*|прикол\w*|лол",),
    "pa": (r"ਮਜ਼ਾਕ|ਮਜਾਕ|ਹਾਹਾ",),
    "pa_latn": (r"mazak|mazaak|majak|majaak",),
    "hi": (r"मज़ाक|मजाक|हाहा|हा हा",),
    "ur": (r"مذاق|ہاہا|ہا ہا",),
    "hi_latn": (r"mazak|mazaak|mazaq|mzak|majak|timepass",),
    "zh": (r"哈哈|呵呵|开玩笑|開玩笑|玩笑|嘻嘻|笑死|2333*",),
    "vi": (r"hihi|kaka|[đd]ua thoi|noi [đd]ua|gion thoi|=\)\)",),
    "fa": (r"خخخ+|شوخی|هههه*",),
    "ko": (r"ㅋㅋ|ㅎㅎ|농담|장난",),
    "am": (r"ቀልድ|እየቀለድኩ",),
    "pl": (r"żartuję|żart|jaja sobie robię",),
    "it": (r"ahah\w*|scherzo|sto scherzando|scherzavo",),
    "de": (r"hihi|spaß|nur ein witz|witz|scherz|war ein scherz",),
    "tr": (r"şaka\w*|sdfsdf|asdf",),
    "ja": (r"笑|冗談|じょうだん|ネタ|(?<!言)草",),
}

ORDINARY = {
    "en": (
        r"work|at work|job|shift|boss|coworkers?|clients?|hunting|hunt|gun range|shooting range|recipe",
        r"cooking|cook|cooked|kitchen|chef|baking|bake|chopping|onions?|vegetables|veggies|farm|farming",
        r"cattle|cows|barn|ranch|garden|gardening|weeds|lawn|fishing|butcher|carpentry|woodworking",
        r"video games?|gaming|fortnite|minecraft|movie|film|episode|show|series|book|novel|netflix|song",
        r"lyrics|class|course|exam|homework|pest control|mice|rats|camping|tent|climbing|gym|club|season"
        r"|store",
    ),
    "fr": (
        r"travail|job|shift|quart de travail|patron|chasse|chasser|recette|cuisine|cuisiner|ferme|fermier",
        r"jardin|jardinage|pêche|jeu vidéo|jeu|film|série|livre|chanson|cours|examen",
    ),
    "es": (
        r"trabajo|chamba|jefe|turno|caza|cazar|receta|cocina|cocinar|granja|rancho|jardín|pesca|pescar",
        r"videojuego|juego|película|serie|libro|canción|clase|examen",
    ),
    "pt": (
        r"trabalho|emprego|chefe|turno|caça|caçar|receita|cozinha|cozinhar|fazenda|sítio|jardim|pesca",
        r"pescar|videogame|jogo|filme|série|livro|música|aula|prova",
    ),
    "tl": (
        r"trabaho|amo|shift|luto|lutuin|nagluluto|ulam|bukid|sakahan|hardin|pangingisda|laro|pelikula",
        r"libro|kanta|klase|eskwela",
    ),
    "ar": (
        rf"{START}(شغل|الشغل|عمل|العمل|وظيفة|مدير|طبخ|مطبخ|وصفة|مزرعة|حديقة|صيد|لعبة|فيلم|مسلسل|كتاب){END}",
        rf"{START}(أغنية|اغنية|درس|امتحان){END}",
    ),
    "ar_latn": (
        r"shoghl|shughl|sho8l|sh8l|3amal|tabkh|tab5|matbakh|matba5|mazra3a|lo3be|le3be|mosalsal",
        r"imti7an|em7an",
    ),
    "uk": (
        r"робот\w*|начальник|кухн\w*|рецепт\w*|готую|готувати|ферм\w*|город\w*|полюван\w*|риболов\w*",
        r"фільм\w*|серіал\w*|книг\w*|пісн\w*|екзамен\w*",
    ),
    "ru": (
        r"работ\w*|начальник|кухн\w*|рецепт\w*|готовлю|готовить|ферм\w*|огород\w*|дач\w*|охот\w*",
        r"рыбалк\w*|игр\w*|фильм\w*|сериал\w*|книг\w*|песн\w*|экзамен\w*",
    ),
    "pa": (r"ਕੰਮ|ਨੌਕਰੀ|ਖੇਤ|ਖੇਤੀ|ਫਾਰਮ|ਰਸੋਈ|ਖਾਣਾ ਬਣਾ|ਫਿਲਮ|ਗੀਤ|ਗਾਣਾ",),
    "pa_latn": (r"kamm|kam te|naukri|nokri|khet|kheti|rasoi|khana bana|geet|gaana",),
    "hi": (r"काम|नौकरी|दफ़्तर|दफ्तर|ऑफिस|खेत|खेती|रसोई|खाना बना|फिल्म|फ़िल्म|गाना|गीत|किताब|परीक्षा",),
    "ur": (rf"{START}(کام|نوکری|دفتر|آفس|کھیت|کھیتی|فلم|گانا|کتاب|امتحان){END}|کھانا بنا",),
    "hi_latn": (
        r"kaam|kam (pe|par)|naukri|nokri|office|daftar|khet|kheti|khana (bana|banana)|gaana|kitab",
        r"kitaab|pariksha",
    ),
    "zh": (
        r"工作|上班|老板|老闆|做饭|做飯|厨房|廚房|菜谱|菜譜|食谱|食譜|农场|農場|种地|種地|花园|花園|钓鱼",
        r"釣魚|打猎|打獵|游戏|遊戲|电影|電影|电视剧|電視劇|小说|小說|考试|考試|上课|上課",
    ),
    "vi": (
        r"[đd]i lam|cong viec|cong ty|nau an|nau com|cong thuc|trang trai|lam ruong|lam vuon|cau ca",
        r"tro choi|phim|bai hat|[đd]i hoc|ky thi",
    ),
    "fa": (
        rf"{START}(کار|سر کار|شغل|رئیس|آشپزی|آشپزخونه|آشپزخانه|مزرعه|باغ|شکار|ماهیگیری|بازی|فیلم|سریال){END}",
        rf"{START}(کتاب|آهنگ|امتحان|کلاس){END}|دستور پخت",
    ),
    "so": (r"shaqo|shaqada|cunto karis|beerta|xoolaha|kalluumeysi|ciyaar|filim|buug|hees|imtixaan",),
    "ko": (
        r"회사|직장|출근|퇴근|알바|사장님|요리|부엌|주방|레시피|농장|농사|텃밭|사냥|낚시|게임|영화|드라마",
        r"소설|노래|수업|시험",
    ),
    "am": (r"ሥራ|ስራ|እርሻ|ምግብ ማብሰል|ፊልም|ፈተና|ትምህርት ቤት",),
    "pl": (
        r"prac\w*|szef\w*|kuchni\w*|gotuj\w*|przepis\w*|farm\w*|gospodarstw\w*|ogród|ogrod\w*|polowani\w*",
        r"wędkowani\w*|gra|gry|grę|film\w*|serial\w*|książk\w*|piosenk\w*|egzamin\w*",
    ),
    "it": (
        r"lavoro|lavorare|capo|turno|cucina|cucinare|ricetta|fattoria|orto|giardino|caccia|pesca",
        r"videogioco|gioco|film|serie|libro|canzone|esame|lezione",
    ),
    "de": (
        r"arbeit|schicht|chef|küche|kochen|rezept|bauernhof|garten|jagd|jagen|angeln|spiel|videospiel",
        r"film|serie|buch|lied|prüfung|unterricht",
    ),
    "tr": (
        r"patron|vardiya|mutfak|yemek yap\w*|tarif\w*|çiftlik|tarla|bahçe|avc[ıi]l[ıi]k|bal[ıi]k tut\w*",
        r"oyun\w*|film\w*|dizi|kitap|şark[ıi]|s[ıi]nav|ders",
    ),
    "ja": (
        r"仕事|会社|バイト|上司|料理|台所|キッチン|レシピ|農場|畑|家庭菜園|狩猟|釣り|ゲーム|映画|ドラマ|小説",
        r"歌詞|授業|試験",
    ),
}
