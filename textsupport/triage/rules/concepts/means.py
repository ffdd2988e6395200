"""Concepts of lethal means taken in: pills and overdose, taking all of something, asking how much would be
lethal, poison.

Written by meaning in each language, as people type them (see `rules.concepts`). Data only.
"""

from textsupport.triage.rules.concepts.letters import END, START, ZWNJ

PILLS = {
    "en": (r"pills?|<MEDS>|overdos\w*|od|oded|od ing|\d{2,3} ?mg|\d\d00 ?mg|💊",),
    "fr": (r"pilules?|comprimés?|cachets?|médicaments?|médocs?|surdose|overdose|somnifères?",),
    "es": (r"pastillas?|píldoras?|tabletas?|medicamentos?|medicinas?|sobredosis|somníferos?",),
    "pt": (r"comprimidos?|pílulas?|remédios?|medicamentos?|overdose|sobredose",),
    "tl": (r"gamot|tableta|pills|overdose",),
    "ar": (r"حبوب|الحبوب|دواء|الدواء|أدوية|ادوية|الأدوية|جرعة زائدة|مهدئات|منوم",),
    "ar_latn": (r"7bob|7ubub|7boob|hbob|7abbat|dawa2|adwiyeh",),
    "uk": (r"таблетк\w*|пігулк\w*|ліки|ліків|передозуван\w*|снодійн\w*",),
    "ru": (r"таблетк\w*|таблеток|лекарств\w*|передозировк\w*|снотворн\w*",),
    "pa": (r"ਗੋਲੀਆਂ|ਗੋਲੀ|ਦਵਾਈ|ਦਵਾਈਆਂ",),
    "pa_latn": (r"goliyan|golian|goli|dawai|dvai|davai|dawaiyan",),
    "hi": (r"गोलियां|गोलियाँ|गोली|दवाई|दवा|दवाइयां|दवाइयाँ|ओवरडोज़|ओवरडोज",),
    "ur": (r"گولیاں|گولی|دوائی|دوا|دوائیاں|اوورڈوز",),
    "hi_latn": (r"goliyan|goliyon|goliya|goli|dawai|dawaiyan|dawa|neend ki goli",),
    "zh": (r"药|藥|安眠药|安眠藥|止痛药|止痛藥|过量|過量",),
    "vi": (r"thuoc|vien thuoc|thuoc ngu|qua lieu",),
    "fa": (rf"قرص|قرص{ZWNJ}ها|دارو|داروها|اوردوز",),
    "so": (r"kiniin\w*|daawo|daawada|daawooyin\w*",),
    "ko": (r"(?<!예)(?<!계)(?<!요)(?<!절)(?<!공)약(을|이|들)|알약|수면제|진통제|안정제|타이레놀|과다 ?복용",),
    "am": (r"ኪኒን|መድሃኒት|መድኃኒት",),
    "pl": (r"tabletk\w*|tabletek|pigułk\w*|pigulk\w*|leki|leków|przedawkow\w*|proszki",),
    "it": (r"pillole|pillola|pasticche|compresse|farmaci|overdose|sonniferi|tachipirina",),
    "de": (r"tabletten|pillen|medikamente|überdosis|schlaftabletten",),
    "tr": (r"hap(lar|ları)?|ilaç(lar|ları|larımı|ımı)?|aşırı doz|uyku ilac\w*",),
    "ja": (r"薬|くすり|錠剤|睡眠薬|睡眠剤|市販薬|オーバードーズ|過剰摂取",),
}

