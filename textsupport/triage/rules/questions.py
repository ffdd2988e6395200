"""Crisis rules for what section 3 names beside intent: a question about how lethal something is (even
"asking for a friend", even about "you" in general) and ambivalence that does not rule an act out.

Same conventions as `triage.rules.common`. A lethality question about someone else is still a crisis
(`other` is crisis): the friend is often the person asking.
"""

from __future__ import annotations

from textsupport.triage.rules.common import Rule
from textsupport.triage.rules.medicines import MEDS_BENIGN

# fmt: off
QUESTIONS = (
    Rule("a question about lethality", "crisis", (
        # how long, after a large amount: "how long after taking 40 tylenol does it kick in"
        r"how (long|fast|quickly|soon) (\w+ ){0,5}(take|took|taking|swallow\w*|mix\w*|drink|"
        r"drank) (\w+ ){0,2}"
        r"<MANY> (of )?(\w+ ){0,2}<MEDS>",
        r"how long (until|till|before|does it take|would it take) (\w+ ){0,4}(liver|kidneys?|heart|organs?) "
        r"(\w+ ){0,2}(fail|fails|failure|shut down|shuts down|stop|stops|give out)",
        # whether a fall, a dose or an act is fatal, asked: "would a fall from the 8th floor be fatal"
        r"(^|[.!?,] ?)(is|are|would|will|was|can) (\w+ ){1,8}(always |usually |definitely |certainly |"
        r"really |"
        r"surely |guaranteed |instantly |be )?(fatal|lethal|deadly)(?! (error|exception|mistake|flaw|"
        r"attraction|boring|serious|dull|quiet))",
        r"(do|does|can|would|could|will) (people|anyone|someone|somebody|you|u|a person|most people|humans?) "
        r"(\w+ ){0,2}(ever |usually |actually |really )?survive ((that|this|it)(?= *($|[^\w ]))|(a |an |"
        r"the )?"
        r"(\w+ )?(fall|jump|drop|overdose|od|gunshot|hanging|drowning)|(falling|jumping) (from|off))",
        r"(what happens|what would happen) (\w+ ){0,2}(if|when) (you|u|i|someone|a person) (take|took|"
        r"swallow\w*|"
        r"drink|drank|mix\w*) (\w+ ){0,4}<MEDS>",
        r"(can|could|would|will|do|does) (you|u|i|someone|a person|it|that|this) (\w+ ){0,2}(die|kill (you|u|"
        r"me|"
        r"someone|a person)|be (fatal|lethal|deadly|enough))( from| of| if| by)?",
        r"how (many|much) (\w+ ){0,4}(to die|to kill|to (not|never) wake( up)?|would (it )?(take|kill)|"
        r"(does|would) it take|"
        r"before (its|it is|"
        r"it gets) (dangerous|fatal|lethal|deadly|toxic)|is (too much|too many|an overdose|lethal|fatal|"
        r"deadly|"
        r"dangerous))",
        r"how long (does it|would it|until|till|before) (\w+ ){0,3}(bleed out|die|pass out|stop breathing|"
        r"lose consciousness)",
        # a dose supposed, then whether it kills: "if someone took 40 of the 500mg tylenol would they die"
        r"if (you|u|i|someone|somebody|a person|one|people|they|he|she) (take|took|takes|swallow\w*|drink|"
        r"drank|had|ate|mix\w*) (\w+ ){0,5}<MEDS>[^.!?]{0,30}[ ,](would|will|could|can|do|does) (they|he|she|"
        r"it|that|you|u|i|someone|a person|people) (\w+ ){0,2}(die|survive|make it|wake up|be dead)",
        # whether one survives a poison or a dose drunk: "can a person survive if they drink antifreeze?",
        # "se puede sobrevivir si uno toma cloro", "peut on survivre si on boit de l antigel"
        r"(can|could|would|does|do|will|se puede|puede|peut on|est ce qu on peut) (a person|someone|somebody|"
        r"you|u|people|anyone|a human|uno|alguien|une personne|quelqu un )?(\w+ ){0,2}(survive|sobrevivir|"
        r"survivre) (if (they|you|u|he|she|someone|somebody|one) |si (uno |alguien |on |quelqu un )?|a |al |"
        r"after )?(drink|drinks|drinking|drank|swallow\w*|eat|eats|eating|ate|take|takes|taking|took|toma|"
        r"bebe|traga|boit|avale|prend) (\w+ ){0,3}(antifreeze|bleach|poison|rat poison|drain cleaner|"
        r"pesticide|weed killer|windshield washer fluid|methanol|anticongelante|cloro|veneno|antigel|javel|"
        r"eau de javel|mort aux rats|<MEDS>)",
        # what a way of dying feels like: "is drowning painful", "does it hurt to bleed out"
        r"(is|are|would|will|does|do|was) (\w+ ){0,2}(drowning|hanging|jumping|bleeding out|overdosing|"
        r"an overdose|suffocating|suffocation|carbon monoxide|co poisoning|freezing to death|a gunshot|"
        r"getting shot|slitting \w+ wrists|being hit by a (train|car|truck)) (\w+ ){0,2}(painful|hurt|"
        r"peaceful|painless|quick|fast|instant)|"
        r"(ahogarse|ahorcarse|desangrarse|morir ahogad[oa]|se noyer|se pendre|la noyade|la pendaison|"
        r"se vider de son sang) (\w+ ){0,2}(es|duele|est|fait|seria|serait) (\w+ )?(doloroso|dolor|mal|"
        r"douloureu\w*|rapide|rapido)",
        r"(does|would|will|do) it (\w+ )?(hurt|be painful|be quick) (to|when (you|u|i|someone)) (drown|hang|"
        r"bleed out|overdose|od|suffocate|jump|get hit by a (train|car|truck))",
        r"(lethal|fatal|deadly|toxic|max|maximum) (dose|amount|level|quantity)|(fastest|quickest|easiest|"
        r"surest|least painful) way to (go|die|do it)",
        r"(is|are) (\d+|a bottle|a box|a handful|twenty|thirty|forty|fifty) (\w+ ){0,2}(enough|lethal|fatal|"
        r"deadly)",
        r"how high (\w+ ){0,5}(to (be )?(die|fatal|kill)|fatal|deadly|does (a|the) (bridge|building|fall))",
        # however long the question: "combien de cachets de ... faut il pour que ce soit mortel"
        r"(combien|cuantas|cuantos|cuanto|quantos|quantas|quanto) (\w+ ){0,10}(fatal|fatale|mortel|mortelle|"
        r"letal|letale|mortal|mourir|morir|morrer)\b",
        r"(combien|cuantas|cuantos|cuanto) (\w+ ){0,5}(mortel|mortelle|pour (mourir|ne plus)|para (morir|"
        r"matar)|se necesitan|son demasiad[oa]s|c est (mortel|trop))|dosis (letal|mortal)|dose (letale|"
        r"mortelle)|(combien|cuantas|cuantos|cuanto) (\w+ ){0,6}(pour (ne )?(plus|pas) (me |se |te )?"
        r"(reveiller|respirer|revenir)|para (no )?(volver a )?(despertar|despertarme|despertarse))",
        # in Spanish, how many make an overdose, whether a count is fatal, whether a way of dying hurts:
        # "con cuantas pastillas de tramadol te da una sobredosis", "duele cortarse las venas"
        r"(cuantas|cuantos|cuanto|cuanta) (\w+ ){0,6}(una |en |de )?sobredosis|"
        r"(pastillas|pildoras|tabletas|capsulas|mg|miligramos) (\w+ ){0,4}(son|es|seria|serian) (mortal|"
        r"mortales|letal|letales|suficientes? para morir)|"
        r"(duele|dolera|doleria|es doloroso|se sufre|sufre uno) (\w+ ){0,3}(morir\w*|ahorcarse|ahogarse|"
        r"desangrarse|cortarse las venas|tirarse|pegarse un tiro|una sobredosis|sobredosis|un balazo)",
    ), other="crisis"),
    # whether one can overdose on a medicine, asked: "can you od on lithium", "could a person overdose on
    # insulin" (however lightly it is framed: "just curious")
    # (the rarer cue first: the rule stops at the first cue missing, and common words open the question)
    Rule("a question about lethality: overdosing on a medicine", "crisis", (
        r"(od|overdose) (on|from|with) \w+",
        r"(can|could|do|does|would|will) (you|u|i|someone|somebody|a person|people|anyone|one) (\w+ )?"
        r"(od|overdose) (on|from|with)",
    ), other="crisis", needs=2),
    # the same question drawn: "💊x30 + 🍷 = 💀?", "how many 💊 ☠️"
    Rule("a question about lethality: emoji", "crisis", (
        r"(=|\+|\?|how many|how much|enough|would|will|does|combien|cuantas) ?(\S+ ?){0,2}(💀|☠|⚰|🪦)|"
        r"(💀|☠|⚰|🪦)\W{0,3}\?",
        r"💊|🔫|🔪|🪢|<MEDS>",  # the rarer cue first: the rule stops at the first cue missing
    ), other="crisis", needs=2, unless=MEDS_BENIGN),
    Rule("ambivalence that does not rule it out", "crisis", (
        r"(cant|wont|not going to|dont) (say|promise|guarantee|swear) (that )?(i wont|ill (still )?be (here|"
        r"ok|okay|"
        r"safe|alive|around)|anything|nothing)|no (promises|guarantees)(?= *($|[^\w ]|tonight))|"
        # the act left unnamed: "i cant say im not going to", "wont promise i wont do it again"
        r"(cant|cannot|wont|not going to|dont) (say|promise|guarantee|swear|tell you) (that )?"
        r"(im not going to|im not gonna|i am not going to|i wont|i will not)( do it| try)?( again| tonight)?"
        r"(?= *($|[^\w ]))",
        r"(not sure|dont know|i dont know|unsure) (if|whether) (i can|ill|im going to) (keep (myself )?safe|"
        r"stay safe|(still )?be (here|around|alive)|make it (through|to))",
        r"(50 ?/ ?50|fifty fifty|coin (toss|flip)) (on|whether|if|about)|part of me (wants|still wants) to "
        r"(do it|die|end it|go|not wake up)|"
        # two parts, and the wrong one gaining: "half of me wants to live, the other half is winning"
        r"(the )?(other|darker|dark|bad|worse|wrong) (part|half|side|voice)( of me)? (is |s )?(winning|"
        r"stronger|getting stronger|taking over|louder)|"
        r"(une|la) (autre )?partie de moi (\w+ ){0,3}(gagne|l emporte)|"
        r"(la )?otra parte (de mi )?(esta )?ganando",
        # the act itself not done "yet": "havent acted on it yet", "not hurt myself yet"
        r"(havent|have not|didnt|did not|not) (acted on (it|them)|gone through with it|hurt myself|"
        r"cut myself|tried (it )?again|tried to) yet|"
        # "not sure i wont", in English, Spanish and French
        r"(not sure|unsure|dont know|cant say|no idea)( that| if| whether)? (i|ill|id) (wont|wouldnt|"
        r"will not|"
        r"would not|am not going to|not going to) (\w+ )?(do (it|something|anything)|act on|go through|hurt|"
        r"kill|"
        r"cut|end (it|things|my)|jump|take (them|the pills|it|all|everything|my life)|try (again|it))|"
        r"no (estoy|toy) (muy )?segur[oa] (de )?(que|si) no (lo |me )?(vaya|voy|iba|valla) a (hacer|matar|"
        r"cortar|"
        r"tirar|tomar)|"
        r"(pas|plus) (sur|sure|certaine?) (que|de) (je )?(ne )?(le |me )?(ferai|fasse|ferais|tuerai|tue) pas|"
        r"no prometo nada|no (se|sé) si (voy a|llego|aguanto|sigo)|je (ne )?(peux|promets) rien|"
        # French double negatives that leave the act open: "je dis pas que je le ferais pas", "pas sure de pas
        # passer a l acte", "je peux pas jurer que j vas pas le faire"; acting on it feared or announced
        r"(ne |n )?(pas dit|dis|dit|peux pas (te |vous )?(dire|jurer|garantir)|jure pas|promets pas) (pas )?"
        r"que (je|j) (ne )?((le |l )(ferai|ferais|ferait|fasse)|(vais|vas|va) (pas|jamais|pu) (le faire|"
        r"me tuer|passer a l acte|me faire du mal|faire une (connerie|betise)))|"
        r"(ne |n )?(suis |serais |est )?(pas|pu|plus) (sur|sure|certain|certaine|convaincue?) (de|d) (ne )?"
        r"(pas|pu) (passer a l acte|le faire|me faire du mal|me tuer|faire une (connerie|betise)|"
        r"(me )?(sauter|jeter|pendre))|"
        r"(peur|crainte|proche|pres|sur le point) (de|d) passer a l acte|(vais|vas|veux) passer a l acte|"
        # "j sais pas si j vais passer la nuit": Québec elisions, and the night or tomorrow named
        r"(je |j )?(ne )?(sais|sait) (pas|pus) si (je|j) (vais|vas|va) (tenir|etre (la|encore la)|survivre|"
        r"passer (la nuit|la soiree|la fin de semaine|le weekend|la semaine)|me rendre (a|jusqu a) demain|"
        r"voir (demain|le matin))",
        # a denial hedged, and the hedge said again: "probably not going to do anything. probably"
        r"(probably|prolly|maybe|hopefully|likely) (not|wont|never) (going to |gonna )?do "
        r"(anything|something|it)( stupid| dumb| drastic| to myself| tonight)?\W+(\w+ )?(probably|prolly|"
        r"maybe|hopefully|i think|i hope|i guess)(?=[^a-z0-9]*$)|"
        r"(probably|prolly|maybe|hopefully) (not|wont|never) (going to |gonna )?"
        r"do (anything|something) (stupid|dumb|drastic|to myself)",
    ), other="urgent"),
    # "not yet" beside the harm named: "its not that id never hurt myself. i just havent yet"
    Rule("ambivalence: not yet", "crisis", (
        r"(i )?(just )?(havent|have not|didnt|did not)( done it| done anything| tried)? yet(?= *($|[^\w ]))",
        r"hurt\w* myself|kill\w* myself|cut\w* myself|harm\w* myself|end (it|my life)|die|dying|overdos\w*|"
        r"suicid\w*|jump\w*|do it",
    ), other="urgent", needs=2),
)
# fmt: on
