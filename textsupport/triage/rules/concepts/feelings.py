"""Concepts of despair: hopelessness, being a burden, not being able to go on, being alone.

Written by meaning in each language, as people type them (see `rules.concepts`). Data only.
"""

from textsupport.triage.rules.concepts.letters import END, START, ZWNJ

HOPELESS = {
    "en": (
        r"hopeless|no hope|(lost|lose|losing) (all )?hope|nothing (left )?to live for|no future",
        r"no point( in)? (living|anything|trying|going on|any of this)|whats the point|pointless",
        r"(never|wont ever|will never) get better|give up on (life|everything)",
    ),
    "fr": (r"(sans|aucun|plus d|pas d) ?espoir|désespér\w*|à quoi bon|ça sert à rien|plus aucun espoir",),
    "es": (
        r"sin esperanza|desesperad[oa]|(no|ya no) (hay|tengo) (esperanza|salida|futuro)",
        r"nada tiene sentido|para qué seguir|no vale la pena",
    ),
    "pt": (
        r"sem esperança|desesperad[oa]|não (tenho|há) (esperança|saída|futuro)|nada faz sentido",
        r"não vale a pena",
    ),
    "tl": (r"wala (na )?(akong )?pag asa|walang pag asa|wala nang saysay|walang kwenta (ang )?buhay",),
    "ar": (r"يائس|يائسة|(ما في|مافي|لا يوجد|لا|مفيش) (أمل|امل)|فقدت (الأمل|الامل)",),
    "ar_latn": (r"(ma fi|mafi|mafeesh|mafish|ma fee) (amal|2amal|aml)",),
    "uk": (r"безнадійн\w*|(немає|нема) (надії|сенсу|майбутнього)|втрати(в|ла) надію",),
    "ru": (r"безнад[её]жн\w*|(нет|никакой) (надежды|смысла|будущего)|потерял(а)? надежду",),
    "pa": (r"ਕੋਈ ਉਮੀਦ ਨਹੀਂ|ਨਿਰਾਸ਼",),
    "pa_latn": (r"koi (umeed|umid|ummeed|aas) (nahi|nahin|ni|nai)",),
    "hi": (r"कोई उम्मीद नहीं|उम्मीद (खो|छोड़|टूट)|निराश|नाउम्मीद",),
    "ur": (r"کوئی (امید|امّید) نہیں|ناامید|نا امید|مایوس",),
    "hi_latn": (r"koi (umeed|umid|ummeed|ummid) (nahi|nahin|ni|nai)|na ?umeed|mayoos|mayus|nirash",),
    "zh": (r"绝望|絕望|没有希望|沒有希望|没希望|沒希望|活着没意思|活著沒意思|没有未来|沒有未來",),
    "vi": (r"tuyet vong|vo vong|(khong|chang|ko) con (hy|hi) vong|het (hy|hi) vong|(khong|ko) co tuong lai",),
    "fa": (rf"ناامید|نا امید|هیچ امیدی|امیدی (ندارم|نیست)|بی{ZWNJ}فایده",),
    "so": (r"rajo (ma qabo|ma hayo|la aan|laan|beelay)|quus",),
    "ko": (r"희망이 ?없|절망|가망이 ?없|미래가 ?없|소용 ?없",),
    "am": (r"ተስፋ (ቆርጫለሁ|የለኝም|ቆረጥኩ)",),
    "pl": (r"beznadziej\w*|nie ma (już )?(nadziei|sensu)|bez nadziei|straci[łl](e|a)m nadziej\w*",),
    "it": (
        r"senza speranza|(non c è|nessuna) (più )?(speranza|via d uscita)|disperat[oa]",
        r"non ha (più )?senso|ho perso (ogni )?speranza",
    ),
    "de": (r"hoffnungslos|keine hoffnung|verzweifelt|(hat|macht) (alles )?keinen sinn( mehr)?|sinnlos",),
    "tr": (r"umutsuz\w*|umudum (kalmadı|yok)|hiç umut yok|anlamı yok",),
    "ja": (r"絶望|希望がない|希望が無い|生きる意味がない|将来がない|もうだめ|もうダメ",),
}