TOOK_ALL = {
    "en": (
        r"(took|taken|swallowed|downed|popped|chugged|drank|emptied|take|swallow) (all(?! (day|night|morning"
        r"|week|weekend|year|afternoon|evening|my (courage|strength)))|every|everything"
        r"|the whole|the rest|the entire|a whole|whole|a bottle|the bottle|a box|a pack|a handful|handfuls"
        r"|\d{2,}|a bunch)",
    ),
    "fr": (
        r"(pris|avalé|prendre|avaler) (tous|toutes|toute|tout|la boîte|une boîte|le reste|plein de|\d{2,})",
    ),
    "es": (
        r"(me )?(tomé|tragué|tomar|tragar|me tomé) (todas|todos|toda|todo|la caja|el frasco|un frasco"
        r"|una caja|muchas|\d{2,})",
    ),
    "pt": (
        r"(tomei|engoli|tomar|engolir) (todos|todas|tudo|a caixa|uma caixa|a cartela|o frasco|um monte"
        r"|\d{2,})",
    ),
    "tl": (
        r"(ininom|uminom|nilunok|iinumin|inumin|nainom|lulunukin) (\w+ ){0,3}(lahat|isang bote|buong bote"
        r"|maraming)",
    ),
    "ar": (r"(أخذت|اخذت|بلعت|شربت|خذيت|اخدت) (كل|كمية كبيرة من|علبة|العلبة|كامل)",),
    "ar_latn": (r"(akhadt|a5adt|khadet|5adet|bla3t|shrebt|sharabt) (kol|kul|kil|3elbe|3elbeh)",),
    "uk": (
        r"(випила|випив|вип ю|прийняла|прийняв|ковтнула|ковтнув) (\S+ )?(всі|все|усі|всю|пачку|упаковку"
        r"|цілу)",
    ),
    "ru": (
        r"(выпила|выпил|выпью|приняла|принял|проглотила|проглотил|съела|съел) (\S+ )?(все|всю|пачку"
        r"|упаковку|целую|горсть)",
    ),
    "pa": (r"ਸਾਰੀਆਂ (ਗੋਲੀਆਂ|ਦਵਾਈਆਂ) (ਖਾ|ਲੈ)",),
    "pa_latn": (
        r"(saariyan|sariyan|saarian|sarian|saare|sare) (goliyan|golian|dawaiyan) (kha|khaa|lai|lay|le)",
    ),
    "hi": (r"सारी (गोलियां|गोलियाँ|दवाइयां|दवाइयाँ|दवाई|दवा) (खा|ले)|पूरी (बोतल|शीशी|पत्ती) (खा|ले)",),
    "ur": (r"ساری (گولیاں|دوائیاں|دوائی) (کھا|لے)|پوری (بوتل|شیشی) (کھا|لے)",),
    "hi_latn": (
        r"(saari|sari|saare|sare) (goliyan|goliya|golian|dawaiyan|dawai|dawa|tablets|pills) (kha|khaa|le)",
        r"poori (bottle|botal|shishi|patti) (kha|le)",
    ),
    "zh": (r"(吃|吞|喝)了?(一整瓶|整瓶|全部|所有|一大把|一把|整盒)|全吃了|全部吃了|一口(气|氣)吃了",),
    "vi": (r"(uong|nuot) (het|tat ca|ca lo|ca vi|ca hop|mot nam)",),
    "fa": (rf"همه{ZWNJ}(ی )?(قرص|قرصا|قرص{ZWNJ}ها|داروها|داروهامو)|کل (قرص|داروها|بسته)|یه (مشت|بسته) قرص",),
    "so": (r"(dhammaan|dhamaan) (kiniin\w*|daawo\w*)|kiniinkii oo dhan",),
    "ko": (r"다 ?먹었|한꺼번에 ?(먹|삼켰)|한 ?통(을)? ?(다 )?먹|전부 ?(먹|삼켰)|몽땅 ?먹",),
    "am": (r"ሁሉንም (ኪኒን|መድሃኒት|መድኃኒት)",),
    "pl": (
        r"(połknęłam|połknąłem|polknelam|polknalem|wzięłam|wziąłem|wzielam|wzialem|łyknęłam|łyknąłem"
        r"|zażyłam|zażyłem) (\w+ )?(wszystkie|całe|całą|opakowanie|garść)",
    ),
    "it": (
        r"(preso|presa|ingoiato|ingoiata|mandato giù|prendere) (tutte|tutti|tutto|l intera|un intera"
        r"|una scatola|la scatola|il flacone|un flacone)",
    ),
    "de": (
        r"(alle|die ganze|eine ganze|die ganzen|ganze packung) (\w+ )?(genommen|geschluckt|eingenommen)",
        r"(nehme|schlucke|nahm|schluckte) (alle|die ganze|eine ganze)",
    ),
    "tr": (r"(hepsini|tümünü|bütün|kutuyu) (\w+ )?(içtim|yuttum|ald[ıi]m|içeceğim)",),
    "ja": (
        r"全部(飲|のん|呑)|まとめて(飲|のん)|一気に(飲|のん)|(一箱|ひと箱|一瓶)(飲|のん)|大量(に)?(飲|服用)",
    ),
}

