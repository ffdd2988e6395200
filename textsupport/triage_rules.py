"""The data of triage: keywords, rewrite tables, idioms, and the risk rules, most serious first.

Patterns are short regexes over *normalised* text: accent-folded, lower case, contractions joined
("don't" -> "dont", "i'm" -> "im"), hyphens as spaces, common variants and misspellings rewritten
(VARIANTS), idioms removed (IDIOMS). `<NAME>` inside a pattern expands to MACROS[NAME]; every pattern
is matched as whole words. Keep each pattern short and give each rule a name staff will understand.
"""

from __future__ import annotations

from dataclasses import dataclass

from textsupport import triage_lexicon as lexicon

# --- keywords: the whole message, case, spaces and trailing punctuation ignored -----------------------
KEYWORDS = {
    **dict.fromkeys(("stop", "stopall", "unsubscribe", "cancel", "end", "quit", "revoke", "optout"), "STOP"),
    "arret": "STOP",  # French; ARRÊT folds to arret
    **dict.fromkeys(("start", "yes", "unstop"), "START"),
    **dict.fromkeys(("help", "info"), "HELP"),
}

# --- rewrites before matching: (regex, replacement), applied in order (see triage_lexicon.py) --------
VARIANTS = lexicon.VARIANTS

# --- idioms: removed before matching, so they can never fire a rule ----------------------------------
IDIOMS = (
    r"killing me",  # "this heat is killing me", "my feet are killing me"
    r"(could|would|id) kill for",
    r"kill(ed|ing|s)? (it|time|the (lights|mood|vibe)|two birds)",
    r"kill(ed|ing)? myself laughing",
    r"die of (boredom|embarrassment|laughter|cringe|shame)|died laughing|dying (laughing|of laughter)|"
    r"(dying|die) to (see|know|try|go|hear|meet|get)|to die for",
    r"feel(ing)? like death|dead tired|dead ?line|dead end|(phone|battery|car|laptop|plants?|computer|"
    r"tv) (died|is dead|was dead)",
    r"bridge (club|game|night|tournament|partner)|playing bridge|dental bridge|bridge of (my|the) nose",
    r"burn(ed|t|ing)? (my |our |the |those |that )?bridges|cross that bridge|water under the bridge",
    r"(skipping|jump|jumping) rope|ropes? course|the ropes|climbing rope|rope swing|tow rope",
    r"(glue|nail|staple|water|nerf|heat|spray|paint|massage) guns?|gun (show|range)|jump(ed|ing)? the gun",
    r"top gun|son of a gun|bite the bullet|bullet (points?|journal)|dodged a bullet",
    r"end (it|things) with|end of (the|my|this|it)|end (my|the|our) (shift|day|call|lease|contract)",
    r"(in|at) the end",
    r"cut(ting)? (back|down|class|corners|carbs|ties|my hair|onions)|hair ?cut",
    r"(cut|burn\w*|hurt) myself (shaving|cooking|baking|gardening|at (work|the gym)|on the (stove|oven|pan))",
    r"overdos\w* on (netflix|chocolate|sugar|caffeine|coffee|candy|tv|carbs|cake|pizza|cuteness)",
    r"suicide (prevention|awareness|squad|doors?|wings|runs?|drills?|sprints?)",
    r"(books?|movie|film|show|article|documentary|podcast|video|class|course|training|workshop) (about|on) "
    r"(suicide|self harm|overdoses?)",
    r"\d+ ?kms?",  # distances: "walked 5 kms"
    r"help me (understand|figure|find|with|change|set up|remember)",
    r"not (going to|gonna) lie|ngl|no joke|no lie|not kidding|not joking|no cap|no worries|no rush",
)


def words(text: str) -> frozenset[str]:
    """The set of space-separated words in `text`."""
    return frozenset(text.split())


