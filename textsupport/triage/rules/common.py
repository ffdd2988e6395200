"""The grammar of triage: keywords, clause and negation cues, macros, the Rule shape, opt-out phrases.

Patterns are short regexes over *normalised* text: accent-folded, lower case, contractions joined
("don't" -> "dont", "i'm" -> "im"), hyphens as spaces, common variants and misspellings rewritten
(`rules.rewrites.VARIANTS`), idioms removed (`rules.idioms`). `<NAME>` inside a pattern expands to
MACROS[NAME]; every pattern is matched as whole words. Keep each pattern short and give each rule a
name staff will understand.
"""

from __future__ import annotations

from dataclasses import dataclass

from textsupport.triage.levels import Level

# --- keywords: the whole message, case, spaces and trailing punctuation ignored -----------------------
KEYWORDS = {
    **dict.fromkeys(("stop", "stopall", "unsubscribe", "cancel", "end", "quit", "revoke", "optout"), "STOP"),
    # French, matched after folding accents: ARRÊT -> arret; "arrête"/"arrêtez" (stop!) as people type it.
    **dict.fromkeys(("arret", "arrete", "arretez"), "STOP"),
    **dict.fromkeys(("start", "yes", "unstop"), "START"),
    **dict.fromkeys(("help", "info"), "HELP"),
    # French: DÉBUT (start again) and AIDE (help), also folded ("début" -> "debut")
    "debut": "START",
    "aide": "HELP",
}
# The keywords typed in French: someone nobody knows who texts one is answered in French.
FRENCH_KEYWORDS = frozenset(("arret", "arrete", "arretez", "debut", "aide"))
# A bare call for help may be a cry for help, in either language.
BARE_HELP_WORDS = frozenset(("help", "aide"))


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
# "no" opening a clause before an English verb answers a question, it negates nothing: "no ran out friday"
ANSWERING_NO = words("no nope nah")
# ... nor before "and" going on to what is so: "no and the pills are right here"
AFTER_ANSWERING_NO = words(
    "ran run running stopped quit took lost forgot missed finished skipped dropped and"
)
# a negator right before "not" cancels it: "i dont not want to die", "i cant not think about it"
BEFORE_NOT = words("dont doesnt didnt wont wouldnt cant couldnt shouldnt isnt wasnt not never")
ELIDED_NEGATORS = words("n")  # French n' only stands before a vowel or h ("n ai", "n en", "n y")
ELISION_OPENINGS = tuple("aeiouhy")
NEGATION_WINDOW = 4  # words before the matched phrase, within its clause
# "not sure"; "ya no aguanto" (I cannot bear it any more) does not negate what follows
NOT_A_NEGATION = words("sure know worry tell bother judge matter se sais sabe aguanto soporto")
# a negation hedged in turn does not rule the act out ("im not saying i wont do it", "cant promise i wont")
DOUBLE_NEGATIVE = (
    r"\b(not|never|dont|cant|wont|wouldnt|couldnt|no) (saying|say|sure|promise|promising|know if|guarantee|"
    r"swear|telling you)( that| if)?( i| im| ill| id| i would)?$|"
    r"\bno (promises|guarantees)( that)?( i| im| ill)?$|"
    # a denial denied: "its not that id never hurt myself", "not like i wouldnt"
    r"\b(not|isnt|wasnt|its not|it isnt) (that|like|as if|as though)( i| id| i would| im| ill)?$|"
    # ... in Spanish and French: "no es que no quiera matarme", "c est pas que je veux pas mourir"
    r"\b(no es|no era|c est pas|ce n est pas|c etait pas|n est pas|est pas) (que|como si)"
    r"( yo| je| j| j ai| je suis)?$|"
    # a hedged denial does not rule it out: "im probably not going to kill myself", "hopefully i wont"
    r"\b(probably|prolly|probs|prob|maybe|likely|hopefully|possibly|i guess|i hope)"
    r"( i| im| ill| id| i would)?$"
)
# a joke marked as a joke (DOMAIN section 3: a false alarm) ... unless taken back ("jk... unless?")
JOKE = (
    r"\b(jk|j k|just kidding|kidding|joking|im joking|es broma|je blague|c est une blague|"
    # in Tagalog and Québec French, and a plea taken back: "joke lang", "c est une joke la", "not real help"
    r"joke lang|biro lang|charot|char lang|c est une joke|une joke|(not|no) real (help|emergency))\b"
)
# a joke denied is no joke: "not even joking", "no joke", "dead serious", "c est pas une blague"
JOKE_TAKEN_BACK = (
    r"\b(unless|fr|for real|seriously|no but|or am i|half joking|half kidding|kinda not|"
    r"(not|im not|not even|no|sans) (joking|kidding|joke|blague|jk|j k)|(im |i am )?dead serious|im serious|"
    r"(pas|pas une|c est pas une) blague|no es (broma|chiste)|en serio)\b"
)
# "thank you", "love you": the one addressed is not a person at risk
ADDRESSED = words("thank thanks love luv miss")
SUBJECT_I = words("i im ive id ill je j yo")  # a new first-person clause ends a negation
NOT_BECAUSE = ("not", "because")
# a negation before an inverted subject: "never would i hurt myself"
INVERTED_NEGATIONS = frozenset(
    (n, v) for n in ("never", "not", "no") for v in ("would", "will", "could", "did")
)  # ... except a reason denied: "not because im going to hurt myself"
SELF = SUBJECT_I | words("me my myself moi")
# a phrase that opens with its own subject starts a new clause: "if i dont answer, youll know why"
NEW_SUBJECT = SUBJECT_I | words("you youll youre he hes she shes they theyll theyre")
THIRD_PERSON = words(
    "he she they hes shes theyre theyve hed shed theyd you youre il elle ils elles ella ellos ellas "
    "friend friends buddy bf gf boyfriend girlfriend partner husband wife mom mum mother dad father "
    "brother sister bro sis son daughter kid kids child cousin aunt uncle grandma grandpa nan roommate "
    "roomie flatmate housemate neighbour neighbor coworker boss ex classmate someone somebody hermano "
    "hermana amigo amiga kaibigan kapatid "
    "lady guy man woman person girl boy bestie chum "
    "hijo hija madre padre mama papa esposo esposa novio novia frere soeur ami amie fils fille mere pere "
    "copain copine mari chum mec gars pote coloc voisin voisine vecino vecina primo prima tio tia "
    "dog cat pet puppy kitten fish bird hamster plant plants phone battery laptop computer tv"  # things
)
# a phrase that opens with another person's present state: "[shes on the bridge]" (not "[he died]")
HE_SHE_THEY_IS = tuple(
    f"{subject} "
    for subject in (
        "hes",
        "shes",
        "theyre",
        *(f"{p} {v}" for p in ("he", "she", "they") for v in ("is", "s", "are", "has", "have")),
    )
)
OTHER_REFLEXIVE = r"\b(himself|herself|themselves|themself|yourself)\b"  # "my brother ... kill himself"
PAST = (
    r"\b((\d+|a few|few|several|many|couple( of)?|two|three|four|five|six|seven|eight|nine|ten|twenty) "
    r"(years|yrs|months) ago|years ago|long time ago|"
    r"(a|one) (year|month) ago|"
    r"when i was (a )?(kid|teen|teenager|younger|little|\d+)|in (high school|my teens|the past)|"
    r"used to|last year|back in (the day|\d{4}|high school)|as a (kid|teen|teenager)|in \d{4}|"
    # a month or season gone by: "back in march", "back in the winter" ("last spring" is not enough alone:
    # "my husband passed last spring and i see no reason to carry on" speaks of now)
    r"back in (january|february|march|april|may|june|july|august|september|october|"
    r"november|december|jan|feb|apr|jun|jul|aug|sept|oct|nov|dec|spring|summer|fall|autumn|winter|"
    r"the (spring|summer|fall|autumn|winter))|"
    # a time of life now over: "back when i was using", "in my drinking days"
    # ... but not a call asked for: "call me back when you can"
    r"(?<!\bme )(?<!\bus )(?<!\bit )(?<!\bthem )back when|back then|"
    r"(from|in) (19|20)\d\d|(my|an|the|that) old (goodbye |suicide |farewell )?"
    r"(letters?|notes?)|"
    r"when i was (still )?(using|drinking|on the streets|at my worst|in (rehab|treatment|detox))|"
    r"in my (using|drinking|partying) days|(\d+|a few|few|several|couple( of)?) weeks ago|"
    r"hace (\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|unos|varios|"
    r"muchos|pocos|algunos) (anos|meses|ano|mes|semanas)|cuando era (nin[oa]|joven|"
    r"adolescente)|"
    r"(il )?y a (\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|plusieurs) (ans|mois|an|"
    r"semaines)|quand j etais (petite?|jeune|ado\w*)|"
    # a season gone by, told with what one had or did then: "last winter i had a rope in my closet"
    r"last (winter|summer|spring|fall|autumn) i (had|was|tried|used|did|wanted|kept)|"
    # a time recalled: "telling my group about the time i odd at 19"
    r"(about|remember|recall\w*|like) the time (when )?i|"
    # Tagalog "dati" (before, formerly) and "noong (isang) taon"; Arabic "قبل سنتين" (two years ago)
    r"dati|noong (isang )?(taon|bata)|"
    # Russian and Ukrainian "год назад", "два роки тому" (a year, two years ago); Punjabi and Hindi in Latin
    # letters "pichhle saal" (last year); a year in two digits, "back in 09"
    r"(\d+ |один |два |три |пять |несколько )?(год|года|лет|месяц\w*) назад|"
    r"(\d+ |два |три |п ?ять )?(рік|роки|років|місяц\w*) тому|"
    r"(pichhle|pichle|pichhli|pichli|pishle) (saal|sal|mahine|mahina|baar)|"
    r"back in (19|20)?\d\d|(قبل|من) (\S+ )?(سنة|سنتين|سنين|سنوات|شهر|شهرين|اشهر|أشهر|ست سنوات)|"
    r"(el|la) (ano|semana|mes) pasad[oa]|l (an|annee) (passee?|derniere?)|le mois (passe|dernier)|"
    r"hace (mucho )?tiempo|back then|at that time|(when|after|the day) i was (first |last )?(admitted|"
    r"hospitali[sz]ed|sectioned|discharged)|"
    # the past perfect, told as the past: "i had cut myself pretty badly" (not "i had to")
    r"i had (already |once |badly |really )?(cut|hurt|burned|burnt|harmed|overdosed|tried|attempted|taken|"
    r"swallowed)|id (already |once )?(tried|attempted|overdosed|swallowed)|"
    # time counted since the last time: "a year since i last cut", "90 days since my last drink"
    r"(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a hundred|hundred) (\w+ )?(days?|weeks?|"
    r"months?|years?) since (i|my) last|"
    r"since (i|my) last (cut|drink|drank|used|relapse|attempt|overdose|harmed|self harmed|time)|"
    # an anniversary: "3 yrs since my overdose today", "two years since my attempt"
    r"(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten) (years?|yrs?|months?|mos?) since (i|my) "
    r"(last |first )?(overdose|overdosed|od|attempt|attempted|suicide attempt)( today)?|"
    # a visit back to where it happened: "the last time i was on that ward, i had ..."
    r"(the )?last time i was (there|here|on (that|the) (ward|unit)|in (that|the) (hospital|unit|ward|er)))\b"
)
# the day an anniversary falls on is no present: "3 yrs since my overdose today" (blanked before PRESENT)
ANNIVERSARY_TODAY = (
    r"\b(years?|yrs?|months?|mos?) since (i|my) (last |first )?(overdose|overdosed|od|attempt|attempted|"
    r"suicide attempt) today\b"
)
# a recovery milestone named right before the phrase it counts from ("two years clean from [self harm]
# today", "90 days off [cutting]") or around it ("one year [self harm] free"): the past told as past
MILESTONE_TIME = (
    r"(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirty|sixty|ninety|a hundred|"
    r"hundred) (whole |full )?(days?|weeks?|months?|years?|yrs?|mos?|mths?|wks?)"
)
MILESTONE_BEFORE = (
    rf"\b{MILESTONE_TIME} (now )?(clean|free|sober|off) (from|of)? ?((my|the|any) )?$|"
    rf"\b{MILESTONE_TIME} (now )?without (any )?$"
)
MILESTONE_BEFORE_FREE = rf"\b{MILESTONE_TIME} (now )?$"
MILESTONE_AFTER_FREE = r"[ -]?free\b"
# a sentence that opens with nothing but a time gone by: "two years ago today, [i overdosed]"
PAST_LEAD = (
    rf"[\W_]*((about|almost|nearly|exactly|like) )?{PAST}( (today|aujourd hui|hoy|exactly|exactement))?[\W_]*"
)
# a denial after the phrase: "[hurting myself] isnt something id do", "[ending it] has never crossed my mind"
NEGATED_AFTER = (
    r" ?(is |s |are |was )?(not|isnt|aint|wasnt|never) ((something|a thing) (i|id|ill|im|i would|"
    r"i will)( ever"
    r"| really| even)? (do|consider|want|go for)|an option|on the table|in the cards|on my mind|"
    r"in my plans?)|"
    r" ?(has |have )?never (crossed|been on|entered) my mind| ?(is |are )?(off the table|out of the question)"
)
# a denial of the thought itself: "not having any thoughts of [ending it]", "no urges to [cut]"
NEGATED_THOUGHT = (
    r"\b(not|no|never|dont|didnt|havent|hasnt|without|zero)( (having|have|had|been having|get|getting|got))?"
    r"( any( more)?| the| those| these)? (thoughts?|urges?|plans?|intentions?|desire|wish|ideas?|feelings?) "
    r"(of|about|to|for|around) $"
)
# all that is left of a reply once its past is blanked out: "[last year i cut a lot], now no longer"
NO_LONGER = words("now ahora ya no not anymore any more longer plus maintenant nunca mas jamais")
PRESENT = (  # cancels PAST ("but not anymore" says the past is over: it does not)
    r"\b(again|now|tonight|(?<!ago )today|right now|(?<!not )(?<!no )anymore|lately|these days|still|"
    r"otra vez|de nuevo|ahora mismo|esta noche|encore|ce soir|maintenant|en ce moment)\b"
)

