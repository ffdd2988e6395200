"""Crisis rules for triage: immediate risk to the person texting, most specific first.

Each rule has a name staff understand (it is the reason recorded). CRISIS assembles them in the order
they are applied: suicidal intent (`rules.suicidal`), self-harm and overdose (here), lethal means
(`rules.means`), slang, then French and Spanish (`rules.languages`). Patterns follow the conventions of
`triage.rules.common`; the broad word lists they use live in `triage.rules.lexicon`.
"""

from __future__ import annotations

from textsupport.triage.rules import lexicon
from textsupport.triage.rules.common import Rule
from textsupport.triage.rules.languages import FRENCH, SPANISH
from textsupport.triage.rules.means import LETHAL_MEANS
from textsupport.triage.rules.medicines import MEDS_BENIGN
from textsupport.triage.rules.suicidal import SLANG, SUICIDAL
from textsupport.triage.rules.uses import AT_WORK, WORKPLACE

# a command of the voices refused in so many words: "the voices tell me to hurt myself but im not going to
# listen to them" is psychosis without intent (urgent, by its own rule), not self-harm
VOICES_REFUSED = (
    r"\b(voices?|they) (\w+ ){0,2}(tell|tells|telling|told|say|says|saying|want|wants) me to (\w+ ){0,2}"
    r"(hurt|cut|kill|harm|burn) myself\b[^\n]*\b(not going to|wont|dont|will not|never|refuse to) "
    r"(listen|obey|act on|do (it|what))",
)
# more of a drug than ever, on purpose or with the body failing: "did way more than i ever have kind of on
# purpose and now my lips feel weird"
MORE_THAN_EVER = (
    r"(did|took|used|shot|snorted|smoked|drank|had|taken|done) (\w+ ){0,3}(more|too much|too many|double|"
    r"twice)( of (it|them))? (than|as much as) (i ever (have|had|did|do)|ever|usual|normal|i usually|"
    r"i normally|i should|before|my usual)|"
    r"(did|took|used|shot|snorted|smoked|drank|had|taken|done) (\w+ ){0,3}(double|twice|triple|two times|"
    r"three times) (what|the amount|my usual|the usual|my normal)",
    r"on purpose|deliberately|intentionally|lips (feel|are|look|turning|went|feeling) (weird|numb|blue|"
    r"tingly|purple|funny|strange)|(cant|hard to|struggling to) (breathe|stay awake|keep my eyes open)|"
    r"breathing (is |feels )?(slow|weird|shallow|funny|strange)|nodding off|chest (feels |is )?(tight|heavy)",
)

# other people's overdoses seen at work: "we had three overdoses in the ER tonight"
OVERDOSES_AT_WORK = (
    r"\bwe (had|got|saw|treated|lost) (\w+ ){0,2}(overdoses|ods)\b|\b(patients?|clients?|residents?) (who )?"
    r"(overdosed|od)\b|\b(overdoses|ods) (on|in|during|at) (my|the|our) (shift|unit|er|ward|shelter|site)\b|"
    # others' overdoses counted as a day's tally: "2 overdoses and a stabbing before lunch"
    r"(?<!\bi had )(?<!\bive had )(?<!\bmy )(?<!\bmy last )\b(\d+|two|three|four|five|six|a couple of|"
    r"several) (overdoses|ods) (before|by|so far|already|this (morning|shift)|and (a |an |two |\d+ )?"
    r"(stabbing|shooting|assault|code|cardiac arrest|fall|seizure|gsw|mva)s?)\b|"
    # overdoses learned about, to help others: "a first aid course, learned about naloxone and overdose signs"
    r"\b(course|training|workshop|class|certif\w*|first aid|naloxone|narcan)\b[^.!?]*\b(overdose|od) "
    r"(signs|symptoms|response|training|prevention|kits?)\b|\b(learn\w*|taught|teach\w*|train\w*) (\w+ )?"
    r"(about|to (spot|recognize|recognise|respond to|reverse)) (\w+ )?(overdoses|an overdose|overdose)",
)

