"""Replies read in context: how a short answer to our last text counts.

DOMAIN section 3: "no" is routine after "did the text come through?" and crisis after a staff member's
"are you safe right now?". What our text asked is sorted into a topic by `rules.topics`; an answer opens
with a word of one of three POLARITIES; LEVELS says what each answer to each topic means. Patterns are
regexes over normalised text (see `rules.common`), matched at the start of the reply.
"""

from __future__ import annotations

from textsupport.triage.folding import folded_pattern
from textsupport.triage.levels import Level
from textsupport.triage.rules.topics import LAST_DOSE, LOGISTICS, MEANS_GIVEN_UP, PLACE_OF_RISK

# --- how the reply opens ---------------------------------------------------------------------------
# longer phrases first; each must end at a word boundary
UNSURE = (
    r"i have no idea|no idea|no clue|i dont know|i dunno|dunno|dont know|not sure|unsure|maybe|perhaps|"
    r"possibly|probably not|probably|"
    # "not yet" rules nothing out: after "have you made a plan?" it says there may be one
    r"((no|nope|nah)\W+)?not yet|"
    # a denial kept to today: "not today. ask me tomorrow", "not tonight, well see", "pas ce soir. demande
    # demain"
    r"((no|nope|nah)\W+)?not (today|tonight|right now|now)\W+(but )?(ask (me )?(again )?(tomorrow|tmrw|"
    r"later)|"
    r"(maybe|ask) tomorrow|tomorrow (maybe|who knows|is another day)|who knows( about)? tomorrow|(well|"
    r"we ll) see)|"
    r"pas (aujourd hui|ce soir)\W+(mais )?(demande|redemande)(z)?( moi)? demain|"
    r"hoy no\W+(pero )?(preguntame|pregunta) manana|"
    # a promise withheld: "cant promise that", "no promises"
    r"i cant promise|cant promise|no promises|i cant guarantee|cant guarantee|i cant say|"
    # a promise called hard: "promises are hard", "thats hard to promise"
    r"promises are hard|(thats|its|that is|it is) hard to (promise|say)|hard to promise|"
    r"je (ne )?(peux|peu) (pas|rien) (te |vous )?promettre|no (te )?(lo )?(puedo )?prometo|"
    r"no puedo prometer\w*|"
    r"hard to say|who knows|kinda|kind of|sort of|sometimes|i guess|je (ne )?sais pas|sais pas|peut etre|"
    r"no se|tal vez|quizas|quiza|a veces|parfois|🤷\S*|"
    # in other languages: "hindi ko alam", "ewan", "не знаю", "لا أعرف", "不知道", "pata nahi"
    r"hindi ko alam|ewan ko|ewan|не знаю|لا اعرف|لا أعرف|不知道|(pata|pta) (nahi|nahin|ni)|"
    # ... "مش متأكد" (not sure), "مش عارف", "ما بعرف"
    + folded_pattern(r"(مش|مو|ما|لست) (متأكدة|متاكدة|متأكد|متاكد|عارفة|عارف)|ما بعرف")
    + "|"
    # the question turned aside: "define safe", "what counts as ok", "safe from what", "eh"
    r"define (safe|ok|okay|fine|alright|that|it)|(what|how) (do you|do u|does that|does it) (mean|define)|"
    r"(what|how) (counts|qualifies) as (safe|ok|okay|fine)|(depends|it depends)( on)?( what you mean)?|"
    r"safe from what|(safe|ok|okay|fine) (ish|enough|for now)|(relatively|technically|physically) "
    r"(safe|yes|fine|ok)|c est quoi (etre )?(en securite|correct)|que (es|significa) (estar )?(a salvo|"
    r"seguro|segura|bien)|"
    # a sound and nothing else ("eh", "meh"): before a real answer ("eh, im ok") it is only a pause
    r"(eh|meh)(?=[^a-z0-9]*$)"
)
NEGATIVE = (
    r"not really|not at all|not exactly|not right now|not yet|not today|no way|no im not|no not really|"
    # a denial doubled: "no not at all", "nope never"
    r"(no|nope|nah),? (not at all|never|no|nope)|"
    # a promise or safety refused in two words, and nothing after: "I can't" to "can you promise me ...?"
    r"(i )?(cant|cannot|can not)( (do that|do it|stay safe|keep (myself )?safe|be safe))?(?=[^a-z0-9]*$)|"
    # unsafe, in Chinese and Korean: "不安全", "안전하지 않아요"
    r"不安全|不太安全|" + folded_pattern(r"안전하지 (않|못)") + r"\S*|"
    # Vietnamese "không" (no), as a word of its own
    r"khong( a| ah| đau)?(?![a-z0-9])|"
    r"nope|nah|no|non|negative|nada|pas vraiment|pas du tout|para nada|no mucho|im not|i am not|"
    r"not(?! (bad|too bad|so bad|half bad))|"
    r"never|nothing|i dont think so|dont think so|i doubt it|doubt it|👎\S*|"
    # in other languages, as a word of its own: "hindi po", "ні", "нет", "لا", "不", "没有", "nahi"
    r"hindi po|hindi|hinde|ні(?!\w)|нет(?!\w)|لا(?!\w)|没有(?!\w)|不是(?!\w)|不(?!\w)|nahi ji|nahin|nahi|"
    # ... Korean, Japanese, Somali, Swahili, Turkish, Farsi, Portuguese, Polish, German: "아니요", "maya"
    + folded_pattern(
        r"아니요|아니오|아뇨|아니(?!\w)|いいえ|いや(?!\w)|maya|hapana|hayır|hayir|نه(?!\w)|nao|nein|nie"
    )
)
AFFIRMATIVE = (
    r"yes|yeah|yep|yup|yah|yea|ya|ye|y|si|oui|ouais|sure|of course|definitely|obviously|uh huh|mhm|"
    r"i am|im ok|im okay|im fine|im good|im safe|im alright|i do|i have|i still do|a little|a bit|a lot|lots|"
    # a quantity: "a few", "some of them", "a couple" (to "have you taken any of them?")
    r"a few|a couple|a handful|some of (them|it)|most of (them|it)|all of (them|it)|half of (them|it)|"
    r"not (too |so |half )?bad|"
    r"always|all the time|constantly|every day|ok|okay|k|kk|yes please|absolutely|totally|👍\S*|"
    # in other languages, as a word of its own: "oo", "opo", "да", "نعم", "是的", "haan"
    r"opo|oo|да(?!\w)|نعم(?!\w)|是的(?!\w)|是(?!\w)|haan ji|haan|han ji|"
    # ... in Punjabi and Hindi script: "ਹਾਂ ਜੀ", "हाँ जी"
    + folded_pattern(r"ਹਾਂ ਜੀ|ਹਾਂ|हाँ जी|हां जी|हाँ|हां")
    + "|"
    # still held: "still got em", "still have them"
    r"(i )?still (got|have) (em|them|it|those|some|all of (them|it))|got (em|them)"
)
# still where our text named, in answer to where one is after a place of risk only: "still here", "same spot"
# (after "did the text come through?" it is no answer, so the model still reads the rest)
STILL_THERE = r"^(yeah |yes |yep )?(still|same) (here|there|place|spot)(?![a-z0-9])(?P<rest>.*)$"
# a means still held, in answer to whether it was given up: "still got em", "i kept them", "nope still have
# the gun" (a negative there, whatever its words)
STILL_HELD = (
    r"^((no|nope|nah|not yet|well|honestly)\W+)?(i )?(still (got|have|has)|kept|keeping|hung on to|"
    r"held on to|"
    r"hanging on to|didnt (get rid of|throw|toss|give|hand|drop))(?![a-z0-9])(?P<rest>.*)$"
)
# what else may follow an answer and leave it short, by the topic and polarity it answers: the means taken
# away by someone else ("nah my brother in law took all of them to his place till spring" to "is the gun
# still in the house?"), where one is safe and with whom ("oui oui, chez ma soeur a saint paul" to "are you
# safe right now?"); never a height, a means or being alone
_AWAY = (
    r"\W*((my|his|her|the|our) )?(\w+ ){0,3}(took|has|have|kept|keeps|is keeping|locked|picked up|"
    r"came and got)"
    r" (all of |both of )?(them|it|em|those|the \w+|everything)( (locked )?(away|up|back|home))?( (to|"
    r"at|in|over to) "
    r"(his|her|their|the|my) (\w+ ){0,2}(place|house|home|safe|locker|cabinet|truck|shop|farm|work))?"
    r"( (till|until|for) (\w+ ){0,2}\w+)?\W*"
)
_KIN_WHERE = (
    r"(sister|brother|mom|mum|dad|parents|friend|friends|aunt|uncle|cousin|grandma|grandpa|partner|boyfriend|"
    r"girlfriend|soeur|frere|mere|pere|amie?|tante|oncle|cousine?|hermana|hermano|mama|papa|padres|amig[oa]|"
    r"tia|tio|prima|primo|abuela)s?"
)
_WHERE_SAFE = (
    r"(?!.*\b(bridge|ledge|roof|tracks|river|cliff|parkade|alone|myself|pills|gun|knife|rope)\b)\W*((oui|yes|"
    r"yeah|si|ok)\W+)*((im |i am |je suis |estoy |staying |)(at|chez|with|con|en casa de|a casa de|over at) "
    rf"(my |ma |mon |mes |mi |mis |la |le |les |the )?{_KIN_WHERE}|at home|home|chez moi|en casa|a la maison)"
    r"( (a|in|en|at) \w+( \w+)?)?\W*"
)
TOLD = {
    ("means", "negative"): _AWAY,
    (MEANS_GIVEN_UP, "affirmative"): _AWAY,
    ("safety", "affirmative"): _WHERE_SAFE,
}
# one's usual medicine, in answer to whether one took anything: "just my regular 9pm meds and a tea"
USUAL_DOSE = (
    r"^((no|nope|nah)\W+)?(just|only)( took)? (my )?((regular|usual|normal|nightly|prescribed|evening|"
    r"bedtime|night|morning|daily) ){1,2}(\d{1,2} ?(am|pm) )?(meds|medication|medications|pills|dose|"
    r"prescription)( (and|with|plus) (a |some )?(tea|coffee|water|juice|snack|toast|melatonin))?\W*$"
)
# how long ago the last dose was, in answer to when it was: days or more ago is a lapse ("like a week ago
# maybe more", "since sunday"); this morning, last night or yesterday is not
LAPSED = (
    r"^((like|about|around|maybe|prob|probably|over|more than|at least|not since|since) )*(?P<lapse>(a|"
    r"one|two|"
    r"three|four|five|six|\d+|a couple|a couple of|a few|several|couple) (days?|weeks?|wks?|"
    r"months?)( ago| back)?|"
    r"last (week|month)|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|the weekend)|"
    r"^((like|about|maybe|just|only) )*(?P<taken>this (morning|afternoon|evening)|today|tonight|last night|"
    r"yesterday|an hour ago|(a few|a couple|\d+) hours ago|with (breakfast|lunch|dinner|supper))"
)
# a means named in answer to a question about the means: "the razor. in my drawer" (an affirmative)
MEANS_NAMED = (
    r"^(?P<before>(\w+ ){0,3})(the |a |my |some |his |her |an )?(\w+ )?(knife|knives|blade|blades|razor|"
    r"razors|gun|rifle|shotgun|pistol|pills|meds|tablets|rope|cord|belt|bottle|lighter|scissors|shard|glass|"
    # a store of means: "the whole med cabinet", "my prescriptions", "dads gun safe"
    r"med cabinet|meds cabinet|medicine cabinet|medicine chest|medicine|medicines|medication|medications|"
    r"prescriptions?|pill bottles?|painkillers|pain killers|sleeping pills|gun safe|gun cabinet|ammo|bullets|"
    r"pastillas|cuchillo|navaja|pilules|couteau|lame|corde|"
    # a firearm by its calibre or make, or its rounds: "just the 30-06 from hunting season", "the 12 gauge"
    r"\d+ gauge|twelve gauge|30 06|30 30|\.?(22|223|308|270|303|38|45)|9 ?mm|glock|ar 15|deer rifle|"
    r"hunting rifle|shells|rounds|"
    r"ammunition)(?![a-z0-9])(?P<rest>.*)$"
)
# a confirmation, in answer to a question about logistics only ("can you confirm this is your new number?"):
# "this is it", "thats the one", "yes thats me" (after "are you safe?" "this is it" is no answer, so it is
# never read as one there)
CONFIRMED = (
    r"^((yes|yeah|yep|yup|ya|oui|si) )?(this|that|thats|it|its|c est|c|es|este|esta|eso) (is |s )?"
    r"(it|the one|the right one|me|mine|correct|right|ca|bien ca|le bon|el|la|correcto|cierto)(?![a-z0-9])"
    r"(?P<rest>.*)$"
)
# what may follow an answer and leave it short: "no lol", "idk sorry", "yes. thanks"
# a word before the answer that changes nothing: "honestly i dont know", "um no"
LEAD_IN = r"honestly|tbh|truthfully|um+|uh+|hmm+|well|i mean|to be honest"
FILLER = (
    r"lol|lmao|haha\w*|tbh|honestly|sorry|please|thanks?|thx|ty|really|just|right now|rn|now|tonight|today|"
    r"atm|i think|i guess|i dont think so|merci|gracias|jaja\w*|[^\w\s]+|"
    # a plain confirmation: "yes ill be there", "ok see you then"
    r"ill be there|i will be there|see (you|u) (then|there|tomorrow|soon)|sounds good|works for me|"
    r"that works|got it|will do|perfect|great|cool|for sure"
)

