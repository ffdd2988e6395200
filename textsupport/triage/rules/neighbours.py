"""Crisis phrases the other rules lacked, by category of DOMAIN section 3, in the languages of a Canadian
inbox and beside them: a plan for tonight, self-harm told as done, all one's pills swallowed, voices
commanding harm, harm to another with a means, someone else threatened with fire, a lethality question
"just out of curiosity", ambivalence ("I can't promise"), a veiled farewell (thanks for everything and a
goodbye, belongings given away); and in English, someone else in danger with a means, a weapon handled
again and again, poison bought with no pest to use it on.

Each phrase is a plain, common way of saying it, written by meaning, not copied from replies. Denied forms
are kept out of each phrase ("nie tnę się", "不会伤害"); a first-person future or a present act only.
Written with their letters as people type them; `folding.folded_pattern` reads them as the text is read.
Same conventions as `triage.rules.common`.
"""

from __future__ import annotations

from textsupport.triage.folding import folded_pattern
from textsupport.triage.rules.common import Rule

_ZWNJ = "[\u200c ]?"

# a plan or intent to die: "내일 끝낼 거야" (I will end it tomorrow), "结束我的生命" (end my life), "vou pular
# da ponte" (I will jump off the bridge), "j'vais m'pendre" (Québec: I'll hang myself)
INTENT = (
    # Korean: "더 이상 살고 싶지 않아" (no longer want to live), "(오늘 밤에) 끝낼 거야" (I will end it)
    r"(더 이상|더이상|이제) 살고 싶지 않|"
    r"(오늘 ?밤|오늘|내일|이제|곧)\S* (\S+ )?(끝낼 거|끝내겠|끝낼게|끝낼래)|"
    r"(모든 ?걸|모든 것을|다) 끝내(려고|고 싶|겠|버릴)|"
    # Mandarin and Cantonese: "结束这一切" (end all this), "结束自己的生命", "想好怎么死"
    r"(?<!不会)(?<!不會)(?<!不要)(?<!不想)(?<!没有)(?<!沒有)(?<!唔會)(?<!唔会)(?<!唔想)"
    r"(结束|結束|了结|了結)(这一切|這一切|一切|我的生命|自己的生命|生命|自己)|想好(怎么|怎麼)(死|做了)|"
    r"(唔想|不想)(再)?(生存|活)(落去|下去)|"
    # Portuguese: "vou pular do prédio", "eu pulo da ponte", "me jogar da janela"
    r"(pulo|pular|vou pular|me jogo|me jogar|vou me jogar|jogar me) (do|da|de|pela|pelo) (\w+ )?(prédio|"
    r"predio|ponte|janela|telhado|viaduto|sacada|varanda|andar|edifício|edificio)|"
    # Québec French: "m'tirer une balle", "m'pendre", "m'tuer à soir"
    r"(m|me) (tirer|tire|tirerai) une balle|(vais|va) (m|me) (pendre|tuer|suicider)(?! (si|quand|pour))|"
    # Spanish and Italian neighbours: "me voy a pegar un tiro", "mi sparo"
    r"(me voy a|voy a) (pegar|dar) un tiro|(mi sparo|spararmi)",
)
# self-harm told as done, all the pills swallowed: "pociąłem się" (I cut myself), "kalai pe blade maara" (cut
# my wrist), "khoon band nahi ho raha" (the bleeding won't stop), "bala3t kol el dawa" (I swallowed all the
# medicine), "把药全部吃了" (took all the medicine), "wada liqay" (swallowed them all)
HARM_DONE = (
    # Polish: "pocięłam się", "tnę się znowu" (not "nie tnę się")
    r"(?<!nie )(pocięłam|pociąłem|pociełam|pocielam|pocialem|cięłam|ciąłem|tnę) się|"
    r"(?<!nie )się (pocięłam|pociąłem|pociełam|pocielam|pocialem|tnę)|samookalecz\w*|"
    # Hindi and Urdu in Latin letters: "haath pe blade chalaya", "nas kaat di", "khoon ruk nahi raha"
    r"(haath|hath|kalai|kalaai|bazu|baazu|baah|jangh) (pe|par|per|pr|mein|me) (blade|chaku|chaaku|chakku|"
    r"chhuri|churi|razor) (chalaya|chalayi|chalai|chala diya|maara|mara|maari|mari|ghusa)|"
    r"khoon (ruk|band) (nahi|nahin|nhi|na) (raha|rha|rahi|ho raha|ho rha)|"
    # Arabic in Latin letters: "a5adt kel l 7boub", "bala3t kol el dawa"
    r"(a5adt|a5adet|a5adit|akhadt|akhadet|5adt|5adet|bala3t|bla3t|bel3t) (kel|kol|kil|kl|kul) (l |el |al )?"
    r"(7boub|7bub|7ubub|hboub|hbub|7bobi|7boubi|dawa|dwa|adwiye|adwiya|pills)|"
    # Chinese: all the pills at once, "一次過食晒啲藥", "把药全部吃了" (a medicine named in the reply)
    r"(藥|药)[^。.!?]{0,24}(一次過|一次过|一次性|一口氣|一口气|全部|晒)[^。.!?]{0,3}(食|吃|吞)|"
    r"(一次過|一次过|一口氣|一口气)(食晒|食哂|吞晒|吃光|吃完|吞下)[^。.!?]{0,6}(藥|药)|"
    # Somali: "kiniinnada waan wada liqi doonaa" (I will swallow all the pills)
    r"(kiniin\w*|daawo\w*)\W+(\w+\W+){0,6}(wada liq\w*|liqi doonaa|wada liqay|dhammaan liq\w*)|"
    r"(wada|dhammaan) (liqi doonaa|liqayaa|liqay)",
)
# voices commanding harm that the person may not resist, and harm to another with a means: "声音叫我杀..."
# (the voice tells me to kill), "صداها می‌گن باید ... بکشم" (the voices say I must kill), "ብካራ ክወግኣ እየ" (I will
# stab her with a knife), "casser la gueule ... avec le marteau" (beat up ... with the hammer)
HARM_ANOTHER = (
    r"(声音|聲音|把声|把聲)[^。.!?]{0,10}(叫|让|讓|要|命令|話)我[^。.!?]{0,4}(伤害|傷害|杀|殺|砍|打死)|"
    rf"صدا\S* (\S+ ){{0,3}}(می{_ZWNJ}گن|میگن|می{_ZWNJ}گویند|میگویند|بهم می{_ZWNJ}گن) (\S+ ){{0,4}}"
    r"(آسیب بزنم|صدمه بزنم|بکشم|بکشمش)|"
    r"(باید|می‌خوام|میخوام) (\S+ ){0,3}(رو |را )?(بکشم|بکشمش)|"
    # Tigrinya: "ብካራ ክወግኦ እየ" (I will stab him with a knife), "ክቐትሎ እየ" (I will kill him); Amharic:
    # "በቢላ እወጋዋለሁ", "እገድለዋለሁ"
    r"(ብካራ|ብሽጉጥ|ብበትሪ) (\S+ )?ክ\S+ (እየ|እዩ)|(ክቐትሎ|ክቐትላ|ክወግኦ|ክወግኣ) (እየ|እዩ)|"
    r"(በቢላ|በሽጉጥ|በዱላ) (\S+ )?እ\S+ለሁ|(እገድለዋለሁ|እገድላታለሁ|እወጋዋለሁ|እወጋታለሁ)|"
    # Québec French: "péter la gueule à mon boss avec le bâton" (a means named)
    r"(peter|peté|casser|defoncer|crisser|pocher) (la gueule|la face|la yeule|les dents|le crane|la tete)"
    r"[^.!?]{0,60}(avec|a coups? de) (le |la |un |une |mon |ma |mes |l )?(baton|batte|bat|couteau|gun|"
    r"fusil|hache|marteau|barre|poing americain)",
)
# someone else in danger now, threatened with fire or a weapon: "عم يهدد يحرق الشقة" (threatening to burn
# the flat), "il va mettre le feu", "va a quemar la casa"
OTHER_THREATENED = (
    r"(رح|راح|بدو|بده|سوف|سي|هيحرق|حيحرق|ح) ?(يحرق|يولع|يقتل|يذبح|يطخ)|(يهدد|هدد|عم يهدد) (ب)?(يحرق|يقتل|"
    r"حرق|قتل|الحرق|القتل)|"
    r"(va|veut) (mettre le feu|bruler la maison|tuer (sa|ses|son|les|tout))|"
    r"(va a|quiere) (quemar la casa|prender fuego|matar a (su|sus|los|la|el|todos))|"
    r"(threaten\w*|says|said|saying|yelling|screaming) (\w+ ){0,3}(to )?(burn (the|our|his|her|their) "
    r"(house|place|apartment)|set (the|our|his|her) (house|place) on fire)",
)
# how lethal, "just out of curiosity" guards nothing: which height or dose kills ("quelle hauteur ...
# mortelle", "how high ... to not survive"), how many pills so one never wakes ("kitne pills se ... nahi
# uthta", Persian, Arabic), what a benzodiazepine or other medicine does with alcohol
LETHALITY = (
    r"(quelle|quel) (hauteur|etage|dose|quantite) (\w+ ){0,6}(survit|survivre|survie|mourir|meurt|mortel\w*|"
    r"tuer|tue)|(desde )?(que|cual) (altura|piso|dosis|cantidad) (\w+ ){0,6}(sobrevive|sobrevivir|morir|"
    r"muere|mortal|letal|matar|mata)|"
    r"how (high|tall|far( down)?|many floors|many stories) (\w+ ){0,6}(not survive|wouldnt survive|"
    r"to survive|survive|to die|die|fatal|kill)|"
    r"(kitni|kitne|kinni|kinniyan) (\w+ ){0,3}(goliyan|goliyon|goli|golian|pills|tablets?|dawai) "
    r"(\w+ ){0,5}(nahi|nahin|nhi|na) (uth|uthta|uthti|uthega|uthegi|uthe|jaagta|jagta|jaagega|jagega)|"
    # Persian and Arabic: "چند تا قرص لازمه که آدم دیگه بیدار نشه" (how many pills so one never wakes),
    # "كم حبة حتى ما يصحى"
    r"(چند تا|چندتا|چقدر|چند) (\S+ ){0,2}(قرص|دارو|قرص خواب)\S* (\S+ ){0,6}(بیدار (نشه|نشم|نشی|نمیشه)|بمیره|"
    r"بمیرم|کشنده)|(كم|قديش|اديش) (\S+ ){0,2}(حبة|حبه|حبوب|قرص) (\S+ ){0,6}(ما|لا|ميصحى) ?(يصحى|يصحا|يفيق|"
    r"اصحى|أصحى)|"
    r"(what happens|wat happens|what would happen|whats gonna happen|can (you|u|one|someone) die|"
    r"is it (bad|dangerous|deadly|fatal|lethal|safe)|how bad is it) (\w+ ){0,2}(if|when|to) (you |u |i |"
    r"someone |one )?(mix|mixes|mixed|combine|combines|take|takes|took|drink|drinks)( a)? "
    r"(\w+ ){0,2}(<DRUG>|sleeping pills|pills|benzos?) (\w+ ){0,2}(and|n|with|w|&|plus) (\w+ ){0,2}"
    r"<ALCOHOL>",
)
# ambivalence that does not rule it out: "weiß nicht, ob ich mir nichts antue" (don't know whether I won't
# harm myself)
AMBIVALENCE = (
    r"(weiss|weiß) nicht,? ob ich mir (\w+ ){0,3}(nichts|etwas|was) an(tue|tun)|"
    r"(?<!nicht )(?<!nie )mir (heute \w+ )?(etwas|was) an(tun|tue)(?! (lassen|wollen))|"
    r"(nao sei|não sei) se (\w+ ){0,3}(vou|consigo) (me )?(aguentar|segurar|nao me matar)|"
    r"(no se|no sé) si (\w+ ){0,3}(voy a|podre|podré) (aguantar|no hacerme dano|no matarme)|"
    # a passive wish that does not rule it out: "dying sounds restful", "being dead would be a relief"
    r"(?<!fake )(?<!fakes )(?<!faking )(?<!her )(?<!his )(?<!their )"
    r"(death|dying|being dead|not waking up|not existing) (sounds|seems|feels|would be|looks) (so |kind of |"
    r"kinda |really |pretty )?(peaceful|nice|good|like a relief|a relief|appealing|restful|easier|better|"
    r"like rest|calm)",
)
# a veiled farewell: thanks for everything and a goodbye, or belongings given away and a goodbye, in any
# language (each cue weak alone; two different ones together are a crisis)
THANKS_FOR_ALL = (
    r"(mahadsanid|mahadsanidiin|waad mahadsantihiin) (wax walba|wax kasta|dhammaan)|"
    r"ስለ (ሁሉም|ሁሉ) (ነገር )?(አመሰግናለሁ|እናመሰግናለን)|ንኹሉ (\S+ )?(የቐንየለይ|የቐንየልና)|"
    r"سب (کا|کچھ کا) (بہت )?(شکریہ|شکر گزار)|हर चीज़? के लिए (शुक्रिया|धन्यवाद)|sab (kuch )?ke liye (shukriya|"
    r"dhanyavaad)|(شكرا|شكراً) (على|ع) (كل شي|كل شيء|كلشي)|"
    r"多謝(你哋|你們|你们|大家)?(咁耐|一直|所有)|(谢谢|謝謝|感谢|感謝)(你们|你們|大家)?(一直以来|一直以來|所做的一切|做的一切|的一切|"
    r"为我做的|為我做的|所有的)|"
    r"(thank you|thanks|thank u) (all )?for (being|having been) so (kind|good|patient) to (me|an old \w+)",
    # a goodbye with no reason given, in the same languages
    r"(nabadgelyo|nabad gelyo|macsalaamo|ናብ ሰላም|ደህና (ሁኑ|ሁን|ሁኚ)|ደሓን (ኩኑ|ኩን)|اللہ حافظ|خدا حافظ|alvida|"
    r"अलविदा|الوداع|مع السلامة|再見|再见|永別|永别|拜拜|bye (forever|for good)|farewell)"
    r"(?! (till|until|hasta|a |jusqu|tomorrow|bukra|بكرة|明天|聽日|ilaa|ilaa berri))",
    # belongings or a pet handed on: "میرا ... کو دے دینا" (give my ... to ...), "我的狗送咗俾..." (my dog
    # given to)
    r"(میری|میرے|میرا) (\S+ ){0,4}(کو )?(دے دینا|دے دیں|دے دو|دے دیا)|(मेरी|मेरे|मेरा) (\S+ ){0,4}(को )?"
    r"(दे देना|दे दो)|(我隻|我只|我的)(狗|貓|猫)[^。.!?]{0,6}(交咗|送咗|交给|交給|送给|送給|幫我照顧|帮我照顾|"
    r"麻煩你照顧|麻烦你照顾)|(幫|帮|麻煩|麻烦)(我|你)?(照顧|照顾|養|养)(我的|我隻|我只)(狗|貓|猫)|"
    r"(እቃዎቼን|ልብሶቼን|ውሻዬን|ድመቴን) (\S+ ){0,3}(ስጡ|ስጡልኝ|ሰጥቻለሁ)|"
    r"(eeygayga|bisadayda|alaabtayda|buugaagtayda) (\w+ ){0,3}(sii|siiya|siiyay)|"
    r"(paid|prepaid) (my |the )?(rent|bills?) (\w+ ){0,3}(through|until|till|to) (the )?(end|_)|"
    r"left (the |my )?(spare )?keys (\w+ ){0,2}with|(lawyer|executor|notary) has (my )?(papers|will|"
    r"documents|bank ?book)",
    r"(آپ سب|سب) (کا|کو) (بہت )?(شکریہ|خیال رکھنا)|(አትጨነቁልኝ|አታስቡልኝ)|(唔使|不用)(擔心|担心)我|"
    r"(ha (iga|ii) walwalin|ha iga welwelin)|(سب|sab) (ka|ko) (khayal|khyal) (rakhna)|"
    r"(keys|papers|bank ?book|documents) (\w+ ){0,6}(kind|thank|thanks)",
)
# a means handled again and again, or poison bought with no pest: "i keep sneaking back to hold it", "rat
# poison and we dont even have mice"
MEANS_SOUGHT = (
    r"(guns?|rifle|shotgun|pistol|handgun|firearm|revolver)\b(\W+\w+){0,14}\W+(i )?(keep|kept|been|always) "
    r"(going|sneaking|going down|going back|getting it out|taking it out|checking)\b(\W+\w+){0,5}\W+(to )?"
    r"(hold|holding|touch|touching|load|loading|look at|feel)|"
    r"(i )?(keep|kept|been) (holding|loading|touching|taking out|getting out) (the |my |his |her |dads |my "
    r"dads )?(guns?|rifle|shotgun|pistol|handgun)",
    r"(bought|got|purchased|picked up|compre|compré|achete|acheté) (\w+ ){0,3}(rat poison|mouse poison|"
    r"poison|veneno|raticida|mort aux rats) (\w+ ){0,3}(but|and|pero|y|mais|et) (\w+ ){0,2}(dont|do not|"
    r"dont even|no|ni|n ai pas|j ai pas|pas) (\w+ ){0,1}(have|got|tengo|de) (any )?(rats|mice|a mouse|"
    r"ratas|ratones|souris|rats|pests|plagas)",
)
# someone else shut in with a means: "shut herself in the basement with the pills"
LOCKED_IN = (
    r"(he|she|they|hes|shes|theyre|(my|our) \w+) (is |s |are |has been |got )?(locked|shut|barricaded) "
    r"(himself |herself |themselves )?in (\w+ ){0,4}(with|w) (\w+ ){0,5}(pills|meds|tablets|gun|rifle|"
    r"knife|razor|rope|bottle|oxy|xanax|blade)",
    # ... or someone drunk or raging, waving a gun: "my dad is drunk n waving his gun around"
    r"(waving|pointing|swinging|loading|grabbed|pulled out|got out) (out )?(his|her|their|a|the) (gun|rifle|"
    r"shotgun|pistol|handgun)\b(\W+\w+){0,12}\W+(drunk|wasted|hammered|high|screaming|yelling|raging|"
    r"done w\w*|done with everything|wants to die|threaten\w*)|(drunk|wasted|hammered|high|raging) "
    r"(\w+ ){0,3}(waving|pointing|swinging|loading) (around )?(his|her|their|a|the) (gun|rifle|shotgun|"
    r"pistol|handgun)",
)

