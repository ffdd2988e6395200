"""Lethal means named by the person texting, and means named in ways the older rules do not read.

DOMAIN section 3: lethal-means words in ordinary use (at work, in a hobby, on the farm, in a recipe) are
a classic false alarm. Those uses are described in `rules.uses`; the rules that fire on a means named alone
(`rules.crisis`, and MEANS and LETHAL_MEANS here) are guarded by them. A guard never vetoes alone: the model
still reads the reply and raises it when it is confident (`triage.decision`). Same conventions as
`rules.common`.
"""

from __future__ import annotations

from textsupport.triage.rules.common import Rule
from textsupport.triage.rules.medicines import MEDS_BENIGN
from textsupport.triage.rules.uses import (
    AT_WORK,
    DOSE_OF_FOOD,
    GUN_AFIELD,
    GUN_CARED_FOR,
    GUN_RANGE,
    ORDINARY,
    PESTS,
    ROPE_ORDINARY,
    WORKPLACE,
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
    # access to someone else's means, found out by oneself: "i know the code to my uncle's gun safe", "found
    # where she hides the key to the cabinet" (section 3: lethal means, whoever owns them)
    Rule("lethal means: access to another's found", "crisis", (
        r"(i|ive|i have|i just|just) (\w+ )?(found|know|figured out|worked out|guessed|got hold of|"
        r"got ahold of|have|copied|took|grabbed) (out )?(where (\w+ ){1,3}(hides|keeps|stashes|puts|hid|"
        r"kept|stashed|put|locks) )?(the |his |her |their |a )?(spare )?(key|keys|combination|combo|code|"
        r"passcode|ammo|bullets|shells)",
        r"guns?|rifles?|shotguns?|pistols?|handguns?|firearms?|revolvers?|gun (safe|cabinet|locker)|ammo|"
        r"bullets|<MEDS>|med(icine)? cabinet|lock ?box",
    ), other="crisis", needs=2, unless_message=ORDINARY + (
        r"\b(range|gun club|target practice|season|locksmith|house ?sit\w*|pet ?sit\w*|(asked|told) me to)\b",
    )),
    # a blade or a gun in emoji, with no pastime or job beside it: "🔪🩸", "🔫 tonight"
    Rule("lethal means: emoji", "crisis", (r"🔪|🔫|🪓|🗡",), other="urgent", unless_message=ORDINARY),
    # pills counted or laid out ("lined up the pills", "counting my tylenol"), unless counted at work
    Rule("lethal means: pills counted or laid out", "crisis", (
        r"<MEDS> (\w+ ){0,3}(counting them|lined up|in a pile)|<MEDS>[ .,]+(\w+ ){0,2}all of them",
        r"(counting|counted|lining up|lined up|laid out|sorting) (out )?(\w+ ){0,2}<MEDS>",
    ), other="urgent", unless=AT_WORK, unless_message=WORKPLACE),
    # carbon monoxide told through what was gathered: "got charcoal and tape for the car"
    Rule("lethal means: carbon monoxide gathered", "crisis", (
        r"charcoal|briquettes?|(hot |lit |burning )?coals|(garden |the |a )?hose|tubing|exhaust|tailpipe|"
        r"generator",
        r"(duct |gaffer )?tape|seal(ed|ing)? (up )?(the )?(windows?|vents?|doors?|gaps?|car)|"
        r"(windows?|vents?|doors?|gaps?) (\w+ )?(taped|sealed|blocked)( up| shut| over)?|"
        r"tap(ed|ing) (up |over |shut )?(the )?(windows?|vents?|doors?|gaps?)|"
        r"towels? (under|along) the door|measur\w* (the )?(hose|tubing|pipe)",
        r"(the |my |a |in the )(car|garage|tent|van|truck|trunk|back ?seat|vehicle|suv|jeep|minivan)|"
        r"(small|closed) room|bathroom|parked (\w+ ){0,2}(somewhere|where|alone|out|in|at|by)",
    ), other="urgent", needs=3, unless_message=(
        r"\b(bbq|barbecue|grill\w*|smoker|camp ?fire|garden\w*|watering|wash\w*|vacuum\w*|detail\w*|"
        r"repair\w*|fix\w*|mechanic|leak\w*|broke|tune ?up|oil change)\b",
    )),
)
# fmt: on


