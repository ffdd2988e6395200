"""The language matrix's crisis about oneself (DOMAIN section 3), filled where the matrix found it empty
(`tests/unit/test_triage_languages_matrix_self.py`): wanting to die or to kill oneself, self-harm told as
done, and all one's pills taken, in the languages the other rule modules read thinly (Dutch, Polish,
Romanian, Turkish, Swahili, Amharic, Arabic, Korean, Japanese, Greek, Haitian Creole, and self-harm and an
overdose in many more). Written by meaning, one language a line.

A generic "I cut myself" counts where it is said again ("again", "once more") or names the arms or wrists, as
a cut in the kitchen is told once, of a finger. Negated forms are in the phrase where the language puts the
negator inside it ("nu mai vreau": I no longer want), so a denial before it still guards it. Same conventions
as `triage.rules.common`; patterns in other scripts are folded as the text is (`folding.folded_pattern`).
"""

from __future__ import annotations

from textsupport.triage.folding import folded_pattern
from textsupport.triage.rules.common import Rule
from textsupport.triage.rules.denials import DENIALS


def _folded(*patterns: str) -> tuple[str, ...]:
    return tuple(folded_pattern(p) for p in patterns)


AGAIN = (
    r"(again|weer|opnieuw|wieder|schon wieder|di nuovo|ancora|znowu|znow|de novo|outra vez|din nou|iar|"
    r"yine|gene|tekrar|tena|dobara|phir se|fir se|lại|знову|знов|опять|снова|πάλι|ξανά|ankò)"
)

WISH = _folded(
    # Dutch: "mezelf van het leven beroven", "er vannacht een einde aan maken"
    r"(mezelf|mijzelf|me) (van het leven|van kant) (beroven|maken)|"
    r"ik (ga|maak) er (vannacht|vanavond|vandaag|morgen|nu|zo) een (eind|einde) aan|"
    r"ik wil (mezelf|mijzelf) (doden|ombrengen|van kant maken)",
    # Polish: "chcę się zabić", "zabiję się", "nie chcę już żyć"
    r"(?<!nie )(chcę|chciałbym|chciałabym|zaraz) się zabić|(?<!nie )zabiję się|(?<!nie )chcę umrzeć|"
    r"nie chcę (już |więcej )?żyć(?= *($|[^\w ]|już|więcej))",
    # Romanian: "vreau să mor", "vreau să mă sinucid", "nu mai vreau să trăiesc"
    r"vreau să (mor|mă sinucid|mă omor)|nu mai vreau să (mai )?trăiesc|(o să|am să|mă voi) (mă )?sinucid\w*",
    # Turkish: "ölmek istiyorum", "kendimi öldürmek istiyorum", "intihar edeceğim", "yaşamak istemiyorum"
    r"ölmek istiyor\w*|kendimi öldür(mek|eceğim|ecem|ücem)\w*|intihar (edeceğim|edicem|edecem|etmek isti\w+)|"
    r"(artık )?yaşamak istemiyor\w*",
    # Swahili: "nataka kufa", "nataka kujiua", "nitajiua", "sitaki kuishi tena"
    r"(nataka|ninataka|natamani|nitaenda) (kufa|kujiua)|nitajiua|sitaki kuishi( tena)?",
    # Amharic: "ራሴን መግደል እፈልጋለሁ" (I want to kill myself), "ራሴን እገድላለሁ"
    r"ራሴን (\S+ )?(መግደል እፈልጋለሁ|እገድላለሁ|ልገድል ነው)",
    # Arabic: "رح اقتل حالي", "بدي انتحر"; in Latin letters "ra7 ente7er", "bdi e2tol 7ali"
    r"(رح|راح|ح|سوف|بدي|ابغى|أبغى) (ا|أ)?(قتل|اقتل) (حالي|نفسي)|(رح|راح|بدي|سوف|ابغى) (انتحر|أنتحر)|"
    r"(ra7|rah|bdi|baddi|7a) (ente7er|anta7er|enta7er|antahir|ente7ir|e2tol 7ali|a2tol 7ali|aktol nafsi)",
    # Korean: "살고 싶지 않아" (I do not want to live), "살기 싫어"
    r"살고 싶지 않\S*|살기 싫\S*",
    # Japanese: "もう生きていたくない", "生きたくない"
    r"生きていたくない|生きたくない",
    # Greek: "θέλω να πεθάνω", "θα αυτοκτονήσω", "δεν θέλω να ζω άλλο"
    r"θέλω να (πεθάνω|αυτοκτονήσω)|θα αυτοκτονήσω|δε(ν)? θέλω (πια )?να (ζω|ζήσω)",
    # ending one's life: "meinem Leben ein Ende setzen", "hayatıma son vermek", "人生を終わらせたい"
    r"(meinem|mein) leben (ein )?(ende setzen|beenden)|mir das leben nehmen|een (eind|einde) aan mijn leven|"
    r"(să )?(îmi|mi) iau viața|hayatıma son (vermek|vereceğim|vericem)|(ሕይወቴን|ህይወቴን) (\S+ )?(ማጥፋት|አጠፋለሁ)",
    r"জীবন শেষ করে (দিতে চাই|দেব|দিব)|வாழ்க்கையை முடித்துக்(கொள்ள|கொள்ளப்)|આપઘાત (કરીશ|કરી લઈશ|કરવો છે)",
    r"(自分の)?(人生|命)を終わらせたい|(δώσω|βάλω) τέλος στη ζωή μου|mete fen (nan|ak) lavi (mwen|m)",
    # German: all the pills, to be taken ("ich will die Tabletten alle auf einmal nehmen")
    r"(will|werde) (\w+ ){0,2}(alle|sämtliche) (\w+ )?(tabletten|pillen) (\w+ ){0,3}(nehmen|schlucken)|"
    r"(will|werde) (die|meine) (tabletten|pillen) alle (\w+ ){0,3}(nehmen|schlucken)",
    # Haitian Creole: "mwen vle mouri", "m ap touye tèt mwen", "mwen pa vle viv ankò"
    r"(mwen|m) (vle|ta vle|pral) mouri|(mwen|m) (ap|pral|vle) touye tèt (mwen|m)|(mwen|m) pa vle viv ankò",
)