# --- shared fragments for the patterns -------------------------------------------------------------
OTC = (
    r"tylenol|acetaminophen|paracetamol|advil|motrin|ibuprofen|aspirin|aleve|naproxen|benadryl|gravol|"
    r"sleeping pills|sleeping meds|fentanyl|fent|oxy|oxys|oxycodone|oxycontin|percocets?|percs|dilaudid|"
    r"morphine|tramadol|codeine|t3s?|tylenol 3|hydromorphone|hydros|vicodin|"
    r"hydrocodone"
)
PSYCH = (
    r"ativan|lorazepam|xanax|xans|alprazolam|klonopin|clonazepam|valium|diazepam|seroquel|quetiapine|"
    r"lithium|zopiclone|imovane|ambien|zolpidem|gabapentin|amitriptyline|trazodone|sertraline|zoloft|"
    r"prozac|fluoxetine|citalopram|cipralex|lexapro|effexor|venlafaxine|wellbutrin|bupropion|olanzapine|"
    r"zyprexa|risperidone|abilify|clozapine|lamotrigine|insulin|"
    # by class, and their common names and shortenings: benzodiazepines, antipsychotics, mood stabilisers,
    # antidepressants, sleep aids, stimulants, opioids
    r"clonaz|clonazepams?|rivotril|temazepam|restoril|oxazepam|librium|benzos?|benzodiazepines?|"
    r"haldol|haloperidol|latuda|lurasidone|invega|paliperidone|aripiprazole|chlorpromazine|loxapine|"
    r"ziprasidone|antipsychotics?|depakote|epival|valproate|divalproex|carbamazepine|tegretol|lamictal|"
    r"topiramate|mood stabili[sz]ers?|paxil|paroxetine|celexa|escitalopram|mirtazapine|remeron|duloxetine|"
    r"cymbalta|pristiq|desvenlafaxine|nortriptyline|doxepin|trintellix|antidepressants?|nytol|unisom|"
    r"doxylamine|diphenhydramine|zzzquil|sleep aids?|adderall|ritalin|vyvanse|concerta|methylphenidate|"
    r"hydroxyzine|atarax|methadone|suboxone|buprenorphine|opioids?|opiates?|painkillers|pain killers"
)
MACROS = {
    "NOT_AN_ENDING": r"(?! (call|conversation|chat|relationship|chapter|lease|contract|year|month|week|convo|"
    r"program|programme|shift|day|meeting))",
    "REFL": r"(myself|himself|herself|themselves|themself|yourself)",
    "DRUG": rf"({OTC}|{PSYCH})",
    "MEDS": rf"({OTC}|{PSYCH}|pills?|meds|tablets|tabs|capsules|prescriptions?|pill bottles?)",
    "OTC": rf"({OTC})",
    "MANY": r"(\d{2,}|[5-9]|all|every|a bunch|bunch|a lot|a handful|handfuls|a whole|the whole|whole|"
    r"too many|extra|the rest|a bottle|a box|a pack|half a bottle|(a )?(large|huge|big) (quantity|amount|"
    r"number|dose)|lots|loads|dozens|(five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|"
    r"fifty|sixty|hundred)( \w+)?)",
    "HIGH": r"(bridge|ledge|roof|rooftop|balcony|overpass|cliff|parkade|parking (garage|structure)|car park|"
    r"building|window|tracks|tower|top floor)",
    "PET": r"(dog|dogs|cat|cats|pets?|puppy|kitten|budgie|bird|parrot|rabbit|bunny|hamster|guinea pig|fish|"
    r"kids|perro|perrita?|gata?|chien|chienne|chat|chatte)",
    "ALCOHOL": r"(alcohol|vodka|booze|wine|beer|whiskey|whisky|rum|gin|sherry|brandy|scotch|liquor|tequila|"
    r"drinks|alcool|vino|cerveza)",
    "INTENSE": r"(really|very|so|super|extremely|such a|horrible|awful|terrible|worst)",
    # an intention, wish or plan ...
    "WANT": r"(want to|want|need to|going to|about to|ready to|plan to|planning to|planning on|decided to|"
    r"try to|trying to|tried to|thinking (about|of)|think about|thought about|urges? to|tempted to|should|"
    r"might|wish i could|cant wait to|would rather|id rather|feel like|feeling like|"
    r"(keep|cant stop|been) (thinking|dreaming) (about|of)|dream(ing)? (about|of)|fantasi\w* about|"
    r"time to|its time (to|i)|gotta|got to|will|ill|im going to|hope i|so close to|obsessed with)",
    "SLACK": r"((just|really|go|and|finally|actually|honestly|simply|seriously|kinda|maybe|even|quietly|"
    r"literally|already|fucking) ){0,2}",
    # ... to die or to harm oneself: <WANT> <SLACK> <DEATH> is suicidal intent in any wording
    "DEATH": r"(die|dying|be dead|death|kill myself|killing myself|(end|ending) (it|this|everything|things|"
    r"my life|it all|the pain|my pain)<NOT_AN_ENDING>|jump(ing)?(?= *($|[^\w ]|off|from|in front))|overdose|"
    r"overdosing|od|cut(ting)?(?= *($|[^\w ]|again|tonight|right now|deep))|hang(ing)?(?= *($|[^\w ]))|"
    r"disappear(ing)?(?! (for a|to|into|on|from|with))|stop existing|stop breathing|not wake up|"
    r"never wake up|"
    r"not be here|not exist|leave this world|unalive|tak(e|ing) my (own )?life|suicide|commit(?= *($|"
    r"[^\w ]))|"
    r"step(ping)? (off|in front)|crash my car|drown myself|hurt(ing)? myself|slit my wrists|shoot myself|"
    r"off myself|check(ing)? out(?= *($|[^\w ]|for good|early|tonight))|(go to |fall )?sleep (forever|"
    r"for good)|"
    r"stay asleep(?! (all|till|until|longer|in))|be gone(?= *($|[^\w ]|soon|forever|for good))|bleed out)",
}