LETHALITY = {
    "en": (
        r"freeze to death|bleed out|how long (does it|would it|until) (\w+ )?(take )?(to )?(die|bleed out)",
        r"is (drowning|hanging|bleeding out|overdosing|jumping|dying) (\w+ )?(painful|painless|quick)",
        r"how (many|much) (\w+ ){0,3}(would|does it|will it|would it|it takes|to) (take to )?(kill|die"
        r"|od|overdose|be lethal|be fatal|end it)",
        r"how (many|much) (\w+ ){0,3}(is|are|would be) (lethal|fatal|deadly|too much|an overdose)",
        r"(lethal|fatal|deadly|toxic|killing) (dose|amount|level)|enough to (kill|die|od|overdose|end it)",
        r"asking for a friend",
    ),
    "fr": (
        r"combien (\w+ ){0,4}(pour|faut|faudrait) (\w+ ){0,2}(mourir|tuer|une overdose|surdose)",
        r"dose (mortelle|létale)|assez pour (mourir|me tuer|tuer)",
    ),
    "es": (
        r"cuánt[ao]s? (\w+ ){0,4}(para|se necesita\w*|hace\w* falta) (\w+ ){0,2}(morir|matar|una sobredosis)",
        r"dosis (letal|mortal)|suficiente para (morir|matar)",
    ),
    "pt": (
        r"quant[ao]s? (\w+ ){0,4}(para|precisa\w*) (\w+ ){0,2}(morrer|matar|overdose)",
        r"dose (letal|fatal|mortal)|suficiente para (morrer|matar)",
    ),
    "tl": (r"ilan(g)? (\w+ ){0,3}(para|bago) (\w+ ){0,2}(mamatay|ikamatay|mapatay)",),
    "ar": (
        r"كم (\S+ ){0,3}(حتى|لكي|عشان|لازم) (\S+ )?(أموت|اموت|يموت|تموت|يقتل|تقتل|الموت)|جرعة (قاتلة|مميتة)",
    ),
    "uk": (r"скільки (\S+ ){0,3}(щоб|треба|потрібно) (\S+ )?(померти|вмерти|отруїтися)|смертельн\w* доз\w*",),
    "ru": (
        r"сколько (\S+ ){0,3}(чтобы|нужно|надо) (\S+ )?(умереть|помереть|отравиться|сдохнуть)",
        r"(смертельн|летальн)\w* доз\w*",
    ),
    "pa": (r"ਕਿੰਨੀਆਂ (ਗੋਲੀਆਂ|ਦਵਾਈਆਂ) (\S+ ){0,2}ਮਰ",),
    "pa_latn": (r"(kinniyan|kinnian|kiniyan|kinni) (goliyan|golian|dawai\w*) (\w+ ){0,3}mar",),
    "hi": (r"कितनी (गोलियां|गोलियाँ|दवा|दवाई) (\S+ ){0,3}(मर|मौत)|जानलेवा (खुराक|डोज़|डोज)",),
    "ur": (r"کتنی (گولیاں|دوا|دوائی) (\S+ ){0,3}(مر|موت)",),
    "hi_latn": (r"kitni (goliyan|goliya|golian|dawai|dawa|tablets?|pills) (\w+ ){0,4}(mar|maut|marne)",),
    "zh": (r"多少(片|颗|顆|粒|毫克|克|瓶)?\S{0,6}?(会|會|能|可以|才|就)(死|致命)|致死量|致命(剂|劑)量",),
    "vi": (
        r"bao nhieu (\w+ ){0,4}(thi|se|[đd]e|co the|moi) (chet|tu vong)|lieu (gay chet|chet nguoi"
        r"|gay tu vong)",
    ),
    "fa": (
        rf"چند تا (\S+ ){{0,3}}(بخورم|بخوره|بخوری) (\S+ )?(می{ZWNJ}میرم|می{ZWNJ}میره|بمیرم)|(دوز"
        rf"|مقدار) کشنده",
    ),
    "ko": (
        r"몇 ?(알|개|정|mg)(을|를)? ?(먹어야|먹으면) ?(죽|사망)|얼마나 ?(먹어야|먹으면) ?(죽|사망)|치사량",
    ),
    "pl": (
        r"ile (\w+ ){0,4}(żeby|aby|by|trzeba) (\w+ )?(umrzeć|się zabić)|(dawka śmiertelna|śmiertelna dawka)",
    ),
    "it": (
        r"quant[eiao] (\w+ ){0,4}(per|bisogna|servono|ci vogliono) (\w+ )?(morire|uccidere|ammazzarsi)",
        r"dose (letale|mortale)",
    ),
    "de": (
        r"wie ?viel(e)? (\w+ ){0,4}(um|braucht man|muss man) (\w+ )?(zu )?(sterben|töten|umzubringen|tot)",
        r"(tödliche|letale) dosis",
    ),
    "tr": (r"öldürücü doz|ölümcül doz",),
    "ja": (r"致死量|何錠(で|飲めば|のめば)(死|しね)|どれくらい(飲めば|のめば)(死|しね)|何錠飲んだら死",),
}

