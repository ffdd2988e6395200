"""Lethal means in ordinary use, and means named in ways the older rules do not read.

DOMAIN section 3: lethal-means words in ordinary use (at work, in a hobby, on the farm, in a recipe) are
a classic false alarm. AT_WORK and PASTIME describe those uses in general terms (the job, the shelf, the
shift; the catch, the farm, the meal, and their emoji); the rules that fire on a means named alone
(`rules.crisis`, and MEANS here) are guarded by them. A guard never vetoes alone: the model still reads
the reply and raises it when it is confident (`triage.decision`). Same conventions as `rules.common`.
"""

from __future__ import annotations

from textsupport.triage.rules.common import Rule

# a means handled as work: "stocked the tylenol on the shelves all shift", "range officer at the gun club".
# Not merely being at work ("at work and i keep thinking about the tylenol in my locker" is no job), nor
# a shop named alone ("picked up rope at the hardware store" is buying it).
AT_WORK = (
    r"\b((my|the|a|this|night|day|double|morning|evening|closing|opening|whole) shift|on shift|all shift|"
    r"tout le shift|shift (at|in) the|inventory|inventaire|inventario|restock\w*|stock(ing|ed)? (the )?"
    r"(shelves|shelf)|shelves|aisle|rayons?|tablettes|customers?|cashier|behind the counter|"
    r"range officer|pharmacist|pharmacy tech\w*|contractors?|estantes|turno|caisses)\b",
)
# a blade or a means in a pastime, on the farm or in the kitchen: "🎣🔪 cleaned two trout"
PASTIME = (
    r"\b(recipe|stew|soup|roast|dinner|supper|lunch|chop\w*|dic(e|ed|ing)|slic\w*|fillet\w*|gut(s|ted|ting)|"
    r"butcher\w*|skin(ned|ning)|carv(e|ed|ing) (the |a )?(turkey|roast|pumpkin|wood|ham)|whittl\w*|fish\w*|"
    r"trout|pickerel|walleye|pike|salmon|hunt\w*|farm|ranch|barn|cattle|cows?|pigs?|chickens?|deer|"
    r"moose|kitchen|cook\w*|bak\w*|meal prep|bbq|grill\w*|camping|garden\w*|onions?|steak|meat)\b|"
    r"🎣|🐟|🐠|🐄|🐮|🐖|🐷|🐓|🐔|🦃|🦌|🥩|🍖|🍗|🥓|🧅|🧄|🥕|🥔|🍅|🥬|🥦|🌽|🍳|🥘|🍲|🍜|🥗|🪵|🎃|🍽",
)
# a job at a place that handles the means, anywhere in the reply: "work at the pharmacy was crazy, counted out
# 500 ibuprofen". Working there, not buying there ("picked up tylenol at the pharmacy" is no job)
WORKPLACE = (
    r"\b((work|working|worked|works|job|shift|shifts|jobs) (at|in) (the |a |my )?(pharmacy|drug ?store|"
    r"dispensary|hardware store|gun (shop|store)|hospital|clinic|warehouse|vet|veterinary|lab)|"
    r"(pharmacy|dispensary|hospital|warehouse|stockroom) (shift|work|job)|pharmacist|pharmacy (tech\w*|"
    r"assistant)|(restock|stock|count|fill)\w* (\w+ ){0,2}(orders?|prescriptions|scripts)|"
    r"(travaille|travail) (a|dans) la pharmacie|trabajo en la farmacia)\b",
)
ORDINARY = AT_WORK + PASTIME
# poison put down for pests, on the farm, in the garden: "put out mouse bait in the shed"
PESTS = (
    r"\b(mice|mouse|rats|rodents?|pests?|vermin|gophers?|moles?|voles?|ants|wasps?|roaches|cockroaches|"
    r"traps?|bait|exterminat\w*|infest\w*|barn|farm|ranch|garden\w*|weeds?|"
    r"(set|put|laid|lay|setting|putting) (out|down) (the |some |more )?(rat )?poison)\b",
)

# fmt: off
MEANS = (
    # a means turned on oneself: "i want to use the knife on myself", "held the razor to my wrist"
    Rule("lethal means: turned on oneself", "crisis", (
        r"(use|used|using|turn|turned|turning|point\w*|put|putting|hold|holding|held|press\w*) (\w+ ){0,2}"
        r"(knife|knives|blade|razor|gun|pistol|rifle|scissors|lighter|glass|shard) (on|to|against|at) "
        r"(myself|my (wrists?|throat|neck|head|arms?|skin|chest|legs?|thighs?))",
        # the means named before: "loaded the rifle. i want to use it on myself"
        r"(use|used|using|turn|turned|turning|point\w*) (it|them|that|this|one) (on|against|at) "
        r"(myself|my (wrists?|throat|neck|head|chest))",
    ), other=None),
    # a blade or a gun in emoji, with no pastime or job beside it: "🔪🩸", "🔫 tonight"
    Rule("lethal means: emoji", "crisis", (r"🔪|🔫|🪓|🗡",), other="urgent", unless_message=ORDINARY),
    # pills counted or laid out ("lined up the pills", "counting my tylenol"), unless counted at work
    Rule("lethal means: pills counted or laid out", "crisis", (
        r"<MEDS> (\w+ ){0,3}(counting them|lined up|in a pile)|<MEDS>[ .,]+(\w+ ){0,2}all of them",
        r"(counting|counted|lining up|lined up|laid out|sorting) (out )?(\w+ ){0,2}<MEDS>",
    ), other="urgent", unless=AT_WORK, unless_message=WORKPLACE),
    # carbon monoxide told through what was gathered: "got charcoal and tape for the car"
    Rule("lethal means: carbon monoxide gathered", "crisis", (
        r"charcoal|briquettes?|(garden |the |a )?hose|tubing|exhaust|tailpipe|generator",
        r"(duct |gaffer )?tape|seal(ed|ing)? (up )?(the )?(windows?|vents?|doors?|gaps?|car)|"
        r"towels? (under|along) the door|measur\w* (the )?(hose|tubing|pipe)",
        r"(the |my |a |in the )(car|garage|tent|van|truck|trunk|back ?seat|vehicle|suv|jeep|minivan)|"
        r"(small|closed) room|bathroom|parked (\w+ ){0,2}(somewhere|where|alone|out|in|at|by)",
    ), other="urgent", needs=3, unless_message=(
        r"\b(bbq|barbecue|grill\w*|smoker|camp ?fire|garden\w*|watering|wash\w*|vacuum\w*|detail\w*|"
        r"repair\w*|fix\w*|mechanic|leak\w*|broke|tune ?up|oil change)\b",
    )),
)
# fmt: on
