"""Concepts of wanting to die: a death wish, killing oneself, ending one's life, not wanting to exist.

Written by meaning in each language, as people type them (see `rules.concepts`). Data only.
"""

from textsupport.triage.rules.concepts.letters import ZWNJ

DIE = {
    "en": (
        r"(want|wanna|wish|ready|going|gonna|deserve) to die|wanna die|unalive",
        r"(wish|hope) i (was|were|would be|could be) dead|better off dead|(rather|id rather) be dead",
        r"(wish|hope) i (could )?(die|dont wake up|never wake up|wouldnt wake up)|let me die",
    ),
    "fr": (
        r"(veux|voudrais|envie de|aimerais|vais|va) (juste |bien )?(mourir|crever)",
        r"(veux|voudrais|aimerais) (etre|être) mort(e)?|j aimerais ne (plus|pas) me réveiller",
    ),
    "es": (
        r"(quiero|quisiera|ganas de|voy a|me quiero) morir(me)?|morirme",
        r"(quiero|quisiera|ojala) estar muert[oa]|ojala (me muera|me muriera|no despertar)",
    ),
    "pt": (
        r"(quero|queria|vontade de|vou) morrer(?! de (rir|fome|sede|frio|calor|vergonha|sono|saudade|medo))"
        r"|(queria|quero) (estar|ficar) mort[oa]|queria não acordar",
    ),
    "tl": (r"(gusto|gustong|sana|mas mabuti pang) (\w+ ){0,2}mamatay|mamatay na (lang )?(ako|sana)",),
    "ar": (
        r"(أريد|اريد|بدي|عايز|عايزة|أبغى|ابغى|أتمنى|اتمنى|نفسي) (أن |ان )?(أموت|اموت|الموت)",
        r"ياريتني (مت|ميت)",
    ),
    "ar_latn": (r"(bade|badi|bdi|biddi|3ayez|3ayz|3ayza|abgha|nefsi) (amout|amoot|amot|mout|moot)",),
    "uk": (
        r"(хочу|хочеться|хотів би|хотіла б) (\S+ )?(померти|вмерти|здохнути)",
        r"краще б я (помер|померла|вмер|вмерла)",
    ),
    "ru": (
        r"(хочу|хочется|хотел бы|хотела бы) (\S+ )?(умереть|помереть|сдохнуть)",
        r"лучше бы я (умер|умерла|сдох|сдохла)",
    ),
    "pa": (r"(ਮਰਨਾ|ਮਰ ਜਾਣਾ) ਚਾਹੁੰਦ|ਮੈਂ ਮਰ ਜਾਵਾਂ",),
    "pa_latn": (
        r"(marna|mar jana|mar jaana) (chahunda|chahundi|chaunda|chaundi|chahnda|chahndi)",
        r"(main|mai) mar (jawan|javan|jaavan)",
    ),
    "hi": (r"मरना चाहत|मर जाना चाहत|मर जाऊं|मर जाऊँ|मौत चाहिए",),
    "ur": (r"مرنا چاہت|مر جانا چاہت|مر جاؤں|موت چاہیے",),
    "hi_latn": (
        r"(marna|mar jana|mar jaana|mrna) (chahta|chahti|chahata|chahati|chaahta|chaahti)",
        r"mar (jaun|jaaun|jau)|maut chahiye|(mar jana|marna) hai",
    ),
    "zh": (r"(?<!不)想死(?!你|您|了你|我了)|死了算了|寻死|尋死|求死|不如死了|想去死",),
    "vi": (r"muon chet|tha chet|chet [đd]i cho (xong|roi)",),
    "fa": (rf"می{ZWNJ}خوا(ه)?م (\S+ )?بمیرم|آرزوی مرگ|کاش (بمیرم|مرده بودم)",),
    "so": (
        r"(rabaa|doonayaa|rabo) (\w+ )?(inaan|in aan) (dhinto|dhimto)|dhimasho (ayaan |baan )?(rabaa"
        r"|doonayaa)",
    ),
    "ko": (r"죽고 ?싶|죽을래|죽어 ?버리고 ?싶|죽었으면 ?좋겠",),
    "am": (r"መሞት (እ)?ፈልጋለሁ|ብሞት ይሻለኛል",),
    "ti": (r"ክመውት (ደልየ|ደልዬ|እደሊ)",),
    "pl": (
        r"(?<!nie )(chcę|chce|chcia[łl]bym|chcia[łl]abym) (\w+ )?umrzeć|wola[łl](a)?bym (nie żyć|umrzeć)",
    ),
    "it": (
        r"(?<!non )(voglio|vorrei) (solo )?morire(?! (dal|dalla|dalle|dai|di|d))",
        r"(vorrei|voglio) essere mort[oa]",
    ),
    "de": (
        r"(will|möchte|moechte) ((?!nicht|nie|kein)\w+ ){0,2}sterben|wäre (ich )?(lieber )?tot",
        r"waere (ich )?(lieber )?tot",
    ),
    "tr": (r"ölmek isti\w*|ölmeyi isti\w*|keşke ölsem|ölsem (keşke|daha iyi)",),
    "ja": (r"死にたい|死にてえ|死のうと思|死んでしまいたい|しにたい",),
    "cr": (r"nipiw|nipiwin",),
    "oj": (r"nibo|nibowin",),
}

