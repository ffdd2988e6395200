"""Crisis wording about oneself that rounds 22-25 found the rules could not read, by category of DOMAIN
section 3: intent or a plan (a jump from a bridge tonight in Korean, giving one's life in Punjabi, a rope
made ready in Tagalog, the pills set aside and the letter written in Portuguese, not coming back), an
overdose (all the pills drunk or eaten, a whole bottle, many pills swallowed: Persian, Chinese, Amharic,
Tagalog), a veiled farewell of two cues (a pet to a good home, goodbyes said to everyone, land and gold
shared out, "tell the children I loved them", a goodbye letter after settling affairs), a question of how
many pills would not let one wake (Russian in Latin letters, Hindi, Arabizi, "how many would be too many"),
ambivalence ("I don't know if I can manage not to hurt myself tonight", "I can't say I won't"), self-harm
that goes deeper or will not stop, and lethal means found or made ready (a loaded rifle, charcoal and
taped windows, the key to the gun safe).

Each phrase is a plain, common way of saying it, written by meaning for the category, not copied from
replies. Cues that are ordinary alone ("the rope", "I'll finish everything today") count only together
(`needs=2`). Same conventions as `triage.rules.common`.
"""

from __future__ import annotations

from textsupport.triage.rules.common import Rule

_DRUG = r"(<MEDS>|amitriptyline|fenazepam\w*|феназепам\w*|снотворн\w*|таблет\w*|tabletok|tabletki)"
# intent, a plan or a means made ready, each enough alone
INTENT = (
    # Korean: "다리에서 뛰어내릴 거예요" (I will jump from the bridge), "투신하겠다"
    r"(다리|옥상|건물|아파트|한강)에서 (\S+ )?뛰어 ?내(릴|리려|리겠|리고 싶|릴게)|투신(하|할)",
    # Punjabi and Hindi in Latin letters and Devanagari: "apni jaan de deni" (to give one's own life)
    r"(apni|aapni|apnee) (jaan|jan) (de|le) (deni|dena|dunga|dungi|deyanga|lunga|lungi|leni|lena|daangi|"
    r"devanga)|अपनी जान (दे|ले) (दूंगा|दूँगा|दूंगी|लूंगा|लूँगा|दूँगी|देनी|लेनी)|ਆਪਣੀ ਜਾਨ (ਦੇ|ਲੈ) (ਦੇਣੀ|ਦੇਣਾ|ਦਿਆਂ|ਲੈਣੀ)",
    # Tagalog: the rope made ready, "nakahanda na yung lubid"
    r"(nakahanda|handa|nakaayos|naihanda ko)( na)? (na )?(ang |yung |ung |ng )?(lubid|tali)",
)
# not coming back, with it worked out or someone told not to call
NOT_COMING_BACK = (
    r"(im|i am|ill|i will|im just) not (coming|going to come) (back|home)",
    r"(got|have|its) (it )?(all )?(figured|worked|planned) out|(dont|do not) (call|tell|look for|wait for) "
    r"(my|me)",
)
# two cues that together make a plan, a farewell or an overdose (each ordinary alone)
PLAN_PT = (
    r"(separei|juntei|guardei|comprei|escondi) (os |as |todos os |todas as |uns )?(remedios|comprimidos|"
    r"pilulas|remedio|corda)",
    r"escrevi (a|uma|minha|as) (carta|cartas|despedida)|amanha cedo|hoje a noite|esta noite|"
    r"antes de (todo mundo|todos|alguem) acordar",
)
ENDING_UK_RU = (
    r"(все|усе|всьому|всему|всё) (закінчу|покінчу|закончу|покончу)|покінчу з собою|покончу с собой|"
    r"(я )?(все|всё) (вирішила|вирішив|решила|решил)|попрощал\w*|попрощав\w*",
    r"(дякую|спасибо|спасибі),? (що|что) (були|была|был|був) (поруч|рядом)|(дякую|спасибо) за (все|всё)|"
    r"прощайте|прощавайте|(всім|усім|всем|всеми|всіма),? (кого|кого я) (люблю|любила|любив)",
)
OVERDOSE = (
    # English: "drank all the pills", "ate the whole bottle of my meds"
    r"(drank|drunk|ate|eaten|chugged|downed) (all|every|everything|the whole|a whole|the rest)( of)? "
    r"(the |my |those |these )?(\w+ ){0,2}(bottle of |box of |pack of )?(pills|meds|tablets|<MEDS>)",
    # Persian "همه قرصامو خوردم", Chinese "吃了一整瓶", "把药全吃了", Amharic "ብዙ ክኒን ዋጥኩ"
    r"همه (ی )?(قرص|دارو)\S* (\S+ ){0,3}(خوردم|بالا انداختم)|"
    r"吃了(一)?(整|全|一大)(瓶|盒|板|排)\S{0,2}(药|藥|泰诺|泰諾|安眠|止痛|扑热息痛|布洛芬|片)|把(药|藥|安眠药|安眠藥)(全|都|全部)(吃|吞)了|"
    r"(ብዙ|ሁሉንም|ሙሉ) (\S+ )?(ክኒን|መድሃኒት|መድኃኒት)\S* (\S+ )?(ዋጥኩ|ወሰድኩ|ጠጣሁ)",
    # Tagalog "ang dami kong ininom na gamot", "ininom ko lahat ng gamot"
    r"(ang )?dami (kong|ko ng|ko) (ininom|nainom|nilunok|nilaklak)( na)? (gamot|tableta|pills)|"
    r"(ininom|nilunok|nilaklak) ko (na )?(lahat|lahat ng|yung lahat ng) (gamot|tableta|pills)",
)
FAREWELL = (
    r"(tell|let) (my |the )?(kids|children|family|mom|dad|son|daughter|wife|husband) (know )?(that )?i "
    r"(loved|always loved) (them|her|him)|"
    r"(u sheeg|you sheeg|usheeg) (inaan|in aan) (\w+ ){0,3}(jeclaa|jeclahay)|"
    r"(les escribo|te escribo|le escribo|escribo) para (despedirme|decir adios)|me despido de (ustedes|"
    r"todos)|je vous ecris pour (vous )?dire adieu|writing to say (goodbye|good bye)|"
    r"(you|you guys|yall|you all) (were|are|have been) the only (ones?|people|person) (who|that) "
    r"(ever )?(checked|cared|listened|asked)|"
    r"(đã )?(chia|cho) hết (\S+ ){0,4}(cho|các con)|ሰጥቻለሁ|ስጥቻለሁ|"
    r"salamat (po )?sa (pagtiis|pag tiis|pagtitiis|lahat)",
    r"(deje|ya deje|tengo) (todo )?(arreglado|en orden|listo)|j ai (tout )?(regle|mis en ordre)|"
    r"(everything|its all|all) (is )?(sorted|arranged|in order|taken care of)|"
    r"take care of (yourselves|each other)|means more than you (know|will ever know)|"
    r"(waan|waan ka) (tagayaa|tegayaa)|tạm biệt|vĩnh biệt|cảm ơn (\S+ ){0,3}(tất cả|nhắn tin)|"
    r"አያስፈልገኝም|ከዚህ በኋላ|hanggang dito na lang (po )?ako|paalam|patawad|que dios (los|les|te) bendiga|"
    r"(dont|no) (look for|wait for) me|goodbye|good bye|bye everyone",
)
LETHALITY_EN = (
    rf"how (many|much) (of )?(\w+ ){{0,2}}{_DRUG}( \w+){{0,3}} (would|will|is|are|does it|do you)"
    r"( \w+){0,2} (be )?(too many|too much|kill|lethal|fatal|deadly|enough to)",
)
LETHALITY = (
    # Russian in Latin and Cyrillic letters, Ukrainian: how many to take, not to wake
    r"(skolko|сколько|скільки) (\w+ |\S+ ){0,3}(vypit|prinyat|sest|выпить|принять|съесть|випити|"
    r"прийняти|tabletok|таблеток|таблеток)",
    r"(chtoby|chtob|чтобы|чтоб|щоб) (bolshe )?(ne|не) (prosnut\w*|prosypat\w*|проснут\w*|прокинут\w*)"
    r"(?! (ustavsh\w*|razbit\w*|уставш\w*|разбит\w*|втомлен\w*))|(umeret|умереть|померти)",
    # Hindi: how many sleeping pills, not to wake up or to die; Arabizi and Arabic the same
    r"(कितनी|kitni|kitne|kam|كم) (\S+ ){0,3}(गोलि\S*|goliyan|goliyon|goli|7abbe|7ab|7abbet|7boub|حبة|حبات|"
    r"حبوب)",
    r"(सुबह )?(नहीं उठ|मर जा|मौत)|(nahi|nahin) (uthta|uthega|uthe)|mar jaye|"
    r"(ma|ma3ad) (yfee2|yfi2|yfe2|ye2am)|(ymout|ymoot|yemot)|(ما) (يفيق|يصحى|يقوم)|(يموت)",
)
AMBIVALENCE = (
    # Italian, Spanish, English: not sure I can keep from hurting myself tonight
    r"(non so|no se|dont know|not sure) (se|si|if|whether) (ce la faccio|riesco|pueda|puedo|voy a poder|"
    r"i can|ill be able) (a |to )?(non|no|not|keep from|stop myself from) (farmi del male|uccidermi|"
    r"ammazzarmi|hacerme dano|matarme|hurting myself|killing myself|doing it)",
    # Korean: "I can't say I won't" (안 한다고 말 못 하겠어요); Arabic: I don't know if I can stay alive
    r"안 (한다고|할 거라고)(는)? (말 )?못",
)
# not knowing, and lasting or doing it: "ما بعرف إذا رح ضل عايش", "di ko alam ... baka gawin ko na"
AMBIVALENCE_CUE = (
    r"ما بعرف|مش عارف|مش متأكد|(hindi|di) ko (na )?(sure|alam)",
    r"(ضل|اضل|ابقى|أبقى|اظل|أظل) عايش|baka gawin ko na|gagawin ko na|kaya ko pa (hanggang|bukas)",
)
SELF_HARM = (
    r"자해",
    r"또|다시|깊어|깊게|깊이",
)
HEAD_BANGING = (
    r"(smash|smashing|bang|banging|slam|slamming|hit|hitting) my (head|face|fists?) (on|against|into) "
    r"(the )?(wall|floor|door|mirror|concrete)",
    r"(cant|cannot|couldnt) stop|until i (see stars|bleed|pass out|black out)|bleeding|blood|again and again",
)
MEANS_READY = (
    # a loaded gun found, in English, French and Spanish
    r"(found|find|got|have|trouve|encontre|tengo|agarre) (\w+ ){0,4}(gun|rifle|shotgun|pistol|carabine|"
    r"fusil|pistolet|arme|pistola|escopeta|rifle)",
    r"(loaded|chargee?|cargad[oa])|(ammo|balles|balas) "
    r"(\w+ ){0,2}(too|aussi|tambien|right there|with it)",
)
CHARCOAL = (r"번개탄", r"테이프|창문|막았|피웠|샀어요")
# a gun at hand, its key known, and the thought that will not go: "i know where the key is"
GUN_KEY = (
    r"gun|rifle|shotgun|pistol|firearms?",
    r"(i know|know|found|have|got) (where )?(the|his|her|my dads|my moms) (gun safe )?"
    r"(key|keys|combination|code|ammo)",
    r"(cant|cannot|couldnt) stop thinking about|keep thinking about|(its|it is) all i (can )?think about",
)

