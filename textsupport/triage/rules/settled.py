"""Crisis wording that rounds 28-29 found the rules read only as urgent or routine, written for each category
of DOMAIN section 3 in general rather than for the replies: a veiled farewell (belongings or a pet given
away with a word of finality; affairs put in order with a provision for after; an apology or thanks with
no more burden to anyone), means gathered for a time, means personified as winning, a plan with a method
and a time (Punjabi and Urdu in Latin and Arabic letters, Vietnamese, Chinese, a gun taken out with "don't
look for me", a car in a closed garage), standing or parked at a height and lingering, all of a supply
swallowed (Punjabi, Hindi), whether an overdose would show on a screen or what a whole supply would do
(Korean), not knowing that one will last till morning, someone else cornered with a weapon or who drank
a poison and is not answering, harm to a named person with a weapon and where they sleep.

Cues that are ordinary alone count only together (`needs=2`). Same conventions as `triage.rules.common`;
patterns in other scripts are folded as the text is (`folding.folded_pattern`).
"""

from __future__ import annotations

from textsupport.triage.folding import folded_pattern
from textsupport.triage.rules.common import Rule


def _folded(*patterns: str) -> tuple[str, ...]:
    return tuple(folded_pattern(p) for p in patterns)


_KIN = (
    r"(my |his |her |our )?(sister|brother|mom|mum|mother|dad|father|friend|roommate|cousin|neighbou"
    r"?r|son|daughter|kid|wife|husband|partner|girlfriend|boyfriend|coworker|co worker|buddy|uncle|a"
    r"unt|grandma|grandpa)"
)
# belongings or a pet given away ... and a word of finality beside it
GIVEN_AWAY = _folded(
    r"(you|u) can (give|have|keep|take) (all )?my|(gave|given|giving|left|leaving|signed over) (away"
    r" )?(all )?"
    r"my (\w+ ){0,3}(to|away)|rehom\w* (my )?(\w+ )?(cat|dog|pets?|bird|rabbit)|make sure (\w+ ){0,2}("
    r"gets|has|"
    r"takes) my|(dropped|took|brought) (\w+ ){0,2}(cat|dog|pets?|bird|rabbit)( off)? (with|to) (\w+ "
    r"){0,3}for good|"
    r"(j ai|jai) (deja )?(donne|laisse|legue) (\w+ ){0,1}(mon|ma|mes|tout)|(regale|deje|di) (\w+ ){0"
    r",1}(mi|mis|"
    r"todo) (\w+ ){0,2}a (mi|mis|la|el)|"
    r"(وسایلم|چیزامو|وسایلمو|همه چیزمو)( \S+){0,2} (دادم|بخشیدم)|(دادم|بخشیدم) به|"
    r"(ba3atet|ba3tet|a3tayt|3tayt|tarakt|ta3tayt) (\w+ ){0,3}(la|l) ?(ukhti|ekhti|akhi|khaye|emmi|mama|"
    r"binti|ibni)|(اعطيت|عطيت|تركت|بعتت) (\S+ ){0,3}(لاختي|لاخي|لامي|لبنتي)|"
    r"(đa |vua )?(đe lai|đe|gui lai|gui|tang) (\S+ ){1,6}cho (con|em|chi|anh|me|ba|ban)|"
    r"(binigay|ibinigay|pinamigay|ipinamigay|iniwan) ko (na )?(\w+ ){0,3}(aso|pusa|gamit|mga gamit|damit)",
    r"(better|best) this way|(wont|will not|dont|do not) need (it|them|those|any of it|my stuff) (an"
    r"ymore|any "
    r"more|where im going)|(thanks|thank you|thx|ty) (so much )?for (everything|trying|all of it)|"
    r"(later|bye|goodbye|farewell|take care)(?=\W*$)|(good|great) with (dogs|cats|animals)|(ll|will) take "
    r"(good )?care of (him|her|them|it)|"
    r"c est mieux comme ca|(va|vont) bien (s en occuper|en prendre soin)|j en aurai (plus|pu|pas) besoin|"
    r"merci pour tout|adieu|es mejor asi|gracias por todo|ya no (lo |los |la |las )?(voy a )?necesitar|"
    r"(لازمشون ندارم|لازم ندارم|لازمشون نمیشه)|(ممنون|مرسی) (بابت|برای) همه|خداحافظ|"
    r"shukran 3ala kell|ma3 el salame|ma3 essalame|sam7ouni|شكرا على كل|مع السلامه|"
    r"cam on (\S+ ){0,3}vi tat ca|tam biet|vinh biet|salamat (po )?sa lahat|paalam|"
    # ... or affairs settled beside it: rent paid ahead, debts paid off
    r"paid (\w+ ){0,2}(rent|bills|debts?) (ahead|in advance|early|off)|paid off (all )?(my )?(debts?|bills)|"
    r"(paye|regle) (\w+ ){0,2}(loyer|dettes|comptes) (d avance|en avance)|(pague|pagado) (\w+ ){0,2}(renta|"
    r"deudas|alquiler|cuentas) (por )?(adelantad[oa]|todas)|tra het no|tra no xong",
)
GIVEN_AWAY_ORDINARY = (
    r"\b(marketplace|kijiji|sold|selling|moving|move|new one|bought a new|getting a new|upgrad\w*|downsiz\w*|"
    r"more room|donation|goodwill|thrift|for christmas|birthday|allergic|allergies|vacation|trip|holiday|"
    r"while im away|for the week|for the weekend|until i get back|pet sitter|babysit\w*|vacances|voyage|"
    # moving house, in French, Spanish, Tagalog and Vietnamese
    r"demenag\w*|mudanza|me mudo|nos mudamos|lilipat|lumipat|chuyen nha)\b",
)
# an apology or thanks ... with no more burden to anyone, or "too late"
NO_MORE_BURDEN = _folded(
    r"(wont|will not|not going to|never) (bother|trouble|burden|bug) (you|anyone|y all|you all|everyone|"
    r"anybody)( \w+)? (again|anymore|any more|after (today|tonight)|much longer)(?! (until|till|til|"
    r"before|this|"
    r"today|for))|you (wont|will not|will never) (have to )?(worry about|hear from|deal with) me (ag"
    r"ain|anymore|"
    r"any more)|(tomorrow|tonight|it)( is| s|s)? (already )?too late|"
    r"ما (راح|رح|ح|رايح) (ازعجكم|ازعجك|اتعبكم|اثقل عليكم)|(ma|mish|mesh) (ra7|r7|7a) (ez3ejkon|za3ejkon|"
    r"ez3ijkon|et3ebkon)|"
    r"(唔想|不想|唔會|不会|不會)再(煩|烦|麻煩|麻烦|拖累|打擾|打扰)|khong (muon )?(lam phien|lam kho)"
    r" (\S+ ){0,2}nua|"
    r"(vais|veux) (plus|pu|pas) vous (deranger|embeter|deranger)|(derangerai|embeterai) plus|"
    r"no (los|les|te) (voy a )?(molestar|molestare) mas|ya no (voy a )?ser una carga",
    r"(thanks|thank you|thx|ty) (so much )?for (everything|trying|all (of )?(it|this|you did|your he"
    r"lp)|putting"
    r" up with me|caring)|(forgive me|sorry) for (everything|all of it|being a burden)|love you all|"
    r"سامحوني|شكرا على كل|sam7ouni|sam7oni|shukran 3ala kell|"
    r"(多謝|多谢|谢谢|謝謝)(\S{0,10})(照顧|照顾|所有|一切)|保重|cam on (\S+ ){0,3}vi (tat ca|moi thu)|"
    r"merci pour tout|pardonnez moi|merci d avoir essaye|gracias por todo|perdonenme|gracias por intentarlo",
)
# affairs put in order ... and a provision for after, or a calm for the first time
AFFAIRS = _folded(
    r"paid (\w+ ){0,2}(next|the next|two|2|3) (months|month s|weeks) rent|(affairs|things|everything|papers|"
    r"will)( is| are)? (all )?(in order|sorted|settled|taken care of|squared away)|(wrote|written|fi"
    r"nished) my"
    r" (letters|goodbyes|will)|(tout|toute) (est )?(range|regle|en ordre)|j ai (ecrit|fini) mes lettres|"
    r"(deje|tengo) todo (arreglado|en orden)|escribi mis cartas",
    r"so (the landlord|nobody|no one|they|he|she|you|my \w+)( is| isnt| wont be| s)? (not )?(stuck|left with|"
    r"burdened|on the hook)|tell (\w+ ){1,2}(the|that|my) (\w+ )?(name|password|pin|code|key|keys)|fed the "
    r"(cat|dog) extra|calme? pour la premiere fois|(calm|peace|peaceful) for the first time|"
    r"(finally|at last) at peace|(estoy|me siento) en paz (por fin|al fin)",
)
# means gathered ... for a time, or enough
GATHERED = _folded(
    r"(saved|saving|stockpil\w*|hoard\w*|stash\w*|squirrel\w*|been collecting|gathered|kept back) (up )?"
    r"(\w+ ){0,3}(<MEDS>|pills|meds|sleeping pills)|"
    # the means left unsaid: "been stockpiling since discharge", "been hoarding for weeks"
    r"(been |im |i ve been |ive been )(stockpil\w*|hoard\w*|saving up|stashing)(?= *($|[^\w ]|since|for "
    r"(weeks|months|a while|ages)))|"
    r"약(을|들|들을)? (\S+ )?(다 |전부 )?(모아|모았|모아놨|모아뒀|모아 뒀|모아 놨)|"
    r"(药|藥)(\S{0,3})(攒|攢|囤|收集)|(攒|攢|囤)(了|够了|夠了)?(\S{0,3})(药|藥)|"
    r"存(的|下的|起来的|起來的|着的|著的)(\S{0,2})(药|藥)|"
    r"存了(很多|好多|一堆|一些|不少)?(药|藥)|"
    r"(naipon|inipon|iniipon|tinipon|nag ?ipon) (ko )?(na )?(lahat )?(ng|nang) (gamot|pills|tableta)|"
    r"(gom|tich|dan dum|đe danh) (\S+ ){0,2}thuoc|"
    r"(garde|accumule|stocke|mis de cote) (\w+ ){0,3}(pilules|comprimes|medicaments|cachets)|"
    r"(juntado|guardado|acumulado|ahorrado) (\w+ ){0,3}(pastillas|medicamentos|pildoras)|"
    r"(goliyan|goliyaan|dawaiyan) (\w+ ){0,2}(jama|ikatthi|ikathiyan|ikkathiyan)",
    r"tonight|this time|(should|will|would) be enough|(tonight|today|now) (feels|seems) right|"
    r"(its|thats) enough( now)?(?=\W*$)|for when|ready|"
    r"ngayong gabi|(今晚|今天)|(够了|夠了)|이번엔|오늘 ?밤|충분|toi nay|ce soir|esta noche|(ajj|aaj) raat",
)
GATHERED_ORDINARY = (
    r"\b(pharmacy|pharmacist|refill\w*|trip|travel\w*|vacation|holiday|blister pack|dosette|organi[sz]er|"
    r"doctor|expired|disposal|drop off|return them|take them back)\b",
)
# the means personified, winning: "the pills are calling my name"
TEMPTING = _folded(
    r"(me and|i and) (the|my) (<MEDS>|pills|gun|knife|rope|blade|razor) (are|r) having a (staring contest|"
    r"standoff|stare down|face off)|(the|my|those) (<MEDS>|pills|gun|knife|rope|blade|razor)( are| is| r|"
    r" s)? (winning|calling (my name|to me|me)|whispering to me|staring (at|back at) me)",
)
# in one's hand, and not able to go on (Ukrainian, Russian)
IN_HAND_UK = _folded(
    r"(таблетки|пігулки|ліки|таблеток|ніж|мотузка) (вже |уже )?(в|у) (руці|руках|руке)",
    r"(більше|больше) не (можу|могу)|не (можу|могу) (більше|больше)|не хочу жити|не хочу жить|прощайте",
)
# a plan with a method and a time: Punjabi and Hindi in Latin letters, Urdu, Vietnamese, Chinese
PLAN = _folded(
    r"(nahi|nai|nhi) (jeena|jina|jeeona)|(jeena|jina) (nahi|nai|nhi)( hai| he)?|"
    r"(pul|bridge) (ton|to|tou|se) (sidha )?(thalle|thale|neeche|niche)|"
    r"(spray wali|keetnashak|keet nashak|zeher|jehar|zehar) (dawai|dwai|peen|pee|pi|kha)|(sab|sabh) "
    r"(kuch )?(khatam|khtm) kar (dunga|dungi|doon|deyanga)|"
    r"(سب|سب کچھ) (ختم) (کر )?(دوں|دونگا|دوں گا|دوں گی)|"
    r"(đi luon|ra đi mai mai|khong muon song nua|chet cho xong)|"
    r"(车库|車庫)(\S{0,8})(发动|發動|启动|啟動|打火)|(关上门|關上門)(\S{0,6})(发动|發動|启动)",
    r"(ajj|aaj|aj) (raat|rat)|(bas|hun|ab) (ab )?(aur )?(nahi|nhi) (hota|hunda|sehna)|آج رات|برداشت نہیں|"
    r"toi nay|đem nay|khong chiu (noi|đuoc) nua|xin loi|一了百了|今晚|结束|結束|了结|解脱|"
    r"(chhat|chat|terrace|roof|chhatt) (pe|par|pr|te) (khada|khadi|khara|khari)|(sorry|maaf) (bol|keh|kar) "
    r"(dena|dijo|dijiye|deyo)",
)
# a gun taken out to a lonely place, and "don't look for me"
GONE_ARMED = (
    r"(put|took|loaded|grabbed|packed|brought|taking) (the |my |dads |dad s )?(12 gauge|shotgun|rifle|gun|"
    r"pistol|30 30|\d+ gauge|revolver)|(heading|going|headed|driving) (out )?to the (coulees|bush|woods|"
    r"river|lake|mountains|back forty|back 40|quarry|badlands)",
    r"(dont|do not|no need to) (bother )?(look|looking|come looking|search\w*|send anyone) for me|"
    r"(you|nobody|no one) (wont|will not|will never) find me",
)
HUNTING = (r"\b(hunt\w*|season|range|tags?|deer|elk|moose|ducks?|geese|gophers?|coyotes?|skeet|target)\b",)
# standing or parked at a height, and lingering there
AT_HEIGHT = (
    r"(parked|stopped|pulled over|sitting|standing|stood|sat|been) (\w+ ){0,2}(on|at|by|under) (the "
    r")?(\w+ ){0,3}"
    r"<HIGH>|(chhat|chat|chhath|terrace|roof|chhatt) (pe|par|pr|te) (khada|khadi|baitha|baithi|khara|khari)|"
    r"छत (पे|पर) (खड़ा|खड़ी|खडा)",
    r"just sitting here|with the hazards on|hazards on|(looking|staring|looking straight) (down|at the water|"
    r"over the edge)|been here (for )?(an|a|\d+)|for (an|over an) hour|cant (leave|drive away|move)|"
    r"(neeche|niche|thalle) (dekh|vekh)|नीचे देख|(bas )?ab aur nahi",
)
HEIGHT_ORDINARY = (
    r"\b(fireworks|traffic|construction|accident|stuck in|jam|tow|caa|flat|broke down|photos?|view|sunset|"
    r"sunrise|lunch|waiting for (my|the|a) \w+|pick ?up|drop ?off|concert|game|parade|festival|bus|train)\b",
)
# all of a supply swallowed: Punjabi and Hindi
SWALLOWED_PA = _folded(
    r"(ਸਾਰੀਆਂ|ਸਾਰੀ|सारी|सब) (ਗੋਲੀਆਂ|गोलियां|गोलियाँ|ਦਵਾਈਆਂ|दवाइयां) "
    r"((ਇੱਕੋ|ਇਕੋ) ਵਾਰੀ |ਇਕੱਠੀਆਂ |एक साथ |एक बार में )?(ਖਾ|खा) (ਲਈਆਂ|ਲਈਆ|ਲਈ|ली|लीं|लिया|ਲਈਆਂ)|"
    r"(saari|sariyan|saariyan|sariya|sab|saaria) (goliyan|goliyaan|golian|goliya|dawaiyan|tablets|pills) "
    r"(kha|khaa) (layian|laiyan|lai|li|lin|liya|leeyan|leean)",
)
# whether an overdose would show on a screen; what a whole supply would do (Korean)
DETECTED = (
    r"(show up|shows up|detectable|be detected|get detected|traceable|be traced|be found) (on|in) (a"
    r" |an |the )?"
    r"(tox|toxicology|autopsy|post mortem|coroner|blood (test|work))",
    r"\bod\b|overdos\w*|autopsy|coroner|insulin|too (much|many)",
)
WHOLE_KO = _folded(
    r"(수면제|약|진통제|타이레놀|신경안정제)(을|를)? (한 ?통|한 ?병|한 ?갑|전부|몽땅)( 다)? (먹으면|"
    r"삼키면|먹으면은)",
    r"위험|죽|괜찮|어떻게 (돼|되)",
)
# one round kept back, for a purpose left unsaid: "i kept one shell. just one. you know what for"
ONE_KEPT = (
    r"(kept|keeping|saved|saving|held back|hid|hidden) (back )?(just |only )?(one|1|a single|the last|"
    r"my last) "
    r"(shell|bullet|round|cartridge|slug)",
    r"you know (what|why) (its |it s |it is )?for|(for|just for) (myself|me)(?= *($|[^\w ]))|(just )?in case|"
    r"for (when|later|the end|that day)|when (its|it is|the) time",
)
# ... for an animal, or as a keepsake
KEPT_ORDINARY = (
    r"\b(coyotes?|gophers?|deer|elk|moose|bears?|wol(f|ves)|ducks?|geese|fox(es)?|raccoons?|skunks?|"
    r"funeral|memorial|memory|souvenir|keepsake|collection|shadow box|casings?)\b",
)
# a pet given away (named before, or as "my dog"), and it is better off: "my dog. gave him to the neighbours
# kid, hes better off" (the pet is "he": whoever is better off, the giver is at risk)
PET_GIVEN = (
    r"(gave|given|giving|handed|rehomed) (him|her|them|my <PET>) (away )?to (the |my |a |our |his |her )?"
    r"(\w+ ){0,2}(kid|kids|neighbou?rs?|friend|sister|brother|cousin|aunt|uncle|family|niece|nephew|daughter|"
    r"son|shelter|rescue)",
    r"(hes|shes|theyre|theyll be|hell be|shell be|he is|she is|they are|theyre all) better off( (now|there|"
    r"with (them|him|her|the \w+)))?(?= *($|[^\w ]))",
)
# not knowing that one will last the night, or that one won't
NOT_LAST = (
    r"(not sure|dont know if|dont think) (i will|i ll|ill|i can|im going to|i am going to) (make it|last|"
    r"survive|get) "
    r"(to|until|till|through) (tomorrow|morning|the morning|the night|tonight)(?=\W*($|morning))|"
    r"(pas sure?|sais pas si) (que |qu |si )?(je |j )(vas|vais|va) (me rendre|passer|survivre|tenir|toffer) "
    r"(a|jusqu a|au|la) ?(demain|la nuit|matin)|no se si (voy a )?(llegar|aguantar|sobrevivir) (a|hasta) "
    r"(manana|la manana)(?= *($|[^\w ]))|(dont|do not|no longer) know (anymore |any more )?(that|if)"
    r" i (wont|will not|wouldnt)"
    r"(?=\W*$)",
)
# someone else cornered or held with a weapon, now
CORNERED = (
    rf"(has|got|have) (her|him|them|{_KIN}) (cornered|trapped|pinned( down)?|locked in|backed into)|"
    rf"(threatening|chasing|attacking|holding) (her|him|them|{_KIN}) (\w+ ){{0,3}}with (a|the|his|her) "
    r"(knife|gun|bat|hammer|axe|machete|broken bottle)|at (knifepoint|gunpoint)",
    r"with (a|the|his|her) (knife|gun|bat|hammer|axe|machete|broken bottle)|(im|were|we are|i am) (hiding|"
    r"locked in|barricaded)|\brn\b|right now",
)
# someone else who drank a poison or took pills, and is not answering
POISONED = (
    rf"(he|she|they|{_KIN}) (drank|drink|drunk|swallowed|took|ate|injected) (\w+ ){{0,2}}(antifreeze|bleach|"
    r"poison|pesticide|weed killer|rat poison|round ?up|windshield (washer )?fluid|methanol|pills|<MEDS>)",
    r"on purpose|on the floor|not (answering|responding|breathing|waking)|(wont|cant) wake|unconscio"
    r"us|passed "
    r"out|foaming|seizing|what (do|should) i do",
)
# harm to a named person: a weapon at hand and where they sleep (Levantine Arabic, English)
ARMED_FOR = _folded(
    r"(3andi|3ndi|andi|ma3i|m3i) (sekkine|sikkine|sekine|sikkin|msaddas|fard|slah)|عندي (سكين|مسدس|فرد|سلاح)|"
    r"i (have|got|bought) (a|the|my) (knife|gun|bat|axe|hammer)",
    r"(ba3ref|b3ref|ba3rif|ba3rf) (wein|wen|wain) (byenam|binam|byeskon|byoskon)|(بعرف|عارف) (وين) ("
    r"بينام|ساكن)|"
    r"i know where (he|she|they) (sleeps|sleep|lives|live|parks)",
)

