"""Crisis wording about oneself that rounds 26-27 found the rules read only as urgent, by category of
DOMAIN section 3, where risk meets immediacy: a means at hand or a readied place (a knife found, the bath
run, pills in one's hand, "right here"), working up to it at a place, the rest of a supply swallowed with
the body failing, a farewell letter written, "I will kill myself tonight" (Somali), "I don't know that I
won't hurt myself today" (Polish, Portuguese), how many of a medicine before dying (Tagalog), whether an
amount is enough to be fatal (asked for anyone) or how a whole supply taken would feel, a bare goodbye with
an apology and no reason, and belongings left and passwords written down with "don't text me again"
(Chinese).

Each phrase is a plain, common way of saying it, written by meaning for the category, not copied from
replies. Cues that are ordinary alone ("right here", "in the bath", "working up to it") count only
together (`needs=2`). Same conventions as `triage.rules.common`.
"""

from __future__ import annotations

from textsupport.triage.folding import folded_pattern
from textsupport.triage.rules.common import Rule
from textsupport.triage.rules.medicines import MEDS_BENIGN
from textsupport.triage.rules.uses import ORDINARY

_BLADE = r"(knife|knives|blade|blades|razor|razors|box cutter|scissors)"
_ARMS = rf"({_BLADE}|gun|rifle|shotgun|pistol|rope|noose)"
_MEANS = rf"({_ARMS}|belt|cord|<MEDS>|the bottle|whole bottle)"
# a means at hand: a blade, gun or rope found or held; any means right here, in one's hand, beside one ...
AT_HAND = (
    rf"(found|got out|took out|pulled out|grabbed|holding|sharpened) (\w+ ){{0,2}}{_ARMS}|"
    rf"(laid|lined|counted) (out|up) (\w+ ){{0,2}}{_MEANS}|"
    rf"{_ARMS}( is| are| s)? (right )?(here|beside me|next to me|in front of me|on my lap|in my (hand|hands|"
    r"lap|pocket)|within reach|in reach)|"
    rf"{_MEANS}( is| are| s)? (right )?(here )?(beside me|next to me|in front of me|on my lap|in my (hand|"
    r"hands))(?! (like always|as always|for))",
    # ... with a readied place, nobody there, or after a bare "no" (to "is anyone with you?", "are you safe?")
    r"(sitting|sat|lying|lay|laying|getting|got) in (the |a )?(tub|bath|bathtub|warm bath|hot bath)|"
    r"(ran|running|run) (a |the )?(bath|tub)|locked (myself )?in (the |my )?(bathroom|room|car|garage)|"
    r"no one (is )?(home|here|around)|nobody (is )?(home|here|around)|(im|i am|been) (all )?alone "
    r"(now|tonight|here)|(?<![\s\S])(no|nope|nah|not really)(?= *[.,!]| and)",
)
# working up to it where it would happen: "been on the bridge an hour working up to it"
WORKING_UP = (
    r"(working|work|worked|building|build|built|getting|get|got|psyching|psych) (myself |me )?up "
    r"(to|the nerve|the courage)( to)?( it| do it| jump| go through| doing it| going through)?"
    r"(?= *($|[^\w ]|to do it|to jump|to go))|"
    r"(getting|got|get|finding|need) (up )?the (nerve|courage|guts) to (do it|jump|go through with it|"
    r"end it)",
    rf"<HIGH>|tracks|edge|railing|{_MEANS}",
)
# the rest of a supply swallowed, and the body failing or the intent said
SWALLOWED_ALL = (
    r"(swallowed|took|downed|taken|ate|chugged|necked|popped) (all|everything|every one|the rest|whats "
    r"left|what was left|all thats left|all that was left|the lot)( \w+){0,6} (<MEDS>|pills?|packs?|"
    r"blister packs?|blisters|bottles?|strips?|sheets|boxes|box|packets?|cabinet|cupboard)",
    r"(room|everything|head|ceiling)( is| s)? (spinning|going dark|going black|blurry)|"
    r"(cant|cannot|hard to|struggling to) (breathe|stay awake|keep my eyes open|feel my|stand|see straight)|"
    r"(heart|chest) (is |s )?(racing|pounding|tight|heavy|weird)|(throwing up|vomiting|puking|being sick)|"
    r"(numb|tingling|tingly) (\w+ )?(lips|hands|face|all over)|(lips|fingers) (are |going |turning )?"
    r"(blue|numb)|passing out|about to pass out|so dizzy|on purpose|want to (sleep|not wake)",
)
# how much of a medicine is enough to be fatal, asked for anyone ("asking for a friend" is crisis too)
ENOUGH_TO_DIE = (
    r"(enough|sufficient|too (much|many)|the amount|how many|how much) (\w+ ){0,2}(to|that would|that will|"
    r"that could|it takes to) (be (fatal|lethal|deadly)|kill (a person|someone|somebody|you|u|me|him|her|"
    r"them|anyone)|die|not wake up|od|overdose)|(fatal|lethal|deadly) (dose|amount|number)",
    r"\d+|<MEDS>|pills?|tabs",
)
# what dying by a whole supply would feel like, asked: "if you took a whole bottle at once, would it hurt?"
WHOLE_SUPPLY_FELT = (
    r"(if|when|what if) (you|u|i|someone|somebody|a person|people|they) (inject\w*|take|took|swallow\w*|"
    r"shoot|shot|use|used|drink|drank|down|downed) (up )?(a |the |your |their |my )?(whole|entire|full|"
    r"all( of)?( the| your| their| my)?) (\w+ ){0,3}(pen|bottle|box|pack|supply|<MEDS>|insulin|stash)",
    r"(does|would|will|did) (it|that) (hurt|be painful|be painless|feel like anything)|"
    r"is it (painful|painless)|"
    r"(do|would|will|did) (you|u|they|i|we|people) (just |simply |peacefully |quietly )?(go to sleep|fall "
    r"asleep|feel (it|anything|pain)|suffer|wake up|not wake up)(?= *($|[^\w ]|or|and))",
)
# Tagalog: how many of a medicine before dying, "ilang ... bago mamatay"
LETHALITY_TL = (
    r"(ilang|ilan|gaano karami|gaano kadami|ilang piraso) (\w+ ){0,3}(bago|para|para ma|hanggang) "
    r"(mamatay|mamatay ako|mamatay na|hindi na magising|di na magising|ikamatay|mategi|matepok)",
)
# Polish and Portuguese: not knowing that one will not hurt oneself today or tonight
AMBIVALENT_TODAY = (
    r"nie (wiem|jestem (pewien|pewna)|obiecam|obiecuje),? czy (dzis|dzisiaj|tej nocy|dzis w nocy|jutro)? ?"
    r"nie (zrobie|zrobi) (sobie )?(krzywdy|czegos|nic)|nie wiem,? czy (sie )?(nie )?(zabije|powiesze|"
    r"wytrzymam)",
    r"(nao|n) (tenho certeza|sei|garanto|prometo|posso prometer)( de)? se (eu )?(nao|n) (vou|vai|irei|"
    r"consigo nao) (fazer (nada|alguma coisa|besteira|bobagem)|me (machucar|matar|cortar|ferir))",
)
# a plan to die tonight: a farewell letter written (Chinese), "I will kill myself tonight" (Somali)
INTENT = (
    folded_pattern(
        r"(写好|写完|准备好|留好|写了)(了)?(\S{0,2})(遗书|遗言)|(遗书|遗言)(\S{0,3})(写好|写完|准备好)"
    ),
    r"(waan|wan|waxaan|waxan) (is|isa) (dili|dilayaa|dilaa|dilo|disho)( doonaa| rabaa)?|isdil\w*|"
    r"naftayda (waan )?(ka )?(qaadi|qaadayaa|qaadan|dhamayn)",
)
# a bare goodbye with an apology or love and nothing else: no reason, no time to talk again (not "bye,
# thanks!", a sign-off)
GOODBYE_ALONE = (
    r"(?<![\s\S])(goodbye|good bye|farewell|adios|adieu)\W+(im )?(so )?(sorry|forgive me|love (you|u)( all)?)"
    r"(?=\W*$)|(?<![\s\S])(im )?(so )?(sorry|forgive me|love (you|u)( all)?)\W+(goodbye|good bye|farewell|"
    r"adios|adieu)(?=\W*$)",
)
# Chinese: belongings left to someone, passwords written down, "don't text me again"
SETTLED_ZH = tuple(
    folded_pattern(p)
    for p in (
        r"(东西|财产|钱|存款|遗产|猫|狗)(都|全)(留给|送给|给了|交给)|(东西|财产|存款|遗产|猫|狗)(留给|交给)|(密码|银行卡|存折)(\S{0,3})(写在|留在|放在)",
        r"(以后|从此)?(别|不要|不用)再(给我)?(发|打|找|联系)|再见了|永别|下辈子见|谢谢你们(所有人|一直)",
    )
)