# --- clause, negation, subject and time cues --------------------------------------------------------
CLAUSE_BREAK = r"[.!?;,:\n]|\b(but|though|although|however|except|mais|pero)\b"
NEGATORS = words(
    "not never no dont doesnt didnt isnt wasnt wont wouldnt aint nor havent hasnt hadnt arent werent "
    "pas jamais ne n "  # French: "je ne vais pas me tuer"
    "nunca jamas ni"  # Spanish ("no" is shared with English)
)
NEGATION_WINDOW = 4  # words before the matched phrase, within its clause
NOT_A_NEGATION = words("sure know worry tell bother judge matter se sais sabe")  # "not sure"
SUBJECT_I = words("i im ive id ill je j yo")  # a new first-person clause ends a negation
SELF = SUBJECT_I | words("me my myself moi")
# a phrase that opens with its own subject starts a new clause: "if i dont answer, youll know why"
NEW_SUBJECT = SUBJECT_I | words("you youll youre he hes she shes they theyll theyre")
THIRD_PERSON = words(
    "he she they hes shes theyre theyve hed shed theyd you youre il elle ils elles ella ellos ellas "
    "friend friends buddy bf gf boyfriend girlfriend partner husband wife mom mum mother dad father "
    "brother sister bro sis son daughter kid kids child cousin aunt uncle grandma grandpa nan roommate "
    "roomie neighbour neighbor coworker boss ex classmate someone somebody hermano hermana amigo amiga "
    "hijo hija madre padre mama papa esposo esposa novio novia frere soeur ami amie fils fille mere pere "
    "copain copine mari"
)
OTHER_REFLEXIVE = r"\b(himself|herself|themselves|themself|yourself)\b"  # "my brother ... kill himself"
PAST = (
    r"\b((\d+|a few|few|several|many|couple( of)?) (years|yrs|months) ago|years ago|long time ago|"
    r"when i was (a )?(kid|teen|teenager|younger|little|\d+)|in (high school|my teens|the past)|"
    r"used to|last year|back in (the day|\d{4}|high school)|as a (kid|teen|teenager)|in \d{4})\b"
)
PRESENT = r"\b(again|now|tonight|today|right now|anymore|lately|these days|still)\b"  # cancels PAST

# --- shared fragments for the patterns -------------------------------------------------------------
OTC = (
    r"tylenol|acetaminophen|paracetamol|advil|motrin|ibuprofen|aspirin|aleve|naproxen|benadryl|gravol|"
    r"sleeping pills|sleeping meds|fentanyl|fent|oxy|oxys|oxycodone|oxycontin|percocets?|percs|dilaudid|"
    r"morphine|tramadol|codeine|t3s?|tylenol 3"
)
PSYCH = (
    r"ativan|lorazepam|xanax|xans|alprazolam|klonopin|clonazepam|valium|diazepam|seroquel|quetiapine|"
    r"lithium|zopiclone|imovane|ambien|zolpidem|gabapentin|amitriptyline|trazodone|sertraline|zoloft|"
    r"prozac|fluoxetine|citalopram|cipralex|lexapro|effexor|venlafaxine|wellbutrin|bupropion|olanzapine|"
    r"zyprexa|risperidone|abilify|clozapine|lamotrigine|insulin"
)
MACROS = {
    "NOT_AN_ENDING": r"(?! (call|conversation|chat|relationship|chapter|lease|contract|year|month|week|convo|"
    r"program|programme|shift|day|meeting))",
    "REFL": r"(myself|himself|herself|themselves|themself|yourself)",
    "DRUG": rf"({OTC}|{PSYCH})",
    "MEDS": rf"({OTC}|{PSYCH}|pills?|meds|tablets|tabs|capsules|prescriptions?|pill bottles?)",
    "OTC": rf"({OTC})",
    "MANY": r"(\d{2,}|[5-9]|all|every|a bunch|bunch|a lot|a handful|handfuls|a whole|the whole|whole|"
    r"too many|extra|the rest|a bottle|a box|a pack|half a bottle)",
    "HIGH": r"(bridge|ledge|roof|rooftop|balcony|overpass|cliff|parkade|building|window|tracks)",
    "INTENSE": r"(really|very|so|super|extremely|such a|horrible|awful|terrible|worst)",
    # an intention, wish or plan ...
    "WANT": r"(want to|want|need to|going to|about to|ready to|plan to|planning to|planning on|decided to|"
    r"try to|trying to|tried to|thinking (about|of)|think about|thought about|urges? to|tempted to|should|"
    r"might|wish i could|cant wait to|would rather|id rather|feel like|feeling like)",
    "SLACK": r"((just|really|go|and|finally|actually|honestly|simply|seriously|kinda|maybe|even|quietly|"
    r"literally|already|fucking) ){0,2}",
    # ... to die or to harm oneself: <WANT> <SLACK> <DEATH> is suicidal intent in any wording
    "DEATH": r"(die|dying|be dead|death|kill myself|killing myself|(end|ending) (it|this|everything|things|"
    r"my life|it all)<NOT_AN_ENDING>|jump(ing)?(?= *($|[^\w ]|off|from|in front))|overdose|overdosing|od|"
    r"cut(ting)?(?= *($|[^\w ]|again|tonight|right now))|hang(ing)? myself|disappear forever|stop existing|"
    r"stop breathing|not wake up|never wake up|not be here|not exist|leave this world|unalive|"
    r"tak(e|ing) my (own )?life|suicide|step(ping)? (off|in front)|crash my car|drown myself|"
    r"hurt(ing)? myself|slit my wrists|shoot myself)",
}