# ... and after a question about logistics only, the task put off: "no not yet", "not yet, this weekend"
# ("not yet" to a question about a plan is no filler: there it is an answer of its own)
LOGISTICS_FILLER = (
    r"not yet|yet|not today|later|soon|tomorrow|this (week|weekend)|on the weekend|when i can|will do it|"
    r"ill do it|i will|ill try|sorry|forgot|i forgot|"
    # the task done: "yes, done", "ਹਾਂ ਜੀ, ਹੋ ਗਿਆ", "oo tapos na"
    r"(all )?done|did it|finished|completed|submitted|tapos na|ho gaya|hogaya|"
    + folded_pattern(r"ਹੋ ਗਿਆ|हो गया")
    + "|"
    # a reason that says why not, or who takes them: "hindi po, may trabaho ako", "no my cousin is driving me"
    r"(i have|i got|got|have|may) (work|trabaho|class|school|a shift|an appointment|pasok)( ako| then| that "
    r"day)?|"
    r"(im )?working( then| that day| nights| days| late)?|(my|a) \w+ (is|will be|can|s|will) (driving|"
    r"drive|taking|take|bringing|bring|giving me a ride|picking me up|pick me up)( me)?( there| in)?"
)
# the task our text named, said to be done, when it asked nothing: "done!", "all done", "finished it"
DONE = (
    r"^((ok|okay|yes|yep|yeah|ya) )?(all )?(done|did it|finished|completed|submitted)( it)?(?![a-z0-9])"
    r"(?P<rest>.*)$"
)
# a day or a time named in answer to a question about logistics: "tuesday", "next mon after 3", "mornings"
_DAY = (
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekend|weekday|weekdays|tomorrow|"
    r"morning|mornings|afternoon|afternoons|evening|evenings|noon|lunch|lunchtime|anytime|any time|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|matin|lunes|martes|miercoles|jueves|"
    r"viernes|sabado|domingo|manana|tarde|\d{1,2}(:\d\d ?(am|pm|h)?| ?(am|pm|h))|\d{1,2}(st|nd|rd|th)|"
    # an hour after a word for when: "thurs after 2", "around 10"
    r"(?:(?<=after )|(?<=before )|(?<=around )|(?<=at )|(?<=by ))\d{1,2}(?![\d:]))"
)
_DAY = rf"{_DAY}(?![a-z0-9])"  # a whole word: "thurs" is not "thu" and "rs"
WHEN = (
    rf"^((on|next|this|maybe|how about|either|any|the|le|el|a|at|after|before|around|by|or|and|in the|"
    rf"works|is good|is best|best|pls|please|prob|probably|ok|okay|yes|sure) )*{_DAY}"
    rf"(( |, ?|/| ?- ?)((or|and|at|after|before|around|by|in the|works|is good|is best|best|pls|please|works "
    rf"for me|is fine|would work|ou|o|y|et|a|de|la|el|le|next|this|week)( |$))*{_DAY})*"
    r"( (works|is good|is fine|would work|would be (good|best|great)|is best|works best|is better|"
    r"works better)( for me)?)?(?P<rest>.*)$"
)
# a number we asked for among choices: "reply 1 to confirm or 2 to reschedule"
CHOICES = r"\breply (with )?(?P<first>\d)\b.*?\b(or|,) (reply )?(?P<second>\d)\b"
CHOSEN = r"^\s*(?P<n>\d)(?![a-z0-9])(?P<rest>.*)$"