# contexts that make a means-only mention benign (an ordinary use of one's own medicine)
MEDS_BENIGN = (
    r"\bfor (my |a |the |her |his |their )?(\w+ )?(head|headaches?|migraines?|back|backache|pain|fever|"
    r"cramps|cold|flu|tooth|toothache|period|knee|shoulder|arthritis|hangover|neck|sore \w+)\b",
    r"\b(prescri\w*|pharmac\w*|refill\w*|doctor|doc|docs|dr|psychiatrist|psych|nurse|dosage|side effects?|"
    r"as directed|"
    r"dentist|surgeon|oral surgeon|physio\w*|vet|medic[oa]|doctora|psiquiatra|receta|medecin|psychiatre|"
    r"ordonnance)\b",
    # given for a procedure: "800mg ibuprofen for after my wisdom teeth"
    r"\b(for|after) (after )?(the |my |a )?(extraction|surgery|procedure|operation|wisdom teeth|root canal|"
    r"dental work|stitches|filling)\b",
    r"\b(every (day|morning|night|evening)|daily|this morning|at bedtime)\b",
    # taken as prescribed: "i took my meds on time all week 💊✅"
    r"\b((took|take|taking|taken) my (meds|pills|medication|medicine)|on time|on schedule|as prescribed)\b",
    r"\b(im on|started|starting|switched to|down to|up to|increased to|lowered to) \d+ ?mg\b",
    # a dose changed: "upped my lithium to 900mg", "bumped me up to 150 mg", "cut my dose to 50mg"
    r"\b(upped|raised|bumped|increased|lowered|dropped|reduced|cut|changed|adjusted|upping|raising|lowering) "
    r"(\w+ ){0,3}(to|up to|down to) \d+ ?mg\b",
    # kept safe or organised: "i keep my tablets in a dosette box so i do not forget them"
    r"\b(dosette|pill (box|organi[sz]er)|blister packs?|(so|to) (i )?(dont|not) forget|remember to take|"
    r"lock ?box|locked (up|away)|safe place)\b",
    # the pill emoji as the day's dose or its box: "took my evening 💊", "a 💊 organiser", "day 12 in a row"
    r"\b(took|take|taking|taken) my (morning|evening|night|nightly|daily|bedtime|am|pm|usual) (💊|meds|pills|"
    r"dose|medication)|💊 ?(box|organi[sz]er|case|container|reminder)|\b(days?|weeks?) (\d+ )?in a row\b",
)


