"""Concepts about danger from or to others: harming another person, voices, someone else in danger now, not
being safe.

Written by meaning in each language, as people type them (see `rules.concepts`). Data only.
"""

from textsupport.triage.rules.concepts.letters import ZWNJ

_KIN = (
    r"(wife|husband|(step)?(mom|dad|father|mother)|boss|neighbou?r|roommate|ex|kids?|son|daughter|brother"
    r"|sister|partner|bf|gf)"
)

HARM_OTHER = {
    "en": (
        rf"(kill|hurt|stab|shoot|strangle|murder|smash) (him|her|them|my {_KIN}|that (guy|man|woman|bitch"
        r"|bastard)|someone|somebody|everyone|people)",
        r"(make|going to make) (him|her|them) pay|homicidal|(shoot|bomb) (up )?(the|my) (school"
        r"|work|office|place)",
    ),
    "fr": (
        r"(je vais|j vais|veux|envie de) (le |la |les |te |lui )?(tuer|buter|frapper|poignarder)",
        r"(tuer|buter|poignarder) (quelqu un|mon \w+|ma \w+|tout le monde)",
    ),
    "es": (
        r"(lo|la|los|las|te) (voy a |quiero )?(matar|apuñalar|golpear)|matarlo|matarla|matarlos",
        r"matar a (alguien|mi \w+|todos)",
    ),
    "pt": (
        r"(vou|quero) (matar|esfaquear|bater) (ele|ela|eles|alguém|todo mundo|meu \w+|minha \w+)",
        r"(matá|mata) (lo|la)",
    ),
    "tl": (r"(papatayin|patayin|sasaksakin|bubugbugin|sasaktan) (ko )?(siya|sila|ka|kayo|yung|ang)",),
    "ar": (r"(هقتله|هقتلها|سأقتله|سأقتلها|أقتله|اقتله|اقتلها|أقتلها|أقتلهم|اقتلهم)",),
    "ar_latn": (r"(a2tlo|a2tolo|a2tla|a2tola|a2tolha|aktolo|aktlo|ha2tlo|ha2tloh|h2tlo|ha2telha|a2tolhom)",),
    "uk": (r"(вб ю|вбю|вбʼю|вбити|заріжу) (його|її|їх|тебе|всіх|когось)",),
    "ru": (r"(убью|убить|зарежу|прибью|пришибу) (его|е[её]|их|тебя|всех|кого( |-)?нибудь|кого( |-)?то)",),
    "pa": (r"(ਉਸਨੂੰ|ਉਹਨੂੰ|ਉਹਨਾਂ ਨੂੰ|ਤੈਨੂੰ) ਮਾਰ (ਦਿਆਂਗਾ|ਦੇਵਾਂਗਾ|ਦੂੰਗਾ|ਦਿਆਂਗੀ)",),
    "pa_latn": (
        r"(ohnu|onu|ohna nu|onha nu|tainu|tenu) (maar|mar) (deyanga|dyanga|dunga|diyanga|devanga|deyangi)",
    ),
    "hi": (r"(उसे|उसको|उन्हें|तुझे|तुम्हें) (जान से )?मार (दूंगा|दूँगा|डालूंगा|डालूँगा|दूंगी|डालूंगी)",),
    "ur": (r"(اسے|اس کو|انہیں|تجھے|تمہیں) (جان سے )?مار (دوں|ڈالوں) (گا|گی)",),
    "hi_latn": (
        r"(use|usko|unhe|unko|tujhe|tumhe|tuje) (jaan se )?(maar|mar) (dunga|doonga|daalunga|dalunga|dungi"
        r"|dalungi)",
    ),
    "zh": (r"(杀|殺)了(他|她|他们|他們|你)|(想|要)(杀|殺)(人|他|她)|弄死(他|她|你)|砍死|捅死",),
    "vi": (r"giet (no|han|chet no|chet han|ho|may|chung no|nguoi)",),
    "fa": (rf"بکشمش|می{ZWNJ}کشمش|بکشمشون",),
    "so": (r"(waan|waxaan) (dilayaa|dili doonaa)",),
    "ko": (r"죽여 ?버릴|죽여버리|죽일 ?거|죽이고 ?싶|패 ?죽|찔러 ?죽",),
    "am": (r"እገድለዋለሁ|እገድላታለሁ|እገድላቸዋለሁ",),
    "pl": (r"(zabiję|zabić) (go|ją|ich|cię|kogoś|wszystkich)|zatłukę",),
    "it": (r"(lo|la|li|ti) (ammazzo|uccido)|ammazzarl[oai]|ucciderl[oai]",),
    "de": (
        r"(bring|bringe|mach|mache) (ihn|sie|dich|euch) (kalt|um)|(ihn|sie|dich) (umbringen|töten|abstechen)",
    ),
    "tr": (r"(onu|seni|onlar[ıi]|hepsini|hepinizi) öldür\w*|gebert\w*",),
    "ja": (r"(あいつ|奴|やつ|彼|彼女|あの人|お前)を?(殺|ころ)|殺してやる|ぶっ殺|殺したい",),
}