# calm after a decision left unnamed, a warning sign: "at peace now that ive decided. everythings ready"
CALM_DECIDED = (
    r"(calm|calmer|peace|peaceful|at peace|relieved|relief|lighter|settled) (\w+ ){0,8}"
    r"(now that|since|because) (i ve|ive|i have|i|id) (finally )?(decided|made up my mind|made my decision)"
    r"(?= *($|[^\w ]))",
)
# a large supply of medicine, and what it could do: "90 days worth ... thinking what i could do with it"
SUPPLY_WEIGHED = (
    r"(\d{2,}|a months|months|weeks|three months|two months) (days )?(worth|supply)|"
    r"(whole|full|new) (bottle|refill|supply|prescription)",
    r"(thinking|thought|wondering|wonder) (about )?what (i|id|one) (could|can|might) do with (it|them|those|"
    r"these|all (of )?(it|them))",
)
# a goodbye until a time named is a goodbye with its reason: "bye for now, talk tuesday", "a demain"
UNTIL_THEN = (
    r"(good ?bye|bye|ciao|adios|au revoir|salut) for now|"
    r"(talk|see|catch|chat|text|speak) (to |with )?(you|u|ya|yall) (on |next |this |again )?(monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|tomorrow|tmrw|later|"
    r"soon|next week|tonight|in the morning)|"
    r"(talk|see|catch) (you )?(on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|"
    r"tmrw|later|soon|next week)|"
    # not "hasta el lunes" alone: "la farmacia esta cerrada hasta el lunes" is no goodbye
    r"hasta (luego|pronto)|a (bientot|plus tard)",
)