BURDEN = {
    "en": (
        r"(a|such a|just a|only a|im a) burden|burdening|(better|easier) (off )?without me",
        r"(everyone|they|family|kids|world|people) (would be|is|are|d be) better off|waste of space",
    ),
    "fr": (r"(un|une) (fardeau|poids|boulet) pour|je suis (un|une) (fardeau|poids|boulet)|mieux sans moi",),
    "es": (r"(una )?carga para|soy (una )?carga|estorbo|mejor sin mí|estarían mejor sin",),
    "pt": (
        r"(um |uma )?(fardo|peso) (para|pra)|sou (um|uma) (fardo|peso|estorvo)|melhor sem mim",
        r"estariam melhor sem",
    ),
    "tl": (r"pabigat|perwisyo",),
    "ar": (r"عبء|عبئ|عالة|(أحسن|احسن|أفضل|افضل) بدوني",),
    "ar_latn": (r"(a7san|ahsan|afdal) (bidooni|bdooni|bdoni|bidoni)",),
    "uk": (r"тягар\w*|обуза|(краще|легше) без мене",),
    "ru": (r"обуза|обузой|в тягость|бремя|(лучше|легче) без меня",),
    "pa": (r"ਬੋਝ",),
    "pa_latn": (r"(bojh|boj) (han|haan|aan|ban|baneya|baneyi)",),
    "hi": (r"बोझ",),
    "ur": (r"بوجھ",),
    "hi_latn": (r"bojh|mere bina (sab )?(behtar|achha|accha)",),
    "zh": (r"累赘|累贅|负担|負擔|拖累|没有我(他们|大家|你们)?(会)?更好|沒有我(他們|大家|你們)?(會)?更好",),
    "vi": (r"ganh nang|(tot|[đd]e chiu) hon (khi|neu) (khong|ko) co (toi|minh|em|anh|con)",),
    "fa": (r"سربار|باری روی دوش|بار اضافه|بدون من (بهتر|راحت)",),
    "so": (r"culays|culeys",),
    "ko": (r"짐이 ?(되|돼|될)|짐덩어리|민폐|없는 ?게 ?나아|없으면 ?더 ?나을",),
    "am": (r"ሸክም",),
    "pl": (r"ciężar\w*|(lepiej|łatwiej|latwiej) beze mnie|zawadzam",),
    "it": (r"un peso per|sono un peso|(meglio|starebbero meglio) senza di me",),
    "de": (r"eine last|(zur|nur eine) last|besser ohne mich",),
    "tr": (r"(yük|yüküm|yükü) (oluyorum|oldum|olmak)|bensiz (daha )?(iyi|mutlu)",),
    "ja": (r"迷惑(ばかり|を|かけ)|お荷物|負担になっ|足手まとい|いない方が(いい|まし)",),
}

