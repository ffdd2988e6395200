"""Crisis wording that rounds 30-31 found the rules could not read, by category of DOMAIN section 3: a calm
after turmoil (a decision made, beside a peace found or thanks for having been put up with: a veiled
farewell), and ambivalence that does not rule it out (part of one wanting to go on and part not; "not sure
I won't" in Farsi, Spanish and French).

Cues that are ordinary alone count only together (`needs=2`): a decision about a course or a trip, or a
peace after a good day, is routine. Same conventions as `triage.rules.common`; patterns in other scripts
are folded as the text is (`folding.folded_pattern`).
"""

from __future__ import annotations

from textsupport.triage.folding import folded_pattern
from textsupport.triage.rules.common import Rule

# a decision made, with nothing said of what: "i finally decided", "i know what im doing saturday"
DECIDED = tuple(
    folded_pattern(p)
    for p in (
        r"(i )?(finally |have |ve |ive |just )?(decided|made (up )?my (mind|decision)|made a decision)"
        r"(?= *($|[^\w ]|and|so|now|for real))|my mind is made up|(its|it s|it is|everything is) (all )?"
        r"(decided|planned)(?= *($|[^\w ]))|i (know|finally know) (what|how|when) (im|i am|ill|i will|"
        r"i m) (doing|going to do|do it)|"
        r"j ai (enfin |finalement )?(decide|pris ma decision)(?= *($|[^\w ]))|ma decision est prise|"
        r"(ya |por fin |al fin )?(lo )?(decidi|tome (la|una) decision)(?= *($|[^\w ]))|"
        r"(다 )?(정리했어요|정리했어|정리 했어요|결정했어요|결심했어요|마음 먹었어요)",
        r"(i )?(feel|feeling|im|i am|finally|so) (so |really |finally )?(peaceful|at peace|calm|light|"
        r"relieved)|for the first time in (months|years|ages|forever|a long time)|"
        r"(dont|do not|no need to|you wont have to|wont need to) worry about me (anymore|any more|again)|"
        r"(thanks|thank you|thx|ty) (so much )?for (putting up with me|everything|all (of )?(it|this|"
        r"you did))|"
        r"(im|i am|i m) (fine|ok|okay|good) now\W+(really|honestly|promise)|"
        r"(je suis|enfin) en paix|merci (pour tout|de m avoir endure)|(estoy|me siento) en paz|gracias por "
        r"(todo|aguantarme)|(그동안|그간|지금까지) (고마웠어요|고마웠어|감사했어요|감사했습니다)|"
        r"이제 괜찮아요",
    )
)
# a decision about something named, or a peace after an ordinary good day
DECIDED_ORDINARY = (
    r"\b(course|class|major|program|school|college|job|apartment|house|car|trip|vacation|holiday|"
    r"wedding|date|gym|church|appointment|doctor|therapist|counsell?or|interview|brunch|lunch|dinner|party|"
    r"movie|concert|game|camping|cabin|lake|beach|bath|walk|yoga|meditat\w*|sober|sobriety|rehab|detox|"
    r"treatment|meds|medication|moving|move|quit (smoking|drinking|vaping)|going back|demenag\w*|mudanza|"
    r"me mudo)\b",
)
# part of one wants to go on, part does not: "part of me doesnt want to wait for anything anymore"
PART_OF_ME = (
    r"(part|half) of me (doesnt|dont|does not|do not) want to (wait for anything|be here|go on|keep going|"
    r"live|exist|wake up|stay|do this|try|continue|see tomorrow)( anymore| any more| at all)?",
)
# not sure one won't: Farsi, Spanish, French
NOT_SURE_WONT = tuple(
    folded_pattern(p)
    for p in (
        r"(مطمئن نیستم|مطمین نیستم|نمیدونم|نمی دونم) (که )?(\S+ ){0,2}(کاری )?(نکنم|نمیکنم|نمی کنم)|"
        r"no (estoy|estoi) (segur[oa]|segur[oa] de) (de )?que no (lo |me )?(haga|hare|vaya a hacer|mate)|"
        r"(pas|suis pas) (sure?|certaine?) (de ne pas|que je (ne )?(le )?(ferai|fasse) (pas|rien))",
        # a promise one cannot make: "no te puedo prometer que no lo haga", "je peux pas promettre de ne pas"
        r"no (te |les |le |se |os )?(puedo|podria|voy a) (prometer|asegurar|garantizar|jurar|decir)(te|les)? "
        r"que no (lo |me )?(haga|hare|vaya a hacer|voy a hacer|mate|corte|haria)|"
        r"(ne )?(peux|peut|pourrais|vais) (pas|rien) (te |vous )?(promettre|garantir|jurer|dire) "
        r"(que je (ne )?(le )?(ferai|fasse|vais (le )?faire) (pas|rien)|de ne pas (le faire|me (tuer|couper|"
        r"faire du mal)))",
    )
)

# a promise kept to tonight, beside no way out: "je ne vois pas d issue mais je ne ferai rien ce soir",
# "no veo salida, pero hoy no voy a hacer nada", "i see no way out but i wont do anything tonight"
TONIGHT_ONLY = (
    r"(je (ne )?(ferai|vais) (rien|pas) (faire )?(rien )?|j ferai rien |je vais rien faire )(ce soir|"
    r"cette nuit|"
    r"aujourd hui|pour l instant)|(hoy|esta noche|por ahora) no (voy a hacer|hare) nada|no (voy a hacer|"
    r"hare) "
    r"nada (hoy|esta noche|por ahora)|i (wont|will not|m not going to|am not going to|m not gonna) do "
    r"(anything|it) (tonight|today|for now)(?! (i promise|promise|because|cause|cuz))",
    r"(ne )?vois (pas|plus) (d issue|de sortie|d autre (issue|solution)|le bout)|(n en )?peux plus|tout est "
    r"noir|no (veo|le veo|encuentro) (salida|solucion|otra salida)|ya no (puedo|aguanto) mas|"
    r"(no|dont see a|cant see a|theres no|see no) way out|cant (do this|take (it|this)|go on) (anymore|"
    r"any more)",
)
# help that comes later is too late, said last: "mornings too late. sorry", "tomorrow will be too late"
TOO_LATE = (
    r"(morning|mornings|tomorrow|tomorrows|tmrw|tomoro|monday|mondays|later|by then)( is| s| will be|"
    r" would be| might be| may be| gonna be| going to be)? (way |"
    r"much )?too late(?= *[.!]* *((im )?sorry|bye|goodbye|forgive me|love (you|u)"
    r"( all)?)?[.!]*$)|(demain|ce matin|le matin) (ce )?(sera|c est|est) trop tard(?= *[.!]*$)|"
    r"(manana|mañana) (sera|es) (muy )?tarde(?= *[.!]*$)",
)

# fmt: off
CALM = (
    Rule("a veiled farewell: a calm after turmoil, a decision made", "crisis", DECIDED, other=None,
         needs=2, unless_message=DECIDED_ORDINARY),
    Rule("ambivalence: part of me does not want to go on", "crisis", PART_OF_ME, other=None),
    Rule("ambivalence: not sure I won't (Farsi, Spanish, French)", "crisis", NOT_SURE_WONT, other=None),
    Rule("a veiled farewell: help later is too late", "crisis", TOO_LATE, other=None),
    Rule("ambivalence: a promise kept to tonight, no way out", "crisis", TONIGHT_ONLY, other=None, needs=2),
)
# fmt: on