VOICES = {
    "en": (
        r"(hear|hearing|heard) (the |these )?voices|voices (are )?(tell|telling|told|say|saying|want|keep"
        r"|in my head)",
        r"(telling|told|ordering|commanding) me to (kill|hurt|do|jump|end)|hallucinat\w*|someone in my head",
    ),
    "fr": (
        r"(j entends|entendre|entends) des voix|(les|des) voix (me|qui) (disent|dit|ordonnent)|hallucin\w*",
    ),
    "es": (
        r"(oigo|escucho|oír|escuchar) (voces|voices)|(las|unas) voces (me )?(dicen|ordenan|piden)|alucina\w*",
    ),
    "pt": (r"(ouço|escuto|ouvindo|escutando) vozes|(as|umas) vozes (me )?(mandam|dizem|pedem)|alucina\w*",),
    "tl": (
        r"(may|naririnig|nakakarinig) (\w+ ){0,2}(ng |ang )?(mga )?boses|(mga )?boses (na )?(nag uutos"
        r"|nagsasabi)",
    ),
    "ar": (
        r"(أسمع|اسمع|بسمع|سامع) (أصوات|اصوات)|(الأصوات|الاصوات|أصوات|اصوات) (تقول|بتقول|تأمرني)|هلوسة|هلاوس",
    ),
    "ar_latn": (r"(asma3|basma3|sama3|3am esma3) (aswat|2aswat|aswaat)",),
    "uk": (r"(чую|чути) голос\w*|голоси (кажуть|наказують|велять|говорять)|галюцинац\w*",),
    "ru": (r"(слышу|слышать) голос\w*|голоса (говорят|приказывают|велят)|галлюцинац\w*",),
    "pa": (r"(ਆਵਾਜ਼ਾਂ|ਅਵਾਜ਼ਾਂ|ਆਵਾਜਾਂ) (ਸੁਣ|ਆਉਂਦੀਆਂ)",),
    "pa_latn": (r"(awaazan|awazan|avaazan|awaaza|awaza) (sun|sunn|aundiyan|aundia)",),
    "hi": (r"(आवाज़ें|आवाजें) (सुनाई|सुन|कहती|बोलती)|मतिभ्रम",),
    "ur": (r"آوازیں (سنائی|سن|کہتی)",),
    "hi_latn": (r"(awaaze|awaazein|awazein|awaje|aawazein|awaazen|awazen) (sunai|sun|kehti|bolti|aati)",),
    "zh": (
        r"幻听|幻聽|(听到|聽到|听见|聽見)(有人说话|有人說話|声音|聲音)|(声音|聲音)(叫我|让我|讓我|告诉我|告訴我)|幻觉|幻覺",
    ),
    "vi": (r"(nghe|nghe thay) (tieng|giong) (noi|nguoi)|ao giac|ao thanh|giong noi (bao|bat|ra lenh)",),
    "fa": (rf"صدا(ها|هایی)? (می{ZWNJ}شنوم)|صداها (بهم )?(می{ZWNJ}گن|دستور)|توهم",),
    "so": (r"codad (baan|ayaan) maqlaa",),
    "ko": (r"환청|목소리가 ?(들려|들린|시켜|말해)|환각",),
    "am": (r"(ድምፅ|ድምጽ) (እሰማለሁ|ይሰማኛል)",),
    "pl": (r"(słyszę|słyszeć) głosy|głosy (mówią|każą)|halucynacj\w*",),
    "it": (r"(sento|sentire) (delle )?voci|(le|delle) voci (mi )?(dicono|ordinano)|allucinazion\w*",),
    "de": (r"(höre|hören) stimmen|stimmen (sagen|befehlen|flüstern)|halluzin\w*",),
    "tr": (r"ses(ler)? duyuyorum|sesler (söylüyor|emrediyor)|halüsinasyon\w*",),
    "ja": (r"幻聴|声が聞こえ|声がきこえ|声に(命令|言われ)|幻覚",),
}

