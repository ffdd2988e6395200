"""The grammar of triage: keywords, macros, the Rule shape, opt-out phrases. The cues the guards read
are in `rules.cues` and `rules.past`, the medicines in `rules.medicines`.

Patterns are short regexes over *normalised* text: accent-folded, lower case, contractions joined
("don't" -> "dont", "i'm" -> "im"), hyphens as spaces, common variants and misspellings rewritten
(`rules.rewrites.VARIANTS`), idioms removed (`rules.idioms`). `<NAME>` inside a pattern expands to
MACROS[NAME]; every pattern is matched as whole words. Keep each pattern short and give each rule a
name staff will understand.
"""

from __future__ import annotations

from dataclasses import dataclass

from textsupport.triage.levels import Level
from textsupport.triage.rules.medicines import OTC, PSYCH

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


# --- macros: <NAME> in a pattern expands to MACROS[NAME] ------------------------------------------------
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
    r"never wake up|((go(ing)? to )?sleep(ing)?|(fall(ing)? )?asleep) and (not|never) wak(e|ing) up|"
    r"not be here|not exist|leave this world|unalive|tak(e|ing) my (own )?life|suicide|commit(?= *($|"
    r"[^\w ]))|"
    r"step(ping)? (off|in front)|crash my car|drown myself|hurt(ing)? myself|slit my wrists|shoot myself|"
    r"off myself|check(ing)? out(?= *($|[^\w ]|for good|early|tonight))|(go to |fall )?sleep (forever|"
    r"for good)|"
    r"stay asleep(?! (all|till|until|longer|in))|be gone(?= *($|[^\w ]|soon|forever|for good))|bleed out)",
}


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