SELF_HARM = _folded(
    # German: "ich habe mich wieder geritzt", "mir die Arme aufgeschnitten"
    r"(habe|hab) mich (\w+ ){0,2}geritzt|ich ritze mich|"
    r"(habe|hab) mir (\w+ ){0,3}(die )?(arme|handgelenke|pulsadern|beine) "
    r"(aufgeschnitten|aufgeritzt|geritzt)",
    # Dutch: "ik heb mezelf weer gesneden", "gekrast"
    rf"(mezelf|mijzelf) {AGAIN} (gesneden|gekrast)|(heb|had) (mezelf|mijzelf) (\w+ )?gekrast",
    # Italian: "mi sono tagliata di nuovo", "mi sono tagliato le braccia"
    rf"mi sono (tagliat[oa]|ferit[oa]) {AGAIN}|mi sono (\w+ )?tagliat[oa] (le braccia|i polsi|le gambe)",
    # Polish: "znowu się pocięłam", "pocięłam się"
    r"(pocięłam|pociąłem|cięłam|ciąłem) się|się (znowu )?(pocięłam|pociąłem)|(?<!nie )tnę się",
    # Portuguese: "me cortei de novo"
    rf"(me cortei|cortei me) {AGAIN}",
    # Romanian: "m-am tăiat din nou", "pe mâini"
    rf"m am tăiat ({AGAIN}|pe mâini|pe brațe|la încheieturi)",
    # Turkish: "yine kendimi kestim", "kollarımı kestim"
    r"kendimi (\w+ )?(kestim|jiletledim|yaraladım)|"
    r"(kollarımı|bileklerimi|bacaklarımı) (\w+ )?(kestim|jiletledim)",
    # Swahili: "nimejikata tena" (not a finger, a kitchen cut)
    r"(nimejikata|nilijikata|najikata) (tena|makusudi)|nimejidhuru|nilijidhuru",
    # Amharic: "ራሴን ቆረጥኩ", "ራሴን ጎዳሁ"
    r"ራሴን (\S+ )?(ቆረጥኩ|ጎዳሁ)",
    # Persian: "خودمو زخمی کردم", "رگمو زدم"
    r"(خودمو|خودم را|خودم رو) (\S+ )?زخمی کردم|رگ(مو| دستمو| دستم رو|م رو) زدم",
    # Urdu, Hindi (both scripts), Punjabi: "cut myself"
    r"(اپنے آپ|خود) کو (\S+ )?(کاٹ|زخمی کر) (لیا|لی|دیا)|"
    r"(खुद|अपने आप) को (\S+ )?(काट|ज़ख्मी कर|घायल कर) (लिया|ली|दिया)|"
    r"(khud|apne aap) ko (\w+ ){0,2}(kaat|kat|zakhmi kar) (liya|li|diya)|"
    r"ਆਪਣੇ ਆਪ ਨੂੰ (\S+ )?(ਕੱਟ|ਜ਼ਖਮੀ ਕਰ) (ਲਿਆ|ਲਈ|ਦਿੱਤਾ)",
    # Bengali: "নিজেকে কেটেছি"
    r"নিজেকে (\S+ )?(কেটেছি|কেটে ফেলেছি|আঘাত করেছি)",
    # Vietnamese: "tự rạch tay"
    r"(tự )?rạch (tay|cổ tay)|tự làm hại bản thân",
    # Cantonese: "𠝹手", "鎅手"
    r"(𠝹|鎅)(咗)?(手|自己)",
    # Ukrainian, Russian: "знову різала руки", "резала вены"
    rf"{AGAIN} (\S+ )?(різала|різав|порізала|порізав|резала|резал|порезала|порезал) "
    r"(собі |себе )?(руки|вени|вены)|"
    r"(різала|порізала|резала|порезала|різав|резал) (собі |себе )?(вени|вены)",
    # Greek: "αυτοτραυματίστηκα", "έκοψα πάλι τα χέρια μου"
    rf"αυτοτραυματί(στηκα|ζομαι)|έκοψα {AGAIN} τα (χέρια|χέρι|καρπούς)",
    # Haitian Creole: "mwen blese tèt mwen ankò"
    rf"(mwen|m) (blese|koupe) tèt (mwen|m) ({AGAIN}|espre)",
)