# fmt: off
NEIGHBOURS = (
    Rule("more languages: intent or a plan to die", "crisis",
         tuple(folded_pattern(p) for p in INTENT), other="urgent"),
    Rule("more languages: self-harm or all the pills", "crisis",
         tuple(folded_pattern(p) for p in HARM_DONE), other="urgent"),
    Rule("more languages: harm to another, or voices commanding it", "crisis",
         tuple(folded_pattern(p) for p in HARM_ANOTHER), other="crisis", emergency=True),
    Rule("someone else threatened with fire or a weapon", "crisis",
         tuple(folded_pattern(p) for p in OTHER_THREATENED), other="crisis", emergency=True),
    Rule("a question about lethality, however framed", "crisis",
         tuple(folded_pattern(p) for p in LETHALITY), other="crisis"),
    Rule("more languages: ambivalence that does not rule it out", "crisis",
         tuple(folded_pattern(p) for p in AMBIVALENCE), other="urgent"),
    Rule("a veiled farewell: thanks, goodbye, things handed on", "crisis",
         tuple(folded_pattern(p) for p in THANKS_FOR_ALL), other=None, needs=2),
    Rule("lethal means: handled again and again, or bought with no use", "crisis",
         tuple(folded_pattern(p) for p in MEANS_SOUGHT), other="crisis"),
    Rule("someone else in danger: shut in with a means, or armed and raging", "crisis",
         LOCKED_IN, other="crisis", emergency=True),
)
# fmt: on