SUICIDE = {
    "en": (
        r"sewer ?slide|self ?unalive",
        r"suicid(e|al)|kill (my ?self|myself)|killing (my ?self|myself)|kms|off (my ?self|myself)",
        r"unalive (my ?self|myself)|self (delete|deletion)|commit (suicide|sudoku)",
    ),
    "fr": (r"suicid\w*|me (tuer|suicider|flinguer|buter)",),
    "es": (r"suicid\w*|matarme|me (voy a|quiero) matar|me mato",),
    "pt": (r"suicid\w*|me matar|matar me|vou me matar|me mato",),
    "tl": (r"(mag|nag|pag)(pa)?pakamatay|(patayin|papatayin) (ko )?(ang )?sarili",),
    "ar": (r"انتحار|انتحر|أنتحر|ينتحر|(قتل|اقتل|أقتل|سأقتل|راح اقتل|هقتل) نفسي",),
    "ar_latn": (
        r"(a2tol|a2tul|aktol|a2tel|a2til|2atel|nkatel|na2tol) (nafsi|7ali|hali|roo7i|ro7i)",
        r"antahir|ante7er|hantehar|hantiher|int7ar|entehar|inti7ar|intihar",
    ),
    "uk": (r"самогубств\w*|суїцид\w*|(вбити|вбю|вб ю|вбʼю|убити) себе|(покінчити|покінчу) (з|із) собою",),
    "ru": (
        r"самоубийств\w*|суицид\w*|(убить|убью|убиваю) себя|(покончить|покончу) с собой",
        r"(наложить|наложу) на себя руки",
    ),
    "pa": (r"ਖੁਦਕੁਸ਼ੀ|ਖ਼ੁਦਕੁਸ਼ੀ|ਆਤਮਹੱਤਿਆ|ਆਪਣੇ ਆਪ ਨੂੰ ਮਾਰ",),
    "pa_latn": (r"khudkushi|khudkhushi|khud kushi|aatmhatya|(khud|apne aap|aapne aap) (nu|noo) (maar|mar)",),
    "hi": (r"आत्महत्या|खुदकुशी|ख़ुदकुशी|(खुद|अपने आप) को (मार|ख़त्म|खत्म)",),
    "ur": (r"خودکشی|خود کشی|(خود|اپنے آپ) کو (مار|ختم)",),
    "hi_latn": (
        r"khudkushi|khudkhushi|khud kushi|aatmhatya|atmahatya|aatmahatya",
        r"(khud|apne aap|khudko) (ko )?(maar|mar) (dunga|dungi|lunga|lungi|dalunga|dalungi|doon)",
    ),
    "zh": (r"自杀|自殺|轻生|輕生|了结自己|了結自己|寻短见|尋短見",),
    "vi": (
        r"tu sat|tu ket lieu|(muon|se|[đd]inh|sap|nghi [đd]en|nghi toi|[đd]oi) tu tu",
        r"giet (chet )?(ban than|chinh minh)",
    ),
    "fa": (r"خودکشی|خود کشی|خودمو? (رو |را )?بکشم|خودم رو بکشم",),
    "so": (r"is dil\w*|isdil\w*",),
    "ko": (r"자살|극단적 ?선택|스스로 ?목숨|자결",),
    "am": (r"ራሴን (ልገድል|እገድላለሁ|ማጥፋት|አጠፋለሁ|ላጠፋ)|ራስን (ማጥፋት|መግደል)",),
    "pl": (r"samobój\w*|(zabiję|zabić) się|się (zabiję|zabić)",),
    "it": (r"suicid\w*|ammazzarmi|uccidermi|mi ammazzo|mi uccido",),
    "de": (r"selbstmord\w*|suizid\w*|mich umbringen|bringe? mich um|mich töten",),
    "tr": (r"intihar\w*|kendimi öldür\w*|can[ıi]ma k[ıi]y\w*",),
    "ja": (r"自殺|自死|死のう",),
}