# fmt: off
SELF_HARM = (
    Rule("self-harm: signs", "crisis", lexicon.HARM_SIGNS, other="urgent"),
    Rule("lethal means: named alone", "crisis", lexicon.MEANS_ALONE, other="urgent",
         unless=MEDS_BENIGN + AT_WORK, unless_message=WORKPLACE),
    Rule("self-harm", "crisis", (
        r"(cut|cutting|cuts|slit|slice|slicing|burn|burned|burnt|burning|hurt|hurting|harm|harming) <REFL>",
        r"(hit|hitting|punch|punching|punish|punishing|scratch\w*|stab\w*|carv\w*) <REFL>",
        r"self (harm|harmed|harming|injury|injure|injuring)|sh (again|urges|relapse)",
        # the means used in place of coping: "didnt call anyone, used the blade instead"
        r"(used|grabbed|got out|picked up|went for|reached for|went back to) (the|a|my) (razor|razors|blade|"
        r"blades|lighter|knife|scissors|compass)( \w+){0,2} (instead|again)(?! of)",
        r"(cut|cutting|cuts|slit|slic\w*|burn|burning|burned|carv\w*|scratch\w*|slash\w*|stab\w*) (\w+ ){0,3}"
        r"(my |his |her )?(arms?|wrists?|legs?|thighs?|skin|stomach|hips?|body|chest|ankles?)"
        # not in the kitchen: "slit the chicken skin", "score the pork belly skin"
        r"(?<!chicken skin)(?<!pork skin)(?<!duck skin)(?<!turkey skin)(?<!fish skin)(?<!salmon skin)"
        r"(?<!sausage skin)(?<!tomato skin)(?<!potato skin)(?<!peach skin)(?<!belly skin)"
        r"(?<!chicken leg)(?<!chicken legs)(?<!chicken thigh)(?<!chicken thighs)(?<!turkey leg)(?<!lamb leg)",
        r"(im|been|started|keep|kept) cutting(?= *($|[^\w ]|again|tonight|right now|now))",
        r"(cutting|burning|cut|burned) again|(started|start) (cutting|burning)",
        # a habit of the past ("used to cut a lot in school"), guarded by the past unless it is back
        r"used to (cut|burn|self harm|hurt myself)( myself)?(?! a (?!lot))"
        r"(?! (the|my|his|her|their|our|your|an|some|this|"
        r"that|it|them|wood|grass|hair|lawns?|class|school|corners|back|down|off|out|up|through|"
        # "in" a queue or a car, not a time of one's life: "used to cut in high school"
        r"in(?! (high school|school|college|university|uni|junior high|my (teens|twenties)|grade \w+|the "
        r"past))))"
        # ... told as over, ending the reply: "used to cut in high school but not anymore"
        r"(\W+(\w+ ){0,4}\W*but (not anymore|not any more|no more|no longer|havent (in|since) (\w+ ){0,2}\w+|"
        r"not since (\w+ ){0,2}\w+|(i )?stopped)(?=[^a-z0-9]*$))?",
        r"(urge|urges|tempted) to (cut|burn)",
        r"went too deep|(cut|its) (too )?deep|(bleeding|blood) (a lot|so much|everywhere|wont stop)",
        r"(so much|lots of|a lot of) blood",
        # "i keep hitting my head against the wall until it bleeds"
        r"(hit|hitting|bang\w*|bash\w*|slam\w*|punch\w*|scratch\w*) (\w+ ){0,5}(until|till|til) "
        r"(it |they |i )?(bleeds?|bled|bleeding)",
        # a flame or something hot held to the skin: "held the lighter to my arm till it blistered"
        r"(held|hold|holding|put|pressed|pressing) (a |the |my )?(lighter|flame|lit \w+|cigarette|cig|iron|"
        r"hot \w+) (to|on|against|into) my (\w+ )?(arm|arms|skin|wrist|wrists|leg|legs|hand|thigh|thighs|"
        r"stomach|chest)",
        r"(hurt|cut|burn|crash|hit|overdos|scald|punch|scratch|bang|bash)\w* (\w+ ){0,6}(on purpose|"
        r"deliberately|intentionally|to feel something|to punish myself)|around my neck",
        r"🩸",
    ), other="urgent", unless_message=VOICES_REFUSED),
    Rule("overdose", "crisis", (
        r"overdos(e|ed|es|ing)",
        r"(i|just|going to|might|want to|almost|nearly) (od|odd|oded|oding)",  # "i od'd" -> "i odd"
        r"took (way )?too (many|much)|swallowed (\w+ ){0,3}(<MEDS>|bottle|pack|handful)|"
        r"(took|swallowed|taken|downed) (a lot|a bunch|loads|lots|a handful) of (something|whatever)",
        # "swallowed everything that was in the cabinet", "took all of it from the medicine cupboard"
        r"(swallowed|took|downed|ate|taken) (everything|it all|all of it|whatever) (\w+ ){0,5}"
        r"(cabinet|cupboard|drawer|bottle|medicine|first aid)",
    ), other="urgent", unless=OVERDOSES_AT_WORK),
    Rule("overdose: more than ever, on purpose or with signs", "crisis", MORE_THAN_EVER, other="crisis",
         needs=2),
    # a denial the person says they told, and that it was untrue: "i told them id never hurt myself. i lied"
    Rule("risk beside a negation: a denial said to be untrue", "crisis", (
        r"(never|not|wouldnt|wont|dont) (\w+ ){0,3}(hurt|harm|kill|cut|end|overdose|od)\w*",
        r"(i|ive) (\w+ )?(said|told|tell|telling|promised|swore|say)|"
        r"(what|thats what) i (told|said|tell|say)",
        r"(it|that|which) (wasnt|isnt|was not|is not|s not) (really |even )?(true|the truth)|"
        r"i (lied|was lying)|(that|it|which) (was|is|s) (all )?(a lie|lies)",
    ), other="urgent", needs=3),
)
# fmt: on
CRISIS = SUICIDAL + SELF_HARM + LETHAL_MEANS + SLANG + FRENCH + SPANISH