@dataclass(frozen=True)
class Rule:
    """A named risk rule; `other` is the level when the person at risk is someone else (None: ignore)."""

    name: str
    level: Level
    patterns: tuple[str, ...]
    other: Level | None = Level.URGENT
    unless: tuple[str, ...] = ()  # searched in the clause of each match: a benign use there guards it
    needs: int = 1  # how many different patterns must match (cues that only count together)
    emergency: bool = False  # another person may be hurt: the crisis answer leads with 911
    unless_message: tuple[str, ...] = ()  # searched in the whole message: guards every match

    def __post_init__(self) -> None:
        # The tables write levels as plain words ("crisis"); hold them as the one Level enum.
        object.__setattr__(self, "level", Level(self.level))
        if self.other is not None:
            object.__setattr__(self, "other", Level(self.other))


# --- natural-language opt-out: not a keyword, so a person reads it -----------------------------------
OPT_OUT = (
    r"stop (texting|messaging|sending|contacting|txting|msging)( me)?|stop (these|the|your) (texts|messages)",
    r"dont (text|message|msg|contact) me|dont (want|need) (these|your|any|the|this|more) (texts|messages)",
    r"no more (texts|messages|msgs)|unsubscribe me|(take|remove) me (off|from)|opt (me )?out",
    # asking how to stop: "how do i unsubscribe", "i want to stop getting these texts"
    r"how (do|can|would) i (unsubscribe|opt out|stop (getting|receiving) (these|the|your|them))|"
    r"(want|like|need) to (unsubscribe|stop (getting|receiving) (these|the|your) (texts|messages))",
    r"(quit|leave|withdraw from) (the|this) (program|programme|study)|leave me alone",
    r"arretez de m ecrire|plus de (textos|messages)|desabonn\w*",
    r"dejen de (mandarme|enviarme|escribirme)|no (me )?(manden|envien|escriban) mas|"
    r"ya no (me )?(manden|envien|escriban|mande|envie|escriba) (mas )?(mensajes|textos|msjs)",
)
