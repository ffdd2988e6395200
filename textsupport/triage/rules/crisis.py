"""Crisis rules for triage: immediate risk to the person texting, most specific first.

Each rule has a name staff understand (it is the reason recorded). CRISIS assembles them in the order
they are applied: suicidal intent (`rules.suicidal`), self-harm and overdose (here), lethal means
(`rules.means`), slang, then French and Spanish (`rules.languages`). Patterns follow the conventions of
`triage.rules.common`; the broad word lists they use live in `triage.rules.lexicon`.
"""

from __future__ import annotations

from textsupport.triage.rules import lexicon
from textsupport.triage.rules.common import MEDS_BENIGN, Rule
from textsupport.triage.rules.languages import FRENCH, SPANISH
from textsupport.triage.rules.means import AT_WORK, LETHAL_MEANS
from textsupport.triage.rules.suicidal import SLANG, SUICIDAL

# fmt: off
SELF_HARM = (
    Rule("self-harm: signs", "crisis", lexicon.HARM_SIGNS, other="urgent"),
    Rule("lethal means: named alone", "crisis", lexicon.MEANS_ALONE, other="urgent",
         unless=MEDS_BENIGN + AT_WORK),
    Rule("self-harm", "crisis", (
        r"(cut|cutting|cuts|slit|slice|slicing|burn|burned|burnt|burning|hurt|hurting|harm|harming) <REFL>",
        r"(hit|hitting|punch|punching|punish|punishing|scratch\w*|stab\w*|carv\w*) <REFL>",
        r"self (harm|harmed|harming|injury|injure|injuring)|sh (again|urges|relapse)",
        # the means used in place of coping: "didnt call anyone, used the blade instead"
        r"(used|grabbed|got out|picked up|went for|reached for|went back to) (the|a|my) (razor|razors|blade|"
        r"blades|lighter|knife|scissors|compass)( \w+){0,2} (instead|again)(?! of)",
        r"(cut|cutting|cuts|slit|slic\w*|burn|burning|burned|carv\w*|scratch\w*|slash\w*|stab\w*) (\w+ ){0,3}"
        r"(my |his |her )?(arms?|wrists?|legs?|thighs?|skin|stomach|hips?|body|chest|ankles?)",
        r"(im|been|started|keep|kept) cutting(?= *($|[^\w ]|again|tonight|right now|now))",
        r"(cutting|burning|cut|burned) again|(started|start) (cutting|burning)",
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
    ), other="urgent"),
    Rule("overdose", "crisis", (
        r"overdos(e|ed|es|ing)",
        r"(i|just|going to|might|want to|almost|nearly) (od|odd|oded|oding)",  # "i od'd" -> "i odd"
        r"took (way )?too (many|much)|swallowed (\w+ ){0,3}(<MEDS>|bottle|pack|handful)|"
        r"(took|swallowed|taken|downed) (a lot|a bunch|loads|lots|a handful) of (something|whatever)",
        # "swallowed everything that was in the cabinet", "took all of it from the medicine cupboard"
        r"(swallowed|took|downed|ate|taken) (everything|it all|all of it|whatever) (\w+ ){0,5}"
        r"(cabinet|cupboard|drawer|bottle|medicine|first aid)",
    ), other="urgent"),
)
# fmt: on
CRISIS = SUICIDAL + SELF_HARM + LETHAL_MEANS + SLANG + FRENCH + SPANISH