OTHER_DANGER = {
    "en": (
        r"(friend|brother|sister|cousin|mom|dad|son|daughter) (posted|said|texted|says) (that )?(she|he"
        r"|they) (wants|want) to die",
        r"(locked|shut) (himself|herself|themselves) in",
        r"(not|isnt|stopped|barely|hardly|cant|doesnt|not really) breathing|unconscious|unresponsive"
        r"|no pulse",
        r"(wont|cant|cannot|couldnt) wake (him|her|them|my \w+)( up)?|(turning|lips|face|going) (blue"
        r"|purple)",
        rf"(he|she|they|my {_KIN}|my friend) (overdosed|has (a |my )?(gun|knife|pills)|is dying|collapsed)",
        r"(cant|cannot|couldnt) (reach|get hold of|get through to) (him|her|them|my \w+)",
        r"(locked|barricaded) (himself|herself|themselves|themself)|(call|called|calling) (911|an ambulance)",
    ),
    "fr": (
        r"s est enfermé(e)?",
        r"(respire|respirait) (pas|plus)|inconscient(e)?|sans connaissance|(se réveille|réagit) pas",
        r"(appeler|appelé|appelez) (le )?911|ambulance|lèvres bleues",
    ),
    "es": (
        r"no (respira|reacciona|despierta|responde)|inconsciente|desmayad[oa]|(llamar|llamé"
        r"|llamen) (al )?911",
        r"ambulancia|labios morados",
    ),
    "pt": (
        r"não (está )?(respirando|respira|acordando|acorda|reagindo)|desmaiad[oa]|inconsciente|ambulância",
        r"lábios roxos",
    ),
    "tl": (
        r"(hindi|di) (siya |sya )?(na )?(humihinga|gumigising|magising|nagigising)|walang malay"
        r"|nawalan ng malay|hinimatay",
        r"ambulansya",
    ),
    "ar": (
        r"(ما|مش|لا) (بيتنفس|يتنفس|تتنفس|بتتنفس)|مغمى (عليه|عليها)|فاقد(ة)? الوعي|(ما|مش) (بيصحى|بيفيق|يصحى)",
        r"إسعاف|اسعاف",
    ),
    "ar_latn": (r"(ma|mish|msh|mesh) (3am )?(yetnaffas|bitnafas|yitnafas|byetnafas|bytnfs)|es3af|is3af",),
    "uk": (r"не (дихає|дише|прокидається|реагує)|без свідомості|знепритомні\w*|швидк\w* допомог\w*",),
    "ru": (r"не (дышит|просыпается|реагирует)|без сознания|потерял\w* сознание|скорую|скорая|синие губы",),
    "pa": (r"ਸਾਹ ਨਹੀਂ (ਲੈ|ਆ)|ਬੇਹੋਸ਼|ਐਂਬੂਲੈਂਸ",),
    "pa_latn": (r"saah (nahi|nai|ni) (lai|lay|le|aa)|behosh|behhosh",),
    "hi": (r"(सांस|साँस) नहीं (ले|आ)|बेहोश|होश में नहीं|एम्बुलेंस|एंबुलेंस",),
    "ur": (r"سانس نہیں (لے|آ)|بے ہوش|بیہوش|ہوش میں نہیں|ایمبولینس",),
    "hi_latn": (r"(saans|sans|saas) (nahi|nahin|ni) (le|aa|a)|behosh|be hosh|hosh (mein|me) (nahi|nahin)",),
    "zh": (
        r"没有呼吸|沒有呼吸|没呼吸|沒呼吸|不呼吸|叫不醒|昏迷|昏过去|昏過去|失去意识|失去意識|救护车|救護車|没气了|沒氣了",
    ),
    "vi": (r"(khong|ko) con tho|bat tinh|ngat xiu|(khong|ko) tinh (lai|day)|goi cap cuu|xe cap cuu|hon me",),
    "fa": (rf"نفس (نمی{ZWNJ}کشه)|بیهوش|بی{ZWNJ}هوش|به هوش نمیاد|آمبولانس|اورژانس",),
    "so": (r"ma (neefsanayo|neefsato)|miyir (la aan|beelay|laan)|suuxay|ambalaas",),
    "ko": (r"숨을? ?(안|못) ?쉬|의식이 ?없|의식을 ?잃|기절|깨어나지 ?않|구급차|119",),
    "am": (r"አይተነፍስም|ራሱን (ስቷል|ሳተ)|ራሷን (ስታለች|ሳተች)|አምቡላንስ",),
    "pl": (r"nie (oddycha|reaguje|budzi się)|nieprzytomn\w*|zemdla[łl]\w*|karetk\w*|pogotowi\w*",),
    "it": (r"non (respira|si sveglia|reagisce)|svenut[oa]|incosciente|priv[oa] di sensi|ambulanza",),
    "de": (
        r"atmet nicht( mehr)?|bewusstlos|ohnmächtig|wacht nicht (mehr )?auf|krankenwagen|rettungswagen"
        r"|notarzt",
    ),
    "tr": (r"nefes alm[ıi]yor|bilinci (yok|kapal[ıi])|bay[ıi]ld[ıi]|uyanm[ıi]yor|ambulans",),
    "ja": (r"息をしていない|息してない|意識がない|意識が無い|意識不明|気を失|目を覚まさない|救急車",),
}