# fmt: off
# what each answer means, by topic: None leaves the reply to be read alone
LEVELS: dict[str, dict[str, Level]] = {
    "someone else's safety": {"negative": Level.CRISIS, "unsure": Level.CRISIS, "affirmative": Level.ROUTINE},
    "voices": {"negative": Level.ROUTINE, "unsure": Level.URGENT, "affirmative": Level.URGENT},
    "means": {"negative": Level.ROUTINE, "unsure": Level.CRISIS, "affirmative": Level.CRISIS},
    # days or more since the last dose of a medicine is stopping it (urgent); today or last night is not
    LAST_DOSE: {"negative": Level.URGENT, "unsure": Level.URGENT, "affirmative": Level.ROUTINE},
    # "no", or "still got em", to "did you get rid of the pills?" is a means still held
    MEANS_GIVEN_UP: {"negative": Level.CRISIS, "unsure": Level.CRISIS, "affirmative": Level.ROUTINE},
    PLACE_OF_RISK: {"negative": Level.URGENT, "unsure": Level.CRISIS, "affirmative": Level.CRISIS},
    "thoughts of suicide or self-harm": {
        "negative": Level.ROUTINE, "unsure": Level.CRISIS, "affirmative": Level.CRISIS,
    },
    "something taken": {"negative": Level.ROUTINE, "unsure": Level.CRISIS, "affirmative": Level.CRISIS},
    "safety": {"negative": Level.CRISIS, "unsure": Level.CRISIS, "affirmative": Level.ROUTINE},
    "shelter": {"negative": Level.URGENT, "unsure": Level.URGENT, "affirmative": Level.ROUTINE},
    "medication": {"negative": Level.URGENT, "unsure": Level.URGENT, "affirmative": Level.ROUTINE},
    "running low on medication": {
        "negative": Level.ROUTINE, "unsure": Level.URGENT, "affirmative": Level.URGENT,
    },
    "an offer of contact": {"negative": Level.ROUTINE, "unsure": Level.ROUTINE, "affirmative": Level.URGENT},
    "coping": {"negative": Level.URGENT, "unsure": Level.ROUTINE, "affirmative": Level.ROUTINE},
    LOGISTICS: {"negative": Level.ROUTINE, "unsure": Level.ROUTINE, "affirmative": Level.ROUTINE},
    "days medicine taken": {"negative": Level.URGENT, "unsure": Level.ROUTINE, "affirmative": Level.ROUTINE},
    # only a number on our scale answers it (`context.rated_topic`): a low mood is distress
    "mood": {"negative": Level.URGENT, "unsure": Level.ROUTINE, "affirmative": Level.ROUTINE},
}
# "yes, my mom" to "are the voices telling you to hurt anyone?": voices commanding harm to a named person
HARM_ASKED = r"\b(hurt|harm|kill|attack)\w* (anyone|anybody|someone|somebody|people|others|another person)\b"
HARM_NAMED = (
    r"\b(him|her|them|(my|his|her|the|our) (\w+ )?(mom|mum|mother|dad|father|brother|sister|roommate|"
    r"neighbou?r|wife|husband|partner|boyfriend|girlfriend|son|daughter|kids?|baby|coworker|boss|landlord|"
    r"ex|family|friend|cousin|aunt|uncle|grandma|grandpa))\b"
)
EMERGENCY_TOPICS = frozenset({"someone else's safety"})  # the crisis answer leads with 911
# an answer to these is about when and how (or how much is left), not risk
EXPLAINED = (LOGISTICS, "an offer of contact", "running low on medication")
# fmt: on