END_LIFE = {
    "en": (
        r"end (my|this) (own )?life|end it (all|tonight|now|today)|ending it all|end everything",
        r"(take|taking) my (own )?life|(end|ending) things (tonight|today|now|for good)",
    ),
    "fr": (
        r"(mettre|mets|mettrai|mettre) fin (a|à) (mes jours|ma vie|tout)|en finir|m enlever la vie",
        r"(m|me) ôter la vie",
    ),
    "es": (r"quitar(me)? la vida|(acabar|terminar) con (mi vida|todo)|ponerle fin a (mi vida|todo)",),
    "pt": (
        r"tirar (a )?(minha )?(própria )?vida|acabar com (tudo|a minha vida|minha vida)",
        r"pôr fim (a|à) (minha vida|tudo)",
    ),
    "tl": (r"(tapusin|tatapusin|wakasan|wawakasan) (ko )?(na )?(ang )?(lahat|buhay ko)",),
    "ar": (r"(أنهي|انهي|سأنهي|إنهاء|انهاء) (حياتي|كل شيء|كل شي)|(أضع|اضع) حدا لحياتي",),
    "ar_latn": (r"(anhi|2anhi|anhee) (7ayati|hayati)",),
    "uk": (r"(покінчити|покінчу|закінчити|закінчу) (з )?(життям|всім)|покласти край (життю|всьому)",),
    "ru": (
        r"(покончить|покончу|закончить|закончу) (с )?(жизнью|всем)|покончить со всем",
        r"свести сч[её]ты с жизнью",
    ),
    "pa": (r"(ਜ਼ਿੰਦਗੀ|ਜਿੰਦਗੀ) (ਖਤਮ|ਖ਼ਤਮ) ਕਰ|ਸਭ ਕੁਝ (ਖਤਮ|ਖ਼ਤਮ) ਕਰ",),
    "pa_latn": (
        r"(zindagi|jindagi|zindgi) (khatam|khatm|khtm)|sab (kuch |kujh |kuchh )?(khatam|khatm|khtm) (kar|kr)",
    ),
    "hi": (r"(ज़िंदगी|जिंदगी|ज़िन्दगी|जिन्दगी) (खत्म|ख़त्म) कर|सब कुछ (खत्म|ख़त्म) कर|अपनी जान (ले|दे)",),
    "ur": (r"زندگی ختم کر|سب کچھ ختم کر|اپنی جان (لے|دے)",),
    "hi_latn": (
        r"(zindagi|jindagi|zindgi) (khatam|khatm|khtm)|sab (kuch |kuchh )?(khatam|khatm|khtm) (kar|kr)",
        r"(apni )?jaan (de|le) (dunga|dungi|doonga|lunga|lungi)",
    ),
    "zh": (r"(结束|結束)(我的)?(生命|一切|这一切|這一切)|一了百了|了此残生|了此殘生",),
    "vi": (r"ket thuc (cuoc [đd]oi|cuoc song|tat ca|moi thu|[đd]oi minh)|ket lieu (cuoc [đd]oi|[đd]oi)",),
    "fa": (r"به زندگی(م|ام)? پایان|زندگیمو? (رو )?تموم کنم|خودمو خلاص کنم",),
    "ko": (r"목숨을 ?끊|삶을 ?끝내|인생을 ?끝내|다 ?끝내고 ?싶|끝내고 ?싶",),
    "am": (r"(ህይወቴን|ሕይወቴን) (ላጠፋ|ማጥፋት|አጠፋለሁ)",),
    "pl": (
        r"(odebrać|odbiorę) sobie życie|(skończyć|skończę) ze sobą|skończyć z tym wszystkim",
        r"targnąć się na (swoje )?życie",
    ),
    "it": (r"togliermi la vita|farla finita|(porre|mettere) fine alla (mia )?vita",),
    "de": (
        r"mir (das )?leben (zu )?nehmen|(meinem|mein) leben (ein )?ende (setzen|machen|bereiten)",
        r"allem ein ende (setzen|machen)",
    ),
    "tr": (r"hayat[ıi]ma son ver\w*|her şeye son ver\w*",),
    "ja": (r"命を絶|命を断|人生を終わらせ|終わりにしたい|全部終わりにし",),
}