# contexts that make a means-only mention benign (an ordinary use of one's own medicine)
MEDS_BENIGN = (
    r"\bfor (my |a |the |her |his |their )?(\w+ )?(head|headaches?|migraines?|back|backache|pain|fever|"
    r"cramps|cold|flu|tooth|toothache|period|knee|shoulder|arthritis|hangover|neck|sore \w+)\b",
    r"\b(prescri\w*|pharmac\w*|refill\w*|doctor|dr|psychiatrist|nurse|dosage|side effects?|as directed)\b",
    r"\b(every (day|morning|night|evening)|daily|this morning|at bedtime)\b",
    r"\b(im on|started|starting|switched to|down to|up to|increased to|lowered to) \d+ ?mg\b",
)


@dataclass(frozen=True)
class Rule:
    """A named risk rule; `other` is the level when the person at risk is someone else (None: ignore)."""

    name: str
    level: str
    patterns: tuple[str, ...]
    other: str | None = "urgent"
    unless: tuple[str, ...] = ()
    needs: int = 1  # how many different patterns must match (cues that only count together)


# fmt: off
# --- crisis: immediate risk to the person texting --------------------------------------------------
CRISIS = (
    Rule("suicidal intent", "crisis", (
        r"(want|wants|wanted|going|plan|planning|about|ready|trying|tried|deserve|time) to (die|be dead)",
        r"<WANT> <SLACK><DEATH>",  # "i feel like dying", "thinking about ending it", "need to die"
        r"kill(ing|ed|s)? <REFL>|(hang|hanging|shoot|shooting|drown|drowning|off|offing) <REFL>",
        r"(end|ending|take|taking) (my|his|her|their) (own )?life",
        r"suicid\w*|commit(ting)? suicide|su[i1!*]c[i1!*]de",
        r"wish (i|he|she) (was|were|could be) dead|better off dead|rather be dead",
        r"(wish|hope) (i|id) (could )?(die|never wake up|dont wake up)",
        r"(sleep|die) and (never|not) wake up|(wish i could|want to) (go to )?sleep forever",
    ), other="urgent"),
    Rule("suicidal: oblique", "crisis", (
        r"(dont|doesnt) (really )?want to (live|be alive|be here|exist|go on|keep going|keep living|wake up)",
        r"(tired|sick) of (living|being alive|existing)|(life|it) (isnt|aint|not) worth (living|it anymore)",
        r"(whats|what is) the (point|use) (of|in) (living|life|being alive|going on)",
        r"no (point|reason) (in |to |of |for me to )?(going on|living|live|life|being alive|trying|"
        r"carrying on|keep going|staying|anymore)|nothing (left )?to live for",
        r"cant (go on|keep going|keep living|live like this)",
        r"(better|happier|easier)( off)? without me|(no|dont see a|cant see a|theres no) way out",
        r"(better|happier|easier)( off)? (if|when|once) (i|im) (was |were |wasnt |werent |am )?"
        r"(gone|here|around|dead|alive)",
        r"done (with )?(life|living|it all|this life)|stop (existing|living)|(cease|not) to exist",
        r"(join|be with|see) (her|him|them|my \w+) (\w+ )?(in heaven|on the other side)",
        r"join (her|him|them) tonight",
        r"nobody (would|will|is going to) (even )?(miss|notice|care)|(after|once|when) im gone",
        r"want (it|this|everything) (all )?to (be over|end|stop)|want to disappear (forever|for good)",
        r"wish i (wasnt|werent) (alive|born|here)|(never|not) been born",
        r"(going to|might|about to|want to|will) do (something|anything) stupid",
        r"(close to|ready to|decided to|about to) (do|doing) it|do it (tonight|this time)|go through with it",
        r"danger to myself|(not safe|cant keep myself safe) (with|around|from) myself|dont trust myself",
    ), other="urgent"),
    Rule("suicidal: goodbye", "crisis", (
        r"this is (my )?goodbye|goodbye (everyone|forever|world|all)|saying (my )?goodbyes",
        r"(final|last) (goodbye|message|text|words)|suicide note",
        r"(wrote|written|writing|left|leaving) (a |my )?(note|notes|letters?) (to|for)",
        r"(wrote|written|finished|left) (my )?(goodbye |suicide )?(note|notes|letters?|goodbyes?)"
        r"(?! (to|for) (my )?(teacher|boss|landlord|doctor|work|school))",
        r"giving (all )?(my )?(stuff|things|belongings|possessions) away|giving away (my|all)",
        r"youll know why|wont hear from me (again|anymore)|(tonights|tonight is) the night",
        r"(end|ending) (this|everything)( all)?<NOT_AN_ENDING>",
        r"tell my (kids|family|mom|children|wife|husband|son|daughter|parents) i love (them|her|him)",
    ), other="urgent"),
    Rule("suicidal: won't be here", "crisis", (
        r"(wont|not going to) be (here|around|alive)",
    ), other="urgent", unless=(
        r"\b(weekend|camping|trip|away|vacation|holiday|out of town|visiting|busy|available|reachable)\b",
        r"\b(reply|answer|text|work|appointment|meeting|group|class|home|at my)\b",
    )),
    # two or more farewell cues in one message: "i love you all. i'm sorry. bye"
    Rule("suicidal: farewell", "crisis", (
        r"goodbye|farewell|bye (forever|everyone|all|world|for good)",
        r"love (you|u) (all|guys|always|so much)|tell (\w+ ){1,2}i love (them|her|him|you)",
        r"forgive me|sorry for (everything|being (a burden|weak|like this))",
        r"(its|this is) for the best|this is the end",
        r"ive (decided|made (my|up my) (mind|decision))",
        r"im (so |just )?done(?= *($|[^\w ]))|dont (try to )?(find|stop|save|look for) me",
        r"take care of (my|the) (kids|cat|dog|pets|babies|children)",
        # weak cues, one pattern: together they count once
        r"bye(?! (for now|now|later|til|till|see))|im (so )?sorry|thank (you|u) for (everything|trying|all)|"
        r"this is it|i love (you|u)(?! (all|guys|always|so much))|(its|life is) over for me|"
        + "|".join(lexicon.FAREWELL_WEAK),
    ), other="urgent", needs=2),
    Rule("suicidal: plan", "crisis", (
        r"(have|got|made) a plan (and (a |the )?(date|time|way)|to (do it|end it|die))",
        r"(picked|chose|set) (a |the )?(date|day|time) to (do it|die|end it)",
        r"know (where|how|when) (im going to|ill|to|i will) do it",
        r"(ways|how) to (die|kill myself|end it|commit suicide|overdose|hang myself)|painless (way|death)",
        r"(wont|not going to|dont think ill) make it (through|to|past) (tonight|the night|tomorrow|the week)",
        r"(writing|wrote|written|making|made|updated|finished) my will",
        r"(i have|ive got|i got|i made|i came up with) a plan(?! (for|with|to (go|see|visit|meet|get|make)))",
    ), other="urgent"),
    # broad lexicons (triage_lexicon.py): wordings of finality and farewell not listed above
    Rule("suicidal: finality", "crisis", lexicon.FINALITY, other="urgent"),
    Rule("suicidal: not being around", "crisis", lexicon.GONE, other="urgent"),
    Rule("suicidal: farewell words", "crisis", lexicon.FAREWELL_ALONE, other="urgent"),
    Rule("self-harm", "crisis", (
        r"(cut|cutting|cuts|slit|slice|slicing|burn|burned|burnt|burning|hurt|hurting|harm|harming) <REFL>",
        r"(hit|hitting|punch|punching|punish|punishing|scratch\w*|stab\w*|carv\w*) <REFL>",
        r"self (harm|harmed|harming|injury|injure|injuring)|sh (again|urges|relapse)",
        r"(cut|cutting|cuts|slit|slic\w*|burn|burning|burned|carv\w*|scratch\w*|slash\w*|stab\w*) (\w+ ){0,3}"
        r"(my |his |her )?(arms?|wrists?|legs?|thighs?|skin|stomach|hips?|body|chest|ankles?)",
        r"(im|been|started|keep|kept) cutting(?= *($|[^\w ]|again|tonight|right now|now))",
        r"(cutting|burning|cut|burned) again|(started|start) (cutting|burning)",
        r"(urge|urges|tempted) to (cut|burn)",
        r"went too deep|(cut|its) (too )?deep|(bleeding|blood) (a lot|so much|everywhere|wont stop)",
        r"(so much|lots of|a lot of) blood",
        r"(hurt|cut|burn|crash|hit|overdos)\w* (\w+ ){0,4}on purpose|around my neck",
        r"🩸|🔪",
    ), other="urgent"),
    Rule("overdose", "crisis", (
        r"overdos(e|ed|es|ing)",
        r"(i|just|going to|might|want to|almost|nearly) (od|odd|oded|oding)",  # "i od'd" -> "i odd"
        r"took (way )?too (many|much)|swallowed (\w+ ){0,3}(<MEDS>|bottle|pack|handful)",
    ), other="urgent"),
    Rule("lethal means: overdose amount", "crisis", (
        r"(took|taken|take|taking|swallow\w*|popped|downed|ate) (\w+ ){0,2}<MANY> (of )?(\w+ ){0,2}<MEDS>",
        r"(\d{2,}|[5-9]) (of (my|the) )?(<DRUG>|pills|tabs)",
        r"<MEDS> (with|and) (alcohol|vodka|booze|wine|beer|whiskey|rum|drinks)",
        r"(alcohol|vodka|booze|wine|beer|whiskey|rum|drinks|drunk|drinking|drank) (\w+ ){0,5}"
        r"(took|take|taking) (\w+ ){0,2}<MEDS>",
        r"how (many|much) (\w+ ){0,3}(would it take|does it take|to (die|kill|overdose|od))",
        r"(lethal|fatal|deadly) (dose|amount)",
        r"<MEDS> (\w+ ){0,3}(counting them|lined up|in a pile)|<MEDS>[ .,]+(\w+ ){0,2}all of them",
        r"(counting|counted|lining up|lined up|laid out|sorting) (out )?(\w+ ){0,2}<MEDS>",
        r"(have|got) the <MEDS> in my hand|enough <MEDS>",
    ), other="urgent"),
    Rule("lethal means: dose", "crisis", (r"\d{3,} ?mg",), other=None, unless=MEDS_BENIGN),
    Rule("lethal means: medication", "crisis", (r"<OTC>",), other=None, unless=MEDS_BENIGN),
    Rule("lethal means: pill emoji", "crisis", (r"💊",), other=None, unless=MEDS_BENIGN),
    Rule("lethal means: stockpiling", "crisis", (
        r"(stockpil\w*|hoard\w*|sav(ed|ing) up|collect\w*|stash\w*) (\w+ ){0,2}<MEDS>",
        r"<MEDS> (\w+ ){0,2}(saved|stockpiled|stashed|hoarded)|stash of <MEDS>",
    ), other=None),
    Rule("lethal means: pills at hand", "crisis", (
        r"(have|got|holding) (the|enough|all (my|the)) <MEDS>(?! from)",
    ), other=None, unless=MEDS_BENIGN),
    Rule("lethal means: rope", "crisis", (r"rope|noose",), other=None),
    Rule("lethal means: firearm", "crisis", (r"guns?|rifle|shotgun|pistol|handgun|firearm|revolver",)),
    Rule("lethal means: heights", "crisis", (
        r"jump(ing|ed)? (off|from|out of) (\w+ ){0,3}<HIGH>|(throw|throwing) myself (off|from)",
        r"(standing|sitting|stood|sat|climb\w*|perched) (on|at|over|by|off|on top of|up on) "
        r"(the |a |this )?(\w+ ){0,2}(<HIGH>|edge|railing)",
        r"im (on|at|under|up on|on top of|in) (\w+ ){0,4}(bridge|ledge|roof|rooftop|overpass|cliff|parkade)",
        r"im (on|at) (\w+ ){0,3}tracks|top of (the|a|my) <HIGH>",
        r"<HIGH> (\w+ ){0,4}(looking down|look down|jump|edge|railing|how high|high enough|the drop)",
        r"high (building|bridge|ledge|balcony)|ledge",
    ), other=None),
    Rule("lethal means: traffic or water", "crisis", (
        r"in front of (a |the )?(train|bus|truck|car|lrt|traffic|semi)|walk\w* into traffic",
        r"(walk|walking|jump|jumping|going) (\w+ )?into the (river|lake|water)|drown",
        r"(river|lake|water|ocean|sea|bridge) (\w+ ){0,4}(walk|walking|jump|jumping|going) in(to)?"
        r"(?= *($|[^\w ]))",
        r"(driv\w*|drove|crash\w*|steer\w*) (my car |the car |it )?(into|off) (a |the )?"
        r"(tree|wall|pole|bridge|river|traffic|cliff|ditch|oncoming)",
        r"crash (my|the) car on purpose",
    ), other=None),
    Rule("lethal means: blade or poison", "crisis", (
        r"razor blades?|blades|knife (to|against|on|in) my",
        r"(holding|grabbed|got|have) (a |the |my )?knife(?! (set|block|sharpener|for))",
        r"(with|holding|have|got|grabbed) (a |the |my )?(razor|blade)",
        r"(drink|drinking|drank) (\w+ )?(bleach|antifreeze)|rat poison|poison myself",
    ), other=None),
    Rule("lethal means: carbon monoxide", "crisis", (
        r"(engine|car) (\w+ ){0,2}running in (the|a|my) garage|garage with the (engine|car) (running|on)",
    ), other=None),
    Rule("slang: kms", "crisis", (r"kms|killmyself",)),
    Rule("slang: kys", "crisis", (r"(im|going to|want to|should|might|got to|about to) (just )?kys",)),
    Rule("slang: unalive", "crisis", (r"unalive\w*|self delet\w*",)),
    Rule("slang: sewer slide", "crisis", (r"sewer slide",)),
    Rule("slang: end it", "crisis", (r"end(ing)? it( all)?|end (it )?all",)),
    Rule("slang: ctb", "crisis", (r"ctb",)),
    Rule("French: je veux mourir", "crisis", (
        r"(veux|voudrais|envie de|aimerais|vais|souhaite) (\w+ )?mourir|(ne )?(veux|voudrais) plus vivre",
        # "n ai plus ..." means "no longer ...": part of the phrase, not a negation of it
        r"(n ai )?plus (envie|de raison|aucune raison) de vivre|(marre|fatiguee?) de vivre|disparaitre",
        r"(ne )?veux plus etre (la|ici|en vie)",
    )),
    Rule("French: me suicider", "crisis", (r"suicider|suicidaires?|idees noires",)),
    Rule("French: en finir", "crisis", (r"en finir|mettre fin a (mes|ma) (jours|vie)",)),
    Rule("French: me tuer", "crisis", (r"me tuer|(me )?foutre en l air|sauter (du|d un) (pont|toit)",)),
    Rule("French: self-harm or overdose", "crisis", (
        r"me (couper|coupe|scarifier|scarifie|faire du mal|blesser|bruler)|scarif\w*|surdose",
        r"(pris|avale) (tous|toutes) (mes|les) (medicaments|medocs|pilules|comprimes|cachets)",
    )),
    Rule("Spanish: quiero morir", "crisis", (r"(quiero|quisiera|voy a|deseo|ganas de) (\w+ )?morir(me)?",)),
    Rule("Spanish: me quiero matar", "crisis", (
        r"(quiero|voy a) matar(me)?|matarme|quitarme la vida|acabar con (todo|mi vida)",
    )),
    Rule("Spanish: suicidarme", "crisis", (r"suicidar(me|se)?|suicidio",)),
    Rule("Spanish: no quiero vivir", "crisis", (
        r"no quiero (seguir )?viv(ir|iendo)|no (tengo|hay) (razon|razones|motivo) para vivir",
        r"quiero desaparecer|no quiero despertar|(estarian|estaria) mejor sin mi",
    )),
    Rule("Spanish: self-harm or overdose", "crisis", (
        r"(tomar|tomarme|tome|me tome) (todas|todos) (mis |las |los )?"
        r"(pastillas|pildoras|medicinas|medicamentos)",
        r"me (voy a |quiero )?cort(ar|e|o|ando)(?! el (pelo|cabello))|cortarme|hacerme dano|sobredosis",
    )),
)