CANT_GO_ON = {
    "en": (
        r"(cant|can not|cannot) (go on|do this|take (it|this)|keep going|cope|handle (it|this)"
        r"|live like this)",
        r"(tired|sick) of (living|life|being alive|everything|it all)|(done|finished) with (life|everything)",
        r"(cant|cannot) (do it )?any ?more|had enough",
    ),
    "fr": (
        r"(je n en|j en|je) (peux|peu) plus|(fatigué|fatiguée|tanné|tannée|écoeuré|écoeurée|marre) de (vivre"
        r"|la vie|tout)",
        r"j abandonne|plus la force|(suis|chu|chus|rendu) (à bout|pu capable|plus capable)",
    ),
    "es": (
        r"ya no (puedo|aguanto|soporto)( más)?|no (puedo|aguanto) más|cansad[oa] de (vivir|la vida|todo)",
        r"me rindo|no doy más|no puedo seguir",
    ),
    "pt": (r"não (aguento|consigo|suporto) mais|cansad[oa] de (viver|tudo|a vida)|desisto|não dá mais",),
    "tl": (r"(hindi|di) ko na (kaya|kakayanin|makaya)|(pagod|suko) na (ako|ko)|sawang sawa na|ayoko na",),
    "ar": (
        r"(ما|مش|مو|لا) (قادر|قادرة|أقدر|اقدر|بقدر) (أكمل|اكمل|أتحمل|اتحمل|أعيش|اعيش)",
        r"(تعبت|زهقت) من (الحياة|حياتي|كل شي|كل شيء|العيش)|خلاص تعبت|ما عاد فيني",
    ),
    "ar_latn": (
        r"ta3abt|t3bt|(ma|mish|msh|mesh) (2ader|adir|2adir|2adra|adra) (akammel|akamel|kamel|at7ammal)",
    ),
    "uk": (
        r"більше не можу|не можу (більше|так більше)|втоми\w* (від життя|жити)|набридло жити",
        r"(немає|нема) (більше )?сил",
    ),
    "ru": (
        r"больше не могу|не могу (больше|так больше)|устал(а)? (от жизни|жить)|надоело жить",
        r"(нет|не осталось) сил",
    ),
    "pa": (r"ਹੋਰ ਨਹੀਂ (ਸਹਿ|ਜਰ) ਸਕਦ|(ਜ਼ਿੰਦਗੀ|ਜਿੰਦਗੀ) ਤੋਂ (ਥੱਕ|ਤੰਗ)",),
    "pa_latn": (
        r"hor (nahi|nai|ni) (seh|sah|jar) (sakda|sakdi|skda|skdi)|(zindagi|jindagi) ton (thak|tang)",
    ),
    "hi": (r"(अब|और) (और )?(नहीं|नही) (सह|झेल|जी) (सकता|सकती|पाऊंगा|पाऊंगी)|(ज़िंदगी|जिंदगी) से (थक|तंग)",),
    "ur": (r"اب (اور )?نہیں (سہ|جی) (سکتا|سکتی)|زندگی سے (تھک|تنگ)",),
    "hi_latn": (
        r"(ab|aur) (aur )?(nahi|nahin|ni) (seh|sah|jhel|jee|ji) (sakta|sakti|skta|skti|paunga|paungi)",
        r"(zindagi|jindagi|zindgi) se (thak|tang)",
    ),
    "zh": (r"撑不下去|撐不下去|受不了了|坚持不下去|堅持不下去|活得好累|活得很累|活着好累|活著好累|熬不下去",),
    "vi": (r"(khong|ko|chang) chiu (noi|[đd]uoc) nua|het chiu noi|met moi voi cuoc song|buong xuoi",),
    "fa": (
        rf"دیگه نمی{ZWNJ}(تونم|کشم)|دیگر نمی{ZWNJ}(توانم|کشم)|از زندگی خسته|خسته (شدم|ام) از (زندگی|همه چی)",
    ),
    "so": (r"nolosha (ayaan |baan )?ka daalay|ka daalay nolosha",),
    "ko": (
        r"더 ?이상 ?못 ?(버티|견디|하겠)|못 ?버티겠|못 ?견디겠|사는 ?게 ?(힘들|지겨)|살기 ?힘들|포기하고 ?싶",
    ),
    "am": (r"ከዚህ በላይ (መቋቋም|መሸከም) አልችልም|ሰልችቶኛል",),
    "pl": (
        r"nie (daję|dam) (już )?rady|nie mogę (już )?(d[łl]użej|tak d[łl]użej)|mam dość (życia|wszystkiego)",
        r"zmęczon[ya] życiem",
    ),
    "it": (r"non ce la faccio (più)|non ne posso (più)|stanc[oa] di (vivere|tutto|questa vita)|mi arrendo",),
    "de": (
        r"(ich )?kann nicht mehr|halte es nicht (mehr )?aus|(müde|satt) vom leben|lebensmüde",
        r"hab(e)? keine kraft mehr|gebe auf",
    ),
    "tr": (r"(artık )?dayanam[ıi]yorum|yaşamaktan yoruldum|pes ediyorum|b[ıi]kt[ıi]m|artık yapam[ıi]yorum",),
    "ja": (r"もう無理|もうむり|耐えられない|生きるのが(辛|つら|しんど)|生きるのに疲れ|限界",),
}