# --- what the reply is about ------------------------------------------------------------------------
# a topic with a subject: the reply is read with it ("yes. they want me to do it" after a question about
# the voices is about the voices), unless it opens by denying it
SUBJECTS = {"voices": "the voices", "something taken": "i took"}

# --- what "it" stands for --------------------------------------------------------------------------
# a task our text named (not a question about safety): "it" in the reply is that task
TASK = (
    r"\b(survey|questionnaire|form|quiz|check ?in|diary|journal|worksheet|exercise|assessment|video|"
    r"appointment|homework|mood (log|tracker)|sondage|encuesta|formulario|ejercicio|exercice)\b"
)
IT = (
    r"\b(?P<verb>do|doing|did|done|finish|finishing|fill|filling|complete|completing|start|starting|try|"
    r"trying)( it| that| this)\b(?! (to|on|with) (myself|me|him|her|them))"
)
# a word of an ending or a farewell: a short reply to the daily text that holds one is no mere answer to it
ENDING = (
    r"\b(end|ends|ending|ended|over|done|gone|bye|goodbye|last|final|tonight|forever|anymore|fin|adios|"
    r"adieu)\b|"
    # ... or a time left, short: "not for much longer lol", "pas pour longtemps", "no por mucho tiempo"
    r"\bnot (for )?(much |very )?(long|longer)\b|\bpas (pour )?(bien |tres )?longtemps\b|\bno por mucho "
    r"(tiempo|mas)\b"
)