NOT_EXIST = {
    "en": (
        r"join (her|him|them) (in heaven|tonight|soon)|with my \w+ in heaven",
        r"if i dont wake up|shouldnt (even )?be (alive|here)",
        r"(want|wish) (it|everything) to (stop|end) (for good|permanently|forever)",
        r"(when|if|once) im gone|if i (was|were) gone|(not|wont) be (here|around) tomorrow",
        r"(want|wanna|wish i could|just want) to (disappear|vanish|not exist|stop existing|cease to exist)",
        r"(dont|do not|dont even) (want|wanna) to (exist|be here|be alive|live|wake up)( anymore)?",
        r"(wish|hope) i (wasnt|was never|was not|had never been|never) (born|here|alive|existed)",
        r"never wake up|no reason to (live|be here|stay|keep going)|(want|wanna) (disappear|vanish)",
    ),
    "fr": (
        r"(dormir|m endormir) (et|pour) ne (plus|pas|jamais) me réveiller",
        r"disparaître|(veux|veut|voudrais) (plus|pas) (vivre|exister|être là)|(plus|pas) envie de vivre",
        r"ne plus (exister|me réveiller)",
    ),
    "es": (
        r"(dormir|dormirme) y no despertar|no despertar (nunca )?más",
        r"desaparecer|no (quiero|quisiera) (vivir|existir|seguir viviendo|despertar)",
        r"ya no quiero (vivir|estar aquí)",
    ),
    "pt": (
        r"dormir e não acordar (mais)?",
        r"desaparecer|sumir|não (quero|queria) (mais )?(viver|existir"
        r"|acordar|estar aqui)",
    ),
    "tl": (
        r"(ayoko|ayaw ko|ayaw kong) (na |nang )?(\w+ ){0,2}(mabuhay|gumising)|maglaho",
        r"(gusto|sana) (ko )?(nang |na )?mawala (na )?(lang)?",
    ),
    "ar": (
        r"(لا أريد|لا اريد|مش عايز|مش عايزة|ما بدي|ما ابغى|ما أبغى) (أن |ان )?(أعيش|اعيش|عيش|العيش)",
        r"(أريد|اريد|بدي) (أن |ان )?(أختفي|اختفي)|ليتني لم (أولد|اولد)",
    ),
    "ar_latn": (
        r"(ma badi|mabadi|mish 3ayez|msh 3ayez|mesh 3ayez|ma bdi) (3ish|3eesh|a3ish|a3eesh)",
        r"(badi|bade) (ekhtefi|e5tefi)",
    ),
    "uk": (
        r"не (хочу|хочеться) (більше |вже )?(жити|існувати|прокидатися)|(хочу|хотілось би) (зникнути"
        r"|щезнути)",
    ),
    "ru": (
        r"не (хочу|хочется) (больше |уже )?(жить|существовать|просыпаться)|(хочу|хочется) (исчезнуть"
        r"|пропасть)",
        r"меня не станет",
    ),
    "pa": (r"(ਜੀਣਾ|ਜੀਉਣਾ|ਜਿਉਣਾ) ਨਹੀਂ ਚਾਹੁੰਦ",),
    "pa_latn": (
        r"(jeena|jina|jiona|jeona|jeeona) (nahi|nahin|nai|ni) (chahunda|chahundi|chaunda|chaundi)",
        r"(mainu|menu|hor) (hor )?(nahi|nai|ni) (jeena|jiona|jeona)",
    ),
    "hi": (r"जीना नहीं चाहत|(अब|और) (और )?नहीं जीना|गायब (हो जाना|होना) चाहत",),
    "ur": (r"جینا نہیں چاہت|(اب|اور) نہیں جینا|غائب ہو جانا",),
    "hi_latn": (
        r"(jeena|jina) (nahi|nahin|nai|ni) (chahta|chahti|hai)|(mujhe|ab) (aur |ab )?(nahi|nahin) (jeena"
        r"|jina)",
        r"gayab ho (jana|jaana|jaun|jaaun)",
    ),
    "zh": (r"不想活|活不下去|不想存在|想消失|不想醒来|不想醒來",),
    "vi": (r"(khong|chang|ko) muon song (nua|tiep)|muon bien mat|(khong|ko) muon ton tai",),
    "fa": (
        rf"نمی{ZWNJ}خوا(ه)?م (زنده (باشم|بمونم)|وجود داشته باشم|دیگه زندگی کنم)",
        rf"(می{ZWNJ}خوا(ه)?م|دلم می{ZWNJ}خواد) (ناپدید|غیب|محو) (بشم|شم)",
    ),
    "ko": (r"살기 ?싫|사라지고 ?싶|없어지고 ?싶|태어나지 ?말았어야|살고 ?싶지 ?않|살 ?이유가 ?없",),
    "am": (r"መኖር (አልፈልግም|አልፈልግ)",),
    "pl": (
        r"nie chcę (już |d[łl]użej )?żyć|(chcę )?zniknąć|nie chcę istnieć|wola[łl](a)?bym się nie urodzić",
    ),
    "it": (
        r"non (voglio|ho) (più )?(voglia di )?vivere|(voglio|vorrei) sparire|scomparire",
        r"vorrei non (esistere|essere mai nat[oa])",
    ),
    "de": (
        r"(will|möchte) nicht mehr (leben|sein|existieren|aufwachen)|(will|möchte) (einfach )?verschwinden",
        r"wäre ich (doch )?nie geboren",
    ),
    "tr": (r"yaşamak istemiyorum|kaybolmak isti\w*|yok olmak isti\w*|keşke (hiç )?doğmasaydım",),
    "ja": (r"消えたい|いなくなりたい|生きていたくない|生きたくない|生まれてこなければ|目覚めたくない",),
}