# fmt: off
SETTLED = (
    Rule("a veiled farewell: belongings or a pet given away, with finality", "crisis", GIVEN_AWAY,
         other=None, needs=2, unless_message=GIVEN_AWAY_ORDINARY),
    Rule("lethal means: one round kept, for a purpose unsaid", "crisis", ONE_KEPT, other="crisis", needs=2,
         unless_message=KEPT_ORDINARY),
    Rule("a veiled farewell: a pet given away, better off", "crisis", PET_GIVEN, other="crisis", needs=2,
         unless_message=GIVEN_AWAY_ORDINARY),
    Rule("a veiled farewell: no more burden, with an apology or thanks", "crisis", NO_MORE_BURDEN,
         other=None, needs=2),
    Rule("a veiled farewell: affairs put in order, provided for after", "crisis", AFFAIRS, other=None,
         needs=2),
    Rule("lethal means: gathered, for a time", "crisis", GATHERED, other="crisis", needs=2,
         unless_message=GATHERED_ORDINARY),
    Rule("lethal means: personified, winning", "crisis", TEMPTING, other="crisis"),
    Rule("lethal means: in hand, can't go on (Ukrainian, Russian)", "crisis", IN_HAND_UK, other="crisis",
         needs=2),
    Rule("intent or a plan: a method and a time (Punjabi, Urdu, Vietnamese, Chinese)", "crisis", PLAN,
         other="crisis", needs=2),
    Rule("intent or a plan: a gun taken out, don't look for me", "crisis", GONE_ARMED, other="crisis",
         needs=2, unless_message=HUNTING),
    Rule("at a height, lingering", "crisis", AT_HEIGHT, other="crisis", needs=2,
         unless_message=HEIGHT_ORDINARY),
    Rule("overdose: all the pills swallowed (Punjabi, Hindi)", "crisis", SWALLOWED_PA, other="crisis"),
    Rule("a question about lethality: would an overdose show", "crisis", DETECTED, other="crisis", needs=2),
    Rule("a question about lethality: a whole supply (Korean)", "crisis", WHOLE_KO, other="crisis",
         needs=2),
    Rule("ambivalence: not sure of lasting the night", "crisis", NOT_LAST),
    Rule("someone else in danger: cornered with a weapon", "crisis", CORNERED, other="crisis", needs=2,
         emergency=True),
    Rule("someone else in danger: a poison drunk, not answering", "crisis", POISONED, other="crisis",
         needs=2, emergency=True),
    Rule("harm to another: a weapon and where they sleep", "crisis", ARMED_FOR, other="crisis", needs=2,
         emergency=True),
)
# fmt: on