# a finger cut by accident, or a cut shaving, as English reads them: "tagliata il dito mentre cucinavo"
ACCIDENT = _folded(
    r"\b(finger|vinger|dito|dedo|deget(ul)?|palec|parmak\w*|kidole|δάχτυλο|dwèt)\b|"
    r"\b(rasieren|rasiert|scheren|barba|fazendo a barba|bărbierit|tıraş|kunyoa|ξύρισμα)\b",
)

OVERDOSE = _folded(
    # Dutch: "al mijn pillen ingenomen"
    r"(al|alle) (mijn|m n) (pillen|tabletten|medicijnen|slaappillen) (\w+ )?(ingenomen|geslikt)",
    # Romanian: "am luat toate pastilele"
    r"(am luat|am înghițit) (\w+ )?(toate|tot) (pastilele|medicamentele|flaconul|cutia de)",
    # Turkish: "bütün ilaçlarımı içtim"
    r"(bütün|tüm) (\S+ )?(ilaç|hap)\S* (\S+ )?(içtim|yuttum)",
    # Swahili: "nimemeza vidonge vyote"
    r"(nimemeza|nimekunywa|nilimeza|nimetumia) (\w+ )?(vidonge|dawa) (\w+ )?(vyote|zote)",
    # Arabic in Latin letters: "khadt kol el 7bob"
    r"(khadt|akhadt|5adt|a5adt|bala3t|bl3t) (kol|kel|kell) (el )?(7bob|7boob|7ubub|7abbat|dawa)",
    # Persian: "همه‌ی قرص‌هامو خوردم"
    r"(همه|همه‌ی|همه ی|تمام) (\S+ )?(قرص|دارو)\S* (رو |را )?خوردم",
    # Bengali: "সব ওষুধ খেয়ে ফেলেছি"; Gujarati: "બધી ગોળીઓ ખાઈ લીધી"
    r"সব (\S+ )?(ওষুধ|ট্যাবলেট|বড়ি) (\S+ )?(খেয়ে ফেলেছি|খেয়েছি|খেয়ে নিয়েছি)|"
    r"બધી (\S+ )?(ગોળીઓ|દવા|દવાઓ) (\S+ )?(ખાઈ|ગળી) (લીધી|ગયો|ગઈ)",
    # Chinese, Cantonese: "把所有的药都吃了", "一次過食晒所有藥"
    r"把(所有|全部)的?(药|藥|安眠药|安眠藥)都?(吃|吞)(了|掉)|(一次过|一次過)食晒(所有)?(啲)?(藥|药)|食晒所有(啲)?(藥|药)|"
    r"(吞|吃)了(所有|全部)的?(药|藥)",
    # Japanese: "薬を全部飲んだ"
    r"(薬|睡眠薬|くすり)を?(全部|ぜんぶ|まとめて)(飲|の)んだ",
    # Greek: "πήρα όλα τα χάπια μου"
    r"(πήρα|ήπια|κατάπια) όλα τα (χάπια|φάρμακα)",
    # a count of pills swallowed, ten or more: "ich habe 30 Tabletten geschluckt", "我吃了30片安眠药"
    r"\d{2,} (\w+ )?(tabletten|pillen|schlaftabletten|slaappillen|kapseln) (\w+ ){0,2}(geschluckt|genommen|"
    r"eingenommen|geslikt|ingenomen)",
    r"(ho preso|ho ingoiato) \d{2,} (\w+ )?(pastiglie|pillole|compresse|pasticche)|"
    r"(połknęłam|połknąłem|wzięłam|wziąłem|łyknęłam|łyknąłem) \d{2,} (\w+ )?(tabletek|tabletki|pigułek)",
    r"(tomei|engoli) \d{2,} (\w+ )?(comprimidos|pílulas|remédios|cápsulas)|"
    r"(am înghițit|am luat) \d{2,} (de )?(pastile|tablete|comprimate)|\d{2,} (tane )?(hap|ilaç|tablet)\S* "
    r"(\w+ )?(yuttum|içtim|aldım)",
    r"(بلعت|أخذت|اخذت|شربت) \d{2,} (حبة|حبه|حبات|قرص|اقراص|أقراص)|\d{2,} (تا )?قرص\S* (\S+ )?خوردم|"
    r"\d{2,} (\S+ )?(گولیاں|گولی) (\S+ )?(کھا|نگل) (لیں|لی|لیا)",
    r"\d{2,} (\S+ )?(गोलियां|गोलियाँ|गोली|टैबलेट) (\S+ )?(खा|निगल) (लीं|ली|लिया)|"
    r"\d{2,} (\w+ )?(goliyan|goliyaan|goli|tablets?) (\w+ )?(kha|khaa|nigal) (li|lii|liya|lin)",
    r"(uống|nuốt) (\S+ )?\d{2,} viên|(吃|吞|服)了\d{2,}(片|粒|颗|顆)|\d{2,}(알|정) (다 )?(먹었|삼켰)\S*|"
    r"\d{2,}(錠|粒)(も)?(飲|の)(んだ|みました)",
    r"(uminom|ininom|nilunok) (ako )?(ng )?\d{2,} (na )?(tableta|pills?|piraso)|(ήπια|πήρα|κατάπια) \d{2,} "
    r"(χάπια|δισκία)|(mwen|m) (bwè|pran|vale) \d{2,} (grenn|konprime)",
    r"(випила|випив|ковтнула|ковтнув|прийняла|прийняв|выпила|выпил|проглотила|проглотил|приняла|принял) "
    r"\d{2,} (\S+ )?(таблет\S*|пігул\S*|пилюл\S*)",
    # Haitian Creole: "mwen bwè tout grenn mwen yo"
    r"(mwen|m) (bwè|pran|vale) tout (grenn|medikaman|renmèd)",
)

# a count of pills prescribed or handed out, not swallowed: "die Apotheke hat mir 30 Tabletten mitgegeben"
HANDED_OUT = _folded(
    r"(mitgegeben|verschrieben|verordnet|przepisał\w*|wypisał\w*|doktor\S* (\w+ ){0,3}(yazdı|verdi)|"
    r"reçete\S*|(医生|醫生|大夫)(给我|給我)?(开了|開了)|выписал\w*|виписав\w*|receitou|prescrisse|"
    r"prescritto|a prescris|voorgeschreven|meegegeven|kê (đơn|toa))",
)

# fmt: off
ATLAS_SELF = (
    Rule("the language matrix: wanting to die or to kill oneself", "crisis", WISH, other="urgent",
         unless=DENIALS),
    Rule("the language matrix: self-harm told as done", "crisis", SELF_HARM, other="urgent", unless=ACCIDENT),
    Rule("the language matrix: all one's pills taken", "crisis", OVERDOSE, other="crisis"),
    Rule("benign context: a count of pills prescribed or handed out", "routine", HANDED_OUT, other=None),
)
# fmt: on