# fmt: off
IMMEDIACY = (
    Rule("lethal means: at hand, with a readied place or moment", "crisis", AT_HAND, other=None, needs=2,
         unless=ORDINARY + MEDS_BENIGN, unless_message=ORDINARY + (
             r"\b(cook\w*|recipe|dinner|kitchen|chef|carv\w*|chopp\w*|butcher\w*|hunt\w*|camping|craft\w*|"
             r"sew\w*|haircut|shav\w*|wrapping|present|gift|unbox\w*|pack\w* (a |the )?(box|boxes))\b",
         )),
    Rule("lethal means: working up to it", "crisis", WORKING_UP, other="urgent", needs=2),
    Rule("overdose: the rest swallowed, the body failing", "crisis", SWALLOWED_ALL, other="crisis",
         needs=2),
    Rule("a question about lethality: enough to be fatal, for anyone", "crisis", ENOUGH_TO_DIE,
         other="crisis", needs=2),
    Rule("a question about lethality: what a whole supply taken would feel like", "crisis",
         WHOLE_SUPPLY_FELT, other="crisis", needs=2),
    Rule("a question about lethality: how many before dying (Tagalog)", "crisis", LETHALITY_TL,
         other="crisis"),
    Rule("ambivalence: not knowing one won't today (Polish, Portuguese)", "crisis", AMBIVALENT_TODAY),
    Rule("intent: a farewell letter written, killing oneself (Chinese, Somali)", "crisis", INTENT),
    Rule("a veiled farewell: a bare goodbye with an apology", "crisis", GOODBYE_ALONE, other=None),
    Rule("a veiled farewell: things left, passwords written, no more texts (Chinese)", "crisis", SETTLED_ZH,
         other="crisis", needs=2),
)
# fmt: on