NOT_SAFE = {
    "en": (
        r"(cant|cannot|wont) promise (ill|i will|i can|i ll) (be|stay|keep) safe|(dont"
        r"|do not) know if i can (stay|keep) (myself )?safe",
        r"(not|dont|do not|never) (feel )?safe|unsafe|in danger|cant trust myself|(dont|do not) trust myself",
        r"(scared|afraid) (of|for) (myself|what i)|(scared|afraid) i (will|might|ll|would) (do|hurt|kill)",
        r"threaten\w*",
    ),
    "fr": (
        r"(capable de|pouvoir|peux pas) me retenir",
        r"(pas|plus) en sécurité|en danger|peur de (moi"
        r"|ce que je)|menac\w*",
    ),
    "es": (r"no (estoy|me siento) (a salvo|segur[oa])|en peligro|miedo de (mí|lo que)|amenaz\w*",),
    "pt": (r"não (estou|me sinto) (segur[oa]|a salvo)|em perigo|medo de (mim|o que)|ameaç\w*",),
    "tl": (r"(hindi|di) (ako )?ligtas|nasa panganib|natatakot ako sa sarili",),
    "ar": (r"(مش|لست|ما|مو) (بأمان|آمن|امن|آمنة|امنة)|في خطر|(خايف|خايفة) من نفسي|يهددني|بيهددني|تهديد",),
    "ar_latn": (
        r"(mish|msh|mesh) (b2aman|baman|amen|2amen)|fi (5atar|khatar)|(5ayef|khayef) (men|min) (7ali|nafsi)",
    ),
    "uk": (r"не в безпеці|(у|в) небезпеці|боюся себе|погрожу\w*|загрож\w*",),
    "ru": (r"не в безопасности|в опасности|боюсь (себя|за себя)|угрожа\w*",),
    "pa": (r"ਸੁਰੱਖਿਅਤ ਨਹੀਂ|(ਖ਼ਤਰੇ|ਖਤਰੇ) ਵਿੱਚ|ਧਮਕੀ",),
    "pa_latn": (r"surakhit (nahi|nai|ni)|khatre (vich|ch)|dhamki",),
    "hi": (r"सुरक्षित नहीं|(ख़तरे|खतरे) में|धमकी|खुद से डर",),
    "ur": (r"محفوظ نہیں|خطرے میں|دھمکی|اپنے آپ سے ڈر",),
    "hi_latn": (
        r"(surakshit|mehfooz|mahfooz|safe) (nahi|nahin|ni) (hu|hoon|hun|hai)|khatre (mein|me|mai)|dhamki",
    ),
    "zh": (r"不安全|有危险|有危險|怕我自己|害怕自己|威胁|威脅|控制不住自己",),
    "vi": (r"(khong|ko) an toan|gap nguy hiem|nguy hiem|so ban than|[đd]e doa",),
    "fa": (rf"(امن|در امان) نیستم|در خطر|از خودم می{ZWNJ}ترسم|تهدید",),
    "so": (r"khatar (ku jira|baan ku jiraa)|halis",),
    "ko": (r"안전하지 ?(않|못)|위험해|위험한 ?상황|내가 ?무서|협박",),
    "am": (r"አደጋ ላይ|ዛቻ",),
    "pl": (r"nie (czuję się|jestem) bezpieczn\w*|w niebezpieczeństwie|boję się siebie|grozi\w*",),
    "it": (r"non (mi sento )?(al sicuro|sicur[oa])|in pericolo|ho paura di me|minacci\w*",),
    "de": (r"nicht (mehr )?sicher|in gefahr|angst vor mir|bedroh\w*",),
    "tr": (r"güvende (değilim|hissetmiyorum)|tehlikede\w*|kendimden korkuyorum|tehdit\w*",),
    "ja": (r"安全じゃない|安全ではない|危険|危ない|あぶない|自分が怖い|脅され|脅迫",),
}