# fmt: off
# --- lethal means named by the person texting (applied with the crisis rules, in this order) ----------
LETHAL_MEANS = (
    Rule("lethal means: overdose amount", "crisis", (
        r"(took|taken|take|taking|swallow\w*|popped|downed|ate) (\w+ ){0,2}<MANY> (of )?(\w+ ){0,3}<MEDS>",
        # the medicine named, then how much: "took my lithium all at once", "took the clonaz. all of it"
        r"(took|taken|swallow\w*|popped|downed|ate|chugged) (\w+ ){0,2}<MEDS>\W+(\w+ ){0,2}(all at once|"
        r"all of (it|them)|every (last )?(one|pill|tablet)|the (whole|entire) (bottle|box|pack|lot|supply|"
        r"blister|month))",
        # a whole pack or bottle of it: "took the whole blister pack of my zopiclone"
        r"(took|taken|swallow\w*|popped|downed|ate) (\w+ ){0,2}(whole|entire|full) (blister )?(packs?|"
        r"packets?|bottles?|box|boxes|strips?|sheets?|cards?|supply) of (\w+ ){0,2}<MEDS>",
        r"<MEDS> (with|and|n|&|\+) (\w+ ){0,3}<ALCOHOL>",
        r"(<ALCOHOL>|drunk|drinking|drank) (\w+ ){0,5}"
        r"(took|take|taking|and then|then) (\w+ ){0,2}<MEDS>",
        r"how (many|much) (\w+ ){0,3}(would it take|does it take|to (die|kill|overdose|od))",
        r"(lethal|fatal|deadly) (dose|amount)",
        r"(have|got) the <MEDS> in my hand|enough <MEDS>",
    ), other="urgent"),
    # a count of pills alone ("40 tylenol"): not when the reply is about a job that counts them
    Rule("lethal means: a count of pills", "crisis", (r"(\d{2,}|[5-9]) (of (my|the) )?(<DRUG>|pills|tabs)",),
         other="urgent", unless_message=WORKPLACE),
    # a means named alone is ordinary at work (the pharmacy shelf) or in a pastime (rules.means)
    Rule("lethal means: dose", "crisis", (r"\d{3,} ?mg",), other=None,
         unless=MEDS_BENIGN + AT_WORK + DOSE_OF_FOOD, unless_message=WORKPLACE),
    Rule("lethal means: medication", "crisis", (r"<OTC>",), other=None, unless=MEDS_BENIGN + AT_WORK,
         unless_message=WORKPLACE),
    Rule("lethal means: pill emoji", "crisis", (r"💊",), other=None, unless=MEDS_BENIGN,
         unless_message=ORDINARY),
    Rule("lethal means: stockpiling", "crisis", (
        r"(stockpil\w*|hoard\w*|sav(ed|ing) up|collect\w*|stash\w*|(put|set) (aside|by)) (\w+ ){0,4}<MEDS>",
        r"<MEDS> (\w+ ){0,2}(saved|stockpiled|stashed|hoarded)|stash of <MEDS>",
        r"(garde|accumule|cache|mis de cote|stocke) (tous |toutes |plein de )?(mes |les |des )?(medicaments|"
        r"medocs|pilules|comprimes|cachets)",
    ), other=None),
    Rule("lethal means: pills at hand", "crisis", (
        r"(have|got|holding) (the|enough|all (my|the)) <MEDS>(?! from)",
        r"(looking|staring|stared|looked) at (the|my|all the|all my) <MEDS> (\w+ ){0,2}(all night|for hours|"
        r"all day|again|a long time)",
    ), other=None, unless=MEDS_BENIGN),
    # eyes or thoughts fixed on a means, one's own or within reach: "my brother left his rifle here and i
    # cant stop looking at it"; no pastime guards it (the fixation is the risk); crisis whoever owns it
    Rule("lethal means: fixed on a means", "crisis", (
        r"(cant|cannot|can t) stop (looking|staring|thinking|checking) (at|about|on) (using |taking )?"
        r"(it|them|the \w+|"
        r"(his|her|their|my) (\w+ )?\w+)|"
        r"(keep|kept|keeps|been|always|cant help) (looking|staring|going back|thinking about (using|taking))"
        r"( (at|to) (it|them|the \w+|(his|her|their|my) (\w+ )?\w+))?|"
        r"(cant|cannot) (take|keep) my (eyes|mind) off (it|them|the \w+)|"
        r"(it|they) (keeps?|are|is|keep) (calling|whispering) (to )?me",
        r"guns?|rifle|shotgun|pistol|handgun|firearm|revolver|rope|noose|knife|knives|blade|razors?|"
        r"<MEDS>|🔫|🔪|💊|🪢",
    ), other="crisis", needs=2, unless=(
        r"\b(new|bought|buy\w*|birthday|christmas|gift|deal|on sale|sale|price|collection|shopping|catalogue|"
        r"online|for (hunting|the range|deer season)|recipe|cook\w*|sharpen\w*)\b",
    )),
    Rule("lethal means: rope", "crisis", (
        r"rope|noose",
        r"(tied|tie|tying|hung|hanging|rigged) (\w+ ){0,2}(belt|cord|rope|sheet|scarf|cable|extension cord|"
        r"ligature) (\w+ ){0,3}(to|around|on|from|over) (the |my |a )?(\w+ )?(closet|rod|beam|rail|door|"
        r"ceiling|fan|neck|tree|banister|hook|pipe|rafter)",
    ), other=None, unless=ROPE_ORDINARY, unless_message=AT_WORK + ROPE_ORDINARY),
    Rule("lethal means: firearm", "crisis", (
        r"guns?|rifle|shotgun|pistol|handgun|firearm|revolver",
    ), unless_message=AT_WORK + GUN_RANGE + GUN_AFIELD + GUN_CARED_FOR, unless=(
        # a gun in ordinary use: hunting, the range, the farm
        r"\b((go|going|went|for|to go) hunt\w*|hunt\w* (season|trip|camp|licen[cs]e|tags?|party)|"
        r"(at|to) the (gun |shooting )?range|target practice|(deer|moose|elk|duck|goose|gopher|coyote) "
        r"(season|hunt\w*)|skeet|trap shooting|(firearms?|gun|safety|pal) (course|licen[cs]e|class)|"
        r"pour la chasse|a la chasse|(ir|vamos) a cazar|gun club|shooting (club|lessons?|sports?)|"
        r"rod and gun|(back )?in(to)? the (gun )?safe|range officer)\b",
        # the means taken away: handed in, disposed of, locked up by someone else
        r"\b((handed|turned|gave|given|taken|took) (\w+ ){0,3}(in|over|away) to|disposal|disposed|got rid of|"
        r"removed (from|it)|sold (it|them|the)|locked (up|away) (by|at) (my|the|a) \w+)",
    )),
        Rule("lethal means: heights", "crisis", (
        r"jump(ing|ed)? (off|from|out of) (\w+ ){0,3}<HIGH>|(throw|throwing) myself (off|from)",
        r"jump(ing|ed)? (off|from) the top of (\w+ ){0,4}<HIGH>",
        # a balcony, window or building is an ordinary place to sit: only its edge or railing counts
        r"(standing|sitting|stood|sat|climb\w*|perched) (on|at|over|by|off|on top of|up on) "
        r"(the |a |this )?(\w+ ){0,2}(bridge|ledge|roof|rooftop|overpass|cliff|parkade|"
        r"parking (garage|structure)|car park|tracks|tower|top floor|edge|railing)",
        r"im (on|at|under|up on|on top of|in) (\w+ ){0,4}(bridge|ledge|roof|rooftop|overpass|cliff|parkade)",
        r"im (on|at) (\w+ ){0,3}tracks|top of (the|a|my) <HIGH>",
        r"<HIGH> (\w+ ){0,4}(looking down|look down|jump|edge|railing|how high|high enough|the drop)",
        r"high (building|bridge|ledge|balcony)|ledge",
        r"(looked|looking|staring|stared|stare) (at|over|down from) (the |my )?(balcony|bridge|ledge|roof|"
        r"tracks|railing|window) (\w+ ){0,2}(for (a long time|hours|ages|a while)|again|all (day|night))",
    ), other=None),
    # a high place or the tracks, named by the person texting, is crisis unless it is clearly a trip
    Rule("lethal means: a high place", "crisis", (
        r"bridge|(train |lrt |railway |rail )?tracks|ledge|rooftop|roof|overpass|cliff|parkade|high level",
    ), other=None, unless=(
        r"\b((through|thru) the roof|(hit|hits|hitting|raise|raising) the roof|traffic|closed|construction|"
        r"commute|late|bus|bike|walk\w* (across|over)|"
        r"jog\w*|run|ran|view|"
        r"photos?|pictures?|pretty|"
        r"beautiful|club|game|work|school|ride|took the|take the|on my way|stuck|delay\w*|ticket|station|"
        r"leak\w*|repair\w*|fix\w*|snow|shingles|gutters|music|song|album|dental|nose|tooth|teeth|"
        r"cross(ed|ing)?)\b",
        # a roof as a place of work: "up on a roof all day with a nail gun, sore"
        r"\b(all day|spent the (day|morning|afternoon)|sore|roofing|roofer|shingl\w*|ladder|harness|crew|"
        r"job ?site|drill|hammer|nails|tools|install\w*)\b",
        # where one woke or parked: "woke up in a parkade", "parked in the parkade"
        r"\b(woke up|ended up|parked|parking (spot|stall|lot|pass)) (in|on|at|under)\b",
    )),
    Rule("lethal means: traffic or water", "crisis", (
        r"in front of (a |the )?(train|bus|truck|car|lrt|traffic|semi)|walk\w* into traffic",
        r"(walk|walking|jump|jumping|going) (\w+ )?into the (river|lake|water|ocean|sea)|drown",
        r"(river|lake|water|ocean|sea)\b(\W+\w+){0,6}\W+(im )?(going to|gonna|will|ill|about to) (walk|wade) "
        r"(in|into it|out)(?= *($|[^\w ]))",
        r"(razor|blade|rope|gun|pills|noose)('?s| is| are)? in my hand|"
        r"in my hand (\w+ ){0,2}(razor|blade|rope|gun|pills)",
        r"(river|lake|water|ocean|sea|bridge) (\w+ ){0,4}(walk|walking|jump|jumping|going) in(to)?"
        r"(?= *($|[^\w ]))",
        r"(driv\w*|drove|crash\w*|steer\w*|swerv\w*) (my car |the car |it )?(into|off) (a |the )?"
        r"(tree|wall|pole|bridge|river|traffic|cliff|ditch|oncoming|road|highway|overpass)",
        r"crash (my|the) car on purpose",
    ), other=None),
    Rule("lethal means: blade or poison", "crisis", (
        r"razor blades?|blades|knife (to|against|on|in) my",
        r"(holding|grabbed|got|have) (a |the |my )?knife(?! (set|block|sharpener|for))",
        r"(with|holding|have|got|grabbed) (a |the |my )?(razor|blade)",
    ), other=None),
    # poison for pests, on the farm or in the garden, is ordinary use (rules.means.PESTS)
    Rule("lethal means: poison", "crisis", (
        r"(drink|drinking|drank) (\w+ )?(bleach|antifreeze)|rat poison|poison myself",
    ), other=None, unless=PESTS, unless_message=PESTS),
    # a poison swallowed, whatever it is for: "just drank half a jug of antifreeze", "bu de l eau de javel"
    Rule("lethal means: poison swallowed", "crisis", (
        r"(drink|drinking|drank|drunk|swallow\w*|chug\w*|downed|took) (\w+ ){0,4}(bleach|antifreeze|"
        r"windshield (washer )?fluid|washer fluid|rat poison|pesticide|weed killer|roundup|drain cleaner|"
        r"lye|methanol|ethylene glycol|paraquat|poison(?! ivy| oak| control))|"
        r"(bu|avale|pris) (\w+ ){0,3}(eau de javel|javel|antigel|poison|pesticide|lave glace)|"
        r"(tome|bebi|trague|me tome) (\w+ ){0,3}(cloro|anticongelante|veneno|pesticida|raticida)",
    ), other="urgent"),
    # a means bought with its ordinary use denied: "bought a rope today. not for camping"
    Rule("lethal means: bought, its ordinary use denied", "crisis", (
        r"(bought|buy|buying|got|picked up|ordered|purchased|grabbed|achete|compre) (\w+ ){0,4}(rope|noose|"
        r"cord|guns?|rifle|shotgun|pistol|handgun|ammo|bullets|weed killer|roundup|rat poison|poison|"
        r"antifreeze|bleach|charcoal|razor blades?|blades|razors?|knife|<MEDS>|corde|fusil|carabine|"
        r"mort aux rats|javel|cuerda|soga|veneno|escopeta|pistola|raticida|cloro)",
        r"(not|isnt|wasnt|its not|and not|pas|no es|no son|no) (really |actually |exactly |even )?"
        r"(for|pour|para) (the |my |a |le |la |les |l |el |los |las |mi )?(camping|hiking|climbing|"
        r"garden\w*|weeds|yard|lawn|farm|work|hunting|deer|fishing|cleaning|laundry|boat|shed|tent|moving|rats|mice|pests|bugs|shaving|"
        r"cooking|kitchen|bbq|range|jardin|chasse|menage|travail|souris|caza|limpiar|trabajo|campamento|"
        r"acampar|peche|pesca|nettoyer|laver|ratones|ratas)",
    ), other=None, needs=2),
    Rule("lethal means: carbon monoxide", "crisis", (
        r"(engine|car) (\w+ ){0,2}running in (the|a|my) garage|garage (\w+ ){0,6}(engine|motor|"
        r"car) (running|on)",
        r"(hose|pipe|tube) (\w+ ){0,4}(exhaust|tailpipe)|(exhaust|tailpipe) (\w+ ){0,2}(hose|pipe|tube)",
        r"carbon monoxide|charcoal (\w+ ){0,3}(in|inside) (the|my|a) (car|room|tent|bathroom)",
    ), other=None, unless=(r"\b(detector|alarm|sensor|leak\w*|furnace|test\w*|batter\w*)\b",)),
)
# fmt: on