ALONE = {
    "en": (
        r"(all )?alone|lonely|loneliness|isolated|no friends|(no one|nobody) (cares|to talk to|left"
        r"|loves me)",
        r"(no one|nobody) would (notice|care|miss me)",
    ),
    "fr": (r"tout seul|toute seule|seul(e)?|solitude|personne (ne m aime|s en fout|m aime)|isolé(e)?",),
    "es": (
        r"(me siento|estoy|tan|muy) sol[oa]|soledad|nadie me (quiere|entiende|extrañaría)|a nadie le importo",
    ),
    "pt": (r"sozinh[oa]|solidão|ninguém (se importa|me ama|liga)",),
    "tl": (r"mag isa|nag iisa|walang nagmamahal|walang may pakialam",),
    "ar": (rf"وحيد|وحيدة|لوحدي|{START}وحدي{END}|بمفردي|(محدش|ما حدا|ولا أحد) (يهتم|بيهتم|بيحبني)",),
    "ar_latn": (r"wa7id|wa7eed|wa7ideh|lawa7di|lwa7di|la7ali|la 7ali|lahali|wahdi|wa7di",),
    "uk": (r"самотн\w*|зовсім (сам|сама|один|одна)|нікому не потріб\w*",),
    "ru": (r"одинок\w*|совсем (один|одна)|никому не нуж\w*|никому нет дела",),
    "pa": (r"ਇਕੱਲਾ|ਇਕੱਲੀ|ਕੱਲਾ|ਕੱਲੀ",),
    "pa_latn": (r"ikalla|ikkalla|ikalli|ikkalli|kalla (han|haan)|kalli (han|haan)",),
    "hi": (r"अकेला|अकेली|अकेलापन|तन्हा|तनहा|किसी को (परवाह|फर्क) नहीं",),
    "ur": (r"اکیلا|اکیلی|اکیلاپن|تنہا|تنہائی",),
    "hi_latn": (r"akela|akeli|akelapan|tanha|tanhai|kisi ko (parwah|parwaah|fark|farak) (nahi|nahin|ni)",),
    "zh": (r"孤独|孤獨|寂寞|孤单|孤單|没人(在乎|关心|理我|爱我)|沒人(在乎|關心|理我|愛我)",),
    "vi": (r"co [đd]on|mot minh|(khong|ko|chang) ai (quan tam|thuong|hieu|can)",),
    "fa": (rf"{START}تنها{END}|تنهایی|تنهام|بی{ZWNJ}کس",),
    "so": (r"keligay|kaligay|keligey|kaligey|cidla",),
    "ko": (r"외로|혼자|고독|아무도 ?(없|신경|관심)",),
    "am": (r"ብቻዬን|ብቸኛ|ብቸኝነት",),
    "pl": (r"samotn\w*|(całkiem|zupełnie) sam(a)?|nikogo nie (mam|obchodzę)",),
    "it": (
        r"solitudine|mi sento sol[oa]|(sono|tutto|tutta) sol[oa]|nessuno (mi vuole|mi capisce|si preoccupa)",
    ),
    "de": (r"einsam\w*|allein(e)?|niemandem wichtig|niemand (kümmert|interessiert|versteht|liebt)",),
    "tr": (r"yaln[ıi]z\w*|kimsem yok|kimse (umursam|beni sevm|anlam)\w*",),
    "ja": (r"孤独|ひとりぼっち|独りぼっち|一人ぼっち|寂しい|さみしい|さびしい|誰もいない",),
}