# --- urgent: a human should reach out soon ---------------------------------------------------------
URGENT = (
    Rule("distress: plain words", "urgent", lexicon.DISTRESS, other=None),
    Rule("third party saying goodbye", "urgent", (
        r"(texted|messaged|called|posted|sent|said|saying|wrote)( me| us)? (\w+ ){0,2}(goodbye|goodbyes)",
    )),
    Rule("distress: can't cope", "urgent", (
        r"(cant|not|unable to|hard time|struggling to|trouble|barely) cop(e|ing)",
        r"cant (handle|take|deal with) (it|this|anymore|much more)|cant do (this|it) anymore",
        r"breaking point|wits end|rock bottom|whats the point|what is the point",
        r"how much (more|longer) (i can|can i) (take|do this|go on|handle)",
        r"tired of (everything|it all|fighting)|kill me",
        r"(everything|it|this|life|its|all this|its all)( is| feels)? (all |just )?too much",
        r"too much to handle|im a (mess|wreck)",
        r"(going|slipping|sliding) back (to where i was|into (it|depression|that place))",
        r"(getting )?(bad|worse) again",
    ), other=None),
    Rule("distress: falling apart", "urgent", (
        r"falling apart|breaking down|break ?down|losing (my mind|it)|going (crazy|insane)|spiral\w*",
        r"overwhelm\w*|cant think straight|freaking out|drowning|(crashing|caving) (down|in)",
        r"cant stop (crying|shaking|panicking|thinking)|keep crying|want the pain to stop",
        r"(crying|sobbing) (so|a lot|all|nonstop|every|for|again|constantly)",
        r"(feel|feeling|getting) worse|cant calm down",
    ), other=None),
    Rule("asks for contact", "urgent", (
        r"(call|phone|ring) me|please call|can (we|i) talk|need to talk|need someone",
        r"can (you|someone|somebody|anyone) (call|phone|ring|talk)",
        r"talk to (someone|somebody|a person|a human)|please (answer|respond|reply|pick up)",
        r"(text|message|reply|write) (me )?back|(anyone|anybody) (there|around)|are you there",
        r"asap|emergency|help me|need help|please help|send help|i need support",
    ), other="urgent"),
    Rule("distress: fear or panic", "urgent", (
        r"(im|feel|feeling|so|really) (so |really |very )?(scared|afraid|terrified|frightened)",
        r"panic(king|ked|ing)?( attacks?)?|anxiety attacks?|cant breathe|heart (is )?(racing|pounding)",
        r"(worst|bad|terrible|awful|severe|crippling|crazy) anxiety|<INTENSE> anxious",
        r"anxiety (is )?(through the roof|so bad|really bad|awful|out of control)",
    ), other=None),
    Rule("distress: no sleep or food", "urgent", (
        r"(havent|hadnt|not) slept|(cant|couldnt) sleep|no sleep|up all night",
        r"(havent|hadnt) eaten|not eating (at all|anything)|(stopped|cant) eat(ing)?",
        r"(havent|not) left (my|the) (apartment|house|room|bed)",
    ), other=None),
    Rule("hopelessness", "urgent", (
        r"hopeless|worthless|helpless|no hope|lost (all )?hope|no future|nothing matters|pointless",
        r"(giving|gave|give) up on (everything|life|myself|it all)",
        r"(feel like|want to|ready to|about to|im) giv(e|ing) up(?= *($|[^\w ]))",
        r"(im|feel like) (a )?(burden|failure)|hate (myself|my life)|dont care anymore",
        r"(feel|feeling|so|im) (so |really )?(numb|empty)|dead inside",
    ), other=None),
    Rule("distress: not ok", "urgent", (
        r"not (ok|okay|alright|fine)(?! with)|not (doing (good|well|ok|okay|great)|good at all)",
        r"not in a good (place|way)|not doing so (hot|great|good)",
        r"struggling|things are bad|isolating|(not|stopped) answering (anyone|my phone)",
        r"<INTENSE> (bad|rough|hard|awful|terrible|horrible|shit|shitty) (day|night|week|time|few days)",
        r"(feel|feeling) (awful|terrible|horrible|like shit|like crap|(<INTENSE> )?(low|down|depressed))",
        r"depressed|depression (is|has been|got) (bad|worse|back)|cant get out of bed",
    ), other=None),
    Rule("relapse", "urgent", (
        r"relaps\w*|fell off the wagon|back on (the )?(drugs|meth|dope|fent|booze|bottle|crack|coke)",
        r"(drinking|using|drank|used|high|drunk|wasted) (again|right now|all (day|night)|tonight)",
        r"(drinking|using|high|drunk) (every day|daily|a lot|all the time|since)",
        r"(smoked|shot up|snorted|injected|used|drank|using) (\w+ ){0,2}again",
        r"blacked out|dont remember anything|bad trip",
        r"(urge|urges|craving|cravings|tempted) to (drink|use|smoke|get high)|cravings",
        r"slipped( up)?( and (used|drank))?|i (used|drank) (last night|yesterday)",
    ), other=None),
    Rule("psychosis", "urgent", (
        r"(hearing|hear|heard) (the )?voices|voices (are |keep )?(telling|talking|in my head|again|back)",
        r"(seeing|hearing) things|paranoi\w*|getting (sick|unwell|ill) again|symptoms (are )?(back|worse)",
        r"(following|watching|spying on|tracking|after) me|out to get me",
    )),
    Rule("loneliness", "urgent", (
        r"(so|really|very|feel|feeling|all|and|im) alone|lonely",
        r"nobody (cares|loves|likes|understands)|have nobody",
    ), other=None),
    Rule("medication problem", "urgent", (
        r"(ran|run|running) out of (my )?meds|out of (my )?meds|no meds left|off my meds",
        r"(stopped|quit|not|havent been) (taking )?my meds|(stopped|cut) my meds",
        r"(cant|couldnt) (get|afford) (my )?(meds|refill|prescription)",
        r"meds (arent|not|dont|stopped) work(ing)?",
        r"(meds|pills) (are |is )?(making|made) me (feel )?(worse|sick)",
    )),
    Rule("unsafe situation", "urgent", (
        r"no (food|money|groceries|heat|power)|cant afford (food|rent|groceries)|starving",
        r"evicted|eviction|kicked (me )?out|(homeless|nowhere|no place) to (go|sleep|stay)",
        r"sleeping (outside|in my car)|dont feel safe|not safe|unsafe|raped",
        r"(hit|hits|beat|beats|threaten\w*|attack\w*|assault\w*|abus\w*|chok\w*) (me|my)",
    )),
    Rule("risk to others", "urgent", (
        r"(kill|hurt|stab|shoot|murder) (him|her|them|someone|somebody|people|everyone)",
        r"(want to|going to) hurt (someone|somebody|people)",
    )),
    Rule("wants hospital", "urgent", (
        r"(go|going|get|be|need|take me|went) (back )?(to|into) (the )?"
        r"(hospital|er|emerg|emergency|psych ward)",
        r"(im|in|at) (the )?(er|emerg|emergency room|psych ward)",
    ), other=None),
    Rule("dark thoughts", "urgent", (
        r"(dark|bad|scary|intrusive|racing|awful) thoughts",
        r"thoughts (are )?(getting )?(louder|worse|stronger|back)",
    ), other=None),
    Rule("crisis line contact", "urgent", (
        r"(called|calling|call|texted|texting) (the )?(crisis|distress|mental health|help) ?"
        r"(line|centre|center)",
        r"(called|calling|texted) 9 ?8 ?8|(called|calling) 911",
    )),
    Rule("slang: kys (target unclear)", "urgent", (r"kys",)),
    Rule("French: distress", "urgent", (
        r"besoin (d aide|de parler)|a bout|ca va (pas|mal)|pas bien|tout va mal|au secours|aidez moi",
        r"sens (\w+ )?(mal|vide|perdue?)|seule?|triste|deprimee?|angoiss\w*|peur",
        r"(appelez|appelle) moi|(j|je n) en peux plus|crise d (angoisse|anxiete|panique)",
    ), other=None),
    Rule("Spanish: distress", "urgent", (
        r"necesito (ayuda|hablar)|no aguanto|ya no puedo|miedo|llamame|ayudame|auxilio",
        r"(estoy|me siento) (muy |tan )?(triste|mal|solo|sola|deprimid[oa]|desesperad[oa]|vaci[oa])",
        r"ataque de (panico|ansiedad)",
    ), other=None),
)
# fmt: on

RULES = CRISIS + URGENT

# the fallback: a negative feeling (not someone else's) and no positive cue is urgent, never routine
NEGATIVE = lexicon.NEGATIVE
POSITIVE = lexicon.POSITIVE

# --- natural-language opt-out: not a keyword, so a person reads it -----------------------------------
OPT_OUT = (
    r"stop (texting|messaging|sending|contacting|txting|msging)( me)?|stop (these|the|your) (texts|messages)",
    r"dont (text|message|msg|contact) me|dont (want|need) (these|your|any|the|this|more) (texts|messages)",
    r"no more (texts|messages|msgs)|unsubscribe me|(take|remove) me (off|from)|opt (me )?out",
    r"(quit|leave|withdraw from) (the|this) (program|programme|study)|leave me alone",
    r"arretez de m ecrire|plus de (textos|messages)|desabonn\w*",
    r"dejen de (mandarme|enviarme|escribirme)|no (me )?(manden|envien|escriban) mas",
)