# fmt: off
ENDINGS = (
    # a guard, not a risk: the model reads "goodbye" as a farewell; with a time to talk again named, it
    # needs its guarded confidence (section 3: a goodbye *with no reason given* is the farewell)
    Rule("benign context: a goodbye until a time named", "routine", UNTIL_THEN, other=None),
    Rule("suicidal: intent or a plan, in other words", "crisis", INTENT, other="urgent"),
    Rule("suicidal: not coming back, worked out", "crisis", NOT_COMING_BACK, other="urgent", needs=2),
    Rule("suicidal: calm after a decision left unnamed", "crisis", CALM_DECIDED, other="urgent"),
    Rule("lethal means: a supply, and what it could do", "crisis", SUPPLY_WEIGHED, other="urgent", needs=2),
    Rule("suicidal: pills set aside and a letter written", "crisis", PLAN_PT, other="urgent", needs=2),
    Rule("suicidal: ending it, decided or said goodbye", "crisis", ENDING_UK_RU, other="urgent", needs=2),
    Rule("overdose: all the pills taken, in other words", "crisis", OVERDOSE, other="crisis"),
    Rule("a veiled farewell: two cues", "crisis", FAREWELL, other=None, needs=2, unless_message=(
        r"\b(mudo|mudamos|move|moving|moved|vacation|vacaciones|trip|viaje|program|programme|study|estudio|"
        r"new number|nuevo numero|demenage\w*|voyage|foster\w*|litter|kittens|puppies|shelter|rescue)\b",
    )),
    Rule("lethality: how many would be too many", "crisis", LETHALITY_EN, other="crisis"),
    Rule("lethality: how many would not let one wake", "crisis", LETHALITY, other="crisis", needs=2),
    Rule("ambivalence: not sure of staying safe", "crisis", AMBIVALENCE, other="urgent"),
    Rule("ambivalence: not sure of lasting", "crisis", AMBIVALENCE_CUE, other="urgent", needs=2),
    Rule("self-harm: again, or deeper", "crisis", SELF_HARM, other="urgent", needs=2,
         unless_message=(r"안 (해|했|할|하)|않|끊은|끊었|그만|멈췄",)),
    Rule("self-harm: head against a wall, not stopping", "crisis", HEAD_BANGING, other="urgent", needs=2),
    # whoever owns it ("my dad's rifle, it's loaded"; French "elle est chargee" names the gun): crisis
    Rule("lethal means: a loaded gun found", "crisis", MEANS_READY, other="crisis", needs=2,
         unless_message=(r"\b(hunt\w*|range|season|deer|moose|chasse|caza|club|game|video)\b",)),
    Rule("lethal means: charcoal and sealed windows", "crisis", CHARCOAL, other="urgent", needs=2,
         unless_message=(r"캠핑|고기|바베큐|구이|캠프",)),
    Rule("lethal means: the key to a gun, and the thought", "crisis", GUN_KEY, other="crisis", needs=3),
    # a pet given away with no reason (section 3: giving away pets): "make sure rex goes to a good home"
    Rule("a veiled farewell: a pet to a good home, no reason", "crisis", (
        r"(make sure|promise( me)?|please|can (someone|you)|need (someone|you) to|find) (\w+ ){0,3}(goes|go|"
        r"gets|get|ends up) (to |in )?a (good|loving|new|nice|safe) home",
    ), other=None, unless_message=(
        r"\b(mov\w*|allerg\w*|landlord|lease|no pets|foster\w*|litter|kittens|puppies|shelter|rescue|"
        r"adopt\w*|deployment|deployed|baby|breeder|neighbou?rs? (cat|dog))\b",
    )),
)
# fmt: on