POISON = {
    "en": (
        r"charcoal|duct tape|windows taped|hose (from|in|into) the exhaust|car running in the garage",
        r"(?<!food )poison\w*|bleach|antifreeze|rat poison|pesticides?|weed killer|carbon monoxide|cyanide"
        r"|drano",
        r"helium|gas (myself|the car)",
    ),
    "fr": (
        r"(char|moteur|auto) qui (roule|tourne)|enfermé(e)? dans le garage",
        r"poison|empoisonn\w*"
        r"|eau de javel|javel|antigel|mort aux rats|pesticides?|monoxyde de carbone",
    ),
    "es": (
        r"veneno|envenen\w*|cloro|lejía|anticongelante|matarratas|raticida|pesticidas?|monóxido de carbono",
    ),
    "pt": (r"veneno|envenen\w*|água sanitária|chumbinho|raticida|pesticidas?|anticongelante",),
    "tl": (r"lason|nilason|lasonin|muriatic|silver cleaner|pamatay daga",),
    "ar": (rf"{START}(سم|السم|سم فئران){END}|مبيد|كلوركس|الكلور|تسمم|تسميم",),
    "uk": (r"отрут\w*|отру[їи]\w*|відбілювач|антифриз|чадн\w* газ",),
    "ru": (rf"{START}яд(ом|а)?{END}|отрав\w*|хлорк\w*|отбеливател\w*|антифриз|угарн\w* газ",),
    "pa": (r"ਜ਼ਹਿਰ|ਜਹਿਰ|ਸਪਰੇ",),
    "pa_latn": (r"zehar|zehr|jehar|jehr|zeher|spray (pee|pi|peeni|pini)|sulfas|salfas|celphos",),
    "hi": (r"ज़हर|जहर|कीटनाशक|सल्फास|चूहे मार",),
    "ur": (r"زہر|کیڑے مار|چوہے مار",),
    "hi_latn": (r"zehar|zeher|zahar|zehr|jahar|sulfas|salfas|celphos|(chuha|chuhe) (maar|mar)|keetnashak",),
    "zh": (
        r"毒药|毒藥|农药|農藥|老鼠药|老鼠藥|百草枯|烧炭|燒炭|漂白水|漂白剂|漂白劑|一氧化碳|服毒|喝药|喝藥",
    ),
    "vi": (r"thuoc (chuot|tru sau|diet co)|(chat|uong) [đd]oc|thuoc [đd]oc|nuoc tay|[đd]ot than",),
    "fa": (rf"{START}(سم|سمی){END}|مرگ{ZWNJ}موش|قرص برنج|سفید{ZWNJ}کننده|وایتکس|حشره{ZWNJ}کش",),
    "ko": (r"농약|독약|쥐약|락스|표백제|번개탄|연탄|제초제|부동액",),
    "am": (r"መርዝ",),
    "pl": (r"trucizn\w*|otru\w*|wybielacz|domestos|trutk\w*",),
    "it": (r"veleno|avvelen\w*|candeggina|varechina|antigelo|topicida|diserbante",),
    "de": (r"rattengift|vergift\w*|giftig|bleichmittel|frostschutz\w*|kohlenmonoxid",),
    "tr": (r"zehir\w*|çamaşır suyu|fare zehiri|antifriz|tarım ilac\w*",),
    "ja": (r"(?<!気の)(?<!中)毒|農薬|除草剤|漂白剤|練炭|硫化水素|一酸化炭素|殺虫剤",),
}
